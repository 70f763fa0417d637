"""A show-of-hands poll taken before and after the debate: open, closed or hybrid.

The counts are the teacher's record of the lesson, so each change is written
to disk at once (atomically: a crash leaves the previous file or the new one,
never half of one). The file is plain JSON in the deck's folder of the user's
data (see `deck_data`); the caller chooses the data folder, so this module
stays free of Qt.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.atomic import WriteError, write_bytes
from desktop_app.deck_data import adopt_legacy_file, deck_folder
from desktop_app.model.deck import Deck

PHASES: tuple[str, ...] = ("before", "after")
CHOICES: tuple[str, ...] = ("open", "closed", "hybrid")
FORMAT = 1
POLL_FILE = "poll.json"


class PollError(Exception):
    """A poll file that cannot be read or written; the message names the file."""


def deck_poll_file(folder: Path, deck: Deck) -> Path:
    """Where the poll panel keeps a deck's tally, and where an export looks for it.

    `folder` is the per-user data folder. A tally saved by an earlier version
    (`polls/<folder name>-<title>.json`, which two decks with the same folder
    name and title shared) is moved here on first use.
    """
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{deck.root.name}-{deck.title}").strip("-.")
    legacy = folder / "polls" / f"{slug or 'deck'}.json"
    return adopt_legacy_file(legacy, deck_folder(folder, deck) / POLL_FILE)


@dataclass
class Tally:
    """Votes per phase and choice, saved to `path` after every change."""

    path: Path
    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {p: dict.fromkeys(CHOICES, 0) for p in PHASES}
    )

    @classmethod
    def load(cls, path: Path) -> Tally:
        """Read a saved tally; a missing file is an empty poll.

        A damaged file raises PollError and is left untouched, so the
        counts it holds can still be recovered by hand.
        """
        tally = cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return tally
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise PollError(f"cannot read poll {path}: {exc}") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise PollError(f"cannot read poll {path}: not an Agora poll (format {FORMAT})")
        for phase in PHASES:
            votes = data.get(phase, {})
            for choice in CHOICES:
                value = votes.get(choice, 0) if isinstance(votes, dict) else 0
                if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                    raise PollError(f"cannot read poll {path}: {phase}.{choice} is not a count")
                tally.counts[phase][choice] = value
        return tally

    def count(self, phase: str, choice: str) -> int:
        return self.counts[phase][choice]

    def total(self, phase: str) -> int:
        return sum(self.counts[phase].values())

    def set(self, phase: str, choice: str, value: int) -> None:
        """Record a count (never below zero) and save it at once."""
        value = max(0, int(value))
        if self.counts[phase][choice] != value:
            self.counts[phase][choice] = value
            self.save()

    def add(self, phase: str, choice: str, delta: int = 1) -> None:
        self.set(phase, choice, self.counts[phase][choice] + delta)

    def clear(self, phase: str) -> None:
        if self.total(phase):
            self.counts[phase] = dict.fromkeys(CHOICES, 0)
            self.save()

    def save(self) -> None:
        data = {"format": FORMAT, **{p: dict(self.counts[p]) for p in PHASES}}
        text = json.dumps(data, indent=2) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(self.path, text.encode("utf-8"))
        except OSError as exc:
            raise PollError(f"cannot write poll {self.path}: {exc.strerror or exc}") from None
        except WriteError as exc:
            raise PollError(str(exc)) from None

    def csv_text(self) -> str:
        """`phase,open,closed,hybrid,total`, one line per phase."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["phase", *CHOICES, "total"])
        for phase in PHASES:
            writer.writerow([phase, *(self.counts[phase][c] for c in CHOICES), self.total(phase)])
        return out.getvalue()

    def export_csv(self, target: Path) -> None:
        try:
            write_bytes(target, self.csv_text().encode("utf-8"))
        except WriteError as exc:
            raise PollError(str(exc)) from None
