"""Which slides overflow: text that stays too long at the smallest readable size.

Used by `agora check`. Measuring text needs Qt's font engine but not a
screen, so a QGuiApplication is created on the offscreen platform when none exists.
"""

from __future__ import annotations

import os

from desktop_app.model.deck import Deck, Slide


def ensure_gui_app() -> None:
    """A QGuiApplication for font metrics; offscreen unless a platform was chosen."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from desktop_app.user_data import ensure_identity

        ensure_identity()  # so an export finds the app's data folder (saved ink, poll)
        QGuiApplication(["agora"])
    from desktop_app.render.fonts import register_fonts

    register_fonts()


def overflowing_slides(deck: Deck) -> list[Slide]:
    ensure_gui_app()
    from desktop_app.render.renderer import SlideRenderer

    renderer = SlideRenderer(deck)
    return [s for s in deck.slides if not renderer.fits(s)]
