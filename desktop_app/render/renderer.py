"""The one slide renderer: a slide at a build step, on any QPainter, in any rectangle.

The audience window, thumbnails, presenter previews, PDF pages and PNG files
all call `SlideRenderer.paint`, so what the room sees is what is exported.
Layouts draw on a logical 1920×1080 canvas; this module scales and
letterboxes that canvas into the target.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPaintEngine, QPainter, QTransform

from desktop_app.model.deck import Deck, Slide
from desktop_app.render.canvas import CANVAS, HEIGHT, MARGIN_X, WIDTH, Paint, RenderOptions
from desktop_app.render.layouts import layout_painter
from desktop_app.render.theme import Theme, theme_for
from desktop_app.text.languages import is_right_to_left


def letterbox(target: QRectF) -> QRectF:
    """The largest 16:9 rectangle centred in `target`."""
    scale = min(target.width() / WIDTH, target.height() / HEIGHT)
    w, h = WIDTH * scale, HEIGHT * scale
    return QRectF(target.center().x() - w / 2, target.center().y() - h / 2, w, h)


#: Finished frames kept per renderer: six full-HD frames, or one 4K frame and a bit.
FRAME_CACHE_BYTES = 48 * 1024 * 1024


class _FrameCache:
    """Finished raster frames of slides, least recently used dropped first, within a budget.

    Qt draws text larger than 64 device pixels as filled paths on every paint
    (its glyph cache stops there), so at 1920×1080 a title or quote costs
    10-20 ms and at 4K a text slide over 60 ms: too slow to repaint under a
    moving laser pointer. Blitting the finished frame costs about a millisecond.
    """

    def __init__(self, budget: int = FRAME_CACHE_BYTES) -> None:
        self._frames: OrderedDict[tuple, tuple[QImage, bool]] = OrderedDict()
        self._bytes = 0
        self._budget = budget

    def get(self, key: tuple) -> tuple[QImage, bool] | None:
        frame = self._frames.get(key)
        if frame is not None:
            self._frames.move_to_end(key)
        return frame

    def put(self, key: tuple, image: QImage, fits: bool) -> None:
        self._frames[key] = (image, fits)
        self._bytes += image.sizeInBytes()
        while self._bytes > self._budget and len(self._frames) > 1:
            _, (old, _) = self._frames.popitem(last=False)
            self._bytes -= old.sizeInBytes()


class SlideRenderer:
    """Paints one deck with one theme. Cheap to create; text caches live in render.text.

    On raster targets (windows, images) finished frames are cached per
    renderer; PDF and other vector targets are always drawn afresh.
    """

    def __init__(self, deck: Deck, theme: Theme | None = None) -> None:
        self.deck = deck
        self.theme = theme_for(deck, theme)
        #: Slides follow the direction of the deck's language, whatever the interface's.
        self.direction = (
            Qt.LayoutDirection.RightToLeft
            if is_right_to_left(deck.language)
            else Qt.LayoutDirection.LeftToRight
        )
        self._frames = _FrameCache()

    def paint(
        self,
        painter: QPainter,
        target: QRectF,
        index: int,
        step: int | None = None,
        options: RenderOptions | None = None,
    ) -> bool:
        """Draw slide `index` at `step` (None = fully built) letterboxed into `target`.

        Returns False when some text did not fit even at the smallest size.
        """
        slide = self.deck.slides[index]
        step = slide.fragments if step is None else max(0, min(step, slide.fragments))
        options = options or RenderOptions()
        device = _raster_frame(painter, letterbox(target))
        if device is None:
            return self._draw(painter, target, index, step, options)
        ratio = painter.device().devicePixelRatioF()
        key = (index, step, options, device.width(), device.height(), ratio)
        cached = self._frames.get(key)
        if cached is None:
            image = QImage(
                round(device.width() * ratio),
                round(device.height() * ratio),
                QImage.Format.Format_RGB32,
            )
            image.setDevicePixelRatio(ratio)
            image.fill(QColor(self.theme.color("background")))
            frame_painter = QPainter(image)
            fits = self._draw(
                frame_painter, QRectF(0, 0, device.width(), device.height()), index, step, options
            )
            frame_painter.end()
            cached = (image, fits)
            self._frames.put(key, image, fits)
        painter.save()
        painter.resetTransform()
        painter.drawImage(QPoint(round(device.left()), round(device.top())), cached[0])
        painter.restore()
        return cached[1]

    def prefetch(
        self, size: QSize, ratio: float, index: int, step: int, options: RenderOptions | None = None
    ) -> None:
        """Paint a frame for a `size` window ahead of time, so the next click shows it at once."""
        if not 0 <= index < len(self.deck.slides):
            return
        image = QImage(1, 1, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        painter = QPainter(image)
        painter.setClipRect(QRectF(0, 0, 0, 0))  # only the cached frame is wanted
        self.paint(painter, QRectF(0, 0, size.width(), size.height()), index, step, options)
        painter.end()

    def _draw(
        self, painter: QPainter, target: QRectF, index: int, step: int, options: RenderOptions
    ) -> bool:
        """Draw the slide's vectors: for PDF pages directly, for screens into a cached frame."""
        slide = self.deck.slides[index]
        frame = letterbox(target)
        painter.save()
        # Labels' left/right alignment and text direction follow the painter's direction.
        painter.setLayoutDirection(self.direction)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setClipRect(frame)
        painter.translate(frame.topLeft())
        painter.scale(frame.width() / WIDTH, frame.height() / HEIGHT)
        if options.zoom is not None:
            # Zoom is a transform, so the detail is drawn afresh from vectors at full sharpness.
            x, y, w, h = options.zoom
            painter.scale(WIDTH / w, HEIGHT / h)
            painter.translate(-x, -y)
        painter.fillRect(CANVAS, QColor(self.theme.color("background")))
        ctx = Paint(painter, self.deck, slide, step, self.theme, options)
        layout_painter(slide.layout)(ctx)
        if ctx.options.footer and slide.layout not in ("title", "section"):
            self._footer(ctx, index)
        painter.restore()
        return not ctx.overflow

    def _footer(self, ctx: Paint, index: int) -> None:
        section = self.deck.section_of(ctx.slide)
        box = QRectF(MARGIN_X, HEIGHT - 62, WIDTH - 2 * MARGIN_X, 40)
        align = Qt.AlignmentFlag.AlignVCenter
        ctx.label(
            section.title if section else "",
            box,
            24,
            "muted",
            wrap=False,
            align=align | Qt.AlignmentFlag.AlignLeft,
        )
        ctx.label(
            f"{index + 1} / {len(self.deck.slides)}",
            box,
            24,
            "muted",
            wrap=False,
            align=align | Qt.AlignmentFlag.AlignRight,
        )

    def image(
        self, index: int, size: QSize, step: int | None = None, options: RenderOptions | None = None
    ) -> QImage:
        """The slide as an image of `size` (thumbnails, PNG export), letterboxed if needed."""
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(self.theme.color("background")))
        painter = QPainter(image)
        self.paint(painter, QRectF(0, 0, size.width(), size.height()), index, step, options)
        painter.end()
        return image

    def fits(self, slide: Slide) -> bool:
        """Whether a slide's text fits at the smallest size (measured on a small image)."""
        index = self.deck.slide_index(slide.id)
        image = QImage(QSize(192, 108), QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        ok = self.paint(painter, QRectF(0, 0, 192, 108), index, None)
        painter.end()
        return ok


def _raster_frame(painter: QPainter, frame: QRectF) -> QRectF | None:
    """`frame` in whole device pixels when it can be blitted from a cached image, else None.

    Only raster engines qualify (a PDF must stay vector), and only under
    translation and scaling, which keep the frame an upright rectangle.
    """
    engine = painter.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Raster:
        return None
    transform = painter.combinedTransform()
    if transform.type().value > QTransform.TransformationType.TxScale.value:
        return None
    mapped = transform.mapRect(frame)
    if mapped.width() < 1 or mapped.height() < 1:
        return None
    return QRectF(
        round(mapped.left()), round(mapped.top()), round(mapped.width()), round(mapped.height())
    )
