"""What parsing a deck file gives: values with their places, or one located error.

Shared by `source` (reading, the parse cache) and `parse` (PyYAML),
so that the parser does not import the module that imports it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.model.problems import Problem

Path_ = tuple[str | int, ...]


class SourceError(Exception):
    """The file can't be parsed at all; carries one located problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.format())
        self.problem = problem


@dataclass
class Located:
    """A parsed document and the (line, column) of each value, keyed by its path."""

    file: Path
    data: Any
    marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path_) -> tuple[int, int]:
        """Position of the value at `path`, or of its nearest located parent."""
        while path:
            if path in self.marks:
                return self.marks[path]
            path = path[:-1]
        return self.marks.get((), (1, 1))
