"""The one slide renderer: a slide at a build step, on any QPainter, in any rectangle.

The audience window, thumbnails, presenter previews, PDF pages and PNG files
all call `SlideRenderer.paint`, so what the room sees is what is exported.
Layouts draw on a logical 1920×1080 canvas; this module scales and
letterboxes that canvas into the target.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from desktop_app.model.deck import Deck, Slide
from desktop_app.render.canvas import CANVAS, HEIGHT, MARGIN_X, WIDTH, Paint, RenderOptions
from desktop_app.render.layouts import LAYOUT_PAINTERS
from desktop_app.render.theme import Theme, deck_theme, load_theme


def letterbox(target: QRectF) -> QRectF:
    """The largest 16:9 rectangle centred in `target`."""
    scale = min(target.width() / WIDTH, target.height() / HEIGHT)
    w, h = WIDTH * scale, HEIGHT * scale
    return QRectF(target.center().x() - w / 2, target.center().y() - h / 2, w, h)


class SlideRenderer:
    """Paints one deck with one theme. Cheap to create; caches live in render.text."""

    def __init__(self, deck: Deck, theme: Theme | None = None) -> None:
        self.deck = deck
        positions = {p.id: p.color for p in deck.debate.positions} if deck.debate else {}
        self.theme = deck_theme(theme or load_theme(deck.theme), deck.colors, positions)

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
        frame = letterbox(target)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setClipRect(frame)
        painter.translate(frame.topLeft())
        painter.scale(frame.width() / WIDTH, frame.height() / HEIGHT)
        painter.fillRect(CANVAS, QColor(self.theme.color("background")))
        ctx = Paint(painter, self.deck, slide, step, self.theme, options or RenderOptions())
        LAYOUT_PAINTERS[slide.layout](ctx)
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
