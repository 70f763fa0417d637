"""The overview: every slide as a thumbnail, to find one and jump there.

Thumbnails come from the one SlideRenderer, rendered lazily: the view only
asks for the items it shows, those are queued and drawn one per event-loop
turn, so opening the grid of a long deck is instant and the visible slides
appear first. Images are cached per (slide, size) until the deck or theme
changes.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QImage, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.model.deck import Deck, Slide
from desktop_app.render.renderer import SlideRenderer
from desktop_app.text.safe_html import tooltip_text

CAPTION_HEIGHT = 40
PADDING = 10
FRAME = 6
MIN_THUMB_WIDTH = 240
#: Thumbnail widths are rounded to this, so resizing the window re-renders rarely.
WIDTH_STEP = 16

_Index = QModelIndex | QPersistentModelIndex


def slide_caption(deck: Deck, slide: Slide) -> str:
    """A slide's name for lists: its title, a quiz slide's question, else its id."""
    if slide.title:
        return slide.title
    question = deck.question(slide.quiz) if slide.quiz else None
    return question.prompt if question is not None else slide.id


#: Thumbnails kept at most: far more than any view shows at once, yet scrolling through
#: a 2,000-slide deck keeps tens of megabytes, not hundreds.
CACHE_LIMIT = 400


class ThumbnailCache(QObject):
    """Slide images per (index, size), rendered on demand, one per event-loop turn.

    The oldest images are dropped beyond CACHE_LIMIT; a view asks again for
    what it shows, so a dropped one is drawn again when scrolled back to.
    """

    #: The image of this slide index is now available.
    ready = Signal(int)

    def __init__(self, renderer: SlideRenderer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self._images: dict[tuple[int, int, int], QImage] = {}
        self._queue: list[tuple[int, QSize]] = []
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self._render_next)

    def set_renderer(self, renderer: SlideRenderer) -> None:
        """A new deck or theme: every cached picture is stale."""
        self._renderer = renderer
        self._images.clear()
        self._queue.clear()

    def cached(self, index: int, size: QSize) -> QImage | None:
        return self._images.get((index, size.width(), size.height()))

    def image(self, index: int, size: QSize) -> QImage | None:
        """The cached image, or None after queueing it (a `ready` signal follows)."""
        found = self.cached(index, size)
        if found is None and (index, size) not in self._queue:
            self._queue.append((index, size))
            self._timer.start()
        return found

    def render_now(self, index: int, size: QSize) -> QImage:
        key = (index, size.width(), size.height())
        image = self._images.get(key)
        if image is None:
            image = self._images[key] = self._renderer.image(index, size, None)
            while len(self._images) > CACHE_LIMIT:
                del self._images[next(iter(self._images))]
        return image

    @property
    def pending(self) -> int:
        return len(self._queue)

    def _render_next(self) -> None:
        if not self._queue:
            self._timer.stop()
            return
        index, size = self._queue.pop(0)
        if index < len(self._renderer.deck.slides):
            self.render_now(index, size)
            self.ready.emit(index)


class OverviewModel(QAbstractListModel):
    """One row per slide: "7  Title"; the current slide is marked in words too."""

    CurrentRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, deck: Deck, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deck = deck
        self._current = 0

    def set_deck(self, deck: Deck) -> None:
        self.beginResetModel()
        self._deck = deck
        self.endResetModel()

    def set_current(self, index: int) -> None:
        old, self._current = self._current, index
        for row in (old, index):
            if 0 <= row < self.rowCount():
                self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._deck.slides)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = index.row()
        slide = self._deck.slides[row]
        title = slide_caption(self._deck, slide)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row + 1}  {title}"
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            text = (
                self.tr("Slide %1 of %2: %3, showing now")
                if row == self._current
                else self.tr("Slide %1 of %2: %3")
            )
            text = (
                text.replace("%1", str(row + 1))
                .replace("%2", str(len(self._deck.slides)))
                .replace("%3", title)
            )
            return tooltip_text(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == self.CurrentRole:
            return row == self._current
        return None


class ThumbnailDelegate(QStyledItemDelegate):
    """Thumbnail, then "7  Title" under it; a thick frame marks the keyboard focus."""

    def __init__(self, cache: ThumbnailCache, view: OverviewGrid) -> None:
        super().__init__(view)
        self._cache = cache
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return self._view.gridSize()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect
        state = option.state
        thumb = self._view.thumb_size()
        box = QRect(
            rect.left() + (rect.width() - thumb.width()) // 2,
            rect.top() + PADDING,
            thumb.width(),
            thumb.height(),
        )
        image = self._cache.image(index.row(), thumb)
        colors = self._view.colors
        if image is None:
            painter.fillRect(box, colors["surface"])
        else:
            painter.drawImage(box, image)
        painter.setPen(QPen(colors["muted"], 1))
        painter.drawRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5))
        focused = bool(state & QStyle.StateFlag.State_Selected)
        if focused:
            pen = QPen(colors["accent"], FRAME)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.drawRect(
                QRectF(box).adjusted(-FRAME / 2 - 2, -FRAME / 2 - 2, FRAME / 2 + 2, FRAME / 2 + 2)
            )
        current = bool(index.data(OverviewModel.CurrentRole))
        font = QFont(option.font)
        font.setPixelSize(17)
        font.setBold(focused or current)
        painter.setFont(font)
        painter.setPen(colors["text"])
        caption = QRect(box.left(), box.bottom() + PADDING, box.width(), CAPTION_HEIGHT - 8)
        text = ("▶ " if current else "") + str(index.data())
        elided = painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, caption.width()
        )
        painter.drawText(
            caption, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
        )
        painter.restore()


class OverviewGrid(QListView):
    """The grid page of the audience window. Enter or a click picks; the window closes it."""

    #: A slide was chosen (0-based index).
    picked = Signal(int)

    def __init__(self, deck: Deck, renderer: SlideRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Slide overview"))
        self.setAccessibleDescription(
            self.tr("Arrow keys choose a slide, Enter shows it, Esc closes")
        )
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSpacing(0)
        self._thumb = QSize(MIN_THUMB_WIDTH, MIN_THUMB_WIDTH * 9 // 16)
        self.colors: dict[str, QColor] = {}
        self.cache = ThumbnailCache(renderer, self)
        self.cache.ready.connect(self._thumbnail_ready)
        self._model = OverviewModel(deck, self)
        self.setModel(self._model)
        self.setItemDelegate(ThumbnailDelegate(self.cache, self))
        self._apply_colors(renderer)
        self._layout_grid()

    def set_deck(self, deck: Deck, renderer: SlideRenderer) -> None:
        current = self.currentIndex().row()
        self.cache.set_renderer(renderer)
        self._model.set_deck(deck)
        self._apply_colors(renderer)
        if current >= 0:
            self.select(min(current, len(deck.slides) - 1))
        self.viewport().update()

    def set_current(self, index: int) -> None:
        """The slide on screen now: marked "▶" whatever the keyboard focus is on."""
        self._model.set_current(index)

    def select(self, index: int) -> None:
        model_index = self._model.index(index)
        self.setCurrentIndex(model_index)
        self.scrollTo(model_index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def selected(self) -> int:
        return self.currentIndex().row()

    def thumb_size(self) -> QSize:
        return self._thumb

    def item_rect(self, index: int) -> QRect:
        return self.visualRect(self._model.index(index))

    def resizeEvent(self, event) -> None:
        self._layout_grid()
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.currentIndex().isValid():
                self.picked.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        super().mouseReleaseEvent(event)
        if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
            self.picked.emit(index.row())

    def _layout_grid(self) -> None:
        """As many columns of at least MIN_THUMB_WIDTH as fit, filling the width."""
        available = max(MIN_THUMB_WIDTH, self.viewport().width() - 2 * PADDING)
        columns = max(1, available // (MIN_THUMB_WIDTH + 2 * PADDING))
        width = (available // columns - 2 * PADDING) // WIDTH_STEP * WIDTH_STEP
        thumb = QSize(width, width * 9 // 16)
        if thumb != self._thumb or self.gridSize().isEmpty():
            self._thumb = thumb
            self.setGridSize(
                QSize(width + 2 * PADDING, thumb.height() + CAPTION_HEIGHT + 2 * PADDING)
            )

    def _apply_colors(self, renderer: SlideRenderer) -> None:
        theme = renderer.theme
        self.colors = {
            role: QColor(theme.color(role))
            for role in ("background", "surface", "text", "muted", "accent")
        }
        self.setStyleSheet(
            f"QListView {{ background: {theme.color('background')}; border: none; }}"
        )

    def _thumbnail_ready(self, index: int) -> None:
        self.update(self._model.index(index))
