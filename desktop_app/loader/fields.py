"""Typed reading of parsed YAML that records problems instead of raising.

Each loader walks its document through a `Fields` reader: a wrong type, a
missing key or an unknown key becomes a located `Problem` and the walk goes
on, so an author sees every mistake of a deck in one `agora check` run.
"""

from __future__ import annotations

import re
from typing import Any

from desktop_app.model.problems import Problem, Severity
from desktop_app.yamlio.source import Located, Path_

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
COLOR_PATTERN = re.compile(r"^#[0-9a-fA-F]{6}$")


class Fields:
    def __init__(self, doc: Located, problems: list[Problem]) -> None:
        self.doc = doc
        self.problems = problems

    def error(self, path: Path_, message: str, hint: str = "") -> None:
        line, col = self.doc.where(path)
        self.problems.append(Problem(self.doc.file, message, line, col, hint))

    def warn(self, path: Path_, message: str, hint: str = "") -> None:
        line, col = self.doc.where(path)
        self.problems.append(
            Problem(self.doc.file, message, line, col, hint, severity=Severity.WARNING)
        )

    def mapping(self, value: Any, path: Path_, allowed: tuple[str, ...], what: str) -> dict:
        """A mapping with only known keys; unknown ones are reported with the closest match."""
        if not isinstance(value, dict):
            self.error(path, f"{what} must be a mapping of keys to values")
            return {}
        for key in value:
            if key not in allowed:
                import difflib  # only for the rare typo; start-up does not pay for it

                close = difflib.get_close_matches(key, allowed, n=1)
                hint = (
                    f"did you mean {close[0]!r}?" if close else "known keys: " + ", ".join(allowed)
                )
                self.error((*path, key), f"unknown key {key!r} in {what}", hint)
        return value

    def text(self, m: dict, key: str, path: Path_, required: bool = False) -> str:
        value = m.get(key)
        if value is None:
            if required:
                self.error(path, f"missing required key {key!r}", f"add `{key}: ...`")
            return ""
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.error((*path, key), f"{key!r} must be text")
            return ""
        return str(value)

    def ident(self, m: dict, key: str, path: Path_, what: str) -> str:
        value = self.text(m, key, path, required=True)
        if value and not ID_PATTERN.match(value):
            self.error(
                (*path, key),
                f"{what} id {value!r} is not a valid id",
                "use lower-case letters, digits and hyphens, e.g. open-weights",
            )
        return value

    def number(self, m: dict, key: str, path: Path_) -> float:
        value = m.get(key)
        if value is None:
            return 0.0
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            self.error((*path, key), f"{key!r} must be a number of zero or more")
            return 0.0
        return float(value)

    def integer(self, m: dict, key: str, path: Path_, default: int = -1) -> int:
        value = m.get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.error((*path, key), f"{key!r} must be a whole number")
            return default
        return value

    def flag(self, m: dict, key: str, path: Path_) -> bool:
        value = m.get(key)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.error((*path, key), f"{key!r} must be true or false")
            return False
        return value

    def texts(self, m: dict, key: str, path: Path_) -> tuple[str, ...]:
        value = m.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        if not isinstance(value, list):
            self.error((*path, key), f"{key!r} must be a list of texts")
            return ()
        out = []
        for i, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, (str, int, float)):
                self.error((*path, key, i), f"item {i + 1} of {key!r} must be text")
            else:
                out.append(str(item))
        return tuple(out)

    def items(self, m: dict, key: str, path: Path_, required: bool = False) -> list[Any]:
        value = m.get(key)
        if value is None:
            if required:
                self.error(path, f"missing required key {key!r}", f"add a `{key}:` list")
            return []
        if not isinstance(value, list):
            self.error((*path, key), f"{key!r} must be a list")
            return []
        return value

    def color(self, value: Any, path: Path_) -> str:
        if not isinstance(value, str) or not COLOR_PATTERN.match(value):
            self.error(path, f"colour {value!r} is not of the form #rrggbb", 'e.g. "#1f6feb"')
            return ""
        return value
