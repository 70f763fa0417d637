"""Discussion-question and quiz slides: the parts of a lesson the room takes part in."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen

from desktop_app.render.canvas import BOTTOM, MARGIN_X, TOP, WIDTH, Paint
from desktop_app.render.layouts.text import label_height, text_height
from desktop_app.render.text import TextStyle

_AC = Qt.AlignmentFlag
LETTERS = "ABCDEFGH"


def _kicker(p: Paint, text: str, glyph: str) -> float:
    """A badge and a small-caps label naming what kind of moment this is."""
    badge = QRectF(MARGIN_X, TOP, 64, 64)
    p.painter.setPen(Qt.PenStyle.NoPen)
    p.painter.setBrush(p.color("accent"))
    p.painter.drawEllipse(badge)
    p.label(glyph, badge, 40, "background", bold=True, wrap=False, align=_AC.AlignCenter)
    p.label(
        text,
        QRectF(MARGIN_X + 88, TOP, 900, 64),
        p.size("small") + 4,
        "accent",
        bold=True,
        wrap=False,
        align=_AC.AlignLeft | _AC.AlignVCenter,
    )
    return TOP + 100


def paint_question(p: Paint) -> None:
    s = p.slide
    top = _kicker(p, p.words.translate("Slide", "DISCUSS"), "?")
    title_size = round(p.size("heading") * 1.1)
    width = WIDTH - 2 * MARGIN_X
    title_h = min(330.0, label_height(p, s.title, width, title_size, bold=True, role="heading"))
    prompts = "\n".join(f"- {prompt}" for prompt in s.prompts)
    style = TextStyle(p.size("body"), color="muted")
    room = QRectF(MARGIN_X, top, width, BOTTOM - top - title_h - 50)
    prompts_h = text_height(p, prompts, room, style)
    # Title and prompts as one block, centred in the space under the badge.
    block = title_h + (50 + prompts_h if prompts else 0)
    y = top + max(0.0, (BOTTOM - top - block) / 2)
    p.label(
        s.title,
        QRectF(MARGIN_X, y, width, title_h + 4),
        title_size,
        "text",
        bold=True,
        role="heading",
    )
    if prompts:
        y += title_h + 50
        visible = p.step if s.builds else -1
        p.markdown(prompts, QRectF(MARGIN_X, y, width, BOTTOM - y), style, visible_items=visible)


def paint_quiz(p: Paint) -> None:
    s = p.slide
    question = p.deck.question(s.quiz)
    top = _kicker(p, p.words.translate("Slide", "CHECK YOURSELF"), "\u2713")
    if question is None:
        return
    revealed = p.step >= 1
    bounds = p.label(
        question.prompt,
        QRectF(MARGIN_X, top, WIDTH - 2 * MARGIN_X, 220),
        round(p.size("heading") * 0.85),
        "text",
        bold=True,
        role="heading",
    )
    y = top + bounds.height() + 40
    explanation_h = 230 if revealed and question.explanation else 0
    if question.is_choice:
        n = len(question.choices)
        gap = 18
        row = min(110.0, (BOTTOM - y - explanation_h - gap * (n - 1)) / max(1, n))
        for i, choice in enumerate(question.choices):
            _choice(
                p,
                QRectF(MARGIN_X, y + i * (row + gap), WIDTH - 2 * MARGIN_X, row),
                i,
                choice,
                revealed,
                i == question.answer,
            )
        y += n * (row + gap)
    elif revealed:
        box = QRectF(MARGIN_X, y, WIDTH - 2 * MARGIN_X, BOTTOM - y - explanation_h - 20)
        _card(p, box, p.color("correct"))
        p.label(
            p.words.translate("Slide", "MODEL ANSWER"),
            box.adjusted(40, 20, -40, 0),
            p.size("small"),
            "correct",
            bold=True,
        )
        p.markdown(
            question.model_answer, box.adjusted(40, 70, -40, -20), TextStyle(p.size("body") - 6)
        )
        y = box.bottom() + 20
    else:
        p.label(
            p.words.translate("Slide", "Think, then share with a neighbour."),
            QRectF(MARGIN_X, y, 1400, 80),
            p.size("body") - 4,
            "muted",
            italic=True,
        )
    if explanation_h:
        box = QRectF(MARGIN_X, BOTTOM - explanation_h, WIDTH - 2 * MARGIN_X, explanation_h)
        p.markdown(
            p.words.translate("Slide", "**Why:** %1").replace("%1", question.explanation),
            box,
            TextStyle(p.size("body") - 8, color="muted"),
            min_size=p.size("min_body"),
        )


def _card(p: Paint, box: QRectF, border: QColor) -> None:
    path = QPainterPath()
    path.addRoundedRect(box, 16, 16)
    p.painter.setPen(QPen(border, 4))
    p.painter.setBrush(p.color("surface"))
    p.painter.drawPath(path)


def _choice(p: Paint, box: QRectF, i: int, text: str, revealed: bool, correct: bool) -> None:
    """A lettered choice; once revealed the right one is marked by colour, tick and word."""
    border = p.color("correct") if revealed and correct else p.color("surface")
    _card(p, box, border)
    badge = QRectF(box.left() + 24, box.center().y() - 32, 64, 64)
    p.painter.setPen(Qt.PenStyle.NoPen)
    p.painter.setBrush(p.color("correct") if revealed and correct else p.color("muted"))
    p.painter.drawEllipse(badge)
    p.label(
        LETTERS[i % len(LETTERS)],
        badge,
        36,
        "background",
        bold=True,
        wrap=False,
        align=_AC.AlignCenter,
    )
    dim = revealed and not correct
    tag_w = 260 if revealed and correct else 0
    p.label(
        text,
        QRectF(badge.right() + 30, box.top() + 8, box.width() - 160 - tag_w, box.height() - 16),
        p.size("body") - 4,
        "muted" if dim else "text",
        bold=revealed and correct,
        align=_AC.AlignLeft | _AC.AlignVCenter,
    )
    if tag_w:
        p.label(
            "\u2713 " + p.words.translate("Slide", "Correct"),
            QRectF(box.right() - tag_w - 20, box.top(), tag_w, box.height()),
            p.size("body") - 6,
            "correct",
            bold=True,
            wrap=False,
            align=_AC.AlignRight | _AC.AlignVCenter,
        )
