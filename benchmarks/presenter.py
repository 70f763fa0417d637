"""The presenter on a long deck: time to the first painted console, and its memory.

`agora present` on a generated 2,000-slide deck, started in a child process
through `benchmarks/launch.py` (the app's own start-up, timed to the console
slide's `firstPainted` signal). The time is the CPU time the process used
until then, as for export: a shared machine's other load does not count.
After the first paint the console runs on for a moment, so thumbnails and
previews drawn after it count in the peak memory too. For context the same
deck is opened in the audience window: a console that rendered every
thumbnail up front would hold several times its memory and start seconds
later.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.report import Figure, median
from benchmarks.startup import app_command, first_paint

REPEATS = 5
#: Seconds the console keeps running after its first paint before the peak RSS is read.
SETTLE = 1.5
BUDGET_S = 1.0
BUDGET_MB = 200.0


def _runs(command: list[str], home: str) -> dict[str, float]:
    """Medians over REPEATS runs of what the launcher reports."""
    first_paint(command, home)  # warm the file cache and the deck's parse cache
    runs = [first_paint(command, home) for _ in range(REPEATS)]
    return {key: median([r[key] for r in runs]) for key in runs[0]}


def run(deck: Path) -> list[Figure]:
    settle = ["--settle", str(SETTLE)]
    with tempfile.TemporaryDirectory(prefix="agora-bench-") as home:
        console = _runs(app_command(*settle, "present", str(deck)), home)
        audience = _runs(app_command(*settle, "open", str(deck)), home)
    seconds, rss = console["first-paint-cpu"], console["rss-peak"]
    slides = "2,000 slides"
    return [
        Figure(
            "presenter",
            f"first painted console, {slides}",
            seconds,
            "s",
            f"≤ {BUDGET_S:g} s",
            seconds <= BUDGET_S,
            note=f"CPU time, median of {REPEATS}; {console['first-paint']:.2f} s wall, offscreen",
        ),
        Figure(
            "presenter",
            f"peak RSS, {slides}",
            rss,
            "MB",
            f"≤ {BUDGET_MB:g} MB",
            rss <= BUDGET_MB,
            note=f"{SETTLE:g} s after the first paint; audience window "
            f"{audience['rss-peak']:.0f} MB",
        ),
    ]
