"""The shared session server, driven over real loopback sockets: every guard, one test each."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from aiohttp import web

from desktop_app.classroom.access import Access, TokenRing
from desktop_app.classroom.limits import Limits, RateLimiter
from desktop_app.classroom.network import allowed_hosts, candidate_addresses, lan_address
from desktop_app.classroom.server import (
    DEVICE_HEADER,
    TOKEN_HEADER,
    Channel,
    Field,
    Route,
    SessionServer,
    read_json,
)

DEVICE = "device-aaaaaaaaaaaaaaaa"


class Harness:
    """A server with one route of each kind, and a tiny HTTP client for it."""

    def __init__(self, limits: Limits) -> None:
        self.channel = Channel({"question": None})
        self.tokens = TokenRing()
        self.student = self.tokens.token(Access.STUDENT)
        self.remote = self.tokens.token(Access.REMOTE)
        self.received: list[dict[str, Any]] = []
        routes = [
            Route("GET", "/", Access.PUBLIC, self.home),
            Route("GET", "/s/{token}", Access.STUDENT, self.page),
            Route("POST", "/api/answer", Access.STUDENT, self.answer),
            Route("GET", "/api/state", Access.STUDENT, self.state),
            Route("GET", "/r/{token}", Access.REMOTE, self.page),
        ]
        self.server = SessionServer(routes, self.tokens, address="127.0.0.1", limits=limits)

    async def home(self, _request: web.Request) -> web.StreamResponse:
        return web.Response(text="enter the code")

    async def page(self, _request: web.Request) -> web.StreamResponse:
        return web.Response(text="<p>page</p>", content_type="text/html")

    async def answer(self, request: web.Request) -> web.StreamResponse:
        body = await read_json(
            request,
            {
                "choice": Field(str, max_length=10, choices=frozenset({"for", "against"})),
                "n": Field(int, optional=True),
            },
        )
        self.received.append(body)
        return web.json_response({"ok": True})

    async def state(self, request: web.Request) -> web.StreamResponse:
        since = int(request.query.get("since", "-1"))
        _version, body = await self.channel.wait(since, timeout=2.0)
        return web.Response(body=body, content_type="application/json")

    def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            reply = connection.getresponse()
            return reply.status, dict(reply.getheaders()), reply.read()
        finally:
            connection.close()

    def post(self, value: object, *, token: str | None = None) -> int:
        headers = {
            "Content-Type": "application/json",
            TOKEN_HEADER: self.student if token is None else token,
            DEVICE_HEADER: DEVICE,
        }
        body = json.dumps(value).encode()
        return self.request("POST", "/api/answer", body=body, headers=headers)[0]


@pytest.fixture
def harness(request: pytest.FixtureRequest) -> Iterator[Harness]:
    limits = getattr(request, "param", Limits())
    made = Harness(limits)
    made.server.start()
    yield made
    made.server.stop()


def test_every_response_carries_the_hardening_headers(harness: Harness) -> None:
    for path in ("/", "/no/such/route", f"/s/{harness.student}"):
        _status, headers, _body = harness.request("GET", path)
        assert "default-src 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"
        assert headers["X-Frame-Options"] == "DENY"


def test_fixed_routes_only(harness: Harness) -> None:
    assert harness.request("GET", "/")[0] == 200
    for path in ("/static/", "/../etc/passwd", "/s/", "/s/x/y", "/favicon.ico"):
        assert harness.request("GET", path)[0] == 404


def test_pages_need_their_own_token(harness: Harness) -> None:
    assert harness.request("GET", f"/s/{harness.student}")[0] == 200
    assert harness.request("GET", "/s/")[0] == 404
    assert harness.request("GET", "/s/wrong-token")[0] == 403
    assert harness.request("GET", f"/s/{harness.student[:-1]}")[0] == 403
    # A student's token never opens the remote, nor the remote's a student page.
    assert harness.request("GET", f"/r/{harness.student}")[0] == 403
    assert harness.request("GET", f"/s/{harness.remote}")[0] == 403
    assert harness.request("GET", f"/r/{harness.remote}")[0] == 200


def test_api_calls_need_the_token_header(harness: Harness) -> None:
    assert harness.post({"choice": "for"}, token="") == 403
    assert harness.post({"choice": "for"}, token="nope") == 403
    assert harness.post({"choice": "for"}, token=harness.remote) == 403
    assert harness.received == []
    assert harness.post({"choice": "for"}) == 200
    assert harness.received == [{"choice": "for"}]


def test_a_foreign_host_is_refused(harness: Harness) -> None:
    """DNS rebinding: a page of evil.example resolving to us sends its own Host."""
    port = harness.server.port
    for host in (f"evil.example:{port}", "127.0.0.1", f"127.0.0.2:{port}"):
        status, _headers, body = harness.request(
            "GET", f"/s/{harness.student}", headers={"Host": host}
        )
        assert status == 421
        assert b"page" not in body
    assert harness.request("GET", "/", headers={"Host": f"localhost:{port}"})[0] == 200


def test_oversized_bodies_are_refused(harness: Harness) -> None:
    headers = {
        "Content-Type": "application/json",
        TOKEN_HEADER: harness.student,
        DEVICE_HEADER: DEVICE,
    }
    big = json.dumps({"choice": "for", "pad": "x" * 10_000}).encode()
    assert harness.request("POST", "/api/answer", body=big, headers=headers)[0] == 413
    assert harness.received == []


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"{not json", "application/json"),
        (b"\xff\xfe", "application/json"),
        (b"[1, 2]", "application/json"),
        (b'{"choice": "maybe"}', "application/json"),
        (b'{"choice": "for", "extra": 1}', "application/json"),
        (b"{}", "application/json"),
        (b'{"choice": 3}', "application/json"),
        (b'{"choice": "for", "n": true}', "application/json"),
        (b'{"choice": "for", "n": NaN}', "application/json"),
        (b"choice=for", "application/x-www-form-urlencoded"),
    ],
)
def test_bad_json_gets_a_clean_4xx(harness: Harness, body: bytes, content_type: str) -> None:
    headers = {"Content-Type": content_type, TOKEN_HEADER: harness.student, DEVICE_HEADER: DEVICE}
    status, headers_back, reply = harness.request("POST", "/api/answer", body=body, headers=headers)
    assert status in (400, 415)
    assert "error" in json.loads(reply)
    assert headers_back["Content-Type"].startswith("application/json")
    assert harness.received == []


@pytest.mark.parametrize("harness", [Limits(device_rate=1.0, device_burst=5)], indirect=True)
def test_a_flood_from_one_device_is_throttled(harness: Harness) -> None:
    statuses = [harness.post({"choice": "for"}) for _ in range(12)]
    assert statuses[:5] == [200] * 5
    assert statuses.count(429) >= 6
    assert len(harness.received) < 8


@pytest.mark.parametrize("harness", [Limits(address_rate=1.0, address_burst=5)], indirect=True)
def test_a_flood_from_one_address_is_throttled(harness: Harness) -> None:
    statuses = [harness.request("GET", "/")[0] for _ in range(10)]
    assert statuses[:5] == [200] * 5
    assert 429 in statuses


@pytest.mark.parametrize("harness", [Limits(idle_timeout=0.6)], indirect=True)
def test_a_slow_client_is_cut_off(harness: Harness) -> None:
    """Slowloris: headers dribbled in never hold a connection past the idle timeout."""
    with socket.create_connection(("127.0.0.1", harness.server.port), timeout=10) as slow:
        slow.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        started = time.monotonic()
        assert _closed_by_server(slow)  # not by our own timeout
        assert time.monotonic() - started < 5
    # Others are served all along.
    assert harness.request("GET", "/")[0] == 200


@pytest.mark.parametrize("harness", [Limits(max_connections=3)], indirect=True)
def test_connections_beyond_the_cap_are_closed(harness: Harness) -> None:
    port = harness.server.port
    held = [http.client.HTTPConnection("127.0.0.1", port, timeout=5) for _ in range(3)]
    try:
        for connection in held:  # served, and kept alive
            connection.request("GET", "/")
            assert connection.getresponse().read() == b"enter the code"
        with socket.create_connection(("127.0.0.1", port), timeout=5) as extra:
            extra.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
            assert _closed_by_server(extra)
    finally:
        for connection in held:
            connection.close()
    # Once the server has seen them go, there is room again.
    deadline = time.monotonic() + 5
    while True:
        try:
            assert harness.request("GET", "/")[0] == 200
            break
        except ConnectionError:
            assert time.monotonic() < deadline


def _closed_by_server(sock: socket.socket) -> bool:
    try:
        return sock.recv(1024) == b""
    except ConnectionResetError:
        return True


def test_long_poll_gets_news_published_from_another_thread(harness: Harness) -> None:
    headers = {TOKEN_HEADER: harness.student, DEVICE_HEADER: DEVICE}
    status, _h, body = harness.request("GET", "/api/state?since=-1", headers=headers)
    assert status == 200
    assert json.loads(body) == {"question": None}
    version = harness.channel.version
    timer = threading.Timer(0.2, harness.channel.publish, args=({"question": "motion"},))
    timer.start()
    started = time.monotonic()
    _status, _h, body = harness.request("GET", f"/api/state?since={version}", headers=headers)
    timer.join()
    assert json.loads(body) == {"question": "motion"}
    assert time.monotonic() - started < 1.5  # woken, not timed out


def test_start_and_stop_bind_and_release_the_one_address() -> None:
    made = Harness(Limits())
    made.server.start()
    port = made.server.port
    assert port > 0
    assert made.server.url("/s/x") == f"http://127.0.0.1:{port}/s/x"
    with pytest.raises(OSError):
        SessionServer([], TokenRing(), address="127.0.0.1", port=port).start()
    made.server.stop()
    made.server.stop()  # idempotent
    assert not made.server.running
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def test_rate_limiter_refills() -> None:
    limiter = RateLimiter(rate=2.0, burst=2)
    assert limiter.allow("a", now=0.0)
    assert limiter.allow("a", now=0.0)
    assert not limiter.allow("a", now=0.0)
    assert limiter.allow("b", now=0.0)
    assert limiter.allow("a", now=0.5)


def test_addresses() -> None:
    assert lan_address()
    assert candidate_addresses()[-1] == "127.0.0.1"
    assert allowed_hosts("127.0.0.1", 8000) == {"127.0.0.1:8000", "localhost:8000"}
    assert allowed_hosts("192.168.1.5", 8000) == {"192.168.1.5:8000"}


def test_token_ring_keeps_given_tokens_and_compares_exactly() -> None:
    ring = TokenRing({Access.STUDENT: "given-token"})
    assert ring.token(Access.STUDENT) == "given-token"
    assert ring.allows(Access.STUDENT, "given-token")
    assert not ring.allows(Access.STUDENT, "given-toke")
    assert not ring.allows(Access.REMOTE, "given-token")
    assert ring.allows(Access.PUBLIC, "")
    assert len(TokenRing().token(Access.REMOTE)) >= 32


def test_the_server_part_imports_no_qt() -> None:
    """The server runs on its own thread; Qt objects there would be a threading bug waiting."""
    import ast
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "desktop_app" / "classroom"
    for name in ("access.py", "limits.py", "network.py", "server.py"):
        tree = ast.parse((folder / name).read_text(encoding="utf-8"))
        modules = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
        modules += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        assert not [m for m in modules if m.startswith("PySide6")], name
