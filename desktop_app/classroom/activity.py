"""What a class session can ask the room, built from the deck (no Qt).

A `Question` carries the deck's own words (the motion, a dimension, a quiz
prompt, a discussion prompt) and option ids; the phones' page and the
projector put the words around them in the deck's language (the page's from
`pages`, the projector's from `render/class_room.py`, both Qt catalogues).
`StudentView` is the whole of what a phone may know at any moment: the
current question, whether it is open, and a quiz's answer only once the
teacher revealed it. Notes, other questions and anybody's answers are
never in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.classroom.pages import N
from desktop_app.model.deck import Deck, Slide

MOTION_BEFORE = "motion:before"
MOTION_AFTER = "motion:after"
#: The three answers to the motion, Oxford style.
VOTES = ("for", "against", "undecided")
#: Longest free-text answer, in characters.
MAX_TEXT = 280


@dataclass(frozen=True)
class Option:
    id: str
    label: str


@dataclass(frozen=True)
class Question:
    """One question to the room; `kind` is motion, row, quiz or discussion."""

    key: str
    kind: str
    prompt: str
    options: tuple[Option, ...] = ()
    #: The right option of a quiz question; sent to phones only once revealed.
    correct: str | None = None

    @property
    def free_text(self) -> bool:
        return self.kind == "discussion"

    def accepts(self, value: str) -> str | None:
        """The answer as stored, or None if it is no answer to this question."""
        if self.free_text:
            text = " ".join(value.split())
            return text if 0 < len(text) <= MAX_TEXT else None
        return value if any(o.id == value for o in self.options) else None


@dataclass(frozen=True)
class StudentView:
    """An immutable snapshot of what phones see; published on every change."""

    language: str
    question: Question | None = None
    open: bool = False
    revealed: bool = False

    def payload(self) -> dict[str, Any]:
        q = self.question
        shown: dict[str, Any] | None = None
        if q is not None:
            shown = {
                "key": q.key,
                "kind": q.kind,
                "prompt": q.prompt,
                "options": [{"id": o.id, "label": o.label} for o in q.options],
                "maxLength": MAX_TEXT,
            }
            if self.revealed and q.correct is not None:
                shown["correct"] = q.correct
        # The language is not sent: the page is written in it (`pages.render_page`).
        return {"question": shown, "open": self.open}


@dataclass(frozen=True)
class RoomView:
    """Everything the projector may show of the session: counts and approved answers only."""

    url: str
    code: str
    joined: int = 0
    #: "join" (QR code and URL) or "results" (the current question's chart).
    screen: str = "join"
    question: Question | None = None
    open: bool = False
    revealed: bool = False
    tally: dict[str, int] = field(default_factory=dict)
    #: Opening and closing motion votes, for the swing.
    before: dict[str, int] = field(default_factory=dict)
    after: dict[str, int] = field(default_factory=dict)
    approved: tuple[str, ...] = ()
    #: The deck's language: the room's picture speaks it, as exports do.
    language: str = "en"


def motion_question(deck: Deck, phase: str) -> Question | None:
    """The opening ("before") or closing ("after") vote on the deck's motion."""
    motion = deck.debate.motion if deck.debate is not None else None
    if motion is None:
        return None
    key = MOTION_BEFORE if phase == "before" else MOTION_AFTER
    # The stored labels, English; the CSV, the pages and the pictures show them translated.
    labels = {
        "for": N("ClassRoom", "For"),
        "against": N("ClassRoom", "Against"),
        "undecided": N("ClassRoom", "Undecided"),
    }
    return Question(key, "motion", motion.text, tuple(Option(v, labels[v]) for v in VOTES))


def row_question(deck: Deck, dimension: str) -> Question | None:
    """'Which argument convinces you more?' on one comparison row: one option per side."""
    debate = deck.debate
    if debate is None:
        return None
    row = next((d for d in debate.dimensions if d.id == dimension), None)
    if row is None:
        return None
    options = []
    for position in debate.positions:
        arguments = debate.row(dimension, position.id)
        if arguments:
            titles = "; ".join(a.title for a in arguments)
            options.append(Option(position.id, f"{position.label}: {titles}"))
    if len(options) < 2:
        return None
    return Question(f"row:{dimension}", "row", row.title, tuple(options))


def quiz_question(deck: Deck, question_id: str) -> Question | None:
    question = deck.question(question_id)
    if question is None or not question.choices:
        return None
    options = tuple(Option(str(i), text) for i, text in enumerate(question.choices))
    correct = str(question.answer) if 0 <= question.answer < len(options) else None
    return Question(f"quiz:{question.id}", "quiz", question.prompt, options, correct)


def discussion_question(slide: Slide) -> Question:
    prompt = slide.prompts[0] if slide.prompts else slide.title
    return Question(f"discussion:{slide.id}", "discussion", prompt)


def question_by_key(deck: Deck, key: str) -> Question | None:
    """The question a stored key names, rebuilt from the deck (None if the deck lost it)."""
    kind, _, name = key.partition(":")
    if kind == "motion":
        return motion_question(deck, name)
    if kind == "row":
        return row_question(deck, name)
    if kind == "quiz":
        return quiz_question(deck, name)
    if kind == "discussion":
        index = deck.slide_index(name) if name else -1
        return discussion_question(deck.slides[index]) if index >= 0 else None
    return None


def questions_for(deck: Deck, slide: Slide | None) -> list[Question]:
    """What the console offers to ask on this slide, the motion votes always first."""
    found = [q for q in (motion_question(deck, p) for p in ("before", "after")) if q is not None]
    if slide is None:
        return found
    if slide.layout == "quiz" and slide.quiz:
        found += [q for q in (quiz_question(deck, slide.quiz),) if q is not None]
    elif slide.layout == "question":
        found.append(discussion_question(slide))
    elif slide.layout == "comparison":
        dimensions = slide.dimensions or tuple(
            d.id for d in (deck.debate.dimensions if deck.debate else ())
        )
        found += [q for q in (row_question(deck, d) for d in dimensions) if q is not None]
    return found


def swing(before: dict[str, int], after: dict[str, int]) -> dict[str, float]:
    """Change of each vote's share, in percentage points, from the opening to the closing vote.

    Oxford style: the side whose share grew most wins the debate.
    """

    def shares(counts: dict[str, int]) -> dict[str, float]:
        total = sum(counts.get(v, 0) for v in VOTES)
        return {v: (100.0 * counts.get(v, 0) / total if total else 0.0) for v in VOTES}

    b, a = shares(before), shares(after)
    return {v: a[v] - b[v] for v in VOTES}
