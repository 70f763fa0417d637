"""Cross-references between deck parts (`term:`, `arg:`, `slide:` links), checked last.

Links are collected while the files are read, with where each one was
written, and resolved once the whole deck is known, so a link may point
forward to a slide or term defined later.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_app.loader.fields import Fields
from desktop_app.model.deck import Deck
from desktop_app.model.problems import Problem
from desktop_app.text.markdown import REFERENCE, references
from desktop_app.yamlio.source import Path_

_NAMES = {"term": "glossary term", "arg": "argument", "slide": "slide"}


class References:
    def __init__(self) -> None:
        self._found: list[tuple[Problem, str, str]] = []

    def in_yaml(self, f: Fields, path: Path_, text: str) -> None:
        """Links in a YAML string, located at the string (block scalars span lines)."""
        line, col = f.doc.where(path)
        for kind, ident in references(text):
            self._found.append((Problem(f.doc.file, "", line, col), kind, ident))

    def in_file(self, file: Path, text: str) -> None:
        """Links in a Markdown file, each located at its own line and column."""
        for match in REFERENCE.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            col = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
            self._found.append((Problem(file, "", line, col), match.group(1), match.group(2)))

    def in_value(self, f: Fields, value: Any, path: Path_ = ()) -> None:
        """Links anywhere inside a parsed YAML value (debate files, quiz entries)."""
        if isinstance(value, str):
            self.in_yaml(f, path, value)
        elif isinstance(value, dict):
            for k, v in value.items():
                self.in_value(f, v, (*path, k))
        elif isinstance(value, list):
            for i, v in enumerate(value):
                self.in_value(f, v, (*path, i))

    def unresolved(self, deck: Deck) -> list[Problem]:
        known = {
            "term": {t.id for t in deck.glossary},
            "arg": {a.id for a in deck.debate.arguments} if deck.debate else set(),
            "slide": {s.id for s in deck.slides},
        }
        return [
            replace(
                where,
                message=f"link to unknown {_NAMES[kind]} {ident!r}",
                hint=f"define it or fix the id in ({kind}:{ident})",
            )
            for where, kind, ident in self._found
            if ident not in known[kind]
        ]
