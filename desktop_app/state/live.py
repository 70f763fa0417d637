"""Live reload of one presentation: the state's one file watcher, shared by its windows.

Whichever window of a deck asks first (the audience window after its first
paint, the presenter console, study mode) starts the watcher; the others get
the same one. It is a child of the state, so it lives exactly as long as the
deck is open, and its failures land in `PresentationState.problems`, which
every window shows in its banner. The first caller hands over the loader
(`loader.check_deck`): the state does not import it.
"""

from __future__ import annotations

from desktop_app.state.deck_watcher import DeckLoad, DeckWatcher
from desktop_app.state.presentation import PresentationState


def live_reload(state: PresentationState, load: DeckLoad) -> DeckWatcher:
    """The watcher of `state`'s deck folder, started on the first call with `load`."""
    watcher = state.findChild(DeckWatcher)
    if watcher is None:
        watcher = DeckWatcher(state, state.deck.root, load, state)
        watcher.failed.connect(state.set_problems)
    return watcher
