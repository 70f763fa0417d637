"""Every theme keeps its text readable: WCAG AA (4.5:1) at least, 7:1 for high contrast."""

from __future__ import annotations

import pytest

from desktop_app.model.deck import Deck
from desktop_app.render.theme import TEXT_PAIRS, THEME_NAMES, contrast, deck_theme, load_theme


@pytest.mark.parametrize("name", THEME_NAMES)
def test_every_text_pair_reaches_the_theme_minimum(name: str) -> None:
    theme = load_theme(name)
    assert theme.min_contrast >= 4.5
    low = {
        f"{fg} on {bg}": round(contrast(theme.color(fg), theme.color(bg)), 2)
        for fg, bg in TEXT_PAIRS
        if contrast(theme.color(fg), theme.color(bg)) < theme.min_contrast
    }
    assert not low, f"{name}: pairs below {theme.min_contrast}:1: {low}"


def test_high_contrast_theme_is_aaa() -> None:
    assert load_theme("high-contrast").min_contrast >= 7


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", THEME_NAMES)
def test_deck_colours_never_lower_contrast(deck: Deck, name: str) -> None:
    assert deck.debate is not None
    base = load_theme(name)
    theme = deck_theme(base, {}, {p.id: p.color for p in deck.debate.positions})
    for side in ("open", "closed", "hybrid"):
        assert contrast(theme.color(side), theme.color("background")) >= base.min_contrast


def test_unreadable_side_colour_is_ignored() -> None:
    base = load_theme("light")
    theme = deck_theme(base, {}, {"open": "#ffff00"})
    assert theme.color("open") == base.color("open")


def test_deck_override_wins() -> None:
    theme = deck_theme(load_theme("light"), {"accent": "#123456"}, {})
    assert theme.color("accent") == "#123456"
