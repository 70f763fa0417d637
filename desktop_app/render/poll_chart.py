"""The class poll as a chart: votes per side, before and after the debate.

Drawn on the same logical 1920×1080 canvas as the slides and letterboxed
into any rectangle, so the poll panel on screen and a PDF page show the same
picture. Colour is never the only cue: every bar carries its side's marker
and name, its phase in words ("Before"/"After"), its count and its share;
"before" bars are hatched, "after" bars solid.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from desktop_app.i18n import DeckWords
from desktop_app.model.debate import Debate
from desktop_app.poll.tally import CHOICES, PHASES, Tally
from desktop_app.render.canvas import CANVAS, HEIGHT, MARGIN_X, WIDTH, chart_bar, chart_text
from desktop_app.render.renderer import letterbox
from desktop_app.render.theme import Theme
from desktop_app.text.languages import is_right_to_left

_AC = Qt.AlignmentFlag
LABEL_W = 480
PHASE_W = 170
NUMBER_W = 250


def poll_heading(words: DeckWords) -> str:
    """The chart's title, also the heading of its page in an export's outline."""
    return words.translate("PollChart", "Class poll")


def side_label(choice: str, debate: Debate | None, words: DeckWords) -> str:
    """A side's marker and name, from the deck's debate when it has that side."""
    pos = debate.position(choice) if debate is not None else None
    if pos is not None:
        return f"{pos.marker} {pos.label}".strip()
    return {
        "open": "\u25c6 " + words.translate("PollChart", "Open"),
        "closed": "\u25a0 " + words.translate("PollChart", "Closed"),
        "hybrid": "\u25b2 " + words.translate("PollChart", "Hybrid"),
    }[choice]


def paint_poll(
    painter: QPainter,
    rect: QRectF,
    theme: Theme,
    tally: Tally,
    debate: Debate | None,
    words: DeckWords,
) -> None:
    """Draw the poll letterboxed 16:9 into `rect` (a widget, an image or a PDF page),
    in the deck's language: the room reads it, and the export keeps it."""
    phases = {
        "before": words.translate("PollChart", "Before"),
        "after": words.translate("PollChart", "After"),
    }
    # "Label: number" needs no plural forms, which deck-language words cannot have
    # (see docs/i18n.md).
    votes = {
        "before": words.translate("PollChart", "Votes before: %1"),
        "after": words.translate("PollChart", "Votes after: %1"),
    }
    frame = letterbox(rect)
    painter.save()
    # Like a slide, the chart follows the direction of the deck's language, not the window's.
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if is_right_to_left(words.language)
        else Qt.LayoutDirection.LeftToRight
    )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(frame.topLeft())
    painter.scale(frame.width() / WIDTH, frame.height() / HEIGHT)
    painter.fillRect(CANVAS, QColor(theme.color("background")))
    chart_text(
        painter,
        theme,
        poll_heading(words),
        QRectF(MARGIN_X, 50, WIDTH - 2 * MARGIN_X, 90),
        64,
        "text",
        bold=True,
    )
    totals = " \u00b7 ".join(votes[p].replace("%1", str(tally.total(p))) for p in PHASES)
    chart_text(painter, theme, totals, QRectF(MARGIN_X, 140, WIDTH - 2 * MARGIN_X, 50), 32, "muted")
    group_h = (HEIGHT - 260 - 60) / len(CHOICES)
    bar_x = MARGIN_X + LABEL_W + PHASE_W
    bar_w = WIDTH - MARGIN_X - NUMBER_W - bar_x
    for g, choice in enumerate(CHOICES):
        top = 240 + g * group_h
        side = QColor(theme.side(choice))
        chart_text(
            painter,
            theme,
            side_label(choice, debate, words),
            QRectF(MARGIN_X, top, LABEL_W - 20, group_h - 30),
            40,
            choice,
            bold=True,
            align=_AC.AlignLeft | _AC.AlignVCenter,
            wrap=True,
        )
        bar_h = (group_h - 50) / len(PHASES)
        for k, phase in enumerate(PHASES):
            y = top + k * (bar_h + 10)
            chart_text(
                painter,
                theme,
                phases[phase],
                QRectF(MARGIN_X + LABEL_W, y, PHASE_W, bar_h),
                32,
                "muted",
                align=_AC.AlignLeft | _AC.AlignVCenter,
            )
            count, total = tally.count(phase, choice), tally.total(phase)
            share = count / total if total else 0.0
            track = QRectF(bar_x, y + 6, bar_w, bar_h - 12)
            chart_bar(painter, theme, track, share, side, phase == "before")
            number = f"{count}  ({share:.0%})" if total else "\u2013"
            chart_text(
                painter,
                theme,
                number,
                QRectF(track.right() + 20, y, NUMBER_W - 20, bar_h),
                34,
                "text",
                bold=True,
                align=_AC.AlignLeft | _AC.AlignVCenter,
            )
    painter.restore()
