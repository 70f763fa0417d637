"""Which screen the room sees and which one the speaker keeps.

The choice is plain logic over screen names (`plan_screens`), so it can be
tested without monitors; `ScreenWatcher` feeds it the real QScreens and
reports when a projector is plugged in or pulled out mid-talk. The choice is
remembered per machine by screen name, because a classroom's projector keeps
its name between lessons while its position in Qt's list may not.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QGuiApplication, QScreen

SETTING = "presenter/audience_screen"


@dataclass(frozen=True)
class ScreenPlan:
    """Indices into the screen list; `audience` is None in rehearsal mode (one screen)."""

    console: int
    audience: int | None

    @property
    def rehearsal(self) -> bool:
        return self.audience is None


def plan_screens(
    names: Sequence[str],
    primary: int = 0,
    requested: int | None = None,
    remembered: str | None = None,
) -> ScreenPlan:
    """Decide where the console and the audience go.

    `requested` is the 1-based `--screen N`; it wins when valid. Otherwise the
    screen remembered from the last talk on this machine, otherwise the first
    screen that is not the primary one (laptop panel primary, projector second).
    """
    count = len(names)
    if count <= 1:
        return ScreenPlan(console=0, audience=None)
    primary = primary if 0 <= primary < count else 0
    audience: int | None = None
    if requested is not None and 1 <= requested <= count:
        audience = requested - 1
    elif remembered and remembered in names:
        audience = list(names).index(remembered)
    if audience is None:
        audience = next(i for i in range(count) if i != primary)
    console = primary if primary != audience else next(i for i in range(count) if i != audience)
    return ScreenPlan(console=console, audience=audience)


def swapped(plan: ScreenPlan) -> ScreenPlan:
    """The speaker's "swap screens": console and audience trade places."""
    if plan.audience is None:
        return plan
    return ScreenPlan(console=plan.audience, audience=plan.console)


class ScreenWatcher(QObject):
    """The live screen list, the `--screen` request and the remembered choice.

    Emits `screensChanged` with the screens that remain, so the presenter can
    re-place its windows; a removed QScreen is never touched again.
    """

    screensChanged = Signal(list)

    def __init__(
        self, settings: QSettings, requested: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._requested = requested
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        if requested is not None and not 1 <= requested <= len(QGuiApplication.screens()):
            print(
                f"agora present: --screen {requested}: there are only "
                f"{len(QGuiApplication.screens())} screen(s); choosing one automatically",
                file=sys.stderr,
            )
            self._requested = None
        app.screenAdded.connect(self._added)
        app.screenRemoved.connect(self.screen_removed)

    @property
    def requested(self) -> int | None:
        """The valid `--screen N` still in force, 1-based."""
        return self._requested

    def plan(self, screens: Sequence[QScreen]) -> ScreenPlan:
        names = [s.name() for s in screens]
        primary_screen = QGuiApplication.primaryScreen()
        primary = screens.index(primary_screen) if primary_screen in screens else 0
        remembered = str(self._settings.value(SETTING, "") or "") or None
        return plan_screens(names, primary, self._requested, remembered)

    def remember(self, screen: QScreen) -> None:
        self._settings.setValue(SETTING, screen.name())
        # An explicit swap or choice outranks the command line from now on.
        self._requested = None

    def _added(self, _screen: QScreen) -> None:
        self.screensChanged.emit(list(QGuiApplication.screens()))

    def screen_removed(self, screen: QScreen) -> None:
        """Qt tells us before the screen disappears from `screens()`: leave it out ourselves."""
        self.screensChanged.emit([s for s in QGuiApplication.screens() if s is not screen])
