"""The study window's commands: one QAction each, with shortcut, menu entry and toolbar button.

Keeping them in one table makes the keyboard map easy to read and check
(every command reachable by keyboard and listed in a menu).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

from desktop_app.render.theme import THEME_NAMES

Key = QKeySequence.StandardKey


@dataclass
class StudyActions:
    previous: QAction
    next: QAction
    bookmark: QAction
    understood: QAction
    find: QAction
    larger: QAction
    smaller: QAction
    reset_size: QAction
    export: QAction
    progress: QAction
    themes: dict[str, QAction]


def _action(
    window: QMainWindow,
    text: str,
    tip: str,
    keys: list[QKeySequence],
    slot: Callable[[], object],
    checkable: bool = False,
) -> QAction:
    action = QAction(text, window)
    # Two equal sequences make Qt treat the shortcut as ambiguous and fire neither.
    keys = list({key.toString(): key for key in keys if not key.isEmpty()}.values())
    action.setShortcuts(keys)
    shortcut = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
    action.setStatusTip(tip)
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def build_actions(
    window: QMainWindow,
    on: dict[str, Callable[[], object]],
    on_theme: Callable[[str], None],
    panels: list[tuple[str, str, Callable[[], object]]],
) -> StudyActions:
    """Create every action, the menus and the toolbar. `panels`: (text, shortcut, slot)."""
    k = QKeySequence
    a = StudyActions(
        previous=_action(
            window,
            "&Previous slide",
            "Go to the previous slide",
            [k("Left"), k("PgUp")],
            on["previous"],
        ),
        next=_action(
            window, "&Next slide", "Go to the next slide", [k("Right"), k("PgDown")], on["next"]
        ),
        bookmark=_action(
            window,
            "★ &Bookmark",
            "Bookmark this slide",
            [k("Ctrl+B")],
            on["bookmark"],
            checkable=True,
        ),
        understood=_action(
            window,
            "✓ &Understood",
            "Mark this slide as understood",
            [k("Ctrl+U")],
            on["understood"],
            checkable=True,
        ),
        find=_action(
            window,
            "&Search…",
            "Search slides, notes, arguments and glossary",
            [k(Key.Find), k("Ctrl+F")],
            on["find"],
        ),
        larger=_action(
            window,
            "&Larger text",
            "Make the text larger",
            [k("Ctrl+="), k(Key.ZoomIn)],
            on["larger"],
        ),
        smaller=_action(
            window,
            "S&maller text",
            "Make the text smaller",
            [k("Ctrl+-"), k(Key.ZoomOut)],
            on["smaller"],
        ),
        reset_size=_action(
            window, "&Normal text size", "Reset the text size", [k("Ctrl+0")], on["reset_size"]
        ),
        export=_action(
            window,
            "&Export study guide…",
            "Save your study guide (slides, notes, your notes, quiz results) as PDF",
            [k("Ctrl+E")],
            on["export"],
        ),
        progress=_action(
            window,
            "Study &progress…",
            "Show progress by section",
            [k("Ctrl+Shift+P")],
            on["progress"],
        ),
        themes={},
    )
    group = QActionGroup(window)
    for name in THEME_NAMES:
        label = name.replace("-", " ").capitalize()
        action = _action(
            window,
            f"{label} theme",
            f"Use the {label.lower()} theme",
            [],
            partial(on_theme, name),
            checkable=True,
        )
        group.addAction(action)
        a.themes[name] = action

    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(a.export)
    file_menu.addSeparator()
    quit_action = _action(window, "&Close", "Close study mode", [k(Key.Close)], window.close)
    file_menu.addAction(quit_action)
    go = bar.addMenu("&Go")
    for action in (a.previous, a.next, a.find):
        go.addAction(action)
    study = bar.addMenu("&Study")
    for action in (a.bookmark, a.understood, a.progress):
        study.addAction(action)
    view = bar.addMenu("&View")
    for action in (a.larger, a.smaller, a.reset_size):
        view.addAction(action)
    view.addSeparator()
    for text, keys, slot in panels:
        view.addAction(
            _action(window, text, f"Show {text.replace('&', '').lower()}", [k(keys)], slot)
        )
    view.addSeparator()
    theme_menu = QMenu("&Theme", window)
    for theme_action in a.themes.values():
        theme_menu.addAction(theme_action)
    view.addMenu(theme_menu)

    tools = QToolBar("Study tools", window)
    tools.setObjectName("study-tools")
    tools.setAccessibleName("Study tools")
    groups = (
        (a.previous, a.next),
        (a.bookmark, a.understood),
        (a.find, a.smaller, a.larger),
        (a.progress, a.export),
    )
    for group_actions in groups:
        for tool in group_actions:
            tools.addAction(tool)
        tools.addSeparator()
    theme_button = QToolButton()
    theme_button.setText("Theme")
    theme_button.setAccessibleName("Theme")
    theme_button.setMenu(theme_menu)
    theme_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    tools.addWidget(theme_button)
    window.addToolBar(tools)
    return a
