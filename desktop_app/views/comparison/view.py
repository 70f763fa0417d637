"""The interactive comparison: the debate grid, its filters, an argument's detail, the poll.

The grid is painted by the shared renderer (the comparison slide with a
`ComparisonFocus`), so what the room sees here matches the slide and the
PDF. The widget holds no state of its own: it shows the presentation's
`state.comparison` and `state.poll`, which every window of the deck shares.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop_app.app import settings
from desktop_app.model.deck import Deck
from desktop_app.render.canvas import RenderOptions
from desktop_app.render.layouts.comparison import card_rects
from desktop_app.render.theme import Theme
from desktop_app.state.comparison import ComparisonState
from desktop_app.state.presentation import PresentationState
from desktop_app.views.command_set import CommandSet
from desktop_app.views.commands import COMPARISON
from desktop_app.views.comparison.detail_panel import DetailPanel
from desktop_app.views.comparison.filter_bar import FilterBar
from desktop_app.views.comparison.poll_panel import PollPanel
from desktop_app.views.comparison.source import comparison_deck
from desktop_app.views.slide_view import SlideView
from desktop_app.views.sub_controls import name_sub_controls

_K = Qt.Key


class ComparisonCanvas(SlideView):
    """The grid itself, with a visible frame while it has the keyboard focus.

    Screen readers see each revealed card as a focusable list item (side,
    title, summary) of its row; the card the arrows select has the focus.
    """

    numbered = False

    def __init__(
        self,
        deck: Deck,
        theme: Theme | None = None,
        parent: QWidget | None = None,
        framed: bool = True,
    ) -> None:
        super().__init__(deck, theme, parent)
        self.framed = framed
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Comparison of arguments"))
        #: The room's copy stays silent; the one being operated speaks revealed rows.
        self.announces = framed

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.framed and self.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().highlight().color(), 3))
            painter.drawRect(QRectF(self.slide_rect()).adjusted(1.5, 1.5, -1.5, -1.5))
            painter.end()


class ComparisonView(QWidget):
    """Embeddable in any window; shows the comparison of a presentation state.

    `presenting=True` is the room's copy while someone else drives the state:
    no filter bar, no focus frame and no poll controls (only the chart), so
    the projector shows the debate and nothing to operate; the detail panel
    still opens when an argument is open.
    """

    def __init__(
        self,
        state: PresentationState,
        parent: QWidget | None = None,
        theme: Theme | None = None,
        presenting: bool = False,
    ) -> None:
        super().__init__(parent)
        self._theme = theme
        self.presenting = presenting
        self.state = state
        deck = state.deck
        source = comparison_deck(deck)
        model = state.comparison if source is not None else None
        self.setAccessibleName(self.tr("Comparison"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model: ComparisonState | None = model
        if source is None or model is None:
            message = QLabel(self.tr("This deck has no debate to compare."))
            message.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(message)
            return
        self._source = source
        self.filter_bar = FilterBar(model)
        self.canvas = ComparisonCanvas(source, theme, framed=not presenting)
        self.detail = DetailPanel(deck)
        if presenting:
            self.detail.document().setDocumentMargin(18)
        self.poll = PollPanel(deck, state.poll, theme=theme)
        self.main = QStackedWidget()
        self.main.addWidget(self.canvas)
        self.main.addWidget(self.poll.chart)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        for w in (self.main, self.detail, self.poll):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(0, 1)
        self.detail.hide()
        self.poll.hide()
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.filter_bar.setVisible(not presenting)
        self.setFocusProxy(self.canvas)
        self.canvas.canvasClicked.connect(self._clicked)
        self.detail.argumentActivated.connect(lambda ident: model.select(ident, True))
        self._build_actions()
        name_sub_controls(self)
        model.changed.connect(self._refresh)
        state.poll.shownChanged.connect(self.show_poll)
        state.deckChanged.connect(self._deck_reloaded)
        self._refresh()

    # -- actions and keys ------------------------------------------------------------------

    def _build_actions(self) -> None:
        """The comparison's commands from the registry; its keys claimed before the window's.

        The next/previous keys (whatever the user bound them to) reveal and hide rows,
        the arrows move between cards once one is selected; Esc closes what is open.
        """
        m = self.model
        assert m is not None
        self.commands = CommandSet(self, COMPARISON, settings())
        self.commands.bind(
            {
                "comparison.reveal_all": m.reveal_all,
                "comparison.focus": m.toggle_focus,
                "comparison.clear_focus": lambda: m.focus_number(0),
                "comparison.detail": m.open_detail,
            }
        )
        self.poll_action = self.commands["comparison.poll"]
        self.poll_action.toggled.connect(self.state.poll.set_shown)
        # Shown in a console menu and bound here; the window already has next, previous, Esc.
        self.comparison_actions: list[QAction] = [
            self.commands[c.id] for c in self.commands.commands if c.menu == "Comparison"
        ]
        for action in self.comparison_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self._keys: dict[int, Callable[[], None]] = {}
        for key in _plain_keys(self.commands["go.next"]):
            self._keys[key] = m.reveal_next
        for key in _plain_keys(self.commands["go.previous"]):
            self._keys[key] = m.hide_last
        for action in self.comparison_actions:
            for key in _plain_keys(action):
                self._keys[key] = action.trigger
        # The arrows walk the grid once a card is selected (up and down always do).
        arrows = {
            _K.Key_Right: lambda: m.move(0, 1) if m.selected else m.reveal_next(),
            _K.Key_Left: lambda: m.move(0, -1) if m.selected else m.hide_last(),
            _K.Key_Down: lambda: m.move(1, 0),
            _K.Key_Up: lambda: m.move(-1, 0),
        }
        self._keys.update({int(k): f for k, f in arrows.items()})
        for n in range(1, 10):
            self._keys[int(_K.Key_0) + n] = partial(m.focus_number, n)
        self._escape_keys = set(_plain_keys(self.commands["view.escape"]))

    def _handles(self, event: QKeyEvent) -> bool:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if event.key() in self._escape_keys:
            m = self.model
            return m is not None and bool(
                m.detail_open or m.selected or m.focus_row or self.poll_action.isChecked()
            )
        return event.key() in self._keys

    def event(self, event: QEvent) -> bool:
        # Claim our keys before window-wide shortcuts (the audience window's Right = next
        # slide) see them; children that use a key (search box, spin boxes) claim it first.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.model is not None
            and self._handles(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.model is None or not self._handles(event):
            super().keyPressEvent(event)
            return
        if event.key() in self._escape_keys:
            if not self.model.escape():
                self.poll_action.setChecked(False)
        else:
            self._keys[event.key()]()
        self.canvas.setFocus()

    # -- mouse -----------------------------------------------------------------------------

    def card_at(self, point: QPointF) -> str:
        """The id of the visible card under a canvas point, or ''."""
        m = self.model
        if m is None or m.debate is None:
            return ""
        rects = card_rects(m.debate, self._source.slides[0].dimensions)
        visible = {a.id for a in m.visible_cards()}
        return next((i for i, r in rects.items() if i in visible and r.contains(point)), "")

    def _clicked(self, point: QPointF, button: Qt.MouseButton) -> None:
        if self.model is None or button != Qt.MouseButton.LeftButton:
            return
        ident = self.card_at(point)
        self.model.select(ident, bool(ident))
        self.canvas.setFocus()

    # -- showing the model -----------------------------------------------------------------

    def show_poll(self, visible: bool) -> None:
        """The poll chart takes the grid's place; its recording controls open beside it."""
        self.main.setCurrentWidget(self.poll.chart if visible else self.canvas)
        self._show_side(self.poll, visible and not self.presenting)
        if visible:
            self.detail.hide()
        (self.poll if visible and not self.presenting else self.canvas).setFocus()
        self.poll_action.setChecked(visible)

    def _show_side(self, panel: QWidget, visible: bool) -> None:
        """Open a side panel at a third of the width, readable without dragging the splitter."""
        if visible and not panel.isVisible():
            panel.show()
            width = max(1, self.splitter.width())
            side = max(panel.minimumSizeHint().width(), width // 3)
            sizes = [
                width - side if w is self.main else side if w is panel else 0
                for w in (self.splitter.widget(i) for i in range(self.splitter.count()))
            ]
            self.splitter.setSizes(sizes)
        elif not visible:
            panel.hide()

    def _refresh(self) -> None:
        m = self.model
        assert m is not None
        self.canvas.set_position(0, m.revealed)
        self.canvas.set_options(RenderOptions(comparison=m.focus()))
        arg = m.selected_argument() if m.detail_open else None
        if arg is not None and (self.detail.argument is None or self.detail.argument.id != arg.id):
            self.detail.show_argument(arg)
        if arg is not None and self.poll_action.isChecked():
            self.poll_action.setChecked(False)
        self._show_side(self.detail, arg is not None)
        self.filter_bar.sync()

    def set_theme(self, theme: Theme | None) -> None:
        """Follow the host window's theme (None: the deck's own)."""
        self._theme = theme
        if self.model is not None:
            self.canvas.set_deck(self._source, theme)
            self.poll.set_theme(theme)

    def _deck_reloaded(self) -> None:
        source = comparison_deck(self.state.deck)
        if source is None:
            return
        self._source = source
        self.canvas.set_deck(source, self._theme)
        self.detail.set_deck(self.state.deck)
        self.poll.set_deck(self.state.deck)
        self.filter_bar.set_model_rows()
        self._refresh()


def _plain_keys(action: QAction) -> list[int]:
    """The action's one-key bindings without modifiers: those the view claims from the window."""
    keys = []
    for sequence in action.shortcuts():
        combo = sequence[0]  # type: ignore[index]
        if sequence.count() == 1 and not combo.keyboardModifiers():
            keys.append(int(combo.key()))
    return keys
