"""Where the presenter's windows go: the plan, one-screen rehearsal, and two screens."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from desktop_app.app import application, settings
from desktop_app.loader import load_deck
from desktop_app.state.presentation import PresentationState
from desktop_app.views.presenter import Presenter
from desktop_app.views.presenter.screens import ScreenPlan, plan_screens, swapped
from tests.conftest import run_test_file

TESTS = Path(__file__).resolve().parent
TWO_SCREENS = {
    "synthesizedDpi": True,
    "screens": [
        {
            "name": name,
            "x": x,
            "y": 0,
            "width": 1920,
            "height": 1080,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
        for name, x in (("Laptop", 0), ("Projector", 1920))
    ],
}


@pytest.mark.parametrize(
    ("names", "primary", "requested", "remembered", "plan"),
    [
        (["A"], 0, None, None, ScreenPlan(0, None)),
        (["A"], 0, 1, "A", ScreenPlan(0, None)),  # one screen: always rehearsal
        (["A", "B"], 0, None, None, ScreenPlan(0, 1)),
        (["A", "B"], 1, None, None, ScreenPlan(1, 0)),  # projector set as primary
        (["A", "B"], 0, 1, None, ScreenPlan(1, 0)),  # --screen 1
        (["A", "B"], 0, None, "A", ScreenPlan(1, 0)),  # remembered
        (["A", "B"], 0, 2, "A", ScreenPlan(0, 1)),  # --screen beats memory
        (["A", "B"], 0, 9, None, ScreenPlan(0, 1)),  # out of range: automatic
        (["A", "B", "C"], 0, None, "gone", ScreenPlan(0, 1)),
        (["A", "B", "C"], 0, 3, None, ScreenPlan(0, 2)),
    ],
)
def test_plan(
    names: list[str], primary: int, requested: int | None, remembered: str | None, plan: ScreenPlan
) -> None:
    assert plan_screens(names, primary, requested, remembered) == plan


def test_swap_trades_places_and_leaves_rehearsal_alone() -> None:
    assert swapped(ScreenPlan(0, 1)) == ScreenPlan(1, 0)
    assert swapped(ScreenPlan(0, None)) == ScreenPlan(0, None)


@pytest.fixture
def presenter(qtbot, make_deck: Callable[..., Path]) -> Presenter:
    application()
    p = Presenter(PresentationState(load_deck(make_deck())), settings())
    qtbot.addWidget(p.console)
    qtbot.addWidget(p.audience)
    p.show()
    return p


def test_one_screen_is_rehearsal_with_the_room_view_embedded(presenter: Presenter) -> None:
    p = presenter
    assert len(QGuiApplication.screens()) == 1
    assert p.plan.rehearsal
    assert p.console.isVisible() and not p.audience.isVisible()
    assert not p.console.room_pane.isHidden()
    assert not p.actions.swap_screens.isEnabled()
    p.actions.next.trigger()
    assert p.console.room.slide_view._index == p.state.index


def test_rehearsal_can_open_the_audience_as_a_window(presenter: Presenter) -> None:
    p = presenter
    p.actions.audience_window.trigger()
    assert p.audience.isVisible() and not p.audience.isFullScreen()
    assert p.console.room_pane.isHidden()  # no need for two copies of the room view
    p.audience.close()  # closing it only hides it; the console goes on
    assert not p.audience.isVisible() and not p.actions.audience_window.isChecked()
    assert p.console.isVisible() and not p.console.room_pane.isHidden()


def test_screen_removal_with_no_screens_left_keeps_everything(presenter: Presenter) -> None:
    presenter.state.goto(1, 0)
    presenter.place([])
    assert presenter.console.isVisible() and presenter.state.index == 1


def test_two_screens(tmp_path: Path) -> None:
    """Runs presenter_two_screens.py in its own process with two offscreen screens."""
    config = tmp_path / "two-screens.json"
    config.write_text(json.dumps(TWO_SCREENS), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = run_test_file(TESTS / "presenter_two_screens.py", env)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert re.search(r"\b5 passed", result.stdout), result.stdout
