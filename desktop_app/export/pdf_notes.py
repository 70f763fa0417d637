"""Speaker notes pages: the slide on top, its notes below, continued overleaf when long."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen, QTextDocument

from desktop_app.export.document import (
    PagePainter,
    PdfPlan,
    PlannedPage,
    body_rect,
    deck_heading,
    paint_frame,
    paper_font,
    paper_size,
    print_theme,
    pt,
)
from desktop_app.export.flow import draw_slice, paper_document, slices
from desktop_app.export.pages import Shot
from desktop_app.export.shots import ShotPainter
from desktop_app.model.deck import Deck

NO_NOTES = "*No speaker notes for this slide.*"
CAPTION_PT = 22


def plan_notes(deck: Deck, shots: list[Shot], painter: ShotPainter, paper: str) -> PdfPlan:
    plan = PdfPlan(paper_size(paper))
    title = deck_heading(deck)
    body = body_rect(plan.rect)
    slide_h = body.width() * 9 / 16
    first = body.height() - slide_h - pt(CAPTION_PT + 12)
    for shot in shots:
        slide = painter.slide(shot)
        notes = slide.notes.strip() if slide else ""
        doc = paper_document(notes or NO_NOTES, body.width(), 12)
        caption = _caption(deck, painter, shot)
        parts = slices(doc, first, body.height() - pt(CAPTION_PT))
        for k, part in enumerate(parts):
            paint = _page(painter, shot, doc, part, title, caption, continued=k > 0)
            plan.pages.append(
                PlannedPage(paint, (shot,) if k == 0 else (), note=notes if k == 0 else "")
            )
    return plan


def _caption(deck: Deck, painter: ShotPainter, shot: Shot) -> str:
    name = painter.title(shot)
    if painter.slide(shot) is None:
        return name
    return f"Slide {shot.index + 1} of {len(deck.slides)} · {name}"


def _page(
    shots: ShotPainter,
    shot: Shot,
    doc: QTextDocument,
    part: tuple[float, float],
    title: str,
    caption: str,
    continued: bool,
) -> PagePainter:
    def paint(painter: QPainter, page: QRectF, number: int, total: int) -> None:
        body = paint_frame(painter, page, title, number, total)
        top = body.top()
        if not continued:
            frame = QRectF(body.left(), top, body.width(), body.width() * 9 / 16)
            shots.paint(painter, frame, shot)
            painter.setPen(QPen(QColor(print_theme().color("muted")), pt(0.5)))
            painter.setBrush(QColor(0, 0, 0, 0))
            painter.drawRect(frame)
            top = frame.bottom() + pt(12)
        painter.setPen(QColor(print_theme().color("muted")))
        painter.setFont(paper_font(10, bold=True))
        painter.drawText(
            QRectF(body.left(), top, body.width(), pt(CAPTION_PT)),
            caption + (" (notes continued)" if continued else ""),
        )
        draw_slice(painter, doc, QPointF(body.left(), top + pt(CAPTION_PT)), part)

    return paint
