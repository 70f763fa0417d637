"""Every presenter command as a QAction: one set, installed on both windows.

A clicker or keyboard works whichever window has the focus because the same
actions (window-wide shortcuts) are added to the console and to the audience
window. Keys follow PowerPoint and pdfpc where they agree:

    Next            Right, Down, Page Down, Space, Return, N
    Previous        Left, Up, Page Up, Backspace
    First / last    Home / End
    Black screen    B or .          White screen   W or ,
    Freeze          F  (the room keeps the slide while the console moves on)
    Comparison      C  (both windows; the next keys reveal rows, P opens the poll,
                       Esc closes what is open, then leaves the comparison)
    Laser pointer   L              Spotlight      S
    Pen             P              Highlighter    H
    Undo ink        Ctrl+Z         Clear ink      E or Delete
    Start timer     F5 or Shift+F5 (a clicker's "start show" button)
    Pause/resume    T              Reset timer    R
    Audience window F7 (one screen: open it as a normal window)
    Swap screens    F8
    End the show    Esc
    Notes size      Ctrl+= / Ctrl+-
    Layouts         Ctrl+1, Ctrl+2, Ctrl+3
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence


def _action(
    owner: QObject, text: str, keys: list[str], tip: str, checkable: bool = False
) -> QAction:
    action = QAction(text, owner)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setCheckable(checkable)
    shown = ", ".join(
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys
    )
    action.setToolTip(f"{tip} ({shown})" if keys else tip)
    action.setStatusTip(tip)
    return action


@dataclass
class PresenterActions:
    previous: QAction
    next: QAction
    first: QAction
    last: QAction
    black: QAction
    white: QAction
    freeze: QAction
    comparison: QAction
    pointer: QAction
    spotlight: QAction
    pen: QAction
    highlighter: QAction
    undo: QAction
    clear: QAction
    timer_start: QAction
    timer_toggle: QAction
    timer_reset: QAction
    audience_window: QAction
    swap_screens: QAction
    end_show: QAction
    notes_bigger: QAction
    notes_smaller: QAction
    tools: QActionGroup

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self) if f.name != "tools"]


def make_actions(owner: QObject) -> PresenterActions:
    a = _action
    actions = PresenterActions(
        previous=a(
            owner, "Previous", ["Left", "Up", "PgUp", "Backspace"], "Back one build step or slide"
        ),
        next=a(
            owner,
            "Next",
            ["Right", "Down", "PgDown", "Space", "Return", "N"],
            "Next build step or slide",
        ),
        first=a(owner, "First slide", ["Home"], "Go to the first slide"),
        last=a(owner, "Last slide", ["End"], "Go to the last slide"),
        black=a(owner, "Black", ["B", "."], "Black out the audience screen", True),
        white=a(owner, "White", ["W", ","], "White out the audience screen", True),
        freeze=a(
            owner, "Freeze", ["F"], "Keep the audience on this slide while you look ahead", True
        ),
        comparison=a(
            owner, "Comparison", ["C"], "Show the debate comparison to the room and drive it", True
        ),
        pointer=a(owner, "Pointer", ["L"], "Laser pointer: move the mouse over your slide", True),
        spotlight=a(owner, "Spotlight", ["S"], "Darken all but a circle around the mouse", True),
        pen=a(owner, "Pen", ["P"], "Draw on the slide with the mouse", True),
        highlighter=a(owner, "Highlighter", ["H"], "Highlight on the slide with the mouse", True),
        undo=a(owner, "Undo ink", ["Ctrl+Z"], "Undo the last drawing change on this slide"),
        clear=a(owner, "Clear ink", ["E", "Delete"], "Remove all drawing from this slide"),
        timer_start=a(owner, "Start timer", ["F5", "Shift+F5"], "Start the talk timer"),
        timer_toggle=a(owner, "Start/Pause", ["T"], "Start or pause the talk timer"),
        timer_reset=a(owner, "Reset timer", ["R"], "Set the talk timer back to zero"),
        audience_window=a(
            owner, "Audience window", ["F7"], "Show or hide the audience window", True
        ),
        swap_screens=a(owner, "Swap screens", ["F8"], "Swap the console and audience screens"),
        end_show=a(owner, "End show", ["Esc"], "End the presentation"),
        notes_bigger=a(owner, "Larger notes", ["Ctrl+=", "Ctrl++"], "Larger notes text"),
        notes_smaller=a(owner, "Smaller notes", ["Ctrl+-"], "Smaller notes text"),
        tools=QActionGroup(owner),
    )
    actions.tools.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
    for tool in (actions.pointer, actions.spotlight, actions.pen, actions.highlighter):
        actions.tools.addAction(tool)
    return actions
