"""Guard against the PySide6 6.12.0 bug that over-releases references to None.

In 6.12.0 void-returning calls such as QPainter.setPen, save/restore and the
QFont setters drop one reference to None too many; after a few thousand
slide paints CPython aborts with `Fatal Python error: none_dealloc`. Agora
paints thousands of slides in a talk, so the pin below 6.12 matters, and
this test catches the bug in whatever PySide6 is installed.
"""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPicture

from desktop_app.model.deck import Deck
from desktop_app.render.renderer import SlideRenderer

#: Releases known to carry the fix; add one here once it is verified.
FIXED_RELEASES: frozenset[str] = frozenset()
PAINTS = 3_000


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:3] if part.isdigit())


def test_installed_pyside6_is_below_6_12_or_known_fixed() -> None:
    version = PySide6.__version__
    assert _version(version) < (6, 12) or version in FIXED_RELEASES, (
        f"PySide6 {version} may carry the None refcount bug of 6.12.0; "
        "keep PySide6-Essentials <6.12 (pyproject.toml, constraints.txt)"
    )


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_painting_thousands_of_slides_keeps_none_alive(qapp, deck: Deck) -> None:
    # A QPicture is a vector device, so every paint runs the layouts' QPainter
    # calls instead of reusing a cached frame, as a long talk and exports do.
    renderer = SlideRenderer(deck)
    picture = QPicture()
    target = QRectF(0, 0, 192, 108)
    for index in range(len(deck.slides)):  # warm text caches before counting
        painter = QPainter(picture)
        renderer.paint(painter, target, index)
        painter.end()
    before = sys.getrefcount(None)
    for n in range(PAINTS):
        painter = QPainter(picture)
        renderer.paint(painter, target, n % len(deck.slides))
        painter.end()
    after = sys.getrefcount(None)
    # Each paint makes dozens of void calls: the bug would lose tens of thousands.
    assert after > before - 500, f"None lost {before - after} references in {PAINTS} paints"
