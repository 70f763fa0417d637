"""A horizontal strip of slide thumbnails to jump from during a talk.

Thumbnails come from the one SlideRenderer, so they look exactly like the
slides; they are drawn fully built, because a jump lands on a slide's first
step and the speaker recognises a slide by its full content. As in the
overview, they are rendered lazily: the strip asks only for the items it
shows, one is drawn per event-loop turn, and a reload drops the cached
pictures instead of drawing every slide again. A 2,000-slide deck opens the
console as fast, and in as little memory, as a short one.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.render.renderer import SlideRenderer
from desktop_app.state.presentation import PresentationState
from desktop_app.text.safe_html import tooltip_text
from desktop_app.views.overview import ThumbnailCache, slide_caption

THUMB = QSize(192, 108)

_Index = QModelIndex | QPersistentModelIndex


class ThumbnailModel(QAbstractListModel):
    """One item per slide of the state's deck: its number, and its picture once drawn."""

    def __init__(self, state: PresentationState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.cache = ThumbnailCache(SlideRenderer(state.deck), self)
        self.cache.ready.connect(self._ready)
        self._placeholder = QImage(THUMB, QImage.Format.Format_RGB32)
        self._placeholder.fill(QColor("#303030"))
        state.deckChanged.connect(self._deck_changed)

    def _deck_changed(self) -> None:
        self.beginResetModel()
        self.cache.set_renderer(SlideRenderer(self._state.deck))
        self.endResetModel()

    def _ready(self, row: int) -> None:
        if row < self.rowCount():
            self.dataChanged.emit(
                self.index(row), self.index(row), [Qt.ItemDataRole.DecorationRole]
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else self._state.count

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self._state.count:
            return None
        row = index.row()
        deck = self._state.deck
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row + 1}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self.cache.image(row, THUMB) or self._placeholder
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(slide_caption(deck, deck.slides[row]))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Slide {0}: {1}").format(row + 1, slide_caption(deck, deck.slides[row]))
        return None


class _PictureAboveNumber(QStyledItemDelegate):
    """Draws an item as its thumbnail with the slide number centred below it.

    The strip is a list-mode view (icon mode lays out every item up front,
    which on a 2,000-slide deck is a visible part of opening the console);
    this delegate gives list items the look of icons.
    """

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        option.decorationPosition = QStyleOptionViewItem.Position.Top
        option.displayAlignment = Qt.AlignmentFlag.AlignHCenter


class ThumbnailStrip(QListView):
    def __init__(self, state: PresentationState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setAccessibleName(self.tr("Slide thumbnails"))
        self.setFlow(QListView.Flow.LeftToRight)
        self.setItemDelegate(_PictureAboveNumber(self))
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
        self.thumbnails = ThumbnailModel(state, self)
        self.setModel(self.thumbnails)
        self.activated.connect(self._jump)
        self.clicked.connect(self._jump)
        state.positionChanged.connect(self._follow)
        self.thumbnails.modelReset.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        index = self.thumbnails.index(self._state.index)
        if index.isValid() and self.currentIndex() != index:
            self.setCurrentIndex(index)
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _jump(self, index: QModelIndex) -> None:
        self._state.goto(index.row(), 0)
