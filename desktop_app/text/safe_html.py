"""The HTML a deck may use: one allow-list, applied to what is shown and to what is checked.

A deck is untrusted input: a colleague's file must not run scripts, pull in
files from outside its folder, or hide text behind styles. python-markdown
passes raw HTML through, so its output is rebuilt here tag by tag from an
allow-list (`sanitize`), and `agora check` walks the Markdown source with the
same rules (`findings`) to tell the author, with a location, what is dropped.

Image sources survive only as relative paths, rewritten to the `deck:` URL
scheme: Qt never resolves that scheme to a file by itself, so an image can
only appear when the renderer has checked the file and registered it with the
document (see `desktop_app/render/images.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

#: Tags kept (their attributes filtered); anything else loses its tag but keeps its text.
ALLOWED_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "cite",
        "code",
        "dd",
        "del",
        "div",
        "dl",
        "dt",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    ]
)
#: Tags dropped together with everything inside them.
DROPPED_WITH_CONTENT = frozenset(
    [
        "applet",
        "audio",
        "base",
        "button",
        "canvas",
        "embed",
        "form",
        "frame",
        "frameset",
        "head",
        "iframe",
        "input",
        "link",
        "math",
        "meta",
        "noscript",
        "object",
        "script",
        "select",
        "style",
        "svg",
        "template",
        "textarea",
        "title",
        "video",
    ]
)
_VOID = frozenset({"br", "hr", "img", "input", "link", "meta", "base", "embed", "frame"})

_GLOBAL_ATTRIBUTES = frozenset({"class", "id", "title", "lang", "dir", "style"})
_TAG_ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "name"}),
    "img": frozenset({"src", "alt", "width", "height"}),
    "ol": frozenset({"start", "type"}),
    "td": frozenset({"colspan", "rowspan", "align"}),
    "th": frozenset({"colspan", "rowspan", "align"}),
}
#: CSS properties kept in `style`: none of them can hide text, move it or load anything.
ALLOWED_STYLES = frozenset({"text-align", "font-weight", "font-style", "text-decoration"})
_STYLE_VALUE = re.compile(r"^[a-zA-Z0-9 #%.,-]*$")

#: Link targets that may be followed: the web, e-mail, and the deck's own references.
LINK_SCHEMES = ("http", "https", "mailto", "slide", "term", "arg")
#: The scheme image sources are rewritten to; only the renderer's checked files answer it.
IMAGE_SCHEME = "deck"
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")


# -- the rules ------------------------------------------------------------------------------


def link_scheme(href: str) -> str:
    """The scheme a browser would see, with the whitespace and control characters
    it ignores removed (`java\\nscript:` is `javascript:`); "" for none."""
    return urlsplit(_CONTROL.sub("", href)).scheme.lower()


def link_refusal(href: str) -> str:
    """Why a link target is refused, or "" when it may be kept."""
    if href.strip().startswith("#"):
        return ""  # footnotes and other places inside the same text
    scheme = link_scheme(href)
    if scheme in LINK_SCHEMES:
        return ""
    if not scheme:
        return f"link {href!r} has no scheme"
    return f"link scheme {scheme + ':'!r} is not allowed"


def image_refusal(src: str) -> str:
    """Why an image source is refused before its file is even looked at, or ""."""
    cleaned = src.strip()
    if not cleaned:
        return "image source is empty"
    if link_scheme(cleaned) or cleaned.startswith(("/", "\\")):
        return f"image {src!r} is not a relative path inside the deck folder"
    return ""


def image_url(src: str) -> str:
    """The `deck:` URL a kept image source is rewritten to."""
    return f"{IMAGE_SCHEME}:{quote(src.strip(), safe='/')}"


def image_path(url: str) -> str | None:
    """The deck-relative path of a `deck:` URL, or None for any other URL."""
    prefix = IMAGE_SCHEME + ":"
    return unquote(url[len(prefix) :]) if url.startswith(prefix) else None


def attribute_refusal(tag: str, name: str, value: str) -> str:
    """Why an attribute is dropped, or "" when it is kept (links and images aside)."""
    if name.startswith("on"):
        return f"event attribute {name!r} is not allowed"
    if name not in _GLOBAL_ATTRIBUTES and name not in _TAG_ATTRIBUTES.get(tag, ()):
        return f"attribute {name!r} on <{tag}> is not allowed"
    if name in ("width", "height") and not value.strip().isdigit():
        return f"{name} {value!r} must be a number of pixels"
    return ""


def style_kept(value: str) -> tuple[str, list[str]]:
    """The allowed declarations of a `style` attribute, and the properties dropped."""
    kept, dropped = [], []
    for declaration in value.split(";"):
        if not declaration.strip():
            continue
        prop, _, val = declaration.partition(":")
        prop = prop.strip().lower()
        if prop in ALLOWED_STYLES and _STYLE_VALUE.match(val.strip()):
            kept.append(f"{prop}: {val.strip()}")
        else:
            dropped.append(prop or declaration.strip())
    return "; ".join(kept), dropped


# -- enforcing them on rendered HTML ---------------------------------------------------------


def sanitize(html: str) -> str:
    """`html` rebuilt from the allow-list: unknown tags unwrapped, dangerous ones removed
    with their content, attributes, styles, links and image sources filtered."""
    from desktop_app.text.html_walk import Sanitizer

    parser = Sanitizer()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


# -- finding what the rules drop in Markdown source ------------------------------------------

_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.M | re.S)
#: A code span ends within its paragraph, so the search for its closing run stops at a
#: blank line: a text full of unmatched backticks costs no more than its paragraphs.
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)", re.S)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\(\s*<?([^)\s>]*)")
_LINK = re.compile(r"(?<!!)\[[^\]\n]*\]\(\s*<?([^)\s>]*)")
_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)", re.M)
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>")


def without_code(text: str) -> str:
    """`text` with fenced code blocks and code spans blanked out (offsets kept):
    what an author shows as code is an example, never a link, image or tag."""

    def blank(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    return _CODE_SPAN.sub(blank, _FENCE.sub(blank, text))


@dataclass(frozen=True)
class Finding:
    """Something in a Markdown text the rules drop or must check, at a 0-based offset."""

    offset: int
    message: str
    hint: str = ""
    #: For an image source that passed the syntactic rules: the path, still to be checked.
    image: str = ""
    #: True when what is found cannot be shown at all (an image from outside the deck).
    error: bool = False


_SUBSET_HINT = "see the allowed HTML in docs/deck-format.md"


def _link_finding(at: int, href: str) -> list[Finding]:
    why = link_refusal(href)
    if not why:
        return []
    allowed = ", ".join(s + ":" for s in LINK_SCHEMES)
    return [Finding(at, why + "; it is shown as plain text", f"use {allowed}")]


def _image_finding(at: int, src: str) -> Finding:
    why = image_refusal(src)
    if why:
        hint = "put the picture in the deck folder and give its relative path"
        return Finding(at, why, hint, error=True)
    return Finding(at, "", image=src.strip())


def findings(text: str) -> list[Finding]:
    """What the rules drop from a Markdown text, and every image it names, in source order.

    Images, links and definitions all start with `[` and tags and autolinks with `<`:
    a text with neither (most titles and notes) has nothing to find.
    """
    if "[" not in text and "<" not in text:
        return []
    source = without_code(text)
    found: list[Finding] = []
    for match in _IMAGE.finditer(source):
        found.append(_image_finding(match.start(), match.group(1)))
    for pattern in (_LINK, _DEFINITION):
        for match in pattern.finditer(source):
            found.extend(_link_finding(match.start(), match.group(1)))
    for match in _AUTOLINK.finditer(source):
        found.extend(_link_finding(match.start(), match.group(1)))
    if "<" in source:  # raw HTML: the slow path only for texts that may have some
        from desktop_app.text.html_walk import Scanner

        scanner = Scanner(source)
        scanner.feed(_AUTOLINK.sub(lambda m: " " * len(m.group(0)), source))
        scanner.close()
        found.extend(scanner.found)
    return sorted(found, key=lambda f: f.offset)


def tooltip_text(text: str) -> str:
    """Deck text made safe for a Qt tooltip: Qt shows a tooltip that looks like HTML as
    rich text (and would load any image it names), so the text is escaped inside a
    paragraph and always shows as written."""
    from html import escape

    return f"<p>{escape(text, quote=False)}</p>"


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of an offset in `text`."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
