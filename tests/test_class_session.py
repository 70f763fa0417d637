"""A class session end to end over loopback: phones (HTTP clients) join and answer, the room counts.

The session runs the real server; the "phones" are plain HTTP calls made
the way the student page makes them. Answers are acknowledged only once on
disk, so a session killed and started again still has every one.
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from desktop_app.classroom.activity import (
    RoomView,
    StudentView,
    discussion_question,
    quiz_question,
    row_question,
    swing,
)
from desktop_app.classroom.results import FILE_NAME, ResultsStore
from desktop_app.classroom.server import DEVICE_HEADER, TOKEN_HEADER
from desktop_app.i18n import deck_words
from desktop_app.loader import load_deck
from desktop_app.model.deck import Deck
from desktop_app.paths import bundled_deck
from desktop_app.render.class_room import paint_join, paint_results
from desktop_app.render.theme import theme_for
from desktop_app.views.classroom.session import ClassSession


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(bundled_deck())


@pytest.fixture
def session(deck: Deck, tmp_path: Path, qtbot: QtBot) -> Iterator[ClassSession]:
    made = ClassSession(deck, tmp_path)
    made.start("127.0.0.1")
    yield made
    made.stop()


class Phone:
    """One student's phone: a device id and the session token from the join URL."""

    def __init__(self, session: ClassSession) -> None:
        server = session.server
        assert server is not None
        self.port = server.port
        self.token = session.room.url.rstrip("/").rsplit("/", 1)[1]
        self.device = secrets.token_urlsafe(16)

    def call(self, method: str, path: str, body: object | None = None) -> tuple[int, Any]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        headers = {TOKEN_HEADER: self.token, DEVICE_HEADER: self.device}
        data = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(body).encode()
        try:
            connection.request(method, path, body=data, headers=headers)
            reply = connection.getresponse()
            raw = reply.read()
            return reply.status, json.loads(raw) if raw.startswith((b"{", b"[")) else raw
        finally:
            connection.close()

    def state(self) -> dict[str, Any]:
        status, body = self.call("GET", "/api/state?since=-1")
        assert status == 200
        return dict(body)

    def answer(self, key: str, value: str) -> int:
        return self.call("POST", "/api/answer", {"question": key, "value": value})[0]


def test_the_join_url_serves_the_bundled_page(session: ClassSession) -> None:
    phone = Phone(session)
    assert session.room.url == f"http://127.0.0.1:{phone.port}/s/{phone.token}/"
    status, page = phone.call("GET", f"/s/{phone.token}/")
    assert status == 200
    assert b'<script src="student.js"' in page
    assert phone.call("GET", f"/s/{phone.token}/student.js")[0] == 200
    paths = [f"/s/{phone.token}/", f"/s/{phone.token}/student.js", "/page.css", "/", "/join.js"]
    replies = [phone.call("GET", path) for path in paths]
    assert [status for status, _body in replies] == [200] * len(paths)
    assert sum(len(body) for _status, body in replies) <= 100_000
    assert len(session.room.code) == 6


def test_the_typed_code_leads_to_the_page_and_guessing_is_throttled(
    session: ClassSession,
) -> None:
    stranger = Phone(session)
    stranger.token = ""
    status, page = stranger.call("GET", "/")
    assert status == 200
    assert b"Session code" in page
    assert stranger.call("POST", "/api/code", {"code": "AAAAAA"})[0] == 403
    code = session.room.code.lower()  # typed in lower case on a phone
    status, reply = stranger.call("POST", "/api/code", {"code": code})
    assert status == 200
    assert session.room.url.endswith(reply["page"])
    statuses = [stranger.call("POST", "/api/code", {"code": "BBBBBB"})[0] for _ in range(12)]
    assert 429 in statuses


def test_phones_join_answer_and_the_room_counts(
    session: ClassSession, deck: Deck, qtbot: QtBot
) -> None:
    quiz = quiz_question(deck, "q-open-red-teaming")
    assert quiz is not None
    session.ask(quiz)
    phones = [Phone(session) for _ in range(3)]
    for phone in phones:
        status, joined = phone.call("POST", "/api/join", {})
        assert status == 200
        assert joined["question"]["key"] == quiz.key  # joining answers with the question
    qtbot.waitUntil(lambda: session.room.joined == 3)
    seen = phones[0].state()["question"]
    assert seen["key"] == quiz.key
    assert "correct" not in seen  # never before the reveal
    for phone, choice in zip(phones, ("0", "1", "1"), strict=True):
        assert phone.answer(quiz.key, choice) == 200
    qtbot.waitUntil(lambda: session.room.tally == {"0": 1, "1": 2})
    # One answer per device: changing it moves the count, never adds one.
    assert phones[0].answer(quiz.key, "1") == 200
    qtbot.waitUntil(lambda: session.room.tally == {"1": 3})
    session.reveal()
    assert phones[1].state()["question"]["correct"] == quiz.correct


def test_answers_to_a_closed_or_other_question_are_refused(
    session: ClassSession, deck: Deck
) -> None:
    quiz = quiz_question(deck, "q-open-red-teaming")
    assert quiz is not None
    session.ask(quiz)
    phone = Phone(session)
    assert phone.answer("quiz:other", "0") == 409
    assert phone.answer(quiz.key, "99") == 400
    session.close_question()
    assert phone.state()["open"] is False
    assert phone.answer(quiz.key, "0") == 409
    store = session.store
    assert store is not None
    assert store.tally(session.session_id, quiz.key) == {}


def test_free_text_waits_for_approval_and_is_escaped_on_the_page(
    session: ClassSession, deck: Deck, qtbot: QtBot
) -> None:
    slide = next(s for s in deck.slides if s.layout == "question")
    question = discussion_question(slide)
    session.ask(question)
    phone = Phone(session)
    script = "<script>alert('x')</script> open weights   win"
    assert phone.answer(question.key, script) == 200
    assert phone.answer(question.key, "x" * 400) == 400
    qtbot.waitUntil(lambda: len(session.texts()) == 1)
    assert session.room.approved == ()  # nothing reaches the room unapproved
    answer = session.texts()[0]
    assert answer.text == "<script>alert('x')</script> open weights win"
    session.approve(answer.id)
    assert session.room.approved == (answer.text,)
    # The page shows answers with textContent only: no HTML is ever built from them.
    _status, js = phone.call("GET", f"/s/{phone.token}/student.js")
    assert b"innerHTML" not in js


def test_a_killed_session_resumes_with_every_acknowledged_answer(
    deck: Deck, tmp_path: Path, qtbot: QtBot
) -> None:
    quiz = quiz_question(deck, "q-closed-api")
    assert quiz is not None
    first = ClassSession(deck, tmp_path)
    first.start("127.0.0.1")
    first.ask(quiz)
    phone = Phone(first)
    assert phone.answer(quiz.key, "2") == 200
    token = phone.token
    # A kill: the server goes, nothing is ended or closed.
    server, store = first.server, first.store
    assert server is not None and store is not None
    server.stop()
    store.close()

    again = ClassSession(deck, tmp_path)
    again.start("127.0.0.1")
    try:
        assert again.room.url.endswith(f"/s/{token}/")  # phones reconnect with their URL
        assert again.student.question is not None
        assert again.student.question.key == quiz.key  # the open question is open again
        assert again.room.tally == {"2": 1}
        phone.port = Phone(again).port
        assert phone.answer(quiz.key, "1") == 200
        qtbot.waitUntil(lambda: again.room.tally == {"1": 1})
    finally:
        again.stop()
    # An ended session is not resumed: the next one has a new token.
    fresh = ClassSession(deck, tmp_path)
    fresh.start("127.0.0.1")
    try:
        assert not fresh.room.url.endswith(f"/s/{token}/")
    finally:
        fresh.stop()


def test_results_as_csv(session: ClassSession, deck: Deck, qtbot: QtBot) -> None:
    quiz = quiz_question(deck, "q-open-red-teaming")
    assert quiz is not None
    session.ask(quiz)
    assert Phone(session).answer(quiz.key, "1") == 200
    qtbot.waitUntil(lambda: session.room.tally == {"1": 1})
    store = ResultsStore(session.store.path if session.store else tmp_path_error())
    try:
        text = store.csv(session.session_id, deck_words("en").translate)
    finally:
        store.close()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["question", "prompt", "answer", "count"]
    assert [quiz.key, quiz.prompt, quiz.options[1].label, "1"] in rows
    assert [quiz.key, quiz.prompt, quiz.options[0].label, "0"] in rows


def tmp_path_error() -> Path:
    raise AssertionError("session has no store")


def test_rows_and_swing(deck: Deck) -> None:
    assert deck.debate is not None
    row = row_question(deck, deck.debate.dimensions[0].id)
    assert row is not None
    assert len(row.options) >= 2
    assert swing({"for": 5, "against": 5}, {"for": 7, "against": 3}) == {
        "for": 20.0,
        "against": -20.0,
        "undecided": 0.0,
    }
    hidden = StudentView("en", quiz_question(deck, "q-open-red-teaming"), open=True)
    assert "correct" not in json.dumps(hidden.payload())


def _render(paint: Any, room: RoomView, deck: Deck) -> QImage:
    image = QImage(960, 540, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    paint(painter, QRectF(0, 0, 960, 540), theme_for(deck), room, deck_words("en"))
    painter.end()
    return image


def test_join_screen_and_results_are_drawn(deck: Deck, qtbot: QtBot) -> None:
    room = RoomView("http://127.0.0.1:8000/s/abcdefghijklmnopqrstuvwxyz012345/", "ABC234", 3)
    join = _render(paint_join, room, deck)
    # The QR code's quiet zone is white and its finder pattern black, whatever the theme.
    assert join.pixelColor(70, 120).name() in ("#000000", "#ffffff")
    darks = sum(
        join.pixelColor(x, y).lightness() < 40 for x in range(55, 500, 5) for y in range(45, 495, 5)
    )
    assert darks > 500
    quiz = quiz_question(deck, "q-open-red-teaming")
    empty = _render(paint_results, RoomView("", "", question=quiz, tally={}), deck)
    full = _render(
        paint_results, RoomView("", "", question=quiz, tally={"1": 3}, revealed=True), deck
    )
    assert empty != full


def test_the_results_file_lives_in_the_given_folder(session: ClassSession, tmp_path: Path) -> None:
    assert (tmp_path / FILE_NAME).is_file()


def test_a_presenter_without_a_session_loads_no_server() -> None:
    """The console's class panel is built with every show; the server only with a session."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from desktop_app.app import application\n"
        "from desktop_app.cli.main import build_parser\n"
        "from desktop_app.loader import load_deck\n"
        "from desktop_app.paths import bundled_deck\n"
        "from desktop_app.views.presenter import launch_presenter\n"
        "application()\n"
        "p = launch_presenter(load_deck(bundled_deck()), build_parser().parse_args(['present']))\n"
        "print(sorted(m for m in ('aiohttp', 'segno', 'sqlite3') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
