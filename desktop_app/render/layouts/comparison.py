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

from desktop_app.model.debate import Argument, Debate
from desktop_app.render.canvas import BOTTOM, MARGIN_X, WIDTH, ComparisonFocus, Paint

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


def comparison_rows(debate: Debate, dimensions: tuple[str, ...]) -> list[str]:
    """Dimension ids shown, in the debate's order (all when none are named)."""
    return [d.id for d in debate.dimensions if not dimensions or d.id in dimensions]


def _sides(debate: Debate) -> list[str]:
    return [p.id for p in debate.positions if p.id != "hybrid"][:2]


def _rows_top(top: float) -> float:
    return top + HEADER_H + 4


def _row_height(debate: Debate, rows: list[str], top: float) -> float:
    hybrid = bool(debate.unpaired("hybrid"))
    space = BOTTOM - _rows_top(top) - (LABEL_H + HYBRID_CARD_H + ROW_GAP if hybrid else 0)
    return min(MAX_ROW_H, space / max(1, len(rows)))


def card_rects(
    debate: Debate, dimensions: tuple[str, ...], top: float = GRID_TOP
) -> dict[str, QRectF]:
    """Where each argument's card sits on the canvas: the view uses it for mouse hits."""
    rows = comparison_rows(debate, dimensions)
    hybrid = debate.unpaired("hybrid")
    col = (WIDTH - 2 * MARGIN_X - GAP) / 2
    y = _rows_top(top)
    row_h = _row_height(debate, rows, top)
    rects: dict[str, QRectF] = {}
    for r, dim in enumerate(rows):
        card_top = y + r * row_h + LABEL_H
        for c, side in enumerate(_sides(debate)):
            args = debate.row(dim, side)
            if not args:
                continue
            h = (row_h - LABEL_H - ROW_GAP) / len(args)
            for k, arg in enumerate(args):
                rects[arg.id] = QRectF(MARGIN_X + c * (col + GAP), card_top + k * h, col, h - 6)
    if hybrid:
        hy = y + len(rows) * row_h + LABEL_H
        w = (WIDTH - 2 * MARGIN_X - GAP * (len(hybrid) - 1)) / len(hybrid)
        for k, arg in enumerate(hybrid):
            rects[arg.id] = QRectF(MARGIN_X + k * (w + GAP), hy, w, HYBRID_CARD_H)
    return rects


def paint_comparison(p: Paint) -> None:
    debate = p.deck.debate
    p.label(
        p.slide.title or "Side by side",
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
    row_h = _row_height(debate, rows, top)
    builds = p.slide.builds
    for r, dim_id in enumerate(rows):
        if builds and r >= p.step:
            continue
        dim = next(d for d in debate.dimensions if d.id == dim_id)
        p.painter.setOpacity(DIM_ROW if focus.dimension not in ("", dim_id) else 1.0)
        p.label(
            f"{r + 1}  \u00b7  {dim.title}",
            QRectF(MARGIN_X, y + r * row_h, WIDTH - 2 * MARGIN_X, LABEL_H),
            28,
            "muted",
            bold=True,
            wrap=False,
            align=_AC.AlignHCenter | _AC.AlignVCenter,
        )
        for side in _sides(debate):
            for arg in debate.row(dim_id, side):
                _argument_card(p, rects[arg.id], arg, debate, focus, 38, 28)
    hybrid = debate.unpaired("hybrid")
    if hybrid and (not builds or p.step > len(rows)):
        pos = debate.position("hybrid")
        p.painter.setOpacity(DIM_ROW if focus.dimension not in ("", "hybrid") else 1.0)
        title = f"{pos.marker} {pos.label} \u2014 {pos.stance}".strip() if pos else "Middle ground"
        first = rects[hybrid[0].id]
        p.label(
            title,
            QRectF(MARGIN_X, first.top() - LABEL_H, WIDTH - 2 * MARGIN_X, LABEL_H),
            28,
            "hybrid",
            bold=True,
            wrap=False,
            align=_AC.AlignHCenter | _AC.AlignVCenter,
        )
        for arg in hybrid:
            _argument_card(p, rects[arg.id], arg, debate, focus, 34, 28)
    p.painter.setOpacity(1.0)


def _side_headers(p: Paint, debate: Debate, focus: ComparisonFocus, top: float) -> None:
    """One bar per side: colour, marker and name, so no reader depends on colour alone."""
    col = (WIDTH - 2 * MARGIN_X - GAP) / 2
    for c, side in enumerate(_sides(debate)):
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


def matches(arg: Argument, focus: ComparisonFocus) -> bool:
    """Whether a card passes the view's side filter and search box."""
    if focus.sides and arg.side not in focus.sides:
        return False
    if focus.query:
        words = f"{arg.title} {arg.summary} {arg.detail} {' '.join(arg.examples)}".lower()
        return all(w in words for w in focus.query.lower().split())
    return True


def link_label(debate: Debate, selected: str, arg: Argument) -> str:
    """How a highlighted card relates to the selected one, in words (not colour alone)."""
    chosen = debate.argument(selected)
    if chosen is None:
        return ""
    if arg.id in chosen.answers or selected in arg.answers:
        return "\u21c4 answers"
    if arg.id in chosen.tension or selected in arg.tension:
        return "\u21c4 in tension"
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
    note = link_label(debate, focus.selected, arg) if linked and not selected else ""
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
