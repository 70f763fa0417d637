"""The debate side by side: one row per dimension, open facing closed, hybrid below.

The same drawing serves the comparison slide in the deck, its PDF page and
the interactive comparison view, which passes a `ComparisonFocus` to dim,
select and filter cards.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath, QPen

from desktop_app.model.debate import Argument, Debate
from desktop_app.render.canvas import BOTTOM, MARGIN_X, WIDTH, ComparisonFocus, Paint
from desktop_app.render.layouts.text import paint_heading

_AC = Qt.AlignmentFlag
GAP = 40
HEADER_H = 104
LABEL_H = 38
HYBRID_H = 128


def comparison_rows(debate: Debate, dimensions: tuple[str, ...]) -> list[str]:
    """Dimension ids shown, in the debate's order (all when none are named)."""
    return [d.id for d in debate.dimensions if not dimensions or d.id in dimensions]


def card_rects(debate: Debate, dimensions: tuple[str, ...], top: float) -> dict[str, QRectF]:
    """Where each argument's card sits on the canvas: the view uses it for mouse hits."""
    rows = comparison_rows(debate, dimensions)
    hybrid = debate.unpaired("hybrid")
    col = (WIDTH - 2 * MARGIN_X - GAP) / 2
    y = top + HEADER_H + 16
    space = BOTTOM - y - (HYBRID_H + 16 if hybrid else 0)
    row_h = min(260.0, space / max(1, len(rows)))
    rects: dict[str, QRectF] = {}
    sides = [p.id for p in debate.positions if p.id != "hybrid"][:2]
    for r, dim in enumerate(rows):
        card_top = y + r * row_h + LABEL_H
        for c, side in enumerate(sides):
            args = debate.row(dim, side)
            if not args:
                continue
            h = (row_h - LABEL_H - 12) / len(args)
            for k, arg in enumerate(args):
                rects[arg.id] = QRectF(MARGIN_X + c * (col + GAP), card_top + k * h, col, h - 6)
    if hybrid:
        hy = y + len(rows) * row_h + 8
        w = (WIDTH - 2 * MARGIN_X - GAP * (len(hybrid) - 1)) / len(hybrid)
        for k, arg in enumerate(hybrid):
            rects[arg.id] = QRectF(MARGIN_X + k * (w + GAP), hy + LABEL_H, w, HYBRID_H - LABEL_H)
    return rects


def paint_comparison(p: Paint) -> None:
    debate = p.deck.debate
    top = paint_heading(p, p.slide.title or "Side by side")
    if debate is None:
        return
    focus = p.options.comparison or ComparisonFocus()
    rows = comparison_rows(debate, p.slide.dimensions)
    builds = p.slide.builds
    col = (WIDTH - 2 * MARGIN_X - GAP) / 2
    sides = [pos for pos in debate.positions if pos.id != "hybrid"][:2]
    for c, pos in enumerate(sides):
        box = QRectF(MARGIN_X + c * (col + GAP), top, col, HEADER_H)
        _rounded(p, box, p.side_color(pos.id), None)
        p.label(f"{pos.marker} {pos.label}".strip(), box.adjusted(28, 8, -28, -HEADER_H / 2),
                40, "on_side", bold=True, wrap=False, align=_AC.AlignLeft | _AC.AlignVCenter)
        p.label(pos.stance, box.adjusted(28, HEADER_H / 2 - 2, -28, -8), 26, "on_side",
                align=_AC.AlignLeft | _AC.AlignVCenter)
    rects = card_rects(debate, p.slide.dimensions, top)
    y = top + HEADER_H + 16
    hybrid = debate.unpaired("hybrid")
    space = BOTTOM - y - (HYBRID_H + 16 if hybrid else 0)
    row_h = min(260.0, space / max(1, len(rows)))
    for r, dim_id in enumerate(rows):
        if builds and r >= p.step:
            continue
        dim = next(d for d in debate.dimensions if d.id == dim_id)
        dimmed = bool(focus.dimension) and focus.dimension != dim_id
        p.painter.setOpacity(0.25 if dimmed else 1.0)
        p.label(dim.title.upper(), QRectF(MARGIN_X, y + r * row_h, WIDTH - 2 * MARGIN_X, LABEL_H),
                24, "muted", bold=True, wrap=False, align=_AC.AlignHCenter | _AC.AlignVCenter)
        for side in (pos.id for pos in sides):
            for arg in debate.row(dim_id, side):
                _argument_card(p, rects[arg.id], arg, debate, focus)
    if hybrid and (not builds or p.step > len(rows)):
        pos = debate.position("hybrid")
        dimmed = bool(focus.dimension) and focus.dimension != "hybrid"
        p.painter.setOpacity(0.25 if dimmed else 1.0)
        first = rects[hybrid[0].id]
        title = f"{pos.marker} {pos.label}: {pos.stance}" if pos else "Middle ground"
        p.label(title.upper() if len(title) < 60 else title,
                QRectF(MARGIN_X, first.top() - LABEL_H, WIDTH - 2 * MARGIN_X, LABEL_H),
                24, "hybrid", bold=True, wrap=False, align=_AC.AlignHCenter | _AC.AlignVCenter)
        for arg in hybrid:
            _argument_card(p, rects[arg.id], arg, debate, focus)
    p.painter.setOpacity(1.0)


def matches(arg: Argument, focus: ComparisonFocus) -> bool:
    """Whether a card passes the view's side filter and search box."""
    if focus.sides and arg.side not in focus.sides:
        return False
    if focus.query:
        words = f"{arg.title} {arg.summary} {arg.detail} {' '.join(arg.examples)}".lower()
        return all(w in words for w in focus.query.lower().split())
    return True


def _argument_card(p: Paint, box: QRectF, arg: Argument, debate: Debate,
                   focus: ComparisonFocus) -> None:
    row_opacity = p.painter.opacity()
    if not matches(arg, focus):
        p.painter.setOpacity(min(row_opacity, 0.2))
    side = p.side_color(arg.side)
    selected = focus.selected == arg.id
    linked = arg.id in focus.highlighted
    border = p.color("accent") if selected else side if linked else None
    _rounded(p, box, p.color("surface"), border, width=8 if selected else 5)
    p.painter.fillRect(QRectF(box.left(), box.top() + 10, 12, box.height() - 20), side)
    pos = debate.position(arg.side)
    marker = pos.marker if pos else ""
    inner = box.adjusted(36, 10, -20, -8)
    title_h = min(52.0, inner.height() * 0.45)
    p.label(f"{marker} {arg.title}".strip(), QRectF(inner.left(), inner.top(), inner.width(),
            title_h), 34, "text", bold=True, wrap=False, align=_AC.AlignLeft | _AC.AlignVCenter)
    if linked and not selected:
        p.label("\u21c4 answers", QRectF(inner.right() - 200, inner.top(), 200, title_h), 22,
                arg.side, bold=True, wrap=False, align=_AC.AlignRight | _AC.AlignVCenter)
    p.label(arg.summary, QRectF(inner.left(), inner.top() + title_h, inner.width(),
            inner.height() - title_h), 27, "muted", min_size=20)
    p.painter.setOpacity(row_opacity)


def _rounded(p: Paint, box: QRectF, fill, border, width: float = 5) -> None:  # type: ignore[no-untyped-def]
    path = QPainterPath()
    path.addRoundedRect(box, 14, 14)
    p.painter.setPen(QPen(border, width) if border is not None else Qt.PenStyle.NoPen)
    p.painter.setBrush(fill)
    p.painter.drawPath(path)
