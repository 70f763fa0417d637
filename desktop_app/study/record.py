"""What a study guide shows of one student's study data, read once as plain values.

The export paints pages long after it was planned, possibly one per event
loop turn; reading the database up front keeps painting free of SQL and lets
study mode hand over exactly what its window shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.model.deck import Deck
from desktop_app.study.progress import progress_rows
from desktop_app.study.store import BOOKMARK, UNDERSTOOD, Answer, StudyStore


@dataclass(frozen=True)
class StudyRecord:
    notes: Mapping[str, str]
    bookmarked: frozenset[str]
    understood: frozenset[str]
    latest: Mapping[str, Answer]
    #: (section, "understood/total", "quiz right/total" or "–") per section.
    progress: tuple[tuple[str, str, str], ...]

    @classmethod
    def of(cls, deck: Deck, store: StudyStore) -> StudyRecord:
        return cls(
            notes=store.notes(),
            bookmarked=frozenset(store.marked(BOOKMARK)),
            understood=frozenset(store.marked(UNDERSTOOD)),
            latest=store.latest_answers(),
            progress=tuple(progress_rows(deck, store)),
        )
