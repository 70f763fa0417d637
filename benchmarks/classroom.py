"""A storm of answers: 300 phones join a class session and vote within 2 seconds.

The app side runs here as in a talk: a `ClassSession` serving on loopback,
the room's chart (`ClassRoomView`) repainted on every count, and a slide
view that the presenter keeps moving. The students run in a separate
process (`benchmarks/class_load.py`), so their work is not counted as the
server's memory or CPU. Measured:

- answer latency (sent → acknowledged, which means committed to disk), p50 and p99;
- answers lost (sent but never acknowledged nor refused);
- how long after the last acknowledgement the room's chart has painted the final count;
- slide change (`next` → painted, CPU time as in the navigation benchmark) during the storm;
- the server's memory growth over the storm;
- the limit: rooms of 100 to 2,400 until the latency or loss budget fails, and the
  server's CPU per student (load on the machine does not change it).

All phones share 127.0.0.1, so the per-address limits are raised to the
room's size here; per-device limits stay as shipped.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPainter

from benchmarks.report import Figure, percentile
from desktop_app.classroom.limits import Limits
from desktop_app.i18n import deck_words
from desktop_app.loader import load_deck
from desktop_app.paths import bundled_deck
from desktop_app.render.canvas import HEIGHT, WIDTH
from desktop_app.render.class_room import paint_results
from desktop_app.render.theme import theme_for
from desktop_app.state.presentation import PresentationState
from desktop_app.views.classroom.session import ClassSession
from desktop_app.views.slide_view import SlideView

STUDENTS = 300
SPREAD_S = 2.0
FRAME_MS = 1000 / 60
#: Rooms tried, smallest first, to find where the budgets stop holding on this machine.
LIMIT_ROUNDS = (100, 300, 600, 1200, 2400)


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def storm(students: int, folder: Path) -> dict[str, float]:
    """One session, one storm; figures in ms / MB."""
    deck = load_deck(bundled_deck())
    theme = theme_for(deck)
    state = PresentationState(deck)
    view = SlideView(deck)
    view.resize(WIDTH, HEIGHT)
    state.positionChanged.connect(view.set_position)
    slide = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    chart = QImage(WIDTH // 2, HEIGHT // 2, QImage.Format.Format_ARGB32_Premultiplied)
    session = ClassSession(deck, folder)
    limits = Limits(
        address_rate=students * 10.0,
        address_burst=students * 10,
        max_connections=students * 3,
        max_connections_per_address=students * 3,
    )
    painted: list[tuple[float, int]] = []
    dirty = [False]

    def paint_chart() -> None:
        """What the room's widget does on its next paint: one picture per frame, not per answer."""
        if not dirty[0]:
            return
        dirty[0] = False
        painter = QPainter(chart)
        words = deck_words(session.room.language)
        paint_results(painter, QRectF(chart.rect()), theme, session.room, words)
        painter.end()
        painted.append((time.time(), sum(session.room.tally.values())))

    session.roomChanged.connect(lambda: dirty.__setitem__(0, True))
    session.start("127.0.0.1", limits=limits)
    session.show("results")
    while state.next_position() is not None:  # the slide caches warm, as after a rehearsal
        state.next()
        view.render(slide)
    state.first()
    rss_before = _rss_mb()  # server, libraries and slides loaded: growth is the storm's
    cpu_before, main_before = time.process_time(), time.thread_time()
    load = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "benchmarks.class_load",
            session.room.url,
            str(students),
            str(SPREAD_S),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    changes: list[float] = []
    while load.poll() is None:
        QCoreApplication.processEvents()
        paint_chart()
        start = time.thread_time()
        if state.next_position() is None:
            state.first()
        else:
            state.next()
        view.render(slide)
        changes.append((time.thread_time() - start) * 1000)
        time.sleep(0.1)  # a fast presenter: ten clicks a second, all through the storm
    out, _ = load.communicate()
    # Every thread but this one (the GUI's) is the server's: its loop and the results writer.
    server_cpu = (time.process_time() - cpu_before) - (time.thread_time() - main_before)
    result = json.loads(out)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and (not painted or painted[-1][1] < result["acked"]):
        QCoreApplication.processEvents()
        paint_chart()
        time.sleep(0.001)
    final = next((t for t, n in painted if n >= result["acked"]), None)
    rss_after = _rss_mb()
    stored = sum(session.room.tally.values())
    session.stop()
    view.deleteLater()
    latency = result["latency_ms"] or [float("inf")]
    return {
        "p50": percentile(latency, 50),
        "p99": percentile(latency, 99),
        "lost": float(students - result["acked"] - result["refused"] + (result["acked"] - stored)),
        "refused": float(result["refused"]),
        "chart": max(0.0, (final - result["last_ack"]) * 1000) if final else float("inf"),
        "slide_p95": percentile(changes, 95) if changes else 0.0,
        "memory": rss_after - rss_before,
        "cpu_per_student": server_cpu * 1000 / students,
    }


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="agora-bench-class-") as tmp:
        main = storm(STUDENTS, Path(tmp) / "main")
        limit, limit_note = 0, "every room tried within budget"
        for size in LIMIT_ROUNDS:
            trial = main if size == STUDENTS else storm(size, Path(tmp) / f"limit-{size}")
            if trial["p99"] > 100 or trial["lost"] > 0:
                limit_note = (
                    f"{size} over budget: p99 {trial['p99']:.0f} ms, {trial['lost']:.0f} lost"
                )
                break
            limit = size
    topic = "class"
    per_second = 1000 / main["cpu_per_student"] if main["cpu_per_student"] else 0.0
    return [
        Figure(topic, f"answer latency p50 ({STUDENTS} students)", main["p50"], "ms"),
        Figure(
            topic,
            f"answer latency p99 ({STUDENTS} students)",
            main["p99"],
            "ms",
            "≤ 100 ms",
            main["p99"] <= 100,
        ),
        Figure(topic, "answers lost", main["lost"], "answers", "0", main["lost"] == 0),
        Figure(
            topic,
            "room chart shows the final count",
            main["chart"],
            "ms after last answer",
            "≤ 250 ms",
            main["chart"] <= 250,
        ),
        Figure(
            topic,
            "slide change during the storm p95",
            main["slide_p95"],
            "ms",
            f"≤ {FRAME_MS:.1f} ms",
            main["slide_p95"] <= FRAME_MS,
        ),
        Figure(topic, "server memory growth over the storm", main["memory"], "MB"),
        Figure(
            topic,
            "server CPU per student (join, poll, answer)",
            main["cpu_per_student"],
            "ms",
            note=f"one core serves about {per_second:.0f} students a second",
        ),
        Figure(
            topic,
            "largest room within budget, joining within 2 s",
            float(limit),
            "students",
            note=limit_note,
        ),
    ]
