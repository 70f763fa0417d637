"""Which slide pictures an export contains: slide ranges, build steps, handout groups.

Kept free of Qt so the planning rules (what `--slides 3-7,10` means, how
many pages `--builds all` gives, which quiz answers a handout lists) are
tested without painting anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from desktop_app.model.deck import Deck, QuizQuestion

T = TypeVar("T")


@dataclass(frozen=True)
class Shot:
    """One picture of one slide: its index, build step (None = fully built), comparison focus.

    `synthetic` marks the comparison overview drawn for `--comparison-pages`
    when the deck has no comparison slide of its own.
    """

    index: int
    step: int | None = None
    dimension: str = ""
    synthetic: bool = False
    overlay: int = 0


def parse_ranges(text: str, count: int) -> tuple[int, ...]:
    """`"3-7,10"` (1-based, inclusive) → 0-based indices in order, without repeats.

    Raises ValueError with a message a user can act on.
    """
    picked: list[int] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            raise ValueError(f"empty item in slide range {text!r}")
        first, sep, last = part.partition("-")
        try:
            lo = int(first)
            hi = int(last) if sep else lo
        except ValueError:
            raise ValueError(f"{part!r} is not a slide number or range like 3-7") from None
        if lo > hi:
            raise ValueError(f"range {part!r} runs backwards")
        if lo < 1 or hi > count:
            raise ValueError(f"{part!r} is outside the deck's slides 1-{count}")
        picked.extend(range(lo - 1, hi))
    return tuple(dict.fromkeys(picked))


def selected(deck: Deck, indices: tuple[int, ...] | None) -> tuple[int, ...]:
    return tuple(range(len(deck.slides))) if indices is None else indices


def slide_shots(deck: Deck, indices: tuple[int, ...] | None, all_builds: bool) -> list[Shot]:
    """One shot per slide, or one per build step so a PDF can be clicked through like the show."""
    shots: list[Shot] = []
    for i in selected(deck, indices):
        steps = deck.slides[i].steps if all_builds else 1
        if steps == 1:
            shots.append(Shot(i))
        else:
            shots.extend(Shot(i, step, overlay=step) for step in range(steps))
    return shots


def handout_shots(deck: Deck, indices: tuple[int, ...] | None) -> list[Shot]:
    """Fully built slides, except quiz slides: readers should try them before the answers page."""
    return [
        Shot(i, 0 if deck.slides[i].layout == "quiz" else None) for i in selected(deck, indices)
    ]


def comparison_shots(deck: Deck) -> list[Shot]:
    """An overview of the debate, then one page focused on each dimension."""
    if deck.debate is None:
        return []
    index = next((i for i, s in enumerate(deck.slides) if s.layout == "comparison"), -1)
    synthetic = index < 0
    base = Shot(len(deck.slides) if synthetic else index, synthetic=synthetic)
    return [base] + [
        Shot(base.index, dimension=d.id, synthetic=synthetic) for d in deck.debate.dimensions
    ]


def quiz_questions(deck: Deck, indices: tuple[int, ...] | None) -> list[QuizQuestion]:
    """The questions behind the exported quiz slides, in order: the answers page lists them."""
    out: list[QuizQuestion] = []
    for i in selected(deck, indices):
        question = deck.question(deck.slides[i].quiz) if deck.slides[i].layout == "quiz" else None
        if question is not None and question not in out:
            out.append(question)
    return out


def groups(items: list[T], size: int) -> list[list[T]]:
    """`items` in runs of `size`, the last one shorter: what one paper page holds."""
    return [items[k : k + size] for k in range(0, len(items), size)]
