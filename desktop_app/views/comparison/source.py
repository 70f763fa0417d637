"""The slide the comparison view paints: the deck's own comparison slide, always buildable.

The view draws through the shared renderer so it looks exactly like the
slide and the PDF page. It uses the deck's first comparison slide (its title
and rows) when there is one and makes one otherwise; either way the slide
gets one build step per row, so rows can be revealed even when the author
turned builds off for the slide itself.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.model.comparison import comparison_rows, comparison_slide
from desktop_app.model.deck import Deck, Section, Slide
from desktop_app.render.layouts.comparison import comparison_title

SYNTHETIC_ID = "__comparison-view"


def comparison_deck(deck: Deck) -> Deck | None:
    """A one-slide deck holding the comparison to paint, or None when there is no debate."""
    if deck.debate is None:
        return None
    own = comparison_slide(deck)
    base = own or Slide(
        id=SYNTHETIC_ID, layout="comparison", section=SYNTHETIC_ID, title=comparison_title(deck)
    )
    steps = len(comparison_rows(deck.debate, base.dimensions))
    slide = replace(base, builds=True, rows=steps, section=SYNTHETIC_ID)
    section = Section(id=SYNTHETIC_ID, title=slide.title, slides=(slide,))
    return replace(deck, sections=(section,))
