"""A deck's pictograms: small SVG drawings, painted as vector paths in a side's colour.

Pictograms are drawn with `currentColor`, the SVG way of saying "the
colour of the surrounding text". The renderer puts the side's colour of
the current theme there, so one drawing serves the light, dark and
high-contrast themes. QtSvg turns the drawing into painter paths, so a PDF
keeps it as vector graphics (no raster image), sharp at any size.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer


def paint_pictogram(painter: QPainter, path: Path, box: QRectF, color: str) -> bool:
    """Draw the SVG at `path` fitted into `box`, keeping its aspect; False if unreadable."""
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return False
    renderer = _renderer(path, stamp, color)
    if renderer is None:
        return False
    size = renderer.defaultSize().toSizeF()
    if size.isEmpty():
        size = box.size()
    scaled = size.scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(0, 0, scaled.width(), scaled.height())
    target.moveCenter(box.center())
    renderer.render(painter, target)
    return True


@lru_cache(maxsize=64)
def _renderer(path: Path, stamp: int, color: str) -> QSvgRenderer | None:
    """One parsed drawing per file version and colour, so repaints do not parse again."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    renderer = QSvgRenderer(QByteArray(text.replace("currentColor", color).encode("utf-8")))
    return renderer if renderer.isValid() else None
