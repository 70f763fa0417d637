"""Register the bundled fonts so slides look the same on every machine and in the PDF."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from desktop_app.paths import resources

_registered: list[str] = []


def register_fonts() -> list[str]:
    """Add every bundled .ttf/.otf to Qt's font database once; returns the families."""
    if _registered:
        return _registered
    folder = resources() / "fonts"
    for file in sorted(folder.glob("*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(file))
        if font_id >= 0:
            _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    _registered[:] = list(dict.fromkeys(_registered)) or ["sans-serif"]
    return _registered
