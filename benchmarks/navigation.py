"""Slide change latency: `state.next()` until the SlideView has painted the new slide.

The audience presses a clicker and expects the slide at the next frame, so
the budget is one 60 Hz frame. The view is wired to the state as the windows
wire it, and `QWidget.render` runs its paintEvent synchronously at 1920×1080.
Between clicks events are processed, as in a talk, so the view can paint the
next position ahead. The first walk sees every slide for the first time
(cold text caches); later walks are what a rehearsed talk feels like. Times are the
thread's CPU time, so other load on a shared machine does not count.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from benchmarks.report import Figure, percentile
from desktop_app.loader import load_deck
from desktop_app.paths import bundled_deck
from desktop_app.render.canvas import HEIGHT, WIDTH
from desktop_app.render.text import clear_cache
from desktop_app.state.presentation import PresentationState
from desktop_app.views.slide_view import SlideView

FRAME_MS = 1000 / 60


def walk(view: SlideView, state: PresentationState, image: QImage) -> list[float]:
    """Milliseconds for each `next()` through the whole deck, from the first position."""
    state.first()
    view.render(image)
    times = []
    while state.next_position() is not None:
        QCoreApplication.processEvents()  # the pause between clicks: the view prefetches
        start = time.thread_time()
        state.next()
        view.render(image)
        times.append((time.thread_time() - start) * 1000)
    return times


def run() -> list[Figure]:
    clear_cache()
    deck = load_deck(bundled_deck())
    state = PresentationState(deck)
    view = SlideView(deck)
    view.resize(WIDTH, HEIGHT)
    state.positionChanged.connect(view.set_position)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    cold = walk(view, state, image)
    warm = [t for _ in range(3) for t in walk(view, state, image)]
    view.deleteLater()
    budget = f"≤ {FRAME_MS:.1f} ms"
    return [
        Figure(
            "slide change",
            "first visit p95",
            percentile(cold, 95),
            "ms",
            budget,
            percentile(cold, 95) <= FRAME_MS,
            note=f"p50 {percentile(cold, 50):.2f} ms, n={len(cold)}",
        ),
        Figure(
            "slide change",
            "revisit p95",
            percentile(warm, 95),
            "ms",
            budget,
            percentile(warm, 95) <= FRAME_MS,
            note=f"p50 {percentile(warm, 50):.2f} ms, n={len(warm)}",
        ),
    ]
