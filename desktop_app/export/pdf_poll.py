"""The class poll page of an exported PDF: the chart the room saw, with its own bookmark.

A deck's poll counts live in the user's data folder, recorded by the poll
panel during the lesson. An export asked for the results (`--results`, or
the dialog's check box) appends them when it finds votes there, so a handout
records how the class moved; an empty or missing poll adds nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from desktop_app.export.document import PaperFrame, PlannedPage, paint_frame, print_theme, pt
from desktop_app.export.options import ExportError
from desktop_app.i18n import DeckWords
from desktop_app.model.debate import Debate
from desktop_app.model.deck import Deck
from desktop_app.poll.tally import PHASES, PollError, Tally, deck_poll_file
from desktop_app.render.poll_chart import paint_poll, poll_heading
from desktop_app.render.theme import Theme
from desktop_app.user_data import data_folder


def recorded_poll(deck: Deck) -> Tally | None:
    """The deck's saved poll when any vote was recorded, else None.

    A damaged poll file stops the export with a message naming it, rather
    than quietly leaving the class's votes out of a handout.
    """
    try:
        tally = Tally.load(deck_poll_file(data_folder(), deck))
    except PollError as exc:
        raise ExportError(f"{exc}; export without --results or fix the file") from None
    return tally if any(tally.total(phase) for phase in PHASES) else None


def slide_poll_page(
    tally: Tally, debate: Debate | None, theme: Theme, words: DeckWords
) -> PlannedPage:
    """A 16:9 page in the slides' theme, like one more slide."""

    def paint(painter: QPainter, page: QRectF, number: int, total: int) -> None:
        paint_poll(painter, page, theme, tally, debate, words)

    return PlannedPage(paint, heading=poll_heading(words))


def paper_poll_page(tally: Tally, debate: Debate | None, frame: PaperFrame) -> PlannedPage:
    """A handout page: the chart framed like the slides above it, in the paper's theme."""

    def paint(painter: QPainter, page: QRectF, number: int, total: int) -> None:
        body = paint_frame(painter, page, frame, number, total)
        chart = QRectF(body.left(), body.top(), body.width(), body.width() * 9 / 16)
        paint_poll(painter, chart, print_theme(), tally, debate, frame.words)
        painter.setPen(QPen(QColor(print_theme().color("muted")), pt(0.5)))
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.drawRect(chart)

    return PlannedPage(paint, heading=poll_heading(frame.words))
