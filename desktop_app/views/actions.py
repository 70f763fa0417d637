"""Every command of the audience window, as data.

The same table builds the QActions (and so the key bindings), the menus and
the help overlay, so the help can never list a key that does not work. Users
may rebind any action in the settings group ``shortcuts`` (key = action id,
value = ``"Right; Space"`` in Qt's portable key-sequence text); an empty
value unbinds it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from desktop_app.render.theme import THEME_NAMES

SETTINGS_GROUP = "shortcuts"


@dataclass(frozen=True)
class ActionSpec:
    """One command: what it is called, its default keys, where it appears."""

    id: str
    text: str
    shortcuts: tuple[str, ...]
    menu: str
    description: str
    checkable: bool = False
    #: Radio group name: at most one action of the group is checked.
    group: str = ""
    #: Only active while the slide itself is shown, so the overview's arrow keys stay its own.
    slide_only: bool = False
    #: Start a new block in its menu.
    separator: bool = False


def _theme_title(name: str) -> str:
    return name.replace("-", " ").capitalize()


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.open", "&Open Deck…", ("Ctrl+O",), "File", "Open another deck folder"),
    ActionSpec("file.reload", "&Reload", ("Ctrl+R",), "File", "Read the deck files again"),
    ActionSpec(
        "file.export",
        "&Export…",
        ("Ctrl+Shift+E",),
        "File",
        "Export the deck as PDF (slides, handout, notes) or PNG images",
    ),
    ActionSpec(
        "file.presenter",
        "&Presenter Console",
        ("Ctrl+P",),
        "File",
        "Present from this slide with speaker notes and timer",
        separator=True,
    ),
    ActionSpec("file.quit", "&Quit", ("Ctrl+Q",), "File", "Close the window", separator=True),
    ActionSpec(
        "go.next",
        "&Next",
        ("Right", "Space", "PgDown", "Down", "N"),
        "Go",
        "Next build step, then next slide",
        slide_only=True,
    ),
    ActionSpec(
        "go.previous",
        "&Previous",
        ("Left", "Backspace", "PgUp", "Up"),
        "Go",
        "Previous build step, then previous slide",
        slide_only=True,
    ),
    ActionSpec(
        "go.next_slide",
        "Next &Slide (Skip Builds)",
        ("Shift+Right",),
        "Go",
        "Next slide, skipping the remaining builds",
        slide_only=True,
    ),
    ActionSpec(
        "go.previous_slide",
        "Previous S&lide",
        ("Shift+Left",),
        "Go",
        "Start of the previous slide",
        slide_only=True,
    ),
    ActionSpec("go.first", "&First Slide", ("Home",), "Go", "First slide", slide_only=True),
    ActionSpec("go.last", "&Last Slide", ("End",), "Go", "Last slide", slide_only=True),
    ActionSpec(
        "go.goto",
        "&Go to Slide…",
        ("G", "Ctrl+G"),
        "Go",
        "Find a slide by number or title",
        separator=True,
    ),
    ActionSpec(
        "view.fullscreen",
        "&Full Screen",
        ("F", "F11"),
        "View",
        "Enter or leave full screen",
        checkable=True,
    ),
    ActionSpec(
        "view.start_first",
        "Present from &Beginning",
        ("F5",),
        "View",
        "Full screen from the first slide",
    ),
    ActionSpec(
        "view.start_current",
        "Present from &Current Slide",
        ("Shift+F5",),
        "View",
        "Full screen from this slide",
    ),
    ActionSpec(
        "view.study",
        "&Study Mode",
        ("Ctrl+Shift+S",),
        "View",
        "Read, search and self-check this deck, from this slide",
    ),
    ActionSpec(
        "view.overview",
        "&Overview",
        ("O",),
        "View",
        "Show all slides as a grid",
        checkable=True,
        separator=True,
    ),
    ActionSpec(
        "view.progress",
        "&Progress Bar",
        ("P",),
        "View",
        "Show the progress bar and slide number",
        checkable=True,
    ),
    ActionSpec(
        "view.black",
        "&Black Screen",
        ("B", "."),
        "View",
        "Hide the slide behind black",
        checkable=True,
        separator=True,
    ),
    ActionSpec(
        "view.white",
        "&White Screen",
        ("W", ","),
        "View",
        "Hide the slide behind white",
        checkable=True,
    ),
    *(
        ActionSpec(
            f"view.theme.{name}",
            _theme_title(name),
            (),
            "View/&Theme",
            f"Use the {name} theme",
            checkable=True,
            group="theme",
        )
        for name in THEME_NAMES
    ),
    ActionSpec(
        "view.help",
        "&Keyboard Shortcuts",
        ("?", "F1"),
        "View",
        "Show or hide this list",
        separator=True,
    ),
    ActionSpec(
        "view.escape",
        "Close / Leave Full Screen",
        ("Esc",),
        "",
        "Close overlay, leave full screen, or show the overview",
    ),
)

#: Things done without an action (typed numbers, the mouse), listed in the help as well.
GESTURES: tuple[tuple[str, str], ...] = (
    ("Digits, then Enter", "Go to that slide number"),
    ("Left click / Right click", "Next / previous"),
    ("Mouse wheel", "Next / previous"),
)

MENU_ORDER = ("File", "View", "Go")


def spec(action_id: str) -> ActionSpec:
    return next(a for a in ACTIONS if a.id == action_id)


def key_sequences(action: ActionSpec, settings: QSettings | None = None) -> list[QKeySequence]:
    """The keys bound to an action: the user's override if one is stored, else the defaults."""
    defaults = [QKeySequence(s) for s in action.shortcuts]
    if settings is None:
        return defaults
    settings.beginGroup(SETTINGS_GROUP)
    try:
        if not settings.contains(action.id):
            return defaults
        value = settings.value(action.id)
    finally:
        settings.endGroup()
    text = "; ".join(str(v) for v in value) if isinstance(value, list) else str(value or "")
    if not text.strip():
        return []
    parsed = QKeySequence.listFromString(text)
    if not parsed or not all(_valid(s) for s in parsed):
        return defaults  # a typo must not leave the presenter without a key
    return parsed


def _valid(sequence: QKeySequence) -> bool:
    keys = [sequence[i].key() for i in range(sequence.count())]  # type: ignore[index]
    return bool(keys) and Qt.Key.Key_unknown not in keys


def conflicts(bindings: Mapping[str, Iterable[QKeySequence]]) -> dict[str, list[str]]:
    """Key sequences bound to more than one action: Qt would fire none of them."""
    owners: dict[str, list[str]] = {}
    for action_id, sequences in bindings.items():
        for seq in sequences:
            owners.setdefault(seq.toString(), []).append(action_id)
    return {key: ids for key, ids in owners.items() if len(ids) > 1}


class ActionSet:
    """The QActions of one window, built from the table and wired to handlers by id."""

    def __init__(
        self,
        window: QWidget,
        handlers: Mapping[str, Callable[[], object]],
        settings: QSettings | None = None,
    ) -> None:
        self.actions: dict[str, QAction] = {}
        self._groups: dict[str, QActionGroup] = {}
        for item in ACTIONS:
            action = QAction(item.text, window)
            action.setObjectName(item.id)
            action.setShortcuts(key_sequences(item, settings))
            action.setToolTip(item.description)
            action.setStatusTip(item.description)
            action.setCheckable(item.checkable)
            if item.group:
                group = self._groups.setdefault(item.group, QActionGroup(window))
                group.addAction(action)
            action.triggered.connect(lambda _=False, h=handlers[item.id]: h())
            # Added to the window itself so the keys work while the menu bar is hidden.
            window.addAction(action)
            self.actions[item.id] = action

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def fill_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        """Build the menu bar from the table; returns the menus by path (e.g. "View/Theme")."""
        menus: dict[str, QMenu] = {}
        for name in MENU_ORDER:
            menus[name] = bar.addMenu(f"&{name}")
        for item in ACTIONS:
            if not item.menu:
                continue
            top, _, sub = item.menu.partition("/")
            menu = menus[top]
            if sub:
                if item.menu not in menus:
                    menus[item.menu] = menu.addMenu(sub)
                menu = menus[item.menu]
            elif item.separator:
                menu.addSeparator()
            menu.addAction(self.actions[item.id])
        return menus

    def set_slide_actions_enabled(self, enabled: bool) -> None:
        for item in ACTIONS:
            if item.slide_only:
                self.actions[item.id].setEnabled(enabled)


def shortcut_text(action: QAction) -> str:
    """The keys of an action as the user would type them, e.g. "Right, Space, Page Down"."""
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


def help_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action that has keys, in the order given."""
    rows = []
    for action in actions:
        keys = shortcut_text(action)
        if keys:
            rows.append((keys, action.toolTip() or action.text().replace("&", "")))
    return rows


def help_sections(
    action_set: ActionSet, extra: Iterable[QAction] = ()
) -> list[tuple[str, list[tuple[str, str]]]]:
    """The help overlay's content: the table's actions by menu, other modes, then gestures."""
    by_menu: dict[str, list[QAction]] = {}
    for item in ACTIONS:
        heading = item.menu.partition("/")[0] or "View"
        by_menu.setdefault(heading, []).append(action_set[item.id])
    sections = [
        ("Navigate", help_rows(by_menu.get("Go", []))),
        ("View", help_rows(by_menu.get("View", []))),
        ("File", help_rows(by_menu.get("File", []))),
    ]
    modes = help_rows(extra)
    if modes:
        sections.append(("Modes", modes))
    sections.append(("Mouse and typing", list(GESTURES)))
    return [(title, rows) for title, rows in sections if rows]
