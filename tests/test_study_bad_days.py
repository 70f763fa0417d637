"""Study data survives bad days: a locked database, a read-only or a full data folder.

None of them is corruption, so nothing is moved aside: what was saved stays on
disk and on screen, the store turns read-only, and study mode says so in a
banner instead of a traceback. Read-only and full folders are real file
systems (a tmpfs mounted read-only or tiny), since root ignores permissions.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.study.store import BOOKMARK, FILENAME, ReadOnly, StudyStore


@contextlib.contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def saved_store(folder: Path) -> None:
    store = StudyStore.open(folder, "deck/T")
    store.set_note("intro", "my note")
    store.set_mark("intro", BOOKMARK, True)
    store.set_position("intro")
    store.close()


def test_a_locked_database_is_waited_for_then_read_only(tmp_path: Path) -> None:
    saved_store(tmp_path)
    store = StudyStore.open(tmp_path, "deck/T")
    turned: list[ReadOnly] = []
    store.on_read_only = turned.append
    other = sqlite3.connect(tmp_path / FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        store.set_position("outro")  # was a traceback: database is locked
        assert store.read_only is ReadOnly.LOCKED and turned == [ReadOnly.LOCKED]
        store.set_note("intro", "lost? no: refused")
        assert store.note("intro") == "my note"
        again = StudyStore.open(tmp_path, "deck/T")  # opened while still locked
        assert again.read_only is ReadOnly.LOCKED and again.notice is None
        assert again.note("intro") == "my note" and again.marked(BOOKMARK) == {"intro"}
        again.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
    store.close()
    assert not list(tmp_path.glob(f"{FILENAME}.*-*"))  # nothing set aside as "corrupt"
    reopened = StudyStore.open(tmp_path, "deck/T")
    assert reopened.read_only is None and reopened.position() == "intro"
    reopened.close()


def test_a_read_only_data_folder_opens_read_only_with_everything(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "data", "1m") as folder:
        saved_store(folder)
        before = (folder / FILENAME).read_bytes()
        remount_read_only(folder)
        store = StudyStore.open(folder, "deck/T")
        assert store.read_only is ReadOnly.READ_ONLY and store.notice is None
        assert store.note("intro") == "my note" and store.position() == "intro"
        store.set_note("intro", "changed")
        store.set_mark("outro", BOOKMARK, True)
        assert store.start_attempt("all") == 0
        store.record_answer(0, "q", "1", True)
        assert store.note("intro") == "my note"
        store.close()
        assert (folder / FILENAME).read_bytes() == before


def test_a_data_folder_that_cannot_be_created_opens_empty_and_read_only(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "data", "1m") as folder:
        remount_read_only(folder)
        store = StudyStore.open(folder / "agora", "deck/T")
        assert store.read_only is ReadOnly.READ_ONLY
        assert store.notes() == {} and store.position() is None
        store.set_note("s", "x")  # no traceback
        store.close()


def test_a_full_disk_turns_read_only_and_keeps_what_was_saved(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "data", "256k") as folder:
        saved_store(folder)
        store = StudyStore.open(folder, "deck/T")
        for i in range(200):  # fill the disk
            store.set_note(f"s{i}", os.urandom(4096).hex())
            if store.read_only is not None:
                break
        assert store.read_only is ReadOnly.FULL
        store.close()
        again = StudyStore.open(folder, "deck/T")
        assert again.note("intro") == "my note" and again.marked(BOOKMARK) == {"intro"}
        again.close()
        assert not list(folder.glob(f"{FILENAME}.*-*"))


def test_study_window_shows_a_banner_when_changes_are_not_saved(qtbot, tmp_path: Path) -> None:
    from desktop_app.loader import load_deck
    from desktop_app.paths import bundled_deck
    from desktop_app.state.presentation import PresentationState
    from desktop_app.views.study import open_study_window

    deck = load_deck(bundled_deck())
    window = open_study_window(PresentationState(deck), tmp_path)
    qtbot.addWidget(window)
    window.show()
    assert not window.store_banner.isVisible()
    other = sqlite3.connect(tmp_path / FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        window.go(1)  # saves the position: locked, so study mode turns read-only
        qtbot.waitUntil(window.store_banner.isVisible)
        assert "Read-only: another program is using your study data" in window.store_banner.text()
        window.notes.editor.setPlainText("a note that cannot be kept")
        window.notes.flush()
        assert "not saved" in window.notes.status.text().lower()
    finally:
        other.execute("ROLLBACK")
        other.close()
    window.close()


def test_poll_and_ink_in_a_read_only_folder_say_so_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.annotations import Annotations, load_annotations, save_annotations
    from desktop_app.poll.tally import PollError, Tally

    with tmpfs(tmp_path / "data", "1m") as folder:
        tally = Tally(folder / "polls" / "deck.json")
        tally.set("before", "open", 3)
        remount_read_only(folder)
        again = Tally.load(folder / "polls" / "deck.json")
        assert again.count("before", "open") == 3
        with pytest.raises(PollError, match="read-only"):
            again.set("before", "open", 4)
        assert Tally.load(folder / "polls" / "deck.json").count("before", "open") == 3
        assert load_annotations(folder / "ink" / "none.json").slide_ids() == []
        with pytest.raises(OSError):  # the ink store reports this on stderr and keeps the ink
            save_annotations(Annotations(), folder, folder / "ink" / "deck.json")


def test_a_damaged_settings_file_is_set_aside_with_a_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop_app.app import settings

    name = Path(settings().fileName())
    name.parent.mkdir(parents=True, exist_ok=True)
    name.write_bytes(b"[a\n\x00\xff\xfe=garbage\n=x\n[[[\n")
    fresh = settings()
    assert fresh.value("anything") is None
    (kept,) = name.parent.glob(name.name + ".damaged-*")
    assert kept.read_bytes().startswith(b"[a\n\x00")  # Qt never rewrote it
    assert f"settings file is damaged; kept as {kept.name}" in capsys.readouterr().err
