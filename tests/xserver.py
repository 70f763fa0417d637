"""Helpers for tests that run real windows on an X server (Xvfb or Xorg)."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from collections.abc import Callable


def wait_for(predicate: Callable[[], bool], seconds: float = 30) -> bool:
    """Poll an external process's state; the deadline only bounds a broken setup."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def window_geometry(env: dict[str, str], title: str) -> tuple[int, int, int, int] | None:
    """(x, y, width, height) of the newest visible window whose title contains `title`."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", title],
        env=env,
        capture_output=True,
        text=True,
    )
    ids = found.stdout.split()
    if not ids:
        return None
    out = subprocess.run(
        ["xdotool", "getwindowgeometry", ids[-1]], env=env, capture_output=True, text=True
    ).stdout
    pos = re.search(r"Position: (-?\d+),(-?\d+)", out)
    size = re.search(r"Geometry: (\d+)x(\d+)", out)
    if not pos or not size:
        return None
    return int(pos[1]), int(pos[2]), int(size[1]), int(size[2])


def start_window_manager(env: dict[str, str], procs: list[subprocess.Popen[bytes]]) -> None:
    """Run openbox when installed, so full screen and placement behave as on a desktop.

    Returns only once openbox manages the screen: a window mapped before that is
    placed by nobody, and on a loaded machine its full-screen request is lost.
    """
    if shutil.which("openbox"):
        procs.append(
            subprocess.Popen(
                ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        )
        wait_for(lambda: _window_manager_running(env))


def _window_manager_running(env: dict[str, str]) -> bool:
    """An EWMH window manager announces itself on the root window."""
    out = subprocess.run(
        ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env, capture_output=True, text=True
    ).stdout
    return "window id" in out


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    """End the window manager and the X server, newest first, killing what hangs."""
    for proc in reversed(procs):
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
