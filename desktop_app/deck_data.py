"""Where one deck's per-user files live, and moving data saved under older keys there.

Every store files its data under the deck's identity (`model.identity`):
`<data folder>/decks/<identity>/` holds the ink and the poll, the study
database keys its rows by the identity, and settings use it in their keys.
Stores that need no Qt (the poll) call these with the data folder they were
given; `user_data.deck_data_dir` is the same with the app's data folder.

Earlier versions keyed each kind of data its own way. On first open a store
moves what it finds under its old key to the new place, once: an existing
file at the new place is never overwritten, and a move that fails leaves
the old file where it was (the data is then missing, not lost).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_app.model.deck import Deck
from desktop_app.model.identity import deck_identity


def deck_folder(data_root: Path, deck: Deck) -> Path:
    """The folder of one deck's files inside a per-user data folder."""
    return data_root / "decks" / deck_identity(deck)


def adopt_legacy_file(old: Path, new: Path) -> Path:
    """Move `old` to `new` unless `new` exists already; returns `new` either way."""
    if new.exists() or not old.is_file():
        return new
    try:
        new.parent.mkdir(parents=True, exist_ok=True)
        os.replace(old, new)
    except OSError as exc:
        print(f"{old}: cannot move saved data to {new}: {exc.strerror or exc}", file=sys.stderr)
    return new
