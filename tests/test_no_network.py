"""Agora never touches the network: classrooms are offline and student data stays local.

A whole session runs in a child process (open the deck, navigate every
step, export a PDF, open the presenter console and study mode where they
exist) under a guard installed through `sitecustomize`: any attempt to
connect, resolve a name or bind a network socket is recorded and refused.
At the end the child also reports whether QtNetwork was ever imported and
which of its open file descriptors are internet sockets (per /proc).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

GUARD = """
import json, os, socket

_LOG = os.environ["AGORA_NET_LOG"]


def _refuse(what, detail):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(json.dumps([what, repr(detail)]) + "\\n")
    raise OSError(f"network access refused by test guard: {what} {detail!r}")


def _guard_method(name):
    original = getattr(socket.socket, name)

    def guarded(self, *args):
        if self.family != socket.AF_UNIX:
            _refuse(f"socket.{name}", args)
        return original(self, *args)

    setattr(socket.socket, name, guarded)


for _name in ("connect", "connect_ex", "bind", "sendto"):
    _guard_method(_name)
socket.create_connection = lambda *a, **k: _refuse("create_connection", a)
socket.getaddrinfo = lambda *a, **k: _refuse("getaddrinfo", a)
socket.gethostbyname = lambda *a, **k: _refuse("gethostbyname", a)
"""

SESSION = """
import json, os, sys, tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from desktop_app.app import application
from desktop_app.cli.main import build_parser
from desktop_app.loader import load_deck
from desktop_app.paths import bundled_deck
from desktop_app.state.presentation import PresentationState
from desktop_app.views.slide_view import SlideView

opened = []
app = application()
deck = load_deck(bundled_deck())
keep = []
for command, module, launcher in (("open", "audience", "launch_audience"),
                                  ("present", "presenter", "launch_presenter"),
                                  ("study", "study", "launch_study")):
    try:
        launch = getattr(__import__(f"desktop_app.views.{module}", fromlist=[launcher]), launcher)
    except (ImportError, AttributeError):
        continue
    keep.append(launch(deck, build_parser().parse_args([command, str(bundled_deck())])))
    opened.append(module)
    QCoreApplication.processEvents()

state = PresentationState(deck)
view = SlideView(deck)
view.resize(640, 360)
view.show()
state.positionChanged.connect(view.set_position)
image = QImage(640, 360, QImage.Format.Format_ARGB32_Premultiplied)
while state.next_position() is not None:
    state.next()
    view.render(image)
    QCoreApplication.processEvents()

from desktop_app.export.job import ExportJob
from desktop_app.export.options import ExportOptions

out = Path(tempfile.mkdtemp()) / "deck.pdf"
ExportJob(deck, ExportOptions(output=out, builds="all", pdf_notes=True,
                              comparison_pages=True)).run()
QCoreApplication.processEvents()

inet = set()
for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
    try:
        with open(f"/proc/self/net/{table}", encoding="ascii") as f:
            inet.update(line.split()[9] for line in list(f)[1:])
    except OSError:
        pass
sockets = []
for fd in os.listdir("/proc/self/fd"):
    try:
        target = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        continue
    if target.startswith("socket:[") and target[8:-1] in inet:
        sockets.append(target)
print(json.dumps({"opened": opened, "pdf": out.stat().st_size,
                  "qtnetwork": [m for m in sys.modules if "QtNetwork" in m],
                  "inet_sockets": sockets}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_full_session_opens_no_network_socket(tmp_path: Path) -> None:
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    log = tmp_path / "network.log"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        AGORA_NET_LOG=str(log),
        PYTHONPATH=os.pathsep.join([str(guard), str(REPO)]),
    )
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SESSION)],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    attempts = log.read_text(encoding="utf-8") if log.exists() else ""
    assert attempts == "", f"network access attempted:\n{attempts}"
    assert report["qtnetwork"] == []
    assert report["inet_sockets"] == []
    assert report["pdf"] > 1000


def test_the_guard_would_catch_a_connection(tmp_path: Path) -> None:
    """The guard itself works, so a silent pass above means something."""
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    log = tmp_path / "network.log"
    env = dict(os.environ, AGORA_NET_LOG=str(log), PYTHONPATH=str(guard))
    probe = (
        "import socket\n"
        "try:\n    socket.create_connection(('127.0.0.1', 9))\nexcept OSError:\n    pass\n"
    )
    subprocess.run([sys.executable, "-c", probe], env=env, check=True, timeout=60)
    assert "create_connection" in log.read_text(encoding="utf-8")
