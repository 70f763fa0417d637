"""The teacher's phone remote on the session server: pairing, the remote's view, its commands.

A phone opens the remote page from a QR code that only the presenter
console shows; the URL carries the remote token (never the student token,
which opens nothing here). Holding the token is not enough: the phone asks
to pair with its device id, and nothing it sends counts until the speaker
allows that device on the console. One device controls the show at a time;
allowing another, or revoking, locks the previous one out for good.

Like the student routes, these hold no state of the show: the Qt side
publishes an immutable snapshot (slide, notes, timer...) to a `Channel` and
the pictures of the current and next slide as PNG bytes; commands and
pairing requests go back through `RemoteEvents`, whose implementation (a Qt
bridge) queues them onto the GUI thread.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from aiohttp import web

from desktop_app.classroom.access import Access
from desktop_app.classroom.pages import Translate, served_assets
from desktop_app.classroom.server import Channel, Field, Route, device_of, error, read_json

#: What a remote may ask for; each maps to one presenter command on the Qt side.
COMMANDS = frozenset(
    {"next", "previous", "first", "last", "goto", "black", "zoom", "zoom_in", "zoom_out", "unzoom"}
)
#: The pictures a remote may fetch: the slide the room sees, and what comes next.
PICTURES = ("current", "next")
#: The page's files, bundled with the app.
ASSETS = {
    "": ("remote.html", "text/html"),
    "remote.js": ("remote.js", "text/javascript"),
    "remote.css": ("remote.css", "text/css"),
}
#: The longest device label a phone may give (its browser's name, shown on the console).
MAX_LABEL = 60


def remote_path(token: str) -> str:
    """The remote page's path; its files are relative to it, so the token is in every URL."""
    return f"/r/{token}/"


class Pairing(enum.Enum):
    #: Never asked (or forgotten): the page offers to pair.
    UNKNOWN = "unknown"
    #: Asked; the console shows "Allow this device?".
    PENDING = "pending"
    #: Allowed, and the one device that controls the show.
    APPROVED = "approved"
    #: The speaker said no.
    REFUSED = "refused"
    #: Was allowed; revoked on the console, or replaced by another device.
    REVOKED = "revoked"


class RemoteEvents(Protocol):
    """Where the remote's news goes (the Qt bridge); called on the server thread."""

    def pairing_requested(self, device: str, label: str) -> None: ...

    def command(self, name: str, arguments: dict[str, Any]) -> None: ...


@dataclass(frozen=True)
class Request:
    """A device waiting for the speaker's answer."""

    device: str
    label: str


class Devices:
    """Which device may drive the show. Thread-safe: the console and the server both call it.

    A refused or revoked device stays locked out for this run: it cannot
    nag the console with new requests, and a stolen phone is done for.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: dict[str, Pairing] = {}
        self._labels: dict[str, str] = {}
        self._controller: str | None = None

    def status(self, device: str) -> Pairing:
        with self._lock:
            return self._state.get(device, Pairing.UNKNOWN)

    def controls(self, device: str) -> bool:
        with self._lock:
            return device == self._controller

    @property
    def controller(self) -> Request | None:
        with self._lock:
            device = self._controller
            return Request(device, self._labels.get(device, "")) if device else None

    def pending(self) -> list[Request]:
        with self._lock:
            return [
                Request(d, self._labels.get(d, ""))
                for d, s in self._state.items()
                if s is Pairing.PENDING
            ]

    def request(self, device: str, label: str) -> tuple[Pairing, bool]:
        """A device asks to pair: (its status, whether the console must be asked now)."""
        with self._lock:
            status = self._state.get(device, Pairing.UNKNOWN)
            if status is not Pairing.UNKNOWN:
                return status, False
            self._state[device] = Pairing.PENDING
            self._labels[device] = label
            return Pairing.PENDING, True

    def approve(self, device: str) -> bool:
        """Let a pending device drive the show; the one before it is locked out."""
        with self._lock:
            if self._state.get(device) is not Pairing.PENDING:
                return False
            if self._controller is not None:
                self._state[self._controller] = Pairing.REVOKED
            self._state[device] = Pairing.APPROVED
            self._controller = device
            return True

    def refuse(self, device: str) -> None:
        with self._lock:
            if self._state.get(device) is Pairing.PENDING:
                self._state[device] = Pairing.REFUSED

    def revoke(self) -> Request | None:
        """Lock the controlling device out; returns who it was."""
        with self._lock:
            device, self._controller = self._controller, None
            if device is None:
                return None
            self._state[device] = Pairing.REVOKED
            return Request(device, self._labels.get(device, ""))


class RemoteRoutes:
    """The remote's route table over the shared `SessionServer`, and what it serves.

    The page speaks `language`, the teacher's interface language (`translate`
    gives its words), since only the teacher holds the remote.
    """

    def __init__(
        self,
        events: RemoteEvents,
        language: str,
        translate: Translate,
        poll_timeout: float = 25.0,
    ) -> None:
        self._events = events
        self._poll_timeout = poll_timeout
        self.devices = Devices()
        self.view = Channel({})
        self.slides = Channel({"slides": []})
        self._lock = threading.Lock()
        self._pictures: dict[str, bytes] = {}
        self._assets = served_assets(ASSETS, language, translate)

    def routes(self) -> list[Route]:
        r = Access.REMOTE
        pages = [Route("GET", f"/r/{{token}}/{path}", r, self._asset) for path in ASSETS]
        return [
            *pages,
            Route("POST", "/api/remote/pair", r, self._pair),
            Route("GET", "/api/remote/pair", r, self._pair_status),
            Route("GET", "/api/remote/state", r, self._state),
            Route("GET", "/api/remote/slides", r, self._slides),
            Route("GET", "/api/remote/picture/{which}", r, self._picture),
            Route("POST", "/api/remote/command", r, self._command),
        ]

    # -- the Qt side publishes -----------------------------------------------------------

    def publish(self, view: Mapping[str, Any]) -> None:
        self.view.publish(view)

    def publish_slides(self, titles: list[str]) -> None:
        self.slides.publish({"slides": titles})

    def set_picture(self, which: str, png: bytes | None) -> None:
        with self._lock:
            if png is None:
                self._pictures.pop(which, None)
            else:
                self._pictures[which] = png

    # -- handlers ------------------------------------------------------------------------

    async def _asset(self, request: web.Request) -> web.StreamResponse:
        path = request.path.rsplit("/", 1)[-1]
        body, kind = self._assets[path]
        return web.Response(body=body, content_type=kind, charset="utf-8")

    async def _pair(self, request: web.Request) -> web.StreamResponse:
        device = device_of(request)
        body = await read_json(request, {"label": Field(str, max_length=MAX_LABEL)})
        label = " ".join(str(body["label"]).split()) or "Phone"
        status, ask = self.devices.request(device, label)
        if ask:
            self._events.pairing_requested(device, label)
        return web.json_response({"status": status.value})

    async def _pair_status(self, request: web.Request) -> web.StreamResponse:
        return web.json_response({"status": self.devices.status(device_of(request)).value})

    def _controller(self, request: web.Request) -> str:
        """The calling device, if it is the one allowed to drive the show; else 403."""
        device = device_of(request)
        if not self.devices.controls(device):
            raise error(web.HTTPForbidden, "this device is not allowed to control the show")
        return device

    async def _state(self, request: web.Request) -> web.StreamResponse:
        self._controller(request)
        since = _int(request.query.get("since", "-1"))
        version, body = await self.view.wait(since, self._poll_timeout)
        # Revoked while waiting: the answer must not carry the notes any more.
        self._controller(request)
        return web.Response(
            body=body, content_type="application/json", headers={"X-Agora-Version": str(version)}
        )

    async def _slides(self, request: web.Request) -> web.StreamResponse:
        self._controller(request)
        _version, body = self.slides.current()
        return web.Response(body=body, content_type="application/json")

    async def _picture(self, request: web.Request) -> web.StreamResponse:
        self._controller(request)
        which = request.match_info["which"]
        if which not in PICTURES:
            raise error(web.HTTPNotFound, "no such picture")
        with self._lock:
            png = self._pictures.get(which)
        if png is None:
            raise error(web.HTTPNotFound, "no picture yet")
        return web.Response(body=png, content_type="image/png")

    async def _command(self, request: web.Request) -> web.StreamResponse:
        self._controller(request)
        body = await read_json(
            request,
            {
                "command": Field(str, max_length=20, choices=COMMANDS),
                "slide": Field(int, optional=True),
                # Canvas pixels and a percentage: JSON numbers the page sends as integers.
                "x": Field(int, optional=True),
                "y": Field(int, optional=True),
                "percent": Field(int, optional=True),
            },
        )
        name = str(body.pop("command"))
        if name == "goto" and "slide" not in body:
            raise error(web.HTTPBadRequest, "goto needs 'slide'")
        if name == "zoom" and not {"x", "y", "percent"} <= set(body):
            raise error(web.HTTPBadRequest, "zoom needs 'x', 'y' and 'percent'")
        self._events.command(name, body)
        return web.json_response({"ok": True}, status=202)


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise error(web.HTTPBadRequest, "'since' must be a number") from None
