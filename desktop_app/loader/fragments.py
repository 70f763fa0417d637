"""How many rows a comparison slide reveals: the one build count that needs the debate."""

from __future__ import annotations

from desktop_app.model.deck import Deck, Slide


def comparison_rows(slide: Slide, deck: Deck) -> int:
    """One step per dimension shown, plus one for the hybrid middle ground if it has arguments."""
    if slide.layout != "comparison" or deck.debate is None:
        return 0
    rows = len(slide.dimensions or deck.debate.dimensions)
    hybrid = any(not a.dimension for a in deck.debate.arguments)
    return rows + int(hybrid)
