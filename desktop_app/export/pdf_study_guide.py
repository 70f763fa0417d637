"""The personal study guide: each slide with its text, the presenter's notes and the
student's own notes, then the quiz results, as one PDF.

It is a layout of the one export pipeline: slides are drawn by the shared
renderer as on notes pages (`pdf_notes.add_slide_pages`), text flows over
pages with the paper fonts of every other layout, and the job gives it
progress, cancel, bookmarks, working `slide:` links and an atomic write.

Being an export, it speaks the deck's `language` (docs/i18n.md): its own
words and the ones study mode adds to a slide's text (`study.words`, which
the study window shows in the interface's language) come from the deck
language's catalogue.
"""

from __future__ import annotations

import re

from desktop_app.export.document import PdfPlan, body_rect, paper_frame, paper_size
from desktop_app.export.flow import flow_pages
from desktop_app.export.pages import Shot
from desktop_app.export.pdf_notes import SlideText, add_slide_pages, slide_caption
from desktop_app.export.shots import ShotPainter
from desktop_app.i18n import deck_words
from desktop_app.model.deck import Deck
from desktop_app.study.content import slide_markdown
from desktop_app.study.record import StudyRecord
from desktop_app.study.words import study_words

TEXT_PT = 10.5
#: What Markdown would read as markup in a student's own words.
_MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~])")


def plan_study_guide(
    deck: Deck, shots: list[Shot], painter: ShotPainter, paper: str, record: StudyRecord
) -> PdfPlan:
    plan = PdfPlan(paper_size(paper), deck_folder=str(deck.root.resolve()))
    frame = paper_frame(deck)  # an export: the deck's language, as the notes pages
    words = frame.words
    items = []
    for shot in shots:
        slide = painter.slide(shot)
        if slide is None:
            continue
        marks = [slide_caption(deck, painter, shot)]
        if slide.id in record.bookmarked:
            marks.append(words.translate("StudyGuide", "★ Bookmarked"))
        if slide.id in record.understood:
            marks.append(words.translate("StudyGuide", "✓ Understood"))
        items.append(SlideText(shot, " · ".join(marks), _slide_words(deck, shot, record)))
    add_slide_pages(plan, frame, painter, items, TEXT_PT)
    results = words.translate("StudyGuide", "Quiz results")
    flow_pages(plan, results, results_markdown(deck, record), body_rect(plan.rect), frame)
    return plan


def _slide_words(deck: Deck, shot: Shot, record: StudyRecord) -> str:
    words = deck_words(deck.language)
    slide = deck.slides[shot.index]
    section = deck.section_of(slide)
    page = study_words(words.translate)
    parts = [f"*{section.title}*" if section else "", slide_markdown(deck, slide, page)]
    if slide.notes.strip():
        parts.append(_heading(page.presenter_notes) + slide.notes.strip())
    mine = record.notes.get(slide.id, "").strip()
    if mine:
        parts.append(
            _heading(words.translate("StudyGuide", "✎ My notes")) + plain_text_markdown(mine)
        )
    return "\n\n".join(p for p in parts if p)


def plain_text_markdown(text: str) -> str:
    """The student's words shown as typed: no markup, and each line on its own line."""
    escaped = _MARKUP.sub(r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;"))
    return "  \n".join(escaped.splitlines())


def results_markdown(deck: Deck, record: StudyRecord) -> str:
    words = deck_words(deck.language)
    right = sum(a.correct for a in record.latest.values() if deck.question(a.question))
    rows = "\n".join(
        f"| {_cell(title)} | {understood} | {quiz} |" for title, understood, quiz in record.progress
    )
    header = " | ".join(
        (
            words.translate("StudyGuide", "Section"),
            words.translate("StudyGuide", "Understood"),
            words.translate("StudyGuide", "Quiz"),
        )
    )
    score = words.translate("StudyGuide", "Questions last answered right: %1 of %2")
    lines = [
        score.replace("%1", str(right)).replace("%2", str(len(deck.quiz))),
        "",
        f"| {header} |\n| --- | --- | --- |\n" + rows if rows else "",
        "",
        _heading(words.translate("StudyGuide", "Question by question")),
        "",
    ]
    for q in deck.quiz:
        answer = record.latest.get(q.id)
        if answer is None:
            verdict = words.translate("StudyGuide", "not answered yet")
        else:
            verdict = (
                words.translate("StudyGuide", "✔ right")
                if answer.correct
                else words.translate("StudyGuide", "✘ to review")
            )
        lines.append(f"- **{verdict}** — {q.prompt}")
    return "\n".join(lines)


def _heading(text: str) -> str:
    """A bold line above a part: the paper fonts are sized in pixels, which Markdown
    headings (sized in points relative to them) cannot scale."""
    return f"**{text}**\n\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")
