"""Faults a classroom machine meets: files vanishing mid-talk, full or read-only disks,
a killed process, a mangled settings file. Each must end in a clear message
and nothing lost, never in a traceback or a blank screen.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.app import settings
from desktop_app.cli.main import build_parser
from desktop_app.loader import check_deck, load_deck
from desktop_app.paths import bundled_deck
from desktop_app.state.deck_watcher import DeckWatcher
from desktop_app.state.presentation import PresentationState
from desktop_app.study.store import StudyStore

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def live_deck(tmp_path: Path) -> Path:
    return Path(shutil.copytree(bundled_deck(), tmp_path / "deck"))


# -- deck files change under a running talk ------------------------------------------------


def test_truncated_deck_keeps_the_last_good_deck_and_says_where(qtbot, live_deck: Path) -> None:
    state = PresentationState(load_deck(live_deck))
    state.goto(5)
    shown, count = state.slide, state.count
    watcher = DeckWatcher(state, live_deck, check_deck)
    deck_file = live_deck / "deck.yaml"
    text = deck_file.read_bytes()
    with qtbot.waitSignal(watcher.failed, timeout=5000) as failed:
        deck_file.write_bytes(text[: len(text) // 3])
    problems = failed.args[0]
    assert problems and all(p.file.name == "deck.yaml" for p in problems)
    assert any(p.line > 0 for p in problems)
    assert state.slide is shown and state.count == count
    with qtbot.waitSignal(watcher.reloaded, timeout=5000):
        deck_file.write_bytes(text)
    assert state.slide is not None and state.slide.id == shown.id


def test_deleted_markdown_file_is_reported_by_name(qtbot, live_deck: Path) -> None:
    state = PresentationState(load_deck(live_deck))
    watcher = DeckWatcher(state, live_deck, check_deck)
    before = state.deck
    with qtbot.waitSignal(watcher.failed, timeout=5000) as failed:
        (live_deck / "md" / "open-transparency.md").unlink()
    assert any(
        p.file.name == "open-transparency.md" or "open-transparency.md" in p.message
        for p in failed.args[0]
    ), [p.format() for p in failed.args[0]]
    assert state.deck is before


def test_deleted_deck_file_is_a_located_problem(live_deck: Path) -> None:
    (live_deck / "deck.yaml").unlink()
    deck, problems = check_deck(live_deck)
    assert deck is None
    assert problems and "deck.yaml" in problems[0].format()


# -- export onto a bad disk ----------------------------------------------------------------


def _export(output: Path, *, fsize: int | None = None) -> subprocess.CompletedProcess[str]:
    """Run `agora export` in a child, optionally limited to `fsize` bytes per file."""
    limit = ""
    if fsize is not None:
        limit = (
            f"import resource, signal\nsignal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
            f"resource.setrlimit(resource.RLIMIT_FSIZE, ({fsize}, {fsize}))\n"
        )
    script = limit + textwrap.dedent(f"""
        import sys
        from desktop_app.cli.main import main
        sys.exit(main(["export", {str(bundled_deck())!r}, "-o", {str(output)!r}]))
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_export_onto_a_full_disk_fails_clearly_and_keeps_the_earlier_file(tmp_path: Path) -> None:
    output = tmp_path / "slides.pdf"
    output.write_bytes(b"%PDF-1.4 the earlier export\n")
    done = _export(output, fsize=50_000)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert str(output) in done.stderr and "cannot write" in done.stderr, done.stderr
    assert output.read_bytes() == b"%PDF-1.4 the earlier export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["slides.pdf"], "temporary file left behind"


def test_export_into_a_read_only_folder_fails_clearly(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        folder = Path("/sys")  # root ignores folder modes; sysfs refuses new files to all
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o555)
    done = _export(folder / "slides.pdf")
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "cannot write" in done.stderr and "slides.pdf" in done.stderr, done.stderr
    assert "permission denied" in done.stderr or "read-only" in done.stderr, done.stderr


# -- the study database killed mid-write ---------------------------------------------------

WRITER = """
import sys
from pathlib import Path
from desktop_app.study.store import StudyStore

store = StudyStore.open(Path(sys.argv[1]), "deck/Title")
n = 0
while True:
    store.set_note(f"s{n}", f"note {n} " + "x" * 2000)
    print(n, flush=True)
    n += 1
"""


def test_study_database_killed_mid_write_keeps_every_confirmed_note(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path)], env=env, stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    confirmed = -1
    for line in writer.stdout:
        confirmed = int(line)
        if confirmed >= 150:
            break
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    writer.stdout.close()
    assert writer.returncode == -signal.SIGKILL

    store = StudyStore.open(tmp_path, "deck/Title")
    try:
        assert store.notice is None
        notes = store.notes()
        for n in range(confirmed + 1):
            assert notes[f"s{n}"].startswith(f"note {n} ")
    finally:
        store.close()


# -- a mangled settings file ---------------------------------------------------------------


@pytest.mark.parametrize(
    "garbage",
    [
        b"\x00\xff\xfe\x80 not an ini file \x00",
        b"[audience]\nfullscreen=@Variant(\x00\x00\x00\x7f\x00\x00\x00\x00garbage\ntheme=\xff\xfe\n",
        b"[[[\n=\n" * 1000,
    ],
)
def test_garbage_settings_file_opens_with_defaults(qtbot, garbage: bytes) -> None:
    from desktop_app.views.audience import launch_audience

    path = Path(settings().fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(garbage)
    deck = load_deck(bundled_deck())
    window = launch_audience(deck, build_parser().parse_args(["open"]))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert not window.isFullScreen()
    assert window.state.index == 0
