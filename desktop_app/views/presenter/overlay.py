"""Laser pointer, spotlight and ink painted over a SlideView.

The same overlay sits on the console's current slide and on the audience
slide, so what the speaker draws or points at is what the room sees. It is a
transparent child widget rather than part of SlideView, so the shared slide
widget stays ignorant of presenter tools and the slide itself is not
repainted (or re-laid out) for every mouse move.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QRadialGradient
from PySide6.QtWidgets import QWidget

from desktop_app.render.canvas import CANVAS
from desktop_app.render.ink import paint_strokes
from desktop_app.state.presentation import PresentationState, Screen
from desktop_app.views.presenter.ink_store import InkStore
from desktop_app.views.slide_view import SlideView

#: Canvas radii: a pointer dot visible from the back row, a spotlight about a paragraph wide.
POINTER_RADIUS = 16.0
SPOTLIGHT_RADIUS = 190.0


class SlideOverlay(QWidget):
    """Paints the tools for whichever slide its SlideView shows.

    `audience=True` follows `state.audience_position` (frozen support) and
    hides everything on a black or white screen; otherwise it follows the
    live position, as the speaker's console does.
    """

    def __init__(
        self, view: SlideView, state: PresentationState, ink: InkStore, audience: bool
    ) -> None:
        super().__init__(view)
        self._view = view
        self._state = state
        self._ink = ink
        self._audience = audience
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(view.rect())
        view.installEventFilter(self)
        state.positionChanged.connect(self.update)
        state.frozenChanged.connect(self.update)
        state.screenChanged.connect(self.update)
        state.pointerChanged.connect(self.update)
        state.spotlightChanged.connect(self.update)
        state.deckChanged.connect(self.update)
        state.zoomChanged.connect(self.update)
        ink.changed.connect(self._ink_changed)

    def shown_index(self) -> int:
        return self._state.audience_position[0] if self._audience else self._state.index

    def shown_slide_id(self) -> str:
        slides = self._state.deck.slides
        return slides[min(self.shown_index(), len(slides) - 1)].id if slides else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.rect())
        return False

    def _ink_changed(self, slide_id: str) -> None:
        if slide_id == self.shown_slide_id():
            self.update()

    def _hidden(self) -> bool:
        return self._audience and self._state.screen is not Screen.SLIDE

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._hidden() or not self._state.deck.slides:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(self._view.slide_rect())
        # The view's transform carries the room's zoom, so ink and pointer stay on their words.
        painter.setTransform(self._view.canvas_transform())
        paint_strokes(painter, self._ink.strokes(self.shown_slide_id()))
        pointer = self._state.pointer
        # The pointer belongs to the live slide: on a frozen, different slide it would mislead.
        if pointer is not None and self.shown_index() == self._state.index:
            if self._state.spotlight:
                _paint_spotlight(painter, pointer)
            else:
                _paint_pointer(painter, pointer)
        painter.end()


def _paint_pointer(painter: QPainter, at: QPointF) -> None:
    glow = QRadialGradient(at, POINTER_RADIUS * 2)
    glow.setColorAt(0.0, QColor(255, 40, 40, 255))
    glow.setColorAt(0.45, QColor(255, 40, 40, 230))
    glow.setColorAt(1.0, QColor(255, 40, 40, 0))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(glow)
    painter.drawEllipse(at, POINTER_RADIUS * 2, POINTER_RADIUS * 2)


def _paint_spotlight(painter: QPainter, at: QPointF) -> None:
    shade = QPainterPath()
    shade.addRect(CANVAS)
    shade.addEllipse(
        QRectF(
            at.x() - SPOTLIGHT_RADIUS,
            at.y() - SPOTLIGHT_RADIUS,
            2 * SPOTLIGHT_RADIUS,
            2 * SPOTLIGHT_RADIUS,
        )
    )
    shade.setFillRule(Qt.FillRule.OddEvenFill)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 170))
    painter.drawPath(shade)
