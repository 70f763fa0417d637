"""Every build step shows something new: the step count and the drawing agree.

A click that changes nothing on screen makes a speaker click again and
overshoot, so each step of every slide is rendered and compared with the
step before it, on the bundled deck, the documented example, generated
decks of every layout and a comparison-heavy one.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from benchmarks.decks import write_deck
from desktop_app.loader import load_deck
from desktop_app.loader.fragments import comparison_rows
from desktop_app.model.comparison import comparison_rows as rows_of
from desktop_app.model.debate import Argument, Debate, Dimension, Position
from desktop_app.model.deck import Deck, Section, Slide
from desktop_app.paths import bundled_deck
from desktop_app.render.renderer import SlideRenderer
from tests.conftest import EXAMPLE_DECK

SIZE = QSize(480, 270)

COMPARISON_DEBATE = """\
format: 1
motion: {text: Models should be open., for: open, against: closed}
positions:
  - {id: open, label: Open, stance: Release., color: "#1f6feb", marker: "◆"}
  - {id: closed, label: Closed, stance: Keep., color: "#c2410c", marker: "■"}
  - {id: hybrid, label: Hybrid, stance: Mix., color: "#7e22ce", marker: "▲"}
dimensions:
  - {id: a, title: Access}
  - {id: b, title: Scrutiny}
  - {id: c, title: Cost}
  - {id: d, title: Only one side speaks}
arguments:
  - {id: open-a, side: open, dimension: a, title: Open A, summary: Open on access.}
  - {id: open-a2, side: open, dimension: a, title: Open A two, summary: A second card.}
  - {id: closed-a, side: closed, dimension: a, title: Closed A, summary: Closed on access.}
  - {id: open-b, side: open, dimension: b, title: Open B, summary: Open on scrutiny.}
  - {id: closed-b, side: closed, dimension: b, title: Closed B, summary: Closed on it.}
  - {id: open-c, side: open, dimension: c, title: Open C, summary: Open on cost.}
  - {id: closed-c, side: closed, dimension: c, title: Closed C, summary: Closed on cost.}
  - {id: closed-d, side: closed, dimension: d, title: Closed D, summary: Alone here.}
  - {id: hybrid-1, side: hybrid, title: Middle, summary: A middle path.}
  - {id: hybrid-2, side: hybrid, title: Middle two, summary: Another one.}
"""

COMPARISON_DECK = """\
format: 1
title: Comparisons
debate: debate.yaml
sections:
  - id: s
    title: S
    slides:
      - {id: all, layout: comparison, title: Every row, builds: true}
      - {id: some, layout: comparison, title: Two rows, builds: true, dimensions: [b, d]}
      - {id: flat, layout: comparison, title: At once}
"""


def _comparison_deck(folder: Path) -> Path:
    folder.mkdir()
    (folder / "deck.yaml").write_text(COMPARISON_DECK, encoding="utf-8")
    (folder / "debate.yaml").write_text(COMPARISON_DEBATE, encoding="utf-8")
    return folder


def _decks(tmp: Path) -> dict[str, Path]:
    return {
        "bundled": bundled_deck(),
        "example": EXAMPLE_DECK,
        "generated": write_deck(tmp / "generated", 24),
        "comparison": _comparison_deck(tmp / "comparison"),
    }


def _steps_that_show_nothing(deck: Deck) -> list[str]:
    renderer = SlideRenderer(deck)
    silent: list[str] = []
    for index, slide in enumerate(deck.slides):
        before: QImage | None = None
        for step in range(slide.fragments + 1):
            image = renderer.image(index, SIZE, step)
            if before is not None and image == before:
                silent.append(f"{slide.id} step {step}")
            before = image
    return silent


@pytest.mark.parametrize("name", ["bundled", "example", "generated", "comparison"])
def test_every_build_step_changes_the_picture(name: str, tmp_path: Path) -> None:
    deck = load_deck(_decks(tmp_path)[name])
    assert any(s.fragments for s in deck.slides)  # the deck has builds to walk
    assert _steps_that_show_nothing(deck) == []


def test_comparison_steps_are_its_drawn_rows(tmp_path: Path) -> None:
    deck = load_deck(_comparison_deck(tmp_path / "deck"))
    steps = {s.id: s.fragments for s in deck.slides}
    # Four dimensions, then two named ones, each plus the middle ground; no builds at all.
    assert steps == {"all": 5, "some": 3, "flat": 0}


def test_an_argument_on_no_row_adds_no_step() -> None:
    """An open or closed argument without a dimension is drawn nowhere, so it is no step."""
    debate = Debate(
        positions=(Position("open", "Open", ""), Position("closed", "Closed", "")),
        dimensions=(Dimension("a", "A"),),
        arguments=(
            Argument("open-a", "open", "Open A", "s", dimension="a"),
            Argument("stray", "open", "Stray", "s"),
        ),
    )
    slide = Slide(id="c", layout="comparison", section="s", builds=True)
    deck = Deck(Path("."), "T", sections=(Section("s", "S", slides=(slide,)),), debate=debate)
    assert [r.id for r in rows_of(debate)] == ["a"]
    assert comparison_rows(slide, deck) == 1


def test_list_steps_are_counted_by_the_text_format_the_loader_hands_the_model(
    tmp_path: Path,
) -> None:
    """The model counts a list's steps with the loader's Markdown rule, only when asked.

    Loading (what start-up does before the first slide) leaves python-markdown
    unloaded; asking a building list for its steps counts Markdown's own list
    items, nested ones and a list inside a code fence not included.
    """
    folder = tmp_path / "deck"
    folder.mkdir()
    body = "- one\\n- two\\n    - nested\\n- three\\n\\n```\\n- not a list item\\n```"
    (folder / "deck.yaml").write_text(
        "format: 1\ntitle: T\nsections:\n  - id: s\n    title: S\n    slides:\n"
        f'      - {{id: a, layout: content, builds: true, notes: n, body: "{body}"}}\n',
        encoding="utf-8",
    )
    probe = (
        "import sys\nfrom pathlib import Path\nfrom desktop_app.loader import load_deck\n"
        "deck = load_deck(Path(sys.argv[1]))\nbefore = 'markdown' in sys.modules\n"
        "print(before, deck.slides[0].fragments, 'markdown' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(folder)], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "3", "True"]


def test_a_slide_made_without_the_list_rule_refuses_to_guess_its_steps() -> None:
    slide = Slide(id="c", layout="content", section="s", builds=True, body="- a\n- b")
    with pytest.raises(ValueError, match="count_list_items"):
        _ = slide.fragments
    assert Slide(id="e", layout="content", section="s", builds=True).fragments == 0
