"""Open a window for `agora`, `agora open`, `agora present` and `agora study`.

The deck is loaded before Qt is imported: the loader needs no Qt, and a
broken deck is reported without starting a GUI toolkit. (PySide6 reads the
source of every module in the process, those imported before it included,
looking for its `__feature__` switches: what shortens start-up is importing
fewer modules before the first slide, not their order.)

Python's cyclic garbage collector is paused (`collector.paused`) while the
window is built. Start-up makes objects that live as long as the app
(modules, classes, Qt's enums, the deck) and almost no garbage (a collection
then finds a few dozen objects), yet the collector ran about fifty times on
the way to the first slide, some 8 ms. Before the event loop starts,
everything alive is frozen out of later collections, so no full collection
walks it in the middle of a slide change either.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.collector import freeze_survivors, paused
from desktop_app.model.deck import Deck
from desktop_app.model.problems import Problem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def run_gui(command: str, deck_path: Path, args: argparse.Namespace) -> int:
    if headless():
        print(
            "agora: no display found (DISPLAY is not set); "
            "use `agora check` or `agora export`, or run under an X server",
            file=sys.stderr,
        )
        return 2
    started = start_gui(command, deck_path, args)
    if isinstance(started, int):
        return started
    app, window = started
    code = app.exec()
    del window
    return code


def start_gui(
    command: str, deck_path: Path, args: argparse.Namespace
) -> tuple[QApplication, object] | int:
    """Load the deck and show the command's first window, before the event loop runs.

    Returns the application and the window (or controller), which the caller
    keeps alive while it runs the event loop; or the exit code when the deck
    did not load. The benchmark harness starts the app through this too, so
    the start-up it times is the one users get.
    """
    with paused():
        deck, problems = load_or_report(deck_path)
        if deck is not None:
            app, window = _start(command, deck, args)
            freeze_survivors()
    if deck is None:
        if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
            from desktop_app.app import application, report_broken_deck

            application(language=args.lang)
            report_broken_deck(deck_path, problems)
        return 1
    return app, window


def _start(command: str, deck: Deck, args: argparse.Namespace) -> tuple[QApplication, object]:
    """The application and the command's first window, shown.

    The window (or controller) is returned so the caller holds it: the
    Python-owned windows must stay alive for as long as the event loop runs.
    """
    from desktop_app.app import application

    app = application(language=args.lang)
    window: object
    if command == "present":
        from desktop_app.views.presenter import launch_presenter

        window = launch_presenter(deck, args)
    elif command == "study":
        from desktop_app.views.study import launch_study

        window = launch_study(deck, args)
    else:
        from desktop_app.views.audience import launch_audience

        window = launch_audience(deck, args)
    return app, window


def load_or_report(deck_path: Path) -> tuple[Deck | None, list[Problem]]:
    """Load a deck for a window; when it fails, print its problems as `file:line:col`."""
    from desktop_app.loader import check_deck

    deck, problems = check_deck(deck_path)
    if deck is None:
        for problem in problems:
            print(problem.format(Path.cwd()), file=sys.stderr)
    return deck, problems


def headless() -> bool:
    """True when no display is reachable (CI, SSH): windows cannot open."""
    if sys.platform.startswith("linux"):
        platform = os.environ.get("QT_QPA_PLATFORM", "")
        if platform.startswith(("offscreen", "minimal", "vnc")):
            return False
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False
