"""The comparison's rules without widgets: reveal, focus, filters, keyboard order, Esc."""

from __future__ import annotations

import pytest

from desktop_app.model.comparison import comparison_rows
from desktop_app.model.deck import Deck
from desktop_app.state.comparison import ComparisonState
from desktop_app.views.comparison.source import comparison_deck


@pytest.fixture
def model(deck: Deck) -> ComparisonState:
    assert deck.debate is not None
    return ComparisonState(deck.debate, revealed=0)


def test_rows_follow_the_debate_with_hybrid_last(deck: Deck) -> None:
    assert deck.debate is not None
    rows = comparison_rows(deck.debate)
    assert [r.id for r in rows] == [
        "access-vs-viability",
        "scrutiny-vs-safety",
        "customization-vs-accountability",
        "hybrid",
    ]
    assert [a.side for a in rows[0].cards] == ["open", "closed"]


def test_reveal_one_row_at_a_time_and_back(model: ComparisonState) -> None:
    calls: list[int] = []
    model.changed.connect(lambda: calls.append(model.revealed))
    model.reveal_next()
    model.reveal_next()
    assert [a.id for a in model.visible_cards()] == [
        "open-democratization",
        "closed-commercial",
        "open-transparency",
        "closed-safety",
    ]
    model.hide_last()
    assert model.revealed == 1
    model.reveal_all()
    assert model.revealed == model.steps == 4
    model.reveal_next()
    assert calls == [1, 2, 1, 4]


def test_hiding_a_row_drops_its_selection(model: ComparisonState) -> None:
    model.reveal_all()
    model.select("hybrid-smaller-models", True)
    model.hide_last()
    assert model.selected == "" and not model.detail_open


def test_focus_dims_other_rows_and_reveals_the_focused_one(model: ComparisonState) -> None:
    model.focus_number(3)
    assert model.focus().dimension == "customization-vs-accountability"
    assert model.revealed == 3
    model.focus_number(0)
    assert model.focus().dimension == ""
    model.focus_number(9)
    assert model.focus().dimension == ""


def test_f_focuses_the_selected_cards_row(model: ComparisonState) -> None:
    model.reveal_all()
    model.select("closed-safety")
    model.toggle_focus()
    assert model.focus_row == "scrutiny-vs-safety"
    model.toggle_focus()
    assert model.focus_row == ""


def test_selection_highlights_linked_arguments(model: ComparisonState) -> None:
    model.select("open-democratization")
    focus = model.focus()
    assert focus.selected == "open-democratization"
    assert {"closed-commercial", "hybrid-use-restrictions", "hybrid-smaller-models"} <= set(
        focus.highlighted
    )
    assert model.revealed >= 1


def test_side_filter_and_search_narrow_the_cards(model: ComparisonState) -> None:
    model.reveal_all()
    model.set_sides(frozenset({"closed"}))
    assert {a.side for a in model.visible_cards()} == {"closed"}
    model.set_sides(frozenset({"open", "closed", "hybrid"}))
    assert model.sides == frozenset()
    model.set_query("  Research  ")
    assert model.query == "Research"
    ids = [a.id for a in model.visible_cards()]
    assert "closed-commercial" in ids and "open-democratization" not in ids


def test_filtering_out_the_selected_card_deselects_it(model: ComparisonState) -> None:
    model.reveal_all()
    model.select("open-customization", True)
    model.set_sides(frozenset({"closed"}))
    assert model.selected == ""


def test_arrows_move_through_the_grid_in_reading_order(model: ComparisonState) -> None:
    model.reveal_all()
    model.move(1, 0)
    assert model.selected == "open-democratization"
    model.move(0, 1)
    assert model.selected == "closed-commercial"
    model.move(0, 1)
    assert model.selected == "closed-commercial"
    model.move(1, 0)
    assert model.selected == "closed-safety"
    model.move(1, 0)
    model.move(1, 0)
    assert model.selected == "hybrid-smaller-models"
    model.move(1, 0)
    assert model.selected == "hybrid-smaller-models"
    model.move(0, -1)
    assert model.selected == "hybrid-use-restrictions"


def test_arrows_skip_cards_the_filter_dims(model: ComparisonState) -> None:
    model.reveal_all()
    model.set_sides(frozenset({"closed"}))
    model.move(1, 0)
    assert model.selected == "closed-commercial"
    model.move(1, 0)
    assert model.selected == "closed-safety"
    model.move(0, -1)
    assert model.selected == "closed-safety"


def test_arrows_stay_within_revealed_rows(model: ComparisonState) -> None:
    model.reveal_next()
    model.move(1, 0)
    model.move(1, 0)
    assert model.selected == "open-democratization"


def test_enter_opens_and_esc_unwinds_one_step_at_a_time(model: ComparisonState) -> None:
    model.reveal_all()
    model.focus_number(2)
    model.open_detail()
    assert model.detail_open and model.selected == "open-transparency"
    assert model.escape() and not model.detail_open and model.selected
    assert model.escape() and model.selected == "" and model.focus_row
    assert model.escape() and model.focus_row == ""
    assert model.escape() is False


def test_reload_keeps_what_still_exists(model: ComparisonState, deck: Deck) -> None:
    assert deck.debate is not None
    model.reveal_all()
    model.select("closed-safety", True)
    model.replace_debate(deck.debate)
    assert model.selected == "closed-safety" and model.detail_open


def test_view_source_is_the_decks_comparison_slide_made_buildable(deck: Deck) -> None:
    source = comparison_deck(deck)
    assert source is not None
    slide = source.slides[0]
    assert slide.title == "Open and Closed, Row by Row"
    assert slide.builds and slide.fragments == 4


def test_a_deck_without_a_comparison_slide_gets_one(example_deck: Deck) -> None:
    source = comparison_deck(example_deck)
    if example_deck.debate is None:
        assert source is None
    else:
        assert source is not None and source.slides[0].layout == "comparison"
