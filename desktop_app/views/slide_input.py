"""What the presenter does to the slide itself: typed slide numbers, clicks, the wheel.

Key bindings live in the action table; these inputs cannot be QActions
(a number is typed over several keys, a wheel turn arrives in many small
events), so they are interpreted here. The decisions are plain classes with
no widgets, so they are tested directly.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QWidget

#: Forget a half-typed slide number after this long without a key.
NUMBER_TIMEOUT_MS = 3000
#: A wheel or trackpad gesture ends after this long without events.
WHEEL_GESTURE_GAP_S = 0.25
#: Hide the mouse cursor in full screen after this long without movement.
CURSOR_IDLE_MS = 2000


class NumberEntry:
    """Digits typed on the slide, then Enter: the slide number to jump to."""

    MAX_DIGITS = 4

    def __init__(self) -> None:
        self.text = ""

    def type_digit(self, digit: str) -> None:
        if len(self.text) < self.MAX_DIGITS:
            self.text = (self.text + digit).lstrip("0")

    def erase(self) -> None:
        self.text = self.text[:-1]

    def commit(self) -> int | None:
        """The 1-based slide number typed, if any; the entry starts over either way."""
        number = int(self.text) if self.text else None
        self.text = ""
        return number

    def clear(self) -> None:
        self.text = ""


class WheelThrottle:
    """One slide per wheel gesture, so a trackpad flick does not skip ten slides.

    A gesture is a burst of wheel events in one direction; it ends after a
    short pause or when the direction changes. The first notch (120 units, or
    the same amount of trackpad pixels) of a gesture moves one slide; the rest
    of the gesture, momentum included, is swallowed.
    """

    NOTCH = 120

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._last = float("-inf")
        self._direction = 0
        self._total = 0
        self._fired = False

    def feed(self, delta: int) -> int:
        """Feed one event's vertical delta; returns +1 (next), -1 (previous) or 0."""
        if delta == 0:
            return 0
        now = self._clock()
        direction = -1 if delta > 0 else 1  # wheel away from you = back, like a page
        if now - self._last > WHEEL_GESTURE_GAP_S or direction != self._direction:
            self._direction, self._total, self._fired = direction, 0, False
        self._last = now
        if self._fired:
            return 0
        self._total += abs(delta)
        if self._total >= self.NOTCH:
            self._fired = True
            return direction
        return 0


class SlideInput(QObject):
    """Event filter on the slide widget: clicks, wheel, digits + Enter, cursor hiding."""

    #: Move by build steps: +1 next, -1 previous.
    stepRequested = Signal(int)
    #: A typed 1-based slide number was confirmed with Enter.
    numberEntered = Signal(int)
    #: The half-typed number changed ("" when none); shown over the slide.
    typingChanged = Signal(str)

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self._target = target
        self.entry = NumberEntry()
        self.wheel = WheelThrottle()
        self._forget = QTimer(self, singleShot=True, interval=NUMBER_TIMEOUT_MS)
        self._forget.timeout.connect(self._clear)
        self._idle = QTimer(self, singleShot=True, interval=CURSOR_IDLE_MS)
        self._idle.timeout.connect(lambda: target.setCursor(Qt.CursorShape.BlankCursor))
        self._hide_cursor = False
        target.setMouseTracking(True)
        target.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        target.installEventFilter(self)

    def set_cursor_hiding(self, on: bool) -> None:
        """In full screen the cursor hides when idle and comes back when the mouse moves."""
        self._hide_cursor = on
        if on:
            self._idle.start()
        else:
            self._idle.stop()
            self._target.unsetCursor()

    @property
    def cursor_hidden(self) -> bool:
        return self._target.cursor().shape() == Qt.CursorShape.BlankCursor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # While a number is being typed, Enter/Backspace/Esc edit it instead of their actions.
            if self.entry.text and event.key() in _EDIT_KEYS:
                event.accept()
                return True
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.LeftButton:
                self.stepRequested.emit(1)
                return True
            if event.button() == Qt.MouseButton.RightButton:
                self.stepRequested.emit(-1)
                return True
        elif kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            delta = event.angleDelta().y() or event.pixelDelta().y()
            step = self.wheel.feed(delta)
            if step:
                self.stepRequested.emit(step)
            return True
        elif kind == QEvent.Type.MouseMove and self._hide_cursor:
            self._target.unsetCursor()
            self._idle.start()
        return False

    def _key(self, event: QKeyEvent) -> bool:
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and len(text) == 1 and text.isdigit():
            self.entry.type_digit(text)
        elif self.entry.text and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            number = self.entry.commit()
            if number is not None:
                self.numberEntered.emit(number)
        elif self.entry.text and event.key() == Qt.Key.Key_Backspace:
            self.entry.erase()
        elif self.entry.text and event.key() == Qt.Key.Key_Escape:
            self.entry.clear()
        else:
            return False
        self._forget.start()
        self.typingChanged.emit(self.entry.text)
        return True

    def _clear(self) -> None:
        self.entry.clear()
        self.typingChanged.emit("")


_EDIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace, Qt.Key.Key_Escape)
