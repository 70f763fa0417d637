"""Which part of the 1920×1080 canvas a zoomed room shows.

The presentation state stores a zoom as a canvas rectangle; these functions
are the one place that turns a speaker's gesture (Z over a point, the wheel,
a dragged rectangle, a phone's pinch) into such a rectangle. Every region
keeps the canvas's 16:9 shape, so the room's screen is filled and nothing
is stretched, and stays on the canvas, so the room never sees past the
slide's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from desktop_app.render.canvas import CANVAS, HEIGHT, WIDTH

#: Z zooms this much; the wheel and a pinch go from just above 1× to `MAX_FACTOR`.
DEFAULT_FACTOR = 2.0
#: Beyond 8× a 1080p projector shows a canvas area of 240×135: a word, not a detail.
MAX_FACTOR = 8.0
#: One wheel notch (or one press of a remote's zoom button) multiplies the zoom by this.
STEP = 1.25


def factor(region: QRectF | None) -> float:
    """How many times the room's picture is enlarged (1 for the whole slide)."""
    return WIDTH / region.width() if region is not None and region.width() > 0 else 1.0


def around(center: QPointF, times: float) -> QRectF | None:
    """The region enlarged `times`× around `center`; None at 1× or less (the whole slide)."""
    if times <= 1.0 + 1e-6:
        return None
    times = min(times, MAX_FACTOR)
    width, height = WIDTH / times, HEIGHT / times
    return _on_canvas(QRectF(center.x() - width / 2, center.y() - height / 2, width, height))


def enclosing(dragged: QRectF) -> QRectF | None:
    """The smallest 16:9 region that shows all of a dragged rectangle (None if it is the
    whole slide or more)."""
    rect = dragged.normalized().intersected(CANVAS)
    if rect.isEmpty():
        return None
    width = max(rect.width(), rect.height() * WIDTH / HEIGHT, WIDTH / MAX_FACTOR)
    return around(rect.center(), WIDTH / width)


def rescaled(region: QRectF | None, center: QPointF, by: float) -> QRectF | None:
    """The zoom `by` times stronger (or weaker, below 1) around `center`."""
    return around(center, factor(region) * by)


def _on_canvas(region: QRectF) -> QRectF:
    """`region` moved (never resized) so it lies inside the canvas."""
    x = min(max(region.left(), 0.0), WIDTH - region.width())
    y = min(max(region.top(), 0.0), HEIGHT - region.height())
    return QRectF(x, y, region.width(), region.height())
