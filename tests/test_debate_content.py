"""The bundled debate is complete: every link resolves and every argument has its counterpart."""

from __future__ import annotations

import re

from desktop_app.loader import check_deck
from desktop_app.model.deck import Deck
from desktop_app.paths import bundled_deck


def test_every_link_names_an_existing_other_argument(deck: Deck) -> None:
    debate = deck.debate
    assert debate is not None
    ids = {a.id for a in debate.arguments}
    for arg in debate.arguments:
        for target in (*arg.answers, *arg.tension):
            assert target in ids, f"{arg.id} links to unknown {target}"
            assert target != arg.id


def test_every_argument_sits_on_a_known_side_and_dimension(deck: Deck) -> None:
    debate = deck.debate
    assert debate is not None
    sides = {p.id for p in debate.positions}
    dims = {d.id for d in debate.dimensions}
    assert {"open", "closed", "hybrid"} <= sides
    for arg in debate.arguments:
        assert arg.side in sides
        assert arg.title and arg.summary and arg.detail
        if arg.side != "hybrid":
            assert arg.dimension in dims, f"{arg.id} has no dimension"


def test_open_and_closed_arguments_pair_up_within_each_dimension(deck: Deck) -> None:
    debate = deck.debate
    assert debate is not None
    for arg in debate.arguments:
        if arg.side == "hybrid":
            continue
        other_side = "closed" if arg.side == "open" else "open"
        partners = [debate.argument(i) for i in arg.answers]
        assert partners, f"{arg.id} answers nothing"
        for partner in partners:
            assert partner is not None
            assert partner.side == other_side, f"{arg.id} answers its own side"
            assert partner.dimension == arg.dimension, f"{arg.id} answers across rows"
    for dim in debate.dimensions:
        assert debate.row(dim.id, "open") and debate.row(dim.id, "closed"), dim.id


def test_hybrid_arguments_are_in_tension_with_both_camps(deck: Deck) -> None:
    debate = deck.debate
    assert debate is not None
    hybrid = debate.unpaired("hybrid")
    assert hybrid
    for arg in hybrid:
        assert arg.tension, f"{arg.id} has no tension links"
        sides = {debate.argument(i).side for i in arg.tension}  # type: ignore[union-attr]
        assert sides <= {"open", "closed"}
    every_side = {debate.argument(i).side for a in hybrid for i in a.tension}  # type: ignore[union-attr]
    assert every_side == {"open", "closed"}


def test_links_are_found_from_both_ends(deck: Deck) -> None:
    debate = deck.debate
    assert debate is not None
    assert "closed-safety" in debate.linked("open-transparency")
    assert "open-transparency" in debate.linked("closed-safety")
    assert "hybrid-smaller-models" in debate.linked("closed-safety")


# --- issue #18: faithful to the article, fair to both sides ------------------------------------

DECK_DIR = bundled_deck()

#: Phrases a reading against the article found: claims beyond it, changed meaning,
#: unbalanced wording, weak quiz distractors, leading or recall prompts, padding.
REMOVED = [
    "every fact comes from the source article",
    "every claim here comes from the source article",
    "each open argument has a closed argument facing it",
    "this answers the open case",
    "the closed reply is",
    "the closed camp's answer is",
    "most advanced models stay",
    "hospital",
    "despite its name",
    "learned numbers inside a trained model",
    "with a signal so it can be recognized",
    "a structured check of the harms",
    "by sending requests to its developer's service",
    "basic disagreement",
    "responsible deployment of powerful ai",
    "pulls against",
    "which fits the",
    "which matters more to you, innovation or safety",
    "only government regulators",
    "because a court ordered them to",
    "whether ai models should run without the internet",
    "because an api makes a model more accurate",
    "what can no longer be undone",
    "who would pay to build",
    "who would build something new",
    "what would a hospital",
    "why does safe-ai talk grow more urgent",
    "learning versus copying]",
    "aliases: [hybrid, use restrictions]",
]


def deck_text() -> str:
    files = [DECK_DIR / "deck.yaml", DECK_DIR / "debate.yaml", *sorted(DECK_DIR.glob("md/*.md"))]
    return re.sub(r"\s+", " ", " ".join(f.read_text(encoding="utf-8") for f in files)).lower()


def test_phrases_found_beyond_or_against_the_article_are_gone() -> None:
    text = deck_text()
    assert [phrase for phrase in REMOVED if phrase in text] == []


def test_no_discussion_question_is_asked_twice() -> None:
    assert deck_text().count("restricted model still open") == 1


def test_the_decks_own_pairing_is_called_its_framing_not_the_articles(deck: Deck) -> None:
    debate_yaml = (DECK_DIR / "debate.yaml").read_text(encoding="utf-8")
    assert "framing for discussion, not the article's" in debate_yaml
    compare = deck.slides[deck.slide_index("compare-all")]
    assert "framing for discussion, not the article's" in compare.notes


def test_the_kept_meanings_of_the_article(deck: Deck) -> None:
    text = deck_text()
    assert "can lead to safer" in text  # a possibility, not a plain claim
    assert "fundamental ideological battle" in text
    assert "as the technology grows more powerful" in text
    assert "necessary conversation about safety and responsible deployment" in text


def side_words(deck: Deck, side: str) -> int:
    """Words a student meets about one side: its arguments and its slides with their notes."""
    debate = deck.debate
    assert debate is not None
    parts: list[str] = []
    for arg in debate.arguments:
        if arg.side == side:
            parts += [arg.title, arg.summary, arg.detail, *arg.examples]
    for slide in deck.slides:
        if slide.id.startswith(f"{side}-"):
            parts += [slide.title, slide.subtitle, slide.body, slide.notes]
    return len(" ".join(parts).split())


def test_open_and_closed_get_the_same_room_within_five_percent(deck: Deck) -> None:
    open_words, closed_words = side_words(deck, "open"), side_words(deck, "closed")
    assert open_words > 300 and closed_words > 300
    assert abs(open_words - closed_words) / max(open_words, closed_words) <= 0.05


def test_timings_add_up_to_the_lesson(deck: Deck) -> None:
    assert deck.duration_minutes == 45
    assert sum(s.minutes for s in deck.slides) == 45
    for section in deck.sections:
        assert sum(s.minutes for s in section.slides) == section.minutes, section.id


def test_each_build_step_has_something_to_reveal(deck: Deck) -> None:
    related = deck.slides[deck.slide_index("related-topics")]
    assert related.fragments == 3  # three stories, three steps
    accountability = deck.slides[deck.slide_index("closed-accountability")]
    assert len(accountability.body.strip().splitlines()) == 2  # one sentence, not four bullets


def test_quiz_tests_the_article_with_an_explanation_for_every_question(deck: Deck) -> None:
    assert len(deck.quiz) >= 12
    for q in deck.quiz:
        assert len(q.explanation.split()) >= 10, q.id
        assert "row" not in q.prompt.lower() and "answer" not in q.prompt.lower(), q.id
        if q.is_choice:
            assert len(q.choices) >= 3 and 0 <= q.answer < len(q.choices), q.id
            assert len(set(q.choices)) == len(q.choices), q.id


def test_agora_check_finds_nothing_in_the_bundled_deck() -> None:
    deck, problems = check_deck(DECK_DIR)
    assert deck is not None
    assert [p.format() for p in problems] == []


def test_every_argument_has_a_pictogram_with_alt_text_and_a_slide(deck: Deck) -> None:
    debate = deck.debate
    assert debate is not None
    shown = {s.argument for s in deck.slides if s.layout == "argument"}
    for arg in debate.arguments:
        assert arg.pictogram is not None and arg.pictogram.is_file(), arg.id
        assert arg.pictogram.resolve().is_relative_to(DECK_DIR.resolve()), arg.id
        assert len(arg.pictogram_alt.split()) >= 5, arg.id
        svg = arg.pictogram.read_text(encoding="utf-8")
        assert "currentColor" in svg and "<!DOCTYPE" not in svg and "href" not in svg, arg.id
        if arg.side != "hybrid":
            assert arg.id in shown, f"{arg.id} has no argument slide"
    assert any(s.layout == "spectrum" for s in deck.slides)


def test_the_room_votes_on_the_motion_at_the_start_and_the_end(deck: Deck) -> None:
    motions = [i for i, s in enumerate(deck.slides) if s.layout == "motion"]
    assert motions == [1, len(deck.slides) - 1]
    for i in motions:
        assert "class poll" in deck.slides[i].notes
