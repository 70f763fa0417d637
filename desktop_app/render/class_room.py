"""The class session as pictures: the join screen and the live result of a question.

Drawn on the slides' logical 1920×1080 canvas and letterboxed into any
rectangle, so the projector, the console's preview, a PNG and the results
page of a PDF show the same drawing. The QR code is painted module by
module as vector rectangles (from segno's matrix), sharp at any size; at
full height on a projector a module is over 20 pixels, readable from the
back of a classroom. Only counts and approved answers are ever drawn.
Colour is never the only cue: every bar carries its label, count and share.

The pictures are shown to the room and exported on the results pages, so
their words follow the deck's `language`, as exports do, not the
interface's: the caller hands in the deck's words (`i18n.deck_words`, or
the export's `DeckWords`). In a right-to-left language the texts start at
the right edge, as on the deck's slides.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from desktop_app.classroom.activity import VOTES, Question, RoomView, swing
from desktop_app.render.canvas import CANVAS, HEIGHT, MARGIN_X, WIDTH, chart_bar, chart_text
from desktop_app.render.qr import paint_qr
from desktop_app.render.renderer import letterbox
from desktop_app.render.theme import Theme
from desktop_app.text.languages import is_right_to_left

_AC = Qt.AlignmentFlag
QR_SIZE = 900
# Side colours for the motion votes: for and against take the motion's positions' colours.
VOTE_ROLE = {"for": "open", "against": "closed", "undecided": "muted"}


class Words(Protocol):
    """A catalogue in one language (`i18n.DeckWords`): `translate` with Qt's %n plural forms."""

    language: str

    def translate(self, context: str, text: str, n: int = -1) -> str: ...


def paint_join(painter: QPainter, rect: QRectF, theme: Theme, room: RoomView, words: Words) -> None:
    """The join screen: QR code, URL, short code and the live number joined."""
    ClassRoom(theme, words).paint_join(painter, rect, room)


def paint_results(
    painter: QPainter, rect: QRectF, theme: Theme, room: RoomView, words: Words
) -> None:
    """The current question's live result: bars, the motion's swing, or approved answers."""
    ClassRoom(theme, words).paint_results(painter, rect, room)


class ClassRoom:
    """Paints the session's pictures with the words of one language.

    Its texts are `self.tr(...)` calls: pyside6-lupdate takes their context
    from the class name ("ClassRoom") and, unlike `translate`, extracts `%n`
    plural forms with a count known only at run time.
    """

    def __init__(self, theme: Theme, words: Words) -> None:
        self._theme = theme
        self._words = words
        self._rtl = is_right_to_left(words.language)

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        """`text` in the words' language (%n filled with `n`, in its plural form)."""
        return self._words.translate("ClassRoom", text, n)

    def vote_label(self, vote: str) -> str:
        return {
            "for": self.tr("For"),
            "against": self.tr("Against"),
            "undecided": self.tr("Undecided"),
        }[vote]

    def paint_join(self, painter: QPainter, rect: QRectF, room: RoomView) -> None:
        """The join screen: QR code, URL, short code and the live number joined."""
        with self._canvas(painter, rect):
            top = (HEIGHT - QR_SIZE) / 2
            qr_box = QRectF(MARGIN_X, top, QR_SIZE, QR_SIZE)
            paint_qr(painter, qr_box, room.url)
            x = qr_box.right() + 80
            w = WIDTH - x - MARGIN_X / 2
            text = self._text
            text(painter, self.tr("Join the class"), QRectF(x, top, w, 110), 84, "text", True)
            text(painter, self.tr("Scan the code, or open:"), QRectF(x, top + 140, w, 50), 36)
            url_box = QRectF(x, top + 195, w, 170)
            text(painter, _ltr(room.url), url_box, 34, "text", wrap=True, anywhere=True)
            address = _ltr(room.url.split("/s/")[0])
            typed = self.tr("or type the code at %1").replace("%1", address)
            text(painter, typed, QRectF(x, top + 400, w, 50), 32, anywhere=True)
            text(painter, room.code, QRectF(x, top + 450, w, 140), 120, "accent", True)
            joined = self.tr("%n joined", "", room.joined)
            text(painter, joined, QRectF(x, top + 660, w, 120), 96, "text", True)
            if room.question is not None and room.open:
                now = self.tr("Now: %1").replace("%1", self._prompt(room.question))
                text(painter, now, QRectF(x, top + 790, w, 110), 34, wrap=True)

    def paint_results(self, painter: QPainter, rect: QRectF, room: RoomView) -> None:
        """The current question's live result: bars, the motion's swing, or approved answers."""
        with self._canvas(painter, rect):
            q = room.question
            text = self._text
            if q is None:
                text(painter, self.tr("No question yet"), QRectF(CANVAS), 64, align=_centre())
                return
            box = QRectF(MARGIN_X, 40, WIDTH - 2 * MARGIN_X, 170)
            text(painter, self._prompt(q), box, 56, "text", True, wrap=True)
            total = sum(room.tally.values())
            status = self.tr("open") if room.open else self.tr("closed")
            counted = self.tr("%n answers", "", total)
            line = QRectF(MARGIN_X, 210, WIDTH - 2 * MARGIN_X, 50)
            text(painter, f"{counted} \u00b7 {status}", line, 34)
            area = QRectF(MARGIN_X, 290, WIDTH - 2 * MARGIN_X, HEIGHT - 340)
            if q.free_text:
                self._answers(painter, area, room.approved)
            elif q.kind == "quiz" and not room.revealed:
                hidden = self.tr("The answers appear when revealed.")
                text(painter, hidden, area, 48, align=_centre())
            elif q.kind == "motion" and room.before and room.after and q.key.endswith("after"):
                self._swing(painter, area, room)
            else:
                rows = [
                    (o.id, self.vote_label(o.id) if q.kind == "motion" else _isolated(o.label))
                    for o in q.options
                ]
                correct = q.correct if room.revealed else None
                self._bars(painter, area, rows, [room.tally], correct)

    def _prompt(self, q: Question) -> str:
        # The deck's words keep their own direction inside the sentence around them.
        prompt = _isolated(q.prompt)
        if q.kind == "motion":
            return self.tr("The motion: %1").replace("%1", prompt)
        if q.kind == "row":
            return self.tr("Which argument convinces you more? (%1)").replace("%1", prompt)
        return prompt

    def _swing(self, painter: QPainter, area: QRectF, room: RoomView) -> None:
        """Before (hatched) and after (solid) bars per vote, and each side's swing in points."""
        rows = [(v, self.vote_label(v)) for v in VOTES]
        bars = QRectF(area.left(), area.top(), area.width(), area.height() - 130)
        self._bars(painter, bars, rows, [room.before, room.after], None)
        change = swing(room.before, room.after)
        parts = [f"{self.vote_label(v)} {self._signed(change[v])}" for v in VOTES]
        line = self.tr("Swing (percentage points): %1").replace("%1", " \u00b7 ".join(parts))
        winner = max(("for", "against"), key=lambda v: change[v])
        if change[winner] > 0 and change[winner] != change["against" if winner == "for" else "for"]:
            line += " \u2014 " + self.tr("%1 gained most").replace("%1", self.vote_label(winner))
        box = QRectF(area.left(), bars.bottom() + 20, area.width(), 100)
        self._text(painter, line, box, 44, "text", True, wrap=True)

    def _bars(
        self,
        painter: QPainter,
        area: QRectF,
        rows: list[tuple[str, str]],
        tallies: list[dict[str, int]],
        correct: str | None,
    ) -> None:
        """One group per option; one bar per tally (hatched for the earlier of two)."""
        if not rows:
            return
        theme = self._theme
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
            self._text(
                painter,
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
                chart_bar(painter, theme, track, share, colour, len(tallies) > 1 and k == 0)
                phase = ""
                if len(tallies) > 1:
                    phase = (self.tr("before") if k == 0 else self.tr("after")) + " "
                figures = f"{self._number(count)} ({self._percent(share)})"
                number = f"{phase}{figures}" if totals[k] else f"{phase}\u2013"
                box = QRectF(track.right() + 20, y, number_w - 20, bar_h)
                self._text(painter, number, box, 30, "text", True)

    def _answers(self, painter: QPainter, area: QRectF, texts: tuple[str, ...]) -> None:
        """Approved free-text answers as cards, the latest last; the oldest drop off when full."""
        if not texts:
            empty = self.tr("Approved answers appear here.")
            self._text(painter, empty, area, 44, align=_centre())
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
            painter.setBrush(QColor(self._theme.color("surface")))
            painter.drawRoundedRect(box, 14, 14)
            inner = box.adjusted(24, 12, -24, -12)
            self._text(painter, _isolated(text), inner, 32, "text", wrap=True)

    # -- numbers and text in the words' language -------------------------------------------

    def _number(self, value: int) -> str:
        return QLocale(self._words.language).toString(value)

    def _percent(self, share: float) -> str:
        locale = QLocale(self._words.language)
        return locale.toString(round(share * 100)) + locale.percent()

    def _signed(self, points: float) -> str:
        """A swing in whole points with its sign (+3, −2, 0) in the language's digits."""
        whole = round(points)
        sign = "+" if whole > 0 else "\u2212" if whole < 0 else ""
        return sign + self._number(abs(whole))

    def _canvas(self, painter: QPainter, rect: QRectF) -> _canvas:
        return _canvas(painter, rect, self._theme, self._rtl)

    def _text(
        self,
        painter: QPainter,
        text: str,
        box: QRectF,
        size: int,
        color: str = "muted",
        bold: bool = False,
        wrap: bool = False,
        align: Qt.AlignmentFlag = _AC.AlignLeft | _AC.AlignVCenter,
        anywhere: bool = False,
    ) -> None:
        chart_text(painter, self._theme, text, box, size, color, bold, wrap, align, anywhere)


class _canvas:
    """Paint on the logical canvas letterboxed into `rect`, on the theme's background.

    The painter's layout direction is the language's, so text aligned left
    starts at the right edge in a right-to-left language.
    """

    def __init__(self, painter: QPainter, rect: QRectF, theme: Theme, rtl: bool) -> None:
        self._painter, self._rect, self._theme, self._rtl = painter, rect, theme, rtl

    def __enter__(self) -> None:
        frame = letterbox(self._rect)
        painter = self._painter
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(frame.topLeft())
        painter.scale(frame.width() / WIDTH, frame.height() / HEIGHT)
        painter.fillRect(CANVAS, QColor(self._theme.color("background")))
        direction = Qt.LayoutDirection.RightToLeft if self._rtl else Qt.LayoutDirection.LeftToRight
        painter.setLayoutDirection(direction)

    def __exit__(self, *_exc: object) -> None:
        self._painter.restore()


def _ltr(text: str) -> str:
    """An address, left to right even in an Arabic sentence (Unicode's isolate marks)."""
    return f"\u2066{text}\u2069"


def _isolated(text: str) -> str:
    """The deck's (or a student's) text in its own direction, whatever the page's."""
    return f"\u2068{text}\u2069"


def _centre() -> Qt.AlignmentFlag:
    return _AC.AlignCenter
