"""Where windows first open: inside the screen with room for a title bar, centred."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desktop_app.model.deck import Deck
from desktop_app.state.presentation import PresentationState
from desktop_app.views.audience import AudienceWindow
from desktop_app.views.study import open_study_window


def _placed_inside_the_free_area(window: QMainWindow) -> None:
    area = window.screen().availableGeometry()
    frame = window.geometry()
    assert area.contains(frame), (area, frame)
    # A window manager adds a title bar on top: a tenth of the height stays free for it.
    assert frame.height() <= area.height() * 0.9 + 1
    assert abs(frame.center().x() - area.center().x()) <= 1


def test_study_mode_opens_inside_the_screen_on_first_start(qtbot: QtBot, deck: Deck) -> None:
    window = open_study_window(PresentationState(deck))
    qtbot.addWidget(window)
    _placed_inside_the_free_area(window)


def test_the_audience_window_opens_inside_the_screen_on_first_start(
    qtbot: QtBot, deck: Deck
) -> None:
    window = AudienceWindow(PresentationState(deck))
    qtbot.addWidget(window)
    _placed_inside_the_free_area(window)
