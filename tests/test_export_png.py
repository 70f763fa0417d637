"""PNG export: one image per chosen slide, at the width asked for, named in slide order."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop_app.export.job import ExportJob
from desktop_app.export.options import ExportOptions
from desktop_app.export.pages import parse_ranges
from desktop_app.model.deck import Deck
from desktop_app.render.fit import ensure_gui_app


@pytest.fixture(autouse=True)
def _gui(qapp) -> None:  # type: ignore[no-untyped-def]
    ensure_gui_app()


def test_selected_slides_at_1280_wide(deck: Deck, tmp_path: Path) -> None:
    out = tmp_path / "png"
    slides = parse_ranges("3-5,7", len(deck.slides))
    result = ExportJob(
        deck, ExportOptions(output=out, format="png", width=1280, slides=slides)
    ).run()
    names = sorted(p.name for p in out.iterdir())
    assert names == ["slide-03.png", "slide-04.png", "slide-05.png", "slide-07.png"]
    assert result.pages == 4
    for name in names:
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == (1280, 720)
    # Not a blank canvas: the slide was painted.
    image = QImage(str(out / "slide-03.png"))
    colors = {image.pixel(x, y) for x in range(0, 1280, 8) for y in range(0, 720, 8)}
    assert len(colors) > 2


def test_every_build_step_gets_its_own_image(deck: Deck, tmp_path: Path) -> None:
    built = next(i for i, s in enumerate(deck.slides) if s.steps > 1)
    out = tmp_path / "steps"
    ExportJob(
        deck, ExportOptions(output=out, format="png", width=320, builds="all", slides=(built,))
    ).run()
    steps = deck.slides[built].steps
    assert sorted(p.name for p in out.iterdir()) == [
        f"slide-{built + 1:02d}-{n}.png" for n in range(1, steps + 1)
    ]
    first, last = (
        QImage(str(out / f"slide-{built + 1:02d}-1.png")),
        QImage(str(out / f"slide-{built + 1:02d}-{steps}.png")),
    )
    assert first != last


def test_rerun_replaces_earlier_images_and_keeps_other_files(deck: Deck, tmp_path: Path) -> None:
    out = tmp_path / "png"
    out.mkdir()
    (out / "slide-01.png").write_bytes(b"old")
    (out / "notes.txt").write_text("mine")
    ExportJob(deck, ExportOptions(output=out, format="png", width=320, slides=(0,))).run()
    assert (out / "slide-01.png").read_bytes().startswith(b"\x89PNG")
    assert (out / "notes.txt").read_text() == "mine"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", (0,)),
        ("3-5,7", (2, 3, 4, 6)),
        ("2,2,1", (1, 0)),
        (" 4 - 5 ", (3, 4)),
    ],
)
def test_slide_ranges(text: str, expected: tuple[int, ...]) -> None:
    assert parse_ranges(text, 10) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0", "outside"),
        ("9-12", "outside"),
        ("5-3", "backwards"),
        ("a", "not a slide number"),
        ("1,,2", "empty"),
    ],
)
def test_bad_slide_ranges(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_ranges(text, 10)
