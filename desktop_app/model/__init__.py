"""The deck model: immutable dataclasses that know nothing of Qt.

Everything that shows or exports a deck reads these objects; only the loader
builds them. Keeping them free of Qt lets `agora check`, the loader's fuzz
tests and the study database run without a display.
"""

from desktop_app.model.debate import Argument, Debate, Dimension, Position
from desktop_app.model.deck import (
    LAYOUTS,
    Deck,
    GlossaryTerm,
    QuizQuestion,
    Section,
    Slide,
)
from desktop_app.model.problems import DeckError, Problem, Severity

__all__ = [
    "LAYOUTS",
    "Argument",
    "Debate",
    "Deck",
    "DeckError",
    "Dimension",
    "GlossaryTerm",
    "Position",
    "Problem",
    "QuizQuestion",
    "Section",
    "Severity",
    "Slide",
]
