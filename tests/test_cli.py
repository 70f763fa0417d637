"""The `agora` command as a user runs it: exit codes, messages, no tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.cli.main import main
from tests.conftest import MINIMAL_DECK


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"agora {__version__}"


def test_check_bundled_deck_passes_with_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "Open vs. Closed AI" in out
    assert "slides in" in out and "arguments" in out and "quiz questions" in out


def test_check_broken_deck_exits_1_with_located_errors(
    make_deck, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_deck(MINIMAL_DECK.replace("layout: title", "layout: nope"))
    assert main(["check", str(root)]) == 1
    err = capsys.readouterr().err
    assert "deck.yaml:16:9: error: unknown layout 'nope'" in err
    assert "Traceback" not in err


def test_check_accepts_the_deck_yaml_path(make_deck) -> None:
    assert main(["check", str(make_deck() / "deck.yaml")]) == 0


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--no-such-flag"]) == 2
    assert "usage:" in capsys.readouterr().err


def test_python_m_runs_the_same_command_without_traceback(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "missing"), cwd=tmp_path)
    assert result.returncode == 1
    assert "deck folder not found" in result.stderr
    assert "Traceback" not in result.stderr


def test_gui_without_display_explains_instead_of_crashing(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in __import__("os").environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "no display" in result.stderr


def test_opening_a_broken_deck_reports_it_before_starting_qt(make_deck) -> None:
    """The deck loads before the GUI toolkit: a broken one costs no window and no Qt start."""
    root = make_deck(MINIMAL_DECK.replace("layout: title", "layout: nope"))
    code = (
        "import sys; from desktop_app.cli.main import main; code = main([sys.argv[1]]); "
        "print(code, any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(root)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip() == "1 False"
    assert "deck.yaml:16:9: error: unknown layout 'nope'" in result.stderr
