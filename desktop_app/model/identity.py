"""Which deck per-user data belongs to: the one rule every store keys by.

Ink, poll counts, study notes, class results and remembered settings are
kept outside the deck (a deck may be read-only, in version control, or shared
by several teachers), so each needs to know "which deck is this?" across
runs. The answer is the deck's identity:

- `id-<id>` when deck.yaml has an `id:`. It survives moving, renaming and
  copying the folder and editing the deck, so a deck keeps its data
  wherever it goes. Two folders that carry the same `id:` are one deck to
  Agora and share their data: give a copy its own id to separate them.
- otherwise `path-<hash>`, a SHA-256 of the deck folder's absolute, resolved
  path. It survives every edit (title included) and opening the deck through
  a symbolic link, never mixes two decks that live in different folders,
  and names no personal folder in the data folder. Moving or renaming the
  folder gives a new identity: add an `id:` to keep data across moves.

The prefixes keep the two kinds apart, so an id can never equal a hash.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.model.deck import Deck


def deck_identity(deck: Deck) -> str:
    """A short, file-name-safe name for the deck's per-user data (see the module doc)."""
    if deck.id:
        return f"id-{deck.id}"
    return path_identity(deck.root)


def path_identity(root: Path) -> str:
    """The fallback identity of a deck folder without an `id:`."""
    import hashlib  # loads OpenSSL: only decks without an id pay for it, when first asked

    digest = hashlib.sha256(str(Path(root).resolve()).encode("utf-8")).hexdigest()
    return f"path-{digest[:20]}"
