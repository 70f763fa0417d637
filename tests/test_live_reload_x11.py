"""On a real X server, an edit of the deck reaches every window within a second.

Each app is started as `agora present` / `agora study` start it
(`cli.gui.start_gui`), on Xvfb with a window manager; a deck file is edited
while the window is on screen. In the presenter, the console's current slide,
the room's view and the thumbnails must all show the edit, on the same
slide; in study mode the slide, the contents and the text; with the
comparison shown, the selected argument's detail on the console and in the
room, and both grids.
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
debate: debate.yaml
sections:
  - id: a
    title: A
    slides:
      - {{id: first, layout: title, title: First}}
      - {{id: second, layout: title, title: {title}}}
      - {{id: third, layout: title, title: Third}}
"""

DEBATE = """\
format: 1
motion: {{text: Models should be open., for: open, against: closed}}
positions:
  - {{id: open, label: Open, stance: Release.}}
  - {{id: closed, label: Closed, stance: Keep.}}
dimensions:
  - {{id: a, title: Access}}
arguments:
  - {{id: open-a, side: open, dimension: a, title: Open A, summary: Open on access.}}
  - {{id: closed-a, side: closed, dimension: a, title: {title}, summary: Closed on it.}}
"""

#: Runs `agora COMMAND` in-process on the X server, edits a file once the first slide is
#: on screen, and reports as JSON what each window shows afterwards and how soon.
SCRIPT = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from desktop_app.cli.gui import start_gui
from desktop_app.cli.main import build_parser

mode, deck, edited_file, edited_text = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4]
command = "study" if mode == "study" else "present"
extra = ["--start", "2"] if command == "present" else []
args = build_parser(command).parse_args([command, str(deck), *extra])
app, window = start_gui(command, deck, args)
state = window.state
if mode == "study":
    window.go(1)
    first = window.reader.slide
    views = {"slide": first, "contents": window.toc.viewport(),
             "text": window.reader.text.viewport()}
    def shown():
        title, text = state.slide.title, window.reader.text.toPlainText()
        return {"slide": first.renderer.deck.slides[state.index].title,
                "contents": window.toc.currentItem().text(0).strip(),
                "text": title if title in text.splitlines() else text[:80]}
elif mode == "present":
    console = window.console
    first = console.current
    views = {"current": first, "room": console.room.slide_view,
             "thumbnails": console.thumbnails.viewport()}
    def shown():
        model = console.thumbnails.model()
        return {"current": first.renderer.deck.slides[state.index].title,
                "room": console.room.slide_view.renderer.deck.slides[state.index].title,
                # AccessibleTextRole, "Slide N: title" (the tooltip is escaped rich text)
                "thumbnails": model.data(model.index(state.index, 0), 11).split(": ", 1)[1]}
else:
    first = window.console.current
    views = {}
    def shown():
        driver, room = window.comparison.driver(), window.comparison.shown()[0]
        return {"console": driver.detail.argument.title, "room": room.detail.argument.title}

before, facts = {}, {}

def edit():
    if mode == "comparison":
        window.actions.comparison.trigger()
        state.comparison.select("closed-a", True)
        driver, room = window.comparison.driver(), window.comparison.shown()[0]
        views.update(console=driver.canvas, room=room.canvas)
    for name, view in views.items():
        before[name] = view.grab().toImage()
    facts["t0"] = time.monotonic()
    deck.joinpath(edited_file).write_text(edited_text, encoding="utf-8")

def reloaded():
    QTimer.singleShot(50, check)

def check():
    changed = {n: v.grab().toImage() != before[n] for n, v in views.items()}
    if not all(changed.values()) and time.monotonic() - facts["t0"] < 1.0:
        QTimer.singleShot(50, check)
        return
    print(json.dumps({"changed": changed, "shown": shown(), "slide": state.slide.id,
                      "seconds": time.monotonic() - facts["t0"]}), flush=True)
    app.quit()

state.deckChanged.connect(reloaded)
first.firstPainted.connect(lambda: QTimer.singleShot(500, edit))
QTimer.singleShot(20000, app.quit)
app.exec()
"""


@pytest.mark.parametrize(
    ("mode", "edited"),
    [("present", "deck.yaml"), ("study", "deck.yaml"), ("comparison", "debate.yaml")],
)
def test_an_edit_reaches_every_window_on_the_same_slide_within_a_second(
    xvfb: dict[str, str],  # noqa: F811 - the fixture imported above
    tmp_path: Path,
    mode: str,
    edited: str,
) -> None:
    deck = tmp_path / "deck"
    deck.mkdir()
    texts = {"deck.yaml": DECK, "debate.yaml": DEBATE}
    before = {"deck.yaml": "Before", "debate.yaml": "Closed A"}
    for name, text in texts.items():
        (deck / name).write_text(text.format(title=before[name]), encoding="utf-8")
    new = "After the edit"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode, str(deck), edited, texts[edited].format(title=new)],
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
    assert set(seen["shown"].values()) == {new}, seen["shown"]
    assert all(seen["changed"].values()), seen["changed"]
    assert seen["seconds"] < 1.0, seen
