"""The phone remote over real loopback sockets: pairing, approval, revoking, tokens, commands."""

from __future__ import annotations

import http.client
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF

from desktop_app.app import application, settings
from desktop_app.classroom.access import Access, TokenRing
from desktop_app.classroom.limits import Limits
from desktop_app.classroom.remote import RemoteRoutes
from desktop_app.classroom.server import DEVICE_HEADER, TOKEN_HEADER, SessionServer
from desktop_app.loader import load_deck
from desktop_app.render import zoom
from desktop_app.state.presentation import PresentationState, Screen
from desktop_app.views.presenter import Presenter

PHONE = "phone-aaaaaaaaaaaaaaaa"
OTHER = "phone-bbbbbbbbbbbbbbbb"

DECK = """\
format: 1
title: Remote
duration_minutes: 6
sections:
  - id: one
    title: One
    slides:
      - id: intro
        layout: title
        title: Intro
        notes: |
          Welcome **everyone**.

          Second paragraph.
      - id: list
        layout: content
        title: Points
        body: |
          - alpha
          - beta
        builds: true
      - id: end
        layout: content
        title: End
        body: Thanks
"""


class Client:
    """A phone's HTTP calls to the remote, over loopback."""

    def __init__(self, port: int, token: str) -> None:
        self.port = port
        self.token = token

    def call(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        *,
        device: str | None = PHONE,
        token: str | None = None,
    ) -> tuple[int, bytes]:
        headers = {TOKEN_HEADER: self.token if token is None else token}
        if device is not None:
            headers[DEVICE_HEADER] = device
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request(method, path, body=data, headers=headers)
            reply = connection.getresponse()
            return reply.status, reply.read()
        finally:
            connection.close()

    def json(self, method: str, path: str, body: dict[str, Any] | None = None, **kw: Any) -> Any:
        status, data = self.call(method, path, body, **kw)
        assert status < 300, (status, data)
        return json.loads(data)


@pytest.fixture
def presenter(qtbot, make_deck: Callable[..., Path]):
    application()
    p = Presenter(PresentationState(load_deck(make_deck(DECK))), settings())
    qtbot.addWidget(p.console)
    qtbot.addWidget(p.audience)
    p.show()
    yield p
    if p.remote is not None:
        p.remote.stop()


@pytest.fixture
def phone(presenter: Presenter) -> Client:
    url = presenter.start_remote("127.0.0.1")
    assert presenter.remote is not None
    assert url.startswith("http://127.0.0.1:") and presenter.remote.token in url
    return Client(int(url.split(":")[2].split("/")[0]), presenter.remote.token)


def paired(p: Presenter, phone: Client, qtbot, device: str = PHONE) -> None:
    assert phone.json("POST", "/api/remote/pair", {"label": "Pixel"}, device=device) == {
        "status": "pending"
    }
    qtbot.waitUntil(lambda: any(r.device == device for r in p.remote.pending()))
    assert p.remote.approve(device)  # what the console's "Allow" button calls


def test_the_pairing_page_is_served_only_with_the_remote_token(
    presenter: Presenter, phone: Client
) -> None:
    status, page = phone.call("GET", f"/r/{phone.token}/", device=None)
    assert status == 200 and b"remote.js" in page
    assert phone.call("GET", f"/r/{phone.token}/remote.js", device=None)[0] == 200
    assert phone.call("GET", "/r/not-the-token/", device=None)[0] == 403


def test_pairing_is_refused_until_the_console_allows_it(
    presenter: Presenter, phone: Client, qtbot
) -> None:
    asked: list[tuple[str, str]] = []
    presenter.remote.pairingRequested.connect(lambda d, label: asked.append((d, label)))
    assert phone.json("POST", "/api/remote/pair", {"label": "Pixel"})["status"] == "pending"
    qtbot.waitUntil(lambda: asked == [(PHONE, "Pixel")])
    # Waiting for the speaker: the phone may neither read the show nor drive it.
    assert phone.call("GET", "/api/remote/state")[0] == 403
    assert phone.call("POST", "/api/remote/command", {"command": "next"})[0] == 403
    assert phone.call("GET", "/api/remote/picture/next")[0] == 403
    presenter.remote.refuse(PHONE)
    assert phone.json("GET", "/api/remote/pair")["status"] == "refused"
    # Refused stays refused: asking again does not nag the console.
    assert phone.json("POST", "/api/remote/pair", {"label": "Pixel"})["status"] == "refused"
    assert phone.call("GET", "/api/remote/state")[0] == 403
    assert presenter.state.index == 0 and len(asked) == 1


def test_an_allowed_phone_sees_the_show_and_drives_it(
    presenter: Presenter, phone: Client, qtbot
) -> None:
    p = presenter
    paired(p, phone, qtbot)
    view = phone.json("GET", "/api/remote/state?since=-1")
    assert view["slide"] == 1 and view["count"] == 3 and view["slide_title"] == "Intro"
    assert view["notes"] == ["Welcome everyone.", "Second paragraph."]
    assert view["pace"] and view["left"] == "6:00 left"
    titles = phone.json("GET", "/api/remote/slides")["slides"]
    assert titles == ["Intro", "Points", "End"]

    assert phone.call("POST", "/api/remote/command", {"command": "next"})[0] == 202
    qtbot.waitUntil(lambda: p.state.index == 1)
    assert p.audience.slide_view._index == 1  # the room moved
    qtbot.waitUntil(lambda: p.timer.running)  # the first move starts the clock, as a click does
    view = phone.json("GET", f"/api/remote/state?since={view_version(phone)}", device=PHONE)
    assert view["slide"] == 2 and view["steps"] == 2

    phone.call("POST", "/api/remote/command", {"command": "goto", "slide": 3})
    qtbot.waitUntil(lambda: p.state.index == 2)
    phone.call("POST", "/api/remote/command", {"command": "black"})
    qtbot.waitUntil(lambda: p.state.screen is Screen.BLACK)
    phone.call("POST", "/api/remote/command", {"command": "zoom_in"})
    qtbot.waitUntil(lambda: p.state.zoom is not None)
    assert zoom.factor(p.state.zoom) == 2
    phone.call(
        "POST", "/api/remote/command", {"command": "zoom", "x": 300, "y": 200, "percent": 400}
    )
    qtbot.waitUntil(lambda: zoom.factor(p.state.zoom) == 4)
    assert p.state.zoom == zoom.around(QRectF(0, 0, 600, 400).center(), 4)
    phone.call("POST", "/api/remote/command", {"command": "unzoom"})
    qtbot.waitUntil(lambda: p.state.zoom is None)
    # Bad commands get a clear 4xx and change nothing.
    assert phone.call("POST", "/api/remote/command", {"command": "quit"})[0] == 400
    assert phone.call("POST", "/api/remote/command", {"command": "goto"})[0] == 400


def view_version(phone: Client) -> int:
    """The version of the snapshot the phone holds now (any newer one answers at once)."""
    connection = http.client.HTTPConnection("127.0.0.1", phone.port, timeout=10)
    try:
        connection.request(
            "GET",
            "/api/remote/state?since=-1",
            headers={TOKEN_HEADER: phone.token, DEVICE_HEADER: PHONE},
        )
        reply = connection.getresponse()
        reply.read()
        return int(reply.headers["X-Agora-Version"]) - 1
    finally:
        connection.close()


def test_pictures_of_the_room_and_the_next_step_are_pngs_from_the_renderer(
    presenter: Presenter, phone: Client, qtbot
) -> None:
    paired(presenter, phone, qtbot)
    qtbot.waitUntil(lambda: phone.call("GET", "/api/remote/picture/next")[0] == 200)
    for which in ("current", "next"):
        status, png = phone.call("GET", f"/api/remote/picture/{which}")
        assert status == 200 and png.startswith(b"\x89PNG")
    assert phone.call("GET", "/api/remote/picture/notes")[0] == 404


def test_a_revoked_phone_is_refused_and_one_phone_controls_at_a_time(
    presenter: Presenter, phone: Client, qtbot
) -> None:
    p = presenter
    paired(p, phone, qtbot)
    assert phone.call("GET", "/api/remote/slides")[0] == 200
    paired(p, phone, qtbot, device=OTHER)  # a second phone is allowed: the first is out
    assert p.remote.controller is not None and p.remote.controller.device == OTHER
    assert phone.call("GET", "/api/remote/slides")[0] == 403
    assert phone.json("GET", "/api/remote/pair")["status"] == "revoked"
    assert phone.call("GET", "/api/remote/slides", device=OTHER)[0] == 200
    p.remote.revoke()  # the console's "Revoke phone"
    for device in (PHONE, OTHER):
        assert (
            phone.call("POST", "/api/remote/command", {"command": "next"}, device=device)[0] == 403
        )
        assert phone.call("GET", "/api/remote/state", device=device)[0] == 403
    assert phone.json("POST", "/api/remote/pair", {"label": "again"}, device=OTHER) == {
        "status": "revoked"
    }
    assert p.state.index == 0


def test_the_student_token_opens_no_remote_route() -> None:
    """Every route of the remote's table, called with the student's token: refused."""

    class Events:
        def pairing_requested(self, device: str, label: str) -> None:
            raise AssertionError("a student reached the pairing")

        def command(self, name: str, arguments: dict[str, Any]) -> None:
            raise AssertionError("a student drove the show")

    remote = RemoteRoutes(Events(), "en", lambda _context, text: text)
    ring = TokenRing()
    student, own = ring.token(Access.STUDENT), ring.token(Access.REMOTE)
    # Generous rate limits: this test makes many calls from one device on purpose.
    plenty = Limits(device_burst=1000, address_burst=1000)
    server = SessionServer(remote.routes(), ring, address="127.0.0.1", limits=plenty)
    server.start()
    try:
        remote.devices.request(PHONE, "Pixel")
        remote.devices.approve(PHONE)  # even an allowed device id does not help a student
        client = Client(server.port, student)
        routes = remote.routes()
        assert len(routes) >= 9
        for route in routes:
            path = route.path.replace("{which}", "next")
            body = {"command": "next"} if route.path.endswith("command") else {"label": "x"}
            payload = body if route.method == "POST" else None
            for token in (student, "", "x" * len(own)):
                status, _ = client.call(
                    route.method, path.replace("{token}", token or "none"), payload, token=token
                )
                assert status == 403, (route.method, route.path, token == student)
        # The remote's own token does open them (so the refusals above are about the token).
        assert client.call("GET", "/api/remote/slides", token=own)[0] == 200
    finally:
        server.stop()


def test_agora_present_remote_prints_the_url_and_guards_it(tmp_path: Path) -> None:
    """`agora present --remote --bind 127.0.0.1`: `Remote: URL` on stdout, the page behind it."""
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "present", "--remote", "--bind", "127.0.0.1"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,  # its own session: no signal of the app's reaches the tests
    )
    try:
        assert app.stdout is not None
        line = app.stdout.readline()  # blocks until the app prints it (or exits)
        assert line.startswith("Remote: http://127.0.0.1:"), line
        url = line.split(" ", 1)[1].strip()
        port, path = int(url.split(":")[2].split("/")[0]), "/" + url.split("/", 3)[3]
        phone = Client(port, token="")
        status, page = phone.call("GET", path, device=None)
        assert status == 200 and b"Agora remote" in page
        assert phone.call("GET", "/api/remote/state")[0] == 403  # no token
        assert phone.call("GET", path.replace("/r/", "/r/x"), device=None)[0] == 403
    finally:
        app.kill()
        app.wait(10)
        if app.stdout is not None:
            app.stdout.close()
