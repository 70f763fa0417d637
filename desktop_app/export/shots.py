"""Paints planned shots through the shared SlideRenderer, one renderer per export.

The synthetic comparison slide used by `--comparison-pages` lives in a
second, extended deck, so that slide numbers in footers of the real slides
still count only the author's slides. Saved ink (`--annotations`) is drawn
here too, so every layout that shows a slide shows its ink.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from desktop_app.annotations import Annotations
from desktop_app.export.pages import Shot
from desktop_app.i18n import deck_words
from desktop_app.model.deck import Deck, Section, Slide
from desktop_app.render.canvas import ComparisonFocus, RenderOptions
from desktop_app.render.ink import paint_strokes_in
from desktop_app.render.layouts.comparison import comparison_title
from desktop_app.render.renderer import SlideRenderer, letterbox
from desktop_app.render.theme import Theme


def with_comparison_slide(deck: Deck) -> Deck:
    """The deck plus one comparison slide of every dimension, appended last."""
    slide = Slide(
        id="__export-comparison",
        layout="comparison",
        section="__export",
        title=deck.debate.motion.text
        if deck.debate and deck.debate.motion
        else comparison_title(deck),
    )
    extra = Section(id="__export", title="Comparison", slides=(slide,))
    return replace(deck, sections=(*deck.sections, extra))


class ShotPainter:
    def __init__(
        self,
        deck: Deck,
        theme: Theme | None,
        footer: bool = True,
        annotations: Annotations | None = None,
    ) -> None:
        self.deck = deck
        self.renderer = SlideRenderer(deck, theme)
        self._theme = theme
        self._synthetic: SlideRenderer | None = None
        self.footer = footer
        self.annotations = annotations

    def paint(self, painter: QPainter, target: QRectF, shot: Shot) -> None:
        renderer = self.renderer
        if shot.synthetic:
            if self._synthetic is None:
                self._synthetic = SlideRenderer(with_comparison_slide(self.deck), self._theme)
            renderer = self._synthetic
        focus = ComparisonFocus(dimension=shot.dimension) if shot.dimension else None
        options = RenderOptions(footer=self.footer and not shot.synthetic, comparison=focus)
        renderer.paint(painter, target, shot.index, shot.step, options)
        slide = self.slide(shot)
        if self.annotations is not None and slide is not None and not shot.dimension:
            # Ink was drawn over the slide as shown, not over a focused comparison view.
            strokes = self.annotations.strokes(slide.id)
            if strokes:
                paint_strokes_in(painter, letterbox(target), strokes)

    def slide(self, shot: Shot) -> Slide | None:
        return None if shot.synthetic else self.deck.slides[shot.index]

    def title(self, shot: Shot) -> str:
        """What the outline calls a shot: the slide's title, or the focused dimension's."""
        if shot.dimension and self.deck.debate is not None:
            dim = next((d for d in self.deck.debate.dimensions if d.id == shot.dimension), None)
            words = deck_words(self.deck.language)
            named = words.translate("Export", "Comparison: %1")
            return named.replace("%1", dim.title) if dim else shot.dimension
        slide = self.slide(shot)
        if slide is None:
            return deck_words(self.deck.language).translate("Export", "Comparison")
        question = self.deck.question(slide.quiz) if slide.layout == "quiz" else None
        if question is not None:
            quiz = deck_words(self.deck.language).translate("Export", "Quiz: %1")
            return quiz.replace("%1", question.prompt)
        return slide.title or slide.quote[:60] or slide.id
