"""Study mode in the user's language: the window's own words follow the interface, the
study guide's follow the deck (docs/i18n.md), and Arabic is searched, counted and
highlighted in a mirrored window."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.export.job import ExportJob
from desktop_app.export.options import ExportOptions
from desktop_app.loader import load_deck
from desktop_app.model.deck import Deck
from desktop_app.state.presentation import PresentationState
from desktop_app.study.record import StudyRecord
from desktop_app.study.store import FILENAME
from desktop_app.user_data import data_folder
from desktop_app.views.study import launch_study, open_study_window
from desktop_app.views.study.window import StudyWindow

ARABIC = """\
format: 1
title: الذكاء الاصطناعي
language: ar
sections:
  - id: one
    title: المقدمة
    slides:
      - id: open
        layout: content
        title: النماذج المفتوحة
        body: النماذج المفتوحة يمكن فحصها. النماذج المغلقة لا.
        notes: ابدأ بسؤال.
      - id: closed
        layout: content
        title: النماذج المغلقة
        body: تقدمها الشركات عبر واجهة برمجية.
        notes: n
"""


def _window(qtbot: QtBot, deck: Deck) -> StudyWindow:
    window = open_study_window(PresentationState(deck))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.search.ready)  # indexed a slice per event-loop turn
    return window


def test_a_german_study_window_speaks_german_around_the_decks_words(
    qtbot: QtBot, deck: Deck, interface: Callable[[str], None]
) -> None:
    interface("de")
    window = _window(qtbot, deck)
    page = window.reader.text.toPlainText()
    assert "Abschnitt: " in page and "Sprechernotizen" in page
    assert "Section: " not in page and "Presenter's notes" not in page
    assert window.windowTitle() == f"{deck.title} — Agora Lernmodus"
    assert [window.tabs.tabText(i) for i in range(3)] == ["&Glossar", "Meine &Notizen", "&Quiz"]
    assert window.statusBar().currentMessage().startswith(f"Folie 1 von {len(deck.slides)}: ")
    window.search.open()
    window.search.field.setText("open")
    count = window.search.results.count()
    assert count > 1 and window.search.count.text() == f"{count} Ergebnisse"
    assert window.search.results.item(0).text().startswith("Folie ")


def test_arabic_is_searched_counted_and_highlighted_in_a_mirrored_window(
    qtbot: QtBot, make_deck: Callable[..., Path], interface: Callable[[str], None]
) -> None:
    interface("ar")
    window = _window(qtbot, load_deck(make_deck(ARABIC)))
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.search.open()
    window.search.field.setText("المفتوحة")  # as typed (QTest types ASCII only)
    assert window.search.results.count() == 1
    assert window.search.count.text() == "نتيجة واحدة"  # Arabic's own form for one
    assert window.search.results.item(0).text().startswith("الشريحة 1: النماذج المفتوحة")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    marked = {s.cursor.selectedText() for s in window.reader.text.extraSelections()}  # type: ignore[attr-defined]
    assert marked == {"المفتوحة"}
    assert "القسم: المقدمة" in window.reader.text.toPlainText()
    window.search.field.setText("النماذج")
    assert window.search.count.text() == "نتيجتان"  # and for two


def test_the_study_guide_speaks_the_deck_language_whatever_the_interface(
    qtbot: QtBot, deck: Deck, interface: Callable[[str], None], tmp_path: Path
) -> None:
    """A German interface exporting a French deck's study guide hands out French pages."""
    interface("de")
    french = replace(deck, language="fr")
    window = _window(qtbot, french)
    target = tmp_path / "guide.pdf"
    ExportJob(
        french,
        ExportOptions(output=target, layout="study-guide"),
        study=StudyRecord.of(french, window.store),
    ).run()
    reader = PdfReader(target)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages[-3:]))
    assert "Résultats du quiz" in text and "Question par question" in text
    assert "Quiz-Ergebnisse" not in text and "Quiz results" not in text
    # …while the window beside it speaks the interface's German.
    assert "Abschnitt: " in window.reader.text.toPlainText()


def test_a_damaged_study_file_is_explained_in_german(
    qtbot: QtBot, deck: Deck, interface: Callable[[str], None]
) -> None:
    interface("de")
    folder = data_folder()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FILENAME).write_bytes(b"garbage" * 100)
    window = launch_study(deck, argparse.Namespace())
    qtbot.addWidget(window)
    told = window.statusBar().currentMessage()
    assert told.startswith(f"Ihre Lerndaten in {folder / FILENAME} sind beschädigt (")
    assert "eine neue, leere Lerndatei wurde angelegt" in told
