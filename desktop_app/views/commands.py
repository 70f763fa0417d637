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


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string of this table for translation; it is translated where shown (`tr`)."""
    return text


N = QT_TRANSLATE_NOOP

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

    def menu_of(self, command: Command) -> str:
        return dict(self.menu_overrides).get(command.id, command.menu)


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


def _theme_title(name: str) -> str:
    return name.replace("-", " ").capitalize()


COMMANDS: tuple[Command, ...] = (
    # -- File ------------------------------------------------------------------------------
    _c("file.open", N(CONTEXT, "&Open Deck…"), ("Ctrl+O",), (_A,), "File",
       N(CONTEXT, "Open another deck folder")),
    _c("file.reload", N(CONTEXT, "&Reload"), ("Ctrl+R",), (_A,), "File",
       N(CONTEXT, "Read the deck files again")),
    _c("file.export", N(CONTEXT, "&Export…"), ("Ctrl+Shift+E",), (_A, _P), "File",
       N(CONTEXT, "Export the deck as PDF (slides, handout, notes) or PNG images")),
    _c("study.export", N(CONTEXT, "&Export study guide…"), ("Ctrl+E",), (_S,), "File",
       N(CONTEXT, "Save your study guide (slides, notes, your notes, quiz results) as PDF"),
       toolbar="study"),
    _c("file.presenter", N(CONTEXT, "&Presenter Console"), ("Ctrl+P",), (_A,), "File",
       N(CONTEXT, "Present from this slide with speaker notes and timer"), separator=True),
    _c("file.quit", N(CONTEXT, "&Quit"), ("Ctrl+Q",), (_A,), "File",
       N(CONTEXT, "Close the window"), separator=True),
    _c("file.close", N(CONTEXT, "&Close"), ("Ctrl+W",), (_S,), "File",
       N(CONTEXT, "Close study mode"), separator=True),
    # -- Go --------------------------------------------------------------------------------
    _c("go.next", N(CONTEXT, "&Next"), ("Right", "Space", "PgDown", "Down", "N"),
       (_A, _P, _S, _C), "Go", N(CONTEXT, "Next build step, then next slide"),
       toolbar="navigate", when="slide"),
    _c("go.previous", N(CONTEXT, "&Previous"), ("Left", "Backspace", "PgUp", "Up"),
       (_A, _P, _S, _C), "Go", N(CONTEXT, "Previous build step, then previous slide"),
       toolbar="navigate", when="slide"),
    _c("go.next_slide", N(CONTEXT, "Next &Slide (Skip Builds)"), ("Shift+Right",), (_A,), "Go",
       N(CONTEXT, "Next slide, skipping the remaining builds"), when="slide"),
    _c("go.previous_slide", N(CONTEXT, "Previous S&lide"), ("Shift+Left",), (_A,), "Go",
       N(CONTEXT, "Start of the previous slide"), when="slide"),
    _c("go.first", N(CONTEXT, "&First Slide"), ("Home",), (_A, _P), "Go",
       N(CONTEXT, "First slide"), when="slide"),
    _c("go.last", N(CONTEXT, "&Last Slide"), ("End",), (_A, _P), "Go",
       N(CONTEXT, "Last slide"), when="slide"),
    _c("go.goto", N(CONTEXT, "&Go to Slide…"), ("G", "Ctrl+G"), (_A,), "Go",
       N(CONTEXT, "Find a slide by number or title"), separator=True),
    _c("study.find", N(CONTEXT, "&Search…"), ("Ctrl+F",), (_S,), "Go",
       N(CONTEXT, "Search slides, notes, arguments and glossary"), toolbar="find",
       separator=True),
    # -- View ------------------------------------------------------------------------------
    _c("view.fullscreen", N(CONTEXT, "&Full Screen"), ("F", "F11"), (_A,), "View",
       N(CONTEXT, "Enter or leave full screen"), checkable=True),
    _c("view.start_first", N(CONTEXT, "Present from &Beginning"), ("F5",), (_A, _P), "View",
       N(CONTEXT, "Start the show from the first slide (the presenter's timer starts)")),
    _c("view.start_current", N(CONTEXT, "Present from &Current Slide"), ("Shift+F5",),
       (_A, _P), "View",
       N(CONTEXT, "Start the show from this slide (the presenter's timer starts)")),
    _c("view.study", N(CONTEXT, "&Study Mode"), ("Ctrl+Shift+S",), (_A,), "View",
       N(CONTEXT, "Read, search and self-check this deck, from this slide")),
    _c("view.overview", N(CONTEXT, "&Overview"), ("O",), (_A,), "View",
       N(CONTEXT, "Show all slides as a grid"), checkable=True, separator=True),
    _c("view.progress", N(CONTEXT, "&Progress Bar"), ("Shift+P",), (_A,), "View",
       N(CONTEXT, "Show the progress bar and slide number"), checkable=True),
    _c("view.black", N(CONTEXT, "&Black Screen"), ("B", "."), (_A, _P), "View",
       N(CONTEXT, "Hide the slide behind black"), checkable=True, toolbar="room",
       separator=True),
    _c("view.white", N(CONTEXT, "&White Screen"), ("W", ","), (_A, _P), "View",
       N(CONTEXT, "Hide the slide behind white"), checkable=True, toolbar="room"),
    _c("view.freeze", N(CONTEXT, "&Freeze"), ("Shift+F",), (_P,), "View",
       N(CONTEXT, "Keep the audience on this slide while you look ahead"), checkable=True,
       toolbar="room"),
    _c("view.comparison", N(CONTEXT, "&Comparison"), ("C",), (_A, _P), "View",
       N(CONTEXT, "Show the open and closed arguments side by side"), checkable=True,
       toolbar="room"),
    _c("view.text_larger", N(CONTEXT, "&Larger Text"), ("Ctrl+=", "Ctrl++"), (_P, _S), "View",
       N(CONTEXT, "Make the text larger"), toolbar="text", separator=True),
    _c("view.text_smaller", N(CONTEXT, "S&maller Text"), ("Ctrl+-",), (_P, _S), "View",
       N(CONTEXT, "Make the text smaller"), toolbar="text"),
    _c("view.text_reset", N(CONTEXT, "&Normal Text Size"), ("Ctrl+0",), (_S,), "View",
       N(CONTEXT, "Reset the text size")),
    _c("study.contents", N(CONTEXT, "&Contents"), ("Ctrl+T",), (_S,), "View",
       N(CONTEXT, "Show the contents"), separator=True),
    _c("study.glossary", N(CONTEXT, "&Glossary Panel"), ("Ctrl+1",), (_S,), "View",
       N(CONTEXT, "Show the glossary panel")),
    _c("study.notes", N(CONTEXT, "&My Notes Panel"), ("Ctrl+2",), (_S,), "View",
       N(CONTEXT, "Show your notes")),
    _c("study.quiz", N(CONTEXT, "&Quiz Panel"), ("Ctrl+3",), (_S,), "View",
       N(CONTEXT, "Show the quiz panel")),
    *(
        _c(f"view.theme.{name}", _theme_title(name), (), (_A, _S), "View/&Theme",
           N(CONTEXT, "Use this theme"), checkable=True, group="theme")
        for name in THEME_NAMES
    ),
    _c("view.help", N(CONTEXT, "&Keyboard Shortcuts"), ("?", "F1"), (_A, _P, _S), "View",
       N(CONTEXT, "Show or hide this list"), separator=True),
    _c("view.escape", N(CONTEXT, "Close / Back"), ("Esc",), (_A, _P, _C), "",
       N(CONTEXT, "Close what is open; then leave full screen, the comparison or the show")),
    # -- Study -----------------------------------------------------------------------------
    _c("study.bookmark", N(CONTEXT, "★ &Bookmark"), ("Ctrl+B",), (_S,), "Study",
       N(CONTEXT, "Bookmark this slide"), checkable=True, toolbar="marks"),
    _c("study.understood", N(CONTEXT, "✓ &Understood"), ("Ctrl+U",), (_S,), "Study",
       N(CONTEXT, "Mark this slide as understood"), checkable=True, toolbar="marks"),
    _c("study.progress", N(CONTEXT, "Study &Progress…"), ("Ctrl+Shift+P",), (_S,), "Study",
       N(CONTEXT, "Show progress by section"), toolbar="study"),
    # -- Draw (presenter) ------------------------------------------------------------------
    _c("draw.pointer", N(CONTEXT, "&Pointer"), ("L",), (_P,), "Draw",
       N(CONTEXT, "Laser pointer: move the mouse over your slide"), checkable=True,
       group="tools", toolbar="draw", when="on_slide"),
    _c("draw.spotlight", N(CONTEXT, "&Spotlight"), ("S",), (_P,), "Draw",
       N(CONTEXT, "Darken all but a circle around the mouse"), checkable=True, group="tools",
       toolbar="draw", when="on_slide"),
    _c("draw.pen", N(CONTEXT, "P&en"), ("P",), (_P,), "Draw",
       N(CONTEXT, "Draw on the slide with the mouse"), checkable=True, group="tools",
       toolbar="draw", when="on_slide"),
    _c("draw.highlighter", N(CONTEXT, "&Highlighter"), ("H",), (_P,), "Draw",
       N(CONTEXT, "Highlight on the slide with the mouse"), checkable=True, group="tools",
       toolbar="draw", when="on_slide"),
    _c("draw.undo", N(CONTEXT, "&Undo Ink"), ("Ctrl+Z",), (_P,), "Draw",
       N(CONTEXT, "Undo the last drawing change on this slide"), toolbar="draw",
       when="on_slide", separator=True),
    _c("draw.clear", N(CONTEXT, "&Clear Ink"), ("E", "Delete"), (_P,), "Draw",
       N(CONTEXT, "Remove all drawing from this slide"), toolbar="draw", when="on_slide"),
    # -- Timer (presenter) -----------------------------------------------------------------
    _c("timer.toggle", N(CONTEXT, "&Start/Pause Timer"), ("T",), (_P,), "Timer",
       N(CONTEXT, "Start or pause the talk timer"), toolbar="timer"),
    _c("timer.reset", N(CONTEXT, "&Reset Timer"), ("R",), (_P,), "Timer",
       N(CONTEXT, "Set the talk timer back to zero"), toolbar="timer"),
    # -- Comparison (a mode in the audience window and the console) -----------------------
    _c("comparison.reveal_all", N(CONTEXT, "Reveal &All Rows"), ("A",), (_C,), "Comparison",
       N(CONTEXT, "Reveal every row of the comparison")),
    _c("comparison.focus", N(CONTEXT, "&Focus Row"), ("D",), (_C,), "Comparison",
       N(CONTEXT, "Focus the selected card's row and dim the rest")),
    _c("comparison.clear_focus", N(CONTEXT, "&Clear Row Focus"), ("0",), (_C,), "Comparison",
       N(CONTEXT, "Show every row undimmed")),
    _c("comparison.detail", N(CONTEXT, "Open Argument &Detail"), ("Return", "Enter"), (_C,),
       "Comparison", N(CONTEXT, "What the selected argument answers, with examples")),
    _c("comparison.poll", N(CONTEXT, "Class &Poll"), ("V",), (_C,), "Comparison",
       N(CONTEXT, "Count the room's votes (1/2/3 add, Shift+1/2/3 remove)"), checkable=True),
    # -- Layout and windows (presenter) ----------------------------------------------------
    # One per console layout preset, in the order of `presenter.layouts.PRESETS` (a test
    # checks it; imported from there, the audience window would load the presenter).
    *(
        _c(f"layout.{number}", name, (f"Alt+{number}",), (_P,), "Layout",
           N(CONTEXT, "Arrange the console"), checkable=True, group="layout")
        for number, name in enumerate(
            (N(CONTEXT, "Standard"), N(CONTEXT, "Notes large"), N(CONTEXT, "Next two slides")),
            start=1,
        )
    ),
    _c("window.audience", N(CONTEXT, "&Audience Window"), ("F7",), (_P,), "Window",
       N(CONTEXT, "Show or hide the audience window"), checkable=True, toolbar="window"),
    _c("window.swap", N(CONTEXT, "&Swap Screens"), ("F8",), (_P,), "Window",
       N(CONTEXT, "Swap the console and audience screens"), toolbar="window",
       when="two_screens"),
    _c("show.end", N(CONTEXT, "&End Show"), ("Q",), (_P,), "Window",
       N(CONTEXT, "End the presentation (as in Keynote; Esc backs out to it)"),
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
    COMPARISON: Scope(COMPARISON, ("Go", "Comparison")),
}

MENU_TITLES = {
    "File": N(CONTEXT, "&File"),
    "Go": N(CONTEXT, "&Go"),
    "View": N(CONTEXT, "&View"),
    "Study": N(CONTEXT, "&Study"),
    "Comparison": N(CONTEXT, "&Comparison"),
    "Draw": N(CONTEXT, "&Draw"),
    "Timer": N(CONTEXT, "&Timer"),
    "Layout": N(CONTEXT, "La&yout"),
    "Window": N(CONTEXT, "&Window"),
}

GESTURES_TITLE = N(CONTEXT, "Mouse and typing")
#: Things done without a command (typed numbers, the mouse), listed in each window's help.
GESTURES: dict[str, tuple[tuple[str, str], ...]] = {
    AUDIENCE: (
        (N(CONTEXT, "Digits, then Enter"), N(CONTEXT, "Go to that slide number")),
        (N(CONTEXT, "Left click / Right click"), N(CONTEXT, "Next / previous")),
        (N(CONTEXT, "Mouse wheel"), N(CONTEXT, "Next / previous")),
    ),
    PRESENTER: (
        (N(CONTEXT, "Click a thumbnail"), N(CONTEXT, "Go to that slide")),
        (N(CONTEXT, "Mouse over the current slide"), N(CONTEXT, "Pointer, spotlight, ink")),
    ),
    STUDY: ((N(CONTEXT, "Click a glossary term"), N(CONTEXT, "Open its definition")),),
    COMPARISON: (
        (N(CONTEXT, "1 to 9"), N(CONTEXT, "Focus that row and dim the rest")),
        (N(CONTEXT, "Arrows, once a card is selected"), N(CONTEXT, "Move between cards")),
        (N(CONTEXT, "Click a card"), N(CONTEXT, "Select it")),
        (N(CONTEXT, "In the poll: 1/2/3, Shift+1/2/3"), N(CONTEXT, "Add / remove a vote")),
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
    AUDIENCE: N(CONTEXT, "Slides"),
    PRESENTER: N(CONTEXT, "Presenter"),
    STUDY: N(CONTEXT, "Study"),
    COMPARISON: N(CONTEXT, "Comparison"),
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
