"""The class session's results in an exported PDF: a page per question, as the room saw it.

`agora export --results` appends them after the slides: the motion vote
with its swing, each row vote, each quiz's distribution (revealed) and the
approved free-text answers, drawn by the same `render/class_room.py` as the
projector. Only counts and approved answers exist there to be drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from desktop_app.classroom.activity import (
    MOTION_AFTER,
    MOTION_BEFORE,
    Option,
    Question,
    RoomView,
    question_by_key,
)
from desktop_app.classroom.results import FILE_NAME, last_results
from desktop_app.export.document import PlannedPage
from desktop_app.i18n import DeckWords
from desktop_app.model.deck import Deck
from desktop_app.model.identity import deck_identity
from desktop_app.render.class_room import paint_results
from desktop_app.render.theme import Theme
from desktop_app.user_data import deck_data_dir


def recorded_class_results(deck: Deck) -> list[RoomView]:
    """The deck's latest class session, one finished picture per question asked."""
    asked = last_results(deck_data_dir(deck) / FILE_NAME, deck_identity(deck))
    tallies = {q.key: q.tally for q in asked}
    rooms = []
    for q in asked:
        known = question_by_key(deck, q.key)
        question = known or Question(
            q.key, q.kind, q.prompt, tuple(Option(i, label) for i, label in q.options)
        )
        rooms.append(
            RoomView(
                "",
                "",
                screen="results",
                question=question,
                revealed=True,
                tally=q.tally,
                before=tallies.get(MOTION_BEFORE, {}),
                after=tallies.get(MOTION_AFTER, {}),
                approved=q.approved,
                language=deck.language,
            )
        )
    return rooms


def class_results_heading(words: DeckWords) -> str:
    """The results' bookmark in an export's outline, in the deck's language."""
    return words.translate("Export", "Class results")


def class_results_page(room: RoomView, theme: Theme, words: DeckWords) -> PlannedPage:
    """A 16:9 page in the slides' theme, like one more slide."""

    def paint(painter: QPainter, page: QRectF, number: int, total: int) -> None:
        paint_results(painter, page, theme, room, words)

    return PlannedPage(paint, heading=class_results_heading(words))
