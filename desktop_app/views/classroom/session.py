"""A live class session on the Qt side: start, ask, close, reveal, approve, stop.

`ClassSession` (QtCore only) owns the server, the results store and what
the room is asked. Everything the phones and the projector see is derived
from it as immutable snapshots: `StudentView` goes to the server, and
`RoomView` to the renderer (`render/class_room.py`) and the console.
News from the phones (a device joined, an answer committed) arrives as
queued signals through `_Bridge`, emitted on the server's thread and run
on the GUI thread, so neither ever waits for the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from desktop_app.classroom.access import Access, TokenRing
from desktop_app.classroom.activity import (
    MOTION_AFTER,
    MOTION_BEFORE,
    Question,
    RoomView,
    StudentView,
    motion_question,
    question_by_key,
)
from desktop_app.classroom.limits import Limits
from desktop_app.classroom.network import lan_address
from desktop_app.classroom.results import FILE_NAME, ResultsStore, SessionRecord, TextAnswer
from desktop_app.classroom.server import Route, SessionServer
from desktop_app.classroom.student import StudentRoutes, join_path
from desktop_app.i18n import deck_words
from desktop_app.model.deck import Deck
from desktop_app.model.identity import deck_identity


class _Bridge(QObject):
    """Implements `StudentEvents` by emitting signals; called on the server thread."""

    joinedSignal = Signal(int)
    answeredSignal = Signal(str, object, int)

    def joined(self, count: int) -> None:
        self.joinedSignal.emit(count)

    def answered(self, key: str, tally: dict[str, int], joined: int) -> None:
        self.answeredSignal.emit(key, dict(tally), joined)


class ClassSession(QObject):
    #: The room's picture changed (count, chart, screen, question).
    roomChanged = Signal()
    #: Started or stopped.
    runningChanged = Signal(bool)
    #: Free-text answers of the current question changed (new or approved).
    textsChanged = Signal()

    def __init__(self, deck: Deck, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deck = deck
        self._folder = folder
        self._store: ResultsStore | None = None
        self._server: SessionServer | None = None
        self._routes: StudentRoutes | None = None
        self._session = 0
        self._student = StudentView(deck.language)
        self._room = RoomView("", "", language=deck.language)
        self._bridge = _Bridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.joinedSignal.connect(self._joined, queued)
        self._bridge.answeredSignal.connect(self._answered, queued)

    # -- reading -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def room(self) -> RoomView:
        return self._room

    @property
    def student(self) -> StudentView:
        return self._student

    @property
    def session_id(self) -> int:
        return self._session

    @property
    def store(self) -> ResultsStore | None:
        return self._store

    @property
    def server(self) -> SessionServer | None:
        return self._server

    def texts(self) -> list[TextAnswer]:
        """Free-text answers to the current question, for the teacher to approve."""
        q = self._student.question
        if self._store is None or q is None or not q.free_text:
            return []
        return self._store.texts(self._session, q.key)

    def set_deck(self, deck: Deck) -> None:
        """Follow a live reload: questions asked from now on come from the new deck."""
        self._deck = deck

    # -- lifecycle -----------------------------------------------------------------------

    def start(
        self,
        address: str | None = None,
        port: int = 0,
        *,
        limits: Limits | None = None,
        extra_routes: Sequence[Route] = (),
        tokens: TokenRing | None = None,
    ) -> None:
        """Bind and serve. A session of this deck that never ended is resumed, token and all.

        `extra_routes` and `tokens` let the phone remote (issue #16) share the server.
        Raises OSError when the address cannot be bound.
        """
        if self._server is not None:
            return
        store = ResultsStore(self._folder / FILE_NAME)
        record = store.open_session(deck_identity(self._deck))
        ring = TokenRing({**(tokens.issued() if tokens else {}), Access.STUDENT: record.token})
        # The phones' pages speak the deck's language, like the room's picture and exports.
        words = deck_words(self._deck.language)
        routes = StudentRoutes(store, record, self._student, self._bridge, words.translate)
        chosen = address or lan_address()
        try:
            server = self._bind(
                [*routes.routes(), *extra_routes], ring, chosen, port, record, limits
            )
        except OSError:
            store.close()
            raise
        store.set_port(record.id, server.port)
        self._store, self._routes, self._server, self._session = store, routes, server, record.id
        self._room = RoomView(
            server.url(join_path(record.token)),
            record.code,
            joined=store.joined(record.id),
            before=store.tally(record.id, MOTION_BEFORE),
            after=store.tally(record.id, MOTION_AFTER),
            language=self._deck.language,
        )
        open_key = store.still_open(record.id) if record.resumed else None
        resumed = question_by_key(self._deck, open_key) if open_key else None
        first = resumed or motion_question(self._deck, "before")
        if first is not None:
            self.ask(first)
        self.runningChanged.emit(True)
        self.roomChanged.emit()

    @staticmethod
    def _bind(
        routes: list[Route],
        ring: TokenRing,
        address: str,
        port: int,
        record: SessionRecord,
        limits: Limits | None,
    ) -> SessionServer:
        """Serve on `port`; with none asked, a resumed session first tries its old port.

        The phones of a resumed session still hold the old URL, port included.
        """
        if record.port and not port:
            server = SessionServer(routes, ring, address=address, port=record.port, limits=limits)
            try:
                server.start()
                return server
            except OSError:
                pass  # taken meanwhile: any free port, phones must scan again
        server = SessionServer(routes, ring, address=address, port=port, limits=limits)
        server.start()
        return server

    def stop(self) -> None:
        """End the session: phones are told it closed, the server stops, the results stay."""
        server, store = self._server, self._store
        if server is None or store is None:
            return
        if self._student.question is not None and self._student.open:
            store.close_question(self._session, self._student.question.key)
        store.end_session(self._session).result()
        server.stop()
        store.close()
        self._server = self._store = self._routes = None
        self._student = StudentView(self._deck.language)
        self.runningChanged.emit(False)

    # -- driving -------------------------------------------------------------------------

    def ask(self, question: Question) -> None:
        """Put `question` to the room, closing the one before; earlier answers to it count."""
        store = self._store
        if store is None:
            return
        previous = self._student.question
        if previous is not None and self._student.open and previous.key != question.key:
            store.close_question(self._session, previous.key)
        store.open_question(
            self._session,
            question.key,
            question.kind,
            question.prompt,
            [(o.id, o.label) for o in question.options],
        ).result()
        self._publish(StudentView(self._deck.language, question, open=True))
        self._update_room(
            question=question,
            open=True,
            revealed=False,
            tally=store.tally(self._session, question.key),
            approved=self._approved(question),
        )
        self.textsChanged.emit()

    def close_question(self) -> None:
        """Stop taking answers; answers sent after this are refused."""
        q = self._student.question
        if self._store is None or q is None or not self._student.open:
            return
        self._publish(replace(self._student, open=False))
        self._store.close_question(self._session, q.key).result()
        self._update_room(open=False)

    def reveal(self) -> None:
        """Show the distribution (and a quiz's answer) on the projector and the phones."""
        if self._student.question is None:
            return
        self._publish(replace(self._student, revealed=True))
        self._update_room(revealed=True, screen="results")

    def show(self, screen: str) -> None:
        """What the projector shows of the session: "join" or "results"."""
        self._update_room(screen=screen)

    def approve(self, answer_id: int, approved: bool = True) -> None:
        q = self._student.question
        if self._store is None or q is None:
            return
        self._store.set_approved(answer_id, approved).result()
        self._update_room(approved=self._approved(q))
        self.textsChanged.emit()

    # -- news from the phones (queued onto the GUI thread) --------------------------------

    def _joined(self, count: int) -> None:
        if count != self._room.joined:
            self._update_room(joined=count)

    def _answered(self, key: str, tally: dict[str, int], joined: int) -> None:
        # A device that answers has joined, even if its join call was lost.
        changes: dict[str, object] = {"joined": max(joined, self._room.joined)}
        if key == MOTION_BEFORE:
            changes["before"] = tally
        elif key == MOTION_AFTER:
            changes["after"] = tally
        q = self._student.question
        if q is not None and q.key == key:
            changes["tally"] = tally
            if q.free_text:
                self.textsChanged.emit()
        self._update_room(**changes)

    # -- helpers -------------------------------------------------------------------------

    def _approved(self, question: Question) -> tuple[str, ...]:
        if self._store is None or not question.free_text:
            return ()
        return tuple(t.text for t in self._store.texts(self._session, question.key) if t.approved)

    def _publish(self, view: StudentView) -> None:
        self._student = view
        if self._routes is not None:
            self._routes.publish(view)

    def _update_room(self, **changes: object) -> None:
        self._room = replace(self._room, **changes)  # type: ignore[arg-type]
        self.roomChanged.emit()
