"""The logical slide canvas and the context every layout paints with."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from desktop_app.i18n import DeckWords, deck_words
from desktop_app.model.comparison import ComparisonFocus
from desktop_app.model.deck import Deck, Slide
from desktop_app.render.text import TextStyle, draw_document, fit_document
from desktop_app.render.theme import Theme

WIDTH = 1920
HEIGHT = 1080
CANVAS = QRectF(0, 0, WIDTH, HEIGHT)
MARGIN_X = 110
TOP = 72
BOTTOM = 1000


@dataclass(frozen=True)
class RenderOptions:
    """What differs between outputs of the same slide; the drawing itself never does."""

    footer: bool = False
    comparison: ComparisonFocus | None = None
    #: The canvas region (x, y, width, height) enlarged to fill the target, None for the
    #: whole slide. A tuple, not a QRectF, so options stay hashable for the frame cache.
    zoom: tuple[float, float, float, float] | None = None


def canvas_font(
    theme: Theme, size: int, role: str = "body", bold: bool = False, italic: bool = False
) -> QFont:
    """The one font rule of everything drawn on the canvas: slides, charts, the room."""
    f = QFont(theme.fonts.get(role, theme.fonts.get("body", "sans-serif")))
    f.setPixelSize(max(1, size))
    f.setBold(bold)
    f.setItalic(italic)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # Lato's ligatures (ti, tt, fi, ft) break copying and searching text in exported PDFs.
    f.setFeature(QFont.Tag("liga"), 0)
    return f


def chart_text(
    painter: QPainter,
    theme: Theme,
    text: str,
    box: QRectF,
    size: int,
    color: str = "muted",
    bold: bool = False,
    wrap: bool = False,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    anywhere: bool = False,
) -> None:
    """A line of a chart (poll, class room): a theme colour or a side's; `AlignLeft` is
    the start edge (the right one in a right-to-left language, through the painter).

    A line that does not wrap shrinks until it fits its box: translations run
    longer than English ("Der Klasse beitreten"), and none may be cut off.
    """
    font = canvas_font(theme, size, bold=bold)
    if not wrap:
        width = QFontMetricsF(font).horizontalAdvance(text)
        if width > box.width():
            font.setPixelSize(max(8, int(size * box.width() / width)))
    painter.setFont(font)
    painter.setPen(QColor(theme.color(color) if color in theme.colors else theme.side(color)))
    wrapping = Qt.TextFlag.TextWrapAnywhere if anywhere else Qt.TextFlag.TextWordWrap
    painter.drawText(box, int(align) | (int(wrapping) if wrap else 0), text)


def chart_bar(
    painter: QPainter, theme: Theme, track: QRectF, share: float, colour: QColor, hatched: bool
) -> None:
    """A bar of a chart over its track: `share` of the track's width (a sliver at least,
    so a single vote shows), hatched for the earlier of two phases: never colour alone."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.color("surface")))
    painter.drawRoundedRect(track, 8, 8)
    if share > 0:
        bar = QRectF(track.left(), track.top(), max(16.0, track.width() * share), track.height())
        style = Qt.BrushStyle.BDiagPattern if hatched else Qt.BrushStyle.SolidPattern
        painter.setPen(QPen(colour, 4))
        painter.setBrush(QBrush(colour, style))
        painter.drawRoundedRect(bar.adjusted(2, 2, -2, -2), 8, 8)


@dataclass
class Paint:
    """Everything a layout needs: the painter on the 1920×1080 canvas, and what to draw."""

    painter: QPainter
    deck: Deck
    slide: Slide
    step: int
    theme: Theme
    options: RenderOptions = field(default_factory=RenderOptions)
    overflow: bool = False

    def color(self, role: str) -> QColor:
        return QColor(self.theme.color(role))

    @property
    def words(self) -> DeckWords:
        """The slide's own words ("Discuss", "Part 2") in the deck's language, not the
        interface's: the room reads them, and exports carry them."""
        return deck_words(self.deck.language)

    def side_color(self, side: str) -> QColor:
        return QColor(self.theme.side(side))

    def font(
        self, size: int, role: str = "body", bold: bool = False, italic: bool = False
    ) -> QFont:
        return canvas_font(self.theme, size, role, bold, italic)

    @property
    def direction(self) -> Qt.LayoutDirection:
        """The deck language's direction; labels follow it through the painter's."""
        return self.painter.layoutDirection()

    def size(self, key: str) -> int:
        return self.theme.sizes.get(key, 40)

    @property
    def deck_folder(self) -> str:
        """The resolved deck folder: the only place a slide's pictures come from."""
        return str(self.deck.root.resolve())

    def markdown(
        self,
        text: str,
        box: QRectF,
        style: TextStyle,
        min_size: int | None = None,
        visible_items: int = -1,
    ) -> float:
        """Fit and draw Markdown in `box`; returns the height used. Records overflow."""
        doc, fits = fit_document(
            text,
            box,
            replace(style, direction=self.direction),
            self.theme,
            min_size or self.size("min_body"),
            visible_items,
            self.deck_folder,
        )
        self.overflow = self.overflow or not fits
        draw_document(self.painter, doc, box.topLeft(), self.color(style.color), box)
        return doc.documentLayout().documentSize().height()

    def label(
        self,
        text: str,
        box: QRectF,
        size: int,
        color: str = "text",
        bold: bool = False,
        italic: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        role: str = "body",
        wrap: bool = True,
        min_size: int = 0,
    ) -> QRectF:
        """Plain text, shrunk until it fits `box` (down to `min_size`); returns its bounds."""
        flags = int(align) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
        floor = min_size or max(12, int(size * 0.6))
        while True:
            font = self.font(size, role, bold, italic)
            bounds = QFontMetricsF(font).boundingRect(box, flags, text)
            if (
                bounds.height() <= box.height() + 0.5 and bounds.width() <= box.width() + 0.5
            ) or size <= floor:
                break
            size -= 2
        if bounds.height() > box.height() + 0.5 or bounds.width() > box.width() + 0.5:
            self.overflow = True
        self.painter.setFont(font)
        self.painter.setPen(self.color(color) if color in self.theme.colors else QColor(color))
        self.painter.drawText(box, flags, text)
        return bounds
