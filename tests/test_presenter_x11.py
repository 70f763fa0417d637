"""Presenter mode on a real X server with two monitors (Xorg's dummy driver).

Checks what the offscreen tests cannot: that a window manager and the X
server put the console on the laptop screen and the audience window
full-screen on the projector. Needs the Debian packages xserver-xorg-core,
xserver-xorg-video-dummy, x11-xserver-utils (xrandr), x11-utils (xdpyinfo)
and xdotool; openbox is used when present. Skipped when any is missing.
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
DUMMY_DRIVER = Path("/usr/lib/xorg/modules/drivers/dummy_drv.so")
XORG_CONF = f"""\
Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 256000
EndSection
Section "Monitor"
  Identifier "mon"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
  Modeline "{W}x{H}" 148.50 {W} {W + 88} {W + 132} {W + 280} {H} {H + 4} {H + 9} {H + 45}
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "mon"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual {2 * W} {H}
  EndSubSection
EndSection
Section "ServerFlags"
  Option "AutoAddDevices" "false"
EndSection
"""


def _free_display() -> int:
    for n in range(150, 200):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    pytest.skip("no free X display number")


@pytest.fixture
def two_monitors(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An Xorg server with two 1920×1080 monitors side by side; yields its environment."""
    tools = ("Xorg", "xrandr", "xdpyinfo", "xdotool")
    missing = [t for t in tools if shutil.which(t) is None]
    if missing or not DUMMY_DRIVER.exists():
        pytest.skip(f"needs the Xorg dummy video driver and {', '.join(tools)}")
    display = f":{_free_display()}"
    conf = tmp_path / "xorg.conf"
    conf.write_text(XORG_CONF, encoding="utf-8")
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    procs: list[subprocess.Popen[bytes]] = []
    log = tmp_path / "xorg.log"
    procs.append(
        subprocess.Popen(
            [
                "Xorg",
                display,
                "-config",
                str(conf),
                "-noreset",
                "-nolisten",
                "tcp",
                "-logfile",
                str(log),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    )

    def up() -> bool:
        return subprocess.run(["xdpyinfo"], env=env, capture_output=True).returncode == 0

    try:
        if not wait_for(up, 15):
            pytest.skip(f"Xorg with the dummy driver did not start (see {log})")
        for args in (
            ["--output", "DUMMY0", "--mode", f"{W}x{H}", "--pos", "0x0"],
            ["--addmode", "DUMMY1", f"{W}x{H}"],
            ["--output", "DUMMY1", "--mode", f"{W}x{H}", "--right-of", "DUMMY0"],
        ):
            subprocess.run(["xrandr", *args], env=env, capture_output=True, check=False)
        start_window_manager(env, procs)
        yield env
    finally:
        stop(procs)


def test_console_and_audience_on_different_monitors(
    two_monitors: dict[str, str], tmp_path: Path
) -> None:
    env = {
        **two_monitors,
        "PYTHONPATH": str(REPO),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    output = tmp_path / "app.log"
    with output.open("wb") as sink:
        app = subprocess.Popen(
            [sys.executable, "-m", "desktop_app", "present", "--start", "2"],
            env=env,
            cwd=tmp_path,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:

        def placed() -> bool:
            audience = window_geometry(env, "Audience")
            console = window_geometry(env, "Presenter console")
            return (
                audience is not None
                and console is not None
                and audience[2:] == (W, H)
                and audience[0] >= W
            )

        ok = wait_for(placed, 30)
        audience = window_geometry(env, "Audience")
        console = window_geometry(env, "Presenter console")
        assert app.poll() is None, output.read_text(errors="replace")
        assert ok, f"audience {audience}, console {console}"
        assert audience is not None and console is not None
        assert console[0] < W  # the speaker's console stays on the laptop screen
        assert audience == (W, 0, W, H)  # the room's window fills the projector

        subprocess.run(["xdotool", "key", "--clearmodifiers", "Escape"], env=env, check=True)
        assert wait_for(lambda: app.poll() is not None, 20), "Esc did not end the show"
        assert app.returncode == 0
    finally:
        if app.poll() is None:
            app.kill()
        app.wait(10)
