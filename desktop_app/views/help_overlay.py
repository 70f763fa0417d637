"""The keyboard help shown over the slide (? or F1).

Every window has one (audience, presenter console, study). Its rows come
from the window's commands through `CommandSet.help_sections`, the same
source that binds the keys, so it always tells the truth — including keys
the user rebound. Large type: it is read from a lectern, not a desk.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

Sections = list[tuple[str, list[tuple[str, str]]]]

STYLE = """
QFrame#helpOverlay { background: rgba(10, 12, 16, 235); }
QFrame#helpOverlay QLabel { color: #f4f6f8; font-size: 19px; }
QFrame#helpOverlay QLabel#helpTitle { font-size: 30px; font-weight: bold; }
QFrame#helpOverlay QLabel#helpHint { color: #c9d1db; font-size: 17px; }
QFrame#helpOverlay QScrollArea, QFrame#helpOverlay QScrollArea > QWidget > QWidget {
    background: transparent; border: none; }
QFrame#helpOverlay QScrollBar:vertical { background: rgba(255, 255, 255, 30); width: 12px;
    border: none; border-radius: 6px; }
QFrame#helpOverlay QScrollBar::handle:vertical { background: #c9d1db; border-radius: 6px;
    min-height: 40px; }
QFrame#helpOverlay QScrollBar::add-line, QFrame#helpOverlay QScrollBar::sub-line {
    height: 0; border: none; }
"""
#: From this width on, three columns: a full-screen help fits without scrolling.
WIDE = 1500


def section_html(title: str, rows: list[tuple[str, str]]) -> str:
    """One block of the help: a heading, then keys and what they do, aligned."""
    body = "".join(
        f"<tr><td width='38%' style='padding:3px 18px 3px 0'><b>{escape(keys)}</b></td>"
        f"<td style='padding:3px 0'>{escape(what)}</td></tr>"
        for keys, what in rows
    )
    return (
        f"<p style='font-size:23px; font-weight:bold; margin:0 0 6px 0'>{escape(title)}</p>"
        f"<table cellspacing='0'>{body}</table>"
    )


class HelpOverlay(QFrame):
    """Every shortcut, in columns; a click, Esc, ? or F1 (handled by the window) closes it.

    It covers its parent widget whole, following its size, in a layout or not.
    """

    #: Hidden again (the window then gives the keys back to the slide).
    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setStyleSheet(STYLE)
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setAutoFillBackground(False)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        title = QLabel(self.tr("Keyboard shortcuts"))
        title.setObjectName("helpTitle")
        hint = QLabel(self.tr("Press Esc, ? or F1 to close"))
        hint.setObjectName("helpHint")
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(60)
        self._grid.setVerticalSpacing(24)
        content = QWidget()
        content.setLayout(self._grid)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 36, 60, 36)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addWidget(scroll, 1)
        self._labels: list[QLabel] = []
        self._sections: Sections = []
        self._columns = 0
        self.hide()
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def showEvent(self, event: QShowEvent) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        super().showEvent(event)

    def set_sections(self, sections: Sections) -> None:
        """Lay the sections out in columns, the longest lists balanced across them."""
        self._sections = sections
        self._layout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._sections and self._column_count() != self._columns:
            self._layout()

    @property
    def columns(self) -> int:
        """How many columns the shortcuts are laid out in now."""
        return self._columns

    def _column_count(self) -> int:
        return 3 if self.width() >= WIDE else 2

    def _layout(self) -> None:
        sections = self._sections
        for label in self._labels:
            self._grid.removeWidget(label)
            label.deleteLater()
        self._labels = []
        self._columns = count = self._column_count()
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column < count else 0)
        lines = [0] * count  # rows of text in each column, to balance them
        heights = [0] * count  # sections in each column, for the grid row
        for title, rows in sections:
            column = lines.index(min(lines))
            lines[column] += len(rows) + 2
            label = QLabel(section_html(title, rows))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setAccessibleName(title)
            self._grid.addWidget(label, heights[column], column)
            heights[column] += 1
            self._labels.append(label)
        self._grid.setRowStretch(max(heights), 1)
        self.setAccessibleDescription(
            "; ".join(f"{keys}: {what}" for _t, rows in sections for keys, what in rows)
        )

    @property
    def sections(self) -> Sections:
        """What the overlay lists: (heading, [(keys, what they do)]) in order."""
        return list(self._sections)

    def text(self) -> str:
        """Everything the overlay lists, as plain text (what a screen reader announces)."""
        return self.accessibleDescription()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A window with no Esc command of its own (study) lets the overlay take Esc.
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.closed.emit()
