"""A horizontal strip of slide thumbnails to jump from during a talk.

Thumbnails come from the one SlideRenderer, so they look exactly like the
slides; they are drawn fully built, because a jump lands on a slide's first
step and the speaker recognises a slide by its full content.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from desktop_app.render.renderer import SlideRenderer
from desktop_app.state.presentation import PresentationState

THUMB = QSize(192, 108)


class ThumbnailStrip(QListWidget):
    def __init__(self, state: PresentationState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setAccessibleName("Slide thumbnails")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(THUMB)
        self.setSpacing(6)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(THUMB.height() + 56)
        self.itemActivated.connect(self._jump)
        self.itemClicked.connect(self._jump)
        state.deckChanged.connect(self._fill)
        state.positionChanged.connect(self._follow)
        self._fill()

    def _fill(self) -> None:
        self.clear()
        renderer = SlideRenderer(self._state.deck)
        for index, slide in enumerate(self._state.deck.slides):
            icon = QIcon(QPixmap.fromImage(renderer.image(index, THUMB, None)))
            item = QListWidgetItem(icon, f"{index + 1}")
            item.setToolTip(slide.title or slide.id)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"Slide {index + 1}: {slide.title or slide.id}"
            )
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.addItem(item)
        self._follow()

    def _follow(self) -> None:
        item = self.item(self._state.index)
        if item is not None and self.currentItem() is not item:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
            self.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _jump(self, item: QListWidgetItem) -> None:
        self._state.goto(self.row(item), 0)
