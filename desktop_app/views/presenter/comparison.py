"""The comparison in presenter mode: the console drives it, the room watches it.

One interactive ComparisonView sits in the console's current-slide pane and a
display-only copy in each view of the room (the projector window and, when
rehearsing on one screen, the console's "Audience sees" pane). They all show
the presentation's `state.comparison`, so a row revealed or a card chosen in
either window is at once in the other, and the room's copies show the
console's poll (`state.poll`) as a chart. The comparison modules load on first use: a
talk that never shows the comparison never pays for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.state.presentation import PresentationState
from desktop_app.views.presenter.audience_window import AudienceView
from desktop_app.views.presenter.console import PresenterConsole

if TYPE_CHECKING:
    from desktop_app.state.comparison import ComparisonState
    from desktop_app.views.comparison.view import ComparisonView


class PresenterComparison(QObject):
    """Shows or hides the comparison in the console and in every view of the room."""

    def __init__(
        self,
        state: PresentationState,
        console: PresenterConsole,
        rooms: Sequence[AudienceView],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.console = console
        self.rooms = list(rooms)
        self.active = False
        self._driver: ComparisonView | None = None
        self._shown: list[ComparisonView] = []

    @property
    def available(self) -> bool:
        return self.state.deck.debate is not None

    @property
    def model(self) -> ComparisonState | None:
        return self.state.comparison if self.available else None

    def driver(self) -> ComparisonView:
        """The console's interactive view (built on first use with the room's copies)."""
        if self._driver is None:
            from desktop_app.views.comparison.view import ComparisonView

            driver = ComparisonView(self.state)
            driver.setAccessibleName(self.tr("Comparison: you drive it, the room sees it"))
            for _ in self.rooms:
                shown = ComparisonView(self.state, presenting=True)
                shown.setAccessibleName(self.tr("Comparison shown to the audience"))
                self._shown.append(shown)
            if driver.model is not None:
                self.console.comparison_menu.addSeparator()
                self.console.comparison_menu.addActions(driver.comparison_actions)
            self._driver = driver
        return self._driver

    def shown(self) -> list[ComparisonView]:
        """The room's copies, in the order of `rooms`."""
        self.driver()
        return list(self._shown)

    def set_active(self, on: bool) -> bool:
        """Show (or hide) the comparison everywhere; returns whether it is now shown."""
        on = on and self.available
        if on == self.active:
            return on
        self.active = on
        driver = self.driver()  # only reached with a debate, so it has its model and actions
        for action in driver.comparison_actions:
            action.setEnabled(on)
        if on:
            from desktop_app.views.comparison.mode import match_slide

            match_slide(self.state)
        else:
            driver.poll_action.setChecked(False)
        self.console.show_comparison(driver if on else None)
        for room, shown in zip(self.rooms, self._shown, strict=True):
            room.show_comparison(shown if on else None)
            # The projector window has its own focus: its copy takes the keys there too.
            if room.isWindow():
                (shown if on else room).setFocus()
        (driver if on else self.console).setFocus()
        return on

    def reveal_next(self) -> None:
        """A "next" key that reached the window rather than the view (focus elsewhere)."""
        if self.model is not None:
            self.model.reveal_next()

    def hide_last(self) -> None:
        if self.model is not None:
            self.model.hide_last()
