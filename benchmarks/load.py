"""Deck load and validation time (`check_deck`), which `agora check`, every window
and every live reload pay. It should grow linearly with the number of slides."""

from __future__ import annotations

import gc
import time
from pathlib import Path

from benchmarks.export import linearity
from benchmarks.report import Figure, median
from desktop_app.loader import check_deck
from desktop_app.paths import bundled_deck


def load_time(deck: Path, repeats: int) -> tuple[float, int]:
    """Median load time. The benchmark process holds the earlier topics' objects;
    frozen out of the garbage collector, they no longer slow the larger decks'
    collections, so the figure is the loader's and not this process's history."""
    times, count = [], 0
    for _ in range(repeats):
        gc.collect()
        gc.freeze()
        start = time.perf_counter()
        loaded, problems = check_deck(deck)
        times.append(time.perf_counter() - start)
        gc.unfreeze()
        if loaded is None:
            raise RuntimeError(f"{deck} does not load: {problems[0].format()}")
        count = len(loaded.slides)
    return median(times), count


def run(decks: dict[int, Path]) -> list[Figure]:
    figures, seconds = [], {}
    for name, deck, repeats in [("bundled", bundled_deck(), 5)] + [
        (f"{n} slides", path, 7) for n, path in sorted(decks.items())
    ]:
        taken, count = load_time(deck, repeats)
        if name != "bundled":
            seconds[count] = taken
        figures.append(
            Figure(
                "load + check",
                name,
                taken * 1000,
                "ms",
                note=f"{taken / count * 1000:.2f} ms/slide",
            )
        )
    return figures + linearity("load + check", seconds)
