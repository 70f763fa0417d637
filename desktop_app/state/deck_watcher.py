"""Live reload: when a deck file changes on disk, load it again and swap it in.

Authors keep the talk open while editing, so a save should show up within
half a second on the same slide. Editors save in bursts (and many replace
the file atomically, which drops it from the watch list), so changes are
debounced and every path is watched again after each reload. A broken edit
never replaces the deck on screen: the last good deck stays and the
problems are reported until the file is fixed.

The watcher is given the function that loads a deck (the loader's
`check_deck`) rather than importing it: the state sits beside the loader,
not on top of it, and tests can hand it a loader of their own.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from desktop_app.model.deck import Deck
from desktop_app.model.problems import Problem, Severity
from desktop_app.state.presentation import PresentationState

#: Loads the deck in a folder: the deck, or None and the problems that stopped it.
DeckLoad = Callable[[Path], tuple[Deck | None, list[Problem]]]

DEBOUNCE_MS = 200
#: Files whose change can change the deck: the YAML, Markdown, and images it shows.
WATCHED_SUFFIXES = frozenset(
    {".yaml", ".yml", ".md", ".markdown", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp"}
)
#: A deck is a handful of files; a folder with far more is not a deck (and inotify is finite).
MAX_WATCHED = 2000


#: Folders that never hold deck content but can hold thousands of files (tool state,
#: dependencies, caches). Hidden folders (".git", ".venv") are skipped as well.
SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__"})


def deck_paths(root: Path) -> list[str]:
    """The deck folder, its sub-folders and every file that may feed the deck.

    Skipped folders are pruned before they are entered, so a deck kept in a
    git repository or beside a node_modules folder costs no walk through them.
    """
    paths = [str(root)]
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_FOLDERS)
        where = Path(folder)
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in WATCHED_SUFFIXES:
                paths.append(str(where / name))
        paths.extend(str(where / d) for d in dirs)
        if len(paths) >= MAX_WATCHED:
            return paths[:MAX_WATCHED]
    return paths


class DeckWatcher(QObject):
    """Watches one deck folder and reloads it into the shared presentation state."""

    #: The deck on disk loaded and is now shown.
    reloaded = Signal()
    #: The deck on disk has errors (list of Problem); the previous deck is still shown.
    failed = Signal(list)

    def __init__(
        self,
        state: PresentationState,
        root: Path,
        load: DeckLoad,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._root = root
        self._load = load
        self._problems: list[Problem] = []
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._changed)
        self._watcher.directoryChanged.connect(self._changed)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        self._watch()

    @property
    def root(self) -> Path:
        return self._root

    @property
    def problems(self) -> list[Problem]:
        """Errors of the last reload; empty when the deck on screen matches the files."""
        return list(self._problems)

    def watched(self) -> list[str]:
        return self._watcher.files() + self._watcher.directories()

    def set_root(self, root: Path) -> None:
        """Follow another deck (File → Open)."""
        old = self.watched()
        if old:
            self._watcher.removePaths(old)
        self._root = root
        self._problems = []
        self._watch()

    def reload(self) -> bool:
        """Load the deck now; swap it in if it loads, else keep the one shown and report."""
        self._debounce.stop()
        deck, problems = self._load(self._root)
        self._watch()
        if deck is None:
            self._problems = [p for p in problems if p.severity is Severity.ERROR]
            self.failed.emit(self._problems)
            return False
        self._problems = []
        self._state.replace_deck(deck)
        self.reloaded.emit()
        return True

    def _changed(self, _path: str) -> None:
        self._debounce.start()

    def _watch(self) -> None:
        """(Re-)add every deck path; editors that save by rename leave the old one unwatched."""
        if not self._root.is_dir():
            return
        current = set(self.watched())
        missing = [p for p in deck_paths(self._root) if p not in current]
        if missing:
            self._watcher.addPaths(missing)
