"""Everything of the audience window that can wait until the first slide is on screen.

Keys and menus, the help overlay, the problem banner, the comparison and the
other modes, and the deck's file watcher are built right after the first
paint (or at once, the first time anything asks for them). A teacher who
starts Agora sees the slide in about the time a bare Qt window takes; the
menus arrive a moment later, before a hand can reach the clicker.

The chrome is handed what it needs of the window (its state, slide stack,
theme and command handlers) and never imports the window's module, so the
two modules do not import each other.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QGridLayout, QMainWindow, QMenu, QStackedWidget, QWidget

from desktop_app.app import settings
from desktop_app.loader import check_deck
from desktop_app.render.theme import load_theme
from desktop_app.state.live import live_reload
from desktop_app.state.presentation import PresentationState
from desktop_app.views.actions import ActionSet
from desktop_app.views.banner import ProblemBanner
from desktop_app.views.comparison.mode import ComparisonMode
from desktop_app.views.help_overlay import HelpOverlay
from desktop_app.views.mode_launcher import ModeLauncher


class AudienceChrome:
    """The parts built after the first paint; the window reaches them through properties."""

    def __init__(
        self,
        window: QMainWindow,
        state: PresentationState,
        stack: QStackedWidget,
        theme: str,
        handlers: Callable[[AudienceChrome], Mapping[str, Callable[[], object]]],
        central: QWidget,
        grid: QGridLayout,
    ) -> None:
        """`handlers(chrome)` gives what each command does; the chrome is half built then."""
        self.banner = ProblemBanner()
        self.help = HelpOverlay(central)
        self.help.hide()
        grid.addWidget(self.banner, 0, 0)
        grid.addWidget(self.help, 0, 0, 2, 1)
        self.modes = ModeLauncher(window, state)
        self.watcher = live_reload(state, check_deck)
        store = settings()
        self.commands = ActionSet(window, handlers(self), store)
        self.menus: dict[str, QMenu] = self.commands.fill_menus(window.menuBar())
        self.comparison = ComparisonMode(
            state,
            stack,
            window,
            theme=load_theme(theme),
            action=self.commands["view.comparison"],
        )
