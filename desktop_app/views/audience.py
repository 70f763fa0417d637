"""The audience window: the slides, big, with everything a presenter reaches for.

It observes the shared PresentationState and only asks it to move; it never
decides what a build step is. Keys, menus and the help overlay all come from
the command registry (`views.commands`, audience scope). Settings remembered per user: geometry,
full screen, theme, progress bar, and the last slide of each deck.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QMainWindow, QStackedWidget, QWidget

from desktop_app.app import settings
from desktop_app.loader import check_deck
from desktop_app.model.deck import Deck
from desktop_app.model.identity import deck_identity
from desktop_app.render.theme import THEME_NAMES, load_theme
from desktop_app.state.presentation import PresentationState, Screen
from desktop_app.user_data import adopt_legacy_setting
from desktop_app.views.contrast import apply_chrome_theme
from desktop_app.views.geometry import place_default
from desktop_app.views.progress import ProgressOverlay
from desktop_app.views.slide_input import SlideInput
from desktop_app.views.slide_view import SlideView

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMenu

    from desktop_app.state.deck_watcher import DeckWatcher
    from desktop_app.views.actions import ActionSet
    from desktop_app.views.audience_chrome import AudienceChrome
    from desktop_app.views.banner import ProblemBanner
    from desktop_app.views.comparison.mode import ComparisonMode
    from desktop_app.views.goto_dialog import GotoDialog
    from desktop_app.views.help_overlay import HelpOverlay
    from desktop_app.views.mode_launcher import ModeLauncher
    from desktop_app.views.overview import OverviewGrid

GROUP = "audience"
BLANKS = {Screen.BLACK: QColor("#000000"), Screen.WHITE: QColor("#ffffff")}


def last_slide_key(deck: Deck) -> str:
    """Settings key for a deck's last slide, by the deck's identity (`model.identity`)."""
    return "last_slide/" + deck_identity(deck)


def _legacy_last_slide_key(deck: Deck) -> str:
    """Earlier versions' key: the folder path, escaped to be one INI key."""
    return "last_slide/" + quote(str(deck.root.resolve()), safe="")


class AudienceWindow(QMainWindow):
    def __init__(
        self, state: PresentationState, theme: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        store = settings()
        self._theme = _theme_name(theme or str(store.value(f"{GROUP}/theme", "")), state.deck)
        self._was_maximized = False
        apply_chrome_theme(self._theme)

        self.slide_view = SlideView(state.deck, load_theme(self._theme))
        self.slide_view.announces = True
        self.slide_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.input = SlideInput(self.slide_view)
        slide_page = QWidget()
        slide_page.setAccessibleName(self.tr("Slide page"))
        self.progress = ProgressOverlay(slide_page)
        self._overview: OverviewGrid | None = None
        self._chrome: AudienceChrome | None = None
        self._central = QWidget()
        self.stack = QStackedWidget()
        page = QGridLayout(slide_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.slide_view, 0, 0)
        page.addWidget(self.progress, 0, 0)
        self.progress.raise_()
        self.stack.addWidget(slide_page)
        self._grid = QGridLayout(self._central)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(0)
        self._grid.addWidget(self.stack, 1, 0)
        self._grid.setRowStretch(1, 1)
        self.setCentralWidget(self._central)
        self.progress.set_progress_shown(_bool(store.value(f"{GROUP}/progress", True)))
        geometry = store.value(f"{GROUP}/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_geometry()

        self.input.stepRequested.connect(lambda d: state.next() if d > 0 else state.previous())
        self.input.numberEntered.connect(lambda n: state.goto(n - 1))
        self.input.typingChanged.connect(self.progress.set_typed)
        self.slide_view.firstPainted.connect(self.ensure_chrome, Qt.ConnectionType.QueuedConnection)
        state.deckChanged.connect(self._deck_changed)
        state.positionChanged.connect(self._position_changed)
        state.frozenChanged.connect(self._position_changed)
        state.screenChanged.connect(self._screen_changed)
        self._deck_changed()
        self._show_position()
        self.slide_view.setFocus()

    def ensure_chrome(self) -> AudienceChrome:
        """Build keys, menus, overlays, modes and the watcher now, if not done yet."""
        if self._chrome is None:
            from desktop_app.views.audience_chrome import AudienceChrome

            chrome = AudienceChrome(
                self,
                self.state,
                self.stack,
                self._theme,
                self.handlers,
                self._central,
                self._grid,
            )
            self._chrome = chrome
            chrome.banner.follow(self.state)
            chrome.banner.dismissed.connect(self._focus_page)
            chrome.help.closed.connect(self._sync_enabled)
            commands = chrome.commands
            commands[f"view.theme.{self._theme}"].setChecked(True)
            commands["view.progress"].setChecked(self.progress.progress_shown)
            commands["view.fullscreen"].setChecked(self.isFullScreen())
            self._screen_changed(self.state.screen)
            from desktop_app.views.language_menu import language_menu
            from desktop_app.views.sub_controls import name_sub_controls

            self.menus["View"].insertMenu(self.commands["view.help"], language_menu(self))
            name_sub_controls(self)
        return self._chrome

    @property
    def commands(self) -> ActionSet:
        return self.ensure_chrome().commands

    @property
    def menus(self) -> dict[str, QMenu]:
        return self.ensure_chrome().menus

    @property
    def help(self) -> HelpOverlay:
        return self.ensure_chrome().help

    @property
    def banner(self) -> ProblemBanner:
        return self.ensure_chrome().banner

    @property
    def comparison(self) -> ComparisonMode:
        return self.ensure_chrome().comparison

    @property
    def modes(self) -> ModeLauncher:
        return self.ensure_chrome().modes

    @property
    def watcher(self) -> DeckWatcher:
        return self.ensure_chrome().watcher

    # -- public ----------------------------------------------------------------------------

    @property
    def theme_name(self) -> str:
        return self._theme

    def set_theme(self, name: str) -> None:
        """Re-render everything in another theme, and remember the choice."""
        self._theme = _theme_name(name, self.state.deck)
        self.commands[f"view.theme.{self._theme}"].setChecked(True)
        settings().setValue(f"{GROUP}/theme", self._theme)
        apply_chrome_theme(self._theme)
        self.comparison.set_theme(load_theme(self._theme))
        self._deck_changed()

    def set_fullscreen(self, on: bool) -> None:
        if on == self.isFullScreen():
            return
        if on:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif self._was_maximized:
            self.showMaximized()
        else:
            self.showNormal()

    def show_overview(self, on: bool) -> None:
        if on:
            self.help.hide()
            self.overview.set_current(self.state.index)
            self.stack.setCurrentWidget(self.overview)
            self.overview.select(self.state.index)
            self.overview.setFocus()
        else:
            self.stack.setCurrentIndex(0)
            self.slide_view.setFocus()
        self.commands["view.overview"].setChecked(on)
        self._sync_enabled()

    @property
    def overview(self) -> OverviewGrid:
        """The thumbnail grid, built when first needed: start-up shows one slide, not all."""
        if self._overview is None:
            from desktop_app.views.overview import OverviewGrid

            self._overview = OverviewGrid(self.state.deck, self.slide_view.renderer)
            self._overview.picked.connect(self._pick)
            self.stack.addWidget(self._overview)
        return self._overview

    @property
    def overview_shown(self) -> bool:
        return self._overview is not None and self.stack.currentWidget() is self._overview

    def show_help(self, on: bool) -> None:
        if on:
            modes = []
            if self.comparison.active:
                modes.append((self.tr("Comparison"), self.comparison.view().commands))
            self.help.set_sections(self.commands.help_sections(modes))
            self.help.show()
            self.help.raise_()
        else:
            self.help.hide()
        self._sync_enabled()

    def open_goto(self) -> GotoDialog:
        """The go-to dialog, window-modal; returned so callers (and tests) can drive it.

        Dialogs are imported when first opened, so the first slide does not wait for them.
        """
        from desktop_app.views.goto_dialog import GotoDialog

        dialog = GotoDialog(self.state.deck, self.state.index, self)
        dialog.accepted.connect(lambda: self._pick(dialog.chosen() or 0))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_deck(self, folder: Path) -> bool:
        """Switch to another deck; on errors keep this one and list them in the banner."""
        deck, problems = check_deck(folder)
        if deck is None:
            self._show_problems(problems, f"Could not open {folder}")
            return False
        self._remember_slide()
        self.state.replace_deck(deck)
        self.watcher.set_root(deck.root)
        self.banner.hide()
        self.restore_last_slide()
        return True

    def restore_last_slide(self) -> None:
        deck = self.state.deck
        store = settings()
        adopt_legacy_setting(store, _legacy_last_slide_key(deck), last_slide_key(deck))
        slide_id = store.value(last_slide_key(deck), "")
        index = self.state.deck.slide_index(str(slide_id)) if slide_id else -1
        self.state.goto(max(0, index))

    # -- reacting to the state -------------------------------------------------------------

    def _deck_changed(self) -> None:
        deck = self.state.deck
        theme = load_theme(self._theme)
        self.slide_view.set_deck(deck, theme)
        if self._overview is not None:
            self._overview.set_deck(deck, self.slide_view.renderer)
        self.progress.set_accent(self.slide_view.renderer.theme.color("accent"))
        self.setWindowTitle(f"{deck.title or deck.root.name} — Agora")

    def _position_changed(self, *_args: object) -> None:
        self._show_position()
        self._remember_slide()

    def _show_position(self) -> None:
        index, step = self.state.audience_position
        self.slide_view.set_position(index, step)
        self.progress.set_position(index, self.state.count)
        if self._overview is not None:
            self._overview.set_current(index)

    def _screen_changed(self, screen: Screen) -> None:
        self.slide_view.set_blank(BLANKS.get(screen))
        if self._chrome is not None:
            self._chrome.commands["view.black"].setChecked(screen is Screen.BLACK)
            self._chrome.commands["view.white"].setChecked(screen is Screen.WHITE)

    def _show_problems(self, problems: list, heading: str) -> None:
        self.banner.show_problems(heading, [p.format(self.state.deck.root) for p in problems])

    # -- commands --------------------------------------------------------------------------

    def handlers(self, chrome: AudienceChrome) -> dict[str, Callable[[], object]]:
        """What each action id does; `chrome` is being built, so its parts are used directly."""
        s = self.state
        handlers: dict[str, Callable[[], object]] = {
            "file.open": self._choose_deck,
            "file.reload": lambda: chrome.watcher.reload(),
            "file.export": self._open_export,
            "file.presenter": chrome.modes.present,
            "file.quit": self.close,
            "go.next": s.next,
            "go.previous": s.previous,
            "go.next_slide": s.next_slide,
            "go.previous_slide": s.previous_slide,
            "go.first": s.first,
            "go.last": s.last,
            "go.goto": self.open_goto,
            # The audience window's reading view is the comparison's argument detail.
            "view.text_larger": lambda: chrome.comparison.text_size(1),
            "view.text_smaller": lambda: chrome.comparison.text_size(-1),
            "view.text_reset": lambda: chrome.comparison.text_size(None),
            "view.fullscreen": lambda: self.set_fullscreen(not self.isFullScreen()),
            "view.start_first": lambda: self._present(from_start=True),
            "view.start_current": lambda: self._present(from_start=False),
            "view.study": chrome.modes.open_study,
            "view.overview": lambda: self.show_overview(not self.overview_shown),
            "view.progress": self._toggle_progress,
            "view.black": s.toggle_black,
            "view.white": s.toggle_white,
            "view.help": lambda: self.show_help(self.help.isHidden()),
            "view.escape": self._escape,
        }
        for name in THEME_NAMES:
            handlers[f"view.theme.{name}"] = partial(self.set_theme, name)
        return handlers

    def _choose_deck(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open Deck Folder"), str(self.state.deck.root.parent)
        )
        if folder:
            self.open_deck(Path(folder))

    def _present(self, from_start: bool) -> None:
        if from_start:
            self.state.first()
        self.show_help(False)
        self.show_overview(False)
        self.set_fullscreen(True)

    def _open_export(self) -> None:
        from desktop_app.views.export_dialog import open_export_dialog

        open_export_dialog(self.state.deck, self)

    def _toggle_progress(self) -> None:
        shown = not self.progress.progress_shown
        self.progress.set_progress_shown(shown)
        self.commands["view.progress"].setChecked(shown)
        settings().setValue(f"{GROUP}/progress", shown)

    def _escape(self) -> None:
        """Close whatever is on top; otherwise leave full screen; otherwise show the overview."""
        if self.comparison.active:
            self.comparison.action().setChecked(False)
        elif not self.help.isHidden():
            self.show_help(False)
        elif self.overview_shown:
            self.show_overview(False)
        elif not self.banner.isHidden():
            self.banner.dismiss()
        elif self.isFullScreen():
            self.set_fullscreen(False)
        else:
            self.show_overview(True)

    def _pick(self, index: int) -> None:
        self.state.goto(index)
        self.show_overview(False)

    def _focus_page(self) -> None:
        (self.overview if self.overview_shown else self.slide_view).setFocus()

    def _sync_enabled(self) -> None:
        if self._chrome is not None:
            chrome = self._chrome
            chrome.commands.set_condition(
                "slide", not self.overview_shown and chrome.help.isHidden()
            )

    # -- window ----------------------------------------------------------------------------

    def _default_geometry(self) -> None:
        """First start: a 16:9-friendly size that fits the screen (a 720p projector too)."""
        place_default(self, QSize(1280, 760))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            full = self.isFullScreen()
            self.menuBar().setVisible(not full)
            self.input.set_cursor_hiding(full)
            if self._chrome is not None:
                self._chrome.commands["view.fullscreen"].setChecked(full)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        store = settings()
        store.setValue(f"{GROUP}/geometry", self.saveGeometry())
        store.setValue(f"{GROUP}/fullscreen", self.isFullScreen())
        self._remember_slide()
        super().closeEvent(event)

    def _remember_slide(self) -> None:
        slide = self.state.slide
        if slide is not None:
            settings().setValue(last_slide_key(self.state.deck), slide.id)


def _theme_name(name: str, deck: Deck) -> str:
    if name in THEME_NAMES:
        return name
    return deck.theme if deck.theme in THEME_NAMES else THEME_NAMES[0]


def _bool(value: object) -> bool:
    """QSettings INI files give booleans back as the strings "true"/"false"."""
    return value in (True, "true", "1", 1)


def launch_audience(deck: Deck, args: argparse.Namespace) -> AudienceWindow:
    """Open the audience window: `agora open [--theme T] [--fullscreen] [--start N]`."""
    state = PresentationState(deck)
    window = AudienceWindow(state, theme=getattr(args, "theme", None))
    state.setParent(window)
    start = int(getattr(args, "start", 0) or 0)
    if start > 0:
        state.goto(start - 1)
    else:
        window.restore_last_slide()
    if getattr(args, "fullscreen", False) or _bool(settings().value(f"{GROUP}/fullscreen")):
        window.showFullScreen()
    else:
        window.show()
    window.slide_view.setFocus()
    return window
