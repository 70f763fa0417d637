"""Study mode: read, search, annotate and self-check a deck, offline."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop_app.model.deck import Deck
from desktop_app.state.presentation import PresentationState
from desktop_app.study.store import SCHEMA_VERSION, SetAside, StudyStore
from desktop_app.study.words import fill
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
        told = set_aside_text(window.store.notice)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("StudyWindow", "Study data"),
            told,
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.open()
        window.statusBar().showMessage(told)
    return window


def set_aside_text(notice: SetAside) -> str:
    """What happened to a study file that could not be used, in the interface's language."""
    path = str(notice.path)
    if notice.newer is not None:
        what = fill(
            QCoreApplication.translate(
                "StudyWindow",
                "Your study data in %1 was written by a newer version of Agora "
                "(schema %2, this version knows %3).",
            ),
            path,
            str(notice.newer),
            str(SCHEMA_VERSION),
        )
    else:
        what = fill(
            QCoreApplication.translate("StudyWindow", "Your study data in %1 is damaged (%2)."),
            path,
            notice.error,
        )
    then = (
        fill(
            QCoreApplication.translate(
                "StudyWindow", "It was kept as %1 and a new, empty study file was started."
            ),
            notice.kept_as,
        )
        if notice.kept_as
        else QCoreApplication.translate(
            "StudyWindow", "It was left as it is, and study mode is read-only for now."
        )
    )
    return f"{what} {then}"
