"""Presenter mode with the comparison: the console drives it, the room's window shows it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.app import application, settings
from desktop_app.model.deck import Deck
from desktop_app.poll.tally import deck_poll_file
from desktop_app.render.layouts.comparison import card_rects
from desktop_app.state.presentation import PresentationState, Screen
from desktop_app.user_data import data_folder
from desktop_app.views.comparison.view import ComparisonView
from desktop_app.views.presenter import Presenter


@pytest.fixture
def presenter(qtbot, deck: Deck) -> Presenter:
    application()
    p = Presenter(PresentationState(deck), settings(), start=3)
    qtbot.addWidget(p.console)
    qtbot.addWidget(p.audience)
    p.show()
    p.console.resize(1600, 900)
    # One offscreen screen is a rehearsal; open the room's window as well, as F7 does.
    p.actions.audience_window.trigger()
    p.audience.resize(1280, 720)
    qtbot.waitExposed(p.audience)
    return p


def driver(p: Presenter) -> ComparisonView:
    return p.comparison.driver()


def room(p: Presenter) -> ComparisonView:
    return p.comparison.shown()[0]


def enter(p: Presenter) -> ComparisonView:
    p.actions.comparison.trigger()
    model = p.state.comparison
    assert model is not None
    model.set_revealed(0)
    return driver(p)


def click_card(qtbot, view: ComparisonView, ident: str) -> None:
    model = view.model
    assert model is not None
    rect = card_rects(model.debate, view._source.slides[0].dimensions)[ident]
    frame = view.canvas.slide_rect()
    centre = rect.center()
    point = QPoint(
        round(frame.left() + centre.x() * frame.width() / 1920),
        round(frame.top() + centre.y() * frame.height() / 1080),
    )
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=point)


def test_c_shows_the_comparison_in_both_windows(presenter: Presenter, qtbot) -> None:
    p = presenter
    assert p.actions.comparison in p.console.comparison_menu.actions()
    assert p.actions.comparison.shortcuts()[0].toString() == "C"
    qtbot.keyClick(p.console, Qt.Key.Key_C)
    assert p.actions.comparison.isChecked()
    assert p.console.current_stack.currentWidget() is driver(p)
    assert p.console.current_pane.caption.text().startswith("Comparison")
    assert p.audience.stack.currentWidget() is room(p) and room(p).isVisible()
    assert p.console.room.comparison_shown  # the rehearsal pane shows what the room sees
    # The room's copy is display-only: no filter bar, no poll controls.
    assert room(p).filter_bar.isHidden() and not driver(p).filter_bar.isHidden()
    assert not room(p).canvas.framed  # no keyboard-focus frame on the projector
    assert room(p).model is driver(p).model is p.state.comparison


def test_revealing_on_the_console_reaches_the_room(presenter: Presenter, qtbot) -> None:
    p = presenter
    view = enter(p)
    view.canvas.setFocus()
    position = p.state.index, p.state.step
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
        qtbot.keyClick(view.canvas, key)
    assert p.state.comparison.revealed == 3  # type: ignore[union-attr]
    assert room(p).isVisible() and room(p).canvas._step == 3
    assert (p.state.index, p.state.step) == position  # the slides did not move
    # A clicker key reaching the window (focus elsewhere) still reveals, never moves slides.
    p.actions.next.trigger()
    assert room(p).canvas._step == 4 and (p.state.index, p.state.step) == position
    p.actions.previous.trigger()
    assert room(p).canvas._step == 3


def test_keys_in_the_audience_window_drive_the_same_comparison(presenter: Presenter, qtbot) -> None:
    p = presenter
    enter(p)
    p.audience.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is p.audience)
    qtbot.keyClick(QApplication.focusWidget() or p.audience, Qt.Key.Key_PageDown)
    assert driver(p).canvas._step == 1
    qtbot.keyClick(QApplication.focusWidget() or p.audience, Qt.Key.Key_B)
    assert (
        p.state.screen is Screen.BLACK and p.audience.stack.currentWidget() is p.audience.slide_view
    )
    assert p.audience.slide_view._blank is not None
    p.actions.black.trigger()
    assert p.audience.stack.currentWidget() is room(p)


def test_selecting_a_card_on_the_console_selects_it_in_the_room(
    presenter: Presenter, qtbot
) -> None:
    p = presenter
    view = enter(p)
    p.state.comparison.reveal_all()  # type: ignore[union-attr]
    click_card(qtbot, view, "closed-accountability")
    assert room(p).canvas._options.comparison.selected == "closed-accountability"
    qtbot.keyClick(view.canvas, Qt.Key.Key_Return)
    assert room(p).detail.isVisible()
    assert room(p).detail.argument is not None
    assert room(p).detail.argument.id == "closed-accountability"


def test_poll_votes_from_the_console_are_saved_and_charted_for_the_room(
    presenter: Presenter, qtbot, deck: Deck
) -> None:
    p = presenter
    view = enter(p)
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_V)
    assert view.poll.isVisible()  # the teacher sees the controls
    assert room(p).main.currentWidget() is room(p).poll.chart and room(p).poll.isHidden()
    qtbot.keyClick(view.poll, Qt.Key.Key_1)
    qtbot.keyClick(view.poll, Qt.Key.Key_1)
    qtbot.keyClick(view.poll, Qt.Key.Key_3)
    saved = json.loads(Path(deck_poll_file(data_folder(), deck)).read_text(encoding="utf-8"))
    assert saved["before"] == {"open": 2, "closed": 0, "hybrid": 1}
    assert room(p).poll.tally.count("before", "open") == 2  # the room's bars follow
    qtbot.keyClick(view.poll, Qt.Key.Key_Escape)
    assert room(p).main.currentWidget() is room(p).canvas


def test_c_or_esc_returns_both_windows_to_the_same_slide(presenter: Presenter, qtbot) -> None:
    p = presenter
    p.actions.next.trigger()
    position = p.state.index, p.state.step
    view = enter(p)
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(p.console, Qt.Key.Key_C)
    assert not p.actions.comparison.isChecked()
    assert p.console.current_stack.currentWidget() is p.console.current
    assert p.audience.stack.currentWidget() is p.audience.slide_view
    assert (p.state.index, p.state.step) == position
    assert (p.audience.slide_view._index, p.audience.slide_view._step) == position
    assert p.console.current._index == position[0]

    enter(p).canvas.setFocus()
    ended: list[bool] = []
    p.console.closing.connect(lambda: ended.append(True))
    qtbot.keyClick(driver(p).canvas, Qt.Key.Key_Escape)  # nothing open: leaves the comparison
    assert not p.actions.comparison.isChecked() and not ended
    qtbot.keyClick(p.console, Qt.Key.Key_Escape)  # the next Esc ends the show
    assert ended == [True]


def test_drawing_tools_wait_while_the_comparison_is_shown(presenter: Presenter) -> None:
    p = presenter
    p.actions.pointer.trigger()
    enter(p)
    assert not p.actions.pointer.isChecked() and not p.actions.pen.isEnabled()
    assert p.state.pointer is None
    p.actions.comparison.trigger()
    assert p.actions.pen.isEnabled()


def test_a_deck_without_debate_has_no_comparison(qtbot, make_deck) -> None:
    from desktop_app.loader import load_deck

    application()
    p = Presenter(PresentationState(load_deck(make_deck())), settings())
    qtbot.addWidget(p.console)
    qtbot.addWidget(p.audience)
    assert not p.actions.comparison.isEnabled()
    assert not p.comparison.set_active(True)
    assert p.console.current_stack.currentWidget() is p.console.current
