"""The console's top strip: slide counter, talk timer, pace cue, time left and the clock.

Large type, because the speaker reads it at a glance from a step away. The
pace cue carries words and a marker as well as a colour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop_app.state.presentation import PresentationState
from desktop_app.views.presenter.timer import (
    PaceKind,
    TalkTimer,
    TimeWords,
    clock_text,
    pace,
)

PACE_STYLE = {
    PaceKind.AHEAD: ("▲", "#1565c0"),
    PaceKind.ON_TIME: ("●", "#2e7d32"),
    PaceKind.BEHIND: ("▼", "#c62828"),
    PaceKind.NONE: ("", "#616161"),
}


def _label(name: str, point_size: int, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setAccessibleName(name)
    font = label.font()
    font.setPointSize(point_size)
    font.setBold(bold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class TalkStatus(QWidget):
    def __init__(
        self, state: PresentationState, timer: TalkTimer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._timer = timer
        self._words = TimeWords(
            lambda context, text, n: QCoreApplication.translate(context, text, None, n)
        )
        self.counter = _label(self.tr("Slide counter"), 22, bold=True)
        self.elapsed = _label(self.tr("Elapsed time"), 30, bold=True)
        self.pace = _label(self.tr("Pace"), 18, bold=True)
        self.countdown = _label(self.tr("Time left"), 18)
        self.clock = _label(self.tr("Clock"), 18)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(28)
        layout.addWidget(self.counter)
        layout.addStretch(1)
        layout.addWidget(self.elapsed)
        layout.addWidget(self.pace)
        layout.addWidget(self.countdown)
        layout.addStretch(1)
        layout.addWidget(self.clock)
        self._ticker = QTimer(self)
        self._ticker.setInterval(500)
        self._ticker.timeout.connect(self.refresh)
        state.positionChanged.connect(self.refresh)
        state.deckChanged.connect(self.refresh)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self._ticker.start()
        self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # A closed console must not keep waking up to redraw a clock nobody sees.
        self._ticker.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        state = self._state
        slide = state.slide
        #: %1: the slide shown; %2: how many slides. Right-to-left languages start with an
        #: RLM mark, so the numbers read in the console's direction even with no word beside them.
        shown = state.index + 1 if state.count else 0
        counter = self.tr("%1 / %2").replace("%1", str(shown)).replace("%2", str(state.count))
        if slide is not None and slide.fragments:
            counter = (
                #: %1: the slide counter ("3 / 12"); %2/%3: the build step of the slide's steps.
                self.tr("%1   step %2/%3")
                .replace("%1", counter)
                .replace("%2", str(state.step + 1))
                .replace("%3", str(slide.steps))
            )
        self.counter.setText(counter)
        elapsed = self._timer.elapsed()
        paused = self._timer.started and not self._timer.running
        clock = clock_text(elapsed)
        self.elapsed.setText(self.tr("%1  (paused)").replace("%1", clock) if paused else clock)
        cue = pace(state.deck, state.index, elapsed)
        marker, color = PACE_STYLE[cue.kind]
        self.pace.setText(f"{marker} {self._words.pace(cue)}".strip())
        self.pace.setStyleSheet(
            f"color: white; background: {color}; border-radius: 6px; padding: 2px 10px;"
        )
        self.countdown.setText(self._words.countdown(state.deck.duration_minutes, elapsed))
        self.clock.setText(QDateTime.currentDateTime().toString("HH:mm"))
