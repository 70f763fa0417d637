"""The student's routes: the page, joining, the current question by long poll, answering.

`StudentRoutes` holds no state of its own beyond the last `StudentView`
the Qt side published (an immutable snapshot, replaced whole). An answer
is checked against that snapshot, written through the results store, and
acknowledged only once committed; the new tally then goes to `events`
(the Qt bridge), which never blocks this thread.
"""

from __future__ import annotations

import asyncio
import hmac
from typing import Protocol

from aiohttp import web

from desktop_app.classroom.access import Access
from desktop_app.classroom.activity import MAX_TEXT, StudentView
from desktop_app.classroom.limits import RateLimiter
from desktop_app.classroom.pages import Translate, served_assets
from desktop_app.classroom.results import ResultsStore, SessionRecord
from desktop_app.classroom.server import (
    SERVER_KEY,
    Channel,
    Field,
    Route,
    device_of,
    error,
    read_json,
)

#: The pages' files, bundled with the app (no CDN, no external fonts), by URL path.
STUDENT_ASSETS = {
    "": ("student.html", "text/html"),
    "student.js": ("student.js", "text/javascript"),
}
PUBLIC_ASSETS = {
    "/": ("join.html", "text/html"),
    "/join.js": ("join.js", "text/javascript"),
    "/page.css": ("page.css", "text/css"),
}
#: Tries at a session code per address and minute: guessing one of 31^6 codes is hopeless.
CODE_TRIES_PER_MINUTE = 10


class StudentEvents(Protocol):
    """Where news for the console goes (the Qt bridge); called on the server thread."""

    def joined(self, count: int) -> None: ...

    def answered(self, key: str, tally: dict[str, int], joined: int) -> None: ...


def join_path(token: str) -> str:
    """The page's path; its files are relative to it, so the token is in every URL."""
    return f"/s/{token}/"


class StudentRoutes:
    """The students' routes; `translate` gives the pages' words in the deck's language
    (`view.language`), once, when the session starts."""

    def __init__(
        self,
        store: ResultsStore,
        record: SessionRecord,
        view: StudentView,
        events: StudentEvents,
        translate: Translate,
    ) -> None:
        self._store = store
        self._session = record.id
        self._code = record.code
        self._page = join_path(record.token)
        self._code_tries = RateLimiter(CODE_TRIES_PER_MINUTE / 60, CODE_TRIES_PER_MINUTE)
        self._view = view
        self._events = events
        self.channel = Channel(view.payload())
        self._assets = served_assets(STUDENT_ASSETS, view.language, translate)
        self._public = served_assets(PUBLIC_ASSETS, view.language, translate)

    def publish(self, view: StudentView) -> None:
        """Show phones a new snapshot (from any thread)."""
        self._view = view
        self.channel.publish(view.payload())

    def routes(self) -> list[Route]:
        return [
            Route("GET", "/s/{token}/", Access.STUDENT, self._asset),
            Route("GET", "/s/{token}/student.js", Access.STUDENT, self._asset),
            *(Route("GET", path, Access.PUBLIC, self._public_asset) for path in PUBLIC_ASSETS),
            Route("POST", "/api/code", Access.PUBLIC, self._enter_code),
            Route("POST", "/api/join", Access.STUDENT, self._join),
            Route("GET", "/api/state", Access.STUDENT, self._state),
            Route("POST", "/api/answer", Access.STUDENT, self._answer),
        ]

    async def _asset(self, request: web.Request) -> web.StreamResponse:
        name = request.path.rsplit("/", 1)[1]
        body, kind = self._assets[name]
        return web.Response(body=body, content_type=kind, charset="utf-8")

    async def _public_asset(self, request: web.Request) -> web.StreamResponse:
        body, kind = self._public[request.path]
        return web.Response(body=body, content_type=kind, charset="utf-8")

    async def _enter_code(self, request: web.Request) -> web.StreamResponse:
        """The typed session code, exchanged for the page's address (the token)."""
        if not self._code_tries.allow(request.remote or "?"):
            raise error(web.HTTPTooManyRequests, "too many tries, wait a minute")
        body = await read_json(request, {"code": Field(str, max_length=12)})
        typed = body["code"].strip().upper().encode("utf-8")
        if not hmac.compare_digest(typed, self._code.encode("utf-8")):
            raise error(web.HTTPForbidden, "unknown code")
        return web.json_response({"page": self._page})

    async def _join(self, request: web.Request) -> web.StreamResponse:
        device = device_of(request)
        await read_json(request, {})
        count = await asyncio.wrap_future(self._store.join(self._session, device))
        self._events.joined(count)
        return self._snapshot(*self.channel.current())

    async def _state(self, request: web.Request) -> web.StreamResponse:
        device_of(request)
        try:
            since = int(request.query.get("since", "-1"))
        except ValueError:
            raise error(web.HTTPBadRequest, "since must be a number") from None
        limits = request.app[SERVER_KEY].limits
        return self._snapshot(*await self.channel.wait(since, limits.poll_timeout))

    @staticmethod
    def _snapshot(version: int, body: bytes) -> web.Response:
        """The current question as the phones see it, with the version to poll from."""
        return web.Response(
            body=body, content_type="application/json", headers={"X-Agora-Version": str(version)}
        )

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        device = device_of(request)
        body = await read_json(
            request,
            {"question": Field(str, max_length=120), "value": Field(str, max_length=4 * MAX_TEXT)},
        )
        view = self._view
        question = view.question
        if question is None or question.key != body["question"] or not view.open:
            raise error(web.HTTPConflict, "this question is closed")
        value = question.accepts(body["value"])
        if value is None:
            raise error(web.HTTPBadRequest, "not an answer to this question")
        tally, joined = await asyncio.wrap_future(
            self._store.answer(self._session, question.key, device, value)
        )
        self._events.answered(question.key, tally, joined)
        return web.json_response({"ok": True, "question": question.key})
