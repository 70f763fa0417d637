"""Start-up shared by every window: the QApplication, fonts and settings.

Kept apart from the windows so the audience view, presenter console and study
mode start the same way, and tests can build the pieces without `main()`.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop_app import __version__
from desktop_app.i18n import install_translators, interface_language
from desktop_app.model.problems import Problem
from desktop_app.paths import resources
from desktop_app.render.fonts import register_fonts
from desktop_app.user_data import ORGANIZATION, ensure_identity


def application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The one QApplication, created on first use with the app's identity, fonts and
    translations (`language` overrides the remembered and the system language)."""
    app = QApplication.instance()
    if app is None:
        ensure_identity()
        QCoreApplication.setApplicationVersion(__version__)
        QGuiApplication.setDesktopFileName("agora")
        app = QApplication(argv if argv is not None else sys.argv[:1])
        install_translators(app, interface_language(language, settings()))
        icon = resources() / "icons" / "agora.svg"
        if icon.is_file():
            app.setWindowIcon(QIcon(str(icon)))
    assert isinstance(app, QApplication)
    register_fonts()
    return app


def settings() -> QSettings:
    """Per-user settings (INI, so IT staff can read and pre-seed them).

    A settings file Qt cannot parse is set aside once, with a message, before
    anything is saved: Qt would otherwise rewrite it and drop what it did not
    understand. A read-only settings folder needs nothing: Qt keeps the
    values in memory and never raises.
    """
    found = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, "agora")
    if found.status() is not QSettings.Status.FormatError:
        return found
    name = Path(found.fileName())
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = name.with_name(f"{name.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = name.with_name(f"{name.name}.damaged-{stamp}-{n}")
    try:
        os.replace(name, aside)
    except OSError as exc:
        print(
            f"{name}: settings file is damaged and stays as it is ({exc.strerror})", file=sys.stderr
        )
        return found
    print(
        f"{name}: settings file is damaged; kept as {aside.name}, using defaults", file=sys.stderr
    )
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, "agora")


class _HiddenLines:
    """How many problem lines the "could not open" message leaves out, with plural forms.

    No QObject; a class only because pyside6-lupdate extracts a variable %n count
    (a message with plural forms) from a `tr` call in a class alone, under the
    class's name.
    """

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate("_HiddenLines", text, disambiguation or None, n)

    def text(self, count: int) -> str:
        return self.tr("%n more not shown here", "", count)


def report_broken_deck(deck_path: Path, problems: list[Problem]) -> None:
    """Show why a deck did not open, in a window: started from a file manager or a
    menu, nobody reads the terminal (the caller prints the same lines to stderr)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    translate = QCoreApplication.translate
    # The problem lines stay English (file:line:col: docs/i18n.md); the words around them do not.
    lines = [p.format(Path.cwd()) for p in problems if p.severity.value == "error"]
    title = translate("Agora", "Could not open the deck %1").replace("%1", str(deck_path))
    box = QMessageBox(QMessageBox.Icon.Critical, "Agora", title)
    shown, hidden = lines[:5], len(lines) - 5
    if hidden > 0:
        shown.append(_HiddenLines().text(hidden))
    advice = translate("Agora", "Fix these in a text editor, then open the deck again.")
    box.setInformativeText("\n".join(shown) + "\n\n" + advice)
    box.setTextFormat(Qt.TextFormat.PlainText)  # both texts quote deck text and paths
    box.setDetailedText("\n".join(lines))
    box.setAccessibleName(translate("Agora", "Deck problems"))
    box.exec()
