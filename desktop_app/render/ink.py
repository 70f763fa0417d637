"""Painting saved ink over a slide: the one drawing of strokes every surface shares.

The console, the projector and exports all call these, so a stroke looks the
same on screen and on paper. Strokes are in canvas coordinates (1920×1080).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from desktop_app.annotations import Ink, Stroke
from desktop_app.render.canvas import HEIGHT, WIDTH

#: Colour and width on the canvas: a red pen that reads from the back row, and
#: a translucent yellow marker wide enough to cover a line of body text.
INK_STYLE: dict[Ink, tuple[str, float]] = {
    Ink.PEN: ("#d7263d", 7.0),
    Ink.HIGHLIGHTER: ("#66ffd400", 38.0),
}


def paint_strokes(painter: QPainter, strokes: tuple[Stroke, ...] | list[Stroke]) -> None:
    """Draw strokes on a painter already mapped to the 1920×1080 canvas."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for stroke in strokes:
        color, width = INK_STYLE[stroke.ink]
        pen = QPen(
            QColor(color),
            width,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
        painter.setPen(pen)
        first = QPointF(*stroke.points[0])
        if len(stroke.points) == 1:
            painter.drawPoint(first)
            continue
        path = QPainterPath(first)
        for x, y in stroke.points[1:]:
            path.lineTo(x, y)
        painter.drawPath(path)
    painter.restore()


def paint_strokes_in(
    painter: QPainter, frame: QRectF, strokes: tuple[Stroke, ...] | list[Stroke]
) -> None:
    """Draw strokes into `frame`, the slide's 16:9 rectangle on the painter's device."""
    painter.save()
    painter.translate(frame.topLeft())
    painter.scale(frame.width() / WIDTH, frame.height() / HEIGHT)
    paint_strokes(painter, strokes)
    painter.restore()
