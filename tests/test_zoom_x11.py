"""Zoom on two real monitors (Xorg's dummy driver): see zoom_two_monitors.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_test_file
from tests.test_presenter_x11 import two_monitors  # noqa: F401  (the two-monitor X server)

pytestmark = pytest.mark.xvfb

TESTS = Path(__file__).resolve().parent


def test_z_zooms_the_projector(two_monitors: dict[str, str]) -> None:  # noqa: F811
    result = run_test_file(TESTS / "zoom_two_monitors.py", two_monitors)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout, result.stdout
