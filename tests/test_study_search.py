"""Search finds slides, notes, arguments and terms, with offsets the view highlights."""

from __future__ import annotations

from desktop_app.model.deck import Deck
from desktop_app.study.glossary import TermMatcher
from desktop_app.study.search import SearchIndex, spans, words


def highlighted(snippet: str, matches: tuple[tuple[int, int], ...]) -> list[str]:
    return [snippet[s:e].casefold() for s, e in matches]


def test_all_words_must_match_ignoring_case(deck: Deck) -> None:
    index = SearchIndex(deck)
    results = index.search("RED teaming")
    assert results
    slide_hits = [r for r in results if r.kind == "slide"]
    assert any(deck.slides[int(r.target)].id == "open-transparency" for r in slide_hits)
    for r in results:
        marked = highlighted(r.snippet, r.matches)
        assert "red" in marked or any("red" in m for m in marked)
    assert index.search("red teaming zebra") == []
    assert index.search("   ") == []


def test_glossary_terms_and_arguments_are_found(deck: Deck) -> None:
    results = SearchIndex(deck).search("watermarking")
    kinds = {(r.kind, r.target) for r in results}
    assert ("term", "watermarking") in kinds
    args = SearchIndex(deck).search("accountability")
    assert ("argument", "closed-accountability") in {(r.kind, r.target) for r in args}


def test_speaker_notes_and_student_notes_are_searchable(deck: Deck) -> None:
    # "show of hands" appears only in speaker notes, never on a slide's face.
    hits = SearchIndex(deck).search("show of hands")
    assert any(deck.slides[int(r.target)].id == "vote-before" for r in hits if r.kind == "slide")
    mine = SearchIndex(deck, {"cover": "remember the zebra example"}).search("zebra")
    assert [(r.kind, r.target) for r in mine] == [("slide", 0)]
    assert highlighted(mine[0].snippet, mine[0].matches) == ["zebra"]


def test_spans_merge_overlaps() -> None:
    assert spans("Open, open-source OPEN", words("open OPEN")) == [(0, 4), (6, 10), (18, 22)]
    assert spans("abcd", ["abc", "bcd"]) == [(0, 4)]


def test_snippet_shows_the_match_in_context(deck: Deck) -> None:
    for r in SearchIndex(deck).search("billions"):
        assert r.matches
        s, e = r.matches[0]
        assert r.snippet[s:e].casefold() == "billions"
        assert len(r.snippet) < 200


def test_glossary_terms_are_found_on_word_boundaries(deck: Deck) -> None:
    matcher = TermMatcher(deck.glossary)
    hits = matcher.find("The API lets a company watch. Rapid growth. Open-source AI wins.")
    found = [h.term for h in hits]
    assert found == ["api-access", "open-source-model"]  # not "api" inside "Rapid"


def test_link_html_links_first_mention_outside_links_and_code(deck: Deck) -> None:
    matcher = TermMatcher(deck.glossary)
    markup = (
        '<p>red teaming and <a href="term:api-access">API</a> then red teaming, '
        "<code>watermark</code> and a watermark &amp; more.</p>"
    )
    out = matcher.link_html(markup)
    assert out.count('href="term:red-teaming"') == 1
    assert out.count('href="term:api-access"') == 1  # the author's link, not doubled
    assert "<code>watermark</code>" in out
    assert '<a href="term:watermarking">watermark</a> &amp; more' in out


def test_highlights_land_on_the_right_letters_when_folding_changes_length() -> None:
    # "ß" folds to "ss" and "ﬁ" to "fi": offsets taken from the folded text would
    # drift one character to the right after each of them.
    text = "Die Straße führt zum ﬁnalen Modell"
    found = spans(text, words("MODELL straße"))
    assert [text[s:e] for s, e in found] == ["Straße", "Modell"]
    assert [text[s:e] for s, e in spans(text, words("finalen"))] == ["ﬁnalen"]


def test_snippets_of_text_with_sharp_s_highlight_the_searched_word(deck: Deck) -> None:
    mine = SearchIndex(deck, {"cover": "Maße und Gewichte: große Modelle"}).search("modelle")
    hit = next(r for r in mine if r.kind == "slide" and r.target == 0)
    assert [hit.snippet[s:e] for s, e in hit.matches] == ["Modelle"]
