"""What sits on top of the audience's slide: the progress bar, "7 / 26", a typed number.

Painted over the slide widget rather than into the slide, so exports and the
presenter's previews never show it and toggling it costs no re-render.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from desktop_app.render.renderer import letterbox

BAR_HEIGHT = 6
#: The pill behind text on the slide: dark and opaque enough for white text on any theme.
PILL = QColor(0, 0, 0, 190)
PILL_TEXT = QColor("#ffffff")


class ProgressOverlay(QWidget):
    """A thin bar along the bottom and the slide number; also the number being typed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Slide progress"))
        self._index = 0
        self._count = 0
        self._typed = ""
        self._progress_shown = True
        self._accent = QColor("#2f6fde")

    def set_position(self, index: int, count: int) -> None:
        self._index, self._count = index, count
        self.setAccessibleDescription(self.number_text())
        self.update()

    def set_progress_shown(self, shown: bool) -> None:
        self._progress_shown = shown
        self.update()

    @property
    def progress_shown(self) -> bool:
        return self._progress_shown

    def set_typed(self, text: str) -> None:
        self._typed = text
        self.update()

    @property
    def typed(self) -> str:
        return self._typed

    def set_accent(self, color: str) -> None:
        self._accent = QColor(color)
        self.update()

    def number_text(self) -> str:
        return f"{self._index + 1} / {self._count}" if self._count else ""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Drawn on the letterboxed slide, not on the black bars beside it.
        frame = letterbox(QRectF(self.rect()))
        scale = max(1.0, frame.height() / 720)
        if self._progress_shown and self._count:
            self._paint_progress(painter, frame, scale)
        if self._typed:
            self._paint_typed(painter, frame, scale)
        painter.end()

    def _paint_progress(self, painter: QPainter, frame: QRectF, scale: float) -> None:
        height = BAR_HEIGHT * scale
        track = QRectF(frame.left(), frame.bottom() - height, frame.width(), height)
        painter.fillRect(track, QColor(128, 128, 128, 90))
        done = QRectF(track)
        done.setWidth(track.width() * (self._index + 1) / self._count)
        painter.fillRect(done, self._accent)
        font = QFont(self.font())
        font.setPixelSize(round(18 * scale))
        font.setBold(True)
        text = self.number_text()
        pad = 10 * scale
        width = QFontMetricsF(font).horizontalAdvance(text) + 2 * pad
        pill = QRectF(
            frame.right() - width - 14 * scale, track.top() - 44 * scale, width, 34 * scale
        )
        self._pill(painter, pill, text, font)

    def _paint_typed(self, painter: QPainter, frame: QRectF, scale: float) -> None:
        font = QFont(self.font())
        font.setPixelSize(round(40 * scale))
        font.setBold(True)
        text = self.tr("Go to slide %1 ↵").replace("%1", self._typed)
        width = QFontMetricsF(font).horizontalAdvance(text) + 48 * scale
        height = 80 * scale
        box = QRectF(
            frame.center().x() - width / 2, frame.bottom() - height - 90 * scale, width, height
        )
        self._pill(painter, box, text, font)

    @staticmethod
    def _pill(painter: QPainter, box: QRectF, text: str, font: QFont) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PILL)
        painter.drawRoundedRect(box, box.height() / 4, box.height() / 4)
        painter.setPen(PILL_TEXT)
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
