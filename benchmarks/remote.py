"""Phone remote latency: a tap on Next until the room's slide has changed, over loopback.

A client thread plays the phone: it sends `POST /api/remote/command` to
the real remote server (aiohttp on its own thread) and waits until the GUI
thread reports that the room's view has painted the new slide. The GUI
thread runs its event loop meanwhile, as in a talk; the tap crosses the
server thread, a queued signal, the presenter's Next command, the state,
and a synchronous paint of the room's view at 1920×1080. Times are wall
clock (the path crosses threads), so a loaded machine adds to them; the
budget is 100 ms p95.
"""

from __future__ import annotations

import http.client
import json
import threading
import time

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from benchmarks.report import Figure, percentile
from desktop_app.app import settings
from desktop_app.classroom.server import DEVICE_HEADER, TOKEN_HEADER
from desktop_app.loader import load_deck
from desktop_app.paths import bundled_deck
from desktop_app.render.canvas import HEIGHT, WIDTH
from desktop_app.state.presentation import PresentationState
from desktop_app.views.presenter import Presenter

BUDGET_MS = 100.0
TAPS = 40
#: Seconds between taps: within the per-device rate limit, as a speaker is.
PAUSE = 0.25
PHONE = "bench-phone-aaaaaaaaaaaa"


def run() -> list[Figure]:
    p = Presenter(PresentationState(load_deck(bundled_deck())), settings())
    p.show()
    room = p.console.room if p.console.rehearsal else p.audience
    room.resize(WIDTH, HEIGHT)
    view = room.slide_view
    taps = min(TAPS, _positions(p.state))
    url = p.start_remote("127.0.0.1")
    assert p.remote is not None
    port, token = int(url.split(":")[2].split("/")[0]), p.remote.token
    headers = {TOKEN_HEADER: token, DEVICE_HEADER: PHONE, "Content-Type": "application/json"}
    painted = threading.Event()
    times: list[float] = []
    failures: list[str] = []

    def room_moved() -> None:
        view.repaint()  # the room's picture of the new slide, painted now
        painted.set()

    p.state.positionChanged.connect(room_moved)

    def phone() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            body = json.dumps({"label": "bench"}).encode()
            connection.request("POST", "/api/remote/pair", body=body, headers=headers)
            connection.getresponse().read()
            approved.wait(10)
            tap = json.dumps({"command": "next"}).encode()
            for _ in range(taps):
                time.sleep(PAUSE)  # a speaker taps now and then, not 50 times a second
                painted.clear()
                start = time.perf_counter()
                connection.request("POST", "/api/remote/command", body=tap, headers=headers)
                reply = connection.getresponse()
                reply.read()
                if reply.status != 202 or not painted.wait(5):
                    failures.append(f"tap answered {reply.status}")
                    break
                times.append((time.perf_counter() - start) * 1000)
        except OSError as exc:
            failures.append(str(exc))
        finally:
            connection.close()
            finished.set()

    approved, finished = threading.Event(), threading.Event()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)

    def check() -> None:
        if not approved.is_set() and p.remote is not None and p.remote.pending():
            p.remote.approve(p.remote.pending()[0].device)
            approved.set()
        if finished.is_set():
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    worker = threading.Thread(target=phone, name="bench-phone")
    worker.start()
    loop.exec()
    worker.join()
    poll.stop()
    p.remote.stop()
    p.console.close()
    QCoreApplication.processEvents()
    if failures or not times:
        raise RuntimeError(f"remote benchmark failed: {failures[:1]}")
    p95 = percentile(times, 95)
    return [
        Figure(
            "remote",
            "tap on Next → room's slide painted, p95 (loopback)",
            p95,
            "ms",
            f"≤ {BUDGET_MS:.0f} ms",
            p95 <= BUDGET_MS,
            note=f"p50 {percentile(times, 50):.1f} ms, n={len(times)}",
        )
    ]


def _positions(state: PresentationState) -> int:
    """How many taps on Next the deck takes from its first slide to its last build step."""
    state.first()
    deck, position, count = state.deck, state.next_position(), 0
    while position is not None:
        count += 1
        position = deck.next_position(*position)
    return count
