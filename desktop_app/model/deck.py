"""A deck: sections of slides, plus the glossary, the quiz and the debate they refer to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from desktop_app.model.debate import Debate

#: Every slide layout the format knows; the renderer draws each one.
LAYOUTS: tuple[str, ...] = (
    "title",
    "section",
    "content",
    "two-columns",
    "quote",
    "image",
    "comparison",
    "question",
    "quiz",
    "argument",
    "spectrum",
    "motion",
)


def _lists_unknown(text: str) -> int:
    """Stands in for the text format's rule on a slide made in code without it: an empty
    text has no list items; any other cannot be counted here, and saying so beats a guess."""
    if text:
        raise ValueError("this slide was made without `count_list_items`; the loader supplies it")
    return 0


@dataclass(frozen=True)
class Slide:
    """One slide as the author wrote it.

    Text fields hold Markdown. `rows` is how many rows a comparison slide
    reveals (set by the loader, which knows the debate). `source`/`line` point
    back at the YAML that defined it, for warnings found later (an
    overflowing slide, say).

    `count_list_items` says how many top-level list items a text has. That is
    the text format's rule (Markdown's, `text.markdown.top_level_items`), which
    the loader hands in, so the model holds the build-step rule without
    knowing Markdown: the count runs on first use, and python-markdown loads
    only when a slide that builds its list is first asked for its steps.
    """

    id: str
    layout: str
    section: str
    title: str = ""
    subtitle: str = ""
    body: str = ""
    left: str = ""
    right: str = ""
    quote: str = ""
    attribution: str = ""
    image: Path | None = None
    alt: str = ""
    caption: str = ""
    prompts: tuple[str, ...] = ()
    quiz: str = ""
    dimensions: tuple[str, ...] = ()
    argument: str = ""
    builds: bool = False
    notes: str = ""
    minutes: float = 0.0
    rows: int = 0
    source: Path = Path()
    line: int = 0
    count_list_items: Callable[[str], int] = field(
        default=_lists_unknown, compare=False, repr=False
    )

    @cached_property
    def fragments(self) -> int:
        """How many build steps follow the first view; the slide shows steps 0..fragments.

        Counted on first use: counting list items parses the text, and the
        first slide should not wait for every slide to be parsed. Quizzes
        always reveal their answer as one step.
        """
        if self.layout == "quiz":
            return 1
        if not self.builds:
            return 0
        if self.layout in ("content", "two-columns"):
            texts = (self.body,) if self.layout == "content" else (self.left, self.right)
            return sum(self.count_list_items(text) for text in texts)
        if self.layout == "question":
            return len(self.prompts)
        if self.layout == "comparison":
            return self.rows
        return 0

    @property
    def steps(self) -> int:
        return self.fragments + 1


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    minutes: float = 0.0
    slides: tuple[Slide, ...] = ()


@dataclass(frozen=True)
class GlossaryTerm:
    id: str
    term: str
    definition: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuizQuestion:
    """A self-check question: `choices` with `answer` as an index, or open with a model answer."""

    id: str
    prompt: str
    section: str = ""
    choices: tuple[str, ...] = ()
    answer: int = -1
    model_answer: str = ""
    explanation: str = ""

    @property
    def is_choice(self) -> bool:
        return bool(self.choices)


@dataclass(frozen=True)
class Deck:
    """A loaded, validated deck. `root` is the deck folder every path is relative to."""

    root: Path
    title: str
    subtitle: str = ""
    authors: tuple[str, ...] = ()
    language: str = "en"
    theme: str = "light"
    colors: dict[str, str] = field(default_factory=dict)
    duration_minutes: float = 0.0
    sections: tuple[Section, ...] = ()
    glossary: tuple[GlossaryTerm, ...] = ()
    quiz: tuple[QuizQuestion, ...] = ()
    debate: Debate | None = None
    #: The author's stable name for the deck (`id:` in deck.yaml); "" when not given.
    #: Per-user data is keyed by it, see `model.identity`.
    id: str = ""
    slides: tuple[Slide, ...] = field(init=False)

    def __post_init__(self) -> None:
        flat = tuple(s for sec in self.sections for s in sec.slides)
        object.__setattr__(self, "slides", flat)

    def __hash__(self) -> int:
        return id(self)

    @property
    def source(self) -> Path:
        return self.root / "deck.yaml"

    # Lookups by id are asked once per slide painted or exported; built on first
    # use, they keep a 2,000-slide export from scanning the deck for every page.
    # The first of any duplicate id wins, as a scan would find it.

    @cached_property
    def _sections_by_id(self) -> dict[str, Section]:
        return _first_by_id(self.sections)

    @cached_property
    def _slide_indices(self) -> dict[str, int]:
        indices: dict[str, int] = {}
        for i, slide in enumerate(self.slides):
            indices.setdefault(slide.id, i)
        return indices

    @cached_property
    def _terms_by_id(self) -> dict[str, GlossaryTerm]:
        return _first_by_id(self.glossary)

    @cached_property
    def _questions_by_id(self) -> dict[str, QuizQuestion]:
        return _first_by_id(self.quiz)

    def section_of(self, slide: Slide) -> Section | None:
        return self._sections_by_id.get(slide.section)

    def slide_index(self, slide_id: str) -> int:
        """Index of a slide by id, or -1: slides are addressed by id across reloads."""
        return self._slide_indices.get(slide_id, -1)

    def term(self, term_id: str) -> GlossaryTerm | None:
        return self._terms_by_id.get(term_id)

    def question(self, question_id: str) -> QuizQuestion | None:
        return self._questions_by_id.get(question_id)

    def next_position(self, index: int, step: int) -> tuple[int, int] | None:
        """The build step or slide after (index, step); None at the end.

        The one rule for "what comes next": the state moves by it, the console
        previews it and the slide views paint it ahead of time.
        """
        if not 0 <= index < len(self.slides):
            return None
        if step < self.slides[index].fragments:
            return index, step + 1
        return (index + 1, 0) if index + 1 < len(self.slides) else None

    def previous_position(self, index: int, step: int) -> tuple[int, int] | None:
        """Back one build step; from a slide's first step, the previous slide fully built."""
        if step > 0:
            return index, step - 1
        if 0 < index <= len(self.slides):
            return index - 1, self.slides[index - 1].fragments
        return None

    def planned_minutes(self, slide_index: int) -> float:
        """Minutes planned up to the end of a slide, for the presenter's pace cue.

        A slide's own `minutes` wins; otherwise its section's minutes are
        shared evenly among the section's slides; otherwise the deck's
        duration is shared evenly among all slides.
        """
        total = 0.0
        n = len(self.slides) or 1
        for slide in self.slides[: slide_index + 1]:
            if slide.minutes:
                total += slide.minutes
                continue
            section = self.section_of(slide)
            if section is not None and section.minutes:
                total += section.minutes / max(1, len(section.slides))
            elif self.duration_minutes:
                total += self.duration_minutes / n
        return total


_Identified = TypeVar("_Identified", Section, GlossaryTerm, QuizQuestion)


def _first_by_id(items: tuple[_Identified, ...]) -> dict[str, _Identified]:
    found: dict[str, _Identified] = {}
    for item in items:
        found.setdefault(item.id, item)
    return found
