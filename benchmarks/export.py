"""PDF export, timed as a user runs it: `python -m desktop_app export DECK -o OUT.pdf`.

Each run is its own process, so its time includes start-up and its peak
memory is that export's alone: VmHWM, printed by the child as it exits
(ru_maxrss would also count the benchmark process it was forked from). The budgeted figure is
the process's CPU time (user + system), which other load on a shared
machine does not inflate; wall time is shown beside it. Budgets: the bundled
deck within a second, 500 slides within 15 s, and a cost per extra page that
does not grow with the deck (linear).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.report import Figure, median
from desktop_app.paths import bundled_deck

LINEAR_SLACK = 1.25

#: `agora export ARGS` that reports its peak resident memory on exit.
_EXPORT = """
import atexit, runpy, sys

def peak():
    with open("/proc/self/status") as f:
        kb = next(line.split()[1] for line in f if line.startswith("VmHWM"))
    print("peak-rss-kb", kb, file=sys.stderr)

atexit.register(peak)
sys.argv = ["agora", "export", *sys.argv[1:]]
runpy.run_module("desktop_app", run_name="__main__")
"""


def export_once(deck: Path, out: Path) -> tuple[float, float, int, float]:
    """(CPU seconds, wall seconds, pages, peak MB) of one export in a fresh process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", _EXPORT, str(deck), "-o", str(out)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    stdout, stderr = proc.stdout.read(), proc.stderr.read()  # type: ignore[union-attr]
    if proc.returncode != 0:
        raise RuntimeError(f"export of {deck} failed: {stderr.strip()[-200:]}")
    found = re.search(r": (\d+) pages", stdout)
    peak = re.search(r"peak-rss-kb (\d+)", stderr)
    cpu = usage.ru_utime + usage.ru_stime
    pages = int(found.group(1)) if found else 0
    return cpu, seconds, pages, int(peak.group(1)) / 1024 if peak else 0.0


def run(decks: dict[int, Path]) -> list[Figure]:
    """`decks` maps a slide count to a generated deck folder."""
    runs = [("bundled", bundled_deck(), 3)] + [
        (f"{n} slides", path, 3) for n, path in sorted(decks.items())
    ]
    figures: list[Figure] = []
    cpu: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="agora-bench-") as tmp:
        for name, deck, repeats in runs:
            results = [export_once(deck, Path(tmp) / "out.pdf") for _ in range(repeats)]
            seconds = median([r[0] for r in results])
            wall = median([r[1] for r in results])
            pages = results[0][2]
            peak = max(r[3] for r in results)
            cpu[pages] = seconds
            budget, ok = "", None
            if name == "bundled":
                budget, ok = "≤ 1 s", seconds <= 1.0
            elif name == "500 slides":
                budget, ok = "≤ 15 s", seconds <= 15.0
            figures.append(
                Figure(
                    "export PDF",
                    name,
                    seconds,
                    "s",
                    budget,
                    ok,
                    note=f"CPU; wall {wall:.2f} s, {pages / seconds:.0f} pages/s, "
                    f"peak {peak:.0f} MB",
                )
            )
    figures.extend(linearity("export PDF", cpu))
    return figures


def linearity(topic: str, seconds: dict[int, float]) -> list[Figure]:
    """Cost per extra slide between the two largest decks vs. the two below them.

    Differences cancel the fixed start-up cost, which would otherwise make
    small decks look slow per slide.
    """
    sizes = sorted(seconds)
    if len(sizes) < 3:
        return []
    a, b, c = sizes[-3:]
    low = (seconds[b] - seconds[a]) / (b - a)
    high = (seconds[c] - seconds[b]) / (c - b)
    ratio = high / low if low > 0 else float("inf")
    return [
        Figure(
            topic,
            f"cost per slide, {b}-{c} vs {a}-{b}",
            ratio,
            "×",
            f"≤ {LINEAR_SLACK}× (linear)",
            ratio <= LINEAR_SLACK,
            note=f"{high * 1000:.2f} vs {low * 1000:.2f} ms/slide",
        )
    ]
