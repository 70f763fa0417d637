"""The two walks over HTML that `safe_html` applies its allow-list with.

Kept apart so that `html.parser` and its entity tables load only when a
text has HTML to walk: most deck texts have none, and the loader checks
every text before the first slide is shown.
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

from desktop_app.text.safe_html import (
    _SUBSET_HINT,
    _VOID,
    ALLOWED_STYLES,
    ALLOWED_TAGS,
    DROPPED_WITH_CONTENT,
    Finding,
    _image_finding,
    _link_finding,
    attribute_refusal,
    image_refusal,
    image_url,
    link_refusal,
    style_kept,
)


class Sanitizer(HTMLParser):
    """Rebuilds rendered HTML from the allow-list (`safe_html.sanitize`)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip: list[str] = []  # open tags whose content is dropped
        self._links: list[bool] = []  # per open <a>: whether its start tag was kept as a link

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip:
            if tag not in _VOID:
                self._skip.append(tag)
            return
        if tag in DROPPED_WITH_CONTENT:
            if tag not in _VOID:
                self._skip.append(tag)
            return
        if tag not in ALLOWED_TAGS:
            return
        kept = []
        for name, raw in attrs:
            value = raw or ""
            if attribute_refusal(tag, name, value):
                continue
            if name == "style":
                value, _ = style_kept(value)
                if not value:
                    continue
            elif tag == "a" and name == "href":
                if link_refusal(value):
                    continue
            elif tag == "img" and name == "src":
                if image_refusal(value):
                    continue
                value = image_url(value)
            kept.append(f' {name}="{escape(value)}"')
        if tag == "img" and not any(a.startswith(" src=") for a in kept):
            return  # an image with nothing safe to show
        if tag == "a":
            is_link = any(a.startswith(" href=") or a.startswith(" name=") for a in kept)
            self._links.append(is_link)
            if not is_link:
                return
        self.out.append(f"<{tag}{''.join(kept)}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and not self._skip and tag in ALLOWED_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            return
        if tag in _VOID or tag not in ALLOWED_TAGS:
            return
        if tag == "a" and not (self._links.pop() if self._links else False):
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(escape(data, quote=False))


class Scanner(HTMLParser):
    """Finds what the allow-list drops in Markdown source (`safe_html.findings`)."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Finding] = []
        starts = [0]
        starts.extend(m.end() for m in re.finditer("\n", text))
        self._starts = starts

    def _here(self) -> int:
        line, col = self.getpos()
        return self._starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        at = self._here()
        if tag in DROPPED_WITH_CONTENT:
            self.found.append(Finding(at, f"raw HTML <{tag}> is dropped with its content"))
            return
        if tag not in ALLOWED_TAGS:
            self.found.append(
                Finding(at, f"raw HTML <{tag}> is not allowed; its text is kept", _SUBSET_HINT)
            )
            return
        for name, raw in attrs:
            value = raw or ""
            why = attribute_refusal(tag, name, value)
            if why:
                self.found.append(Finding(at, why + "; it is dropped", _SUBSET_HINT))
            elif name == "style":
                _, dropped = style_kept(value)
                if dropped:
                    self.found.append(
                        Finding(
                            at,
                            "style " + ", ".join(repr(d) for d in dropped) + " is dropped",
                            "only " + ", ".join(sorted(ALLOWED_STYLES)) + " are kept",
                        )
                    )
            elif tag == "a" and name == "href":
                self.found.extend(_link_finding(at, value))
            elif tag == "img" and name == "src":
                self.found.append(_image_finding(at, value))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
