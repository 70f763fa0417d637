"""A dismissable banner at the top of a window for deck problems found on reload.

A broken edit must not blank the talk: the last good deck stays on screen and
this banner says what is wrong, as `file:line: message` lines an editor can
jump to. It is a banner, not a dialog, so it never steals the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.model.problems import Problem
from desktop_app.state.presentation import PresentationState

#: Dark text on a pale amber ground (contrast > 10:1); the "⚠" and heading say it, not colour.
STYLE = """
QFrame#problemBanner { background: #fff4d6; border-bottom: 3px solid #8a5a00; }
QFrame#problemBanner QLabel { color: #1f1600; }
QFrame#problemBanner QPushButton { color: #1f1600; background: #ffffff;
    border: 2px solid #8a5a00; border-radius: 4px; padding: 4px 14px; }
QFrame#problemBanner QPushButton:focus { border: 3px solid #1f1600; }
"""


class ProblemBanner(QFrame):
    """Problems of the last reload; hidden by Close, Esc (via the window), or a good reload."""

    #: Closed by the user (the window gives the keyboard back to the slide).
    dismissed = Signal()

    MAX_LINES = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemBanner")
        self.setStyleSheet(STYLE)
        self.setAccessibleName(self.tr("Deck problems"))
        self._heading = QLabel()
        font = self._heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._heading.setFont(font)
        self._details = QLabel()
        self._details.setTextFormat(Qt.TextFormat.PlainText)
        self._details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._details.setWordWrap(True)
        self._details.setAccessibleName(self.tr("Problem list"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close problem banner"))
        self.close_button.setToolTip(self.tr("Hide this banner (Esc)"))
        self.close_button.clicked.connect(self.dismiss)
        text = QVBoxLayout()
        text.addWidget(self._heading)
        text.addWidget(self._details)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.addLayout(text, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._lines: list[str] = []
        self.hide()

    @property
    def lines(self) -> list[str]:
        return list(self._lines)

    def show_problems(self, heading: str, lines: list[str]) -> None:
        self._lines = list(lines)
        shown = lines[: self.MAX_LINES]
        more = len(lines) - len(shown)
        if more > 0:
            shown.append(self.tr("… and %n more (run `agora check` for the full list)", "", more))
        self._heading.setText(f"⚠ {heading}")
        self._details.setText("\n".join(shown))
        self.setAccessibleDescription(heading + ". " + " ".join(lines))
        self.show()

    def follow(self, state: PresentationState) -> None:
        """Show the deck's problems in this window whenever a reload fails; hide on a good one.

        Every window of a deck calls this with the deck's one state, so a broken
        edit is reported in each of them, not only in the one that saw it.
        """
        self._state = state
        state.problemsChanged.connect(self._problems_changed)
        self._problems_changed(state.problems)

    def _problems_changed(self, problems: list[Problem]) -> None:
        if not problems:
            self.hide()
            return
        self.show_problems(
            self.tr("The deck has errors; still showing the last version that loaded"),
            [p.format(self._state.deck.root) for p in problems],
        )

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
