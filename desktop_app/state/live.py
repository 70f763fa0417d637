"""Live reload of one presentation: the state's one file watcher, shared by its windows.

Whichever window of a deck asks first (the audience window after its first
paint, the presenter console, study mode) starts the watcher; the others get
the same one. It is a child of the state, so it lives exactly as long as the
deck is open, and its failures land in `PresentationState.problems`, which
every window shows in its banner.
"""

from __future__ import annotations

from desktop_app.state.deck_watcher import DeckWatcher
from desktop_app.state.presentation import PresentationState


def live_reload(state: PresentationState) -> DeckWatcher:
    """The watcher of `state`'s deck folder, started on the first call."""
    watcher = state.findChild(DeckWatcher)
    if watcher is None:
        watcher = DeckWatcher(state, state.deck.root, state)
        watcher.failed.connect(state.set_problems)
    return watcher
