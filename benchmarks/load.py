"""Deck load and validation time (`check_deck`), which `agora check`, every window
and every live reload pay. It should grow linearly with the number of slides.

Two figures per deck: the first open of a deck (or of an edited one), which
parses its YAML, and every later open, which reads the parse cache.
"""

from __future__ import annotations

import gc
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.export import linearity
from benchmarks.report import Figure, median
from desktop_app.loader import check_deck
from desktop_app.paths import bundled_deck

#: Loads of a small deck take a few milliseconds, so single runs are noisy.
REPEATS = 9


@contextmanager
def _cache_folder(folder: str) -> Iterator[None]:
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = folder
    try:
        yield
    finally:
        if before is None:
            del os.environ["XDG_CACHE_HOME"]
        else:
            os.environ["XDG_CACHE_HOME"] = before


def load_time(deck: Path, repeats: int, cached: bool) -> tuple[float, int]:
    """Median load time, from a warm parse cache or an empty one each time.

    The benchmark process holds the earlier topics' objects; frozen out of
    the garbage collector, they no longer slow the larger decks' collections,
    so the figure is the loader's and not this process's history.
    """
    times, count = [], 0
    with tempfile.TemporaryDirectory(prefix="agora-bench-cache-") as home:
        for run in range(repeats + (1 if cached else 0)):
            folder = home if cached else os.path.join(home, str(run))
            gc.collect()
            gc.freeze()
            with _cache_folder(folder):
                start = time.perf_counter()
                loaded, problems = check_deck(deck)
                taken = time.perf_counter() - start
            gc.unfreeze()
            if not cached or run > 0:  # a cached series starts by filling the cache
                times.append(taken)
        if loaded is None:
            raise RuntimeError(f"{deck} does not load: {problems[0].format()}")
        count = len(loaded.slides)
    return median(times), count


def run(decks: dict[int, Path]) -> list[Figure]:
    figures: list[Figure] = []
    for topic, cached in (("load + check", True), ("parse + load + check", False)):
        seconds: dict[int, float] = {}
        for name, deck, repeats in [("bundled", bundled_deck(), REPEATS)] + [
            (f"{n} slides", path, REPEATS) for n, path in sorted(decks.items())
        ]:
            taken, count = load_time(deck, repeats, cached)
            if name != "bundled":
                seconds[count] = taken
            figures.append(
                Figure(
                    topic,
                    name,
                    taken * 1000,
                    "ms",
                    note=f"{taken / count * 1000:.2f} ms/slide"
                    + ("" if cached else ", YAML parsed: first open or after an edit"),
                )
            )
        figures += linearity(topic, seconds)
    return figures
