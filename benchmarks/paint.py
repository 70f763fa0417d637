"""Paint time of one slide at 1920×1080 onto a QImage, per layout, once cached.

A slide is painted again and again (window resizes, presenter previews, the
pointer moving over it), so the steady-state cost is what decides whether
the app feels instant. Text layouts and finished frames are cached after the first paint, so each
slide is painted once to warm the caches, then timed. Times are the painting
thread's CPU time, so other load on a shared machine does not count.
"""

from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from benchmarks.report import Figure, percentile
from desktop_app.loader import load_deck
from desktop_app.model.deck import Deck
from desktop_app.paths import bundled_deck
from desktop_app.render.canvas import HEIGHT, WIDTH
from desktop_app.render.renderer import SlideRenderer

REPEATS = 8
BUDGET_MS = 8.0


def paint_times(deck: Deck, repeats: int = REPEATS) -> dict[str, list[float]]:
    """Milliseconds per paint of every slide, fully built, grouped by layout."""
    renderer = SlideRenderer(deck)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    target = QRectF(0, 0, WIDTH, HEIGHT)
    times: dict[str, list[float]] = defaultdict(list)

    def paint(index: int) -> float:
        start = time.thread_time()
        painter = QPainter(image)
        renderer.paint(painter, target, index)
        painter.end()
        return (time.thread_time() - start) * 1000

    for index, slide in enumerate(deck.slides):
        paint(index)
        times[slide.layout].extend(paint(index) for _ in range(repeats))
    return times


def run(generated: Path) -> list[Figure]:
    times: dict[str, list[float]] = defaultdict(list)
    for deck in (load_deck(bundled_deck()), load_deck(generated)):
        for layout, values in paint_times(deck).items():
            times[layout].extend(values)
    figures = []
    for layout in sorted(times):
        values = times[layout]
        p95 = percentile(values, 95)
        figures.append(
            Figure(
                "paint 1920×1080",
                f"{layout} p95",
                p95,
                "ms",
                f"≤ {BUDGET_MS:g} ms",
                p95 <= BUDGET_MS,
                note=f"p50 {percentile(values, 50):.2f} ms, n={len(values)}",
            )
        )
    return figures
