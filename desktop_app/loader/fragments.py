"""How many build steps each slide has: what next/previous walk through before the slide."""

from __future__ import annotations

from desktop_app.model.deck import Deck, Slide
from desktop_app.text.markdown import top_level_items


def build_steps(slide: Slide, deck: Deck) -> int:
    """Build steps after the first view; quizzes always reveal their answer."""
    if slide.layout == "quiz":
        return 1
    if not slide.builds:
        return 0
    if slide.layout == "content":
        return top_level_items(slide.body)
    if slide.layout == "two-columns":
        return top_level_items(slide.left) + top_level_items(slide.right)
    if slide.layout == "question":
        return len(slide.prompts)
    if slide.layout == "comparison" and deck.debate is not None:
        rows = len(slide.dimensions or deck.debate.dimensions)
        hybrid = any(not a.dimension for a in deck.debate.arguments)
        return rows + int(hybrid)
    return 0
