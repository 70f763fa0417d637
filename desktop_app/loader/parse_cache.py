"""Parsed deck files kept between runs, keyed by their bytes.

Importing PyYAML and parsing costs more than the rest of opening a deck, and
decks rarely change between two starts. The cache holds plain JSON (values
and their line/column marks), never code; its key is a hash of the file's
exact bytes and of this format, so an edited file is simply parsed again.
Only documents that parsed cleanly are stored. Any problem with the cache
folder (missing, read-only, full, corrupt entries) just means parsing again.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

#: Bump when what `yaml_parse` produces changes, so old entries are not read.
FORMAT = b"agora-parse-cache-1"
KEEP = 256


def folder() -> Path:
    """The user's cache folder for Agora (XDG on Linux, LOCALAPPDATA on Windows)."""
    base = os.environ.get("XDG_CACHE_HOME") or (
        os.environ.get("LOCALAPPDATA") if os.name == "nt" else None
    )
    return Path(base or Path.home() / ".cache") / "agora" / "parsed"


def _entry(raw: bytes) -> Path:
    return folder() / (hashlib.blake2b(FORMAT + raw, digest_size=20).hexdigest() + ".json")


def get(raw: bytes) -> tuple[Any, dict[tuple[str | int, ...], tuple[int, int]]] | None:
    try:
        payload = json.loads(_entry(raw).read_text(encoding="utf-8"))
        marks = {tuple(path): (int(line), int(col)) for path, line, col in payload["marks"]}
        return payload["data"], marks
    except (OSError, ValueError, KeyError, TypeError):
        return None


def put(raw: bytes, data: Any, marks: dict[tuple[str | int, ...], tuple[int, int]]) -> None:
    entry = _entry(raw)
    payload = {"data": data, "marks": [[list(p), line, col] for p, (line, col) in marks.items()]}
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(payload, out)
        os.replace(tmp, entry)
        _prune(entry.parent)
    except OSError:
        pass  # a cache that cannot be written only costs the next start its speed


def _prune(where: Path) -> None:
    """Keep the most recent entries: an author's edits leave one behind each save."""
    entries = sorted(where.glob("*.json"), key=lambda p: p.stat().st_mtime)
    for old in entries[:-KEEP]:
        old.unlink(missing_ok=True)
