"""Markdown → HTML for slides, notes and argument details, plus what the loader checks.

The HTML produced here is what Qt's QTextDocument lays out, so extensions are
chosen for what that engine understands: tables, fenced code highlighted by
Pygments as CSS classes (each theme supplies the colours), attribute lists,
definition lists, abbreviations and footnotes (the "extra" set, minus
raw-HTML-in-Markdown, which a slide does not need). Raw HTML and links in the
output pass through the allow-list in `safe_html` before anyone sees them.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop_app.text.safe_html import sanitize

if TYPE_CHECKING:
    import markdown

#: `[text](term:open-weights)`, `[text](arg:closed-safety)`, `[text](slide:intro)`.
REFERENCE = re.compile(r"\]\(\s*(term|arg|slide):([^)\s]*)\s*\)")

_lock = threading.Lock()
_md: markdown.Markdown | None = None


def _markdown() -> markdown.Markdown:
    """The shared converter, built on first use.

    Extensions are passed as instances, not names: naming them makes
    python-markdown scan every installed package's entry points, which
    costs more at start-up than everything else the loader does.
    """
    global _md
    if _md is None:
        import markdown
        from markdown.extensions.abbr import AbbrExtension
        from markdown.extensions.attr_list import AttrListExtension
        from markdown.extensions.codehilite import CodeHiliteExtension
        from markdown.extensions.def_list import DefListExtension
        from markdown.extensions.fenced_code import FencedCodeExtension
        from markdown.extensions.footnotes import FootnoteExtension
        from markdown.extensions.sane_lists import SaneListExtension
        from markdown.extensions.smarty import SmartyExtension
        from markdown.extensions.tables import TableExtension

        _md = markdown.Markdown(
            extensions=[
                AbbrExtension(),
                AttrListExtension(),
                DefListExtension(),
                FencedCodeExtension(),
                FootnoteExtension(),
                TableExtension(),
                SaneListExtension(),
                SmartyExtension(),
                CodeHiliteExtension(css_class="codehilite", guess_lang=False),
            ]
        )
    return _md


@lru_cache(maxsize=1024)
def to_html(text: str) -> str:
    """Render Markdown once per distinct text; slides are repainted far more than edited.

    The result is sanitized: only the allowed HTML subset, links and image sources remain.
    """
    with _lock:
        md = _markdown()
        md.reset()
        html = md.convert(text)
    return sanitize(html)


_LIST_TAG = re.compile(r"<(/?)(ul|ol|li)\b", re.IGNORECASE)
#: Source lines that start a line of their own when shown (list items, headings, rows).
_LINE_START = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)]|#{1,6}|\|)[ \t]", re.M)


def leading_part(text: str, max_lines: int, max_chars: int) -> tuple[str, bool]:
    """The beginning of a Markdown text, at most `max_lines` list items, headings or table
    rows and about `max_chars` characters, and whether anything was cut off.

    The one rule of where a text too long to handle whole is cut: Qt lays out
    a long list in time that grows faster than the list (10,000 items take
    seconds), and python-markdown converts a quarter of a millisecond per
    item, so a view that shows an author's text bounds it first. The cut falls
    before a line start, or at a line end when the text is one long run.
    """
    cut = len(text)
    for count, match in enumerate(_LINE_START.finditer(text, 0, max_chars + 1)):
        if count == max_lines:
            cut = match.start()
            break
    if cut > max_chars:
        line_end = text.rfind("\n", 0, max_chars)
        cut = line_end if line_end > max_chars // 2 else max_chars
    return text[:cut], cut < len(text)


#: What a reading pane (study mode's text, the speaker notes, an argument's detail)
#: shows of one text at most. Measured on a busy 2-core machine: 100 list items
#: convert in about 25 ms and Qt lays them out in about 15 ms; 10,000 characters of
#: one paragraph take less. A pane shows up to two such texts (study mode: the
#: slide's and the notes). A slide shows far less (`render.text.shown_part`).
PANE_MAX_LINES = 100
PANE_MAX_CHARS = 10_000


def pane_part(text: str) -> tuple[str, bool]:
    """The beginning of `text` a reading pane shows, and whether the rest is left out."""
    return leading_part(text, PANE_MAX_LINES, PANE_MAX_CHARS)


def parts(text: str, max_lines: int, max_chars: int) -> Iterator[str]:
    """`text` in successive parts cut by `leading_part`, for work done a part at a time."""
    while text:
        part, _ = leading_part(text, max_lines, max_chars)
        yield part
        text = text[len(part) :]


def top_level_items(text: str) -> int:
    """How many top-level list items a text has: each one is a build step when builds are on.

    python-markdown writes well-formed tags and escapes `<` in text and code,
    so scanning for list tags is exact here.
    """
    depth = items = 0
    for match in _LIST_TAG.finditer(to_html(text)):
        closing, tag = match.group(1), match.group(2).lower()
        if tag == "li":
            items += int(not closing and depth == 1)
        else:
            depth += -1 if closing else 1
    return items


def plain(text: str) -> str:
    """The words of a Markdown text without markup, for search and summaries."""
    import html  # its entity table is large; only search and summaries need it

    stripped = html.unescape(re.sub(r"<[^>]+>", " ", to_html(text)))
    return re.sub(r"\s+", " ", stripped).strip()
