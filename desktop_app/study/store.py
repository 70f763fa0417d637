"""The student's own data: notes, bookmarks, "understood" marks, quiz answers, last place.

One SQLite file in the user's data folder holds every deck's data, keyed by
the deck's identity (`model.identity`), so a student can move between decks
without losing anything. Each confirmed change is its own transaction in WAL
mode: killing the app at any moment keeps everything the student had already
confirmed. A file that is not a database (or fails SQLite's integrity check),
or one written by a newer Agora, is never overwritten: it is moved aside and
the caller is told, so the student (or IT) can recover it.

Anything else that goes wrong is a bad day, not corruption: a database
locked by another program (waited for, `BUSY_TIMEOUT`), a read-only or full
data folder. Then the store turns read-only: what is saved stays on disk
untouched and is still shown, changes are not written, and `read_only` says
why, so study mode can say so in a banner instead of a traceback.
"""

from __future__ import annotations

import enum
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.model.deck import Deck
from desktop_app.model.identity import deck_identity

FILENAME = "study.sqlite3"

#: Each entry upgrades the schema by one version; `PRAGMA user_version` counts how many ran.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE notes (
        deck TEXT NOT NULL, slide TEXT NOT NULL, text TEXT NOT NULL,
        updated REAL NOT NULL, PRIMARY KEY (deck, slide));
    CREATE TABLE marks (
        deck TEXT NOT NULL, slide TEXT NOT NULL, kind TEXT NOT NULL,
        PRIMARY KEY (deck, slide, kind));
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY, deck TEXT NOT NULL, scope TEXT NOT NULL,
        started REAL NOT NULL);
    CREATE TABLE answers (
        attempt INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        question TEXT NOT NULL, given TEXT NOT NULL, correct INTEGER NOT NULL,
        answered REAL NOT NULL, PRIMARY KEY (attempt, question));
    CREATE TABLE positions (deck TEXT PRIMARY KEY, slide TEXT NOT NULL);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

#: Seconds a read or write waits for another program (say, a second Agora) to let go.
BUSY_TIMEOUT = 2.0

BOOKMARK = "bookmark"
UNDERSTOOD = "understood"


def deck_key(deck: Deck) -> str:
    """The key of a deck's rows: its identity, the one every per-user store uses."""
    return deck_identity(deck)


def _legacy_deck_key(deck: Deck) -> str:
    """What earlier versions keyed rows by, shared by decks with equal folder name and title."""
    return f"{deck.root.name}/{deck.title}"


#: Every table with a `deck` column (answers belong to attempts).
_DECK_TABLES = ("notes", "marks", "attempts", "positions")


@dataclass(frozen=True)
class Answer:
    """The latest answer the student gave to one question."""

    question: str
    given: str
    correct: bool


class ReadOnly(enum.Enum):
    """Why the store does not write: each is a bad day, not a damaged file."""

    LOCKED = "locked"  # another program holds the database longer than BUSY_TIMEOUT
    READ_ONLY = "read-only"  # the folder or file cannot be written
    FULL = "full"  # the disk is full
    FAILED = "failed"  # any other error from the disk or SQLite


@dataclass(frozen=True)
class SetAside:
    """A study file that could not be used: what was wrong and where it went.

    The window tells the student in words, in the interface's language; this
    Qt-free package keeps only the facts.
    """

    path: Path
    #: The schema version of a file a newer Agora wrote, else None (the file is damaged).
    newer: int | None
    #: The database's own words for the damage (technical, as SQLite gives them).
    error: str
    #: The name the file was moved to, or "" when it could not be moved (read-only then).
    kept_as: str


class StudyStore:
    """One deck's view of the study database. Open with `StudyStore.open`."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        deck: str,
        notice: SetAside | None = None,
        read_only: ReadOnly | None = None,
    ) -> None:
        self._conn = conn
        self.path = path
        self.deck = deck
        #: What the student must be told when the old file had to be set aside, else None.
        self.notice = notice
        #: Why changes are not saved, or None while they are.
        self.read_only = read_only
        #: Called once when the store turns read-only while open (the window shows a banner).
        self.on_read_only: Callable[[ReadOnly], None] | None = None

    @classmethod
    def open(cls, folder: Path, deck: str) -> StudyStore:
        path = folder / FILENAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return cls(_connect(path), path, deck)
        except _Newer as exc:
            return cls._set_aside(path, deck, "newer", exc.version, str(exc))
        except sqlite3.DatabaseError as exc:
            if _is_corrupt(exc):
                return cls._set_aside(path, deck, "corrupt", None, str(exc))
            return cls(_read_only_connection(path), path, deck, None, _why(exc))
        except OSError as exc:  # the data folder cannot be created
            why = ReadOnly.FULL if exc.errno == 28 else ReadOnly.READ_ONLY
            return cls(_read_only_connection(path), path, deck, None, why)

    @classmethod
    def _set_aside(
        cls, path: Path, deck: str, why: str, newer: int | None, error: str
    ) -> StudyStore:
        """Move a file that cannot be used out of the way and start afresh; if even that
        fails, keep it untouched and work read-only, empty."""
        try:
            moved = _move_aside(path, why)
            conn = _connect(path)
        except (OSError, sqlite3.DatabaseError):
            notice = SetAside(path, newer, error, kept_as="")
            return cls(_read_only_connection(None), path, deck, notice, ReadOnly.FAILED)
        return cls(conn, path, deck, SetAside(path, newer, error, kept_as=moved.name))

    @classmethod
    def for_deck(cls, folder: Path, deck: Deck) -> StudyStore:
        """The store of `deck`, with rows saved under its old key moved to its identity."""
        store = cls.open(folder, deck_key(deck))
        store._adopt(_legacy_deck_key(deck))
        return store

    def _adopt(self, legacy: str) -> None:
        """Re-key the rows of `legacy` to this deck, unless it has rows of its own already.

        Runs on every open and finds nothing after the first. A database that
        cannot be written leaves the old rows as they are: missing, not lost.
        """
        if self.read_only is not None:
            return
        try:
            with self._conn:
                for table in _DECK_TABLES:
                    mine = f"SELECT 1 FROM {table} WHERE deck=? LIMIT 1"
                    if self._conn.execute(mine, (self.deck,)).fetchone():
                        return
                for table in _DECK_TABLES:
                    self._conn.execute(
                        f"UPDATE {table} SET deck=? WHERE deck=?", (self.deck, legacy)
                    )
        except sqlite3.Error:
            pass

    def _write(self, change: Callable[[sqlite3.Connection], sqlite3.Cursor]) -> int | None:
        """Run one change as its own transaction; on a bad day turn read-only, never raise.
        Returns the new row id (0 when none), or None when nothing was written."""
        if self.read_only is not None:
            return None
        try:
            with self._conn:
                cursor = change(self._conn)
        except sqlite3.DatabaseError as exc:
            self.read_only = _why(exc)
            if self.on_read_only is not None:
                self.on_read_only(self.read_only)
            return None
        return cursor.lastrowid or 0

    def close(self) -> None:
        self._conn.close()

    # -- notes ---------------------------------------------------------------

    def note(self, slide: str) -> str:
        row = self._conn.execute(
            "SELECT text FROM notes WHERE deck=? AND slide=?", (self.deck, slide)
        ).fetchone()
        return str(row[0]) if row else ""

    def notes(self) -> dict[str, str]:
        rows = self._conn.execute("SELECT slide, text FROM notes WHERE deck=?", (self.deck,))
        return {str(s): str(t) for s, t in rows}

    def set_note(self, slide: str, text: str) -> None:
        if text.strip():
            self._write(
                lambda c: c.execute(
                    "INSERT INTO notes(deck, slide, text, updated) VALUES (?,?,?,?) "
                    "ON CONFLICT(deck, slide) DO UPDATE SET text=excluded.text, "
                    "updated=excluded.updated",
                    (self.deck, slide, text, time.time()),
                )
            )
        else:
            self._write(
                lambda c: c.execute(
                    "DELETE FROM notes WHERE deck=? AND slide=?", (self.deck, slide)
                )
            )

    # -- bookmarks and "understood" -----------------------------------------

    def marked(self, kind: str) -> set[str]:
        rows = self._conn.execute(
            "SELECT slide FROM marks WHERE deck=? AND kind=?", (self.deck, kind)
        )
        return {str(r[0]) for r in rows}

    def is_marked(self, slide: str, kind: str) -> bool:
        return (
            self._conn.execute(
                "SELECT 1 FROM marks WHERE deck=? AND slide=? AND kind=?", (self.deck, slide, kind)
            ).fetchone()
            is not None
        )

    def set_mark(self, slide: str, kind: str, on: bool) -> None:
        if on:
            self._write(
                lambda c: c.execute(
                    "INSERT OR IGNORE INTO marks VALUES (?,?,?)", (self.deck, slide, kind)
                )
            )
        else:
            self._write(
                lambda c: c.execute(
                    "DELETE FROM marks WHERE deck=? AND slide=? AND kind=?",
                    (self.deck, slide, kind),
                )
            )

    # -- quiz ----------------------------------------------------------------

    def start_attempt(self, scope: str) -> int:
        """Open a quiz run; `scope` is a section id, "all" or "review". 0 when not saved."""
        row = self._write(
            lambda c: c.execute(
                "INSERT INTO attempts(deck, scope, started) VALUES (?,?,?)",
                (self.deck, scope, time.time()),
            )
        )
        return row or 0

    def record_answer(self, attempt: int, question: str, given: str, correct: bool) -> None:
        if attempt:  # 0: the run itself could not be saved
            self._write(
                lambda c: c.execute(
                    "INSERT OR REPLACE INTO answers VALUES (?,?,?,?,?)",
                    (attempt, question, given, int(correct), time.time()),
                )
            )

    def latest_answers(self) -> dict[str, Answer]:
        """Each question's most recent answer in any run: what the progress view scores."""
        rows = self._conn.execute(
            "SELECT a.question, a.given, a.correct FROM answers a "
            "JOIN attempts t ON t.id = a.attempt WHERE t.deck=? "
            "ORDER BY a.answered, a.rowid",
            (self.deck,),
        )
        return {str(q): Answer(str(q), str(g), bool(c)) for q, g, c in rows}

    # -- where the student left off -----------------------------------------

    def position(self) -> str | None:
        row = self._conn.execute(
            "SELECT slide FROM positions WHERE deck=?", (self.deck,)
        ).fetchone()
        return str(row[0]) if row else None

    def set_position(self, slide: str) -> None:
        self._write(
            lambda c: c.execute("INSERT OR REPLACE INTO positions VALUES (?,?)", (self.deck, slide))
        )


class _Newer(sqlite3.DatabaseError):
    def __init__(self, version: int) -> None:
        super().__init__(f"schema version {version}")
        self.version = version


class _Corrupt(sqlite3.DatabaseError):
    """SQLite's integrity check failed: the file is damaged."""


#: SQLite's own word that a file is damaged or not a database at all.
_CORRUPT_ERRORS = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def _is_corrupt(exc: sqlite3.DatabaseError) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return isinstance(exc, _Corrupt) or name.startswith(_CORRUPT_ERRORS)


def _why(exc: sqlite3.DatabaseError) -> ReadOnly:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return ReadOnly.LOCKED
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return ReadOnly.READ_ONLY
    if name.startswith("SQLITE_FULL"):
        return ReadOnly.FULL
    return ReadOnly.FAILED


def _read_only_connection(path: Path | None) -> sqlite3.Connection:
    """The saved data, opened for reading only; an empty in-memory database with the
    schema when there is none or it cannot be read (locked, missing, unreadable)."""
    if path is not None and path.exists():
        # `immutable` reads a WAL database even where its side files cannot be created.
        for mode in ("mode=ro", "mode=ro&immutable=1"):
            uri = f"{path.absolute().as_uri()}?{mode}"
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT)
            try:
                if int(conn.execute("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION:
                    conn.execute("SELECT count(*) FROM notes").fetchone()
                    return conn
            except sqlite3.DatabaseError:
                pass
            conn.close()
    conn = sqlite3.connect(":memory:")
    _migrate(conn, 0)
    return conn


def _connect(path: Path) -> sqlite3.Connection:
    """Open (creating or migrating) the database; raise DatabaseError if it is unusable."""
    conn = sqlite3.connect(path, isolation_level="DEFERRED", timeout=BUSY_TIMEOUT)
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise _Corrupt(f"integrity check failed: {check and check[0]}")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise _Newer(version)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        _migrate(conn, version)
        # Can we write? A locked database waits BUSY_TIMEOUT here and raises SQLITE_BUSY,
        # a read-only folder SQLITE_READONLY: study mode then opens read-only at once.
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except BaseException:
        conn.close()
        raise
    return conn


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        # executescript commits first, so each migration and its version bump are one unit.
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")


def _move_aside(path: Path, why: str) -> Path:
    """Rename the database (and its WAL side files) out of the way; return the new name."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{why}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{why}-{stamp}-{n}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target
