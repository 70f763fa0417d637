"""The audience window as a presenter drives it: keys, clicker, mouse, dialogs, settings."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop_app.app import settings
from desktop_app.loader import load_deck
from desktop_app.state.presentation import PresentationState, Screen
from desktop_app.views.audience import AudienceWindow, launch_audience
from desktop_app.views.goto_dialog import GotoDialog, matching_slides
from desktop_app.views.slide_input import NumberEntry, WheelThrottle
from tests.conftest import show_audience

FIVE = """\
format: 1
title: Five Slides
sections:
  - id: a
    title: Part A
    slides:
      - id: start
        layout: title
        title: Start
      - id: builds
        layout: content
        title: Builds
        body: |
          - one
          - two
        builds: true
      - id: middle
        layout: content
        title: Middle
        body: Plain text.
      - id: quantum
        layout: content
        title: Quantum Ideas
        body: Plain text.
      - id: end
        layout: title
        title: The End
"""

K = Qt.Key


def show(qtbot, window: AudienceWindow) -> AudienceWindow:
    return show_audience(qtbot, window)


@pytest.fixture
def five(make_deck) -> Path:
    return make_deck(FIVE)


@pytest.fixture
def window(qtbot, five: Path) -> AudienceWindow:
    return show(qtbot, AudienceWindow(PresentationState(load_deck(five))))


def at(window: AudienceWindow) -> tuple[int, int]:
    return window.state.index, window.state.step


def press(qtbot, window: AudienceWindow, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(QApplication.focusWidget() or window, key)


def test_slide_has_keyboard_focus_and_title_names_deck(window: AudienceWindow) -> None:
    assert window.slide_view.hasFocus()
    assert window.windowTitle() == "Five Slides — Agora"
    # Screen readers hear which slide it is (tests/test_accessibility.py reads the rest).
    slide = QAccessible.queryAccessibleInterface(window.slide_view)
    assert slide.text(QAccessible.Text.Name) == "Slide 1 of 5: Start"


def test_right_and_left_walk_build_steps_before_slides(qtbot, window: AudienceWindow) -> None:
    assert window.state.deck.slides[1].fragments == 2
    seen = []
    for _ in range(5):
        press(qtbot, window, K.Key_Right)
        seen.append(at(window))
    assert seen == [(1, 0), (1, 1), (1, 2), (2, 0), (3, 0)]
    press(qtbot, window, K.Key_Left, K.Key_Left)
    assert at(window) == (1, 2)  # back into the previous slide fully built


@pytest.mark.parametrize(
    ("forward", "back"),
    [(K.Key_PageDown, K.Key_PageUp), (K.Key_Space, K.Key_Backspace), (K.Key_Down, K.Key_Up)],
)
def test_clicker_and_alternative_keys(qtbot, window, forward, back) -> None:
    press(qtbot, window, forward, forward)
    assert at(window) == (1, 1)
    press(qtbot, window, back)
    assert at(window) == (1, 0)


def test_home_end_and_skip_builds(qtbot, window: AudienceWindow) -> None:
    press(qtbot, window, K.Key_End)
    assert at(window) == (4, 0)
    press(qtbot, window, K.Key_Home)
    assert at(window) == (0, 0)
    qtbot.keyClick(window.slide_view, K.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.slide_view, K.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert at(window) == (2, 0)


def test_typed_number_then_enter_jumps_and_shows_the_number(qtbot, window) -> None:
    qtbot.keyClicks(window.slide_view, "4")
    assert window.progress.typed == "4"
    assert at(window) == (0, 0)
    press(qtbot, window, K.Key_Return)
    assert at(window) == (3, 0)
    assert window.progress.typed == ""
    qtbot.keyClicks(window.slide_view, "99")
    press(qtbot, window, K.Key_Enter)
    assert at(window) == (4, 0)  # clamped to the last slide


def test_escape_cancels_a_typed_number_without_opening_the_overview(qtbot, window) -> None:
    qtbot.keyClicks(window.slide_view, "3")
    press(qtbot, window, K.Key_Escape)
    assert window.progress.typed == ""
    assert not window.overview_shown
    press(qtbot, window, K.Key_Return)
    assert at(window) == (0, 0)


def test_left_click_next_right_click_previous_without_context_menu(qtbot, window) -> None:
    centre = window.slide_view.rect().center()
    qtbot.mouseClick(window.slide_view, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseClick(window.slide_view, Qt.MouseButton.LeftButton, pos=centre)
    assert at(window) == (1, 1)
    qtbot.mouseClick(window.slide_view, Qt.MouseButton.RightButton, pos=centre)
    assert at(window) == (1, 0)
    policy = window.slide_view.contextMenuPolicy()
    assert policy == Qt.ContextMenuPolicy.PreventContextMenu


def wheel(widget, dy: int) -> None:
    pos = QPointF(widget.rect().center())
    event = QWheelEvent(
        pos,
        widget.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, dy),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_moves_one_step_per_gesture(window: AudienceWindow) -> None:
    wheel(window.slide_view, -120)
    assert at(window) == (1, 0)
    for _ in range(10):  # the same flick keeps sending events: swallowed
        wheel(window.slide_view, -120)
    assert at(window) == (1, 0)
    wheel(window.slide_view, 120)  # reversing starts a new gesture
    assert at(window) == (0, 0)


def test_wheel_throttle_counts_gestures_not_events() -> None:
    now = [0.0]
    throttle = WheelThrottle(clock=lambda: now[0])
    steps = []
    for _ in range(30):  # a trackpad flick: many small deltas 10 ms apart
        steps.append(throttle.feed(-40))
        now[0] += 0.01
    assert [s for s in steps if s] == [1]
    now[0] += 1.0
    assert throttle.feed(-120) == 1  # after a pause, the next notch moves again
    assert throttle.feed(0) == 0


def test_number_entry_ignores_leading_zeros_and_limits_length() -> None:
    entry = NumberEntry()
    for digit in "0012345":
        entry.type_digit(digit)
    assert entry.text == "1234"
    entry.erase()
    assert entry.commit() == 123
    assert entry.commit() is None


def test_goto_dialog_filters_by_title_and_enter_goes(qtbot, window) -> None:
    press(qtbot, window, K.Key_G)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), GotoDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, GotoDialog)
    assert dialog.slides.count() == 5
    qtbot.keyClicks(dialog.search, "quant")
    assert [dialog.slides.item(r).text().split()[-2:] for r in range(dialog.slides.count())] == [
        ["Quantum", "Ideas"]
    ]
    qtbot.keyClick(dialog.search, K.Key_Return)
    assert at(window) == (3, 0)
    assert not dialog.isVisible()


def test_goto_dialog_arrow_keys_move_the_choice_while_typing(qtbot, window) -> None:
    dialog = window.open_goto()
    qtbot.keyClicks(dialog.search, "t")  # Start, Builds?, Quantum Ideas, The End …
    first = dialog.chosen()
    qtbot.keyClick(dialog.search, K.Key_Down)
    assert dialog.chosen() != first
    assert dialog.search.hasFocus() or dialog.search.text() == "t"
    qtbot.keyClick(dialog.search, K.Key_Escape)
    assert at(window) == (0, 0)


def test_matching_slides_puts_numbers_first(five: Path) -> None:
    deck = load_deck(five)
    assert matching_slides(deck, "") == [0, 1, 2, 3, 4]
    assert matching_slides(deck, "4")[0] == 3
    assert matching_slides(deck, "the end") == [4]
    assert matching_slides(deck, "part a") == [0, 1, 2, 3, 4]  # section titles match too


def test_f_toggles_fullscreen_and_hides_the_menu_bar(qtbot, window) -> None:
    press(qtbot, window, K.Key_F)
    qtbot.waitUntil(lambda: bool(window.windowState() & Qt.WindowState.WindowFullScreen))
    assert not window.menuBar().isVisible()
    assert window.commands["view.fullscreen"].isChecked()
    press(qtbot, window, K.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.menuBar().isVisible()
    press(qtbot, window, K.Key_F11)
    qtbot.waitUntil(window.isFullScreen)


def test_cursor_hides_when_idle_in_fullscreen(qtbot, window) -> None:
    window.set_fullscreen(True)
    qtbot.waitUntil(lambda: window.input.cursor_hidden, timeout=4000)
    qtbot.mouseMove(window.slide_view, window.slide_view.rect().center())
    assert not window.input.cursor_hidden


def test_f5_starts_from_first_slide_shift_f5_from_current(qtbot, window) -> None:
    window.state.goto(2)
    qtbot.keyClick(window.slide_view, K.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(window.isFullScreen)
    assert at(window) == (2, 0)
    window.set_fullscreen(False)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    press(qtbot, window, K.Key_F5)
    qtbot.waitUntil(window.isFullScreen)
    assert at(window) == (0, 0)


def test_escape_when_windowed_opens_overview(qtbot, window) -> None:
    press(qtbot, window, K.Key_Escape)
    assert window.overview_shown
    press(qtbot, window, K.Key_Escape)
    assert not window.overview_shown
    assert window.slide_view.hasFocus()


def test_theme_switch_rerenders_and_is_remembered(qtbot, window, five) -> None:
    light = window.slide_view.grab().toImage().pixelColor(640, 300)
    window.commands["view.theme.dark"].trigger()
    assert window.theme_name == "dark"
    assert window.slide_view.renderer.theme.name.lower() == "dark"
    dark = window.slide_view.grab().toImage().pixelColor(640, 300)
    assert dark.lightness() < light.lightness()
    assert window.commands["view.theme.dark"].isChecked()
    assert not window.commands["view.theme.light"].isChecked()
    again = show(qtbot, AudienceWindow(PresentationState(load_deck(five))))
    assert again.theme_name == "dark"


def test_black_screen_hides_the_slide(qtbot, window) -> None:
    press(qtbot, window, K.Key_B)
    assert window.state.screen is Screen.BLACK
    assert window.commands["view.black"].isChecked()
    assert window.slide_view.grab().toImage().pixelColor(640, 300).lightness() == 0
    press(qtbot, window, K.Key_B)
    assert window.state.screen is Screen.SLIDE


def test_progress_bar_toggles_and_is_remembered(qtbot, window, five) -> None:
    window.state.goto(2)
    assert window.progress.progress_shown
    assert window.progress.number_text() == "3 / 5"
    qtbot.keyClick(window.slide_view, K.Key_P, Qt.KeyboardModifier.ShiftModifier)
    assert not window.progress.progress_shown
    assert not window.commands["view.progress"].isChecked()
    again = show(qtbot, AudienceWindow(PresentationState(load_deck(five))))
    assert not again.progress.progress_shown


def args(**kw) -> argparse.Namespace:
    return argparse.Namespace(**{"theme": None, "fullscreen": False, "start": 0, **kw})


def test_reopens_at_the_last_slide_of_each_deck(qtbot, five: Path) -> None:
    deck = load_deck(five)
    first = launch_audience(deck, args())
    qtbot.addWidget(first)
    assert at(first) == (0, 0)
    first.state.goto(3)
    first.close()
    second = launch_audience(deck, args())
    qtbot.addWidget(second)
    assert at(second) == (3, 0)
    third = launch_audience(deck, args(start=2))  # an explicit --start wins
    qtbot.addWidget(third)
    assert at(third) == (1, 0)


def test_launch_fullscreen_and_theme_from_arguments(qtbot, five: Path) -> None:
    window = launch_audience(load_deck(five), args(fullscreen=True, theme="high-contrast"))
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isFullScreen)
    assert window.theme_name == "high-contrast"
    assert window.commands["view.theme.high-contrast"].isChecked()


def test_geometry_is_restored(qtbot, window, five: Path) -> None:
    window.resize(700, 480)
    window.close()
    assert settings().value("audience/geometry") is not None
    again = AudienceWindow(PresentationState(load_deck(five)))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 480)


def test_comparison_command_is_in_the_view_menu_and_help(qtbot, window) -> None:
    action = window.commands["view.comparison"]
    assert action in window.menus["View"].actions()
    assert window.comparison.action() is action  # one C, the registry's
    press(qtbot, window, K.Key_F1)
    assert "C: Show the open and closed arguments side by side" in window.help.text()


def test_open_deck_switches_and_reports_a_bad_folder(qtbot, window, tmp_path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "deck.yaml").write_text(FIVE.replace("Five Slides", "Other Talk"), "utf-8")
    assert window.open_deck(other)
    assert window.windowTitle() == "Other Talk — Agora"
    assert window.watcher.root == other.absolute()
    assert not window.open_deck(tmp_path / "missing")
    assert window.banner.isVisible()
    assert "Other Talk" in window.windowTitle()


def test_c_opens_the_comparison_from_any_slide_and_esc_returns(qtbot, deck) -> None:
    window = show(qtbot, AudienceWindow(PresentationState(deck)))
    window.state.goto(3)
    press(qtbot, window, K.Key_C)
    qtbot.waitUntil(lambda: window.comparison.active)
    assert window.stack.currentWidget() is window.comparison.view()
    assert (window.state.index, window.state.step) == (3, 0), "the talk does not move"
    window.comparison.view().setFocus()
    for _ in range(5):  # Esc first closes what the comparison has open, then the comparison
        if not window.comparison.active:
            break
        press(qtbot, window, K.Key_Escape)
    assert not window.comparison.active
    assert window.stack.currentIndex() == 0
    assert "&Comparison" in [a.text() for a in window.menus["View"].actions()]


def test_help_uses_three_columns_on_a_full_hd_screen(qtbot, window: AudienceWindow) -> None:
    window.resize(1920, 1080)
    window.show_help(True)
    qtbot.waitUntil(lambda: window.help.width() >= 1500)
    qtbot.waitUntil(lambda: window.help.columns == 3)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.help.columns == 2)
