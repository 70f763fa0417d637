"""The action table: one source for key bindings, menus and the help overlay."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop_app.app import settings
from desktop_app.model.deck import Deck
from desktop_app.state.presentation import PresentationState
from desktop_app.views.actions import (
    ACTIONS,
    GESTURES,
    ActionSet,
    conflicts,
    help_sections,
    key_sequences,
    shortcut_text,
    spec,
)
from desktop_app.views.audience import AudienceWindow
from tests.conftest import show_audience


def test_ids_are_unique_and_every_action_is_described() -> None:
    ids = [a.id for a in ACTIONS]
    assert len(ids) == len(set(ids))
    for action in ACTIONS:
        assert action.text and action.description
        assert action.menu.partition("/")[0] in ("", "File", "View", "Go")
        assert action.menu or action.shortcuts  # hidden from menus means reachable by key


def test_default_keys_do_not_clash() -> None:
    bindings = {a.id: key_sequences(a) for a in ACTIONS}
    assert conflicts(bindings) == {}
    assert conflicts({"a": [QKeySequence("X")], "b": [QKeySequence("X")]}) == {"X": ["a", "b"]}


def test_presenter_expectations_are_bound() -> None:
    def keys(action_id: str) -> set[str]:
        return {s.toString() for s in key_sequences(spec(action_id))}

    assert {"Right", "Space", "PgDown", "Down"} <= keys("go.next")
    assert {"Left", "Backspace", "PgUp", "Up"} <= keys("go.previous")
    assert {"F", "F11"} <= keys("view.fullscreen")
    assert keys("view.start_first") == {"F5"}
    assert keys("view.start_current") == {"Shift+F5"}
    assert {"?", "F1"} <= keys("view.help")
    assert keys("file.reload") == {"Ctrl+R"}


def test_user_can_rebind_or_unbind_in_settings(qtbot) -> None:
    store = settings()
    store.setValue("shortcuts/go.next", "J; Ctrl+Right")
    store.setValue("shortcuts/go.first", "")
    store.setValue("shortcuts/go.last", "no such key at all+++")
    assert [s.toString() for s in key_sequences(spec("go.next"), store)] == ["J", "Ctrl+Right"]
    assert key_sequences(spec("go.first"), store) == []
    assert key_sequences(spec("go.last"), store) == [QKeySequence("End")]  # bad value: default
    assert key_sequences(spec("go.previous"), store)[0] == QKeySequence("Left")


def test_rebound_key_works_and_the_help_says_so(qtbot, deck: Deck) -> None:
    settings().setValue("shortcuts/go.next", "J")
    window = show_audience(qtbot, AudienceWindow(PresentationState(deck)))
    qtbot.keyClick(window.slide_view, Qt.Key.Key_J)
    assert window.state.index == 1
    qtbot.keyClick(window.slide_view, Qt.Key.Key_Right)  # no longer bound
    assert window.state.index == 1
    window.show_help(True)
    assert "J: Next build step" in window.help.text()


def test_menus_are_built_from_the_table(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    fired: list[str] = []
    handlers = {a.id: (lambda i=a.id: fired.append(i)) for a in ACTIONS}
    actions = ActionSet(window, handlers)
    menus = actions.fill_menus(window.menuBar())
    assert [a.title() for a in (menus["File"], menus["View"], menus["Go"])] == [
        "&File",
        "&View",
        "&Go",
    ]
    in_menus = {a.objectName() for m in menus.values() for a in m.actions()}
    assert {a.id for a in ACTIONS if a.menu} <= in_menus
    theme_items = menus["View/&Theme"].actions()
    assert [a.text() for a in theme_items] == ["Light", "Dark", "High contrast"]
    theme_items[0].trigger()
    theme_items[1].trigger()
    assert [a.isChecked() for a in theme_items] == [False, True, False]  # radio group
    actions["go.next"].trigger()
    assert fired == ["view.theme.light", "view.theme.dark", "go.next"]
    # Every action is on the window too, so keys work with the menu bar hidden.
    assert set(actions.actions.values()) <= set(window.actions())


def test_slide_only_actions_pause_while_the_overview_is_open(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = ActionSet(window, {a.id: (lambda: None) for a in ACTIONS})
    actions.set_slide_actions_enabled(False)
    assert not actions["go.next"].isEnabled()
    assert actions["view.overview"].isEnabled()  # O still closes the overview


def test_help_lists_every_bound_action_and_the_gestures(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = ActionSet(window, {a.id: (lambda: None) for a in ACTIONS})
    listed = {keys for _title, rows in help_sections(actions) for keys, _what in rows}
    for item in ACTIONS:
        if item.shortcuts:
            assert shortcut_text(actions[item.id]) in listed, item.id
    for gesture, _what in GESTURES:
        assert gesture in listed


@pytest.mark.parametrize("key", [Qt.Key.Key_F1, Qt.Key.Key_Question])
def test_help_overlay_shows_every_shortcut_and_closes(qtbot, deck: Deck, key) -> None:
    window = show_audience(qtbot, AudienceWindow(PresentationState(deck)))
    qtbot.keyClick(window.slide_view, key)
    assert window.help.isVisible()
    text = window.help.text()
    for item in ACTIONS:
        keys = shortcut_text(window.commands[item.id])
        if keys:
            assert f"{keys}: " in text, item.id
    qtbot.keyClick(window.slide_view, Qt.Key.Key_Right)  # the talk does not move under it
    assert window.state.index == 0
    qtbot.keyClick(window.slide_view, key)
    assert not window.help.isVisible()
    qtbot.keyClick(window.slide_view, Qt.Key.Key_F1)
    qtbot.keyClick(window.slide_view, Qt.Key.Key_Escape)
    assert not window.help.isVisible()
    assert not window.overview_shown
