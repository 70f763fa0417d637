"""Deck files read safely, and YAML documents with the place every value came from.

Parsing itself is in `parse` (PyYAML through libyaml, converted by hand
so that no tag can construct anything). Parsed documents are kept in
`cache` by content, so an unchanged deck opens without importing
PyYAML at all: the first slide appears that much sooner. What a parse
gives (`Located`, `SourceError`) lives in `located`, which both this module
and `parse` import, so neither imports the other's importer.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.collector import paused
from desktop_app.model.problems import Problem
from desktop_app.yamlio import cache
from desktop_app.yamlio.located import Located, SourceError
from desktop_app.yamlio.located import Path_ as Path_  # re-exported for the loader's readers

MAX_FILE_BYTES = 1_000_000


def read_text(file: Path) -> str:
    """Read a deck file as UTF-8, refusing huge files, with a located error."""
    return _read(file)[1]


def _read(file: Path) -> tuple[bytes, str]:
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise SourceError(
                Problem(
                    file,
                    f"file is larger than {MAX_FILE_BYTES // 1_000_000} MB",
                    hint="split it or remove what does not belong in a deck",
                )
            )
        raw = file.read_bytes()
    except FileNotFoundError as exc:
        raise SourceError(Problem(file, "file not found", hint="check the path")) from exc
    except IsADirectoryError as exc:
        raise SourceError(Problem(file, "is a folder, expected a file")) from exc
    except OSError as exc:
        raise SourceError(Problem(file, f"cannot read file: {exc.strerror}")) from exc
    try:
        return raw, raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise SourceError(
            Problem(
                file,
                f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})",
                line,
                col,
                hint="save the file as UTF-8 in your editor",
            )
        ) from exc


def load_yaml(file: Path) -> Located:
    """The document in `file`, from the parse cache when its bytes were seen before."""
    raw, text = _read(file)
    # The document and its marks are one big tree of new objects with no cycles.
    with paused():
        cached = cache.get(raw)
        if cached is not None:
            data, marks = cached
            return Located(file, data, marks)
        from desktop_app.yamlio.parse import parse

        located = parse(file, text)
    cache.put(raw, located.data, located.marks)
    return located
