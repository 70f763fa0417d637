"""The presenter's commands: its scope of the one registry, installed on both windows.

A clicker or keyboard works whichever window has the focus because the same
actions (window-wide shortcuts) are added to the console and to the audience
window. Titles, keys (and the user's rebinding), menus, toolbar and the help
come from `views.commands`; this module only names the actions the presenter
wires, so its code reads `actions.next` rather than a string id.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup

from desktop_app.views.command_set import CommandSet
from desktop_app.views.commands import PRESENTER


@dataclass
class PresenterActions:
    commands: CommandSet
    previous: QAction
    next: QAction
    first: QAction
    last: QAction
    black: QAction
    white: QAction
    freeze: QAction
    comparison: QAction
    zoom: QAction
    pointer: QAction
    spotlight: QAction
    pen: QAction
    highlighter: QAction
    undo: QAction
    clear: QAction
    start_first: QAction
    start_current: QAction
    timer_toggle: QAction
    timer_reset: QAction
    audience_window: QAction
    swap_screens: QAction
    remote: QAction
    end_show: QAction
    escape: QAction
    help: QAction
    notes_bigger: QAction
    notes_smaller: QAction
    export: QAction
    tools: QActionGroup
    layouts: QActionGroup

    def all(self) -> list[QAction]:
        return list(self.commands.actions.values())


def make_actions(owner: QObject, settings: QSettings | None = None) -> PresenterActions:
    c = CommandSet(owner, PRESENTER, settings)
    return PresenterActions(
        commands=c,
        previous=c["go.previous"],
        next=c["go.next"],
        first=c["go.first"],
        last=c["go.last"],
        black=c["view.black"],
        white=c["view.white"],
        freeze=c["view.freeze"],
        comparison=c["view.comparison"],
        zoom=c["view.zoom"],
        pointer=c["draw.pointer"],
        spotlight=c["draw.spotlight"],
        pen=c["draw.pen"],
        highlighter=c["draw.highlighter"],
        undo=c["draw.undo"],
        clear=c["draw.clear"],
        start_first=c["view.start_first"],
        start_current=c["view.start_current"],
        timer_toggle=c["timer.toggle"],
        timer_reset=c["timer.reset"],
        audience_window=c["window.audience"],
        swap_screens=c["window.swap"],
        remote=c["window.remote"],
        end_show=c["show.end"],
        escape=c["view.escape"],
        help=c["view.help"],
        notes_bigger=c["view.text_larger"],
        notes_smaller=c["view.text_smaller"],
        export=c["file.export"],
        tools=c.groups["tools"],
        layouts=c.groups["layout"],
    )
