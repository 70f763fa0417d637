"""The class session as pictures: the join screen and the live result of a question.

Drawn on the slides' logical 1920×1080 canvas and letterboxed into any
rectangle, so the projector, the console's preview, a PNG and the results
page of a PDF show the same drawing. The QR code is painted module by
module as vector rectangles (from segno's matrix), sharp at any size; at
full height on a projector a module is over 20 pixels, readable from the
back of a classroom. Only counts and approved answers are ever drawn.
Colour is never the only cue: every bar carries its label, count and share.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

from desktop_app.classroom.activity import VOTES, Question, RoomView, swing
from desktop_app.render.canvas import CANVAS, HEIGHT, MARGIN_X, WIDTH
from desktop_app.render.qr import paint_qr
from desktop_app.render.renderer import letterbox
from desktop_app.render.theme import Theme

_AC = Qt.AlignmentFlag
QR_SIZE = 900
#: Side colours for the motion votes: for and against take the motion's positions' colours.
VOTE_ROLE = {"for": "open", "against": "closed", "undecided": "muted"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClassRoom", text)


def vote_label(vote: str) -> str:
    return {"for": _tr("For"), "against": _tr("Against"), "undecided": _tr("Undecided")}[vote]


def paint_join(painter: QPainter, rect: QRectF, theme: Theme, room: RoomView) -> None:
    """The join screen: QR code, URL, short code and the live number joined."""
    with _canvas(painter, rect, theme):
        top = (HEIGHT - QR_SIZE) / 2
        qr_box = QRectF(MARGIN_X, top, QR_SIZE, QR_SIZE)
        paint_qr(painter, qr_box, room.url)
        x = qr_box.right() + 80
        w = WIDTH - x - MARGIN_X / 2
        _text(painter, theme, _tr("Join the class"), QRectF(x, top, w, 110), 84, "text", True)
        _text(painter, theme, _tr("Scan the code, or open:"), QRectF(x, top + 140, w, 50), 36)
        url_box = QRectF(x, top + 195, w, 170)
        _text(painter, theme, room.url, url_box, 34, "text", wrap=True, anywhere=True)
        typed = _tr("or type the code at %s") % room.url.split("/s/")[0]
        _text(painter, theme, typed, QRectF(x, top + 400, w, 50), 32, anywhere=True)
        _text(painter, theme, room.code, QRectF(x, top + 450, w, 140), 120, "accent", True)
        joined = QCoreApplication.translate("ClassRoom", "%n joined", "", room.joined)
        _text(painter, theme, joined, QRectF(x, top + 660, w, 120), 96, "text", True)
        if room.question is not None and room.open:
            _text(
                painter,
                theme,
                _tr("Now: %s") % _prompt(room.question),
                QRectF(x, top + 790, w, 110),
                34,
                wrap=True,
            )


def paint_results(painter: QPainter, rect: QRectF, theme: Theme, room: RoomView) -> None:
    """The current question's live result: bars, the motion's swing, or approved answers."""
    with _canvas(painter, rect, theme):
        q = room.question
        if q is None:
            _text(painter, theme, _tr("No question yet"), QRectF(CANVAS), 64, align=_centre())
            return
        _text(
            painter,
            theme,
            _prompt(q),
            QRectF(MARGIN_X, 40, WIDTH - 2 * MARGIN_X, 170),
            56,
            "text",
            True,
            wrap=True,
        )
        total = sum(room.tally.values())
        status = _tr("open") if room.open else _tr("closed")
        counted = QCoreApplication.translate("ClassRoom", "%n answers", "", total)
        _text(
            painter,
            theme,
            f"{counted} \u00b7 {status}",
            QRectF(MARGIN_X, 210, WIDTH - 2 * MARGIN_X, 50),
            34,
        )
        area = QRectF(MARGIN_X, 290, WIDTH - 2 * MARGIN_X, HEIGHT - 340)
        if q.free_text:
            _answers(painter, theme, area, room.approved)
        elif q.kind == "quiz" and not room.revealed:
            _text(
                painter, theme, _tr("The answers appear when revealed."), area, 48, align=_centre()
            )
        elif q.kind == "motion" and room.before and room.after and q.key.endswith("after"):
            _swing(painter, theme, area, room)
        else:
            rows = [(o.id, vote_label(o.id) if q.kind == "motion" else o.label) for o in q.options]
            correct = q.correct if room.revealed else None
            _bars(painter, theme, area, rows, [room.tally], correct)


def _prompt(q: Question) -> str:
    if q.kind == "motion":
        return _tr("The motion: %s") % q.prompt
    if q.kind == "row":
        return _tr("Which argument convinces you more? (%s)") % q.prompt
    return q.prompt


def _swing(painter: QPainter, theme: Theme, area: QRectF, room: RoomView) -> None:
    """Before (hatched) and after (solid) bars per vote, and each side's swing in points."""
    rows = [(v, vote_label(v)) for v in VOTES]
    bars = QRectF(area.left(), area.top(), area.width(), area.height() - 130)
    _bars(painter, theme, bars, rows, [room.before, room.after], None)
    change = swing(room.before, room.after)
    parts = [f"{vote_label(v)} {change[v]:+.0f}" for v in VOTES]
    line = _tr("Swing (percentage points): %s") % " \u00b7 ".join(parts)
    winner = max(("for", "against"), key=lambda v: change[v])
    if change[winner] > 0 and change[winner] != change["against" if winner == "for" else "for"]:
        line += " \u2014 " + _tr("%s gained most") % vote_label(winner)
    box = QRectF(area.left(), bars.bottom() + 20, area.width(), 100)
    _text(painter, theme, line, box, 44, "text", True, wrap=True)


def _bars(
    painter: QPainter,
    theme: Theme,
    area: QRectF,
    rows: list[tuple[str, str]],
    tallies: list[dict[str, int]],
    correct: str | None,
) -> None:
    """One group per option; one bar per tally (hatched for the earlier of two)."""
    if not rows:
        return
    label_w, number_w = 520.0, 340.0
    group_h = min(190.0, area.height() / len(rows))
    bar_x = area.left() + label_w
    bar_w = area.width() - label_w - number_w
    totals = [sum(t.values()) for t in tallies]
    for g, (option, label) in enumerate(rows):
        top = area.top() + g * group_h
        role = VOTE_ROLE.get(option, "accent")
        colour = QColor(theme.side(role) if role in ("open", "closed") else theme.color(role))
        mark = "\u2713 " if option == correct else ""
        _text(
            painter,
            theme,
            mark + label,
            QRectF(area.left(), top, label_w - 30, group_h - 20),
            36 if len(label) < 60 else 28,
            "correct" if option == correct else "text",
            True,
            wrap=True,
        )
        bar_h = (group_h - 30) / len(tallies)
        for k, tally in enumerate(tallies):
            y = top + k * bar_h
            count = tally.get(option, 0)
            share = count / totals[k] if totals[k] else 0.0
            track = QRectF(bar_x, y + 6, bar_w, bar_h - 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.color("surface")))
            painter.drawRoundedRect(track, 8, 8)
            if count:
                bar = QRectF(track.left(), track.top(), max(16.0, bar_w * share), track.height())
                earlier = len(tallies) > 1 and k == 0
                style = Qt.BrushStyle.BDiagPattern if earlier else Qt.BrushStyle.SolidPattern
                painter.setPen(QPen(colour, 4))
                painter.setBrush(QBrush(colour, style))
                painter.drawRoundedRect(bar.adjusted(2, 2, -2, -2), 8, 8)
            phase = ""
            if len(tallies) > 1:
                phase = (_tr("before") if k == 0 else _tr("after")) + " "
            number = f"{phase}{count} ({share:.0%})" if totals[k] else f"{phase}\u2013"
            _text(
                painter,
                theme,
                number,
                QRectF(track.right() + 20, y, number_w - 20, bar_h),
                30,
                "text",
                True,
            )


def _answers(painter: QPainter, theme: Theme, area: QRectF, texts: tuple[str, ...]) -> None:
    """Approved free-text answers as cards, the latest last; the oldest drop off when full."""
    if not texts:
        _text(painter, theme, _tr("Approved answers appear here."), area, 44, align=_centre())
        return
    columns, rows = 2, 4
    shown = texts[-columns * rows :]
    card_w = (area.width() - 40) / columns
    card_h = (area.height() - 20 * (rows - 1)) / rows
    for i, text in enumerate(shown):
        col, row = i % columns, i // columns
        box = QRectF(
            area.left() + col * (card_w + 40), area.top() + row * (card_h + 20), card_w, card_h
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.color("surface")))
        painter.drawRoundedRect(box, 14, 14)
        _text(painter, theme, text, box.adjusted(24, 12, -24, -12), 32, "text", wrap=True)


class _canvas:
    """Paint on the logical canvas letterboxed into `rect`, on the theme's background."""

    def __init__(self, painter: QPainter, rect: QRectF, theme: Theme) -> None:
        self._painter, self._rect, self._theme = painter, rect, theme

    def __enter__(self) -> None:
        frame = letterbox(self._rect)
        painter = self._painter
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(frame.topLeft())
        painter.scale(frame.width() / WIDTH, frame.height() / HEIGHT)
        painter.fillRect(CANVAS, QColor(self._theme.color("background")))

    def __exit__(self, *_exc: object) -> None:
        self._painter.restore()


def _centre() -> Qt.AlignmentFlag:
    return _AC.AlignCenter


def _text(
    painter: QPainter,
    theme: Theme,
    text: str,
    box: QRectF,
    size: int,
    color: str = "muted",
    bold: bool = False,
    wrap: bool = False,
    align: Qt.AlignmentFlag = _AC.AlignLeft | _AC.AlignVCenter,
    anywhere: bool = False,
) -> None:
    font = QFont(theme.fonts.get("body", "sans-serif"))
    font.setPixelSize(size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    painter.setFont(font)
    painter.setPen(QColor(theme.color(color)))
    wrapping = Qt.TextFlag.TextWrapAnywhere if anywhere else Qt.TextFlag.TextWordWrap
    flags = int(align) | (int(wrapping) if wrap else 0)
    painter.drawText(box, flags, text)
