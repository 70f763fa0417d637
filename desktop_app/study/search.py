"""Full-text search over a deck: slides (with notes), debate arguments and the glossary.

A deck has tens of slides, so a plain scan of pre-flattened text answers
instantly and stays easy to reason about. Every word of the query must occur
(AND), ignoring case; each result carries a snippet and the offsets of the
matches inside it so the view can highlight them.

Matching happens on case-folded text, which can be longer than the original
("ß" folds to "ss", "ﬁ" to "fi"), so every folded character remembers the
original character it came from and offsets are mapped back before anyone
sees them.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from desktop_app.model.deck import Deck
from desktop_app.study.content import slide_markdown, slide_title
from desktop_app.study.words import ENGLISH, StudyWords
from desktop_app.text.markdown import parts, plain

SNIPPET_RADIUS = 60
#: One step of building the index: this much of a text is converted and folded at a
#: time, about 10 ms of work on a busy 2-core machine.
STEP_LINES = 40
STEP_CHARS = 4_000


@dataclass(frozen=True)
class Result:
    """One hit. `target` is the slide index (kind "slide") or the argument/term id."""

    kind: str  # "slide", "argument" or "term"
    target: int | str
    title: str
    snippet: str
    matches: tuple[tuple[int, int], ...]  # (start, end) offsets in `snippet`


@dataclass(frozen=True)
class Folded:
    """`text` case-folded; `origin[i]` is the index in `text` of folded character i."""

    text: str
    folded: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A [start, end) range of the folded text as a range of the original text."""
        return self.origin[start], self.origin[end - 1] + 1


def fold(text: str) -> Folded:
    pieces: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        folded = char.casefold()
        pieces.append(folded)
        origin.extend([i] * len(folded))
    return Folded(text, "".join(pieces), tuple(origin))


@dataclass(frozen=True)
class _Doc:
    kind: str
    target: int | str
    title: str
    text: Folded


def words(query: str) -> list[str]:
    """The query's words, casefolded, without repeats."""
    return list(dict.fromkeys(w.casefold() for w in query.split()))


def spans(text: str, query_words: list[str]) -> list[tuple[int, int]]:
    """Where each query word occurs in `text` (offsets into `text` itself), sorted,
    overlaps merged (for highlighting)."""
    folded = fold(text)
    found: list[tuple[int, int]] = []
    for word in query_words:
        found.extend(
            folded.span(m.start(), m.end()) for m in re.finditer(re.escape(word), folded.folded)
        )
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class SearchIndex:
    """The deck's words, flattened and folded once, then scanned per query.

    Building it converts every text's Markdown, which takes seconds for a slide
    of 10,000 list items, so it is built in steps of a small part of a text
    (STEP_LINES, STEP_CHARS): a window calls `build` with a time slice per
    event-loop turn and keeps answering. `search` finishes what is left.
    """

    def __init__(
        self,
        deck: Deck,
        student_notes: Mapping[str, str] | None = None,
        words: StudyWords = ENGLISH,
    ) -> None:
        """`student_notes` (slide id → text) makes the student's own notes searchable too;
        `words` are study mode's own, as the reading page shows them."""
        self._docs: list[_Doc] = []
        self._steps: Iterator[None] | None = _doc_steps(
            deck, student_notes or {}, words, self._docs
        )

    @property
    def complete(self) -> bool:
        return self._steps is None

    def build(self, seconds: float = math.inf) -> bool:
        """Index for about `seconds` at most (a step may overrun it); True once complete."""
        if self._steps is not None:
            deadline = time.monotonic() + seconds
            for _ in self._steps:
                if time.monotonic() >= deadline:
                    return False
            self._steps = None
        return True

    def search(self, query: str, limit: int = 100) -> list[Result]:
        self.build()
        wanted = words(query)
        if not wanted:
            return []
        results: list[Result] = []
        for doc in self._docs:
            if all(w in doc.text.folded for w in wanted):
                results.append(_result(doc, wanted))
                if len(results) >= limit:
                    break
        return results


def _doc_steps(
    deck: Deck, own: Mapping[str, str], study_words: StudyWords, docs: list[_Doc]
) -> Iterator[None]:
    """Append the deck's documents to `docs`, pausing after each part of a text."""
    for i, slide in enumerate(deck.slides):
        text = _Folding(slide.title)
        for markdown in (slide_markdown(deck, slide, study_words), slide.notes):
            yield from text.add_markdown(markdown)
        text.add(own.get(slide.id, ""))
        docs.append(_Doc("slide", i, slide_title(deck, slide, study_words), text.done()))
    if deck.debate is not None:
        for arg in deck.debate.arguments:
            text = _Folding(arg.title)
            for markdown in (arg.summary, arg.detail, *arg.examples):
                yield from text.add_markdown(markdown)
            docs.append(_Doc("argument", arg.id, arg.title, text.done()))
    for term in deck.glossary:
        text = _Folding(" ".join((term.term, *term.aliases)))
        yield from text.add_markdown(term.definition)
        docs.append(_Doc("term", term.id, term.term, text.done()))


class _Folding:
    """One document's words, joined by spaces and folded a part at a time."""

    def __init__(self, first: str) -> None:
        self._text: list[str] = []
        self._folded: list[str] = []
        self._origin: list[int] = []
        self._length = 0
        self.add(first)

    def add(self, words: str) -> None:
        if not words:
            return
        if self._length:
            words = " " + words
        part = fold(words)
        self._text.append(words)
        self._folded.append(part.folded)
        self._origin.extend(i + self._length for i in part.origin)
        self._length += len(words)

    def add_markdown(self, markdown: str) -> Iterator[None]:
        """Add the words of `markdown`, a small part per step."""
        for part in parts(markdown, STEP_LINES, STEP_CHARS):
            self.add(plain(part))
            yield

    def done(self) -> Folded:
        return Folded("".join(self._text), "".join(self._folded), tuple(self._origin))


def _result(doc: _Doc, wanted: list[str]) -> Result:
    first = min(doc.text.origin[doc.text.folded.find(w)] for w in wanted)
    start = max(0, first - SNIPPET_RADIUS)
    if start:
        space = doc.text.text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    text = doc.text.text
    end = min(len(text), first + 2 * SNIPPET_RADIUS)
    if end < len(text):
        space = text.rfind(" ", first, end)
        end = space if space > first else end
    body = text[start:end]
    prefix = "…" if start else ""
    snippet = prefix + body + ("…" if end < len(text) else "")
    offset = len(prefix)
    matches = tuple((s + offset, e + offset) for s, e in spans(body, wanted))
    return Result(doc.kind, doc.target, doc.title, snippet, matches)
