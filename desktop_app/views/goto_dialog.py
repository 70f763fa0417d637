"""Go to a slide by typing part of its title or its number, then Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model.deck import Deck
from desktop_app.views.overview import slide_caption
from desktop_app.views.sub_controls import name_sub_controls


def matching_slides(deck: Deck, query: str) -> list[int]:
    """Slides whose number starts with the query or whose title/section contains it.

    Number matches come first, so "12" then Enter goes to slide 12 even when a
    title mentions 12 too.
    """
    query = query.strip().casefold()
    if not query:
        return list(range(len(deck.slides)))
    numbers = [i for i in range(len(deck.slides)) if str(i + 1).startswith(query)]
    words = query.split()
    titles = []
    for i, slide in enumerate(deck.slides):
        section = deck.section_of(slide)
        haystack = f"{slide_caption(deck, slide)} {slide.id} {section.title if section else ''}"
        if i not in numbers and all(w in haystack.casefold() for w in words):
            titles.append(i)
    return numbers + titles


class GotoDialog(QDialog):
    """A search field over the list of slides; Up/Down move in the list while typing."""

    def __init__(self, deck: Deck, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deck = deck
        self.setWindowTitle(self.tr("Go to Slide"))
        self.setAccessibleName(self.tr("Go to slide"))
        self.resize(560, 520)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Slide number or words from the title"))
        self.search.setAccessibleName(self.tr("Search slides"))
        self.search.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Find:"))
        label.setBuddy(self.search)
        self.slides = QListWidget()
        self.slides.setAccessibleName(self.tr("Matching slides"))
        self.slides.setAlternatingRowColors(True)
        font = self.slides.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.slides.setFont(font)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Go"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.slides, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.slides.itemActivated.connect(lambda _item: self.accept())
        self._filter("")
        name_sub_controls(self)
        self._select_row(
            next(
                (
                    r
                    for r in range(self.slides.count())
                    if self.slides.item(r).data(Qt.ItemDataRole.UserRole) == current
                ),
                0,
            )
        )

    def chosen(self) -> int | None:
        """The 0-based slide picked, or None when nothing matches."""
        item = self.slides.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Keep typing in the field while Up/Down/PageUp/PageDown move through the list.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key()
            in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        ):
            self.slides.event(event)
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

    def _filter(self, text: str) -> None:
        self.slides.clear()
        for i in matching_slides(self._deck, text):
            slide = self._deck.slides[i]
            item = QListWidgetItem(f"{i + 1:>3}   {slide_caption(self._deck, slide)}")
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.slides.addItem(item)
        self._select_row(0)

    def _select_row(self, row: int) -> None:
        if self.slides.count():
            self.slides.setCurrentRow(row)
            self.slides.scrollToItem(self.slides.currentItem())
