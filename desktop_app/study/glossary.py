"""Finding glossary terms in running text, so study mode can link them to their definitions.

Authors link some terms explicitly (`[weights](term:model-weights)`); study
mode also links the first plain mention of every other term, matched on
whole words, ignoring case, with the term's aliases, longest form first so
"open-source model" wins over "open".
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from desktop_app.model.deck import GlossaryTerm

#: Inside these elements text is never linked: it is a link already, or code.
_SKIP = {"a", "code", "pre"}
_TAG = re.compile(r"(<[^>]+>)")
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)")


@dataclass(frozen=True)
class TermHit:
    start: int
    end: int
    term: str  # glossary id


class TermMatcher:
    def __init__(self, terms: tuple[GlossaryTerm, ...]) -> None:
        self._ids: dict[str, str] = {}
        for term in terms:
            for form in (term.term, *term.aliases):
                self._ids.setdefault(form.casefold(), term.id)
        forms = sorted(self._ids, key=len, reverse=True)
        alternatives = "|".join(re.escape(f) for f in forms if f)
        self._pattern = (
            re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE) if alternatives else None
        )

    def find(self, text: str) -> list[TermHit]:
        """Every mention of a term in `text`, left to right, never overlapping."""
        if self._pattern is None:
            return []
        return [
            TermHit(m.start(), m.end(), self._ids[m.group(0).casefold()])
            for m in self._pattern.finditer(text)
        ]

    def link_html(self, markup: str, linked: set[str] | None = None) -> str:
        """Wrap the first mention of each term in `<a href="term:ID">`, outside links and code.

        `linked` holds term ids already linked (and is updated), so a caller
        rendering several fragments of one page links each term once.
        """
        seen = linked if linked is not None else set()
        seen.update(m.group(1) for m in re.finditer(r'href="term:([^"]+)"', markup))
        out: list[str] = []
        skip_depth = 0
        for piece in _TAG.split(markup):
            if piece.startswith("<"):
                tag = _TAG_NAME.match(piece)
                if tag and tag.group(2).lower() in _SKIP and not piece.endswith("/>"):
                    skip_depth += -1 if tag.group(1) else 1
                out.append(piece)
            elif skip_depth > 0 or not piece:
                out.append(piece)
            else:
                out.append(self._link_text(piece, seen))
        return "".join(out)

    def _link_text(self, text: str, seen: set[str]) -> str:
        plain = html.unescape(text)
        result: list[str] = []
        pos = 0
        for hit in self.find(plain):
            if hit.term in seen:
                continue
            seen.add(hit.term)
            result.append(html.escape(plain[pos : hit.start], quote=False))
            word = html.escape(plain[hit.start : hit.end], quote=False)
            result.append(f'<a href="term:{hit.term}">{word}</a>')
            pos = hit.end
        if not result:
            return text
        result.append(html.escape(plain[pos:], quote=False))
        return "".join(result)
