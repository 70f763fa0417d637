"""The bundled deck as the room sees it: balanced slides, readable text, pictograms in vector."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from desktop_app.export.job import ExportJob
from desktop_app.export.options import ExportOptions
from desktop_app.model.deck import Deck
from desktop_app.render.renderer import SlideRenderer
from desktop_app.render.theme import THEME_NAMES, load_theme

W, H = 480, 270


def inked(image: QImage, x0: int, y0: int, x1: int, y1: int, background: QColor) -> int:
    """How many sampled pixels in the box differ from the slide's background."""
    bg = background.rgb()
    return sum(
        1
        for x in range(x0, x1, 2)
        for y in range(y0, y1, 2)
        if image.pixel(x, y) != bg & 0xFFFFFFFF
    )


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_no_slide_leaves_its_lower_half_empty(qapp, deck: Deck, theme: str) -> None:
    renderer = SlideRenderer(deck, load_theme(theme))
    empty = []
    for index, slide in enumerate(deck.slides):
        image = renderer.image(index, QSize(W, H))
        # Below the middle, right of the side bar: some text or drawing must be there.
        background = QColor(image.pixel(W - 2, 2))
        if inked(image, 12, H // 2 + 10, W - 12, H - 12, background) < 40:
            empty.append(slide.id)
    assert empty == []


def test_body_text_is_at_least_36_px_in_every_theme() -> None:
    for name in THEME_NAMES:
        sizes = load_theme(name).sizes
        assert sizes["min_body"] >= 36 and sizes["body"] >= 36, name


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_argument_pictogram_is_drawn_in_the_sides_colour(qapp, deck: Deck, theme: str) -> None:
    renderer = SlideRenderer(deck, load_theme(theme))
    for slide_id, side in (("open-transparency", "open"), ("closed-safety", "closed")):
        image = renderer.image(deck.slide_index(slide_id), QSize(W, H))
        colour = QColor(renderer.theme.side(side)).rgb()  # the deck may set the sides' colours
        # The pictogram panel: the right third of the slide, away from the panel's border.
        hits = sum(
            1
            for x in range(W * 2 // 3 + 30, W - 40, 2)
            for y in range(H // 3, 2 * H // 3, 2)
            if image.pixel(x, y) == colour
        )
        assert hits > 30, f"{slide_id}: no pictogram in {side} colour ({theme})"


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs poppler-utils")
def test_pdf_keeps_every_picture_as_vector_graphics(qapp, deck: Deck, tmp_path: Path) -> None:
    from desktop_app.render.fit import ensure_gui_app

    ensure_gui_app()
    pdf = tmp_path / "deck.pdf"
    ExportJob(deck, ExportOptions(output=pdf)).run()
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    # A header and a rule line; any further line would be a raster image.
    assert len(listing) == 2, listing


def test_comparison_detail_and_study_mode_use_the_decks_typeface(
    qtbot, deck: Deck, tmp_path: Path
) -> None:
    from desktop_app.state.presentation import PresentationState
    from desktop_app.views.comparison.detail_panel import DetailPanel
    from desktop_app.views.study import open_study_window

    family = load_theme(deck.theme).fonts["body"]
    panel = DetailPanel(deck)
    qtbot.addWidget(panel)
    assert deck.debate is not None
    panel.show_argument(deck.debate.arguments[0])
    assert panel.font().family() == family
    assert panel.document().defaultFont().family() == family
    window = open_study_window(PresentationState(deck), tmp_path)
    qtbot.addWidget(window)
    assert window.font().family() == family
    assert window.reader.text.document().defaultFont().family() == family
