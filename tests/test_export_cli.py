"""`agora export` as a user runs it: exit codes, messages on stderr, a summary on stdout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli.main import main
from desktop_app.model.deck import Deck

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _gui(qapp) -> None:  # type: ignore[no-untyped-def]
    """In-process runs share pytest-qt's application (the command creates one otherwise)."""


def test_pdf_export_prints_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], deck: Deck
) -> None:
    out = tmp_path / "deck.pdf"
    assert main(["export", "-o", str(out)]) == 0
    stdout = capsys.readouterr().out
    assert stdout.startswith(f"Wrote {out}: {len(deck.slides)} pages, ")
    assert " KB in " in stdout
    assert len(PdfReader(out).pages) == len(deck.slides)


def test_slide_selection_and_notes_layout(tmp_path: Path) -> None:
    out = tmp_path / "n.pdf"
    assert (
        main(
            [
                "export",
                "-o",
                str(out),
                "--layout",
                "notes",
                "--slides",
                "3-5,7",
                "--paper",
                "letter",
            ]
        )
        == 0
    )
    assert len(PdfReader(out).pages) == 4


def test_png_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "png"
    assert (
        main(["export", "-o", str(out), "--format", "png", "--width", "640", "--slides", "1-2"])
        == 0
    )
    assert sorted(p.name for p in out.iterdir()) == ["slide-01.png", "slide-02.png"]
    assert "2 images" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--slides", "30-40"], "--slides: '30-40' is outside the deck's slides 1-27"),
        (["--slides", "x"], "--slides: 'x' is not a slide number"),
        (["--theme", "neon"], "invalid choice: 'neon'"),
        (["--format", "png", "--layout", "handout"], "PNG export draws slides"),
        (["--width", "10", "--format", "png"], "width 10 is outside"),
    ],
)
def test_usage_errors_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["export", "-o", str(tmp_path / "x.pdf"), *args]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_folder_exits_1_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "notafolder"
    blocker.write_text("")
    target = blocker / "deck.pdf"
    assert main(["export", "-o", str(target), "--slides", "1"]) == 1
    err = capsys.readouterr().err
    assert f"cannot write {target}" in err
    assert "Traceback" not in err


def test_broken_deck_exits_1_naming_the_file(
    make_deck,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    root = make_deck("format: 1\ntitle: Broken\nsections: [\n")
    assert main(["export", str(root), "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert "deck.yaml" in err and "nothing was written" in err
    assert not (tmp_path / "x.pdf").exists()


def test_output_that_is_a_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "-o", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_headless_without_qt_platform_set(tmp_path: Path) -> None:
    """No DISPLAY and no QT_QPA_PLATFORM: the command picks the offscreen platform itself."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PYTHONPATH"] = str(REPO)
    out = tmp_path / "h.pdf"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "export",
            "-o",
            str(out),
            "--layout",
            "handout",
            "--paper",
            "a4",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(f"Wrote {out}: ")
    assert run.stderr == ""  # no progress counter when stderr is not a terminal
