"""Zoom on two real monitors (Xorg's dummy driver): see zoom_two_monitors.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_presenter_x11 import two_monitors  # noqa: F401  (the two-monitor X server)

pytestmark = pytest.mark.xvfb

TESTS = Path(__file__).resolve().parent


def test_z_zooms_the_projector(two_monitors: dict[str, str]) -> None:  # noqa: F811
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(TESTS / "zoom_two_monitors.py"),
        ],
        cwd=TESTS.parent,
        env=two_monitors,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout, result.stdout
