"""The per-user data folder where saved ink, poll counts and study progress live.

One helper so every mode finds the same folder. The folder depends on the
application's identity, so `ensure_identity` is called by every way Agora
starts Qt (the windows and the headless `agora export`): without it an
export would look for the presenter's ink in some other program's folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

ORGANIZATION = "Agora"
APPLICATION = "Agora"


def ensure_identity() -> None:
    """Name the application; only before its QCoreApplication exists, so the folder never moves."""
    if QCoreApplication.instance() is None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)


def data_folder() -> Path:
    """E.g. ~/.local/share/Agora/Agora on Linux, %APPDATA%\\Agora\\Agora on Windows."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
