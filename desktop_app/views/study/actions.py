"""The study window's commands: its scope of the one registry, with menus and toolbar.

Titles, keys (and the user's rebinding), menus and toolbar come from
`views.commands`; this module binds the window's handlers and names the
actions the window updates (marks, enabled arrows, the checked theme).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton

from desktop_app.render.theme import THEME_NAMES
from desktop_app.views.command_set import CommandSet
from desktop_app.views.commands import STUDY


@dataclass
class StudyActions:
    commands: CommandSet
    previous: QAction
    next: QAction
    bookmark: QAction
    understood: QAction
    themes: dict[str, QAction]


def build_actions(
    window: QMainWindow,
    handlers: Mapping[str, Callable[[], object]],
    on_theme: Callable[[str], None],
    settings: QSettings | None = None,
) -> StudyActions:
    """Create every command of the window, its menus and its toolbar; bind `handlers` by id."""
    c = CommandSet(window, STUDY, settings, windows=[window])
    c.bind(handlers)
    c.bind({f"view.theme.{name}": partial(on_theme, name) for name in THEME_NAMES})
    menus = c.fill_menus(window.menuBar())

    # Not window.tr(): pyside6-lupdate would file the texts under the context "window".
    name = QCoreApplication.translate("StudyWindow", "Study tools")
    tools = QToolBar(name, window)
    tools.setObjectName("study-tools")
    tools.setAccessibleName(name)
    c.fill_toolbar(tools)
    tools.addSeparator()
    theme_button = QToolButton()
    theme_button.setText(QCoreApplication.translate("StudyWindow", "Theme"))
    theme_button.setAccessibleName(theme_button.text())
    theme_button.setMenu(menus["View/&Theme"])
    theme_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    tools.addWidget(theme_button)
    window.addToolBar(tools)
    return StudyActions(
        commands=c,
        previous=c["go.previous"],
        next=c["go.next"],
        bookmark=c["study.bookmark"],
        understood=c["study.understood"],
        themes={name: c[f"view.theme.{name}"] for name in THEME_NAMES},
    )
