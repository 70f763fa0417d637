"""The per-user data folder where saved ink, poll counts and study progress live.

Each deck's files are in their own folder, `deck_data_dir(deck)`, named by
the deck's identity (see `model.identity` and `deck_data`).

One helper so every mode finds the same folder. The folder depends on the
application's identity, so `ensure_identity` is called by every way Agora
starts Qt (the windows and the headless `agora export`): without it an
export would look for the presenter's ink in some other program's folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from desktop_app.deck_data import deck_folder
from desktop_app.model.deck import Deck

ORGANIZATION = "Agora"
APPLICATION = "Agora"


def ensure_identity() -> None:
    """Name the application; only before its QCoreApplication exists, so the folder never moves."""
    if QCoreApplication.instance() is None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)


def data_folder() -> Path:
    """E.g. ~/.local/share/Agora/Agora on Linux, %APPDATA%\\Agora\\Agora on Windows."""
    from PySide6.QtCore import QStandardPaths  # its enums cost start-up; no slide needs them

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def deck_data_dir(deck: Deck) -> Path:
    """The folder of one deck's per-user files, named by its identity (`model.identity`)."""
    return deck_folder(data_folder(), deck)


def adopt_legacy_setting(store: QSettings, old: str, new: str) -> None:
    """Move a setting saved under an earlier version's key to its new key, once."""
    if store.contains(old):
        if not store.contains(new):
            store.setValue(new, store.value(old))
        store.remove(old)
