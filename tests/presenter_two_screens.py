"""Presenter placement on two screens (laptop + projector).

Not collected on its own: Qt reads the screen layout once, when the
QApplication starts, so `test_presenter_screens.py` runs this module in a
second pytest process with `QT_QPA_PLATFORM=offscreen:configfile=...`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from desktop_app.app import application, settings
from desktop_app.loader import load_deck
from desktop_app.state.presentation import PresentationState
from desktop_app.views.presenter import Presenter
from desktop_app.views.presenter.screens import SETTING


@pytest.fixture
def open_presenter(qtbot, make_deck: Callable[..., Path]):
    application()
    if len(QGuiApplication.screens()) != 2:
        pytest.fail("expected the two-screen offscreen configuration")
    root = make_deck()

    def make(screen: int | None = None) -> Presenter:
        presenter = Presenter(PresentationState(load_deck(root)), settings(), screen=screen)
        qtbot.addWidget(presenter.console)
        qtbot.addWidget(presenter.audience)
        presenter.show()
        return presenter

    return make


def where(p: Presenter) -> tuple[str, str | None]:
    audience = p.audience.screen().name() if p.audience.isVisible() else None
    return p.console.screen().name(), audience


def test_audience_goes_full_screen_on_the_projector(open_presenter) -> None:
    p = open_presenter()
    assert where(p) == ("Laptop", "Projector")
    assert p.audience.isFullScreen()
    assert p.audience.geometry().topLeft().x() == 1920
    assert p.audience.size().width() == 1920 and p.audience.size().height() == 1080
    assert p.console.room_pane.isHidden()  # the room has its own screen
    assert p.actions.swap_screens.isEnabled()


def test_swap_is_remembered_for_the_next_talk(open_presenter) -> None:
    p = open_presenter()
    p.actions.swap_screens.trigger()
    assert where(p) == ("Projector", "Laptop")
    assert settings().value(SETTING) == "Laptop"
    p.actions.end_show.trigger()
    assert where(open_presenter()) == ("Projector", "Laptop")


def test_screen_option_picks_the_audience_screen(open_presenter) -> None:
    p = open_presenter(screen=1)
    assert where(p) == ("Projector", "Laptop")


def test_projector_unplugged_mid_talk_falls_back_to_rehearsal(open_presenter) -> None:
    p = open_presenter()
    p.state.goto(0, 1)
    p.actions.black.trigger()
    projector = QGuiApplication.screens()[1]
    p.watcher.screen_removed(projector)  # what QGuiApplication.screenRemoved calls
    assert not p.audience.isVisible()
    assert not p.console.room_pane.isHidden()  # the room view is now inside the console
    assert not p.actions.swap_screens.isEnabled()
    assert (p.state.index, p.state.step) == (0, 1)  # nothing about the talk is lost
    assert p.console.room.slide_view._blank is not None
    # Plugged back in: the room gets its screen again.
    p.place(QGuiApplication.screens())
    assert where(p) == ("Laptop", "Projector")
    assert p.audience.isFullScreen()


def test_audience_window_can_be_hidden_and_brought_back(open_presenter) -> None:
    p = open_presenter()
    p.actions.audience_window.trigger()
    assert not p.audience.isVisible() and not p.actions.audience_window.isChecked()
    p.actions.audience_window.trigger()
    assert p.audience.isFullScreen() and where(p)[1] == "Projector"
