"""What Markdown texts point at: cross-references (`term:`, `arg:`, `slide:`), web links and
images, collected with where each was written and checked once the whole deck is known.

References are resolved last, so a link may point forward to a slide or term
defined later. Links, raw HTML and images go through the rules of
`text/safe_html` and `deck_files` here, so `agora check` locates exactly
what the renderer will refuse.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_app.deck_files import ImageRefused, check_image
from desktop_app.loader.fields import Fields
from desktop_app.model.deck import Deck
from desktop_app.model.problems import Problem, Severity
from desktop_app.text.markdown import REFERENCE
from desktop_app.text.safe_html import Finding, findings, position, without_code
from desktop_app.yamlio.source import Path_

_NAMES = {"term": "glossary term", "arg": "argument", "slide": "slide"}


class References:
    def __init__(self, real_root: Path) -> None:
        self._root = real_root
        self._found: list[tuple[Problem, str, str]] = []
        self._images: dict[str, ImageRefused | None] = {}
        #: Problems with links, raw HTML and images, found as the texts are read.
        self.problems: list[Problem] = []

    def in_yaml(self, f: Fields, path: Path_, text: str) -> None:
        """Links in a YAML string, located at the string (block scalars span lines)."""
        if "[" not in text and "<" not in text:  # no link, image or tag: see `findings`
            return
        line, col = f.doc.where(path)
        here = Problem(f.doc.file, "", line, col)
        for match in REFERENCE.finditer(without_code(text)):
            self._found.append((here, match.group(1), match.group(2)))
        for finding in findings(text):
            self._report(here, finding)

    def in_file(self, file: Path, text: str) -> None:
        """Links in a Markdown file, each located at its own line and column."""
        for match in REFERENCE.finditer(without_code(text)):
            line, col = position(text, match.start())
            self._found.append((Problem(file, "", line, col), match.group(1), match.group(2)))
        for finding in findings(text):
            line, col = position(text, finding.offset)
            self._report(Problem(file, "", line, col), finding)

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

    def _report(self, where: Problem, finding: Finding) -> None:
        """A dropped link or tag is a warning (the slide still shows, without it);
        an image that cannot be shown is an error."""
        image = finding.image
        if not image:
            severity = Severity.ERROR if finding.error else Severity.WARNING
            self.problems.append(
                replace(where, message=finding.message, hint=finding.hint, severity=severity)
            )
            return
        if image not in self._images:
            try:
                check_image(self._root, image)
                self._images[image] = None
            except ImageRefused as exc:
                self._images[image] = exc
        refused = self._images[image]
        if refused is not None:
            self.problems.append(replace(where, message=str(refused), hint=refused.hint))

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
