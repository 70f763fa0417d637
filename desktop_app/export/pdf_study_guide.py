"""The personal study guide: each slide with its text, the presenter's notes and the
student's own notes, then the quiz results, as one PDF.

It is a layout of the one export pipeline: slides are drawn by the shared
renderer as on notes pages (`pdf_notes.add_slide_pages`), text flows over
pages with the paper fonts of every other layout, and the job gives it
progress, cancel, bookmarks, working `slide:` links and an atomic write.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from desktop_app.export.document import PdfPlan, body_rect, deck_heading, paper_size
from desktop_app.export.flow import flow_pages
from desktop_app.export.pages import Shot
from desktop_app.export.pdf_notes import SlideText, add_slide_pages, slide_caption
from desktop_app.export.shots import ShotPainter
from desktop_app.model.deck import Deck
from desktop_app.study.content import slide_markdown
from desktop_app.study.record import StudyRecord

TEXT_PT = 10.5
RESULTS = "Quiz results"
#: What Markdown would read as markup in a student's own words.
_MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~])")


def plan_study_guide(
    deck: Deck, shots: list[Shot], painter: ShotPainter, paper: str, record: StudyRecord
) -> PdfPlan:
    plan = PdfPlan(paper_size(paper), deck_folder=str(deck.root.resolve()))
    items = []
    for shot in shots:
        slide = painter.slide(shot)
        if slide is None:
            continue
        marks = [slide_caption(deck, painter, shot)]
        if slide.id in record.bookmarked:
            marks.append(_tr("★ Bookmarked"))
        if slide.id in record.understood:
            marks.append(_tr("✓ Understood"))
        items.append(SlideText(shot, " · ".join(marks), _slide_words(deck, shot, record)))
    add_slide_pages(plan, deck_heading(deck), painter, items, TEXT_PT)
    flow_pages(plan, _tr(RESULTS), results_markdown(deck, record), body_rect(plan.rect), deck.title)
    return plan


def _slide_words(deck: Deck, shot: Shot, record: StudyRecord) -> str:
    slide = deck.slides[shot.index]
    section = deck.section_of(slide)
    parts = [f"*{section.title}*" if section else "", slide_markdown(deck, slide)]
    if slide.notes.strip():
        parts.append(_heading(_tr("Presenter's notes")) + slide.notes.strip())
    mine = record.notes.get(slide.id, "").strip()
    if mine:
        parts.append(_heading(_tr("✎ My notes")) + plain_text_markdown(mine))
    return "\n\n".join(p for p in parts if p)


def plain_text_markdown(text: str) -> str:
    """The student's words shown as typed: no markup, and each line on its own line."""
    escaped = _MARKUP.sub(r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;"))
    return "  \n".join(escaped.splitlines())


def results_markdown(deck: Deck, record: StudyRecord) -> str:
    right = sum(a.correct for a in record.latest.values() if deck.question(a.question))
    rows = "\n".join(
        f"| {_cell(title)} | {understood} | {quiz} |" for title, understood, quiz in record.progress
    )
    lines = [
        _tr("{right} of {count} questions last answered right.").format(
            right=right, count=len(deck.quiz)
        ),
        "",
        f"| {_tr('Section')} | {_tr('Understood')} | {_tr('Quiz')} |\n| --- | --- | --- |\n" + rows
        if rows
        else "",
        "",
        _heading(_tr("Question by question")),
        "",
    ]
    for q in deck.quiz:
        answer = record.latest.get(q.id)
        if answer is None:
            verdict = _tr("not answered yet")
        else:
            verdict = _tr("✔ right") if answer.correct else _tr("✘ to review")
        lines.append(f"- **{verdict}** — {q.prompt}")
    return "\n".join(lines)


def _heading(text: str) -> str:
    """A bold line above a part: the paper fonts are sized in pixels, which Markdown
    headings (sized in points relative to them) cannot scale."""
    return f"**{text}**\n\n"


def _tr(text: str) -> str:
    return QCoreApplication.translate("StudyGuide", text)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")
