"""The annotations shared by the console and the audience window during a talk.

A small QObject beside the PresentationState: the console draws into it, both
windows repaint from it, and every finished change is saved at once, so ink
survives a crash or a closed laptop lid.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, Signal

from desktop_app.annotations import (
    Ink,
    Stroke,
    annotations_path,
    load_annotations,
    save_annotations,
)
from desktop_app.atomic import WriteError
from desktop_app.model.deck import Deck


class InkStore(QObject):
    #: The ink of a slide changed (slide id); the live stroke counts too.
    changed = Signal(str)

    def __init__(self, deck: Deck, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deck_root = deck.root
        self._path = path or annotations_path(deck)
        self._annotations = load_annotations(self._path)
        self._live: tuple[str, Stroke] | None = None

    @property
    def path(self) -> Path:
        return self._path

    def strokes(self, slide_id: str) -> tuple[Stroke, ...]:
        """Finished strokes plus the one being drawn, so the room sees the pen move."""
        done = self._annotations.strokes(slide_id)
        if self._live is not None and self._live[0] == slide_id:
            return (*done, self._live[1])
        return done

    def can_undo(self, slide_id: str) -> bool:
        return self._annotations.can_undo(slide_id)

    # -- drawing ---------------------------------------------------------------------------

    def begin(self, slide_id: str, ink: Ink, point: QPointF) -> None:
        self._live = (slide_id, Stroke(ink, ((point.x(), point.y()),)))
        self.changed.emit(slide_id)

    def extend(self, point: QPointF) -> None:
        if self._live is None:
            return
        slide_id, stroke = self._live
        last = stroke.points[-1]
        # Skip sub-pixel moves: they add points to the file but nothing to the line.
        if abs(point.x() - last[0]) + abs(point.y() - last[1]) < 2:
            return
        self._live = (slide_id, Stroke(stroke.ink, (*stroke.points, (point.x(), point.y()))))
        self.changed.emit(slide_id)

    def finish(self) -> None:
        if self._live is None:
            return
        slide_id, stroke = self._live
        self._live = None
        self._annotations.add(slide_id, stroke)
        self._commit(slide_id)

    # -- editing ---------------------------------------------------------------------------

    def undo(self, slide_id: str) -> None:
        if self._annotations.undo(slide_id):
            self._commit(slide_id)

    def clear(self, slide_id: str) -> None:
        if self._annotations.clear(slide_id):
            self._commit(slide_id)

    def _commit(self, slide_id: str) -> None:
        self.changed.emit(slide_id)
        try:
            save_annotations(self._annotations, self._deck_root, self._path)
        except (OSError, WriteError) as exc:
            # The ink stays on screen; only the copy on disk is missing.
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            print(f"{self._path}: cannot save annotations: {reason}", file=sys.stderr)
