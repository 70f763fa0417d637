"""Class session results in SQLite: what was asked, who (anonymously) answered what.

One writer thread owns the only writing connection and commits in groups:
it takes every write waiting in its queue, runs them in one transaction,
commits with `synchronous=FULL` (the commit is on disk, WAL fsynced), and
only then completes each caller's future. So an answer the phone sees
acknowledged survives a crash or a kill, and a storm of 300 answers costs
a handful of disk syncs, not 300. Readers (the console at start, the
export, CSV) open their own connections; WAL lets them read while the
writer writes.

Devices are random ids made by the phone: nothing here identifies a
student. The file never leaves the teacher's per-user data folder.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import queue
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.classroom.access import new_token
from desktop_app.classroom.pages import N, Translate

FILE_NAME = "class-results.sqlite3"

SCHEMA = """
CREATE TABLE IF NOT EXISTS session (
    id INTEGER PRIMARY KEY,
    deck TEXT NOT NULL,
    token TEXT NOT NULL,
    code TEXT NOT NULL,
    port INTEGER NOT NULL DEFAULT 0,
    started REAL NOT NULL,
    ended REAL
);
CREATE TABLE IF NOT EXISTS question (
    session INTEGER NOT NULL REFERENCES session(id),
    key TEXT NOT NULL,
    kind TEXT NOT NULL,
    prompt TEXT NOT NULL,
    options TEXT NOT NULL,
    opened REAL NOT NULL,
    closed REAL,
    PRIMARY KEY (session, key)
);
CREATE TABLE IF NOT EXISTS device (
    session INTEGER NOT NULL REFERENCES session(id),
    device TEXT NOT NULL,
    joined REAL NOT NULL,
    PRIMARY KEY (session, device)
);
CREATE TABLE IF NOT EXISTS answer (
    id INTEGER PRIMARY KEY,
    session INTEGER NOT NULL,
    key TEXT NOT NULL,
    device TEXT NOT NULL,
    value TEXT NOT NULL,
    at REAL NOT NULL,
    approved INTEGER NOT NULL DEFAULT 0,
    UNIQUE (session, key, device)
);
"""

#: Letters of a session code: no 0/O, 1/I/L, so it can be read off a projector.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True)
class SessionRecord:
    id: int
    token: str
    code: str
    resumed: bool
    #: The port the session last served on: a resumed session takes it again if it can.
    port: int = 0


@dataclass(frozen=True)
class TextAnswer:
    id: int
    text: str
    approved: bool


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=10, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    return connection


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))


class ResultsStore:
    """The results file of one machine (all decks, all sessions); `close()` ends the writer."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        with contextlib.closing(_connect(path)) as connection:
            connection.executescript(SCHEMA)
        self._queue: queue.SimpleQueue[tuple[Callable[[sqlite3.Connection], Any], Future[Any]]]
        self._queue = queue.SimpleQueue()
        self._writer = threading.Thread(target=self._write_loop, name="agora-results", daemon=True)
        self._writer.start()

    # -- writing (any thread) --------------------------------------------------------------

    def submit(self, work: Callable[[sqlite3.Connection], Any]) -> Future[Any]:
        """Run `work` in the writer's next transaction; the future completes once committed."""
        future: Future[Any] = Future()
        self._queue.put((work, future))
        return future

    def close(self) -> None:
        if self._writer.is_alive():
            done: Future[Any] = Future()
            self._queue.put((_STOP, done))
            self._writer.join(10)

    def _write_loop(self) -> None:
        connection = _connect(self.path)
        try:
            while True:
                batch = [self._queue.get()]
                while len(batch) < 1000:
                    try:
                        batch.append(self._queue.get_nowait())
                    except queue.Empty:
                        break
                stop = any(work is _STOP for work, _ in batch)
                self._commit(connection, [item for item in batch if item[0] is not _STOP])
                if stop:
                    return
        finally:
            connection.close()

    @staticmethod
    def _commit(
        connection: sqlite3.Connection,
        batch: Sequence[tuple[Callable[[sqlite3.Connection], Any], Future[Any]]],
    ) -> None:
        if not batch:
            return
        results: list[tuple[Future[Any], Any, BaseException | None]] = []
        connection.execute("BEGIN IMMEDIATE")
        for work, future in batch:
            connection.execute("SAVEPOINT one")
            try:
                results.append((future, work(connection), None))
                connection.execute("RELEASE one")
            except Exception as exc:  # handed to that caller; the others still commit
                connection.execute("ROLLBACK TO one")
                connection.execute("RELEASE one")
                results.append((future, None, exc))
        try:
            connection.execute("COMMIT")
        except sqlite3.Error as exc:
            connection.execute("ROLLBACK")
            for future, _value, _error in results:
                future.set_exception(exc)
            return
        for future, value, error in results:
            if error is None:
                future.set_result(value)
            else:
                future.set_exception(error)

    # -- sessions -----------------------------------------------------------------------

    def open_session(self, deck: str) -> SessionRecord:
        """Resume the deck's session that never ended (a crash, a kill), else start a new one.

        Resuming keeps the token and code, so the phones of the room simply
        reconnect and every acknowledged answer is still counted.
        """

        def work(connection: sqlite3.Connection) -> SessionRecord:
            row = connection.execute(
                "SELECT id, token, code, port FROM session WHERE deck = ? AND ended IS NULL "
                "ORDER BY id DESC LIMIT 1",
                (deck,),
            ).fetchone()
            if row is not None:
                return SessionRecord(row[0], row[1], row[2], resumed=True, port=row[3])
            token, code = new_token(), new_code()
            cursor = connection.execute(
                "INSERT INTO session (deck, token, code, started) VALUES (?, ?, ?, ?)",
                (deck, token, code, time.time()),
            )
            return SessionRecord(int(cursor.lastrowid or 0), token, code, resumed=False)

        return self.submit(work).result()

    def set_port(self, session: int, port: int) -> Future[Any]:
        return self.submit(
            lambda c: c.execute("UPDATE session SET port = ? WHERE id = ?", (port, session))
        )

    def end_session(self, session: int) -> Future[Any]:
        return self.submit(
            lambda c: c.execute("UPDATE session SET ended = ? WHERE id = ?", (time.time(), session))
        )

    def open_question(
        self, session: int, key: str, kind: str, prompt: str, options: Sequence[tuple[str, str]]
    ) -> Future[Any]:
        """Record (or reopen) a question with its (id, label) options; earlier answers stay."""
        return self.submit(
            lambda c: c.execute(
                "INSERT INTO question (session, key, kind, prompt, options, opened) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session, key) DO UPDATE SET closed = NULL",
                (session, key, kind, prompt, json.dumps([list(o) for o in options]), time.time()),
            )
        )

    def close_question(self, session: int, key: str) -> Future[Any]:
        return self.submit(
            lambda c: c.execute(
                "UPDATE question SET closed = ? WHERE session = ? AND key = ?",
                (time.time(), session, key),
            )
        )

    def join(self, session: int, device: str) -> Future[int]:
        """Count a device as joined (once); the future gives the number joined."""

        def work(connection: sqlite3.Connection) -> int:
            connection.execute(
                "INSERT OR IGNORE INTO device (session, device, joined) VALUES (?, ?, ?)",
                (session, device, time.time()),
            )
            return _joined(connection, session)

        return self.submit(work)

    def answer(
        self, session: int, key: str, device: str, value: str
    ) -> Future[tuple[dict[str, int], int]]:
        """Store a device's answer (replacing its earlier one); gives the new tally and joined.

        A changed free-text answer needs the teacher's approval again.
        """

        def work(connection: sqlite3.Connection) -> tuple[dict[str, int], int]:
            connection.execute(
                "INSERT OR IGNORE INTO device (session, device, joined) VALUES (?, ?, ?)",
                (session, device, time.time()),
            )
            connection.execute(
                "INSERT INTO answer (session, key, device, value, at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (session, key, device) DO UPDATE SET value = excluded.value, "
                "at = excluded.at, approved = 0",
                (session, key, device, value, time.time()),
            )
            return _tally(connection, session, key), _joined(connection, session)

        return self.submit(work)

    def set_approved(self, answer_id: int, approved: bool) -> Future[Any]:
        return self.submit(
            lambda c: c.execute(
                "UPDATE answer SET approved = ? WHERE id = ?", (int(approved), answer_id)
            )
        )

    # -- reading (own connection, any thread) --------------------------------------------

    def _read(self) -> contextlib.closing[sqlite3.Connection]:
        return contextlib.closing(_connect(self.path))

    def tally(self, session: int, key: str) -> dict[str, int]:
        with self._read() as connection:
            return _tally(connection, session, key)

    def joined(self, session: int) -> int:
        with self._read() as connection:
            return _joined(connection, session)

    def texts(self, session: int, key: str) -> list[TextAnswer]:
        with self._read() as connection:
            rows = connection.execute(
                "SELECT id, value, approved FROM answer WHERE session = ? AND key = ? ORDER BY at",
                (session, key),
            ).fetchall()
        return [TextAnswer(row[0], row[1], bool(row[2])) for row in rows]

    def still_open(self, session: int) -> str | None:
        """The key of the question last opened and never closed (a session that crashed)."""
        with self._read() as connection:
            row = connection.execute(
                "SELECT key FROM question WHERE session = ? AND closed IS NULL "
                "ORDER BY opened DESC LIMIT 1",
                (session,),
            ).fetchone()
        return None if row is None else str(row[0])

    def csv(self, session: int, translate: Translate) -> str:
        """Every question with its counts (choices) or approved answers (free text), as CSV.

        `translate` gives the headers and the motion's votes in the deck's language.
        """
        with self._read() as connection:
            return results_csv(_asked(connection, session), translate)


def _tally(connection: sqlite3.Connection, session: int, key: str) -> dict[str, int]:
    rows = connection.execute(
        "SELECT value, COUNT(*) FROM answer WHERE session = ? AND key = ? GROUP BY value",
        (session, key),
    ).fetchall()
    return {str(value): int(count) for value, count in rows}


def _joined(connection: sqlite3.Connection, session: int) -> int:
    row = connection.execute("SELECT COUNT(*) FROM device WHERE session = ?", (session,)).fetchone()
    return int(row[0])


def _STOP(_connection: sqlite3.Connection) -> None:
    """Marker in the writer's queue: finish the batch, then end."""


@dataclass(frozen=True)
class AskedQuestion:
    """One question of a finished session, as the results page and the CSV report it."""

    key: str
    kind: str
    prompt: str
    options: tuple[tuple[str, str], ...]
    tally: dict[str, int]
    approved: tuple[str, ...]


def last_results(path: Path, deck: str) -> list[AskedQuestion]:
    """Every question of the deck's latest session, read without starting a writer.

    Empty when no session of this deck was ever held (or the file is missing).
    """
    if not path.is_file():
        return []
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        row = connection.execute(
            "SELECT id FROM session WHERE deck = ? ORDER BY id DESC LIMIT 1", (deck,)
        ).fetchone()
        if row is None:
            return []
        return _asked(connection, int(row[0]))


def _asked(connection: sqlite3.Connection, session: int) -> list[AskedQuestion]:
    asked = connection.execute(
        "SELECT key, kind, prompt, options FROM question WHERE session = ? ORDER BY opened",
        (session,),
    ).fetchall()
    found = []
    for key, kind, prompt, options in asked:
        approved = connection.execute(
            "SELECT value FROM answer WHERE session = ? AND key = ? AND approved = 1 ORDER BY at",
            (session, key),
        ).fetchall()
        found.append(
            AskedQuestion(
                key,
                kind,
                prompt,
                tuple((o[0], o[1]) for o in json.loads(options)),
                _tally(connection, session, key),
                tuple(str(a[0]) for a in approved),
            )
        )
    return found


#: The CSV's column headers, for a spreadsheet in the deck's language.
CSV_HEADERS = (
    N("ResultsCsv", "question"),
    N("ResultsCsv", "prompt"),
    N("ResultsCsv", "answer"),
    N("ResultsCsv", "count"),
)


def results_csv(asked: Sequence[AskedQuestion], translate: Translate) -> str:
    """Each question's counts per option, or its approved free-text answers, as CSV.

    Headers and the motion's three votes are in `translate`'s language (the
    deck's, as on the results page); the question keys stay ids a script can match.
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([translate("ResultsCsv", header) for header in CSV_HEADERS])
    for q in asked:
        if q.kind == "discussion":
            writer.writerows([q.key, q.prompt, text, 1] for text in q.approved)
            continue
        for option, label in q.options:
            shown = translate("ClassRoom", label) if q.kind == "motion" else label
            writer.writerow([q.key, q.prompt, shown, q.tally.get(option, 0)])
    return out.getvalue()
