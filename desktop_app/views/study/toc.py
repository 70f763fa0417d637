"""The table of contents: sections with progress, slides with their study marks.

Marks are text (✓ understood, ★ bookmarked) as well as the item's words, so
nothing depends on colour; section rows say "3/5" understood.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from desktop_app.model.deck import Deck
from desktop_app.study.content import slide_title
from desktop_app.study.words import fill
from desktop_app.text.safe_html import tooltip_text
from desktop_app.views.study.words import interface_words

UNDERSTOOD_MARK = "✓"
BOOKMARK_MARK = "★"
_INDEX = Qt.ItemDataRole.UserRole


class ContentsTree(QTreeWidget):
    #: A slide was chosen (Enter, click): its index in the deck.
    slideChosen = Signal(int)

    def __init__(self, deck: Deck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deck = deck
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Table of contents"))
        self.setAccessibleDescription(
            self.tr(
                "Sections and slides. ✓ marks a slide you understood, ★ a bookmark. "
                "Press Enter to open a slide."
            )
        )
        self._items: list[QTreeWidgetItem] = []
        self._sections: list[QTreeWidgetItem] = []
        self.set_deck(deck)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def set_deck(self, deck: Deck) -> None:
        """One item per section and slide; a reload builds them again (marks follow)."""
        self._deck = deck
        self.clear()
        self._items, self._sections = [], []
        index = 0
        for section in deck.sections:
            top = QTreeWidgetItem(self)
            top.setData(0, _INDEX, -1)
            self._sections.append(top)
            for _slide in section.slides:
                item = QTreeWidgetItem(top)
                item.setData(0, _INDEX, index)
                self._items.append(item)
                index += 1
        self.expandAll()

    def update_marks(self, understood: set[str], bookmarks: set[str]) -> None:
        words = interface_words()
        spoken_marks = {
            (True, True): self.tr("%1, understood, bookmarked"),
            (True, False): self.tr("%1, understood"),
            (False, True): self.tr("%1, bookmarked"),
            (False, False): "%1",
        }
        for item, slide in zip(self._items, self._deck.slides, strict=True):
            seen, marked = slide.id in understood, slide.id in bookmarks
            marks = (UNDERSTOOD_MARK if seen else "  ") + (BOOKMARK_MARK if marked else "  ")
            title = slide_title(self._deck, slide, words)
            spoken = fill(spoken_marks[seen, marked], title)
            item.setText(0, f"{marks} {title}")
            item.setToolTip(0, tooltip_text(spoken))
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
        for top, section in zip(self._sections, self._deck.sections, strict=True):
            done = sum(s.id in understood for s in section.slides)
            total = len(section.slides)
            top.setText(0, f"{section.title}  {done}/{total}")
            top.setData(
                0,
                Qt.ItemDataRole.AccessibleTextRole,
                fill(self.tr("%1, %2 of %n understood", "", total), section.title, str(done)),
            )

    def select_slide(self, index: int) -> None:
        if 0 <= index < len(self._items):
            self.blockSignals(True)
            self.setCurrentItem(self._items[index])
            self.blockSignals(False)

    def _activated(self, item: QTreeWidgetItem) -> None:
        index = int(item.data(0, _INDEX))
        if index >= 0:
            self.slideChosen.emit(index)
