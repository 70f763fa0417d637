"""The bundled debate is complete: every link resolves and every argument has its counterpart."""

from __future__ import annotations

from desktop_app.model.deck import Deck


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
