"""Presenter mode: a console for the speaker and a full-screen window for the room.

`agora present [DECK] [--screen N] [--start N] [--class] [--remote] [--bind ADDR] [--port N]`
calls `launch_presenter`.
"""

from __future__ import annotations

import argparse
import sys

from desktop_app.model.deck import Deck
from desktop_app.state.presentation import PresentationState
from desktop_app.views.presenter.presenter import Presenter


def launch_presenter(deck: Deck, args: argparse.Namespace) -> Presenter:
    """Open the console and the audience window; the caller keeps the result alive."""
    from desktop_app.app import application, settings
    from desktop_app.views.audience import GROUP
    from desktop_app.views.contrast import apply_chrome_theme

    # The console and its dialogs in high contrast when the audience window was left so.
    apply_chrome_theme(str(settings().value(f"{GROUP}/theme", "")))
    presenter = Presenter(
        PresentationState(deck),
        settings(),
        screen=getattr(args, "screen", None),
        start=getattr(args, "start", 1) or 1,
    )
    # Owned by the application, so the show goes on even if the caller drops its reference.
    presenter.setParent(application())
    presenter.show()
    if getattr(args, "class_session", False):
        try:
            presenter.classroom.start(args.bind, args.port)
        except OSError as exc:
            print(f"agora: cannot start the class session: {exc}", file=sys.stderr)
            raise SystemExit(1) from exc
    if getattr(args, "remote", False):
        try:
            # --port is the class session's when both run; the remote then takes a free port.
            port = 0 if getattr(args, "class_session", False) else getattr(args, "port", 0) or 0
            url = presenter.start_remote(getattr(args, "bind", None), port)
        except OSError as exc:
            print(f"agora: the phone remote could not start: {exc}", file=sys.stderr)
        else:
            # For the speaker's scripts and IT staff; the QR code is on the console only.
            print(f"Remote: {url}", flush=True)
            presenter.show_remote()
    return presenter


__all__ = ["Presenter", "launch_presenter"]
