"""How many rows a comparison slide reveals: the one build count that needs the debate."""

from __future__ import annotations

from desktop_app.model import comparison
from desktop_app.model.deck import Deck, Slide


def comparison_rows(slide: Slide, deck: Deck) -> int:
    """How many build steps: one per row the renderer draws (`model.comparison`)."""
    if slide.layout != "comparison" or deck.debate is None:
        return 0
    return len(comparison.comparison_rows(deck.debate, slide.dimensions))
