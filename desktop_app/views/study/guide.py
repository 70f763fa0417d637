"""The personal study guide: every slide with its text, the presenter's notes and the
student's own notes, then a page of quiz results, as one PDF.

Slides are painted by the shared SlideRenderer straight onto the PDF page, so
they stay sharp vector drawings; the words below them are one QTextDocument
per slide, laid out and paginated by Qt so long notes continue overleaf. The
file is built in memory and written atomically: a failed export never leaves
half a guide over an earlier one.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from desktop_app.export.atomic import write_bytes
from desktop_app.model.deck import Deck, Slide
from desktop_app.render.renderer import SlideRenderer
from desktop_app.render.theme import load_theme
from desktop_app.study.content import slide_markdown, slide_title
from desktop_app.study.progress import progress_rows
from desktop_app.study.store import BOOKMARK, UNDERSTOOD, StudyStore
from desktop_app.text.markdown import to_html

#: Layout happens in 96-dpi units (what QTextDocument assumes); the painter scales to the PDF.
UNIT_DPI = 96
RESOLUTION = 300
_PLACEHOLDER = "guide-slide-space"
_CSS = "h2 { margin-top: 4px; } h3 { margin-top: 14px; }"

Progress = Callable[[int, int], None]


def write_study_guide(
    deck: Deck, store: StudyStore, target: Path, progress: Progress | None = None
) -> int:
    """Write the guide to `target`; returns its page count. Raises ExportError on failure."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"Study guide: {deck.title}")
    writer.setCreator("Agora")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    scale = RESOLUTION / UNIT_DPI
    painter.scale(scale, scale)
    page = QSizeF(writer.width() / scale, writer.height() / scale)
    renderer = SlideRenderer(deck, load_theme("light"))
    notes = store.notes()
    marks = (store.marked(BOOKMARK), store.marked(UNDERSTOOD))
    pages = 0
    for i, slide in enumerate(deck.slides):
        html = _slide_html(deck, slide, i, notes.get(slide.id, ""), marks, page.width())
        doc = _document(html, page)
        for k in range(doc.pageCount()):
            if pages:
                writer.newPage()
            if k == 0:
                slide_box = QRectF(0, 0, page.width(), page.width() * 9 / 16)
                renderer.paint(painter, slide_box, i, None)
                painter.setPen(QPen(QColor("#9aa3ad"), 0.75))  # white slides need an edge on paper
                painter.drawRect(slide_box)
            _draw_page(painter, doc, k, page)
            pages += 1
        if progress is not None:
            progress(i + 1, len(deck.slides) + 1)
    doc = _document(_results_html(deck, store), page)
    for k in range(doc.pageCount()):
        writer.newPage()
        _draw_page(painter, doc, k, page)
        pages += 1
    painter.end()
    buffer.close()
    write_bytes(target, bytes(buffer.data().data()))
    if progress is not None:
        progress(len(deck.slides) + 1, len(deck.slides) + 1)
    return pages


def _document(html: str, page: QSizeF) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    font = QFont("Lato")
    font.setPointSizeF(10.5)
    # Ligatures ("ti", "fi") have no text mapping in Qt's PDF output: search and copy fail.
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(_CSS)
    # An empty image of the slide's size keeps room for the slide painted above the text.
    space = QImage(1, 1, QImage.Format.Format_ARGB32)
    space.fill(QColor(0, 0, 0, 0))
    doc.addResource(QTextDocument.ResourceType.ImageResource, _PLACEHOLDER, space)
    doc.setPageSize(page)
    doc.setHtml(html)
    return doc


def _draw_page(painter: QPainter, doc: QTextDocument, k: int, page: QSizeF) -> None:
    painter.save()
    painter.translate(0, -k * page.height())
    doc.drawContents(painter, QRectF(0, k * page.height(), page.width(), page.height()))
    painter.restore()


def _slide_html(
    deck: Deck, slide: Slide, index: int, mine: str, marks: tuple[set[str], set[str]], width: float
) -> str:
    status = [f"Slide {index + 1} of {len(deck.slides)}"]
    if slide.id in marks[0]:
        status.append("★ Bookmarked")
    if slide.id in marks[1]:
        status.append("✓ Understood")
    section = deck.section_of(slide)
    height = width * 9 / 16
    parts = [
        f'<p><img src="{_PLACEHOLDER}" width="{width:.0f}" height="{height:.0f}"></p>',
        f"<p>{escape(' · '.join(status))}{escape(' — ' + section.title) if section else ''}</p>",
        f"<h2>{escape(slide_title(deck, slide))}</h2>",
    ]
    body = slide_markdown(deck, slide)
    if body:
        parts.append(to_html(body))
    if slide.notes:
        parts.append("<h3>Presenter's notes</h3>" + to_html(slide.notes))
    if mine.strip():
        paragraphs = "".join(f"<p>{escape(line) or '&nbsp;'}</p>" for line in mine.splitlines())
        parts.append(f"<h3>✎ My notes</h3>{paragraphs}")
    return "\n".join(parts)


def _results_html(deck: Deck, store: StudyStore) -> str:
    latest = store.latest_answers()
    right = sum(a.correct for a in latest.values() if deck.question(a.question))
    rows = "".join(
        f"<tr><td>{escape(title)}</td><td>{understood}</td><td>{quiz}</td></tr>"
        for title, understood, quiz in progress_rows(deck, store)
    )
    parts = [
        f"<h2>Quiz results — {escape(deck.title)}</h2>",
        f"<p>{right} of {len(deck.quiz)} questions last answered right.</p>",
        '<table border="1" cellpadding="4" cellspacing="0" width="100%">'
        "<tr><th>Section</th><th>Understood</th><th>Quiz</th></tr>" + rows + "</table>",
        "<h3>Question by question</h3><ul>",
    ]
    for q in deck.quiz:
        answer = latest.get(q.id)
        verdict = (
            "not answered yet"
            if answer is None
            else ("✔ right" if answer.correct else "✘ to review")
        )
        parts.append(f"<li><b>{escape(verdict)}</b> — {escape(q.prompt)}</li>")
    parts.append("</ul>")
    return "\n".join(parts)
