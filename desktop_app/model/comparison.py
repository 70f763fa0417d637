"""The comparison grid as data: which rows it has, in which order, and which cards each holds.

This is the one definition of a comparison's rows. The loader counts a
comparison slide's build steps from it, the renderer draws one row per step
from it, and the interactive comparison state reveals, focuses and moves
through it, so a build step always reveals exactly one row that is drawn.
An argument of the two sides that sits on no dimension is in no row: it is
drawn nowhere, so it adds no step.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.model.debate import Argument, Debate
from desktop_app.model.deck import Deck, Slide

#: The position whose arguments without a dimension form the middle-ground row.
HYBRID = "hybrid"


@dataclass(frozen=True)
class ComparisonFocus:
    """How the comparison is being presented: a focused row, a selected card, filters."""

    dimension: str = ""
    selected: str = ""
    highlighted: frozenset[str] = frozenset()
    sides: frozenset[str] = frozenset()
    query: str = ""


@dataclass(frozen=True)
class Row:
    """One revealable row: a dimension (or the hybrid row) and its cards in reading order.

    `lines` holds the visual lines of the row, each a tuple of columns; a cell
    of a side with several arguments stacks them, so it spans several lines.
    """

    id: str
    title: str
    lines: tuple[tuple[Argument | None, ...], ...]

    @property
    def cards(self) -> tuple[Argument, ...]:
        return tuple(a for line in self.lines for a in line if a is not None)

    @property
    def hybrid(self) -> bool:
        return self.id == HYBRID


def sides(debate: Debate) -> tuple[str, ...]:
    """The two facing sides (columns of the grid), in the debate's order."""
    return tuple(p.id for p in debate.positions if p.id != HYBRID)[:2]


def comparison_rows(debate: Debate, dimensions: tuple[str, ...] = ()) -> tuple[Row, ...]:
    """The rows in the order a comparison reveals them: the dimensions shown, then hybrid.

    `dimensions` names the dimensions a slide shows (all of them when empty);
    they keep the debate's order. The hybrid row exists only when the middle
    ground has arguments of its own.
    """
    columns = sides(debate)
    rows: list[Row] = []
    for dim in debate.dimensions:
        if dimensions and dim.id not in dimensions:
            continue
        cells = [debate.row(dim.id, side) for side in columns]
        depth = max((len(c) for c in cells), default=0)
        lines = tuple(tuple(c[k] if k < len(c) else None for c in cells) for k in range(depth))
        rows.append(Row(dim.id, dim.title, lines))
    hybrid = debate.unpaired(HYBRID)
    if hybrid:
        pos = debate.position(HYBRID)
        rows.append(Row(HYBRID, pos.label if pos else "Middle ground", (hybrid,)))
    return tuple(rows)


def matches(arg: Argument, focus: ComparisonFocus) -> bool:
    """Whether a card passes the side filter and the search words."""
    if focus.sides and arg.side not in focus.sides:
        return False
    if focus.query:
        words = f"{arg.title} {arg.summary} {arg.detail} {' '.join(arg.examples)}".lower()
        return all(w in words for w in focus.query.lower().split())
    return True


def comparison_slide(deck: Deck) -> Slide | None:
    """The deck's first comparison slide: its rows are the ones the comparison view shows."""
    return next((s for s in deck.slides if s.layout == "comparison"), None)


def shown_dimensions(deck: Deck) -> tuple[str, ...]:
    """The dimensions the interactive comparison shows: its slide's, else all."""
    slide = comparison_slide(deck)
    return slide.dimensions if slide is not None else ()
