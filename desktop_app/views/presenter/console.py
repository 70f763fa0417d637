"""The speaker's console: current slide, what comes next, notes, timer and every control.

It observes the PresentationState like the audience window does and never
touches that window; showing, swapping and ending are the presenter
controller's job, reached through the shared actions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model.deck import Deck, Slide
from desktop_app.state.presentation import PresentationState
from desktop_app.text.marking import N
from desktop_app.views.banner import ProblemBanner
from desktop_app.views.command_set import CommandSet
from desktop_app.views.export_dialog import open_export_dialog
from desktop_app.views.help_overlay import HelpOverlay
from desktop_app.views.presenter.actions import PresenterActions
from desktop_app.views.presenter.audience_window import AudienceView
from desktop_app.views.presenter.ink_store import InkStore
from desktop_app.views.presenter.layouts import (
    PRESETS,
    LayoutPreset,
    ProportionalSplitter,
    parse_shares,
    preset,
    shares_text,
)
from desktop_app.views.presenter.notes_view import NotesView
from desktop_app.views.presenter.overlay import SlideOverlay
from desktop_app.views.presenter.status_bar import TalkStatus
from desktop_app.views.presenter.thumbnails import ThumbnailStrip
from desktop_app.views.presenter.timer import TalkTimer
from desktop_app.views.presenter.tools import ToolInput
from desktop_app.views.presenter.zoom import ZoomInput
from desktop_app.views.slide_view import SlideView
from desktop_app.views.sub_controls import name_sub_controls

LAYOUT_KEY = "presenter/layout"


@dataclass(frozen=True)
class PreviewCaptions:
    """A preview pane's captions (%1: the build step or the slide number).

    Whole sentences per pane, so a translation can order its words freely;
    marked with `N` under the console's class name, the context its
    `self.tr` looks them up in when shown.
    """

    step: str
    slide: str
    end: str


NEXT_CAPTIONS = PreviewCaptions(
    N("PresenterConsole", "Next: build step %1"),
    N("PresenterConsole", "Next: slide %1"),
    N("PresenterConsole", "Next: end of the presentation"),
)
AFTER_CAPTIONS = PreviewCaptions(
    N("PresenterConsole", "After that: build step %1"),
    N("PresenterConsole", "After that: slide %1"),
    N("PresenterConsole", "After that: end of the presentation"),
)


class Pane(QWidget):
    """A widget under a caption, so each part of the console says what it is."""

    def __init__(self, caption: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(caption)
        font = self.caption.font()
        font.setBold(True)
        font.setPointSize(12)
        self.caption.setFont(font)
        self.body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(body, 1)


class PresenterConsole(QMainWindow):
    #: The speaker closed the console: the show is over.
    closing = Signal()

    def __init__(
        self,
        state: PresentationState,
        ink: InkStore,
        timer: TalkTimer,
        actions: PresenterActions,
        settings: QSettings,
    ) -> None:
        super().__init__()
        self._state = state
        self._settings = settings
        self.setAccessibleName(self.tr("Presenter console"))
        self._set_title()

        self.current = SlideView(state.deck)
        self.current.setAccessibleName(self.tr("Current slide"))
        self.current.announces = True
        self.current_overlay = SlideOverlay(self.current, state, ink, audience=False)
        self.tools = ToolInput(self.current, state, ink)
        self.zoom = ZoomInput(self.current, state, self.tools)
        self.next_view = SlideView(state.deck)
        self.next_view.setAccessibleName(self.tr("Next step preview"))
        self.after_view = SlideView(state.deck)
        self.after_view.setAccessibleName(self.tr("Preview of the step after next"))
        self.room = AudienceView(state, ink)
        self.room.setAccessibleName(self.tr("What the audience sees"))
        self.notes = NotesView(settings)
        self._notes_for: Slide | None = None
        self.status = TalkStatus(state, timer)
        self.thumbnails = ThumbnailStrip(state)

        self.next_pane = Pane(self.tr("Next"), self.next_view)
        self.after_pane = Pane(self.tr("After that"), self.after_view)
        self.room_pane = Pane(self.tr("Audience sees (rehearsal: one screen)"), self.room)
        self.side = ProportionalSplitter(Qt.Orientation.Vertical, "side")
        for pane in (
            self.next_pane,
            self.after_pane,
            self.room_pane,
            Pane(self.tr("Speaker notes"), self.notes),
        ):
            self.side.addWidget(pane)
        self.current_stack = QStackedWidget()
        self.current_stack.addWidget(self.current)
        self.current_pane = Pane(self.tr("Current slide"), self.current_stack)
        self.columns = ProportionalSplitter(Qt.Orientation.Horizontal, "columns")
        self.columns.addWidget(self.current_pane)
        self.columns.addWidget(self.side)
        self.rows = ProportionalSplitter(Qt.Orientation.Vertical, "rows")
        self.rows.addWidget(self.columns)
        self.rows.addWidget(self.thumbnails)
        self.rows.set_shares([80, 20])
        self.splitters = (self.rows, self.columns, self.side)
        dividers = (
            self.tr("Divider between the slides and the thumbnails"),
            self.tr("Divider between the current slide and the side panes"),
            self.tr("Divider between the side panes"),
        )
        for splitter, name in zip(self.splitters, dividers, strict=True):
            splitter.setAccessibleName(name)

        # A broken edit during the talk: the last good deck stays, the speaker sees why.
        self.banner = ProblemBanner()
        self.banner.follow(state)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        layout.addWidget(self.rows, 1)
        self.setCentralWidget(central)

        self._commands = actions.commands
        self.layout_actions = actions.layouts
        self._build_toolbar(actions)
        self._build_menus(actions)
        actions.commands.install(self)
        self._bind_commands(actions)
        self.help = HelpOverlay(central)

        state.positionChanged.connect(self._sync)
        state.deckChanged.connect(self._deck_changed)
        self.set_rehearsal(False)
        self._restore_layout()
        self._sync()
        name_sub_controls(self)

    # -- building --------------------------------------------------------------------------

    def _build_toolbar(self, a: PresenterActions) -> None:
        bar = QToolBar(self.tr("Presenter controls"))
        bar.setObjectName("controls")
        bar.setAccessibleName(self.tr("Presenter controls"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setMovable(False)
        a.commands.fill_toolbar(bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_menus(self, a: PresenterActions) -> None:
        menus = a.commands.fill_menus(self.menuBar())
        # The comparison's own commands join this menu when it is first shown.
        self.comparison_menu = menus["Comparison"]

    def _bind_commands(self, a: PresenterActions) -> None:
        """The commands whose work is the console's own: notes, layouts, export."""
        a.commands.bind(
            {
                "view.text_larger": self.notes.bigger,
                "view.text_smaller": self.notes.smaller,
                "file.export": lambda: open_export_dialog(self._state.deck, self),
            }
        )
        for action, item in zip(a.layouts.actions(), PRESETS, strict=True):
            action.triggered.connect(lambda _=False, p=item: self.apply_preset(p))

    # -- showing ---------------------------------------------------------------------------

    def set_rehearsal(self, on: bool) -> None:
        """One screen: show what the room would see inside the console."""
        self.room_pane.setVisible(on)
        self.side.refresh()

    def show_comparison(self, view: QWidget | None) -> None:
        """Drive the comparison in the current-slide pane (None: the slide again)."""
        if view is not None and self.current_stack.indexOf(view) < 0:
            self.current_stack.addWidget(view)
        self.current_stack.setCurrentWidget(view or self.current)
        self.current_pane.caption.setText(
            self.tr("Comparison — the room sees it (C or Esc: back to the slides)")
            if view is not None
            else self.tr("Current slide")
        )

    @property
    def help_shown(self) -> bool:
        return not self.help.isHidden()

    def show_help(self, on: bool, modes: Sequence[tuple[str, CommandSet]] = ()) -> None:
        """The keys of the console (and of the comparison, while it is shown), over it."""
        if on:
            self.help.set_sections(self._commands.help_sections(modes))
            self.help.show()
            self.help.raise_()
        else:
            self.help.hide()

    @property
    def rehearsal(self) -> bool:
        return not self.room_pane.isHidden()

    def apply_preset(self, item: LayoutPreset) -> None:
        self.after_pane.setVisible(item.second_preview)
        self.columns.set_shares(item.columns)
        self.side.set_shares(item.side)
        for action, each in zip(self.layout_actions.actions(), PRESETS, strict=True):
            action.setChecked(each is item)
        self._settings.setValue(f"{LAYOUT_KEY}/preset", item.name)

    def _sync(self) -> None:
        state = self._state
        self.current.set_position(state.index, state.step)
        self._preview(self.next_view, self.next_pane, NEXT_CAPTIONS, state.next_position())
        self._preview(
            self.after_view,
            self.after_pane,
            AFTER_CAPTIONS,
            _after(state.deck, state.next_position()),
        )
        if state.slide is not self._notes_for:
            # Only a new slide resets the notes: a build step keeps the speaker's scroll.
            self._notes_for = state.slide
            self.notes.show_slide(state.slide, state.deck.root)

    def _preview(
        self,
        view: SlideView,
        pane: Pane,
        captions: PreviewCaptions,
        position: tuple[int, int] | None,
    ) -> None:
        if position is None:
            view.set_blank(QColor("#202020"))
            pane.caption.setText(self.tr(captions.end))
            return
        index, step = position
        view.set_blank(None)
        view.set_position(index, step)
        if index == self._state.index:
            pane.caption.setText(self.tr(captions.step).replace("%1", str(step + 1)))
        else:
            pane.caption.setText(self.tr(captions.slide).replace("%1", str(index + 1)))

    def _set_title(self) -> None:
        self.setWindowTitle(self.tr("%1 — Presenter console").replace("%1", self._state.deck.title))

    def _deck_changed(self) -> None:
        for view in (self.current, self.next_view, self.after_view):
            view.set_deck(self._state.deck)
        self._set_title()
        self._sync()

    # -- remembering the arrangement -------------------------------------------------------

    def _restore_layout(self) -> None:
        self.apply_preset(preset(str(self._settings.value(f"{LAYOUT_KEY}/preset", ""))))
        for splitter in self.splitters:
            key = f"{LAYOUT_KEY}/{splitter.objectName()}"
            splitter.set_shares(parse_shares(self._settings.value(key)))

    def save_layout(self) -> None:
        for splitter in self.splitters:
            key = f"{LAYOUT_KEY}/{splitter.objectName()}"
            self._settings.setValue(key, shares_text(splitter.shares()))
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.closing.emit()
        super().closeEvent(event)


def _after(deck: Deck, position: tuple[int, int] | None) -> tuple[int, int] | None:
    return deck.next_position(*position) if position is not None else None
