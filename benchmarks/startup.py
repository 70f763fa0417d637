"""Start-up: process start to the first painted slide, against a bare Qt window.

Both runs are child processes told their start time in AGORA_BENCH_T0; each
prints `first-paint SECONDS` from its first paintEvent and quits (the app is
started by `benchmarks/launch.py`, which runs the app's own start-up and
listens to the slide's `firstPainted` signal). The bare window is the
floor no PySide6 app can beat on this machine, so the budget is relative to
it. Both run on Qt's offscreen platform so the figure needs no display.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.report import Figure, median
from desktop_app.paths import bundled_deck

REPEATS = 9
LAUNCHER = Path(__file__).with_name("launch.py")
BUDGET_RATIO = 1.5

_BARE_WINDOW = """
import os, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), "#000000")
        print(f"first-paint {time.time() - float(os.environ['AGORA_BENCH_T0']):.4f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)

app = QApplication([])
window = Window()
window.resize(960, 540)
window.show()
app.exec()
"""


def first_paint(command: list[str], home: str) -> dict[str, float]:
    """Start `command` once: its `first-paint` seconds, and what else it reports.

    The app's launcher also reports `first-paint-cpu` seconds and `rss-peak` MB.
    """
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=os.path.join(home, "config"),
        XDG_DATA_HOME=os.path.join(home, "data"),
    )
    env["AGORA_BENCH_T0"] = repr(time.time())
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
    found = {
        key: float(value)
        for key, _, value in (line.partition(" ") for line in done.stdout.splitlines())
        if key in ("first-paint", "first-paint-cpu", "rss-peak")
    }
    if "first-paint" in found:
        return found
    last = (done.stderr.strip().splitlines() or ["no output"])[-1]
    raise RuntimeError(f"{' '.join(command[-3:])} painted nothing (exit {done.returncode}): {last}")


def app_command(*args: str) -> list[str]:
    """`agora ARGS` as users start it, through the launcher that reports its first paint."""
    return [sys.executable, str(LAUNCHER), *args]


def run() -> list[Figure]:
    app_cmd = app_command("open", str(bundled_deck()))
    bare_cmd = [sys.executable, "-c", _BARE_WINDOW]
    bare: list[float] = []
    app: list[float] = []
    with tempfile.TemporaryDirectory(prefix="agora-bench-") as home:
        # Warm the file cache for both, so neither's first run reads from disk: this
        # measures a warm start, and a cold disk would only add noise to the ratio.
        first_paint(bare_cmd, home)["first-paint"]
        with contextlib.suppress(RuntimeError):  # reported by the measured runs below
            first_paint(app_cmd, home)["first-paint"]
        for _ in range(REPEATS):
            bare.append(first_paint(bare_cmd, home)["first-paint"])
            try:
                app.append(first_paint(app_cmd, home)["first-paint"])
            except RuntimeError as exc:
                floor = median(bare)
                return [
                    Figure(
                        "startup", "bare PySide6 window, first paint", floor, "s", note="offscreen"
                    ),
                    Figure(
                        "startup",
                        "agora, first painted slide",
                        0.0,
                        "s",
                        f"≤ {BUDGET_RATIO}× floor",
                        False,
                        note=str(exc)[:120],
                    ),
                ]
    floor, first = median(bare), median(app)
    return [
        Figure("startup", "bare PySide6 window, first paint", floor, "s", note="offscreen"),
        Figure(
            "startup",
            "agora, first painted slide",
            first,
            "s",
            f"≤ {BUDGET_RATIO * floor:.2f} s",
            first <= BUDGET_RATIO * floor,
            note=f"{first / floor:.2f}× floor, offscreen",
        ),
    ]
