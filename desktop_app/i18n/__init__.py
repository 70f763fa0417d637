"""The interface's language, and the words an export writes in the deck's language.

The interface follows the system locale (LANGUAGE, LC_ALL, LC_MESSAGES,
LANG, as Qt reads them); `agora --lang CODE` and View → Language override it,
and the menu's choice is remembered in the settings. Translations are Qt's:
`agora_<lang>.qm` compiled from the `.ts` sources in this folder (`make
translations`), plus Qt's own `qtbase_<lang>.qm` so standard dialogs and
buttons match. Both are installed before any window is built, since a
translated string is looked up when a widget is made.

Exports and student pages speak the deck's `language`, not the
interface's: a German teacher exporting a French deck hands out French
pages. `DeckWords` looks those words up in the deck language's catalogue
without installing it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from desktop_app.text.languages import base_language, is_right_to_left

#: The interface languages, each named in itself (as KDE lists them), English first.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
}

#: Settings key of the language chosen in View → Language ("" or absent: the system's).
SETTING = "interface/language"
#: The application's property naming the interface language its translators speak.
LANGUAGE_PROPERTY = "agoraInterfaceLanguage"

FOLDER = Path(__file__).resolve().parent


def supported(code: str | None) -> str | None:
    """The interface language for a tag like "de_AT.UTF-8", or None when Agora has none."""
    if not code:
        return None
    base = base_language(code)
    return base if base in LANGUAGES else None


def system_language() -> str:
    """The first of the user's preferred languages that Agora speaks, else English."""
    for tag in QLocale.system().uiLanguages():
        found = supported(tag)
        if found:
            return found
    return "en"


def interface_language(override: str | None, settings: QSettings) -> str:
    """`--lang` first, then the remembered menu choice, then the system locale."""
    return supported(override) or supported(str(settings.value(SETTING, ""))) or system_language()


def catalogue(language: str) -> Path:
    """Agora's compiled translations for `language` (may be missing: English then)."""
    return FOLDER / f"agora_{language}.qm"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Agora's and Qt's translations for `language` and set the layout direction.

    The translators are children of the application, so they live as long as it;
    they are returned for a caller that switches languages (remove, then install).
    English needs only Agora's plural forms ("1 answer", not "1 answers"): the
    source strings are English.
    """
    app.setProperty(LANGUAGE_PROPERTY, language)
    QGuiApplication.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if is_right_to_left(language)
        else Qt.LayoutDirection.LeftToRight
    )
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [(f"agora_{language}", str(FOLDER))]
    if language != "en":
        catalogues.insert(0, (f"qtbase_{language}", qt_folder))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed


def installed_language() -> str:
    """The interface language installed by `install_translators` ("en" before, or without).

    For what speaks the teacher's language outside Qt's widgets: the phone
    remote's web page is written with `deck_words(installed_language())`.
    """
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return str(value) if value else "en"


class DeckWords:
    """The export's own words ("Answers", "Page 3 of 9") in the deck's language.

    Call sites write `words.translate("Export", "Answers")`, which pyside6-lupdate
    extracts like QCoreApplication.translate; the lookup goes to the deck
    language's catalogue, falling back to English for languages Agora lacks.
    """

    def __init__(self, language: str) -> None:
        self.language = supported(language) or "en"
        self._translator = QTranslator()
        self._translator.load(str(catalogue(self.language)))

    def translate(self, context: str, text: str, n: int = -1) -> str:
        found = self._translator.translate(context, text, None, n) or text
        return found.replace("%n", QLocale(self.language).toString(n)) if n >= 0 else found


@cache
def deck_words(language: str) -> DeckWords:
    """One catalogue per deck language, read once however many pages ask."""
    return DeckWords(language)
