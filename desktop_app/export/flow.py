"""Markdown that runs over pages: speaker notes, quiz answers, the glossary, study notes.

Text is laid out once with the shared text engine (render/text.py) and cut
between lines, so no line is ever split across two pages.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QTextDocument

from desktop_app.export.document import (
    PagePainter,
    PaperFrame,
    PdfPlan,
    PlannedPage,
    paint_frame,
    paper_font,
    print_theme,
    pt,
)
from desktop_app.render.text import TextStyle, build_document, draw_document


def paper_document(
    markdown: str, width: float, size_pt: float = 11, deck_folder: str = ""
) -> QTextDocument:
    return build_document(
        markdown,
        width,
        TextStyle(round(pt(size_pt)), line_height=125),
        print_theme(),
        deck_folder=deck_folder,
    )


def _lines(doc: QTextDocument) -> list[tuple[float, float]]:
    """Top and bottom of every laid-out line, in document coordinates."""
    layout = doc.documentLayout()
    out: list[tuple[float, float]] = []
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            out.append((top + line.y(), top + line.y() + line.height()))
        block = block.next()
    return sorted(out)


def slices(doc: QTextDocument, first: float, rest: float) -> list[tuple[float, float]]:
    """Cut the document into vertical slices: `first` high on the first page, then `rest`."""
    total = doc.documentLayout().documentSize().height()
    lines = _lines(doc)
    out: list[tuple[float, float]] = []
    start, room = 0.0, first
    while start < total - 0.5:
        limit = start + room
        if limit >= total:
            out.append((start, total))
            break
        cut = next((top for top, bottom in lines if top >= start - 0.5 and bottom > limit), limit)
        if cut <= start + 0.5:  # a single line taller than the page: cut through it
            cut = limit
        out.append((start, cut))
        start, room = cut, rest
    return out or [(0.0, 0.0)]


def draw_slice(
    painter: QPainter, doc: QTextDocument, top_left: QPointF, part: tuple[float, float]
) -> None:
    y0, y1 = part
    clip = QRectF(top_left.x(), top_left.y(), doc.textWidth(), y1 - y0)
    color = QColor(print_theme().color("text"))
    draw_document(painter, doc, QPointF(top_left.x(), top_left.y() - y0), color, clip)


HEADING_PT = 18


def flow_pages(plan: PdfPlan, heading: str, markdown: str, body: QRectF, frame: PaperFrame) -> None:
    """Append text pages under a heading drawn once, on the first of them (and bookmarked)."""
    doc = paper_document(markdown, body.width(), deck_folder=plan.deck_folder)
    top = pt(HEADING_PT * 1.8)
    for k, part in enumerate(slices(doc, body.height() - top, body.height())):
        plan.pages.append(
            PlannedPage(_text_page(doc, part, frame, heading if k == 0 else ""), heading=heading)
        )


def _text_page(
    doc: QTextDocument, part: tuple[float, float], frame: PaperFrame, heading: str
) -> PagePainter:
    def paint(painter: QPainter, page: QRectF, number: int, total: int) -> None:
        body = paint_frame(painter, page, frame, number, total)
        if heading:
            painter.setPen(QColor(print_theme().color("text")))
            painter.setFont(paper_font(HEADING_PT, bold=True))
            painter.drawText(
                QRectF(body.left(), body.top(), body.width(), pt(HEADING_PT * 1.4)), heading
            )
            body.setTop(body.top() + pt(HEADING_PT * 1.8))
        draw_slice(painter, doc, body.topLeft(), part)

    return paint
