"""Every command of every window, as data: one registry, one key map.

A command has an id, a title, default keys, the menu and toolbar group it
appears in, and an enabled-when condition; the windows declare which
commands they offer (their *scope*) and supply the handlers. Menus,
toolbars, the key bindings and every window's help overlay are built from
this table (`views.command_set`), so a key means the same command in every
window that has it, and the help never lists a key that does not work.

Users rebind any command in the settings group ``shortcuts`` (key = command
id, value = ``"Right; Space"`` in Qt's portable key-sequence text; an empty
value unbinds it). The binding applies in every window offering the command.
The audience window's ids are the ones it had before the registry, so
bindings saved then keep working.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence

from desktop_app.render.theme import THEME_NAMES
from desktop_app.text.marking import N

SETTINGS_GROUP = "shortcuts"
#: The translation context of every title, description and menu name in this table.
CONTEXT = "Commands"

AUDIENCE = "audience"
PRESENTER = "presenter"
STUDY = "study"
#: The comparison: a mode inside the audience window and the presenter console.
COMPARISON = "comparison"

_A, _P, _S, _C = AUDIENCE, PRESENTER, STUDY, COMPARISON


@dataclass(frozen=True)
class Command:
    """One command: what it is called, its default keys, where it appears, when it works."""

    id: str
    title: str
    keys: tuple[str, ...]
    #: The windows (scopes) that offer it.
    scopes: frozenset[str]
    menu: str
    description: str
    checkable: bool = False
    #: Radio group: at most one command of the group is checked.
    group: str = ""
    #: Toolbar group it sits in, in windows that show that group.
    toolbar: str = ""
    #: Enabled only while this condition of the window holds (see `CommandSet.set_condition`).
    when: str = ""
    #: Start a new block in its menu.
    separator: bool = False


@dataclass(frozen=True)
class Scope:
    """What one window offers: its menus in order, toolbar groups, keys its widgets keep."""

    name: str
    menus: tuple[str, ...]
    toolbar: tuple[str, ...] = ()
    #: Keys the window's own widgets need (study: Space scrolls the text): never bound here.
    withheld: frozenset[str] = frozenset()
    #: Command id → menu path where this window files a command elsewhere.
    menu_overrides: tuple[tuple[str, str], ...] = ()
    #: Command id → what the command does in this window, where that says more.
    description_overrides: tuple[tuple[str, str], ...] = ()

    def menu_of(self, command: Command) -> str:
        return dict(self.menu_overrides).get(command.id, command.menu)

    def description_of(self, command: Command) -> str:
        return dict(self.description_overrides).get(command.id, command.description)


def _c(
    id: str,
    title: str,
    keys: tuple[str, ...],
    scopes: tuple[str, ...],
    menu: str,
    description: str,
    **options: object,
) -> Command:
    return Command(id, title, keys, frozenset(scopes), menu, description, **options)  # type: ignore[arg-type]


#: Theme names as shown in View → Theme (marked here so lupdate finds them).
THEME_TITLES = {
    "light": N("Commands", "Light"),
    "dark": N("Commands", "Dark"),
    "high-contrast": N("Commands", "High contrast"),
}
#: Submenu titles: translated where the menu is built (`tr(sub)`), marked here.
SUBMENU_TITLES = (N("Commands", "&Theme"),)


def _theme_title(name: str) -> str:
    return THEME_TITLES.get(name) or name.replace("-", " ").capitalize()


COMMANDS: tuple[Command, ...] = (
    # -- File ------------------------------------------------------------------------------
    _c("file.open", N("Commands", "&Open Deck…"), ("Ctrl+O",), (_A,), "File",
       N("Commands", "Open another deck folder")),
    _c("file.reload", N("Commands", "&Reload"), ("Ctrl+R",), (_A,), "File",
       N("Commands", "Read the deck files again")),
    _c("file.export", N("Commands", "&Export…"), ("Ctrl+Shift+E",), (_A, _P), "File",
       N("Commands", "Export the deck as PDF (slides, handout, notes) or PNG images")),
    _c("study.export", N("Commands", "&Export study guide…"), ("Ctrl+E",), (_S,), "File",
       N("Commands", "Save your study guide (slides, notes, your notes, quiz results) as PDF"),
       toolbar="study"),
    _c("file.presenter", N("Commands", "&Presenter Console"), ("Ctrl+P",), (_A,), "File",
       N("Commands", "Present from this slide with speaker notes and timer"), separator=True),
    _c("file.quit", N("Commands", "&Quit"), ("Ctrl+Q",), (_A,), "File",
       N("Commands", "Close the window"), separator=True),
    _c("file.close", N("Commands", "&Close"), ("Ctrl+W",), (_S,), "File",
       N("Commands", "Close study mode"), separator=True),
    # -- Go --------------------------------------------------------------------------------
    _c("go.next", N("Commands", "&Next"), ("Right", "Space", "PgDown", "Down", "N"),
       (_A, _P, _S, _C), "Go", N("Commands", "Next build step, then next slide"),
       toolbar="navigate", when="slide"),
    _c("go.previous", N("Commands", "&Previous"), ("Left", "Backspace", "PgUp", "Up"),
       (_A, _P, _S, _C), "Go", N("Commands", "Previous build step, then previous slide"),
       toolbar="navigate", when="slide"),
    _c("go.next_slide", N("Commands", "Next &Slide (Skip Builds)"), ("Shift+Right",), (_A,), "Go",
       N("Commands", "Next slide, skipping the remaining builds"), when="slide"),
    _c("go.previous_slide", N("Commands", "Previous S&lide"), ("Shift+Left",), (_A,), "Go",
       N("Commands", "Start of the previous slide"), when="slide"),
    _c("go.first", N("Commands", "&First Slide"), ("Home",), (_A, _P), "Go",
       N("Commands", "First slide"), when="slide"),
    _c("go.last", N("Commands", "&Last Slide"), ("End",), (_A, _P), "Go",
       N("Commands", "Last slide"), when="slide"),
    _c("go.goto", N("Commands", "&Go to Slide…"), ("G", "Ctrl+G"), (_A,), "Go",
       N("Commands", "Find a slide by number or title"), separator=True),
    _c("study.find", N("Commands", "&Search…"), ("Ctrl+F",), (_S,), "Go",
       N("Commands", "Search slides, notes, arguments and glossary"), toolbar="find",
       separator=True),
    # -- View ------------------------------------------------------------------------------
    _c("view.fullscreen", N("Commands", "&Full Screen"), ("F", "F11"), (_A,), "View",
       N("Commands", "Enter or leave full screen"), checkable=True),
    _c("view.start_first", N("Commands", "Present from &Beginning"), ("F5",), (_A, _P), "View",
       N("Commands", "Start the show from the first slide (the presenter's timer starts)")),
    _c("view.start_current", N("Commands", "Present from &Current Slide"), ("Shift+F5",),
       (_A, _P), "View",
       N("Commands", "Start the show from this slide (the presenter's timer starts)")),
    _c("view.study", N("Commands", "&Study Mode"), ("Ctrl+Shift+S",), (_A,), "View",
       N("Commands", "Read, search and self-check this deck, from this slide")),
    _c("view.overview", N("Commands", "&Overview"), ("O",), (_A,), "View",
       N("Commands", "Show all slides as a grid"), checkable=True, separator=True),
    _c("view.progress", N("Commands", "&Progress Bar"), ("Shift+P",), (_A,), "View",
       N("Commands", "Show the progress bar and slide number"), checkable=True),
    _c("view.black", N("Commands", "&Black Screen"), ("B", "."), (_A, _P), "View",
       N("Commands", "Hide the slide behind black"), checkable=True, toolbar="room",
       separator=True),
    _c("view.white", N("Commands", "&White Screen"), ("W", ","), (_A, _P), "View",
       N("Commands", "Hide the slide behind white"), checkable=True, toolbar="room"),
    _c("view.freeze", N("Commands", "&Freeze"), ("Shift+F",), (_P,), "View",
       N("Commands", "Keep the audience on this slide while you look ahead"), checkable=True,
       toolbar="room"),
    _c("view.zoom", N("Commands", "&Zoom"), ("Z",), (_P,), "View",
       N("Commands", "Zoom the room's view 2× around the mouse on your slide (wheel: more or "
                  "less; drag: a region; Z or Esc: the whole slide)"), checkable=True,
       toolbar="room", when="on_slide"),
    _c("view.comparison", N("Commands", "&Comparison"), ("C",), (_A, _P), "View",
       N("Commands", "Show the open and closed arguments side by side"), checkable=True,
       toolbar="room"),
    _c("view.text_larger", N("Commands", "&Larger Text"), ("Ctrl+=", "Ctrl++"), (_A, _P, _S),
       "View",
       N("Commands", "Make the text larger"), toolbar="text", separator=True),
    _c("view.text_smaller", N("Commands", "S&maller Text"), ("Ctrl+-",), (_A, _P, _S), "View",
       N("Commands", "Make the text smaller"), toolbar="text"),
    _c("view.text_reset", N("Commands", "&Normal Text Size"), ("Ctrl+0",), (_A, _S), "View",
       N("Commands", "Reset the text size")),
    _c("study.contents", N("Commands", "&Contents"), ("Ctrl+T",), (_S,), "View",
       N("Commands", "Show the contents"), separator=True),
    _c("study.glossary", N("Commands", "&Glossary Panel"), ("Ctrl+1",), (_S,), "View",
       N("Commands", "Show the glossary panel")),
    _c("study.notes", N("Commands", "&My Notes Panel"), ("Ctrl+2",), (_S,), "View",
       N("Commands", "Show your notes")),
    _c("study.quiz", N("Commands", "&Quiz Panel"), ("Ctrl+3",), (_S,), "View",
       N("Commands", "Show the quiz panel")),
    *(
        _c(f"view.theme.{name}", _theme_title(name), (), (_A, _S), "View/&Theme",
           N("Commands", "Use this theme"), checkable=True, group="theme")
        for name in THEME_NAMES
    ),
    _c("view.help", N("Commands", "&Keyboard Shortcuts"), ("?", "F1"), (_A, _P, _S), "View",
       N("Commands", "Show or hide this list"), separator=True),
    _c("view.escape", N("Commands", "Close / Back"), ("Esc",), (_A, _P, _C), "",
       N("Commands", "Close what is open; then leave full screen, the comparison or the show")),
    # -- Study -----------------------------------------------------------------------------
    _c("study.bookmark", N("Commands", "★ &Bookmark"), ("Ctrl+B",), (_S,), "Study",
       N("Commands", "Bookmark this slide"), checkable=True, toolbar="marks"),
    _c("study.understood", N("Commands", "✓ &Understood"), ("Ctrl+U",), (_S,), "Study",
       N("Commands", "Mark this slide as understood"), checkable=True, toolbar="marks"),
    _c("study.progress", N("Commands", "Study &Progress…"), ("Ctrl+Shift+P",), (_S,), "Study",
       N("Commands", "Show progress by section"), toolbar="study"),
    # -- Draw (presenter) ------------------------------------------------------------------
    _c("draw.pointer", N("Commands", "&Pointer"), ("L",), (_P,), "Draw",
       N("Commands", "Laser pointer: move the mouse over your slide"), checkable=True,
       group="tools", toolbar="draw", when="on_slide"),
    _c("draw.spotlight", N("Commands", "&Spotlight"), ("S",), (_P,), "Draw",
       N("Commands", "Darken all but a circle around the mouse"), checkable=True, group="tools",
       toolbar="draw", when="on_slide"),
    _c("draw.pen", N("Commands", "P&en"), ("P",), (_P,), "Draw",
       N("Commands", "Draw on the slide with the mouse"), checkable=True, group="tools",
       toolbar="draw", when="on_slide"),
    _c("draw.highlighter", N("Commands", "&Highlighter"), ("H",), (_P,), "Draw",
       N("Commands", "Highlight on the slide with the mouse"), checkable=True, group="tools",
       toolbar="draw", when="on_slide"),
    _c("draw.undo", N("Commands", "&Undo Ink"), ("Ctrl+Z",), (_P,), "Draw",
       N("Commands", "Undo the last drawing change on this slide"), toolbar="draw",
       when="on_slide", separator=True),
    _c("draw.clear", N("Commands", "&Clear Ink"), ("E", "Delete"), (_P,), "Draw",
       N("Commands", "Remove all drawing from this slide"), toolbar="draw", when="on_slide"),
    # -- Timer (presenter) -----------------------------------------------------------------
    _c("timer.toggle", N("Commands", "&Start/Pause Timer"), ("T",), (_P,), "Timer",
       N("Commands", "Start or pause the talk timer"), toolbar="timer"),
    _c("timer.reset", N("Commands", "&Reset Timer"), ("R",), (_P,), "Timer",
       N("Commands", "Set the talk timer back to zero"), toolbar="timer"),
    # -- Comparison (a mode in the audience window and the console) -----------------------
    _c("comparison.reveal_all", N("Commands", "Reveal &All Rows"), ("A",), (_C,), "Comparison",
       N("Commands", "Reveal every row of the comparison")),
    _c("comparison.focus", N("Commands", "&Focus Row"), ("D",), (_C,), "Comparison",
       N("Commands", "Focus the selected card's row and dim the rest")),
    _c("comparison.clear_focus", N("Commands", "&Clear Row Focus"), ("0",), (_C,), "Comparison",
       N("Commands", "Show every row undimmed")),
    _c("comparison.detail", N("Commands", "Open Argument &Detail"), ("Return", "Enter"), (_C,),
       "Comparison", N("Commands", "What the selected argument answers, with examples")),
    _c("comparison.poll", N("Commands", "Class &Poll"), ("V",), (_C,), "Comparison",
       N("Commands", "Count the room's votes (1/2/3 add, Shift+1/2/3 remove)"), checkable=True),
    # -- Layout and windows (presenter) ----------------------------------------------------
    # One per console layout preset, in the order of `presenter.layouts.PRESETS` (a test
    # checks it; imported from there, the audience window would load the presenter).
    *(
        _c(f"layout.{number}", name, (f"Alt+{number}",), (_P,), "Layout",
           N("Commands", "Arrange the console"), checkable=True, group="layout")
        for number, name in enumerate(
            (
                N("Commands", "Standard"),
                N("Commands", "Notes large"),
                N("Commands", "Next two slides"),
            ),
            start=1,
        )
    ),
    _c("window.audience", N("Commands", "&Audience Window"), ("F7",), (_P,), "Window",
       N("Commands", "Show or hide the audience window"), checkable=True, toolbar="window"),
    _c("window.remote", N("Commands", "Phone &Remote…"), ("Ctrl+Shift+R",), (_P,), "Window",
       N("Commands", "Drive the show from your phone: scan the code, allow the phone here")),
    _c("window.swap", N("Commands", "&Swap Screens"), ("F8",), (_P,), "Window",
       N("Commands", "Swap the console and audience screens"), toolbar="window",
       when="two_screens"),
    _c("window.class", N("Commands", "&Class Session"), ("Ctrl+Shift+C",), (_P,), "Window",
       N("Commands", "Students answer from their phones: join screen, votes, quiz, discussion"),
       checkable=True, toolbar="window"),
    _c("show.end", N("Commands", "&End Show"), ("Q",), (_P,), "Window",
       N("Commands", "End the presentation (as in Keynote; Esc backs out to it)"),
       toolbar="window", separator=True),
)  # fmt: skip

SCOPES: dict[str, Scope] = {
    AUDIENCE: Scope(AUDIENCE, ("File", "View", "Go")),
    PRESENTER: Scope(
        PRESENTER,
        ("File", "Go", "View", "Comparison", "Draw", "Timer", "Layout", "Window"),
        toolbar=("navigate", "room", "draw", "timer", "window"),
        menu_overrides=(("view.comparison", "Comparison"),),
    ),
    STUDY: Scope(
        STUDY,
        ("File", "Go", "Study", "View"),
        toolbar=("navigate", "marks", "find", "text", "study"),
        # The contents tree, the text and the notes use these for themselves.
        withheld=frozenset({"Space", "Down", "Up", "N", "Backspace"}),
    ),
    COMPARISON: Scope(
        COMPARISON,
        ("Go", "Comparison"),
        description_overrides=(
            ("go.next", N("Commands", "Reveal the next row")),
            ("go.previous", N("Commands", "Hide the last row")),
            ("view.escape", N("Commands", "Close what is open; then leave the comparison")),
        ),
    ),
}

MENU_TITLES = {
    "File": N("Commands", "&File"),
    "Go": N("Commands", "&Go"),
    "View": N("Commands", "&View"),
    "Study": N("Commands", "&Study"),
    "Comparison": N("Commands", "&Comparison"),
    "Draw": N("Commands", "&Draw"),
    "Timer": N("Commands", "&Timer"),
    "Layout": N("Commands", "La&yout"),
    "Window": N("Commands", "&Window"),
}

GESTURES_TITLE = N("Commands", "Mouse and typing")
#: Things done without a command (typed numbers, the mouse), listed in each window's help.
GESTURES: dict[str, tuple[tuple[str, str], ...]] = {
    AUDIENCE: (
        (N("Commands", "Digits, then Enter"), N("Commands", "Go to that slide number")),
        (N("Commands", "Left click / Right click"), N("Commands", "Next / previous")),
        (N("Commands", "Mouse wheel"), N("Commands", "Next / previous")),
    ),
    PRESENTER: (
        (N("Commands", "Click a thumbnail"), N("Commands", "Go to that slide")),
        (N("Commands", "Mouse over the current slide"), N("Commands", "Pointer, spotlight, ink")),
        (N("Commands", "Wheel over the current slide, zoomed"), N("Commands", "Zoom more or less")),
        (N("Commands", "Drag on the current slide"), N("Commands", "Zoom the room to that region")),
    ),
    STUDY: ((N("Commands", "Click a glossary term"), N("Commands", "Open its definition")),),
    COMPARISON: (
        (N("Commands", "1 to 9"), N("Commands", "Focus that row and dim the rest")),
        (N("Commands", "Arrows, once a card is selected"), N("Commands", "Move between cards")),
        (N("Commands", "Click a card"), N("Commands", "Select it")),
        (N("Commands", "In the poll: 1/2/3, Shift+1/2/3"), N("Commands", "Add / remove a vote")),
    ),
}


def tr(text: str) -> str:
    """A title, description or menu name of this table in the user's language."""
    return QCoreApplication.translate(CONTEXT, text)


def command(command_id: str) -> Command:
    return next(c for c in COMMANDS if c.id == command_id)


def offered(scope: str) -> list[Command]:
    """The commands a window offers, in table order."""
    return [c for c in COMMANDS if scope in c.scopes]


def key_sequences(
    item: Command, settings: QSettings | None = None, scope: str = ""
) -> list[QKeySequence]:
    """The keys bound to a command: the user's override if stored, else the defaults.

    In `scope`, keys that window withholds for its widgets are left out.
    """
    sequences, _own = _user_keys(item, settings)
    withheld = SCOPES[scope].withheld if scope else frozenset()
    return [s for s in sequences if s.toString() not in withheld]


def scope_bindings(scope: str, settings: QSettings | None = None) -> dict[str, list[QKeySequence]]:
    """The keys of every command a window offers, a user's binding winning over defaults.

    A key the user bound to one command is taken from any command that has it
    only by default, so rebinding B to "next" does not leave B dead (Qt fires
    neither of two actions sharing a key).
    """
    withheld = SCOPES[scope].withheld
    resolved: dict[str, list[QKeySequence]] = {}
    claimed: set[str] = set()
    defaults_only: set[str] = set()
    for item in offered(scope):
        sequences, own = _user_keys(item, settings)
        resolved[item.id] = [s for s in sequences if s.toString() not in withheld]
        if own:
            claimed |= {s.toString() for s in resolved[item.id]}
        else:
            defaults_only.add(item.id)
    for command_id in defaults_only:
        resolved[command_id] = [s for s in resolved[command_id] if s.toString() not in claimed]
    return resolved


def _user_keys(item: Command, settings: QSettings | None) -> tuple[list[QKeySequence], bool]:
    """The command's keys, and whether they are the user's own rather than the defaults."""
    defaults = [QKeySequence(s) for s in item.keys]
    if settings is None:
        return defaults, False
    settings.beginGroup(SETTINGS_GROUP)
    try:
        if not settings.contains(item.id):
            return defaults, False
        value = settings.value(item.id)
    finally:
        settings.endGroup()
    text = "; ".join(str(v) for v in value) if isinstance(value, list) else str(value or "")
    if not text.strip():
        return [], True
    parsed = QKeySequence.listFromString(text)
    if not parsed or not all(_valid(s) for s in parsed):
        return defaults, False  # a typo must not leave the presenter without a key
    return parsed, True


def _valid(sequence: QKeySequence) -> bool:
    keys = [sequence[i].key() for i in range(sequence.count())]  # type: ignore[index]
    return bool(keys) and Qt.Key.Key_unknown not in keys


def conflicts(bindings: Mapping[str, Iterable[QKeySequence]]) -> dict[str, list[str]]:
    """Key sequences bound to more than one command: Qt would fire none of them."""
    owners: dict[str, list[str]] = {}
    for command_id, sequences in bindings.items():
        for seq in sequences:
            owners.setdefault(seq.toString(), []).append(command_id)
    return {key: ids for key, ids in owners.items() if len(ids) > 1}


def key_map(settings: QSettings | None = None) -> dict[str, list[str]]:
    """Every key and the commands it is bound to, over all windows (one each when sound)."""
    owners: dict[str, list[str]] = {}
    for item in COMMANDS:
        scopes = sorted(item.scopes)
        for seq in key_sequences(item, settings):
            text = seq.toString()
            if any(text not in SCOPES[s].withheld for s in scopes):
                owners.setdefault(text, []).append(item.id)
    return owners


#: Column titles of the key map, in scope order.
SCOPE_TITLES = {
    AUDIENCE: N("Commands", "Slides"),
    PRESENTER: N("Commands", "Presenter"),
    STUDY: N("Commands", "Study"),
    COMPARISON: N("Commands", "Comparison"),
}


def key_table() -> str:
    """The default key map as a Markdown table: one row per command that has keys.

    docs/user-guide.md carries this table; a test keeps the two equal.
    """
    lines = [
        "| keys | command | " + " | ".join(SCOPE_TITLES.values()) + " |",
        "|---|---|" + "---|" * len(SCOPE_TITLES),
    ]
    for item in COMMANDS:
        if not item.keys:
            continue
        keys = ", ".join(item.keys).replace("|", "\\|")
        marks = []
        for scope in SCOPE_TITLES:
            shown = [k for k in item.keys if k not in SCOPES[scope].withheld]
            marks.append(
                ("✓" if len(shown) == len(item.keys) else ", ".join(shown))
                if scope in item.scopes
                else ""
            )
        title = item.title.replace("&", "")
        lines.append(f"| {keys} | {title} | " + " | ".join(marks) + " |")
    return "\n".join(lines) + "\n"
