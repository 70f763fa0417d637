"""Where a window first opens, before the user has moved or sized it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


def place_default(window: QWidget, preferred: QSize) -> None:
    """`preferred`, within 90% of the screen's free area, centred on it.

    `resize` sizes the inside of a window; the title bar and frame come on top,
    so a window as tall as the free area (a 1280×720 projector laptop) would
    lose its status bar below the screen's edge under most window managers.
    """
    area = window.screen().availableGeometry()
    window.resize(preferred.boundedTo(area.size() * 0.9))
    window.move(area.center() - window.rect().center())
