"""A widget that shows one slide through the shared renderer.

Used by the audience window, the presenter console's previews and study
mode. It paints what it is told (deck, index, step); callers connect it to
the presentation state, so the same widget can show the current slide, the
next one, or a frozen one. Screen readers read the same slide at the same
step through `slide_access.SlideAccessible`; a view that `announces` also
speaks each change (a new slide whole, a build step's new lines) without
taking the focus. That module and the reading of slides load the first time
a screen reader asks for a view, not before the first slide is shown.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.model.deck import Deck
from desktop_app.render.canvas import HEIGHT, WIDTH, RenderOptions
from desktop_app.render.renderer import SlideRenderer, letterbox
from desktop_app.render.theme import Theme

if TYPE_CHECKING:
    from PySide6.QtGui import QAccessibleInterface

    from desktop_app.text.reading import Reading


class SlideView(QWidget):
    #: A click on the slide, in logical canvas coordinates (1920×1080).
    canvasClicked = Signal(QPointF, Qt.MouseButton)
    #: The first slide reached the screen: windows build what can wait until then.
    firstPainted = Signal()
    #: Whether the accessible name says "Slide n of m" (a comparison view is not a slide).
    numbered = True

    def __init__(
        self, deck: Deck, theme: Theme | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._renderer = SlideRenderer(deck, theme)
        self._index = 0
        self._step: int | None = 0
        self._options = RenderOptions()
        self._blank: QColor | None = None
        self._painted = False
        #: What the last prefetch was for: repaints of the same slide (a moving
        #: laser pointer, say) must not queue the same prefetch again and again.
        self._prefetched: tuple[object, ...] = ()
        #: Speak changes to screen readers: on for the view a user follows, off for previews.
        self.announces = False
        self._reading: tuple[tuple[object, ...], Reading | None] = ((), None)
        _install_accessibility()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    @property
    def renderer(self) -> SlideRenderer:
        return self._renderer

    def set_deck(self, deck: Deck, theme: Theme | None = None) -> None:
        self._renderer = SlideRenderer(deck, theme)
        self.update()

    def set_position(self, index: int, step: int | None) -> None:
        if (index, step) != (self._index, self._step):
            before = self.reading() if self.announces and QAccessible.isActive() else None
            self._index, self._step = index, step
            self.update()
            if before is not None:
                self._announce(before)

    def set_options(self, options: RenderOptions) -> None:
        selected = self.selected_card()
        self._options = options
        self.update()
        if QAccessible.isActive() and self.selected_card() not in ("", selected):
            self._focus_card()

    # -- what screen readers read ----------------------------------------------------------

    def reading(self) -> Reading | None:
        """The shown slide's text at the shown step (None for an empty deck), computed once."""
        slides = self._renderer.deck.slides
        if not slides:
            return None
        index = min(self._index, len(slides) - 1)
        key = (id(self._renderer), index, self._step)
        if self._reading[0] != key:
            from desktop_app.text.reading import slide_reading
            from desktop_app.views.slide_access import phrases

            reading = slide_reading(self._renderer.deck, index, self._step, phrases())
            self._reading = (key, reading)
        return self._reading[1]

    def selected_card(self) -> str:
        """The argument the comparison's arrow keys selected ("" when none)."""
        focus = self._options.comparison
        return focus.selected if focus is not None else ""

    def card_rect(self, argument_id: str) -> QRect:
        """Where a card is on screen (global coordinates); the whole slide for other blocks."""
        from desktop_app.render.layouts.comparison import card_rects

        debate = self._renderer.deck.debate
        rect = self.slide_rect()
        if argument_id and debate is not None and self._renderer.deck.slides:
            slide = self._renderer.deck.slides[
                min(self._index, len(self._renderer.deck.slides) - 1)
            ]
            found = card_rects(debate, slide.dimensions).get(argument_id)
            if found is not None:
                rect = self.canvas_transform().mapRect(found)
        return QRect(self.mapToGlobal(rect.topLeft().toPoint()), rect.size().toSize())

    def _announce(self, before: Reading) -> None:
        """Speak a new slide whole, or only the lines a build step added to the same slide."""
        after = self.reading()
        if after is None or after == before:
            return
        if (after.number, after.count) == (before.number, before.count):
            old = set(before.text.splitlines())
            message = "\n".join(line for line in after.text.splitlines() if line not in old)
        else:
            message = f"{after.name}\n{after.text}"
        if message:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, message))
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def _focus_card(self) -> None:
        """Move the accessible focus to the selected card, so it is read as the arrows move."""
        from desktop_app.views.slide_access import SlideAccessible

        interface = QAccessible.queryAccessibleInterface(self)
        if isinstance(interface, SlideAccessible) and self.hasFocus():
            card = interface.focused_card()
            if card is not None:
                QAccessible.updateAccessibility(QAccessibleEvent(card, QAccessible.Event.Focus))

    def set_zoom(self, region: QRectF | None) -> None:
        """Enlarge a canvas region to fill the slide (None: the whole slide)."""
        zoom = None if region is None else (region.x(), region.y(), region.width(), region.height())
        if zoom != self._options.zoom:
            self.set_options(replace(self._options, zoom=zoom))

    def set_blank(self, color: QColor | None) -> None:
        """Show a plain colour instead of the slide (black or white screen)."""
        self._blank = color
        self.update()

    def slide_rect(self) -> QRectF:
        return letterbox(QRectF(self.rect()))

    def canvas_transform(self) -> QTransform:
        """Canvas coordinates → widget coordinates, zoom included: what overlays paint with."""
        frame = self.slide_rect()
        transform = QTransform.fromTranslate(frame.left(), frame.top())
        transform.scale(frame.width() / WIDTH, frame.height() / HEIGHT)
        if self._options.zoom is not None:
            x, y, w, h = self._options.zoom
            transform.scale(WIDTH / w, HEIGHT / h)
            transform.translate(-x, -y)
        return transform

    def to_canvas(self, point: QPointF) -> QPointF:
        inverse, _ = self.canvas_transform().inverted()
        return inverse.map(point)

    def sizeHint(self) -> QSize:
        return QSize(960, 540)

    def hasHeightForWidth(self) -> bool:
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))
        if self._blank is not None:
            painter.fillRect(self.slide_rect(), self._blank)
        elif self._renderer.deck.slides:
            index = min(self._index, len(self._renderer.deck.slides) - 1)
            self._renderer.paint(painter, QRectF(self.rect()), index, self._step, self._options)
            shown = (id(self._renderer), index, self._step, self._options, self.size())
            if shown != self._prefetched:
                self._prefetched = shown
                QTimer.singleShot(0, self, self._prefetch_next)
        painter.end()
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    def _prefetch_next(self) -> None:
        """Paint the next build step or slide while the presenter talks, so `next` is instant."""
        slides = self._renderer.deck.slides
        if not slides:
            return
        index = min(self._index, len(slides) - 1)
        step = slides[index].fragments if self._step is None else self._step
        target = self._renderer.deck.next_position(index, step)
        if target is None:
            return
        # A zoom ends with its slide (PresentationState.goto): the next slide comes whole.
        options = self._options if target[0] == index else replace(self._options, zoom=None)
        self._renderer.prefetch(self.size(), self.devicePixelRatioF(), *target, options)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.slide_rect().contains(event.position()):
            self.canvasClicked.emit(self.to_canvas(event.position()), event.button())
        super().mouseReleaseEvent(event)


def _accessible(key: str, obj: QObject) -> QAccessibleInterface | None:
    """Qt's question for every object's accessibility interface: a SlideView's is made by
    `slide_access`, imported here, when a screen reader first asks for one."""
    if isinstance(obj, SlideView):
        from desktop_app.views.slide_access import SlideAccessible

        return SlideAccessible(obj)
    return None


@cache
def _install_accessibility() -> None:
    """Make every SlideView (and subclass) expose its slide through `SlideAccessible`."""
    QAccessible.installFactory(_accessible)
