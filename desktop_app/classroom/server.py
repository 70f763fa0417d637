"""The session's web server: aiohttp on its own thread, with every guard in one place.

`SessionServer` serves a fixed table of `Route`s. Around every route it
checks, in this order: the Host header (against DNS rebinding), the rate
of the calling address and device, the body size, and the route's token
(`Access`). Every response carries the Content-Security-Policy and the
other hardening headers. Connections are capped in number, in number per
address, and in how long they may sit without a request in progress (a
slow client that dribbles its headers is closed).

The server keeps no state of its own. Pages learn news from `Channel`s:
the Qt side publishes an immutable JSON snapshot from any thread, and
phones long-poll for a version newer than the one they hold. Handlers
that take answers hand them to whoever built the routes (a store, a Qt
bridge with queued signals); nothing here waits on the UI or the UI on it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from desktop_app.classroom.access import DEVICE_ID, Access, TokenRing
from desktop_app.classroom.limits import Limits, RateLimiter
from desktop_app.classroom.network import allowed_hosts

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

#: Header carrying the token on API calls (pages carry it in their path as `{token}`).
TOKEN_HEADER = "X-Agora-Token"
#: Header carrying the calling device's id (random, made and kept by the page).
DEVICE_HEADER = "X-Agora-Device"

SECURITY_HEADERS: Mapping[str, str] = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # The token is in the page's URL: never send it on as a referrer.
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cache-Control": "no-store",
}


@dataclass(frozen=True)
class Route:
    """One entry of the route table: nothing else is served."""

    method: str
    path: str
    access: Access
    handler: Handler


@dataclass(frozen=True)
class Field:
    """One key of a JSON body: its type, and for strings the longest value or the allowed ones."""

    kind: type
    max_length: int = 200
    choices: frozenset[str] | None = None
    optional: bool = False


def error(status: type[web.HTTPException], message: str) -> web.HTTPException:
    """A 4xx reply with a short JSON reason the page can show."""
    return status(text=json.dumps({"error": message}), content_type="application/json")


def device_of(request: web.Request) -> str:
    """The calling device's id; 400 when missing or malformed."""
    device = request.headers.get(DEVICE_HEADER, "")
    if not DEVICE_ID.fullmatch(device):
        raise error(web.HTTPBadRequest, "missing or malformed device id")
    return device


async def read_json(request: web.Request, spec: Mapping[str, Field]) -> dict[str, Any]:
    """The request's JSON object, strictly checked against `spec`, or a clean 4xx.

    Only `application/json` is accepted, which also keeps a foreign page from
    posting a plain HTML form here.
    """
    server: SessionServer = request.app[SERVER_KEY]
    if request.content_type != "application/json":
        raise error(web.HTTPUnsupportedMediaType, "expected application/json")
    try:
        raw = await asyncio.wait_for(request.read(), server.limits.body_timeout)
    except asyncio.TimeoutError:
        raise error(web.HTTPRequestTimeout, "body too slow") from None
    except web.HTTPRequestEntityTooLarge:  # a chunked body without Content-Length
        raise _too_large(server.limits.max_body) from None
    try:
        value = json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise error(web.HTTPBadRequest, "malformed JSON") from None
    if not isinstance(value, dict):
        raise error(web.HTTPBadRequest, "expected a JSON object")
    unknown = sorted(set(value) - set(spec))
    if unknown:
        raise error(web.HTTPBadRequest, f"unknown key {unknown[0]!r}")
    for key, field in spec.items():
        if key not in value:
            if field.optional:
                continue
            raise error(web.HTTPBadRequest, f"missing key {key!r}")
        item = value[key]
        # bool is an int in Python; an answer index must never be `true`.
        if not isinstance(item, field.kind) or (field.kind is int and isinstance(item, bool)):
            raise error(web.HTTPBadRequest, f"{key!r} must be {field.kind.__name__}")
        if isinstance(item, str):
            if len(item) > field.max_length:
                raise error(web.HTTPBadRequest, f"{key!r} is longer than {field.max_length}")
            if field.choices is not None and item not in field.choices:
                raise error(web.HTTPBadRequest, f"{key!r} is not one of the choices")
    return value


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


class Channel:
    """The latest snapshot of something phones watch, versioned, published from any thread."""

    def __init__(self, payload: Mapping[str, Any] | None = None) -> None:
        self._lock = threading.Lock()
        # A random start, so a page holding a version from before a restart sees news.
        self._version = secrets.randbelow(2**31)
        self._body = json.dumps(payload or {}).encode("utf-8")
        self._loop: asyncio.AbstractEventLoop | None = None
        self._changed: asyncio.Event | None = None

    @property
    def version(self) -> int:
        return self._version

    def publish(self, payload: Mapping[str, Any]) -> None:
        """Replace the snapshot (serialised once, whoever many phones wait) and wake the waiters."""
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        with self._lock:
            self._version += 1
            self._body = body
            loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._wake)

    def current(self) -> tuple[int, bytes]:
        with self._lock:
            return self._version, self._body

    async def wait(self, since: int, timeout: float) -> tuple[int, bytes]:
        """The snapshot once its version differs from `since`, or the same one after `timeout`."""
        loop = asyncio.get_running_loop()
        if self._changed is None or self._loop is not loop:
            with self._lock:
                self._loop = loop
            self._changed = asyncio.Event()
        changed = self._changed
        version, body = self.current()
        if version != since:
            return version, body
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(changed.wait(), timeout)
        return self.current()

    def _wake(self) -> None:
        if self._changed is not None:
            self._changed.set()
            self._changed = asyncio.Event()


class _Refuse(asyncio.Protocol):
    """Answers a connection beyond the cap by closing it at once."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport.close()


class SessionServer:
    """A running web server for one session; `start()` binds, `stop()` ends it (idempotent).

    `address` is the one interface it binds (see `network.lan_address`);
    `port` 0 lets the system choose. Raises OSError from `start()` when the
    address cannot be bound, on the caller's thread.
    """

    def __init__(
        self,
        routes: Sequence[Route],
        tokens: TokenRing,
        *,
        address: str,
        port: int = 0,
        limits: Limits | None = None,
    ) -> None:
        self._routes = tuple(routes)
        self._tokens = tokens
        self._address = address
        self._port = port
        self.limits = limits or Limits()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._hosts: frozenset[str] = frozenset()
        self._by_address = RateLimiter(self.limits.address_rate, self.limits.address_burst)
        self._by_device = RateLimiter(self.limits.device_rate, self.limits.device_burst)
        # transport -> [requests in progress, time of last activity]
        self._activity: dict[Any, list[float]] = {}
        self._born: dict[Any, float] = {}

    # -- reading -------------------------------------------------------------------------

    @property
    def address(self) -> str:
        return self._address

    @property
    def port(self) -> int:
        """The bound port (the chosen one once started with port 0)."""
        return self._port

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def url(self, path: str = "/") -> str:
        host = f"[{self._address}]" if ":" in self._address else self._address
        return f"http://{host}:{self._port}{path}"

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        family = socket.AF_INET6 if ":" in self._address else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self._address, self._port))
            sock.listen(256)
            sock.setblocking(False)
        except OSError:
            sock.close()
            raise
        self._port = int(sock.getsockname()[1])
        host = f"[{self._address}]" if family == socket.AF_INET6 else self._address
        self._hosts = allowed_hosts(host, self._port)
        ready = threading.Event()
        failure: list[BaseException] = []
        self._thread = threading.Thread(
            target=self._run, args=(sock, ready, failure), name="agora-session-server", daemon=True
        )
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread = None
            raise failure[0]

    def stop(self, timeout: float = 5.0) -> None:
        thread, loop, stopping = self._thread, self._loop, self._stopping
        if thread is None:
            return
        if loop is not None and stopping is not None and not loop.is_closed():
            loop.call_soon_threadsafe(stopping.set)
        thread.join(timeout)
        self._thread = None

    def _run(
        self, sock: socket.socket, ready: threading.Event, failure: list[BaseException]
    ) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve(sock, ready))
        except BaseException as exc:  # reported to start() on the caller's thread
            failure.append(exc)
        finally:
            ready.set()
            loop.close()

    async def _serve(self, sock: socket.socket, ready: threading.Event) -> None:
        self._stopping = asyncio.Event()
        app = self._application()
        runner = web.AppRunner(
            app,
            access_log=None,
            shutdown_timeout=0.5,
            handler_cancellation=True,
            keepalive_timeout=self.limits.idle_timeout,
        )
        await runner.setup()
        factory = runner.server
        assert factory is not None
        limit = self.limits.max_connections

        def protocol() -> asyncio.BaseProtocol:
            if len(factory.connections) >= limit:
                return _Refuse()
            handler = factory()
            self._born[handler] = time.monotonic()
            return handler

        listener = await asyncio.get_running_loop().create_server(protocol, sock=sock)
        sweeper = asyncio.create_task(self._sweep(factory))
        ready.set()
        try:
            await self._stopping.wait()
        finally:
            sweeper.cancel()
            listener.close()
            await runner.cleanup()

    # -- the guards ----------------------------------------------------------------------

    def _application(self) -> web.Application:
        app = web.Application(client_max_size=self.limits.max_body, middlewares=[self._guard])
        app[SERVER_KEY] = self
        for route in self._routes:
            app.router.add_route(route.method, route.path, self._checked(route))
        app.on_response_prepare.append(_harden)
        return app

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        # request.host would fall back to a name lookup when Host is missing.
        if request.headers.get("Host", "") not in self._hosts:
            raise error(web.HTTPMisdirectedRequest, "unknown host")
        peer = request.remote or "?"
        if not self._by_address.allow(peer):
            raise _too_many()
        device = request.headers.get(DEVICE_HEADER)
        if device is not None:
            if not DEVICE_ID.fullmatch(device):
                raise error(web.HTTPBadRequest, "malformed device id")
            if not self._by_device.allow(device):
                raise _too_many()
        if (request.content_length or 0) > self.limits.max_body:
            raise _too_large(self.limits.max_body)
        activity = self._activity.setdefault(request.transport, [0.0, 0.0])
        activity[0] += 1
        try:
            return await handler(request)
        finally:
            activity[0] -= 1
            activity[1] = time.monotonic()

    def _checked(self, route: Route) -> Handler:
        async def checked(request: web.Request) -> web.StreamResponse:
            presented = request.match_info.get("token") or request.headers.get(TOKEN_HEADER) or ""
            if not self._tokens.allows(route.access, presented):
                raise error(web.HTTPForbidden, "wrong or missing token")
            return await route.handler(request)

        return checked

    async def _sweep(self, factory: web.Server) -> None:
        """Close connections that sit idle too long, and the newest beyond one address's share."""
        while True:
            await asyncio.sleep(min(0.5, self.limits.idle_timeout / 2))
            now = time.monotonic()
            live = factory.connections
            per_address: dict[str, int] = {}
            transports = set()
            for handler in live:
                transport = handler.transport
                if transport is None:
                    continue
                transports.add(transport)
                busy, last = self._activity.get(transport, (0.0, 0.0))
                last = max(last, self._born.get(handler, now))
                peer = handler.peername
                key = str(peer[0]) if isinstance(peer, tuple) else str(peer)
                per_address[key] = per_address.get(key, 0) + 1
                if (not busy and now - last > self.limits.idle_timeout) or per_address[
                    key
                ] > self.limits.max_connections_per_address:
                    transport.close()
            _forget(self._activity, transports)
            _forget(self._born, set(live))


SERVER_KEY = web.AppKey("agora_session_server", SessionServer)


def _forget(table: dict[Any, Any], keep: Iterable[Any]) -> None:
    for key in set(table) - set(keep):
        del table[key]


def _too_large(limit: int) -> web.HTTPException:
    return web.HTTPRequestEntityTooLarge(
        limit, text=json.dumps({"error": "body too large"}), content_type="application/json"
    )


def _too_many() -> web.HTTPException:
    reply = error(web.HTTPTooManyRequests, "too many requests, slow down")
    reply.headers["Retry-After"] = "1"
    return reply


async def _harden(_request: web.Request, response: web.StreamResponse) -> None:
    response.headers.update(SECURITY_HEADERS)
