"""Text in every script: fallback fonts on the page and in the PDF, right-to-left decks,
and `agora check` naming the slides whose script no installed font has.

The test machine has DejaVu Sans (Arabic, Hebrew), WenQuanYi Micro Hei (Chinese)
and Lohit Devanagari (Hindi) from `.ci/sysdeps.sh`; none of them is bundled.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from desktop_app.cli.check import run_check
from desktop_app.export.job import ExportJob
from desktop_app.export.options import ExportOptions
from desktop_app.loader import load_deck
from desktop_app.render.fit import ensure_gui_app
from desktop_app.render.renderer import SlideRenderer
from desktop_app.text.languages import is_right_to_left, script_name
from tests.conftest import MINIMAL_DECK

SCRIPTS_DECK = """\
format: 1
title: Scripts
language: {language}
sections:
  - id: one
    title: One
    slides:
      - id: arabic
        layout: content
        title: مرحبا بالعالم
        body: الذكاء الاصطناعي المفتوح
        notes: n
      - id: hebrew
        layout: content
        title: שלום עולם
        body: בינה מלאכותית פתוחה
        notes: n
      - id: chinese
        layout: content
        title: 你好世界
        body: 开放的人工智能
        notes: n
      - id: hindi
        layout: content
        title: भारत
        body: भारत की भाषा
        notes: n
"""

BUNDLED = ("Lato", "DejaVuSansMono")


@pytest.fixture(autouse=True)
def _gui(qapp) -> None:  # type: ignore[no-untyped-def]
    ensure_gui_app()


def readable(text: str) -> str:
    """What a reader searching the PDF compares: Arabic presentation forms folded to
    letters (NFKC), bidi controls and pdftotext's tabs dropped."""
    folded = unicodedata.normalize("NFKC", text)
    kept = "".join(c for c in folded if unicodedata.category(c) != "Cf")
    return " ".join(kept.split())


def pdf_tool(name: str, *args: str) -> str:
    assert shutil.which(name), f"{name} missing: install poppler-utils (.ci/sysdeps.sh test)"
    return subprocess.run([name, *args], capture_output=True, text=True, check=True).stdout


def test_a_deck_in_four_scripts_exports_with_its_glyphs_and_embedded_fallback_fonts(
    make_deck: Callable[..., Path], tmp_path: Path
) -> None:
    deck = load_deck(make_deck(SCRIPTS_DECK.format(language="en")))
    pdf = tmp_path / "scripts.pdf"
    ExportJob(deck, ExportOptions(output=pdf)).run()

    text = readable(pdf_tool("pdftotext", str(pdf), "-"))
    for words in ("مرحبا بالعالم", "الذكاء الاصطناعي المفتوح", "שלום עולם", "你好世界"):
        assert words in text
    # Devanagari vowel signs made by shaping have no reverse mapping in Qt's PDFs,
    # so only a word of plain letters is compared; the page itself shows them all.
    assert "भारत" in text

    rows = pdf_tool("pdffonts", str(pdf)).splitlines()[2:]
    fonts = {row.split()[0]: row.split()[-5] for row in rows}
    assert all(embedded == "yes" for embedded in fonts.values()), fonts
    fallbacks = [name for name in fonts if not name.startswith(BUNDLED)]
    assert len(fallbacks) >= 2, fonts  # one for Arabic/Hebrew, one for Chinese, one for Hindi


def ink_columns(image: QImage, top: int, bottom: int) -> tuple[int, int]:
    """Leftmost and rightmost column with text-dark pixels between two rows."""
    xs = [
        x
        for y in range(top, bottom, 2)
        for x in range(0, image.width(), 2)
        if QColor(image.pixel(x, y)).lightness() < 60  # text, not the accent bar
    ]
    return min(xs), max(xs)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_slides_follow_the_direction_of_the_deck_language(
    make_deck: Callable[..., Path], language: str
) -> None:
    """Even a Latin title and body sit at the right edge of an Arabic deck's slide."""
    source = MINIMAL_DECK.replace("title: Tiny", f"title: Tiny\nlanguage: {language}")
    deck = load_deck(make_deck(source))
    image = SlideRenderer(deck).image(0, QSize(960, 540))
    left, right = ink_columns(image, 20, 200)  # the title and the first line of text
    if language == "ar":
        assert right > 960 - 80 and left > 960 / 3, (left, right)
    else:
        assert left < 80 and right < 960 * 2 / 3, (left, right)


def test_check_is_quiet_where_the_system_has_fonts(make_deck: Callable[..., Path]) -> None:
    err = io.StringIO()
    assert run_check(make_deck(SCRIPTS_DECK.format(language="ar")), io.StringIO(), err) == 0
    assert "no installed font" not in err.getvalue()


def test_check_names_the_slide_and_the_script_no_font_covers(
    make_deck: Callable[..., Path],
) -> None:
    if pdf_tool("fc-list", ":charset=1c5a").strip():
        pytest.skip("this machine has an Ol Chiki font")
    deck = SCRIPTS_DECK.format(language="en") + (
        "      - id: santali\n"
        "        layout: content\n"
        "        title: ᱥᱟᱱᱛᱟᱲᱤ\n"
        "        body: Santali in Ol Chiki\n"
        "        notes: n\n"
    )
    err = io.StringIO()
    assert run_check(make_deck(deck), io.StringIO(), err) == 0
    lines = [line for line in err.getvalue().splitlines() if "no installed font" in line]
    assert len(lines) == 1, err.getvalue()
    assert "deck.yaml:" in lines[0] and ": warning: " in lines[0]
    assert "'santali'" in lines[0] and "Ol Chiki" in lines[0]


def test_languages_and_scripts_by_name() -> None:
    assert is_right_to_left("ar") and is_right_to_left("he-IL") and is_right_to_left("fa_IR")
    assert not is_right_to_left("en") and not is_right_to_left("de_DE.UTF-8")
    assert script_name("ᱚ") == "Ol Chiki"
    assert script_name("ह") == "Devanagari"
    assert script_name("م") == "Arabic"
    assert script_name("你").startswith("CJK")
