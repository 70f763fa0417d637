"""Problems found in a deck, reported together and located by file and line."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a deck, with where it is and how to fix it.

    `line` and `column` are 1-based, as editors count; 0 means unknown.
    """

    file: Path
    message: str
    line: int = 0
    column: int = 0
    hint: str = ""
    severity: Severity = Severity.ERROR

    def format(self, base: Path | None = None) -> str:
        """`file:line:col: severity: message (hint)`, the shape editors jump to."""
        shown: Path | str = self.file
        if base is not None:
            try:
                shown = self.file.resolve().relative_to(base.resolve())
            except ValueError:
                shown = self.file
        where = f"{shown}"
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        text = f"{where}: {self.severity.value}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class DeckError(Exception):
    """A deck that cannot be loaded; carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = [p for p in problems if p.severity is Severity.ERROR]
        self.warnings = [p for p in problems if p.severity is Severity.WARNING]
        first = self.problems[0].format() if self.problems else "invalid deck"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more)" if more > 0 else ""))
