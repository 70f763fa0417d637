"""The class poll of one presentation: shown or not, the phase being recorded, the tally.

Owned by the deck's `PresentationState` (`state.poll`). The console records
votes and the room's charts show them; both observe this one object, so a
vote typed on the console is on the projector at once, and showing the poll
in one window shows it in every window of the show. The tally itself is
read from the user's data by the first panel that needs it and kept here
(`attach`), so every window counts into the same one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from desktop_app.poll.tally import Tally

PHASE = "before"


class PollState(QObject):
    #: The poll chart is shown instead of the comparison grid, or no longer.
    shownChanged = Signal(bool)
    #: The counts or the phase changed: every chart repaints.
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown = False
        self._phase = PHASE
        self.tally: Tally | None = None
        #: Why recording is off (the tally file could not be read, so it is never
        #: overwritten); empty while votes are recorded.
        self.notice = ""

    @property
    def shown(self) -> bool:
        return self._shown

    @property
    def phase(self) -> str:
        return self._phase

    def set_shown(self, shown: bool) -> None:
        if shown != self._shown:
            self._shown = shown
            self.shownChanged.emit(shown)

    def set_phase(self, phase: str) -> None:
        if phase != self._phase:
            self._phase = phase
            self.changed.emit()

    def attach(self, tally: Tally, notice: str) -> None:
        """The tally every window counts into, once read (`notice`: why it is read-only)."""
        self.tally, self.notice = tally, notice
        self.changed.emit()

    def reset(self) -> None:
        """Another deck was opened: its own tally is read by the next panel that needs it."""
        self.tally, self.notice, self._phase = None, "", PHASE
        self.set_shown(False)

    def counted(self) -> None:
        """A vote was recorded in the tally: tell every chart."""
        self.changed.emit()
