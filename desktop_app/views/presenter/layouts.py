"""Console layout presets: how big the slide, previews and notes are.

A preset is plain data (pane proportions and whether the second preview
shows), so the console only applies it; the speaker can still drag any
splitter, and the last arrangement is restored at the next talk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter


@dataclass(frozen=True)
class LayoutPreset:
    name: str
    #: Current slide column vs. the side column (previews + notes).
    columns: tuple[int, int]
    #: Inside the side column: next preview, second preview, room view, notes.
    side: tuple[int, int, int, int]
    second_preview: bool = False


PRESETS: tuple[LayoutPreset, ...] = (
    LayoutPreset("Standard", columns=(62, 38), side=(38, 0, 22, 40)),
    LayoutPreset("Notes large", columns=(45, 55), side=(25, 0, 15, 60)),
    LayoutPreset("Next two slides", columns=(55, 45), side=(30, 30, 15, 25), second_preview=True),
)


def preset(name: str) -> LayoutPreset:
    return next((p for p in PRESETS if p.name == name), PRESETS[0])


def scaled(parts: tuple[int, ...], total: int) -> list[int]:
    """Splitter sizes in pixels from proportions (QSplitter wants pixels)."""
    whole = sum(parts) or 1
    return [total * p // whole for p in parts]


class ProportionalSplitter(QSplitter):
    """A splitter that keeps its panes' proportions, not their pixels.

    The console is laid out before the window manager maximises it, and the
    same layout must suit a laptop panel and a projector, so what is stored
    and restored is the share each pane gets. A dragged divider updates the
    shares; a hidden pane keeps its share for when it comes back.
    """

    def __init__(self, orientation: Qt.Orientation, name: str) -> None:
        super().__init__(orientation)
        self.setObjectName(name)
        self.setChildrenCollapsible(False)
        self._shares: list[float] = []
        self.splitterMoved.connect(self._moved)

    def shares(self) -> list[float]:
        return list(self._shares)

    def set_shares(self, shares: Sequence[float]) -> None:
        if len(shares) == self.count() and sum(shares) > 0:
            self._shares = [float(s) for s in shares]
            self.refresh()

    def _visible(self, index: int) -> bool:
        widget = self.widget(index)
        return widget is not None and not widget.isHidden()

    def _moved(self) -> None:
        sizes = self.sizes()
        total = sum(sizes) or 1
        shares = self._shares or [1.0] * self.count()
        visible = [self._visible(i) for i in range(self.count())]
        kept = sum(s for s, v in zip(shares, visible, strict=True) if v) or 1.0
        self._shares = [
            size / total * kept if v else share
            for size, share, v in zip(sizes, shares, visible, strict=True)
        ]

    def refresh(self) -> None:
        """Re-deal the space, e.g. after a pane was shown or hidden."""
        total = self.width() if self.orientation() == Qt.Orientation.Horizontal else self.height()
        visible = [s if self._visible(i) else 0.0 for i, s in enumerate(self._shares)]
        self.setSizes(scaled(tuple(round(v * 1000) for v in visible), max(total, 1)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._shares:
            self.refresh()


def shares_text(shares: Sequence[float]) -> str:
    """Shares as settings text (`0.62,0.38`): INI files hold plain strings."""
    return ",".join(f"{s:.4f}" for s in shares)


def parse_shares(text: object) -> list[float]:
    """The inverse of `shares_text`; anything unreadable gives no shares (use the preset)."""
    try:
        return [float(part) for part in str(text or "").split(",") if part.strip()]
    except ValueError:
        return []
