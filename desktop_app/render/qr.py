"""A QR code painted as vector rectangles: sharp on a projector, a console and in a PDF.

One drawing for the class session's join screen (seen by the room) and the
phone remote's pairing code (seen on the console only).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter


@lru_cache(maxsize=4)
def _matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The code's modules with their quiet zone, made once per text, not on every paint."""
    import segno  # only once a session or a remote shows its code

    code = segno.make(text, error="m")
    return tuple(tuple(bool(m) for m in row) for row in code.matrix_iter(border=4))


def paint_qr(painter: QPainter, box: QRectF, text: str) -> None:
    """`text` as a QR code filling the square `box`, black on white whatever the theme."""
    matrix = _matrix(text)
    n = len(matrix)
    module = box.width() / n
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(box)
    painter.setBrush(QColor("#000000"))
    for y, row in enumerate(matrix):
        x = 0
        while x < n:
            if row[x]:
                start = x
                while x < n and row[x]:
                    x += 1
                # A run of dark modules as one rectangle, slightly overlapping: no hairlines.
                painter.drawRect(
                    QRectF(
                        box.left() + start * module,
                        box.top() + y * module,
                        (x - start) * module + 0.5,
                        module + 0.5,
                    )
                )
            else:
                x += 1
    painter.restore()
