"""Comparison as a mode of any window: one checkable command (C) that shows or hides it.

A window with a QStackedWidget shows the comparison in place of its slide
(the audience window); without one, the comparison opens in a window of its
own. Either way it shows the presentation's `state.comparison`, so the
presenter console and the room see the same rows, focus and selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop_app.app import settings
from desktop_app.model.comparison import comparison_slide
from desktop_app.render.theme import Theme
from desktop_app.state.presentation import PresentationState
from desktop_app.views.comparison.detail_panel import change_text_steps

if TYPE_CHECKING:
    from desktop_app.views.comparison.view import ComparisonView


class ComparisonMode(QObject):
    """Owns the comparison view of one window and drives it from the window's C command."""

    def __init__(
        self,
        state: PresentationState,
        host: QStackedWidget | None = None,
        parent: QObject | None = None,
        theme: Theme | None = None,
        *,
        action: QAction,
    ) -> None:
        super().__init__(parent)
        self._theme = theme
        self.state = state
        self.host = host
        self._view: ComparisonView | None = None
        self._previous: QWidget | None = None
        # The window's "view.comparison" command (C), from the registry.
        self._action = action
        self._action.toggled.connect(self._set_active)
        state.deckChanged.connect(self._update_enabled)
        self._update_enabled()

    def action(self) -> QAction:
        return self._action

    @property
    def active(self) -> bool:
        return self._action.isChecked()

    def view(self) -> ComparisonView:
        """The comparison widget, created on first use."""
        if self._view is None:
            # Imported on first use: the comparison is not needed for the first slide.
            from desktop_app.views.comparison.view import ComparisonView

            self._view = ComparisonView(self.state, parent=self.host, theme=self._theme)
            if self.host is None:
                self._view.setWindowTitle(
                    self.tr("Comparison \u2014 %1").replace("%1", self.state.deck.title)
                )
                self._view.resize(1280, 720)
                self._view.installEventFilter(self)
            else:
                self.host.addWidget(self._view)
        return self._view

    def set_theme(self, theme: Theme | None) -> None:
        """The host window changed its theme: the comparison follows."""
        self._theme = theme
        if self._view is not None:
            self._view.set_theme(theme)

    def text_size(self, delta: int | None) -> None:
        """Larger (+1) or smaller (-1) argument text, or the panel's own size (None); remembered."""
        change_text_steps(settings(), delta)
        if self._view is not None:
            self._view.detail.apply_text_size()

    def _update_enabled(self) -> None:
        self._action.setEnabled(self.state.deck.debate is not None)
        if self.state.deck.debate is None:
            self._action.setChecked(False)

    def _set_active(self, on: bool) -> None:
        view = self.view()
        if on:
            self._match_slide()
            if self.host is not None:
                self._previous = self.host.currentWidget()
                self.host.setCurrentWidget(view)
            else:
                view.show()
                view.raise_()
                view.activateWindow()
            view.setFocus()
        elif self.host is not None:
            if self._previous is not None and self.host.indexOf(self._previous) >= 0:
                self.host.setCurrentWidget(self._previous)
                self._previous.setFocus()
        else:
            view.hide()

    def _match_slide(self) -> None:
        match_slide(self.state)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Closing the separate window is leaving the mode: keep the action's check in step.
        if watched is self._view and event.type() == QEvent.Type.Close:
            self._action.setChecked(False)
        return False


def match_slide(state: PresentationState) -> None:
    """Opened on the comparison slide itself: show as many rows as the slide does."""
    slide = state.slide
    own = comparison_slide(state.deck)
    if slide is not None and own is not None and slide.id == own.id and slide.builds:
        state.comparison.set_revealed(state.step)
