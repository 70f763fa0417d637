"""The loader refuses, with a located message, what the app could not show."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.loader import check_deck
from desktop_app.model.problems import Severity
from tests.conftest import EXAMPLE_DECK, MINIMAL_DECK


def errors(root: Path) -> list[str]:
    deck, found = check_deck(root)
    messages = [p.format() for p in found if p.severity is Severity.ERROR]
    assert (deck is None) == bool(messages)
    return messages


def example(tmp_path: Path, old: str, new: str) -> Path:
    root = tmp_path / "deck"
    shutil.copytree(EXAMPLE_DECK, root)
    debate = root / "debate.yaml"
    text = debate.read_text(encoding="utf-8")
    assert old in text
    debate.write_text(text.replace(old, new, 1), encoding="utf-8")
    return root


def test_a_deck_without_sections_is_refused(make_deck) -> None:
    root = make_deck("format: 1\ntitle: Empty\nsections: []\n")
    assert any("deck.yaml:3:" in e and "at least one section" in e for e in errors(root))


def test_an_empty_section_is_refused(make_deck) -> None:
    text = MINIMAL_DECK + "  - id: two\n    title: Two\n    slides: []\n"
    found = errors(make_deck(text))
    assert any("section 'two' has no slides" in e for e in found), found


def test_an_unknown_position_id_is_refused(tmp_path: Path) -> None:
    root = example(tmp_path, "  - id: hybrid\n", "  - id: middle\n")
    found = errors(root)
    assert any(
        "debate.yaml:" in e and "unknown position id 'middle'" in e and "open, closed, hybrid" in e
        for e in found
    ), found


def test_an_open_argument_without_a_dimension_is_refused(tmp_path: Path) -> None:
    root = example(
        tmp_path,
        "    dimension: scrutiny-vs-safety\n    title: Transparency",
        "    title: Transparency",
    )
    found = errors(root)
    assert any("open argument 'open-transparency' needs a `dimension:`" in e for e in found), found
