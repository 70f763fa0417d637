"""Open a window for `agora`, `agora open`, `agora present` and `agora study`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def run_gui(command: str, deck_path: Path, args: argparse.Namespace) -> int:
    from desktop_app.app import application, headless, load_or_report, report_broken_deck

    if headless():
        print(
            "agora: no display found (DISPLAY is not set); "
            "use `agora check` or `agora export`, or run under an X server",
            file=sys.stderr,
        )
        return 2
    deck = load_or_report(deck_path)
    app = application()
    if deck is None:
        if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
            report_broken_deck(deck_path)
        return 1
    # Each command returns its window or controller; holding it here keeps the
    # Python-owned windows alive for as long as the event loop runs.
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
    code = app.exec()
    del window
    return code
