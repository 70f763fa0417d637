"""The QActions of one window, built from the command registry.

A window names its scope, gets one QAction per command it offers (keys
from the user's settings, else the defaults), binds handlers by id, and
asks for its menus, toolbar and help overlay content: all of them come
from `views.commands`, so they agree with the keys by construction.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import partial

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from desktop_app.views.commands import (
    GESTURES,
    GESTURES_TITLE,
    MENU_TITLES,
    SCOPES,
    Command,
    key_sequences,
    offered,
    scope_bindings,
    tr,
)

#: Radio groups that may also have nothing checked (no drawing tool is a valid choice).
OPTIONAL_GROUPS = frozenset({"tools"})

Sections = list[tuple[str, list[tuple[str, str]]]]


class CommandSet:
    """One window's commands: QActions by id, wired to handlers, enabled by conditions."""

    def __init__(
        self,
        owner: QObject,
        scope: str,
        settings: QSettings | None = None,
        windows: Iterable[QWidget] = (),
    ) -> None:
        self.scope = SCOPES[scope]
        self.commands = offered(scope)
        self.actions: dict[str, QAction] = {}
        self.groups: dict[str, QActionGroup] = {}
        self._conditions: dict[str, bool] = {}
        keys = scope_bindings(scope, settings)
        for item in self.commands:
            action = make_action(owner, item, keys[item.id], self.scope.description_of(item))
            if item.group:
                group = self.groups.get(item.group)
                if group is None:
                    group = self.groups[item.group] = QActionGroup(owner)
                    if item.group in OPTIONAL_GROUPS:
                        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
                group.addAction(action)
            self.actions[item.id] = action
        for window in windows:
            self.install(window)

    def __getitem__(self, command_id: str) -> QAction:
        return self.actions[command_id]

    def __contains__(self, command_id: str) -> bool:
        return command_id in self.actions

    def install(self, window: QWidget) -> None:
        """Make the keys work in `window`, menu bar shown or not."""
        window.addActions(list(self.actions.values()))

    def bind(self, handlers: Mapping[str, Callable[[], object]]) -> None:
        """Run `handlers[id]` when that command is triggered (by key, menu or button)."""
        for command_id, handler in handlers.items():
            self.actions[command_id].triggered.connect(lambda _=False, h=handler: h())

    def set_condition(self, name: str, holds: bool) -> None:
        """Enable exactly the commands whose enabled-when condition `name` now holds."""
        self._conditions[name] = holds
        for item in self.commands:
            if item.when == name:
                self.actions[item.id].setEnabled(holds)

    # -- generated chrome ------------------------------------------------------------------

    def fill_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        """The menu bar, from the table; returns the menus by path (e.g. "View/&Theme")."""
        menus: dict[str, QMenu] = {}
        for name in self.scope.menus:
            menus[name] = bar.addMenu(tr(MENU_TITLES[name]))
        for item in self.commands:
            path = self.scope.menu_of(item)
            if not path:
                continue
            top, _, sub = path.partition("/")
            menu = menus[top]
            if sub:
                if path not in menus:
                    menus[path] = menu.addMenu(tr(sub))
                menu = menus[path]
            elif item.separator and not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(self.actions[item.id])
        return menus

    def fill_toolbar(self, bar: QToolBar) -> None:
        """The window's buttons: its toolbar groups in order, a separator between groups."""
        for number, group in enumerate(self.scope.toolbar):
            if number:
                bar.addSeparator()
            bar.addActions([self.actions[c.id] for c in self.commands if c.toolbar == group])
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if button is not None and action.text():
                _name_button(button, action)
                action.changed.connect(partial(_name_button, button, action))
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def help_rows(self) -> list[tuple[str, str]]:
        return help_rows(self.actions[c.id] for c in self.commands)

    def help_sections(self, extra: Iterable[tuple[str, CommandSet]] = ()) -> Sections:
        """The help overlay's content: this window's commands by menu, then `extra` sets
        (a mode shown inside the window, titled), then the gestures."""
        by_menu: dict[str, list[QAction]] = {}
        for item in self.commands:
            heading = self.scope.menu_of(item).partition("/")[0] or "View"
            by_menu.setdefault(heading, []).append(self.actions[item.id])
        sections: Sections = [
            (tr(MENU_TITLES[name]).replace("&", ""), help_rows(by_menu.get(name, [])))
            for name in self.scope.menus
        ]
        gestures = list(GESTURES.get(self.scope.name, ()))
        for title, other in extra:
            sections.append((title, other.help_rows()))
            gestures += GESTURES.get(other.scope.name, ())
        sections.append((tr(GESTURES_TITLE), [(tr(k), tr(w)) for k, w in gestures]))
        return [(title, rows) for title, rows in sections if rows]


def make_action(
    owner: QObject,
    item: Command,
    keys: list[QKeySequence] | None = None,
    description: str = "",
) -> QAction:
    """One command's QAction: translated title and tip, `keys` (default: the defaults)."""
    action = QAction(owner)
    set_title(action, tr(item.title))
    action.setObjectName(item.id)
    action.setShortcuts(key_sequences(item) if keys is None else keys)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    description = tr(description or item.description)
    shown = shortcut_text(action)
    action.setToolTip(f"{description} ({shown})" if shown else description)
    action.setStatusTip(description)
    action.setCheckable(item.checkable)
    return action


def set_title(action: QAction, title: str) -> None:
    """Give an action a title that may start with a symbol ("★ &Bookmark").

    The symbol stays in what is seen on a toolbar button (the icon text); the
    text, which menus show and screen readers read as the name, keeps only
    the words, so a reader says "Bookmark", not "black star Bookmark".
    """
    words = " ".join(w for w in title.split() if not all(_symbol(c) for c in w))
    action.setText(words)
    action.setIconText(title.replace("&", "") if words != title else "")


def _symbol(char: str) -> bool:
    return unicodedata.category(char) == "So"


def _name_button(button: QWidget, action: QAction) -> None:
    """A toolbar button is named by its action's words, kept in step as the action changes."""
    button.setAccessibleName(action.text().replace("&", ""))


def shortcut_text(action: QAction) -> str:
    """The keys of an action as the user would type them, e.g. "Right, Space, Page Down"."""
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


def help_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action that has keys, in the order given."""
    rows = []
    for action in actions:
        keys = shortcut_text(action)
        if keys:
            rows.append((keys, action.statusTip() or action.text().replace("&", "")))
    return rows
