"""The debate behind a deck: positions, the arguments for each, and how they pair."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Position:
    """A side of the debate (open, closed, or the hybrid middle ground).

    `marker` is a short symbol shown beside the side's colour so that no
    reader depends on colour alone.
    """

    id: str
    label: str
    stance: str
    who: tuple[str, ...] = ()
    color: str = ""
    marker: str = ""


@dataclass(frozen=True)
class Dimension:
    """What two facing arguments are both about, e.g. transparency vs. safety."""

    id: str
    title: str
    question: str = ""


@dataclass(frozen=True)
class Argument:
    """One argument of one side.

    `pictogram` is an SVG file inside the deck folder, drawn in the side's
    colour wherever the argument appears; `pictogram_alt` describes it for
    readers who cannot see it.
    """

    id: str
    side: str
    title: str
    summary: str
    detail: str = ""
    dimension: str = ""
    examples: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()
    tension: tuple[str, ...] = ()
    pictogram: Path | None = None
    pictogram_alt: str = ""


@dataclass(frozen=True)
class Motion:
    """The question put to the room, and which side a vote for or against supports.

    A class vote on the motion (opening and closing, Oxford style) is counted
    as for / against / undecided; `for_position` and `against_position` name
    the positions those votes back, so results can be shown in the sides'
    colours and the swing read as a swing towards one side.
    """

    text: str
    for_position: str
    against_position: str


@dataclass(frozen=True)
class Debate:
    """Positions in display order; `dimensions` order the comparison rows.

    `motion` is optional: a deck without a class vote has none.
    """

    positions: tuple[Position, ...]
    dimensions: tuple[Dimension, ...]
    arguments: tuple[Argument, ...]
    motion: Motion | None = None
    _by_id: dict[str, Argument] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({a.id: a for a in self.arguments})

    def argument(self, argument_id: str) -> Argument | None:
        return self._by_id.get(argument_id)

    def position(self, side: str) -> Position | None:
        return next((p for p in self.positions if p.id == side), None)

    def row(self, dimension_id: str, side: str) -> tuple[Argument, ...]:
        """The arguments of one side on one dimension: one cell of the comparison grid."""
        return tuple(a for a in self.arguments if a.dimension == dimension_id and a.side == side)

    def unpaired(self, side: str) -> tuple[Argument, ...]:
        """Arguments of a side that sit on no dimension (the hybrid middle ground)."""
        return tuple(a for a in self.arguments if a.side == side and not a.dimension)

    def linked(self, argument_id: str) -> tuple[str, ...]:
        """Ids of every argument this one answers or is in tension with, either direction."""
        me = self.argument(argument_id)
        out: list[str] = []
        if me is not None:
            out.extend(me.answers)
            out.extend(me.tension)
        for other in self.arguments:
            if argument_id in other.answers or argument_id in other.tension:
                out.append(other.id)
        return tuple(dict.fromkeys(i for i in out if i != argument_id))
