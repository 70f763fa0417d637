"""Register the bundled fonts so slides look the same on every machine and in the PDF,
and let text in other scripts fall back to the system's fonts.

The bundled Lato and DejaVu Sans Mono cover Latin, Greek and Cyrillic. For
any other script Qt falls back, glyph by glyph, to an installed font that has
it (fontconfig on Linux, the system's fallback lists elsewhere), on screen and
in PDFs, which embed the fallback font like any other. Where a school has the
Noto families installed, they are preferred, so Arabic, Hindi or Chinese text
beside Lato gets a sans-serif face of matching weight rather than whatever
font fontconfig happens to list first.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from desktop_app.paths import resources

#: Sans-serif fallbacks tried first for the bundled families, where installed
#: (Debian: fonts-noto-core, fonts-noto-cjk). Absent families are skipped by Qt.
FALLBACK_FAMILIES = (
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Devanagari",
    "Noto Sans Bengali",
    "Noto Sans Tamil",
    "Noto Sans Thai",
    "Noto Sans Ethiopic",
    "Noto Sans Armenian",
    "Noto Sans Georgian",
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans CJK KR",
    "Noto Color Emoji",
)

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
    for family in _registered:
        QFont.insertSubstitutions(family, list(FALLBACK_FAMILIES))
    return _registered


def uncovered(chars: Iterable[str], family: str) -> list[str]:
    """The characters of `chars` that no installed font can draw beside `family`.

    Asks Qt the question it answers when it paints: whether the font or any of
    its fallbacks has a glyph, so the answer matches what the slide will show.
    White space and invisible format characters need no glyph.
    """
    register_fonts()
    metrics = QFontMetrics(QFont(family))
    return [
        c
        for c in dict.fromkeys(chars)
        if not c.isspace() and c.isprintable() and not metrics.inFontUcs4(ord(c))
    ]
