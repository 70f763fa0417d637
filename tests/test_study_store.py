"""The student's study data survives reopening, crashes, and damaged or newer files."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from desktop_app.study.store import BOOKMARK, FILENAME, UNDERSTOOD, StudyStore

REPO = Path(__file__).resolve().parent.parent


def test_everything_survives_reopen(tmp_path: Path) -> None:
    store = StudyStore.open(tmp_path, "deck/Title")
    assert store.notice is None
    store.set_note("intro", "Ask about LLaMa")
    store.set_mark("intro", BOOKMARK, True)
    store.set_mark("outro", UNDERSTOOD, True)
    attempt = store.start_attempt("all")
    store.record_answer(attempt, "q1", "2", False)
    store.record_answer(attempt, "q2", "0", True)
    store.set_position("outro")
    store.close()

    again = StudyStore.open(tmp_path, "deck/Title")
    assert again.note("intro") == "Ask about LLaMa"
    assert again.marked(BOOKMARK) == {"intro"}
    assert again.is_marked("outro", UNDERSTOOD)
    assert not again.is_marked("intro", UNDERSTOOD)
    latest = again.latest_answers()
    assert (latest["q1"].correct, latest["q2"].correct) == (False, True)
    assert again.position() == "outro"
    again.close()


def test_decks_are_kept_apart_and_later_answers_win(tmp_path: Path) -> None:
    a = StudyStore.open(tmp_path, "a/A")
    b = StudyStore.open(tmp_path, "b/B")
    a.set_note("s", "mine")
    assert b.note("s") == ""
    first = a.start_attempt("all")
    a.record_answer(first, "q", "1", False)
    second = a.start_attempt("review")
    a.record_answer(second, "q", "0", True)
    assert a.latest_answers()["q"].correct
    assert b.latest_answers() == {}
    a.set_note("s", "  ")
    assert a.notes() == {}
    a.close()
    b.close()


def test_confirmed_data_survives_sigkill(tmp_path: Path) -> None:
    """A process killed mid-write keeps every change it had confirmed."""
    script = textwrap.dedent(f"""
        import sys, pathlib
        sys.path.insert(0, {str(REPO)!r})
        from desktop_app.study.store import StudyStore, BOOKMARK
        store = StudyStore.open(pathlib.Path({str(tmp_path)!r}), "deck/T")
        for i in range(50):
            store.set_note(f"s{{i}}", f"note {{i}}")
        store.set_mark("s1", BOOKMARK, True)
        store.set_note("busy", "still writing 0")
        print("confirmed", flush=True)
        i = 1
        while True:  # killed somewhere in here, maybe mid-transaction
            store.set_note("busy", f"still writing {{i}}")
            i += 1
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "confirmed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()

    store = StudyStore.open(tmp_path, "deck/T")
    assert store.notice is None
    assert {f"s{i}" for i in range(50)} <= set(store.notes())
    assert store.note("s49") == "note 49"
    assert store.is_marked("s1", BOOKMARK)
    assert store.note("busy").startswith("still writing")
    store.close()


def test_corrupt_file_is_moved_aside_with_a_message(tmp_path: Path) -> None:
    garbage = b"this is not a database \x00\xff" * 200
    (tmp_path / FILENAME).write_bytes(garbage)
    store = StudyStore.open(tmp_path, "deck/T")
    assert store.notice is not None and store.notice.error == "file is not a database"
    assert store.notice.newer is None
    kept = list(tmp_path.glob(f"{FILENAME}.corrupt-*"))
    assert len(kept) == 1 and kept[0].name == store.notice.kept_as
    assert kept[0].read_bytes() == garbage  # nothing lost
    store.set_note("s", "fresh start")
    assert store.note("s") == "fresh start"
    store.close()


def test_newer_schema_is_moved_aside_not_downgraded(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / FILENAME)
    conn.execute("CREATE TABLE future(x)")
    conn.execute("PRAGMA user_version=99")
    conn.commit()
    conn.close()
    store = StudyStore.open(tmp_path, "deck/T")
    assert store.notice is not None and store.notice.newer == 99
    kept = list(tmp_path.glob(f"{FILENAME}.newer-*"))
    assert len(kept) == 1
    check = sqlite3.connect(kept[0])
    assert check.execute("PRAGMA user_version").fetchone()[0] == 99
    check.close()
    assert store.notes() == {}
    store.close()
