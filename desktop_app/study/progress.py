"""Study progress per section: slides understood and the latest quiz answers."""

from __future__ import annotations

from desktop_app.model.deck import Deck
from desktop_app.study.quiz import section_scores
from desktop_app.study.store import UNDERSTOOD, StudyStore


def progress_rows(deck: Deck, store: StudyStore) -> list[tuple[str, str, str]]:
    """(section, "understood/total", "quiz right/total" or "–") for each section."""
    understood = store.marked(UNDERSTOOD)
    scores = section_scores(deck, store.latest_answers())
    rows = []
    for section in deck.sections:
        done = sum(s.id in understood for s in section.slides)
        right, total = scores.get(section.id, (0, 0))
        rows.append(
            (section.title, f"{done}/{len(section.slides)}", f"{right}/{total}" if total else "–")
        )
    return rows
