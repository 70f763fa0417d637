"""The first slide is shown before what it does not need is loaded.

Start-up is budgeted against a bare PySide6 window (`make bench`), and every
module imported on the way costs its import and PySide's scan of its source.
The bundled deck opens on a title slide: its first paint must not wait for
Markdown, syntax highlighting, the other slide layouts, pictures, the
screen-reader model or the window's chrome. Each loads when first used, so
these checks pair with the tests that use them (test_renderer,
test_accessibility_atspi, test_audience).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_app.paths import bundled_deck

#: Loaded at the first slide that needs them, not before the first slide.
LATER = (
    "markdown",  # python-markdown: the first text with Markdown in it (and list build steps)
    "pygments",  # the first code block
    "yaml",  # PyYAML: the parse cache serves an unchanged deck
    "html.parser",  # the HTML allow-list's walks and the screen-reader reading
    "desktop_app.render.layouts.comparison",
    "desktop_app.render.layouts.debate",
    "desktop_app.render.layouts.teaching",
    "desktop_app.render.images",
    "PySide6.QtSvg",
    "desktop_app.views.slide_access",
    "desktop_app.text.reading",
    "desktop_app.views.audience_chrome",
    "desktop_app.views.sub_controls",
)

_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from desktop_app.cli.gui import start_gui
from desktop_app.cli.main import build_parser

args = build_parser("open").parse_args(["open", sys.argv[1]])
app, window = start_gui("open", args.deck, args)
loaded = {}

def painted():
    loaded["at first paint"] = sorted(sys.modules)
    QTimer.singleShot(0, app.quit)  # after the chrome, which is queued behind the first paint

window.slide_view.firstPainted.connect(painted)
app.exec()
loaded["slide"] = window.state.deck.slides[window.state.index].layout
loaded["chrome"] = window.menuBar().actions() != []
print(json.dumps(loaded))
"""


def _first_paint(home: Path) -> dict[str, object]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(bundled_deck())],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    )
    found: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return found


def test_the_first_slide_is_painted_before_what_it_does_not_need_loads(tmp_path: Path) -> None:
    _first_paint(tmp_path)  # the first open fills the parse cache, as any first open does
    found = _first_paint(tmp_path)
    assert found["slide"] == "title"
    loaded = set(found["at first paint"])  # type: ignore[arg-type]
    assert "desktop_app.render.layouts.text" in loaded  # the title slide's own layout
    assert sorted(loaded.intersection(LATER)) == []
    assert found["chrome"]  # …and the menus were built once the slide was up
