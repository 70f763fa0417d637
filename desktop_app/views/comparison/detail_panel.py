"""The selected argument in full, beside the grid: summary, detail, examples and links.

"Answers:" and "In tension with:" list the linked arguments as links; following
one selects that card in the grid, so a class can walk an exchange of
arguments without leaving the comparison. Glossary links show the term's
definition under the text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSettings, QUrl, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.app import settings
from desktop_app.model.debate import Argument, Debate
from desktop_app.model.deck import Deck
from desktop_app.render.fonts import register_fonts
from desktop_app.render.images import register_images
from desktop_app.render.theme import theme_for
from desktop_app.text.languages import isolate
from desktop_app.text.markdown import pane_part, to_html


def _links(debate: Debate, ids: list[str]) -> str:
    names = []
    for ident in dict.fromkeys(ids):
        other = debate.argument(ident)
        if other is not None:
            pos = debate.position(other.side)
            marker = f"{pos.marker} " if pos and pos.marker else ""
            names.append(f"[{isolate(marker + other.title)}](arg:{ident})")
    return ", ".join(names)


def detail_markdown(deck: Deck, arg: Argument, term: str = "", side_color: str = "") -> str:
    """The argument as one Markdown text (kept apart from the widget so it is easy to test).

    The deck's words (title, side, row, summary, examples) stay as the deck wrote
    them; the headings around them are the interface's, in its language. Each
    heading is one template with its Markdown, so a translation can move the value.
    """
    debate = deck.debate
    assert debate is not None
    pos = debate.position(arg.side)
    side = f"{pos.marker} {pos.label}".strip() if pos else arg.side
    dim = next((d for d in debate.dimensions if d.id == arg.dimension), None)
    parts = [
        f"## {arg.title}",
        f'<span style="color:{side_color}"><b>{html.escape(side)}</b></span>'
        if side_color
        else f"**{side}**",
        f"*{arg.summary}*",
    ]
    if dim is not None:
        row = QCoreApplication.translate("DetailPanel", "Row: %1")
        parts.insert(2, row.replace("%1", isolate(dim.title)))
    if arg.detail:
        detail, cut = pane_part(arg.detail)  # thousands of lines would block the window
        parts.append(detail)
        if cut:
            note = QCoreApplication.translate(
                "DetailPanel", "Only the beginning is shown: this text is too long to read here."
            )
            parts.append(f"<b>{html.escape(note)}</b>")
    if arg.examples:
        parts.append(
            QCoreApplication.translate("DetailPanel", "**Examples**")
            + "\n\n"
            + "\n".join(f"- {e}" for e in arg.examples)
        )
    answers = list(arg.answers) + [a.id for a in debate.arguments if arg.id in a.answers]
    tension = list(arg.tension) + [a.id for a in debate.arguments if arg.id in a.tension]
    if answers:
        parts.append(
            QCoreApplication.translate("DetailPanel", "**Answers:** %1").replace(
                "%1", _links(debate, answers)
            )
        )
    if tension:
        parts.append(
            QCoreApplication.translate("DetailPanel", "**In tension with:** %1").replace(
                "%1", _links(debate, tension)
            )
        )
    entry = deck.term(term) if term else None
    if entry is not None:
        parts.append(f"---\n\n**{entry.term}**: {entry.definition}")
    return "\n\n".join(parts)


#: Where the detail's text-size steps are remembered (0: sized by the panel alone).
TEXT_STEPS = "comparison/text_steps"
MIN_STEPS, MAX_STEPS = -3, 8


def text_steps(store: QSettings) -> int:
    try:
        return max(MIN_STEPS, min(MAX_STEPS, int(str(store.value(TEXT_STEPS, 0)))))
    except ValueError:  # a hand-edited settings file
        return 0


def change_text_steps(store: QSettings, delta: int | None) -> None:
    """One step larger (+1) or smaller (-1), or back to the panel's own size (None)."""
    steps = 0 if delta is None else text_steps(store) + delta
    store.setValue(TEXT_STEPS, max(MIN_STEPS, min(MAX_STEPS, steps)))


class DetailPanel(QTextBrowser):
    """Read-only argument text; emits the argument id a link asks to select."""

    argumentActivated = Signal(str)

    def __init__(self, deck: Deck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deck = deck
        self._arg: Argument | None = None
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Argument detail"))
        self.setMinimumWidth(280)
        # The deck's typeface, as on the slide the room has just seen.
        register_fonts()
        font = QFont(self.font())
        font.setFamily(theme_for(deck).fonts.get("body", font.family()))
        self.setFont(font)
        self.anchorClicked.connect(self._follow)

    @property
    def argument(self) -> Argument | None:
        return self._arg

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.apply_text_size()

    def apply_text_size(self) -> None:
        """Text grows with the panel: 17 px in a laptop window, about 27 px on a
        full-height projector, so the room can read what the teacher opens; the
        reader's text-size steps (View → Larger Text) scale that by 15 % each."""
        base = max(15, min(34, round(self.height() / 40)))
        font = QFont(self.font())
        font.setPixelSize(round(base * 1.15 ** text_steps(settings())))
        if font != self.font():
            self.setFont(font)

    def set_deck(self, deck: Deck) -> None:
        self._deck = deck
        if self._arg is not None and deck.debate is not None:
            self.show_argument(deck.debate.argument(self._arg.id))

    def show_argument(self, arg: Argument | None, term: str = "") -> None:
        self._arg = arg
        if arg is None or self._deck.debate is None:
            self.clear()
            return
        color = theme_for(self._deck).side(arg.side)
        page = to_html(detail_markdown(self._deck, arg, term, color))
        register_images(self.document(), page, self._deck.root.resolve(), self.viewport().width())
        self.setHtml(page)
        pos = self._deck.debate.position(arg.side)
        # Only the deck's words: the argument and its side.
        self.setAccessibleDescription(f"{arg.title} ({pos.label if pos else arg.side})")

    def _follow(self, url: QUrl) -> None:
        kind, _, ident = url.toString().partition(":")
        if kind == "arg":
            self.argumentActivated.emit(ident)
        elif kind == "term" and self._arg is not None:
            self.show_argument(self._arg, ident)
