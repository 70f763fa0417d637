"""Agora read through AT-SPI, the accessibility bus Orca reads, on a real X server.

Each test starts the real app (`python -m desktop_app ...`) on Xvfb with a
session D-Bus and the AT-SPI bus, presses keys with xdotool, and reads the
tree with pyatspi, the client library of Linux screen readers
(tests/atspi/dump_tree.py, run by Debian's python3, which has it). Skipped
when those Debian packages are missing (`make test` installs them: .ci/sysdeps.sh).
"""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.loader import load_deck
from desktop_app.paths import bundled_deck
from desktop_app.text.reading import slide_reading
from tests.test_accessibility import first_bullets
from tests.xserver import stop, wait_for

pytestmark = pytest.mark.xvfb

REPO = Path(__file__).resolve().parent.parent
DUMP = REPO / "tests" / "atspi" / "dump_tree.py"
LISTEN = REPO / "tests" / "atspi" / "listen.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
#: Roles a user operates; each must have a name (what the a11y-tree tool counts too).
CONTROLS = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "spin button",
    "list",
    "slider",
    "page tab",
}

Node = dict[str, object]


def _have_pyatspi() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    return probe.returncode == 0


@pytest.fixture(scope="module")
def bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """An X server, a session bus and the accessibility bus, shared by this module's tests."""
    tools = ("Xvfb", "xdotool", "dbus-daemon")
    if not all(shutil.which(t) for t in tools) or not Path(BUS_LAUNCHER).exists():
        pytest.skip("needs Xvfb, xdotool, dbus and at-spi2-core")
    if not _have_pyatspi():
        pytest.skip("needs python3-pyatspi")
    home = tmp_path_factory.mktemp("atspi-home")
    number = next(
        n
        for n in range(190, 230)
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists()
    )
    env = {
        **os.environ,
        "DISPLAY": f":{number}",
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "PYTHONPATH": str(REPO),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "run"),
    }
    (home / "run").mkdir(mode=0o700)
    procs = [
        subprocess.Popen(
            ["Xvfb", env["DISPLAY"], "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]
    try:
        if not wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 15):
            pytest.skip("Xvfb did not start")
        daemon = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        procs.append(daemon)  # type: ignore[arg-type]
        assert daemon.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = daemon.stdout.readline().strip()
        procs.append(
            subprocess.Popen(
                [BUS_LAUNCHER, "--launch-immediately"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        yield env
    finally:
        stop(procs)
        for proc in procs:
            if proc.stdout is not None:
                proc.stdout.close()


def read_tree(env: dict[str, str]) -> list[Node]:
    out = subprocess.run(
        [SYSTEM_PYTHON, str(DUMP), "Agora"], env=env, capture_output=True, text=True, timeout=120
    )
    return json.loads(out.stdout) if out.returncode == 0 and out.stdout.strip() else []


def wait_for_tree(env: dict[str, str], ready: Callable[[list[Node]], bool]) -> list[Node]:
    """Read the tree until it shows what the test waits for (an app starting is slow)."""
    found: list[list[Node]] = [[]]

    def check() -> bool:
        found[0] = read_tree(env)
        return ready(found[0])

    wait_for(check, 90)
    return found[0]


@pytest.fixture
def launch(bus: dict[str, str], tmp_path: Path) -> Iterator[Callable[..., subprocess.Popen[bytes]]]:
    """Start the app with its own settings, so no test resumes on another's last slide."""
    started: list[subprocess.Popen[bytes]] = []
    env = {
        **bus,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }

    def start(*args: str) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(
            [sys.executable, "-m", "desktop_app", *args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        started.append(proc)
        return proc

    yield start
    stop(started)  # type: ignore[arg-type]


def press(env: dict[str, str], title: str, *keys: str) -> None:
    """Focus the newest window whose title matches, then press the keys."""
    ids = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--name", title],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout.split()
    assert ids, f"no window titled {title!r}"
    subprocess.run(["xdotool", "windowfocus", "--sync", ids[-1]], env=env, timeout=30)
    subprocess.run(["xdotool", "key", "--delay", "200", *keys], env=env, check=True, timeout=60)


def unnamed_controls(tree: list[Node]) -> list[Node]:
    return [n for n in tree if n["role"] in CONTROLS and not n["name"]]


def named(tree: list[Node], role: str, pattern: str) -> list[Node]:
    return [n for n in tree if n["role"] == role and re.search(pattern, str(n["name"]))]


def test_right_to_the_first_bullet_makes_it_readable(bus, launch) -> None:  # type: ignore[no-untyped-def]
    deck = load_deck(bundled_deck())
    index, presses, bullets = first_bullets(deck)
    launch()
    assert wait_for_tree(bus, lambda t: bool(named(t, "document frame", r"^Slide 1 of")))
    press(bus, "Agora", *["Right"] * presses)
    name = rf"^Slide {index + 1} of"
    tree = wait_for_tree(
        bus,
        lambda t: any(
            bullets[0] in str(n["description"]) for n in named(t, "document frame", name)
        ),
    )
    slide = named(tree, "document frame", name)
    assert slide, f"slide {index + 1} never reached the accessibility bus"
    assert bullets[0] in str(slide[0]["description"])
    assert [n for n in tree if n["role"] == "list item" and n["name"] == bullets[0]]
    assert not [n for n in tree if n["name"] == bullets[1]]  # still hidden at this step
    assert unnamed_controls(tree) == []


def test_slide_changes_and_build_steps_are_announced(bus, launch) -> None:  # type: ignore[no-untyped-def]
    """Orca speaks what changed without the focus moving: the new slide, then each new bullet."""
    deck = load_deck(bundled_deck())
    index, presses, bullets = first_bullets(deck)
    launch()
    assert wait_for_tree(bus, lambda t: bool(named(t, "document frame", r"^Slide 1 of")))
    listener = subprocess.Popen(
        [SYSTEM_PYTHON, str(LISTEN), "0", "180"], env=bus, stdout=subprocess.PIPE, text=True
    )
    assert listener.stdout is not None
    heard: queue.Queue[str] = queue.Queue()
    lines = listener.stdout
    threading.Thread(target=lambda: [heard.put(line) for line in lines], daemon=True).start()

    def announced(seconds: float) -> str | None:
        """The next announcement within `seconds`, or None."""
        try:
            while True:
                event = json.loads(heard.get(timeout=seconds))
                if event["type"] == "object:announcement":
                    return str(event["text"])
        except queue.Empty:
            return None

    try:
        assert heard.get(timeout=60).strip() == "ready"
        # The bus tells the app about a new listener asynchronously, so an event sent
        # at once may not reach it: go to slide 2 and back until one does.
        said = None
        for _ in range(10):
            press(bus, "Agora", "Right")
            said = announced(5)
            if said is not None:
                break
            press(bus, "Agora", "Left")
            announced(5)
        assert said is not None, "no announcement reached the bus"
        assert said.startswith(f"Slide 2 of {len(deck.slides)}: ")
        assert slide_reading(deck, 1, 0).text in said  # the new slide, whole
        press(bus, "Agora", *["Right"] * (presses - 1))
        spoken = [announced(60) for _ in range(presses - 1)]
        assert spoken[-2] is not None and spoken[-2].startswith(f"Slide {index + 1} of")
        assert spoken[-1] == bullets[0]  # only what the build step added
    finally:
        listener.terminate()
        listener.wait(60)
        listener.stdout.close()


def test_every_comparison_card_is_a_named_focusable_object(bus, launch) -> None:  # type: ignore[no-untyped-def]
    deck = load_deck(bundled_deck())
    assert deck.debate is not None
    labels = "|".join(re.escape(p.label) for p in deck.debate.positions)
    launch()
    assert wait_for_tree(bus, lambda t: bool(named(t, "document frame", r"^Slide 1 of")))
    press(bus, "Agora", "c", "a")  # the comparison, every row revealed
    tree = wait_for_tree(bus, lambda t: bool(named(t, "list item", rf"^({labels}): ")))
    cards = named(tree, "list item", rf"^({labels}): ")
    rows = {a.id for a in deck.debate.arguments if a.dimension or a.side == "hybrid"}
    assert len(cards) >= len(rows) - 1 > 0
    assert all(card["focusable"] for card in cards)
    assert unnamed_controls(tree) == []


@pytest.mark.parametrize(
    ("args", "keys", "ready"),
    [
        ((), (), r"^Slide 1 of"),  # the slide, then the menus and overlays built after it
        (("present",), (), r"^Current slide, Slide 1 of"),
        (("study",), (), r"^Slide text and notes$"),
        (("present", "--class", "--bind", "127.0.0.1"), (), r"^Room shows: "),
        ((), ("ctrl+shift+e",), r"^Export"),  # the export dialog
    ],
    ids=["audience", "presenter", "study", "class-session", "export"],
)
def test_no_control_lacks_a_name(bus, launch, args, keys, ready) -> None:  # type: ignore[no-untyped-def]
    launch(*args)
    # Windows build their menus after the first slide: wait for the menu bar too.
    tree = wait_for_tree(
        bus,
        lambda t: (
            bool([n for n in t if re.search(ready, str(n["name"]))])
            and any(n["role"] == "menu bar" for n in t)
        ),
    )
    if keys:
        press(bus, "Agora", *keys)
        tree = wait_for_tree(bus, lambda t: bool(named(t, "dialog", ready)))
    assert [n for n in tree if re.search(ready, str(n["name"]))], "the window never showed"
    assert len(tree) > 20
    assert unnamed_controls(tree) == []
