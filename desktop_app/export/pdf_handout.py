"""The handout: three slides a page with lines to write on, then answers and the glossary.

Modelled on the familiar three-slide handout: students annotate beside each
slide. Quiz slides appear unanswered; the answers follow on their own page
so a reader can try first. A recorded class poll and the class session's
results (`--results`) come right after the slides.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from desktop_app.export.document import (
    PagePainter,
    PaperFrame,
    PdfPlan,
    PlannedPage,
    body_rect,
    paint_frame,
    paper_frame,
    paper_size,
    print_theme,
    pt,
)
from desktop_app.export.flow import flow_pages
from desktop_app.export.pages import Shot, groups
from desktop_app.export.pdf_poll import paper_poll_page
from desktop_app.export.shots import ShotPainter
from desktop_app.i18n import DeckWords
from desktop_app.model.deck import Deck, QuizQuestion
from desktop_app.poll.tally import Tally
from desktop_app.render.layouts.teaching import LETTERS

PER_PAGE = 3
LINE_GAP_PT = 22


def plan_handout(
    deck: Deck,
    shots: list[Shot],
    painter: ShotPainter,
    paper: str,
    questions: list[QuizQuestion],
    poll: Tally | None = None,
    results: Sequence[PlannedPage] = (),
) -> PdfPlan:
    plan = PdfPlan(paper_size(paper), deck_folder=str(deck.root.resolve()))
    frame = paper_frame(deck)  # the handout speaks the deck's language
    for group in groups(shots, PER_PAGE):
        plan.pages.append(PlannedPage(_slides_page(painter, group, frame), tuple(group)))
    if poll is not None:
        plan.pages.append(paper_poll_page(poll, deck.debate, frame))
    plan.pages.extend(results)
    body = body_rect(plan.rect)
    words = frame.words
    if questions:
        answers = answers_markdown(questions, words)
        flow_pages(plan, words.translate("Export", "Answers"), answers, body, frame)
    if deck.glossary:
        plan.glossary_page = len(plan.pages)
        glossary = glossary_markdown(deck, words)
        flow_pages(plan, words.translate("Export", "Glossary"), glossary, body, frame)
    return plan


def _slides_page(shots: ShotPainter, group: list[Shot], frame: PaperFrame) -> PagePainter:
    def paint(painter: QPainter, page: QRectF, number: int, total: int) -> None:
        body = paint_frame(painter, page, frame, number, total)
        row = body.height() / PER_PAGE
        width = min(body.width() * 0.5, (row - pt(18)) * 16 / 9)
        height = width * 9 / 16
        line = QColor(print_theme().color("muted"))
        line.setAlpha(110)
        for k, shot in enumerate(group):
            top = body.top() + k * row + (row - height) / 2
            picture = QRectF(body.left(), top, width, height)
            shots.paint(painter, picture, shot)
            painter.setPen(QPen(QColor(print_theme().color("muted")), pt(0.5)))
            painter.setBrush(QColor(0, 0, 0, 0))
            painter.drawRect(picture)
            painter.setPen(QPen(line, pt(0.5)))
            left, right = picture.right() + pt(18), body.right()
            y = top + pt(LINE_GAP_PT)
            while y <= picture.bottom() + 0.5:
                painter.drawLine(QPointF(left, y), QPointF(right, y))
                y += pt(LINE_GAP_PT)

    return paint


def answers_markdown(questions: list[QuizQuestion], words: DeckWords) -> str:
    answer = words.translate("Export", "Answer:")
    model = words.translate("Export", "Model answer:")
    why = words.translate("Export", "Why:")
    parts: list[str] = []
    for n, q in enumerate(questions, 1):
        lines = [f"**{n}. {q.prompt}**", ""]
        if q.is_choice and 0 <= q.answer < len(q.choices):
            lines.append(f"{answer} **{LETTERS[q.answer % len(LETTERS)]}. {q.choices[q.answer]}**")
        elif q.model_answer:
            lines.append(f"{model} {q.model_answer}")
        if q.explanation:
            lines += ["", f"*{why}* {q.explanation}"]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def glossary_markdown(deck: Deck, words: DeckWords) -> str:
    also = words.translate("Export", "(also: %1)")
    entries = []
    for term in sorted(deck.glossary, key=lambda t: t.term.lower()):
        aliases = " " + also.replace("%1", ", ".join(term.aliases)) if term.aliases else ""
        entries.append(f"**{term.term}**{aliases} — {term.definition}")
    return "\n\n".join(entries)
