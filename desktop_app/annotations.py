"""Pen and highlighter ink drawn on slides during a talk, and where it is kept.

Strokes are stored per slide id in logical canvas coordinates (1920×1080), so
they land on the same words on the console, the projector and in an export
whatever the window sizes. They are saved in the deck's folder of the user's
data (`ink.json` under the deck's identity, see `deck_data`), never inside
the deck: a deck may be read-only, in version control, or shared by several
teachers.

Not a view: the presenter draws into it and `agora export --annotations`
reads it back (`load_deck_annotations`); `render/ink.py` paints it.
"""

from __future__ import annotations

import enum
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from desktop_app.atomic import write_bytes
from desktop_app.deck_data import adopt_legacy_file, deck_folder
from desktop_app.model.deck import Deck
from desktop_app.model.identity import path_identity
from desktop_app.user_data import data_folder

FORMAT = 1
INK_FILE = "ink.json"


class Ink(enum.Enum):
    PEN = "pen"
    HIGHLIGHTER = "highlighter"


@dataclass(frozen=True)
class Stroke:
    ink: Ink
    points: tuple[tuple[float, float], ...]

    def to_json(self) -> dict[str, object]:
        return {
            "ink": self.ink.value,
            "points": [[round(x, 1), round(y, 1)] for x, y in self.points],
        }

    @staticmethod
    def from_json(data: object) -> Stroke:
        if not isinstance(data, dict) or not isinstance(data.get("points"), list):
            raise ValueError("a stroke needs 'ink' and a list of 'points'")
        points = tuple((float(p[0]), float(p[1])) for p in data["points"])
        return Stroke(Ink(data.get("ink", "pen")), points)


class Annotations:
    """Every slide's strokes, with an undo history per slide.

    Undo reverts the last change on that slide, including "clear", so a
    teacher who wipes a slide by mistake gets the ink back.
    """

    def __init__(self, strokes: dict[str, list[Stroke]] | None = None) -> None:
        self._strokes: dict[str, list[Stroke]] = {k: list(v) for k, v in (strokes or {}).items()}
        self._history: dict[str, list[list[Stroke]]] = {}

    def strokes(self, slide_id: str) -> tuple[Stroke, ...]:
        return tuple(self._strokes.get(slide_id, ()))

    def slide_ids(self) -> list[str]:
        return [k for k, v in self._strokes.items() if v]

    def _remember(self, slide_id: str) -> None:
        self._history.setdefault(slide_id, []).append(list(self._strokes.get(slide_id, [])))

    def add(self, slide_id: str, stroke: Stroke) -> None:
        if not stroke.points:
            return
        self._remember(slide_id)
        self._strokes.setdefault(slide_id, []).append(stroke)

    def clear(self, slide_id: str) -> bool:
        """Wipe one slide; False (and nothing to undo) when it had no ink."""
        if not self._strokes.get(slide_id):
            return False
        self._remember(slide_id)
        self._strokes[slide_id] = []
        return True

    def can_undo(self, slide_id: str) -> bool:
        return bool(self._history.get(slide_id))

    def undo(self, slide_id: str) -> bool:
        history = self._history.get(slide_id)
        if not history:
            return False
        self._strokes[slide_id] = history.pop()
        return True

    def to_json(self, deck_root: Path) -> dict[str, object]:
        return {
            "format": FORMAT,
            "deck": str(deck_root),
            "slides": {k: [s.to_json() for s in v] for k, v in self._strokes.items() if v},
        }

    @staticmethod
    def from_json(data: object) -> Annotations:
        if not isinstance(data, dict) or not isinstance(data.get("slides"), dict):
            raise ValueError("expected an object with a 'slides' mapping")
        if data.get("format", FORMAT) != FORMAT:
            raise ValueError(f"unknown annotations format {data.get('format')!r}")
        # A stroke without points draws nothing, and every painter expects a first
        # point: drop it here, once, rather than guard each place that paints.
        return Annotations(
            {
                str(k): [stroke for stroke in map(Stroke.from_json, v) if stroke.points]
                for k, v in data["slides"].items()
                if isinstance(v, list)
            }
        )


# -- where the ink is kept -------------------------------------------------------------------


def annotations_path(deck: Deck, data_root: Path | None = None) -> Path:
    """The deck's ink file; ink saved by earlier versions is moved there on first use.

    Those kept it in `annotations/`, named by the same hash of the deck's path
    that a deck without an `id:` is now known by.
    """
    root = data_root or data_folder()
    legacy = root / "annotations" / f"{path_identity(deck.root).removeprefix('path-')}.json"
    return adopt_legacy_file(legacy, deck_folder(root, deck) / INK_FILE)


def load_annotations(path: Path) -> Annotations:
    """The saved ink, or none. A damaged file is set aside (renamed), never overwritten."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Annotations()
    except OSError as exc:
        print(f"{path}: cannot read saved annotations: {exc.strerror}", file=sys.stderr)
        return Annotations()
    try:
        return Annotations.from_json(json.loads(text))
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        # A new name each time: an earlier damaged copy is never overwritten.
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = path.with_suffix(f".damaged-{stamp}.json")
        n = 1
        while aside.exists():
            n += 1
            aside = path.with_suffix(f".damaged-{stamp}-{n}.json")
        try:
            os.replace(path, aside)
            kept = f"kept as {aside.name}"
        except OSError as move:
            kept = f"left as it is ({move.strerror})"
        print(
            f"{path}: saved annotations are damaged ({exc}); {kept}, starting without ink",
            file=sys.stderr,
        )
        return Annotations()


def save_annotations(annotations: Annotations, deck_root: Path, path: Path) -> None:
    """Write atomically: a crash mid-write leaves the previous file whole.

    Raises OSError when the folder cannot be made, WriteError when the file cannot be written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(annotations.to_json(deck_root), ensure_ascii=False, separators=(",", ":"))
    write_bytes(path, data.encode("utf-8"))


def load_deck_annotations(deck: Deck) -> Annotations:
    """A deck's saved ink from the user's data folder (what `agora export --annotations` needs)."""
    return load_annotations(annotations_path(deck))
