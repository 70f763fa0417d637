"""The class session's results in an exported PDF: a page per question, as the room saw it.

`agora export --results` appends them after the slides (a handout: after its
slide pages, two pictures a page): the motion vote
with its swing, each row vote, each quiz's distribution (revealed) and the
approved free-text answers, drawn by the same `render/class_room.py` as the
projector. Only counts and approved answers exist there to be drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from desktop_app.classroom.activity import (
    MOTION_AFTER,
    MOTION_BEFORE,
    Option,
    Question,
    RoomView,
    question_by_key,
)
from desktop_app.classroom.results import FILE_NAME, last_results
from desktop_app.export.document import (
    PaperFrame,
    PlannedPage,
    paint_frame,
    print_theme,
    pt,
)
from desktop_app.export.pages import groups
from desktop_app.i18n import DeckWords, deck_words
from desktop_app.model.deck import Deck
from desktop_app.model.identity import deck_identity
from desktop_app.render.class_room import paint_results
from desktop_app.render.theme import Theme
from desktop_app.user_data import deck_data_dir

RESULTS_PER_PAGE = 2


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


def class_results_pages(deck: Deck, theme: Theme, frame: PaperFrame | None) -> list[PlannedPage]:
    """The latest session's results: a 16:9 page each, like one more slide, or on paper
    (`frame` given: a handout) two pictures a page, framed like the slides above."""
    rooms = recorded_class_results(deck)
    if frame is None:
        words = deck_words(deck.language)
        return [_slide_page(room, theme, words) for room in rooms]
    return [_paper_page(pair, frame, theme) for pair in groups(rooms, RESULTS_PER_PAGE)]


def _slide_page(room: RoomView, theme: Theme, words: DeckWords) -> PlannedPage:
    def paint(painter: QPainter, page: QRectF, number: int, total: int) -> None:
        paint_results(painter, page, theme, room, words)

    return PlannedPage(paint, heading=class_results_heading(words))


def _paper_page(rooms: list[RoomView], frame: PaperFrame, theme: Theme) -> PlannedPage:
    def paint(painter: QPainter, page: QRectF, number: int, total: int) -> None:
        body = paint_frame(painter, page, frame, number, total)
        height = min(body.width() * 9 / 16, (body.height() - pt(18)) / RESULTS_PER_PAGE)
        for k, room in enumerate(rooms):
            top = body.top() + k * (height + pt(18))
            picture = QRectF(body.left(), top, height * 16 / 9, height)
            paint_results(painter, picture, theme, room, frame.words)
            painter.setPen(QPen(QColor(print_theme().color("muted")), pt(0.5)))
            painter.setBrush(QColor(0, 0, 0, 0))
            painter.drawRect(picture)

    return PlannedPage(paint, heading=class_results_heading(frame.words))
