"""The `motion:` of debate.yaml: what the room votes on, checked with located problems."""

from __future__ import annotations

from pathlib import Path

from desktop_app.loader import check_deck, load_deck
from desktop_app.model.debate import Motion
from desktop_app.model.deck import Deck
from desktop_app.model.problems import Severity
from tests.conftest import MINIMAL_DECK

DEBATE = """\
format: 1
{motion}
positions:
  - {{id: open, label: Open, stance: Release.}}
  - {{id: closed, label: Closed, stance: Keep.}}
dimensions:
  - {{id: d, title: D}}
arguments:
  - {{id: a, side: open, dimension: d, title: A, summary: Sum.}}
"""


def deck_with(make_deck, motion: str) -> Path:
    return make_deck(
        MINIMAL_DECK.replace("title: Tiny", "title: Tiny\ndebate: debate.yaml"),
        **{"debate.yaml": DEBATE.format(motion=motion)},
    )


def errors(root: Path) -> list[str]:
    _deck, problems = check_deck(root)
    return [p.format() for p in problems if p.severity is Severity.ERROR]


def test_bundled_deck_puts_the_articles_question_to_the_room(deck: Deck) -> None:
    assert deck.debate is not None
    motion = deck.debate.motion
    assert motion == Motion(
        text="The most powerful AI models should be open-source.",
        for_position="open",
        against_position="closed",
    )


def test_motion_is_read_into_the_model(make_deck) -> None:
    root = deck_with(make_deck, "motion: {text: Open it all., for: open, against: closed}")
    debate = load_deck(root).debate
    assert debate is not None
    assert debate.motion == Motion("Open it all.", "open", "closed")


def test_motion_is_optional(make_deck) -> None:
    debate = load_deck(deck_with(make_deck, "")).debate
    assert debate is not None
    assert debate.motion is None


def test_unknown_position_is_located_at_its_key(make_deck) -> None:
    root = deck_with(make_deck, "motion:\n  text: Open it.\n  for: open\n  against: shut\n")
    found = errors(root)
    assert any("debate.yaml:5:" in e and "unknown position 'shut'" in e for e in found), found


def test_missing_side_and_typo_are_reported_together(make_deck) -> None:
    root = deck_with(make_deck, "motion:\n  txt: Open it.\n  for: open\n")
    found = "\n".join(errors(root))
    assert "unknown key 'txt' in the motion" in found and "did you mean 'text'" in found
    assert "missing required key 'text'" in found
    assert "missing required key 'against'" in found


def test_both_votes_cannot_back_the_same_side(make_deck) -> None:
    root = deck_with(make_deck, "motion: {text: Open it., for: open, against: open}")
    assert any("another position" in e for e in errors(root))


def test_old_plain_string_motion_says_how_to_write_the_new_form(make_deck) -> None:
    found = errors(deck_with(make_deck, "motion: Should models be open?"))
    assert any("debate.yaml:2:" in e and "mapping with text, for and against" in e for e in found)
