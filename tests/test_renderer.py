"""The one renderer: every layout draws, text fits, builds reveal, any target size works."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage

from desktop_app.loader import load_deck
from desktop_app.model.deck import LAYOUTS, Deck
from desktop_app.render.renderer import SlideRenderer, letterbox
from desktop_app.render.text import TextStyle, build_document
from desktop_app.render.theme import THEME_NAMES, contrast, load_theme
from tests.conftest import MINIMAL_DECK


def colours(image: QImage, step: int = 7) -> int:
    seen = {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }
    return len(seen)


def differing_rows(a: QImage, b: QImage) -> list[int]:
    return [
        y
        for y in range(a.height())
        if any(a.pixel(x, y) != b.pixel(x, y) for x in range(0, a.width(), 3))
    ]


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_every_bundled_slide_fits_in_every_theme(qapp, deck: Deck, theme: str) -> None:
    renderer = SlideRenderer(deck, load_theme(theme))
    overflowing = [s.id for s in deck.slides if not renderer.fits(s)]
    assert overflowing == []


def test_bundled_and_example_decks_use_every_layout_but_image(
    deck: Deck, example_deck: Deck
) -> None:
    used = {s.layout for s in deck.slides} | {s.layout for s in example_deck.slides}
    assert set(LAYOUTS) - used <= {"image"}


def test_every_slide_paints_something(qapp, deck: Deck) -> None:
    renderer = SlideRenderer(deck)
    for index, slide in enumerate(deck.slides):
        for step in (0, slide.fragments):
            image = renderer.image(index, QSize(480, 270), step)
            assert colours(image) > 3, f"{slide.id} step {step} looks blank"


def test_image_layout_draws_the_picture(qapp, make_deck) -> None:
    root = make_deck(
        MINIMAL_DECK.replace(
            "      - id: bye\n        layout: title\n        title: Bye\n",
            "      - id: bye\n        layout: image\n        title: Bye\n"
            "        image: pics/red.png\n        alt: A red square\n        caption: Red\n",
        )
    )
    (root / "pics").mkdir()
    red = QImage(QSize(200, 200), QImage.Format.Format_RGB32)
    red.fill(QColor("#ff0000"))
    assert red.save(str(root / "pics" / "red.png"))
    deck = load_deck(root)
    image = SlideRenderer(deck).image(1, QSize(960, 540))
    assert QColor(image.pixel(480, 290)).name() == "#ff0000"


def test_builds_reveal_items_without_moving_earlier_ones(qapp, make_deck) -> None:
    deck = load_deck(make_deck())
    renderer = SlideRenderer(deck)
    steps = [renderer.image(0, QSize(960, 540), step) for step in range(3)]
    first_changes = differing_rows(steps[0], steps[1])
    second_changes = differing_rows(steps[1], steps[2])
    assert first_changes and second_changes
    # The second item appears strictly below the first, and nothing above it changed.
    assert min(second_changes) > max(first_changes)


def test_long_content_shrinks_to_fit(qapp, make_deck) -> None:
    bullets = "".join(f"          - point number {i} with a few more words\n" for i in range(11))
    root = make_deck(MINIMAL_DECK.replace("          - first\n          - second\n", bullets))
    deck = load_deck(root)
    assert SlideRenderer(deck).fits(deck.slides[0])


def test_overflow_at_minimum_size_is_reported(qapp, make_deck) -> None:
    bullets = "".join(f"          - point number {i} with a few more words\n" for i in range(60))
    root = make_deck(MINIMAL_DECK.replace("          - first\n          - second\n", bullets))
    deck = load_deck(root)
    assert not SlideRenderer(deck).fits(deck.slides[0])


def test_agora_check_warns_about_overflow(qapp, make_deck, capsys) -> None:
    from desktop_app.cli.main import main

    bullets = "".join(f"          - point number {i} with a few more words\n" for i in range(60))
    root = make_deck(MINIMAL_DECK.replace("          - first\n          - second\n", bullets))
    assert main(["check", str(root)]) == 0
    err = capsys.readouterr().err
    assert "slide 'hello' overflows" in err
    assert f"{Path(root) / 'deck.yaml'}:7:" in err


@pytest.mark.parametrize("size", [QSize(1920, 1080), QSize(1000, 1000), QSize(1600, 500)])
def test_letterbox_keeps_16_by_9_centred(size: QSize) -> None:
    frame = letterbox(QRectF(0, 0, size.width(), size.height()))
    assert frame.width() / frame.height() == pytest.approx(16 / 9)
    assert frame.center().x() == pytest.approx(size.width() / 2)
    assert frame.width() <= size.width() + 1e-6 and frame.height() <= size.height() + 1e-6


def test_same_drawing_at_any_scale(qapp, deck: Deck) -> None:
    renderer = SlideRenderer(deck)
    big = renderer.image(1, QSize(1920, 1080)).scaled(QSize(192, 108))
    small = renderer.image(1, QSize(192, 108))
    # Scaled-down full size and native small size agree roughly pixel by pixel.
    total = sum(
        abs(QColor(big.pixel(x, y)).lightness() - QColor(small.pixel(x, y)).lightness())
        for x in range(192)
        for y in range(108)
    )
    assert total / (192 * 108) < 12


def test_quiz_reveals_the_answer_as_a_build_step(qapp, deck: Deck) -> None:
    index = next(i for i, s in enumerate(deck.slides) if s.layout == "quiz")
    assert deck.slides[index].fragments == 1
    renderer = SlideRenderer(deck)
    before = renderer.image(index, QSize(960, 540), 0)
    after = renderer.image(index, QSize(960, 540), 1)
    assert differing_rows(before, after)


CODE_SLIDE = "          ```python\n          def f(x):\n              return x\n          ```\n"


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_code_blocks_take_their_colours_from_the_theme(qapp, make_deck, theme: str) -> None:
    root = make_deck(MINIMAL_DECK.replace("          - first\n          - second\n", CODE_SLIDE))
    deck = load_deck(root)
    doc = build_document(deck.slides[0].body, 1200, TextStyle(40), load_theme(theme))
    code = [doc.findBlockByNumber(i) for i in range(doc.blockCount())]
    lines = [b.text() for b in code if b.blockFormat().nonBreakableLines()]
    assert lines == ["def f(x):", "    return x"], "no empty line after the code"
    keyword = next(b for b in code if b.text().startswith("def"))
    colour = keyword.begin().fragment().charFormat().foreground().color().name()
    background = load_theme(theme).color("code_background")
    assert contrast(colour, background) >= 3, f"keyword {colour} unreadable on {background}"
