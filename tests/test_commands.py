"""The command registry: one key map for every window, its menus, rebinding and help."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.app import settings
from desktop_app.model.deck import Deck
from desktop_app.state.presentation import PresentationState
from desktop_app.views.audience import AudienceWindow
from desktop_app.views.command_set import CommandSet, shortcut_text
from desktop_app.views.commands import (
    AUDIENCE,
    COMMANDS,
    GESTURES_TITLE,
    PRESENTER,
    SCOPES,
    STUDY,
    command,
    conflicts,
    key_map,
    key_sequences,
    key_table,
    offered,
    scope_bindings,
)
from desktop_app.views.comparison.view import ComparisonView
from desktop_app.views.help_overlay import HelpOverlay
from desktop_app.views.presenter import Presenter
from desktop_app.views.presenter.layouts import PRESETS
from desktop_app.views.study import open_study_window
from tests.conftest import show_audience

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "user-guide.md"


# -- the table -----------------------------------------------------------------------------


def test_ids_are_unique_and_every_command_is_described() -> None:
    ids = [c.id for c in COMMANDS]
    assert len(ids) == len(set(ids))
    for item in COMMANDS:
        assert item.title and item.description and item.scopes
        assert item.scopes <= set(SCOPES)
        for scope in item.scopes:
            path = SCOPES[scope].menu_of(item)
            assert not path or path.partition("/")[0] in SCOPES[scope].menus, item.id
        assert item.menu or item.keys  # hidden from menus means reachable by key


def test_no_key_means_two_commands_in_one_window_or_across_windows() -> None:
    for scope in SCOPES:
        bindings = {c.id: key_sequences(c, None, scope) for c in offered(scope)}
        assert conflicts(bindings) == {}, scope
    shared = {key: ids for key, ids in key_map().items() if len(ids) > 1}
    assert shared == {}
    assert conflicts({"a": [QKeySequence("X")], "b": [QKeySequence("X")]}) == {"X": ["a", "b"]}


def test_a_users_clash_is_reported_across_windows() -> None:
    store = settings()
    store.setValue("shortcuts/view.progress", "P")  # P is the presenter's pen
    assert key_map(store)["P"] == ["view.progress", "draw.pen"]


def test_presenter_conventions_are_bound() -> None:
    def keys(command_id: str) -> set[str]:
        return {s.toString() for s in key_sequences(command(command_id))}

    assert {"Right", "Space", "PgDown", "Down"} <= keys("go.next")
    assert {"Left", "Backspace", "PgUp", "Up"} <= keys("go.previous")
    assert keys("view.start_first") == {"F5"} and keys("view.start_current") == {"Shift+F5"}
    assert {"B", "."} == keys("view.black") and {"W", ","} == keys("view.white")
    assert {"F", "F11"} == keys("view.fullscreen")  # reveal.js; freeze is Shift+F
    assert keys("view.escape") == {"Esc"}
    assert {"?", "F1"} == keys("view.help")
    assert keys("draw.pen") == {"P"} and keys("comparison.poll") == {"V"}


def test_layout_commands_follow_the_console_presets() -> None:
    titles = [c.title for c in COMMANDS if c.id.startswith("layout.")]
    assert titles == [p.name for p in PRESETS]


def test_the_user_guide_documents_the_key_map() -> None:
    table = key_table()
    assert table in GUIDE.read_text(encoding="utf-8"), "paste views.commands.key_table():\n" + table


def test_user_keys_come_from_settings() -> None:
    store = settings()
    store.setValue("shortcuts/go.next", "J; Ctrl+Right")
    store.setValue("shortcuts/go.first", "")
    store.setValue("shortcuts/go.last", "no such key at all+++")
    assert [s.toString() for s in key_sequences(command("go.next"), store)] == ["J", "Ctrl+Right"]
    assert key_sequences(command("go.first"), store) == []
    assert key_sequences(command("go.last"), store) == [QKeySequence("End")]  # typo: default
    assert key_sequences(command("go.previous"), store)[0] == QKeySequence("Left")
    # A window keeps the keys its widgets need: study leaves Space to the text.
    assert "Space" not in {s.toString() for s in key_sequences(command("go.next"), None, STUDY)}


def test_a_users_key_wins_over_another_commands_default() -> None:
    store = settings()
    store.setValue("shortcuts/go.next", "B; Right")  # B is black's by default
    keys = scope_bindings(AUDIENCE, store)
    assert [s.toString() for s in keys["go.next"]] == ["B", "Right"]
    assert [s.toString() for s in keys["view.black"]] == ["."]
    assert conflicts(keys) == {}
    store.setValue("shortcuts/view.black", "B")  # both the user's: a real clash, kept visible
    assert conflicts(scope_bindings(AUDIENCE, store)) == {"B": ["go.next", "view.black"]}


# -- one window's set ----------------------------------------------------------------------


def test_menus_and_toolbar_are_built_from_the_table(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    fired: list[str] = []
    commands = CommandSet(window, AUDIENCE, windows=[window])
    commands.bind({c.id: (lambda i=c.id: fired.append(i)) for c in offered(AUDIENCE)})
    menus = commands.fill_menus(window.menuBar())
    assert [menus[m].title() for m in ("File", "View", "Go")] == ["&File", "&View", "&Go"]
    in_menus = {a.objectName() for m in menus.values() for a in m.actions()}
    assert {c.id for c in offered(AUDIENCE) if c.menu} <= in_menus
    themes = menus["View/&Theme"].actions()
    assert [a.text() for a in themes] == ["Light", "Dark", "High contrast"]
    themes[0].trigger()
    themes[1].trigger()
    assert [a.isChecked() for a in themes] == [False, True, False]  # radio group
    commands["go.next"].trigger()
    assert fired == ["view.theme.light", "view.theme.dark", "go.next"]
    assert set(commands.actions.values()) <= set(window.actions())  # keys without a menu bar


def test_enabled_when_conditions(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    commands = CommandSet(window, PRESENTER)
    commands.set_condition("on_slide", False)
    assert not commands["draw.pen"].isEnabled() and not commands["draw.clear"].isEnabled()
    assert commands["go.next"].isEnabled()
    commands.set_condition("on_slide", True)
    assert commands["draw.pen"].isEnabled()


# -- every window: rebinding works, the help lists exactly the keys bound ------------------


def bound_keys(window: QWidget) -> set[str]:
    """The keys of every action a window (or a shown part of it) reacts to."""
    keys: set[str] = set()
    for widget in (window, *window.findChildren(QWidget)):
        if widget is window or widget.isVisible():
            keys |= {shortcut_text(a) for a in widget.actions() if a.shortcuts()}
    return keys


def listed_keys(help: HelpOverlay) -> set[str]:
    return {
        keys for title, rows in help.sections if title != GESTURES_TITLE for keys, _what in rows
    }


def test_audience_help_lists_exactly_its_keys(qtbot: QtBot, deck: Deck) -> None:
    window = show_audience(qtbot, AudienceWindow(PresentationState(deck)))
    window.show_help(True)
    assert listed_keys(window.help) == bound_keys(window)
    window.show_help(False)
    qtbot.keyClick(window.slide_view, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: window.comparison.active)
    window.show_help(True)  # the comparison's keys join while it is shown
    assert "Comparison" in [title for title, _rows in window.help.sections]
    assert listed_keys(window.help) == bound_keys(window)
    assert "V" in listed_keys(window.help)


def test_rebound_key_works_in_the_audience_and_the_help_says_so(qtbot, deck: Deck) -> None:
    settings().setValue("shortcuts/go.next", "J")
    window = show_audience(qtbot, AudienceWindow(PresentationState(deck)))
    qtbot.keyClick(window.slide_view, Qt.Key.Key_J)
    assert window.state.index == 1
    qtbot.keyClick(window.slide_view, Qt.Key.Key_Right)  # no longer bound
    assert window.state.index == 1
    window.show_help(True)
    assert "J: Next build step" in window.help.text()


@pytest.fixture
def presenter(qtbot: QtBot, deck: Deck) -> Presenter:
    p = Presenter(PresentationState(deck), settings())
    qtbot.addWidget(p.console)
    qtbot.addWidget(p.audience)
    p.show()
    qtbot.waitExposed(p.console)
    p.console.activateWindow()
    qtbot.waitUntil(p.console.isActiveWindow)
    return p


def test_presenter_help_lists_exactly_its_keys(qtbot: QtBot, presenter: Presenter) -> None:
    p = presenter
    qtbot.keyClick(p.console, Qt.Key.Key_F1)
    assert p.console.help_shown
    assert listed_keys(p.console.help) == bound_keys(p.console)
    qtbot.keyClick(p.console, Qt.Key.Key_Escape)  # Esc closes the help, not the show
    assert not p.console.help_shown and p.console.isVisible()
    p.actions.comparison.trigger()
    p.actions.help.trigger()
    assert "D" in listed_keys(p.console.help)  # the comparison's keys while it is shown
    assert listed_keys(p.console.help) == bound_keys(p.console)


def test_rebinding_works_in_the_presenter(qtbot: QtBot, deck: Deck) -> None:
    settings().setValue("shortcuts/go.next", "J")
    settings().setValue("shortcuts/view.black", "K")
    p = Presenter(PresentationState(deck), settings())
    qtbot.addWidget(p.console)
    qtbot.addWidget(p.audience)
    p.show()
    qtbot.waitExposed(p.console)
    p.console.activateWindow()
    qtbot.waitUntil(p.console.isActiveWindow)
    qtbot.keyClick(p.console, Qt.Key.Key_J)
    assert (p.state.index, p.state.step) != (0, 0)
    qtbot.keyClick(p.console, Qt.Key.Key_K)
    assert p.actions.black.isChecked()
    p.actions.help.trigger()
    assert {"J", "K"} <= listed_keys(p.console.help)
    assert "B, ." not in listed_keys(p.console.help)


def test_f5_starts_the_show_from_the_first_slide_once(qtbot, presenter: Presenter) -> None:
    p = presenter
    p.state.goto(3)
    p.timer.reset()
    qtbot.keyClick(p.console, Qt.Key.Key_F5)
    assert p.state.index == 0 and p.timer.running
    p.state.goto(2)
    qtbot.keyClick(p.console, Qt.Key.Key_F5)  # mid-talk: a clicker's stray F5 keeps the slide
    assert p.state.index == 2


def test_study_help_lists_exactly_its_keys_and_rebinding_works(
    qtbot: QtBot, deck: Deck, tmp_path: Path
) -> None:
    settings().setValue("shortcuts/go.next", "J")
    window = open_study_window(PresentationState(deck), tmp_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_J)
    assert window.index == 1
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help.isVisible()
    assert listed_keys(window.help) == bound_keys(window)
    assert "J" in listed_keys(window.help)
    qtbot.keyClick(window.help, Qt.Key.Key_Escape)
    assert not window.help.isVisible()


def _unwired(commands: CommandSet) -> list[str]:
    """Commands of a window that nothing reacts to: a key or button that would do nothing."""
    return [
        command_id
        for command_id, action in commands.actions.items()
        if not action.receivers(SIGNAL("triggered(bool)"))
        and not action.receivers(SIGNAL("toggled(bool)"))
    ]


def test_every_command_a_window_offers_does_something(qtbot, deck: Deck, tmp_path) -> None:
    audience = show_audience(qtbot, AudienceWindow(PresentationState(deck)))
    assert _unwired(audience.commands) == []
    p = Presenter(PresentationState(deck), settings())
    qtbot.addWidget(p.console)
    qtbot.addWidget(p.audience)
    assert _unwired(p.actions.commands) == []
    study = open_study_window(PresentationState(deck), tmp_path)
    qtbot.addWidget(study)
    assert _unwired(study.commands.commands) == []
    p.actions.comparison.trigger()
    # The comparison claims these keys itself (before the window's actions) and reveals rows.
    assert _unwired(p.comparison.driver().commands) == ["go.next", "go.previous", "view.escape"]


def test_the_comparisons_help_says_what_next_does_there(qtbot, deck: Deck) -> None:
    window = show_audience(qtbot, AudienceWindow(PresentationState(deck)))
    qtbot.keyClick(window.slide_view, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: window.comparison.active)
    window.show_help(True)
    comparison = dict(window.help.sections)["Comparison"]
    assert "Reveal the next row" in [what for _keys, what in comparison]
    assert "Next build step, then next slide" in [
        what for _keys, what in window.help.sections[2][1]
    ]


def test_rebinding_works_in_the_comparison(qtbot: QtBot, deck: Deck) -> None:
    settings().setValue("shortcuts/comparison.reveal_all", "X")
    settings().setValue("shortcuts/go.next", "J")
    view = ComparisonView(PresentationState(deck))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    model = view.model
    assert model is not None
    model.set_revealed(0)
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_J)  # the user's "next" reveals a row here too
    assert model.revealed == 1
    qtbot.keyClick(view.canvas, Qt.Key.Key_A)  # no longer bound
    assert model.revealed == 1
    qtbot.keyClick(view.canvas, Qt.Key.Key_X)
    assert model.revealed == len(model.rows)
