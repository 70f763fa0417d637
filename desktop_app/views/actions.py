"""The audience window's commands: its scope of the one registry (`views.commands`).

Kept as the audience window's entry point so its chrome builds them in one
line; the table, the keys and the user's rebinding live in the registry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from desktop_app.views.command_set import CommandSet
from desktop_app.views.commands import AUDIENCE


class ActionSet(CommandSet):
    """The audience window's QActions, installed on the window and wired to its handlers."""

    def __init__(
        self,
        window: QWidget,
        handlers: Mapping[str, Callable[[], object]],
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(window, AUDIENCE, settings, windows=[window])
        self.bind(handlers)
