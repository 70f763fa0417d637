"""`agora present` on a real X server follows an edit of the deck within a second.

The presenter is started as `agora present` starts it (`cli.gui.start_gui`),
on Xvfb with a window manager; the deck file is edited while the console is
on screen, and the console's current slide, the room's view and the
thumbnails must all show the edit, on the same slide, within a second.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_audience_x11 import xvfb  # noqa: F401 - the shared Xvfb fixture

pytestmark = pytest.mark.xvfb

DECK = """\
format: 1
title: Live
sections:
  - id: a
    title: A
    slides:
      - {{id: first, layout: title, title: First}}
      - {{id: second, layout: title, title: {title}}}
      - {{id: third, layout: title, title: Third}}
"""

SCRIPT = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from desktop_app.cli.gui import start_gui
from desktop_app.cli.main import build_parser

deck = Path(sys.argv[1])
args = build_parser("present").parse_args(["present", str(deck), "--start", "2"])
app, presenter = start_gui("present", deck, args)
console, state = presenter.console, presenter.state
views = {"current": console.current, "room": console.room.slide_view,
         "thumbnails": console.thumbnails.viewport()}
before, facts = {}, {}

def edit():
    for name, view in views.items():
        before[name] = view.grab().toImage()
    facts["t0"] = time.monotonic()
    deck.joinpath("deck.yaml").write_text(sys.argv[2], encoding="utf-8")

def reloaded():
    facts["reload_s"] = time.monotonic() - facts["t0"]
    QTimer.singleShot(50, check)

def check():
    changed = {n: v.grab().toImage() != before[n] for n, v in views.items()}
    if not all(changed.values()) and time.monotonic() - facts["t0"] < 1.0:
        QTimer.singleShot(50, check)
        return
    model = console.thumbnails.model()
    print(json.dumps({
        "changed": changed,
        "shown_s": time.monotonic() - facts.pop("t0"),
        "reload_s": facts["reload_s"],
        "slide": state.slide.id,
        "current": console.current.renderer.deck.slides[state.index].title,
        "room": console.room.slide_view.renderer.deck.slides[state.index].title,
        "thumbnail": model.data(model.index(state.index, 0), 3),
    }), flush=True)
    app.quit()

state.deckChanged.connect(reloaded)
console.current.firstPainted.connect(lambda: QTimer.singleShot(500, edit))
QTimer.singleShot(20000, app.quit)
app.exec()
"""


def test_present_follows_an_edit_on_the_same_slide_within_a_second(
    xvfb: dict[str, str],  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    deck = tmp_path / "deck"
    deck.mkdir()
    (deck / "deck.yaml").write_text(DECK.format(title="Before"), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(deck), DECK.format(title="After the edit")],
        env=xvfb,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no report (exit {done.returncode}): {done.stderr[-2000:]}"
    seen = json.loads(lines[-1])
    assert seen["slide"] == "second"
    assert seen["current"] == seen["room"] == seen["thumbnail"] == "After the edit"
    assert seen["changed"] == {"current": True, "room": True, "thumbnails": True}
    assert seen["shown_s"] < 1.0, seen
