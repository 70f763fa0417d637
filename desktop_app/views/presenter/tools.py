"""The speaker's mouse on the console slide: pointer, spotlight, pen and highlighter.

Mouse positions are mapped to canvas coordinates and written to the shared
state (pointer, spotlight) or ink store (strokes); the audience window
repaints from those, so the room sees the pointer and the pen move live.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QMouseEvent

from desktop_app.annotations import Ink
from desktop_app.render.canvas import HEIGHT, WIDTH
from desktop_app.state.presentation import PresentationState
from desktop_app.views.presenter.ink_store import InkStore
from desktop_app.views.slide_view import SlideView


class Tool(enum.Enum):
    NONE = "none"
    POINTER = "pointer"
    SPOTLIGHT = "spotlight"
    PEN = "pen"
    HIGHLIGHTER = "highlighter"


INKS = {Tool.PEN: Ink.PEN, Tool.HIGHLIGHTER: Ink.HIGHLIGHTER}
CURSORS = {
    Tool.NONE: Qt.CursorShape.ArrowCursor,
    Tool.POINTER: Qt.CursorShape.BlankCursor,
    Tool.SPOTLIGHT: Qt.CursorShape.BlankCursor,
    Tool.PEN: Qt.CursorShape.CrossCursor,
    Tool.HIGHLIGHTER: Qt.CursorShape.CrossCursor,
}


def _on_canvas(point: QPointF) -> bool:
    return 0 <= point.x() <= WIDTH and 0 <= point.y() <= HEIGHT


class ToolInput(QObject):
    """Watches mouse events on the console's current-slide view."""

    def __init__(self, view: SlideView, state: PresentationState, ink: InkStore) -> None:
        super().__init__(view)
        self._view = view
        self._state = state
        self._ink = ink
        self._tool = Tool.NONE
        view.setMouseTracking(True)
        view.installEventFilter(self)
        state.positionChanged.connect(self._slide_moved)

    @property
    def tool(self) -> Tool:
        return self._tool

    def set_tool(self, tool: Tool) -> None:
        if tool is self._tool:
            return
        self._ink.finish()
        self._tool = tool
        self._state.set_spotlight(tool is Tool.SPOTLIGHT)
        if tool not in (Tool.POINTER, Tool.SPOTLIGHT):
            self._state.set_pointer(None)
        self._view.setCursor(CURSORS[tool])

    def _slide_id(self) -> str:
        slide = self._state.slide
        return slide.id if slide is not None else ""

    def _slide_moved(self) -> None:
        # A stroke never spans two slides: the one in progress ends where the slide changed.
        self._ink.finish()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._view or self._tool is Tool.NONE:
            return False
        kind = event.type()
        if kind == QEvent.Type.Leave:
            self._state.set_pointer(None)
            self._ink.finish()
            return False
        if not isinstance(event, QMouseEvent):
            return False
        point = self._view.to_canvas(event.position())
        if self._tool in (Tool.POINTER, Tool.SPOTLIGHT):
            if kind == QEvent.Type.MouseMove:
                self._state.set_pointer(point if _on_canvas(point) else None)
            return False
        ink = INKS[self._tool]
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            if _on_canvas(point):
                self._ink.begin(self._slide_id(), ink, point)
            return True
        if kind == QEvent.Type.MouseMove and event.buttons() & Qt.MouseButton.LeftButton:
            self._ink.extend(point)
            return True
        if kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            self._ink.finish()
            return True
        return False
