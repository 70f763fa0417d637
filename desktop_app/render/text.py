"""Markdown laid out by QTextDocument: fitted to a box, with build steps hidden.

QTextDocument paints vector text on any QPainter (screen, image, PDF), so it
is the one text engine for every output. Laid-out documents are cached: a
slide is painted many times (window, thumbnails, presenter previews) but
changes rarely.

Documents never load anything themselves: their HTML names images only by
the `deck:` scheme, and `render.images.register_images` hands each document
the checked pictures before its HTML is set. Text that cannot possibly show
on a slide is not laid out at all (`shown_part`), so a slide with 10,000 list
items costs what its first screenful costs.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock, QTextDocument

# The QText* classes are imported where they are used: Qt for Python builds each
# class's enums when the class is first touched (dozens for the text classes),
# and a title slide, the first thing on screen, needs none of them.

from desktop_app.render.theme import Theme
from desktop_app.text.markdown import leading_part, to_html

_HEADING_SCALE = {1: 1.45, 2: 1.25, 3: 1.1, 4: 1.0, 5: 1.0, 6: 1.0}
_CACHE_SIZE = 256
#: Characters of one text laid out on a slide at most: at the smallest size the canvas
#: holds about 30 lines of about 100 characters, so the rest could never show.
MAX_SHOWN_CHARS = 20_000


@dataclass(frozen=True)
class TextStyle:
    """How a block of Markdown looks: font role, pixel size, colour role, alignment."""

    size: int
    color: str = "text"
    family: str = "body"
    bold: bool = False
    italic: bool = False
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    line_height: int = 118
    #: The deck language's direction: right-to-left text is set from the right edge,
    #: and `align` left means the start of the line in either direction.
    direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight


class _DocCache:
    def __init__(self) -> None:
        self._docs: OrderedDict[tuple, QTextDocument] = OrderedDict()

    def get(self, key: tuple) -> QTextDocument | None:
        doc = self._docs.get(key)
        if doc is not None:
            self._docs.move_to_end(key)
        return doc

    def put(self, key: tuple, doc: QTextDocument) -> None:
        self._docs[key] = doc
        while len(self._docs) > _CACHE_SIZE:
            self._docs.popitem(last=False)

    def clear(self) -> None:
        self._docs.clear()


_cache = _DocCache()


def clear_cache() -> None:
    """Forget laid-out text (after a theme or font change)."""
    _cache.clear()


def _stylesheet(theme: Theme, size: int) -> str:
    mono = theme.fonts.get("mono", "monospace")
    gap = round(size * 0.35)
    return (
        f"a {{ color: {theme.color('link')}; text-decoration: underline; }}"
        f"code {{ font-family: '{mono}'; background-color: {theme.color('code_background')}; }}"
        # Qt gives every line of a <pre> its own block, so margins here would
        # split a code listing into stripes; the paragraph before it spaces it.
        f"pre {{ font-family: '{mono}'; background-color: {theme.color('code_background')};"
        " margin-top: 0px; margin-bottom: 0px; }"
        f"p {{ margin-top: 0px; margin-bottom: {gap}px; }}"
        f"li {{ margin-bottom: {round(size * 0.4)}px; }}"
        f"ul, ol {{ margin-top: 0px; margin-bottom: {gap}px; }}"
        f"blockquote {{ color: {theme.color('muted')}; font-style: italic;"
        f" margin-left: {size}px; }}"
        f"th {{ background-color: {theme.color('surface')}; font-weight: bold; }}"
        f"th, td {{ padding: {round(size * 0.2)}px; border: 1px solid {theme.color('muted')}; }}"
        "table { border-collapse: collapse; }"
    )


def shown_part(markdown: str, height: float, min_size: int) -> tuple[str, bool]:
    """The part of `markdown` that could show in a box `height` pixels high with text of
    `min_size` pixels or more, and whether anything was cut off.

    Each list item, heading or table row takes at least a line of `min_size`;
    twice as many as fit, or MAX_SHOWN_CHARS, is a safe upper bound.
    """
    return leading_part(markdown, 2 * (int(height / max(1, min_size)) + 1), MAX_SHOWN_CHARS)


def build_document(
    markdown: str,
    width: float,
    style: TextStyle,
    theme: Theme,
    visible_items: int = -1,
    deck_folder: str = "",
) -> QTextDocument:
    """A laid-out document for `markdown` at `width`, cached.

    `visible_items` hides top-level list items from that index on (builds):
    hidden items keep their space so nothing moves as they appear. Images are
    served from `deck_folder` (resolved) through the deck's image rule.
    """
    key = (markdown, round(width), style, theme, visible_items, deck_folder)
    doc = _cache.get(key)
    if doc is not None:
        return doc
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setUndoRedoEnabled(False)
    font = QFont(theme.fonts.get(style.family, theme.fonts.get("body", "sans-serif")))
    font.setPixelSize(style.size)
    font.setBold(style.bold)
    font.setItalic(style.italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setFeature(QFont.Tag("liga"), 0)  # ligatures break text search in exported PDFs
    doc.setDefaultFont(font)
    doc.setIndentWidth(style.size * 1.1)
    if style.direction != Qt.LayoutDirection.LeftToRight:
        option = doc.defaultTextOption()
        option.setTextDirection(style.direction)
        doc.setDefaultTextOption(option)
    html = _for_qt(to_html(markdown))
    sheet = _stylesheet(theme, style.size)
    if 'class="codehilite"' in html:  # Pygments' styles load only for slides with code
        sheet += _code_colours(theme.code_style)
    doc.setDefaultStyleSheet(sheet)
    if deck_folder and "<img" in html:  # the picture decoder loads with the first picture
        from desktop_app.render.images import register_images

        register_images(doc, html, Path(deck_folder), width)
    doc.setHtml(html)
    _shape_blocks(doc, style, theme, visible_items)
    doc.setTextWidth(width)
    _cache.put(key, doc)
    return doc


def _for_qt(html: str) -> str:
    """Pygments ends a code block with a newline, which QTextDocument shows as an empty line."""
    return html.replace("\n</code></pre>", "</code></pre>")


@lru_cache(maxsize=8)
def _code_colours(style: str) -> str:
    """A Pygments style's token colours as CSS; its line-height and background are left
    out, since the theme's code background must win and line-height stripes the lines."""
    from pygments.formatters import HtmlFormatter

    rules = HtmlFormatter(style=style).get_style_defs(".codehilite").splitlines()
    return "".join(
        rule for rule in rules if not rule.startswith(("pre ", ".codehilite { background"))
    )


def _shape_blocks(doc: QTextDocument, style: TextStyle, theme: Theme, visible_items: int) -> None:
    """Heading sizes, line height, alignment and hidden build items, block by block."""
    from PySide6.QtGui import QBrush, QTextCharFormat, QTextCursor

    hidden = QTextCharFormat()
    hidden.setForeground(QBrush(Qt.GlobalColor.transparent))
    cursor = QTextCursor(doc)
    count, item = 0, -1
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if not fmt.nonBreakableLines():  # code keeps tight lines, or its background stripes
            fmt.setLineHeight(style.line_height, 1)  # QTextBlockFormat.ProportionalHeight
        if not block.textList():
            fmt.setAlignment(style.align)
        level = fmt.headingLevel()
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        if level:
            heading = QTextCharFormat()
            heading.setFontPointSize(0)  # keep pixel size authoritative
            f = QFont(doc.defaultFont())
            f.setPixelSize(round(style.size * _HEADING_SCALE.get(level, 1.0)))
            f.setBold(True)
            heading.setFont(f)
            heading.setForeground(QBrush(QColor(theme.color("text"))))
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.mergeCharFormat(heading)
        # Items are numbered across all top-level lists, as the loader counts them;
        # nested lists and continuation paragraphs belong to the item above.
        text_list = block.textList()
        if text_list is not None and text_list.format().indent() == 1:
            count += 1
            item = count - 1
        elif text_list is None and not _inside_item(block):
            item = -1
        if 0 <= visible_items <= item:
            cursor.setPosition(block.position())
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.mergeCharFormat(hidden)
            cursor.mergeBlockCharFormat(hidden)
        block = block.next()


def _inside_item(block: QTextBlock) -> bool:
    """A paragraph that continues a list item (loose lists) is indented like one."""
    return block.blockFormat().leftMargin() > 0 or block.blockFormat().indent() > 0


def document_height(doc: QTextDocument) -> float:
    return doc.documentLayout().documentSize().height()


def fit_document(
    markdown: str,
    box: QRectF,
    style: TextStyle,
    theme: Theme,
    min_size: int,
    visible_items: int = -1,
    deck_folder: str = "",
) -> tuple[QTextDocument, bool]:
    """The largest size from `style.size` down to `min_size` at which the text fits `box`.

    Sizes are tried on the full text (all items visible) so a slide's text
    does not change size as build steps reveal items. Returns the document
    at the visible step and whether it fits at all. Text longer than can
    ever show is cut (`shown_part`), laid out once at `min_size`, and does not fit.
    """
    shown, cut = shown_part(markdown, box.height(), min_size)
    if cut:
        size = min_size
    else:
        size = _fitted_size(shown, box.width(), box.height(), style, theme, min_size, deck_folder)
    fitted = _sized(style, size)
    doc = build_document(shown, box.width(), fitted, theme, visible_items, deck_folder)
    full = build_document(shown, box.width(), fitted, theme, -1, deck_folder)
    return doc, not cut and document_height(full) <= box.height() + 0.5


def _sized(style: TextStyle, size: int) -> TextStyle:
    return replace(style, size=size)


_fit_cache: dict[tuple, int] = {}
#: Layouts tried below the first estimate before settling for the smallest size.
_FIT_STEPS = 3


def _fitted_size(
    markdown: str,
    width: float,
    height: float,
    style: TextStyle,
    theme: Theme,
    min_size: int,
    deck_folder: str,
) -> int:
    """A bounded search: one layout at full size, then an estimate from its height (text
    area grows with the square of the size), then a few steps down from there."""
    key = (markdown, round(width), round(height), style, theme, min_size, deck_folder)
    cached = _fit_cache.get(key)
    if cached is not None:
        return cached

    def overshoot(size: int) -> float:
        doc = build_document(markdown, width, _sized(style, size), theme, -1, deck_folder)
        return document_height(doc) / max(1.0, height + 0.5)

    best = style.size
    ratio = overshoot(best)
    steps = 0
    while ratio > 1 and best > min_size:
        if steps == _FIT_STEPS:
            best = min_size
            break
        best = max(min_size, min(best - 1, math.floor(best / math.sqrt(ratio))))
        ratio = overshoot(best)
        steps += 1
    if len(_fit_cache) > 4096:
        _fit_cache.clear()
    _fit_cache[key] = best
    return best


def draw_document(
    painter: QPainter,
    doc: QTextDocument,
    top_left: QPointF,
    color: QColor,
    clip: QRectF | None = None,
) -> None:
    """Paint a laid-out document with `color` as the default text colour."""
    painter.save()
    painter.translate(top_left)
    from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette

    ctx = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, color)
    ctx.palette = palette
    if clip is not None:
        visible = clip.translated(-top_left)
        painter.setClipRect(visible)
        # Qt paints every block that touches the clip, edges included: a line starting
        # exactly at the bottom would be painted (clipped away, yet in a PDF's text, so
        # found twice by search and read twice by screen readers).
        ctx.clip = visible.adjusted(0, 0.5, 0, -0.5)
    doc.documentLayout().draw(painter, ctx)
    painter.restore()
