"""The debate side by side: one row per dimension, open facing closed, hybrid below.

The same drawing serves the comparison slide in the deck, its PDF page and
the interactive comparison view, which passes a `ComparisonFocus` to dim,
select and filter cards.

The grid has to be read from the back of a classroom, so the slide heading
is compact, each side is named once in a header bar, and the room goes to
card titles (38 px) and summaries (28 px). Rows keep their place while
they are revealed, so nothing jumps as a build step adds one.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen

from desktop_app.i18n import deck_words
from desktop_app.model.comparison import (
    HYBRID,
    ComparisonFocus,
    Row,
    comparison_rows,
    matches,
    sides,
)
from desktop_app.model.debate import Argument, Debate
from desktop_app.model.deck import Deck
from desktop_app.render.canvas import BOTTOM, MARGIN_X, WIDTH, Paint
from desktop_app.render.pictogram import paint_pictogram

_AC = Qt.AlignmentFlag
GAP = 32
TITLE_TOP = 30
TITLE_H = 78
HEADER_H = 60
#: Where the grid (side headers, then rows) starts on the canvas.
GRID_TOP = TITLE_TOP + TITLE_H + 8
LABEL_H = 38
HYBRID_CARD_H = 116
ROW_GAP = 10
MAX_ROW_H = 260.0
#: Opacity of rows outside the focused one, and of cards the filters leave out.
DIM_ROW = 0.25
DIM_CARD = 0.2


def _rows_top(top: float) -> float:
    return top + HEADER_H + 4


def _row_height(rows: tuple[Row, ...], top: float) -> float:
    hybrid = any(r.hybrid for r in rows)
    space = BOTTOM - _rows_top(top) - (LABEL_H + HYBRID_CARD_H + ROW_GAP if hybrid else 0)
    return min(MAX_ROW_H, space / max(1, sum(not r.hybrid for r in rows)))


def card_rects(
    debate: Debate, dimensions: tuple[str, ...], top: float = GRID_TOP
) -> dict[str, QRectF]:
    """Where each argument's card sits on the canvas: the view uses it for mouse hits."""
    rows = comparison_rows(debate, dimensions)
    col = (WIDTH - 2 * MARGIN_X - GAP) / 2
    y = _rows_top(top)
    row_h = _row_height(rows, top)
    rects: dict[str, QRectF] = {}
    for r, row in enumerate(rows):
        if row.hybrid:
            hy = y + r * row_h + LABEL_H
            w = (WIDTH - 2 * MARGIN_X - GAP * (len(row.cards) - 1)) / len(row.cards)
            for k, arg in enumerate(row.cards):
                rects[arg.id] = QRectF(MARGIN_X + k * (w + GAP), hy, w, HYBRID_CARD_H)
            continue
        card_top = y + r * row_h + LABEL_H
        for c, side in enumerate(sides(debate)):
            args = debate.row(row.id, side)
            if not args:
                continue
            h = (row_h - LABEL_H - ROW_GAP) / len(args)
            for k, arg in enumerate(args):
                rects[arg.id] = QRectF(MARGIN_X + c * (col + GAP), card_top + k * h, col, h - 6)
    return rects


def comparison_title(deck: Deck) -> str:
    """The heading of a comparison the author did not title, in the deck's language
    (also the title of the comparison view's and the export's own comparison slide)."""
    return deck_words(deck.language).translate("Slide", "Side by side")


def paint_comparison(p: Paint) -> None:
    debate = p.deck.debate
    p.label(
        p.slide.title or comparison_title(p.deck),
        QRectF(MARGIN_X, TITLE_TOP, WIDTH - 2 * MARGIN_X, TITLE_H),
        64,
        "text",
        bold=True,
        wrap=False,
        align=_AC.AlignLeft | _AC.AlignVCenter,
        role="heading",
    )
    if debate is None:
        return
    focus = p.options.comparison or ComparisonFocus()
    top = GRID_TOP
    rows = comparison_rows(debate, p.slide.dimensions)
    _side_headers(p, debate, focus, top)
    rects = card_rects(debate, p.slide.dimensions, top)
    y = _rows_top(top)
    row_h = _row_height(rows, top)
    for r, row in enumerate(rows):
        # Step n shows the first n rows: the one rule the slide's build count comes from.
        if p.slide.builds and r >= p.step:
            break
        p.painter.setOpacity(DIM_ROW if focus.dimension not in ("", row.id) else 1.0)
        if row.hybrid:
            _hybrid_row(p, row, rects, debate, focus)
            continue
        p.label(
            f"{r + 1}  \u00b7  {row.title}",
            QRectF(MARGIN_X, y + r * row_h, WIDTH - 2 * MARGIN_X, LABEL_H),
            28,
            "muted",
            bold=True,
            wrap=False,
            align=_AC.AlignHCenter | _AC.AlignVCenter,
        )
        for arg in row.cards:
            _argument_card(p, rects[arg.id], arg, debate, focus, 38, 28)
    p.painter.setOpacity(1.0)


def _hybrid_row(
    p: Paint, row: Row, rects: dict[str, QRectF], debate: Debate, focus: ComparisonFocus
) -> None:
    pos = debate.position(HYBRID)
    title = (
        f"{pos.marker} {pos.label} \u2014 {pos.stance}".strip()
        if pos
        else p.words.translate("Slide", "Middle ground")
    )
    first = rects[row.cards[0].id]
    p.label(
        title,
        QRectF(MARGIN_X, first.top() - LABEL_H, WIDTH - 2 * MARGIN_X, LABEL_H),
        28,
        "hybrid",
        bold=True,
        wrap=False,
        align=_AC.AlignHCenter | _AC.AlignVCenter,
    )
    for arg in row.cards:
        _argument_card(p, rects[arg.id], arg, debate, focus, 34, 28)


def _side_headers(p: Paint, debate: Debate, focus: ComparisonFocus, top: float) -> None:
    """One bar per side: colour, marker and name, so no reader depends on colour alone."""
    col = (WIDTH - 2 * MARGIN_X - GAP) / 2
    for c, side in enumerate(sides(debate)):
        pos = debate.position(side)
        if pos is None:
            continue
        p.painter.setOpacity(DIM_CARD if focus.sides and side not in focus.sides else 1.0)
        box = QRectF(MARGIN_X + c * (col + GAP), top, col, HEADER_H)
        _rounded(p, box, p.side_color(side), None)
        p.label(
            f"{pos.marker} {pos.label}".strip(),
            box.adjusted(28, 4, -28, -4),
            40,
            "on_side",
            bold=True,
            wrap=False,
            align=_AC.AlignLeft | _AC.AlignVCenter,
        )
    p.painter.setOpacity(1.0)


def link_label(p: Paint, debate: Debate, selected: str, arg: Argument) -> str:
    """How a highlighted card relates to the selected one, in words (not colour alone)."""
    chosen = debate.argument(selected)
    if chosen is None:
        return ""
    if arg.id in chosen.answers or selected in arg.answers:
        return "\u21c4 " + p.words.translate("Slide", "answers")
    if arg.id in chosen.tension or selected in arg.tension:
        return "\u21c4 " + p.words.translate("Slide", "in tension")
    return ""


def _argument_card(
    p: Paint,
    box: QRectF,
    arg: Argument,
    debate: Debate,
    focus: ComparisonFocus,
    title_size: int,
    summary_size: int,
) -> None:
    row_opacity = p.painter.opacity()
    if not matches(arg, focus):
        p.painter.setOpacity(min(row_opacity, DIM_CARD))
    side = p.side_color(arg.side)
    selected = focus.selected == arg.id
    linked = arg.id in focus.highlighted
    border = p.color("accent") if selected else side if linked else None
    _rounded(p, box, p.color("surface"), border, width=8 if selected else 5)
    p.painter.fillRect(QRectF(box.left(), box.top() + 10, 12, box.height() - 20), side)
    pos = debate.position(arg.side)
    marker = pos.marker if pos else ""
    inner = box.adjusted(34, 5, -22, -4)
    if arg.pictogram is not None:  # the argument's pictogram, as on its own slide
        icon = min(inner.height() - 8, 96.0)
        spot = QRectF(inner.right() - icon, inner.center().y() - icon / 2, icon, icon)
        paint_pictogram(p.painter, arg.pictogram, spot, side.name())
        inner.setRight(spot.left() - 16)
    title_h = min(title_size * 1.2, inner.height() * 0.45)
    p.label(
        f"{marker} {arg.title}".strip(),
        QRectF(inner.left(), inner.top(), inner.width(), title_h),
        title_size,
        "text",
        bold=True,
        wrap=False,
        align=_AC.AlignLeft | _AC.AlignVCenter,
    )
    note = link_label(p, debate, focus.selected, arg) if linked and not selected else ""
    if note:
        # On the row's label line, at the card's outer edge: the centred label stays clear.
        outer = box.left() + 10 if box.center().x() < WIDTH / 2 else box.right() - 230
        badge = QRectF(outer, box.top() - LABEL_H + 1, 220, LABEL_H - 4)
        _rounded(p, badge, p.color("surface"), side, width=3)
        p.label(note, badge, 24, arg.side, bold=True, wrap=False, align=_AC.AlignCenter)
    p.label(
        arg.summary,
        QRectF(inner.left(), inner.top() + title_h, inner.width(), inner.height() - title_h),
        summary_size,
        "muted",
        min_size=22,
    )
    p.painter.setOpacity(row_opacity)


def _rounded(p: Paint, box: QRectF, fill: QColor, border: QColor | None, width: float = 5) -> None:
    path = QPainterPath()
    path.addRoundedRect(box, 14, 14)
    p.painter.setPen(QPen(border, width) if border is not None else Qt.PenStyle.NoPen)
    p.painter.setBrush(fill)
    p.painter.drawPath(path)
