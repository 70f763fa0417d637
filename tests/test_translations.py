"""Translations: every user-visible string marked, every catalogue complete, the
interface in the user's language, Arabic mirrored, exports in the deck's language."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.export.job import ExportJob
from desktop_app.export.options import ExportOptions
from desktop_app.i18n import (
    FOLDER,
    LANGUAGES,
    SETTING,
    DeckWords,
    interface_language,
    supported,
)
from desktop_app.model.deck import Deck
from tests.conftest import REPO

PACKAGE = REPO / "desktop_app"

#: Calls whose string arguments a user reads (or hears, through a screen reader).
SHOWN = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setAccessibleName",
        "setAccessibleDescription",
        "setPlaceholderText",
        "setTitle",
        "setFormat",
        "setSuffix",
        "setPrefix",
        "setInformativeText",
        "setDetailedText",
        "showMessage",
        "addMenu",
        "addTab",
        "addRow",
        "addButton",
        "QAction",
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QMenu",
        "QMessageBox",
        "information",
        "warning",
        "critical",
        "question",
        "getSaveFileName",
        "getOpenFileName",
        "getExistingDirectory",
    }
)

#: Texts that stay the same in every language: the app's name (window titles
#: are "<deck title> — Agora").
ALLOWED = frozenset({"Agora"})


def _literal(node: ast.expr) -> str | None:
    """The text of a string literal or f-string argument that contains words."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        if not text.strip():
            return None
        text = text or "f-string"
    else:
        return None
    words = text.strip(" —:")
    return text if any(c.isalpha() for c in text) and words not in ALLOWED else None


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def unmarked(file: Path) -> Iterator[tuple[int, str]]:
    tree = ast.parse(file.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node) in SHOWN:
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                text = _literal(arg)
                if text is not None:
                    yield node.lineno, text


def scanned_files() -> list[Path]:
    return [*sorted((PACKAGE / "views").rglob("*.py")), PACKAGE / "app.py"]


def test_every_user_visible_string_is_marked_for_translation() -> None:
    found = [
        f"{file.relative_to(REPO)}:{line}: {text!r}"
        for file in scanned_files()
        for line, text in unmarked(file)
    ]
    assert not found, "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(
        found
    )


def test_the_scan_finds_an_unmarked_label(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "QLabel('Hello')\nQLabel(self.tr('Fine'))\nb.setToolTip(f'Slide {n}')\nb.setText(' ')\n"
    )
    assert [line for line, _ in unmarked(sample)] == [1, 3]


def catalogues() -> list[Path]:
    return sorted(FOLDER.glob("agora_*.ts"))


def test_one_catalogue_per_language() -> None:
    assert {p.stem.removeprefix("agora_") for p in catalogues()} == set(LANGUAGES)


def test_english_counts_one_in_the_singular(qapp: QApplication, interface) -> None:  # type: ignore[no-untyped-def]
    """English is the source language, but "1 answers" is still wrong: its catalogue
    holds the plural forms only."""
    interface("en")
    count = QCoreApplication.translate
    assert count("ClassRoomView", "%n answers", "", 1) == "1 answer"
    assert count("ClassRoomView", "%n answers", "", 3) == "3 answers"
    assert DeckWords("en").translate("ClassRoomView", "%n answers", 1) == "1 answer"


def test_every_marked_text_is_in_every_catalogue() -> None:
    """A text marked in the code but missing from a .ts (never extracted) shows English."""
    check = [sys.executable, str(REPO / "packaging" / "translations.py"), "--check"]
    out = subprocess.run(check, capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.parametrize("ts", catalogues(), ids=lambda p: p.stem)
def test_catalogue_has_no_unfinished_or_obsolete_entries(ts: Path) -> None:
    root = ET.parse(ts).getroot()
    messages = root.findall("context/message")
    assert messages
    bad = []
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type", "")
        forms = translation.findall("numerusform")
        text = "".join(f.text or "" for f in forms) if forms else translation.text or ""
        if kind in ("unfinished", "obsolete", "vanished") or not text.strip():
            bad.append(message.findtext("source"))
    assert not bad, f"{ts.name}: {bad}"


def test_language_comes_from_the_option_then_the_menu_then_the_system(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert supported("de_AT.UTF-8") == "de" and supported("pt_BR") is None
    store.setValue(SETTING, "fr")
    assert interface_language("es", store) == "es"
    assert interface_language(None, store) == "fr"
    store.setValue(SETTING, "")
    assert interface_language("xx", store) in LANGUAGES


def test_arabic_mirrors_the_layout(qapp: QApplication, interface) -> None:  # type: ignore[no-untyped-def]
    interface("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("LanguageMenu", "&Language") == "ال&لغة"
    interface("de")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_exports_speak_the_deck_language_whatever_the_interface(
    interface, example_deck: Deck, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A German interface exporting a French deck hands out French pages."""
    interface("de")
    pdf = tmp_path / "handout.pdf"
    deck = replace(example_deck, language="fr")
    ExportJob(deck, ExportOptions(output=pdf, layout="handout", paper="a4")).run()
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)
    assert "Réponses" in text and "Glossaire" in text and "Page 1 sur" in text
    assert "Answers" not in text and "Lösungen" not in text and "Seite" not in text
    slides = tmp_path / "slides.pdf"
    ExportJob(deck, ExportOptions(output=slides, layout="slides")).run()
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(slides).pages)
    assert "Pourquoi" in text and "Why:" not in text  # the slides' own words too
    assert DeckWords("es-MX").translate("Export", "Glossary") == "Glosario"
    assert DeckWords("pt").translate("Export", "Glossary") == "Glossary"  # no Portuguese yet


def test_starting_with_language_de_shows_german_menus(tmp_path: Path) -> None:
    """The real start-up path: the environment's LANGUAGE, no option, no saved choice."""
    script = (
        "from desktop_app.app import application\n"
        "from desktop_app.loader import load_deck\n"
        "from desktop_app.paths import bundled_deck\n"
        "from desktop_app.views.audience import AudienceWindow\n"
        "from desktop_app.state.presentation import PresentationState\n"
        "app = application()\n"
        "w = AudienceWindow(PresentationState(load_deck(bundled_deck())))\n"
        "w.ensure_chrome()\n"
        "import json\n"
        "print(json.dumps([a.text() for a in w.menuBar().actions()]))\n"
        "print(json.dumps([a.text() for a in w.menus['View'].actions() if a.menu()]))\n"
    )
    env = {
        **os.environ,
        "LANGUAGE": "de",
        "LANG": "de_DE.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    ).stdout
    bar, submenus = (json.loads(line) for line in out.splitlines())
    assert bar == ["&Datei", "&Ansicht", "&Gehe zu"]
    assert "&Sprache" in submenus and "&Language" not in submenus


def test_a_screen_reader_reads_a_slide_in_the_interface_language(
    qtbot, interface, deck: Deck
) -> None:  # type: ignore[no-untyped-def]
    """The reading's own words (Slide n of m, For:, Against:) are German with German
    translators, though text.reading, which builds the reading, knows no Qt."""
    from PySide6.QtGui import QAccessible

    from desktop_app.views.slide_view import SlideView

    interface("de")
    index = next(i for i, s in enumerate(deck.slides) if s.layout == "motion")
    view = SlideView(deck)
    qtbot.addWidget(view)
    view.set_position(index, None)
    accessible = QAccessible.queryAccessibleInterface(view)
    assert accessible is not None
    name = accessible.text(QAccessible.Text.Name)
    assert name.startswith(f"Folie {index + 1} von {len(deck.slides)}: "), name
    spoken = view.reading().text  # type: ignore[union-attr]
    assert "Dafür: " in spoken and "Dagegen: " in spoken, spoken
    assert "For: " not in spoken and "Slide " not in name


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        (
            "fr",
            {
                0: "0 autre non affichée ici",
                1: "1 autre non affichée ici",
                2: "2 autres non affichées ici",
                11: "11 autres non affichées ici",
            },
        ),
        (
            "ar",
            {
                0: "لا شيء آخر",
                1: "خطأ آخر غير معروض هنا",
                2: "خطآن آخران غير معروضين هنا",
                3: "3 أخطاء أخرى غير معروضة هنا",
                11: "11 خطأً آخر غير معروض هنا",
                100: "100 خطأ آخر غير معروض هنا",
            },
        ),
    ],
)
def test_counts_take_the_plural_forms_of_the_language(
    interface, language: str, forms: dict[int, str]
) -> None:  # type: ignore[no-untyped-def]
    """French counts 0 and 1 as singular; Arabic has six forms (0, 1, 2, 3–10, 11–99, 100…).
    The count is the one of the "could not open" message, which is no QObject."""
    from desktop_app.app import _HiddenLines

    interface(language)
    assert {n: _HiddenLines().text(n) for n in forms} == forms


def test_the_phone_remote_counts_minutes_in_plural_forms() -> None:
    """DeckWords picks the plural form too: the remote's pace cue (the remote's page is
    written with the catalogue of the interface's language, here Arabic and German)."""
    from desktop_app.views.presenter.timer import Pace, PaceKind, TimeWords

    words = TimeWords(DeckWords("ar").translate)
    assert words.pace(Pace(PaceKind.AHEAD, 1)) == "متقدّم بدقيقة"
    assert words.pace(Pace(PaceKind.BEHIND, 2)) == "متأخر بدقيقتين"
    assert words.pace(Pace(PaceKind.BEHIND, 11)).endswith(" دقيقةً")
    assert words.pace(Pace(PaceKind.BEHIND, 5)).endswith(" دقائق")
    german = TimeWords(DeckWords("de").translate)
    assert german.pace(Pace(PaceKind.AHEAD, 1)) == "1 Min. Vorsprung"
    assert german.countdown(45, 60) == "noch 44:00"
