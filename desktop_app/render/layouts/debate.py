"""Slides drawn from the debate itself: one argument, the spectrum between sides, the motion.

These layouts read the debate (positions, arguments, motion) instead of
repeating it in deck.yaml, so a side's name, colour, marker and pictogram
are written once and every slide, card and study page shows the same.
Each layout fills the canvas: content is centred vertically, and the side's
pictogram takes the space a bullet list would leave empty.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainterPath, QPen

from desktop_app.model.debate import Argument, Position
from desktop_app.render.canvas import BOTTOM, HEIGHT, MARGIN_X, TOP, WIDTH, Paint
from desktop_app.render.layouts.text import label_height, paint_heading, text_height
from desktop_app.render.pictogram import paint_pictogram
from desktop_app.render.text import TextStyle

_AC = Qt.AlignmentFlag
#: Width of the text column of an argument slide; the pictogram panel takes the rest.
TEXT_W = 1060
PANEL = 600


def side_label(position: Position | None, side: str) -> str:
    """A side's name with its marker, so no reader depends on colour alone."""
    if position is None:
        return side
    return f"{position.marker} {position.label}".strip()


def paint_argument(p: Paint) -> None:
    """One argument: side, title and points on the left, its pictogram on the right."""
    s = p.slide
    debate = p.deck.debate
    arg = debate.argument(s.argument) if debate else None
    if debate is None or arg is None:
        return
    colour = p.side_color(arg.side)
    p.painter.fillRect(QRectF(0, 0, 28, HEIGHT), colour)
    kicker_h = 56.0
    title = s.title or arg.title
    title_font = p.size("heading")
    title_h = label_height(p, title, TEXT_W, title_font, bold=True, role="heading")
    style = TextStyle(p.size("body"))
    probe = QRectF(MARGIN_X, 0, TEXT_W, BOTTOM - TOP - kicker_h - title_h - 90)
    body_h = text_height(p, s.body, probe, style)
    # Side, title, rule and points as one block, centred between the top and bottom margins.
    block = kicker_h + 20 + title_h + 70 + body_h
    y = TOP + max(0.0, (BOTTOM - TOP - block) / 2)
    position = debate.position(arg.side)
    p.label(
        side_label(position, arg.side),
        QRectF(MARGIN_X, y, TEXT_W, kicker_h),
        p.size("small") + 4,
        arg.side if arg.side in p.theme.colors else "accent",
        bold=True,
        wrap=False,
        align=_AC.AlignLeft | _AC.AlignVCenter,
    )
    y += kicker_h + 20
    p.label(
        title,
        QRectF(MARGIN_X, y, TEXT_W, title_h + 4),
        title_font,
        "text",
        bold=True,
        role="heading",
    )
    y += title_h + 28
    p.painter.fillRect(QRectF(MARGIN_X, y, 132, 8), colour)
    y += 42
    if s.body:
        p.markdown(s.body, QRectF(MARGIN_X, y, TEXT_W, BOTTOM - y), style)
    panel = QRectF(WIDTH - MARGIN_X - PANEL, (HEIGHT - PANEL) / 2, PANEL, PANEL)
    _pictogram_panel(p, arg, panel, colour)


def _pictogram_panel(p: Paint, arg: Argument, panel: QRectF, colour: QColor) -> None:
    path = QPainterPath()
    path.addRoundedRect(panel, 40, 40)
    p.painter.setPen(QPen(colour, 6))
    p.painter.setBrush(p.color("surface"))
    p.painter.drawPath(path)
    inner = panel.adjusted(110, 110, -110, -110)
    if arg.pictogram is not None:
        paint_pictogram(p.painter, arg.pictogram, inner, colour.name())


def paint_spectrum(p: Paint) -> None:
    """The middle ground: a line from one side to the other, the hybrid patterns placed on it.

    The ends are the first two positions that are not `hybrid`; the hybrid
    arguments sit between them in the order debate.yaml lists them, from
    the first end towards the second.
    """
    s = p.slide
    debate = p.deck.debate
    top = paint_heading(p, s.title) if s.title else TOP
    if debate is None:
        return
    ends = [pos for pos in debate.positions if pos.id != "hybrid"][:2]
    if len(ends) < 2:
        return
    left, right = ends
    bar_y = 640.0
    x0, x1 = float(MARGIN_X), float(WIDTH - MARGIN_X)
    gradient = QLinearGradient(QPointF(x0, 0), QPointF(x1, 0))
    gradient.setColorAt(0, p.side_color(left.id))
    gradient.setColorAt(1, p.side_color(right.id))
    p.painter.setPen(Qt.PenStyle.NoPen)
    p.painter.setBrush(gradient)
    p.painter.drawRoundedRect(QRectF(x0, bar_y - 12, x1 - x0, 24), 12, 12)
    end_w = 420.0
    for pos, x, align in ((left, x0, _AC.AlignLeft), (right, x1 - end_w, _AC.AlignRight)):
        p.label(
            side_label(pos, pos.id),
            QRectF(x, bar_y - 100, end_w, 80),
            p.size("small") + 8,
            pos.id if pos.id in p.theme.colors else "text",
            bold=True,
            align=align | _AC.AlignBottom,
        )
    hybrid = debate.unpaired("hybrid")
    colour = p.side_color("hybrid")
    places = _places(len(hybrid))
    gap = (places[1] - places[0]) if len(places) > 1 else 1.0
    card_w = min(700.0, (x1 - x0) * gap - 40)
    for arg, place in zip(hybrid, places, strict=True):
        x = x0 + (x1 - x0) * place
        icon = QRectF(x - 150, top + 30, 300, 300)
        if arg.pictogram is not None:
            paint_pictogram(p.painter, arg.pictogram, icon, colour.name())
        p.painter.fillRect(QRectF(x - 3, icon.bottom() + 16, 6, bar_y - icon.bottom() - 16), colour)
        p.painter.setPen(QPen(p.color("background"), 6))
        p.painter.setBrush(colour)
        p.painter.drawEllipse(QPointF(x, bar_y), 26, 26)
        box = QRectF(x - card_w / 2, bar_y + 50, card_w, BOTTOM - bar_y - 50)
        title = p.label(
            arg.title,
            box,
            p.size("body") - 6,
            "text",
            bold=True,
            align=_AC.AlignHCenter | _AC.AlignTop,
        )
        p.label(
            arg.summary,
            box.adjusted(0, title.height() + 12, 0, 0),
            p.size("min_body") + 6,
            "muted",
            align=_AC.AlignHCenter | _AC.AlignTop,
        )


def _places(n: int) -> list[float]:
    """Where n patterns sit along the line (0 = first end, 1 = second), clear of the end labels."""
    if n == 1:
        return [0.5]
    return [0.3 + 0.4 * i / (n - 1) for i in range(n)]


def paint_motion(p: Paint) -> None:
    """The motion put to the room, with the three ways to vote in the sides' colours."""
    s = p.slide
    debate = p.deck.debate
    motion = debate.motion if debate else None
    p.painter.fillRect(QRectF(0, 0, WIDTH, HEIGHT), p.color("surface"))
    p.label(
        s.title or p.words.translate("Slide", "Vote"),
        QRectF(MARGIN_X, TOP + 10, WIDTH - 2 * MARGIN_X, 80),
        round(p.size("heading") * 0.7),
        "accent",
        bold=True,
        wrap=False,
        align=_AC.AlignHCenter | _AC.AlignVCenter,
    )
    if debate is None or motion is None:
        return
    p.label(
        f"\u201c{motion.text}\u201d",
        QRectF(MARGIN_X + 60, TOP + 120, WIDTH - 2 * MARGIN_X - 120, 360),
        round(p.size("heading") * 1.1),
        "text",
        bold=True,
        role="heading",
        align=_AC.AlignHCenter | _AC.AlignVCenter,
    )
    choices = (
        (
            p.side_color(motion.for_position),
            p.words.translate("Slide", "FOR"),
            debate.position(motion.for_position),
        ),
        (p.color("muted"), p.words.translate("Slide", "UNDECIDED"), None),
        (
            p.side_color(motion.against_position),
            p.words.translate("Slide", "AGAINST"),
            debate.position(motion.against_position),
        ),
    )
    gap = 48
    w = (WIDTH - 2 * MARGIN_X - 2 * gap) / 3
    y = 560.0
    h = 300.0
    for i, (colour, word, position) in enumerate(choices):
        box = QRectF(MARGIN_X + i * (w + gap), y, w, h)
        path = QPainterPath()
        path.addRoundedRect(box, 28, 28)
        p.painter.setPen(Qt.PenStyle.NoPen)
        p.painter.setBrush(colour)
        p.painter.drawPath(path)
        p.label(
            word,
            box.adjusted(20, 40, -20, -h / 2),
            p.size("heading"),
            "on_side",
            bold=True,
            wrap=False,
            align=_AC.AlignCenter,
        )
        sub = side_label(position, "") if position else p.words.translate("Slide", "not sure yet")
        p.label(
            sub,
            box.adjusted(24, h / 2 + 10, -24, -30),
            p.size("min_body") + 6,
            "on_side",
            align=_AC.AlignCenter,
        )
    if s.subtitle:
        p.label(
            s.subtitle,
            QRectF(MARGIN_X, y + h + 30, WIDTH - 2 * MARGIN_X, BOTTOM - y - h - 10),
            p.size("min_body") + 6,
            "muted",
            align=_AC.AlignHCenter | _AC.AlignTop,
        )
