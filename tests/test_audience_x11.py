"""The audience window on a real X server (Xvfb): full screen, painted, driven by keys and mouse.

Offscreen tests cannot show that a real display and window manager give the
window the whole screen, or that what reaches the screen is a slide and not
a blank frame. Skipped when Xvfb or xdotool is missing (`make test` installs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.xserver import start_window_manager, stop, wait_for, window_geometry

pytestmark = pytest.mark.xvfb

REPO = Path(__file__).resolve().parent.parent
W, H = 1920, 1080
GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
image = QGuiApplication.primaryScreen().grabWindow(0).toImage()
colours = {image.pixel(x, y) for x in range(0, image.width(), 16)
           for y in range(0, image.height(), 16)}
image.save(sys.argv[1])
print(len(colours))
"""


@pytest.fixture
def xvfb(tmp_path: Path) -> Iterator[dict[str, str]]:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("needs Xvfb and xdotool")
    number = next(
        n
        for n in range(120, 150)
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists()
    )
    env = {
        **os.environ,
        "DISPLAY": f":{number}",
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": str(REPO),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    procs = [
        subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", f"{W}x{H}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]
    try:
        if not wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 15):
            pytest.skip("Xvfb did not start")
        start_window_manager(env, procs)
        yield env
    finally:
        stop(procs)


def geometry(env: dict[str, str]) -> tuple[int, int, int, int] | None:
    return window_geometry(env, "— Agora")


def grab(env: dict[str, str], file: Path) -> int:
    out = subprocess.run(
        [sys.executable, "-c", GRAB, str(file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return int(out.stdout.strip())


def key(env: dict[str, str], *names: str) -> None:
    subprocess.run(["xdotool", "key", "--delay", "120", *names], env=env, check=True)


def test_full_screen_slides_painted_and_driven_by_keys_and_mouse(
    xvfb: dict[str, str], tmp_path: Path
) -> None:
    log = tmp_path / "app.log"
    with log.open("wb") as sink:
        app = subprocess.Popen(
            [sys.executable, "-m", "desktop_app", "--fullscreen"],
            env=xvfb,
            cwd=tmp_path,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        assert wait_for(lambda: geometry(xvfb) == (0, 0, W, H)), (
            f"window geometry {geometry(xvfb)}; log: {log.read_text(errors='replace')}"
        )
        first = tmp_path / "first.png"
        assert wait_for(lambda: grab(xvfb, first) > 20), "the screen stays blank"

        key(xvfb, "Right", "Right", "Right")
        moved = tmp_path / "moved.png"
        grab(xvfb, moved)
        assert moved.read_bytes() != first.read_bytes(), "keys did not change the slide"

        key(xvfb, "o")
        overview = tmp_path / "overview.png"
        assert wait_for(lambda: grab(xvfb, overview) > 60), "no thumbnail grid"
        key(xvfb, "Escape")

        subprocess.run(["xdotool", "mousemove", "960", "540", "click", "1"], env=xvfb, check=True)
        clicked = tmp_path / "clicked.png"
        grab(xvfb, clicked)
        assert clicked.read_bytes() != moved.read_bytes(), "a click did not advance"

        key(xvfb, "Escape")  # leave full screen
        assert wait_for(lambda: (g := geometry(xvfb)) is not None and g[2:] != (W, H))
        key(xvfb, "ctrl+q")
        assert wait_for(lambda: app.poll() is not None, 20), "Ctrl+Q did not quit"
        assert app.returncode == 0, log.read_text(errors="replace")
    finally:
        if app.poll() is None:
            app.kill()
        app.wait(10)
