"""The phone remote inside the presenter: what the phone sees, and what it may do.

`PhoneRemote` is the Qt side of `classroom.remote`. It watches the one
presentation state (and the talk timer) and publishes what a paired phone
shows: slide number and title, notes, black screen, zoom, timer and pace,
and PNGs of the room's slide and the next one from the one renderer. Taps
on the phone arrive as queued signals on the GUI thread and run the same
presenter commands as the keyboard, so a tap on Next reveals a comparison
row just as a clicker does. Pairing waits for the speaker: the console
asks "Allow this device?" and calls `approve` or `refuse`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QPointF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QTextDocument

from desktop_app.classroom.access import Access, TokenRing
from desktop_app.classroom.limits import Limits
from desktop_app.classroom.remote import RemoteRoutes, Request, remote_path
from desktop_app.classroom.server import SessionServer
from desktop_app.i18n import deck_words, installed_language
from desktop_app.render import zoom
from desktop_app.render.canvas import CANVAS
from desktop_app.render.renderer import SlideRenderer
from desktop_app.state.presentation import PresentationState, Screen
from desktop_app.text.markdown import pane_part, to_html
from desktop_app.views.presenter.timer import TalkTimer, TimeWords, pace

#: The phone's pictures: sharp on a phone held upright or sideways, a few dozen KB each.
PICTURE_SIZE = QSize(640, 360)
#: Pictures kept per deck: a talk's worth of back-and-forth without rendering again.
PICTURE_CACHE = 64
#: Milliseconds after a move before the pictures are made: the room paints first.
PICTURE_DELAY = 40


class _Bridge(QObject):
    """`RemoteEvents` as signals: emitted on the server thread, run on the GUI thread."""

    pairingSignal = Signal(str, str)
    commandSignal = Signal(str, object)

    def pairing_requested(self, device: str, label: str) -> None:
        self.pairingSignal.emit(device, label)

    def command(self, name: str, arguments: dict[str, Any]) -> None:
        self.commandSignal.emit(name, arguments)


class PhoneRemote(QObject):
    #: A device asks to pair (device id, its label): the console asks the speaker.
    pairingRequested = Signal(str, str)
    #: The device in control changed: paired, replaced or revoked.
    controllerChanged = Signal()
    #: The remote's server started (True) or stopped.
    runningChanged = Signal(bool)

    def __init__(
        self,
        state: PresentationState,
        timer: TalkTimer,
        commands: Mapping[str, Callable[[], None]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._timer = timer
        self._commands = dict(commands)
        self.tokens = TokenRing()
        self.token = self.tokens.token(Access.REMOTE)
        self._bridge = _Bridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.pairingSignal.connect(self.pairingRequested, queued)
        self._bridge.commandSignal.connect(self._run, queued)
        # Only the teacher holds the remote: its page speaks the interface's language.
        language = installed_language()
        self.routes = RemoteRoutes(self._bridge, language, deck_words(language).translate)
        self._words = TimeWords(deck_words(language).translate)
        self._server: SessionServer | None = None
        self._url = ""
        self._deck_version = 0
        self._renderer = SlideRenderer(state.deck)
        self._pictures: OrderedDict[tuple[int, int], bytes] = OrderedDict()
        self._picture_version = 0
        self._last_view: dict[str, Any] = {}
        self._picture_timer = QTimer(self)
        self._picture_timer.setSingleShot(True)
        self._picture_timer.setInterval(PICTURE_DELAY)
        self._picture_timer.timeout.connect(self._make_pictures)
        # Pace and the countdown change by the minute; the phone counts seconds itself.
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self.publish)
        for signal in (
            state.positionChanged,
            state.screenChanged,
            state.frozenChanged,
            state.zoomChanged,
        ):
            signal.connect(self._moved)
        state.deckChanged.connect(self._deck_changed)

    # -- reading -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return bool(self._url)

    @property
    def url(self) -> str:
        """The pairing URL (for the console's QR code only), or "" when off."""
        return self._url

    @property
    def controller(self) -> Request | None:
        return self.routes.devices.controller

    def pending(self) -> list[Request]:
        return self.routes.devices.pending()

    # -- lifecycle -----------------------------------------------------------------------

    def start(self, address: str, port: int = 0, limits: Limits | None = None) -> str:
        """Serve the remote alone (no class session) on `address`; returns its URL.

        Raises OSError when the address cannot be bound.
        """
        if not self._url:
            server = SessionServer(
                self.routes.routes(), self.tokens, address=address, port=port, limits=limits
            )
            server.start()
            self._server = server
            self._serving(server.url(remote_path(self.token)))
        return self._url

    def stop(self) -> None:
        """Stop serving; a paired phone is locked out (it must be allowed again next time)."""
        server, self._server, self._url = self._server, None, ""
        if server is not None:
            server.stop()
        self._clock.stop()
        self.revoke()
        self.runningChanged.emit(False)

    def _serving(self, url: str) -> None:
        self._url = url
        self._publish_slides()
        self.publish()
        self._make_pictures()
        self._clock.start()
        self.runningChanged.emit(True)

    # -- pairing (the console's answers) -------------------------------------------------

    def approve(self, device: str) -> bool:
        """Allow a waiting device; the device in control before it is locked out."""
        if not self.routes.devices.approve(device):
            return False
        self.controllerChanged.emit()
        return True

    def refuse(self, device: str) -> None:
        self.routes.devices.refuse(device)

    def revoke(self) -> None:
        if self.routes.devices.revoke() is not None:
            self.controllerChanged.emit()
        # Wake a waiting long poll, so the revoked phone learns it at once.
        self.publish(force=True)

    # -- what the phone sees -------------------------------------------------------------

    def view(self) -> dict[str, Any]:
        """The phone's snapshot of the show: everything but the pictures' bytes."""
        state, deck = self._state, self._state.deck
        slide = state.slide
        elapsed = self._timer.elapsed()
        cue = pace(deck, state.index, elapsed)
        notes = slide.notes.strip() if slide is not None else ""
        return {
            "deck": self._deck_version,
            "title": deck.title,
            "slide": state.index + 1,
            "count": state.count,
            "step": state.step,
            "steps": slide.fragments if slide is not None else 0,
            "slide_title": (slide.title or slide.id) if slide is not None else "",
            "notes": _paragraphs(notes),
            "black": state.screen is not Screen.SLIDE,
            "frozen": state.frozen,
            "zoom": round(zoom.factor(state.zoom), 2),
            "end": state.next_position() is None,
            "timer": {"elapsed": round(elapsed, 1), "running": self._timer.running},
            "pace": self._words.pace(cue),
            "pace_kind": cue.kind.value,
            "left": self._words.countdown(deck.duration_minutes, elapsed),
            "pictures": self._picture_version,
        }

    def publish(self, force: bool = False) -> None:
        """Send the snapshot to the phone if anything it shows changed."""
        if not self.running:
            return
        view = self.view()
        # Elapsed seconds alone are not news: the phone counts them itself.
        compared = {**view, "timer": {**view["timer"], "elapsed": 0}}
        if force or compared != self._last_view:
            self._last_view = compared
            self.routes.publish(view)

    def _moved(self) -> None:
        self.publish()
        if self.running:
            self._picture_timer.start()

    def _deck_changed(self) -> None:
        self._deck_version += 1
        self._renderer = SlideRenderer(self._state.deck)
        self._pictures.clear()
        if self.running:
            self._publish_slides()
        self._moved()

    def _publish_slides(self) -> None:
        self.routes.publish_slides([s.title or s.id for s in self._state.deck.slides])

    def _make_pictures(self) -> None:
        """PNGs of the room's slide and the next step, from the one renderer, cached."""
        if not self.running or not self._state.count:
            return
        self.routes.set_picture("current", self._picture(*self._state.audience_position))
        upcoming = self._state.next_position()
        self.routes.set_picture("next", self._picture(*upcoming) if upcoming else None)
        self._picture_version += 1
        self.publish()

    def _picture(self, index: int, step: int) -> bytes:
        key = (index, step)
        png = self._pictures.get(key)
        if png is None:
            image = self._renderer.image(index, PICTURE_SIZE, step)
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")  # type: ignore[call-overload]  # str works; stubs say bytes
            buffer.close()
            png = bytes(data.data())
            self._pictures[key] = png
            while len(self._pictures) > PICTURE_CACHE:
                self._pictures.popitem(last=False)
        else:
            self._pictures.move_to_end(key)
        return png

    # -- what the phone may do -----------------------------------------------------------

    def _run(self, name: str, arguments: dict[str, Any]) -> None:
        """One command from the controlling phone, on the GUI thread."""
        state = self._state
        if name in self._commands:
            self._commands[name]()
        elif name == "goto":
            state.goto(int(arguments["slide"]) - 1, 0)
        elif name == "zoom":
            center = QPointF(float(arguments["x"]), float(arguments["y"]))
            state.set_zoom(zoom.around(center, int(arguments["percent"]) / 100))
        elif name in ("zoom_in", "zoom_out"):
            current = state.zoom
            if current is None:
                if name == "zoom_in":
                    state.set_zoom(zoom.around(CANVAS.center(), zoom.DEFAULT_FACTOR))
                return
            by = zoom.STEP if name == "zoom_in" else 1 / zoom.STEP
            state.set_zoom(zoom.rescaled(current, current.center(), by))
        elif name == "unzoom":
            state.set_zoom(None)


def _paragraphs(notes: str) -> list[str]:
    """Speaker notes as plain paragraphs: the phone shows them as text, never as HTML."""
    if not notes:
        return []
    document = QTextDocument()
    document.setHtml(to_html(pane_part(notes)[0]))  # a phone reads no more than a pane shows
    return [line.strip() for line in document.toPlainText().splitlines() if line.strip()]
