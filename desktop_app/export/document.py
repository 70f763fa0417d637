"""A planned PDF: its page size and, per page, how to paint it and what it holds.

Layouts (slides, handout, notes) only plan pages; `job.py` paints them one
at a time (so a dialog can show progress and cancel) and `pdf_post.py`
turns what each page holds into bookmarks, links and note annotations.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPageSize, QPainter, QPen

from desktop_app.export.pages import Shot
from desktop_app.i18n import DeckWords, deck_words
from desktop_app.model.deck import Deck
from desktop_app.render.theme import Theme, load_theme

#: Device pixels per inch of every PDF: a 960×540 pt slide page is a 1920×1080 painter.
RESOLUTION = 144
PX_PER_PT = RESOLUTION / 72

PagePainter = Callable[[QPainter, QRectF, int, int], None]
"""Paints one page: painter, page rectangle in device pixels, page number (1-based), total."""


@dataclass
class PlannedPage:
    paint: PagePainter
    shots: tuple[Shot, ...] = ()
    heading: str = ""
    note: str = ""


@dataclass
class PdfPlan:
    page_size: QPageSize
    pages: list[PlannedPage] = field(default_factory=list)
    #: Index of the first glossary page: `term:` links in a handout point there.
    glossary_page: int = -1
    #: The resolved deck folder, from which text pages may show the deck's own pictures
    #: (through the deck's image rule); empty for text that names no pictures.
    deck_folder: str = ""

    @property
    def rect(self) -> QRectF:
        size = self.page_size.sizePoints()
        return QRectF(0, 0, size.width() * PX_PER_PT, size.height() * PX_PER_PT)


def slide_page_size() -> QPageSize:
    return QPageSize(QSizeF(960, 540), QPageSize.Unit.Point, "Slide 16:9")


def paper_size(paper: str) -> QPageSize:
    ident = QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4
    return QPageSize(ident)


def print_theme() -> Theme:
    """Paper is white whatever the slides' theme, so handout and notes text uses the light one."""
    return load_theme("light")


def pt(points: float) -> float:
    """Points → device pixels of the PDF painter."""
    return points * PX_PER_PT


def paper_font(size_pt: float, bold: bool = False) -> QFont:
    font = QFont(print_theme().fonts.get("body", "sans-serif"))
    font.setPixelSize(round(pt(size_pt)))
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)  # keep words searchable in the PDF
    return font


def margins(page: QRectF) -> QRectF:
    """The area inside the paper's margins (18 mm), leaving room for header and footer."""
    m = pt(51)
    return page.adjusted(m, m, -m, -m)


@dataclass(frozen=True)
class PaperFrame:
    """What frames every paper page: the deck's heading, and its language for the page's
    own words ("Page 2 of 9"), since a handout speaks the deck's language."""

    title: str
    words: DeckWords


def paper_frame(deck: Deck) -> PaperFrame:
    title = f"{deck.title} — {deck.subtitle}" if deck.subtitle else deck.title
    return PaperFrame(title, deck_words(deck.language))


def paint_frame(
    painter: QPainter, page: QRectF, frame: PaperFrame, number: int, total: int
) -> QRectF:
    """Header with the deck title and a rule, footer with the page number; returns the body."""
    box = margins(page)
    muted = QColor(print_theme().color("muted"))
    painter.save()
    painter.setPen(muted)
    painter.setFont(paper_font(10, bold=True))
    header = QRectF(box.left(), box.top(), box.width(), pt(16))
    painter.drawText(
        header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), frame.title
    )
    painter.setPen(QPen(muted, pt(0.5)))
    painter.drawLine(header.bottomLeft(), header.bottomRight())
    painter.setPen(muted)
    painter.setFont(paper_font(9))
    footer = QRectF(box.left(), box.bottom() - pt(14), box.width(), pt(14))
    painter.drawText(
        footer,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        frame.words.translate("Export", "Page %1 of %2")
        .replace("%1", str(number))
        .replace("%2", str(total)),
    )
    painter.restore()
    return body_rect(page)


def body_rect(page: QRectF) -> QRectF:
    """What `paint_frame` leaves for content: inside the margins, between header and footer."""
    box = margins(page)
    return box.adjusted(0, pt(30), 0, -pt(24))
