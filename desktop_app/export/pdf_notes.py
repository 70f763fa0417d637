"""Speaker notes pages: the slide on top, its notes below, continued overleaf when long.

The study guide lays out its slides the same way (`add_slide_pages`), with
the student's words below each slide instead of only the speaker's.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from desktop_app.export.document import (
    PagePainter,
    PaperFrame,
    PdfPlan,
    PlannedPage,
    body_rect,
    paint_frame,
    paper_font,
    paper_frame,
    paper_size,
    print_theme,
    pt,
)
from desktop_app.export.flow import Flow, draw_slice, slices
from desktop_app.export.pages import Shot
from desktop_app.export.shots import ShotPainter
from desktop_app.i18n import deck_words
from desktop_app.model.deck import Deck

CAPTION_PT = 22
TEXT_PT = 12


@dataclass(frozen=True)
class SlideText:
    """One slide picture with words below it: the caption above the words, their Markdown,
    and the note the PDF attaches to the slide's first page (`--pdf-notes`)."""

    shot: Shot
    caption: str
    markdown: str
    note: str = ""


def plan_notes(deck: Deck, shots: list[Shot], painter: ShotPainter, paper: str) -> PdfPlan:
    plan = PdfPlan(paper_size(paper), deck_folder=str(deck.root.resolve()))
    frame = paper_frame(deck)
    none = "*" + frame.words.translate("Export", "No speaker notes for this slide.") + "*"
    items = []
    for shot in shots:
        slide = painter.slide(shot)
        notes = slide.notes.strip() if slide else ""
        items.append(SlideText(shot, slide_caption(deck, painter, shot), notes or none, notes))
    add_slide_pages(plan, frame, painter, items, TEXT_PT)
    return plan


def add_slide_pages(
    plan: PdfPlan, frame: PaperFrame, painter: ShotPainter, items: list[SlideText], size_pt: float
) -> None:
    """Per item, the slide on top and its words below, continued overleaf when long."""
    body = body_rect(plan.rect)
    slide_h = body.width() * 9 / 16
    first = body.height() - slide_h - pt(CAPTION_PT + 12)
    for item in items:
        flow = Flow(item.markdown, body.width(), size_pt, plan.deck_folder)
        parts = slices(flow, first, body.height() - pt(CAPTION_PT))
        for k, part in enumerate(parts):
            paint = _page(painter, item.shot, flow, part, frame, item.caption, continued=k > 0)
            plan.pages.append(
                PlannedPage(paint, (item.shot,) if k == 0 else (), note=item.note if k == 0 else "")
            )


def slide_caption(deck: Deck, painter: ShotPainter, shot: Shot) -> str:
    name = painter.title(shot)
    if painter.slide(shot) is None:
        return name
    slide = deck_words(deck.language).translate("Export", "Slide %1 of %2")
    number = slide.replace("%1", str(shot.index + 1)).replace("%2", str(len(deck.slides)))
    return f"{number} · {name}"


def _page(
    shots: ShotPainter,
    shot: Shot,
    flow: Flow,
    part: tuple[float, float],
    frame: PaperFrame,
    caption: str,
    continued: bool,
) -> PagePainter:
    if continued:
        caption = frame.words.translate("Export", "%1 (continued)").replace("%1", caption)

    def paint(painter: QPainter, page: QRectF, number: int, total: int) -> None:
        body = paint_frame(painter, page, frame, number, total)
        top = body.top()
        if not continued:
            picture = QRectF(body.left(), top, body.width(), body.width() * 9 / 16)
            shots.paint(painter, picture, shot)
            painter.setPen(QPen(QColor(print_theme().color("muted")), pt(0.5)))
            painter.setBrush(QColor(0, 0, 0, 0))
            painter.drawRect(picture)
            top = picture.bottom() + pt(12)
        painter.setPen(QColor(print_theme().color("muted")))
        painter.setFont(paper_font(10, bold=True))
        painter.drawText(
            QRectF(body.left(), top, body.width(), pt(CAPTION_PT)),
            caption,
        )
        draw_slice(painter, flow, QPointF(body.left(), top + pt(CAPTION_PT)), part)

    return paint
