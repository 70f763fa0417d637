"""Zooming the room's view from the console: Z, the mouse wheel, a dragged rectangle.

The speaker works on the console's current slide, which always shows the
whole slide; the zoom goes into the shared presentation state, and the
room's view (and a paired phone) follow it. Only the console sees the
rectangle being dragged and an outline of the zoomed region: the room sees
the zoomed picture appear, never the gesture.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QWidget

from desktop_app.render import zoom
from desktop_app.render.canvas import CANVAS
from desktop_app.state.presentation import PresentationState
from desktop_app.views.presenter.tools import Tool, ToolInput
from desktop_app.views.slide_view import SlideView

#: A press that moves less than this many screen pixels is a click, not a rectangle.
DRAG_THRESHOLD = 8
#: One notch of a standard mouse wheel, in Qt's eighths of a degree.
WHEEL_NOTCH = 120


class ZoomInput(QObject):
    """Turns the speaker's gestures on the console's current slide into the room's zoom."""

    def __init__(self, view: SlideView, state: PresentationState, tools: ToolInput) -> None:
        super().__init__(view)
        self._view = view
        self._state = state
        self._tools = tools
        self._hover: QPointF | None = None
        self._pressed_at: QPointF | None = None
        self.band: QRectF | None = None
        self.marks = ZoomMarks(view, state, self)
        view.setMouseTracking(True)
        view.installEventFilter(self)

    def toggle(self) -> None:
        """Z: zoom 2× around the mouse on the slide (its centre if the mouse is elsewhere),
        or return to the whole slide."""
        if self._state.zoom is not None:
            self._state.set_zoom(None)
            return
        center = self._hover if self._hover is not None else CANVAS.center()
        self._state.set_zoom(zoom.around(center, zoom.DEFAULT_FACTOR))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._view:
            return False
        kind = event.type()
        if kind == QEvent.Type.Leave:
            self._hover = None
        elif kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            return self._wheel(event)
        elif isinstance(event, QMouseEvent):
            return self._mouse(kind, event)
        return False

    def _wheel(self, event: QWheelEvent) -> bool:
        """While zoomed, each notch zooms in or out around the mouse; 1× ends the zoom.

        Unzoomed, the wheel does nothing here: a stray scroll must not zoom the room.
        """
        current = self._state.zoom
        notches = event.angleDelta().y() / WHEEL_NOTCH
        if current is None or not notches:
            return False
        center = self._view.to_canvas(event.position())
        self._state.set_zoom(zoom.rescaled(current, center, zoom.STEP**notches))
        return True

    def _mouse(self, kind: QEvent.Type, event: QMouseEvent) -> bool:
        point = event.position()
        on_slide = self._view.slide_rect().contains(point)
        if kind == QEvent.Type.MouseMove:
            self._hover = self._view.to_canvas(point) if on_slide else None
            if self._pressed_at is not None and (
                self.band is not None
                or (point - self._pressed_at).manhattanLength() >= DRAG_THRESHOLD
            ):
                start = self._view.to_canvas(self._pressed_at)
                self.band = QRectF(start, self._view.to_canvas(point)).normalized()
                self.marks.update()
                return True
            return False
        left = event.button() == Qt.MouseButton.LeftButton
        if kind == QEvent.Type.MouseButtonPress and left:
            # Drawing tools own the left button; with none chosen, a drag picks a region.
            free = self._tools.tool is Tool.NONE
            self._pressed_at = point if free and on_slide else None
            return False
        if kind == QEvent.Type.MouseButtonRelease and left:
            band, self.band, self._pressed_at = self.band, None, None
            if band is None:
                return False  # a plain click: links and the like still get it
            self.marks.update()
            region = zoom.enclosing(band)
            if region is not None:
                self._state.set_zoom(region)
            return True
        return False


class ZoomMarks(QWidget):
    """The console's view of the zoom: the room's region outlined, the dragged band."""

    def __init__(self, view: SlideView, state: PresentationState, source: ZoomInput) -> None:
        super().__init__(view)
        self._view = view
        self._state = state
        self._source = source
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(view.rect())
        view.installEventFilter(self)
        state.zoomChanged.connect(self.update)
        state.positionChanged.connect(self.update)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self._state.zoom
        band = self._source.band
        if shown is None and band is None:
            return
        painter = QPainter(self)
        painter.setClipRect(self._view.slide_rect())
        painter.setTransform(self._view.canvas_transform())
        if shown is not None:
            # What the room sees: everything outside it dimmed, the region outlined.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 90))
            outside = QRectF(CANVAS)
            for part in _around(outside, shown):
                painter.drawRect(part)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_cosmetic(QColor("#ffb000"), Qt.PenStyle.SolidLine))
            painter.drawRect(shown)
        if band is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_cosmetic(QColor("#00a0ff"), Qt.PenStyle.DashLine))
            painter.drawRect(band)
        painter.end()


def _cosmetic(color: QColor, style: Qt.PenStyle) -> QPen:
    pen = QPen(color, 2, style)
    pen.setCosmetic(True)  # two screen pixels wide, whatever the console's size
    return pen


def _around(outer: QRectF, inner: QRectF) -> list[QRectF]:
    """The four bands of `outer` outside `inner` (top, bottom, left, right)."""
    return [
        QRectF(outer.left(), outer.top(), outer.width(), inner.top() - outer.top()),
        QRectF(outer.left(), inner.bottom(), outer.width(), outer.bottom() - inner.bottom()),
        QRectF(outer.left(), inner.top(), inner.left() - outer.left(), inner.height()),
        QRectF(inner.right(), inner.top(), outer.right() - inner.right(), inner.height()),
    ]
