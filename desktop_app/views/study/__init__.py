"""Study mode: read, search, annotate and self-check a deck, offline."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop_app.model.deck import Deck
from desktop_app.state.presentation import PresentationState
from desktop_app.study.store import StudyStore
from desktop_app.user_data import data_folder
from desktop_app.views.study.window import StudyWindow


def open_study_window(
    state: PresentationState, folder: Path | None = None, resume: bool = True
) -> StudyWindow:
    """Study mode on a presentation's state; `resume` opens at the slide last studied."""
    store = StudyStore.for_deck(folder or data_folder(), state.deck)
    return StudyWindow(state, store, resume)


def launch_study(deck: Deck, args: argparse.Namespace) -> StudyWindow:
    state = PresentationState(deck)
    window = open_study_window(state)
    state.setParent(window)
    window.show()
    if window.store.notice:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("StudyWindow", "Study data"),
            window.store.notice,
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.open()
        window.statusBar().showMessage(window.store.notice)
    return window
