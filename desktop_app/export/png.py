"""PNG export: one image per slide (or build step) at a chosen width, 16:9."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from desktop_app.export.pages import Shot
from desktop_app.export.shots import ShotPainter


def png_size(width: int) -> QSize:
    return QSize(width, round(width * 9 / 16))


def png_name(shot: Shot, count: int) -> str:
    """Names that sort in slide order: slide-07.png, slide-07-2.png for build steps."""
    if shot.synthetic or shot.dimension:
        return f"comparison-{shot.dimension or 'overview'}.png"
    digits = max(2, len(str(count)))
    step = f"-{shot.step + 1}" if shot.step is not None else ""
    return f"slide-{shot.index + 1:0{digits}d}{step}.png"


def png_bytes(painter: ShotPainter, shot: Shot, size: QSize) -> bytes:
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor(painter.renderer.theme.color("background")))
    p = QPainter(image)
    painter.paint(p, QRectF(0, 0, size.width(), size.height()), shot)
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt wants str
    buffer.close()
    return bytes(data.data())
