"""The class session as the room sees it: the renderer's join screen or live result."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.classroom.activity import RoomView
from desktop_app.i18n import deck_words
from desktop_app.render.class_room import paint_join, paint_results
from desktop_app.render.theme import Theme


class ClassRoomView(QWidget):
    """Paints a `RoomView` snapshot; `set_room` replaces it and repaints."""

    def __init__(self, theme: Theme, room: RoomView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._room = room
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Class session shown to the room"))

    @property
    def room(self) -> RoomView:
        return self._room

    def set_room(self, room: RoomView) -> None:
        self._room = room
        self.setAccessibleDescription(
            self.tr("%n students joined", "", room.joined)
            if room.screen == "join"
            else self.tr("%n answers", "", sum(room.tally.values()))
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 270)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint = paint_join if self._room.screen == "join" else paint_results
        # The room's picture speaks the deck's language, not the console's.
        words = deck_words(self._room.language)
        paint(painter, QRectF(self.rect()), self._theme, self._room, words)
        painter.end()
