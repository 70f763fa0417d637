"""Parsed deck files kept between runs, keyed by their bytes.

Importing PyYAML and parsing costs more than the rest of opening a deck, and
decks rarely change between two starts. An entry holds the file's exact
bytes, the parsed values and their line/column marks, never code.

It is written with `marshal`, the format Python itself trusts for the
`__pycache__` beside our modules: unlike json or hashlib it costs nothing to
import, and start-up is measured against a bare Qt window. The entry is named
by a CRC of the bytes, but only served when the stored bytes equal the file's
(so a CRC collision just parses again), and a second CRC over the entry
catches a torn or damaged write before `marshal` reads it. Entries are per
Python version (`cache_tag`), as marshal's format may change between them.
Only documents that parsed cleanly are stored. Any problem with the cache
folder (missing, read-only, full, corrupt entries) just means parsing again.

The cache is small on purpose: a deck has two YAML files, so `KEEP` entries
cover the few decks a teacher switches between. Every hit marks its entry as
used, and each write evicts the least recently used beyond `KEEP`, so an
author's edits (a new entry per save) never pile up.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from pathlib import Path
from typing import Any

#: Bump when what `parse` produces changes, so old entries are not read.
FORMAT = "agora-parse-cache-2"
KEEP = 8
_CHECK = 4  # bytes of CRC-32 over the marshalled payload, at the front of an entry

Marks = dict[tuple[str | int, ...], tuple[int, int]]


def folder() -> Path:
    """The user's cache folder for Agora (XDG on Linux, LOCALAPPDATA on Windows)."""
    base = os.environ.get("XDG_CACHE_HOME") or (
        os.environ.get("LOCALAPPDATA") if os.name == "nt" else None
    )
    tag = sys.implementation.cache_tag or "python"
    return Path(base or Path.home() / ".cache") / "agora" / "parsed" / tag


def _entry(raw: bytes) -> Path:
    return folder() / f"{zlib.crc32(raw):08x}-{len(raw):x}.bin"


def get(raw: bytes) -> tuple[Any, Marks] | None:
    entry = _entry(raw)
    try:
        blob = entry.read_bytes()
        payload = blob[_CHECK:]
        if int.from_bytes(blob[:_CHECK], "big") != zlib.crc32(payload):
            return None
        fmt, stored, data, marks = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if fmt != FORMAT or stored != raw or not isinstance(marks, dict):
        return None
    # Used now: the last to be evicted. A read-only cache still serves, unranked.
    with contextlib.suppress(OSError):
        os.utime(entry)
    return data, marks


def put(raw: bytes, data: Any, marks: Marks) -> None:
    entry = _entry(raw)
    try:
        payload = marshal.dumps((FORMAT, raw, data, marks))
    except ValueError:
        return  # not plain data (cannot happen for parsed YAML): just do not cache it
    # Imported here: only a miss writes, and a start that hits the cache (every start
    # but the first) then never loads tempfile and shutil.
    from desktop_app.atomic import WriteError, write_bytes

    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(entry, zlib.crc32(payload).to_bytes(_CHECK, "big") + payload)
        _prune(entry.parent)
    except (OSError, WriteError):
        pass  # a cache that cannot be written only costs the next start its speed


def _prune(where: Path) -> None:
    """Keep the `KEEP` most recently used entries; drop the rest, oldest first."""
    used: list[tuple[float, Path]] = []
    for entry in where.glob("*.bin"):
        try:
            used.append((entry.stat().st_mtime, entry))
        except OSError:
            continue  # removed meanwhile by another Agora
    for _, old in sorted(used)[:-KEEP]:
        old.unlink(missing_ok=True)
