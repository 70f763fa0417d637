"""Markdown that runs over pages: speaker notes, quiz answers, the glossary, study notes.

Text is laid out once with the shared text engine (render/text.py) and cut
between lines, so no line is ever split across two pages. A long text is
laid out as a stack of documents, one per part of at most PART_LINES list
items, headings or rows (`text.markdown.parts`): Qt lays out one long list in
time that grows faster than the list (10,000 items: about 15 s), its parts
in time that grows with the text (under a second). The price, only past
PART_LINES lines: an ordered list numbers each part from 1 again, and a
reference-style link or footnote resolves only within its part.
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
from desktop_app.text.markdown import parts

#: Lines (list items, headings, rows) and characters of one laid-out part of a long text.
PART_LINES = 200
PART_CHARS = 40_000


class Flow:
    """A text laid out for paper as documents stacked top to bottom, one per part."""

    def __init__(self, markdown: str, width: float, size_pt: float, deck_folder: str) -> None:
        pieces = list(parts(markdown, PART_LINES, PART_CHARS)) or [""]
        self.docs = [paper_document(p, width, size_pt, deck_folder) for p in pieces]
        self.tops: list[float] = []
        height = 0.0
        for doc in self.docs:
            self.tops.append(height)
            height += doc.documentLayout().documentSize().height()
        self.height = height

    @property
    def width(self) -> float:
        return self.docs[0].textWidth()

    def lines(self) -> list[tuple[float, float]]:
        """Top and bottom of every laid-out line, from the top of the stack."""
        out: list[tuple[float, float]] = []
        for doc, top in zip(self.docs, self.tops, strict=True):
            out.extend((top + a, top + b) for a, b in _lines(doc))
        return out


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


def slices(flow: Flow, first: float, rest: float) -> list[tuple[float, float]]:
    """Cut the text into vertical slices: `first` high on the first page, then `rest`."""
    total = flow.height
    lines = sorted(flow.lines())
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


def draw_slice(painter: QPainter, flow: Flow, top_left: QPointF, part: tuple[float, float]) -> None:
    y0, y1 = part
    clip = QRectF(top_left.x(), top_left.y(), flow.width, y1 - y0)
    color = QColor(print_theme().color("text"))
    for doc, top in zip(flow.docs, flow.tops, strict=True):
        bottom = top + doc.documentLayout().documentSize().height()
        if bottom > y0 and top < y1:
            origin = QPointF(top_left.x(), top_left.y() - y0 + top)
            draw_document(painter, doc, origin, color, clip)


HEADING_PT = 18


def flow_pages(plan: PdfPlan, heading: str, markdown: str, body: QRectF, frame: PaperFrame) -> None:
    """Append text pages under a heading drawn once, on the first of them (and bookmarked)."""
    flow = Flow(markdown, body.width(), 11, plan.deck_folder)
    top = pt(HEADING_PT * 1.8)
    for k, part in enumerate(slices(flow, body.height() - top, body.height())):
        plan.pages.append(
            PlannedPage(_text_page(flow, part, frame, heading if k == 0 else ""), heading=heading)
        )


def _text_page(
    flow: Flow, part: tuple[float, float], frame: PaperFrame, heading: str
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
        draw_slice(painter, flow, body.topLeft(), part)

    return paint
