"""The one presentation state: where the talk is, and what the room sees.

There is one of these per open deck. Every window (audience, presenter
console, room, overview, comparison, study) reads this object and listens to
its signals; none of them keeps a deck or a slide index of its own, owns the
state or talks to another window directly. A live reload swaps the deck here
(`replace_deck`) and every window follows, on the same slide by id; a broken
edit leaves the deck as it is and sets `problems`, which each window shows
in its banner. It depends on QtCore only, so it can be tested without
widgets.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject, QPointF, QRectF, Signal

from desktop_app.model.comparison import shown_dimensions
from desktop_app.model.deck import Deck, Slide
from desktop_app.model.problems import Problem
from desktop_app.state.comparison import ComparisonState
from desktop_app.state.poll import PollState


class Screen(enum.Enum):
    """What the audience sees instead of the slide, if anything."""

    SLIDE = "slide"
    BLACK = "black"
    WHITE = "white"


class PresentationState(QObject):
    #: A new deck (first load or live reload); position may have changed too.
    deckChanged = Signal()
    #: (slide index, build step) changed.
    positionChanged = Signal(int, int)
    #: Black/white screen toggled.
    screenChanged = Signal(object)
    #: The audience view is frozen on a slide while the console moves on.
    frozenChanged = Signal(bool)
    #: Laser pointer position on the logical 1920×1080 canvas, or None when hidden.
    pointerChanged = Signal(object)
    #: Spotlight on/off (drawn around the pointer).
    spotlightChanged = Signal(bool)
    #: The deck's files have errors (list of Problem; empty once they load again).
    problemsChanged = Signal(list)
    #: The room's zoom: the canvas region it shows (QRectF), or None for the whole slide.
    zoomChanged = Signal(object)

    def __init__(self, deck: Deck, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deck = deck
        self._index = 0
        self._step = 0
        self._screen = Screen.SLIDE
        self._frozen: tuple[int, int] | None = None
        self._pointer: QPointF | None = None
        self._spotlight = False
        self._problems: list[Problem] = []
        #: The comparison's reveal, focus and selection, shared by every window showing it.
        self.comparison = ComparisonState(deck.debate, shown_dimensions(deck), parent=self)
        #: The class poll: whether it is shown, its phase and its tally.
        self.poll = PollState(self)
        self._zoom: QRectF | None = None

    # -- reading ---------------------------------------------------------------------------

    @property
    def deck(self) -> Deck:
        return self._deck

    @property
    def index(self) -> int:
        return self._index

    @property
    def step(self) -> int:
        return self._step

    @property
    def slide(self) -> Slide | None:
        slides = self._deck.slides
        return slides[self._index] if slides else None

    @property
    def count(self) -> int:
        return len(self._deck.slides)

    @property
    def screen(self) -> Screen:
        return self._screen

    @property
    def frozen(self) -> bool:
        return self._frozen is not None

    @property
    def audience_position(self) -> tuple[int, int]:
        """What the room sees: the frozen position while frozen, else the live one."""
        return self._frozen if self._frozen is not None else (self._index, self._step)

    @property
    def pointer(self) -> QPointF | None:
        return self._pointer

    @property
    def spotlight(self) -> bool:
        return self._spotlight

    @property
    def problems(self) -> list[Problem]:
        """Errors of the deck's files; the deck shown is the last one that loaded."""
        return list(self._problems)

    @property
    def zoom(self) -> QRectF | None:
        """The canvas region the room is zoomed to (a copy), or None for the whole slide."""
        return QRectF(self._zoom) if self._zoom is not None else None

    def next_position(self) -> tuple[int, int] | None:
        """Where `next()` would go: the next build step, else the next slide; None at the end."""
        return self._deck.next_position(self._index, self._step)

    # -- navigation ------------------------------------------------------------------------

    def goto(self, index: int, step: int = 0) -> None:
        """Jump anywhere; out-of-range values are clamped (a clicker may overshoot)."""
        if not self.count:
            return
        index = max(0, min(index, self.count - 1))
        step = max(0, min(step, self._deck.slides[index].fragments))
        if (index, step) != (self._index, self._step):
            if index != self._index:
                # A zoom shows a detail of one slide; the next slide starts whole.
                self.set_zoom(None)
            self._index, self._step = index, step
            self.positionChanged.emit(index, step)

    def next(self) -> None:
        target = self.next_position()
        if target is not None:
            self.goto(*target)

    def previous(self) -> None:
        """Back one build step; from a slide's first step, to the previous slide fully built."""
        target = self._deck.previous_position(self._index, self._step)
        if target is not None:
            self.goto(*target)

    def next_slide(self) -> None:
        self.goto(self._index + 1, 0)

    def previous_slide(self) -> None:
        self.goto(self._index - 1, 0)

    def first(self) -> None:
        self.goto(0, 0)

    def last(self) -> None:
        self.goto(self.count - 1, 0)

    def reveal_all(self) -> None:
        slide = self.slide
        if slide is not None:
            self.goto(self._index, slide.fragments)

    # -- what the room sees ----------------------------------------------------------------

    def set_screen(self, screen: Screen) -> None:
        if screen is not self._screen:
            self._screen = screen
            self.screenChanged.emit(screen)

    def toggle_black(self) -> None:
        self.set_screen(Screen.SLIDE if self._screen is Screen.BLACK else Screen.BLACK)

    def toggle_white(self) -> None:
        self.set_screen(Screen.SLIDE if self._screen is Screen.WHITE else Screen.WHITE)

    def set_frozen(self, frozen: bool) -> None:
        if frozen == self.frozen:
            return
        self._frozen = (self._index, self._step) if frozen else None
        self.frozenChanged.emit(frozen)
        if not frozen:
            self.positionChanged.emit(self._index, self._step)

    def set_pointer(self, point: QPointF | None) -> None:
        self._pointer = point
        self.pointerChanged.emit(point)

    def set_spotlight(self, on: bool) -> None:
        if on != self._spotlight:
            self._spotlight = on
            self.spotlightChanged.emit(on)

    def end_show(self) -> None:
        """A show ended: what only the room saw (black, freeze, pointer, zoom) ends with it."""
        self.set_screen(Screen.SLIDE)
        self.set_frozen(False)
        self.set_pointer(None)
        self.set_spotlight(False)
        self.set_zoom(None)

    def set_zoom(self, region: QRectF | None) -> None:
        """Show the room `region` of the canvas (None: the whole slide again).

        Callers pass a region already fitted to the canvas (`render.zoom`);
        the state only stores and announces it, like the pointer.
        """
        if region is not None and region.isEmpty():
            region = None
        if region == self._zoom:
            return
        self._zoom = QRectF(region) if region is not None else None
        self.zoomChanged.emit(self.zoom)

    # -- reload ----------------------------------------------------------------------------

    def set_problems(self, problems: list[Problem]) -> None:
        """The files on disk do not load: keep the deck, tell every window why."""
        self._problems = list(problems)
        self.problemsChanged.emit(self.problems)

    def replace_deck(self, deck: Deck) -> None:
        """Swap in a reloaded deck, staying on the same slides by id (or the nearest index).

        Both the live position and a frozen one (what the room sees) keep their slide.
        """
        old = self._deck
        self._deck = deck
        if old.slides and deck.slide_index(old.slides[self._index].id) < 0:
            self.set_zoom(None)  # the zoomed slide is gone
        if deck.root != old.root:
            self.poll.reset()  # File → Open: the poll is the other deck's
        self._index, self._step = _same_slide(old, deck, self._index, self._step)
        if self._frozen is not None:
            self._frozen = _same_slide(old, deck, *self._frozen)
        self.comparison.replace_debate(deck.debate, shown_dimensions(deck))
        self.deckChanged.emit()
        self.positionChanged.emit(self._index, self._step)
        if self._problems:
            self.set_problems([])


def _same_slide(old: Deck, new: Deck, index: int, step: int) -> tuple[int, int]:
    """Where (index, step) of `old` is in `new`: the same slide id, else the nearest index."""
    if not new.slides:
        return 0, 0
    found = new.slide_index(old.slides[index].id) if index < len(old.slides) else -1
    if found < 0:
        found = min(index, len(new.slides) - 1)
    return found, min(step, new.slides[found].fragments)
