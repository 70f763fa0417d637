"""The class session speaks the deck's language: the phones' pages, the room's picture, the CSV.

The pages' words come from the .ts catalogues (contexts StudentPage,
JoinPage, RemotePage), written into each page when the session starts;
the room's picture and the results speak the deck's `language` too, and
Arabic runs right to left.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF, Qt, QTranslator
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from desktop_app.classroom.activity import VOTES, RoomView, motion_question
from desktop_app.classroom.pages import JOIN, REMOTE, STUDENT, Words, asset_bytes
from desktop_app.classroom.results import FILE_NAME, last_results, results_csv
from desktop_app.classroom.student import PUBLIC_ASSETS, STUDENT_ASSETS
from desktop_app.export.job import ExportJob
from desktop_app.export.options import ExportOptions
from desktop_app.i18n import LANGUAGES, catalogue, deck_words
from desktop_app.loader import load_deck
from desktop_app.model.deck import Deck
from desktop_app.model.identity import deck_identity
from desktop_app.paths import bundled_deck
from desktop_app.render.class_room import paint_join, paint_results
from desktop_app.render.fit import ensure_gui_app
from desktop_app.render.theme import theme_for
from desktop_app.user_data import deck_data_dir
from desktop_app.views.classroom.session import ClassSession
from tests.axe import AXE, report, violations
from tests.browser import chromium, needs_chromium
from tests.test_class_export import hold_session

#: Each page: its words, its HTML and its script.
PAGES = [
    (STUDENT, "student.html", "student.js"),
    (JOIN, "join.html", "join.js"),
    (REMOTE, "remote.html", "remote.js"),
]
TRANSLATED = [code for code in LANGUAGES if code != "en"]


@pytest.fixture(autouse=True)
def _gui(qapp) -> None:  # type: ignore[no-untyped-def]
    ensure_gui_app()


def _keys_used(html: str, script: str) -> set[str]:
    """Every word a page shows: `{{key}}` in its HTML, `t("key"` in its script."""
    in_html = set(re.findall(r"\{\{([a-z-]+)\}\}", html)) - {"lang", "dir", "words"}
    in_script = set(re.findall(r"\bt\(\s*\"([a-z-]+)\"", script))
    # Words named by data: the remote's pairing status, the student's motion votes.
    if "t(answer.status)" in script:
        in_script |= {"refused", "revoked"}
    if "t(option.id)" in script:
        in_script |= set(VOTES)
    return in_html | in_script


@pytest.mark.parametrize(("words", "html", "script"), PAGES, ids=["student", "join", "remote"])
def test_every_word_a_page_uses_is_served(words: Words, html: str, script: str) -> None:
    used = _keys_used(asset_bytes(html).decode(), asset_bytes(script).decode())
    assert used, "the page shows no words?"
    assert used <= set(words.sources), f"not served: {sorted(used - set(words.sources))}"
    assert set(words.sources) <= used, f"served, never shown: {sorted(set(words.sources) - used)}"


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize(("words", "html", "script"), PAGES, ids=["student", "join", "remote"])
def test_every_word_of_every_page_is_translated(
    words: Words, html: str, script: str, language: str
) -> None:
    translator = QTranslator()
    assert translator.load(str(catalogue(language)))
    missing = [
        text for text in words.sources.values() if not translator.translate(words.context, text)
    ]
    assert not missing, f"{language}: {missing}"


def _served_page(path: str, language: str) -> str:
    from desktop_app.classroom.pages import served_assets

    assets = {**PUBLIC_ASSETS, **{f"/s/{k}": v for k, v in STUDENT_ASSETS.items()}}
    body, _kind = served_assets(assets, language, deck_words(language).translate)[path]
    return body.decode("utf-8")


def test_a_german_deck_gets_a_german_student_page() -> None:
    page = _served_page("/s/", "de")
    assert '<html lang="de" dir="ltr">' in page
    assert ">Antwort senden</button>" in page
    assert "{{" not in page
    words = json.loads(re.search(r'id="words" type="application/json">(.*?)</script>', page)[1])  # type: ignore[index]
    assert words["saved"] == "Antwort gespeichert."
    assert words["for"] == "Dafür"


def test_an_arabic_deck_gets_a_right_to_left_join_page() -> None:
    page = _served_page("/", "ar")
    assert '<html lang="ar" dir="rtl">' in page
    assert "انضم إلى الصف" in page


def test_the_words_block_cannot_close_its_script_element() -> None:
    from desktop_app.classroom.pages import PageWords

    block = PageWords("en", {"x": "</script><script>alert(1)</script> & more"}).json()
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block)["x"].startswith("</script>")


# -- the room's picture --------------------------------------------------------------------


class SpyPainter(QPainter):
    """A painter that notes every text it draws, and the direction it draws it in."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[tuple[str, Qt.LayoutDirection]] = []

    def drawText(self, *args: Any) -> None:
        self.texts.append((str(args[-1]), self.layoutDirection()))
        super().drawText(*args)


def _draw(paint: Any, room: RoomView, deck: Deck) -> SpyPainter:
    image = QImage(960, 540, QImage.Format.Format_ARGB32)
    painter = SpyPainter(image)
    paint(painter, QRectF(0, 0, 960, 540), theme_for(deck), room, deck_words(room.language))
    painter.end()
    return painter


@pytest.fixture
def deck() -> Deck:
    return load_deck(bundled_deck())


def test_the_join_screen_speaks_french(deck: Deck) -> None:
    room = RoomView("http://10.0.0.2:8000/s/abc/", "ABC234", 3, language="fr")
    texts = [text for text, _direction in _draw(paint_join, room, deck).texts]
    assert "Rejoindre la classe" in texts
    assert "3 connectés" in texts
    assert "Join the class" not in texts


def test_the_results_speak_arabic_right_to_left(deck: Deck) -> None:
    before = motion_question(deck, "before")
    assert before is not None
    room = RoomView(
        "", "", screen="results", question=before, tally={"for": 2, "against": 1}, language="ar"
    )
    spy = _draw(paint_results, room, deck)
    texts = [text for text, _direction in spy.texts]
    assert any(text.startswith("موضوع المناظرة: ") for text in texts)
    assert "٣ إجابات · مفتوح" not in texts  # closed: not open
    assert "٣ إجابات · مغلق" in texts  # three answers in Arabic's plural form and digits
    assert {"مع", "ضد", "متردد"} <= set(texts)
    assert {direction for _text, direction in spy.texts} == {Qt.LayoutDirection.RightToLeft}


def test_an_english_picture_stays_left_to_right(deck: Deck) -> None:
    room = RoomView("http://10.0.0.2:8000/s/abc/", "ABC234", 1)
    spy = _draw(paint_join, room, deck)
    assert "1 joined" in [text for text, _direction in spy.texts]
    assert {direction for _text, direction in spy.texts} == {Qt.LayoutDirection.LeftToRight}


# -- results page and CSV ------------------------------------------------------------------


def test_results_page_and_csv_speak_the_decks_language(deck: Deck, tmp_path: Path) -> None:
    german = dataclasses.replace(deck, language="de")
    hold_session(german)
    out = tmp_path / "deck.pdf"
    ExportJob(german, ExportOptions(output=out, slides=(0,), results=True)).run()
    reader = PdfReader(out)
    motion = " ".join((reader.pages[1].extract_text() or "").split())
    assert "Streitfrage:" in motion  # no ligature: the "tf" is searchable text
    assert "3 Antworten · geschlossen" in motion and "Dafür 2" in motion
    assert "Unentschieden" in motion
    assert "Ergebnisse der Klasse" in repr(reader.outline)  # the page's bookmark
    asked = last_results(deck_data_dir(german) / FILE_NAME, deck_identity(german))
    rows = list(csv.reader(io.StringIO(results_csv(asked, deck_words("de").translate))))
    assert rows[0] == ["Frage", "Fragetext", "Antwort", "Anzahl"]
    assert ["motion:before", rows[1][1], "Dafür", "2"] in rows


# -- in a real browser ---------------------------------------------------------------------


@needs_chromium
@pytest.mark.parametrize(
    ("language", "direction", "send", "vote"),
    [("de", "ltr", "Antwort senden", "Dafür"), ("ar", "rtl", "إرسال الإجابة", "مع")],
)
def test_a_phone_sees_the_decks_language(
    deck: Deck,
    qtbot: QtBot,
    tmp_path: Path,
    language: str,
    direction: str,
    send: str,
    vote: str,
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    session = ClassSession(dataclasses.replace(deck, language=language), tmp_path)
    session.start("127.0.0.1")
    try:
        with chromium(tmp_path / "phone") as driver:
            driver.get(session.room.url)  # type: ignore[attr-defined]
            wait = WebDriverWait(driver, 30)
            choice = wait.until(
                ready.element_to_be_clickable((By.CSS_SELECTOR, "input[value='for']"))
            )
            root = driver.find_element(By.TAG_NAME, "html")  # type: ignore[attr-defined]
            assert root.get_attribute("lang") == language
            assert root.get_attribute("dir") == direction
            button = driver.find_element(By.ID, "send")  # type: ignore[attr-defined]
            assert button.text == send
            label = choice.find_element(By.XPATH, "..")
            assert label.text == vote
            # Mirrored: the radio button sits at the start edge, the right one in Arabic.
            box, text = choice.rect, label.find_element(By.TAG_NAME, "span").rect
            assert (box["x"] > text["x"]) == (direction == "rtl")
            choice.click()
            button.click()
            saved = deck_words(language).translate("StudentPage", "Answer saved.")
            wait.until(ready.text_to_be_present_in_element((By.ID, "saved"), saved))
            if AXE.exists():  # axe-core installed (make test): the translated page passes too
                found = violations(driver)
                assert not found, report(found)
        qtbot.waitUntil(lambda: session.room.tally == {"for": 1})
    finally:
        session.stop()
