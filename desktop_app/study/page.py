"""The reading page of one slide: its whole text and notes as HTML, glossary terms linked.

QTextBrowser shows this HTML. Term and argument links carry a `title`, which
Qt shows as a tooltip, so hovering a linked term explains it in place.

A text too long to read in a pane (a slide of 10,000 list items, a 500 KB
paragraph) shows its beginning only, with the caller's note where it is cut:
converting and laying out the whole would block the window for seconds.
"""

from __future__ import annotations

import html
import re

from desktop_app.model.deck import Deck, Slide
from desktop_app.study.content import slide_markdown, slide_title
from desktop_app.study.glossary import TermMatcher
from desktop_app.study.words import ENGLISH, StudyWords, fill
from desktop_app.text.markdown import pane_part, plain, to_html
from desktop_app.text.safe_html import tooltip_text

_LINK = re.compile(r'<a href="(term|arg):([^"]+)"')


def slide_page(
    deck: Deck,
    slide: Slide,
    matcher: TermMatcher,
    words: StudyWords = ENGLISH,
    cut_note: str = "",
) -> str:
    """The page in the language of `words` (the study window passes the interface's);
    `cut_note` (plain text) follows a text shown only in part."""
    section = deck.section_of(slide)
    linked: set[str] = set()
    parts = [
        f"<p><i>{html.escape(fill(words.section, section.title))}</i></p>" if section else "",
        f"<h2>{html.escape(slide_title(deck, slide, words))}</h2>",
    ]
    body = slide_markdown(deck, slide, words)
    if body:
        parts.extend(_readable(body, matcher, linked, cut_note))
    if slide.notes:
        parts.append(f"<h3>{html.escape(words.presenter_notes)}</h3>")
        parts.extend(_readable(slide.notes, matcher, linked, cut_note))
    return with_titles(deck, "\n".join(parts))


def _readable(text: str, matcher: TermMatcher, linked: set[str], cut_note: str) -> list[str]:
    shown, cut = pane_part(text)
    parts = [matcher.link_html(to_html(shown), linked)]
    if cut:
        parts.append(f"<p><b>{html.escape(cut_note)}</b></p>")
    return parts


def with_titles(deck: Deck, markup: str) -> str:
    """Give every term and argument link a tooltip: the definition or the argument's summary."""

    def title(match: re.Match[str]) -> str:
        kind, ident = match.group(1), match.group(2)
        text = ""
        if kind == "term" and (term := deck.term(ident)) is not None:
            text = f"{term.term}: {plain(term.definition)}"
        elif kind == "arg" and deck.debate and (arg := deck.debate.argument(ident)):
            text = f"{arg.title}: {plain(arg.summary)}"
        # The title becomes a Qt tooltip, shown as rich text when it looks like HTML.
        tip = html.escape(tooltip_text(text))
        return f'{match.group(0)} title="{tip}"' if text else match.group(0)

    return _LINK.sub(title, markup)
