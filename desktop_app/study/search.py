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

import re
from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.model.deck import Deck
from desktop_app.study.content import slide_markdown, slide_title
from desktop_app.study.words import ENGLISH, StudyWords
from desktop_app.text.markdown import plain

SNIPPET_RADIUS = 60


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
    def __init__(
        self,
        deck: Deck,
        student_notes: Mapping[str, str] | None = None,
        words: StudyWords = ENGLISH,
    ) -> None:
        """`student_notes` (slide id → text) makes the student's own notes searchable too;
        `words` are study mode's own, as the reading page shows them."""
        docs: list[_Doc] = []
        own = student_notes or {}
        for i, slide in enumerate(deck.slides):
            text = " ".join(
                p
                for p in (
                    slide.title,
                    plain(slide_markdown(deck, slide, words)),
                    plain(slide.notes),
                    own.get(slide.id, ""),
                )
                if p
            )
            docs.append(_Doc("slide", i, slide_title(deck, slide, words), fold(text)))
        if deck.debate is not None:
            for arg in deck.debate.arguments:
                text = " ".join(
                    (
                        arg.title,
                        plain(arg.summary),
                        plain(arg.detail),
                        *(plain(e) for e in arg.examples),
                    )
                )
                docs.append(_Doc("argument", arg.id, arg.title, fold(text)))
        for term in deck.glossary:
            text = " ".join((term.term, *term.aliases, plain(term.definition)))
            docs.append(_Doc("term", term.id, term.term, fold(text)))
        self._docs = tuple(docs)

    def search(self, query: str, limit: int = 100) -> list[Result]:
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
