"""Memory after 5,000 slide changes vs after the first 100: a leak shows as growth.

Runs in its own process (`python -m benchmarks.memory`), so nothing the other
benchmarks allocated is counted. The state drives an audience view and the
presenter's current and next previews, wired as the windows wire them; every
change is painted and events are processed (prefetch, deferred deletes).
RSS is read from /proc/self/statm.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from benchmarks.report import Figure

CHANGES = 5_000
BASELINE_AT = 100
BUDGET_MB = 5.0


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as f:
        resident = int(f.read().split()[1])
    return resident * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


def worker() -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QImage

    from desktop_app.app import application
    from desktop_app.loader import load_deck
    from desktop_app.paths import bundled_deck
    from desktop_app.state.presentation import PresentationState
    from desktop_app.views.slide_view import SlideView

    application()
    deck = load_deck(bundled_deck())
    state = PresentationState(deck)
    audience, current, upcoming = SlideView(deck), SlideView(deck), SlideView(deck)
    audience.resize(640, 360)
    current.resize(400, 225)
    upcoming.resize(256, 144)
    images = {
        view: QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
        for view in (audience, current, upcoming)
    }

    def follow(index: int, step: int) -> None:
        audience.set_position(index, step)
        current.set_position(index, step)
        upcoming.set_position(*(state.next_position() or (index, step)))

    state.positionChanged.connect(follow)
    baseline = 0.0
    for change in range(1, CHANGES + 1):
        if state.next_position() is None:
            state.first()
        else:
            state.next()
        for view, image in images.items():
            view.render(image)
        QCoreApplication.processEvents()
        if change == BASELINE_AT:
            baseline = rss_mb()
    return {"baseline": baseline, "final": rss_mb()}


def run() -> list[Figure]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"memory worker failed: {done.stderr.strip()[-300:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    growth = result["final"] - result["baseline"]
    return [
        Figure(
            "memory",
            f"RSS growth, change {BASELINE_AT} → {CHANGES:,}",
            growth,
            "MB",
            f"≤ {BUDGET_MB:g} MB",
            growth <= BUDGET_MB,
            note=f"{result['baseline']:.0f} → {result['final']:.0f} MB, audience + 2 previews",
        )
    ]


if __name__ == "__main__":
    print(json.dumps(worker()))
