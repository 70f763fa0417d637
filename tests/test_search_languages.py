"""Study search in other languages: ß, accents and Arabic are found and highlighted
exactly where they stand in the text (case-folding may change a word's length)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.loader import load_deck
from desktop_app.study.search import SearchIndex

DECK = """\
format: 1
title: Sprachen
language: de
sections:
  - id: one
    title: One
    slides:
      - id: de
        layout: content
        title: Die Große Straße
        body: Über die STRASSE gehen.
        notes: n
      - id: fr
        layout: content
        title: L'École ouverte
        body: Une idée élégante.
        notes: n
      - id: ar
        layout: content
        title: الذكاء الاصطناعي
        body: النماذج المفتوحة والمغلقة
        notes: n
"""


@pytest.mark.parametrize(
    ("query", "slide", "marked"),
    [
        ("straße", "de", {"Straße", "STRASSE"}),
        ("STRASSE", "de", {"Straße", "STRASSE"}),
        ("große", "de", {"Große"}),
        ("école", "fr", {"École"}),
        ("ÉLÉGANTE", "fr", {"élégante"}),
        ("المفتوحة", "ar", {"المفتوحة"}),
        ("الذكاء", "ar", {"الذكاء"}),
    ],
)
def test_words_in_other_languages_are_found_and_highlighted_exactly(
    make_deck: Callable[..., Path], query: str, slide: str, marked: set[str]
) -> None:
    deck = load_deck(make_deck(DECK))
    results = [r for r in SearchIndex(deck).search(query) if r.kind == "slide"]
    assert [deck.slides[int(r.target)].id for r in results] == [slide]
    (result,) = results
    assert {result.snippet[s:e] for s, e in result.matches} == marked
