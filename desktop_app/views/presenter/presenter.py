"""The presenter: one state, one ink store, two windows, and where they go.

This is the only object that knows both windows. It binds the shared actions
to the deck's one PresentationState (its own for `agora present`, the
audience window's when the show starts from there), places the console and
the audience window on screens, moves them when a projector comes or goes,
and ends the show. The deck's files are watched from the start, so an edit
reaches the console, its thumbnails and the room while the talk runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QGuiApplication, QScreen

from desktop_app.loader import check_deck
from desktop_app.state.live import live_reload
from desktop_app.state.presentation import PresentationState, Screen
from desktop_app.user_data import deck_data_dir
from desktop_app.views.classroom.control import ClassControl
from desktop_app.views.presenter.actions import PresenterActions, make_actions
from desktop_app.views.presenter.audience_window import AudienceWindow
from desktop_app.views.presenter.comparison import PresenterComparison
from desktop_app.views.presenter.console import PresenterConsole
from desktop_app.views.presenter.ink_store import InkStore
from desktop_app.views.presenter.screens import ScreenPlan, ScreenWatcher, swapped
from desktop_app.views.presenter.timer import TalkTimer
from desktop_app.views.presenter.tools import Tool

if TYPE_CHECKING:
    from desktop_app.views.presenter.remote import PhoneRemote
    from desktop_app.views.presenter.remote_panel import RemotePanel


class Presenter(QObject):
    def __init__(
        self,
        state: PresentationState,
        settings: QSettings,
        screen: int | None = None,
        start: int | None = None,
        timer: TalkTimer | None = None,
    ) -> None:
        super().__init__()
        # State and ink are not parented to the presenter: the windows hold them too, and
        # must never see them deleted underneath (e.g. a timer tick after the show ended).
        self.state = state
        if start is not None:
            state.goto(max(0, start - 1), 0)
        self.reloader = live_reload(state, check_deck)
        self.ink = InkStore(state.deck)
        self.timer = timer or TalkTimer()
        self.actions = make_actions(self, settings)
        self.console = PresenterConsole(self.state, self.ink, self.timer, self.actions, settings)
        self.audience = AudienceWindow(self.state, self.ink, self.actions.all())
        self.comparison = PresenterComparison(
            self.state, self.console, [self.audience, self.console.room], self
        )
        self.classroom = ClassControl(
            self.state,
            self.console,
            [self.audience, self.console.room],
            deck_data_dir(self.state.deck),
            self.actions.commands["window.class"],
        )
        self.watcher = ScreenWatcher(settings, screen, self)
        self._explicit_screen = self.watcher.requested is not None
        self.plan = ScreenPlan(console=0, audience=None)
        self.screens: list[QScreen] = []
        self.remote: PhoneRemote | None = None
        self.remote_panel: RemotePanel | None = None
        self._bind(self.actions)
        self.watcher.screensChanged.connect(self.place)
        self.console.closing.connect(self._closing)
        self.audience.closed.connect(self._audience_closed)

    # -- wiring ----------------------------------------------------------------------------

    def _bind(self, a: PresenterActions) -> None:
        state = self.state
        a.previous.triggered.connect(self._previous)
        a.next.triggered.connect(self._next)
        a.first.triggered.connect(state.first)
        a.last.triggered.connect(state.last)
        a.black.triggered.connect(state.toggle_black)
        a.white.triggered.connect(state.toggle_white)
        a.freeze.triggered.connect(lambda: state.set_frozen(not state.frozen))
        a.zoom.triggered.connect(self.console.zoom.toggle)
        state.zoomChanged.connect(lambda region: a.zoom.setChecked(region is not None))
        a.comparison.toggled.connect(self._comparison_toggled)
        state.deckChanged.connect(self._comparison_enabled)
        self._comparison_enabled()
        state.screenChanged.connect(self._screen_changed)
        state.frozenChanged.connect(a.freeze.setChecked)
        # The clock starts with the first move, as in pdfpc: opening the console early is free.
        state.positionChanged.connect(self._maybe_start_timer)
        tools = {
            a.pointer: Tool.POINTER,
            a.spotlight: Tool.SPOTLIGHT,
            a.pen: Tool.PEN,
            a.highlighter: Tool.HIGHLIGHTER,
        }
        a.tools.triggered.connect(
            lambda action: self.console.tools.set_tool(
                tools[action] if action.isChecked() else Tool.NONE
            )
        )
        a.undo.triggered.connect(lambda: self._ink_edit(self.ink.undo))
        a.clear.triggered.connect(lambda: self._ink_edit(self.ink.clear))
        a.start_first.triggered.connect(self._start_from_first)
        a.start_current.triggered.connect(self._timer(self.timer.start))
        a.timer_toggle.triggered.connect(self._timer(self.timer.toggle))
        a.timer_reset.triggered.connect(self._timer(self.timer.reset))
        a.audience_window.triggered.connect(self.toggle_audience_window)
        a.swap_screens.triggered.connect(self.swap_screens)
        a.remote.triggered.connect(self.show_remote)
        a.end_show.triggered.connect(self.end_show)
        a.escape.triggered.connect(self._escape)
        a.help.triggered.connect(self._toggle_help)

    def _next(self) -> None:
        if self.comparison.active:
            self.comparison.reveal_next()
        else:
            self.state.next()

    def _previous(self) -> None:
        if self.comparison.active:
            self.comparison.hide_last()
        else:
            self.state.previous()

    def _start_from_first(self) -> None:
        """F5, as in PowerPoint: the show from the first slide and the clock running.

        Once the talk has begun it only starts a paused clock: a clicker's stray
        "start show" must not throw the room back to slide one.
        """
        if not self.timer.started:
            self.state.first()
        self._timer(self.timer.start)()

    def _toggle_help(self) -> None:
        modes = []
        if self.comparison.active:
            modes.append((self.tr("Comparison"), self.comparison.driver().commands))
        self.console.show_help(not self.console.help_shown, modes)

    def _escape(self) -> None:
        """Esc backs out one level: the help, a zoom, then the comparison, then the show."""
        if self.console.help_shown:
            self.console.show_help(False)
        elif self.state.zoom is not None:
            self.state.set_zoom(None)
        elif self.actions.comparison.isChecked():
            self.actions.comparison.setChecked(False)
        else:
            self.end_show()

    def _comparison_enabled(self) -> None:
        available = self.comparison.available
        self.actions.comparison.setEnabled(available)
        if not available:
            self.actions.comparison.setChecked(False)

    def _comparison_toggled(self, on: bool) -> None:
        """Show or leave the comparison; drawing waits while it is shown."""
        a = self.actions
        shown = self.comparison.set_active(on)
        if shown:
            # Ink and the pointer belong to slides; the comparison has its own selection.
            checked = a.tools.checkedAction()
            if checked is not None:
                checked.trigger()
            self.state.set_zoom(None)  # the zoom is a slide's; the comparison has its own focus
        a.commands.set_condition("on_slide", not shown)

    def _timer(self, change: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            change()
            self.console.status.refresh()

        return run

    def _maybe_start_timer(self) -> None:
        if not self.timer.started:
            self.timer.start()

    def _screen_changed(self, screen: Screen) -> None:
        self.actions.black.setChecked(screen is Screen.BLACK)
        self.actions.white.setChecked(screen is Screen.WHITE)

    def _ink_edit(self, edit: Callable[[str], None]) -> None:
        slide = self.state.slide
        if slide is not None:
            edit(slide.id)

    # -- screens ---------------------------------------------------------------------------

    def show(self) -> None:
        self.place(list(QGuiApplication.screens()))
        if self._explicit_screen and self.plan.audience is not None:
            self.watcher.remember(self.screens[self.plan.audience])

    def place(self, screens: Sequence[QScreen]) -> None:
        """Put both windows on `screens` (the ones still connected)."""
        self.screens = list(screens)
        if not self.screens:
            return
        self.plan = self.watcher.plan(self.screens)
        self._apply()

    def _apply(self) -> None:
        console_screen = self.screens[self.plan.console]
        _show_maximized_on(self.console, console_screen)
        if self.plan.audience is not None:
            self.audience.show_full_screen_on(self.screens[self.plan.audience])
            self.console.set_rehearsal(False)
            self.actions.audience_window.setChecked(True)
        else:
            # One screen: rehearse with the room view inside the console.
            if self.audience.isFullScreen() or self.audience.isVisible():
                self.audience.hide()
            self.console.set_rehearsal(True)
            self.actions.audience_window.setChecked(False)
        self.actions.commands.set_condition("two_screens", self.plan.audience is not None)
        self.console.activateWindow()

    def swap_screens(self) -> None:
        if self.plan.audience is None:
            return
        self.plan = swapped(self.plan)
        assert self.plan.audience is not None
        self.watcher.remember(self.screens[self.plan.audience])
        self._apply()

    def toggle_audience_window(self) -> None:
        """Show or hide the room's window; on one screen it opens as a normal window."""
        if self.audience.isVisible():
            self.audience.hide()
            self.console.set_rehearsal(True)
            self.actions.audience_window.setChecked(False)
            return
        if self.plan.audience is not None:
            self.audience.show_full_screen_on(self.screens[self.plan.audience])
        else:
            self.audience.show_windowed()
        self.console.set_rehearsal(self.plan.audience is None and not self.audience.isVisible())
        self.actions.audience_window.setChecked(True)

    def _audience_closed(self) -> None:
        self.actions.audience_window.setChecked(False)
        self.console.set_rehearsal(True)

    # -- ending ----------------------------------------------------------------------------

    # -- the phone remote ------------------------------------------------------------------

    def start_remote(self, address: str | None = None, port: int = 0) -> str:
        """Serve the phone remote (built on first use: no socket and no web server before);
        returns its pairing URL. Raises OSError when the address cannot be bound."""
        from desktop_app.classroom.network import lan_address
        from desktop_app.views.presenter.remote import PhoneRemote
        from desktop_app.views.presenter.remote_panel import RemotePanel

        if self.remote is None:
            a = self.actions
            self.remote = PhoneRemote(
                self.state,
                self.timer,
                {
                    "next": a.next.trigger,
                    "previous": a.previous.trigger,
                    "first": a.first.trigger,
                    "last": a.last.trigger,
                    "black": a.black.trigger,
                },
                self,
            )
            self.remote_panel = RemotePanel(self.remote, self.console)
        return self.remote.start(address or lan_address(), port)

    def show_remote(self) -> None:
        """Window → Phone Remote: start it if needed and show its code on the console."""
        try:
            self.start_remote()
        except OSError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self.console,
                self.tr("Phone remote"),
                self.tr("The remote could not start: %1").replace("%1", str(exc)),
            )
            return
        assert self.remote_panel is not None
        self.remote_panel.show()
        self.remote_panel.raise_()

    def end_show(self) -> None:
        self.console.close()

    def _closing(self) -> None:
        self.ink.finish()
        self.state.end_show()
        self.audience.hide()
        if self.remote is not None:
            self.remote.stop()  # the show is over: no phone drives anything any more


def _show_maximized_on(window: PresenterConsole, screen: QScreen) -> None:
    if window.isMaximized() and window.screen() is screen:
        return
    if window.isVisible():
        window.showNormal()
    window.setGeometry(screen.availableGeometry().adjusted(40, 40, -40, -40))
    window.create()
    handle = window.windowHandle()
    if handle is not None:
        handle.setScreen(screen)
    window.showMaximized()
