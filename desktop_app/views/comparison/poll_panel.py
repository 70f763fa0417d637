"""Record the class poll while the room votes: type counts, or tap 1/2/3 per raised hand.

The chart is the renderer's `paint_poll`, the same picture a PDF export
shows; the comparison view shows it in place of the grid while this panel
is open. Phase and tally live in the presentation's `PollState`, so every
panel and chart of a show (console and room) counts into and shows the same
one. Every change is saved at once by the `Tally`; a file that cannot be
read is never overwritten, and the panel says so instead of recording.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import deck_words
from desktop_app.model.deck import Deck
from desktop_app.poll.tally import CHOICES, PHASES, PollError, Tally, deck_poll_file
from desktop_app.render.poll_chart import paint_poll, side_label
from desktop_app.render.theme import Theme, theme_for
from desktop_app.state.poll import PollState
from desktop_app.user_data import data_folder

_ADD_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2}
#: Shift+1/2/3 arrive as these symbols on most keyboard layouts.
_REMOVE_KEYS = {Qt.Key.Key_Exclam: 0, Qt.Key.Key_At: 1, Qt.Key.Key_NumberSign: 2}


class PollChart(QWidget):
    """The poll drawn by the shared chart painter, scaled to the widget."""

    def __init__(
        self, poll: PollState, theme: Theme, deck: Deck, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.poll, self.theme, self.deck = poll, theme, deck
        self.setMinimumSize(240, 135)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Poll chart"))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.poll.tally is None:
            return
        painter = QPainter(self)
        # Painted for the room: the chart speaks the deck's language, as its PDF page does.
        paint_poll(
            painter,
            QRectF(self.rect()),
            self.theme,
            self.poll.tally,
            self.deck.debate,
            deck_words(self.deck.language),
        )
        painter.end()


class PollPanel(QWidget):
    def __init__(
        self,
        deck: Deck,
        poll: PollState,
        path: Path | None = None,
        parent: QWidget | None = None,
        theme: Theme | None = None,
    ) -> None:
        super().__init__(parent)
        self._deck = deck
        self._poll = poll
        self.setAccessibleName(self.tr("Class poll"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Poll status"))
        self._path = path
        self._read_tally()

        layout = QVBoxLayout(self)
        phases = QHBoxLayout()
        self.phase_group = QButtonGroup(self)
        self.phase_buttons: dict[str, QPushButton] = {}
        # Each phase's button and its accessible name.
        phase_words = {
            "before": (self.tr("Before the debate"), self.tr("Record votes before the debate")),
            "after": (self.tr("After the debate"), self.tr("Record votes after the debate")),
        }
        for phase in PHASES:
            text, name = phase_words[phase]
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAccessibleName(name)
            self.phase_group.addButton(button)
            button.clicked.connect(lambda _=False, p=phase: self.set_phase(p))
            self.phase_buttons[phase] = button
            phases.addWidget(button)
        layout.addLayout(phases)

        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        for choice in CHOICES:
            spin = QSpinBox()
            spin.setRange(0, 9999)
            name = side_label(choice, deck.debate, deck_words(deck.language))
            spin.setAccessibleName(self.tr("Votes for %1").replace("%1", name))
            spin.valueChanged.connect(lambda v, c=choice: self._typed(c, v))
            self.spins[choice] = spin
            key = CHOICES.index(choice) + 1
            form.addRow(f"{name} ({key})", spin)  # the side's name and its key: no words
        layout.addLayout(form)

        # The chart is shown large in place of the grid (the room reads it); the
        # host view places it, this panel keeps it in step with the counts.
        self.chart = PollChart(poll, self._resolve(theme), deck)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("Clear this phase"))
        self.clear_button.setAccessibleName(self.tr("Clear the votes of this phase"))
        self.clear_button.clicked.connect(self._clear)
        self.csv_button = QPushButton(self.tr("Save CSV\u2026"))
        self.csv_button.setAccessibleName(self.tr("Save the poll as CSV"))
        self.csv_button.clicked.connect(self.save_csv_dialog)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.csv_button)
        layout.addLayout(buttons)
        hint = QLabel(self.tr("Keys: 1/2/3 add a vote, Shift+1/2/3 remove one."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        poll.changed.connect(self._sync)
        self._sync()

    def _read_tally(self) -> None:
        """Read the deck's tally into the poll state, unless another panel already did."""
        poll = self._poll
        if poll.tally is None:
            path = self._path or deck_poll_file(data_folder(), self._deck)
            try:
                poll.attach(Tally.load(path), "")
            except PollError as exc:
                notice = self.tr("%1. Recording is off so that file is kept as it is.")
                poll.attach(Tally(path), notice.replace("%1", str(exc)))
        self.status.setText(poll.notice)

    def set_deck(self, deck: Deck) -> None:
        """A reloaded deck, or another one opened in the window (whose own tally is read)."""
        self._deck = self.chart.deck = deck
        if self._poll.tally is None:
            self._path = None  # an explicit file belonged to the deck before
            self._read_tally()
        self._sync()

    @property
    def tally(self) -> Tally:
        assert self._poll.tally is not None  # attached in __init__
        return self._poll.tally

    @property
    def phase(self) -> str:
        return self._poll.phase

    def _resolve(self, theme: Theme | None) -> Theme:
        return theme_for(self._deck, theme)

    def set_theme(self, theme: Theme | None) -> None:
        self.chart.theme = self._resolve(theme)
        self.chart.update()

    def set_phase(self, phase: str) -> None:
        self._poll.set_phase(phase)

    def vote(self, choice: str, delta: int) -> None:
        """Add (or with a negative delta, remove) votes for the current phase."""
        self._record(lambda: self.tally.add(self.phase, choice, delta))

    def _typed(self, choice: str, value: int) -> None:
        self._record(lambda: self.tally.set(self.phase, choice, value))

    def _clear(self) -> None:
        self._record(lambda: self.tally.clear(self.phase))

    def _record(self, change: Callable[[], None]) -> None:
        if self._poll.notice:
            return
        try:
            change()
            self.status.setText("")
        except PollError as exc:
            self.status.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
        self._poll.counted()

    def _sync(self) -> None:
        if self._poll.tally is None:
            return  # another deck is being opened; set_deck reads its tally
        for w in (*self.spins.values(), self.clear_button):
            w.setEnabled(not self._poll.notice)
        self.phase_buttons[self.phase].setChecked(True)
        for choice, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(self.tally.count(self.phase, choice))
            spin.blockSignals(False)
        self.chart.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in _ADD_KEYS:
            self.vote(CHOICES[_ADD_KEYS[key]], -1 if shift else 1)
        elif key in _REMOVE_KEYS:
            self.vote(CHOICES[_REMOVE_KEYS[key]], -1)
        else:
            super().keyPressEvent(event)

    def save_csv_dialog(self) -> None:
        start = str(Path.home() / "poll.csv")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Poll as CSV"), start, self.tr("CSV files (*.csv)")
        )
        if name:
            self.save_csv(Path(name))

    def save_csv(self, target: Path) -> None:
        try:
            self.tally.export_csv(target)
            self.status.setText(self.tr("Saved %1").replace("%1", str(target)))
        except PollError as exc:
            self.status.setText(str(exc))
