"""View → Language: choose the interface language, remembered for the next start.

The choice applies from the next start, as in KDE's "Switch Application
Language": every window, dialog and overlay would otherwise have to rebuild
its texts, and a half-translated window is worse than a clear message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop_app.app import settings
from desktop_app.i18n import LANGUAGES, SETTING, supported

# translate("LanguageMenu", ...) is spelled out at each call:
# pyside6-lupdate finds strings only in calls it knows by name.
translate = QCoreApplication.translate


def language_menu(parent: QWidget) -> QMenu:
    """A menu of the system default and each interface language, the remembered one checked."""
    menu = QMenu(translate("LanguageMenu", "&Language"), parent)
    menu.setObjectName("view.language")
    menu.menuAction().setObjectName("view.language")
    group = QActionGroup(menu)
    chosen = supported(str(settings().value(SETTING, ""))) or ""
    entries = [("", translate("LanguageMenu", "System Default")), *LANGUAGES.items()]
    for code, name in entries:
        action = QAction(name, menu)
        action.setObjectName(f"view.language.{code or 'system'}")
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setStatusTip(translate("LanguageMenu", "Use this language from the next start"))
        group.addAction(action)
        menu.addAction(action)
        action.triggered.connect(lambda _=False, c=code, n=name: _choose(parent, c, n))
        if not code:
            menu.addSeparator()
    return menu


def _choose(parent: QWidget, code: str, name: str) -> None:
    settings().setValue(SETTING, code)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("LanguageMenu", "Language"),
        translate("LanguageMenu", "Agora will use %1 the next time it starts.").replace("%1", name),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAccessibleName(translate("LanguageMenu", "Language changed"))
    box.open()
