"""What an export was asked for, and the one error type every export failure raises.

Plain data, free of Qt: the command line and the export dialog both fill an
`ExportOptions`, and the job reads nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Layout = Literal["slides", "handout", "notes", "study-guide"]
Builds = Literal["final", "all"]
Paper = Literal["a4", "letter"]
Format = Literal["pdf", "png"]

LAYOUTS: tuple[str, ...] = ("slides", "handout", "notes", "study-guide")
PAPERS: tuple[str, ...] = ("a4", "letter")


class ExportError(Exception):
    """An export that could not be completed; the message names the file and the reason."""


class ExportCancelled(ExportError):
    """The user cancelled; nothing was written and any earlier file is untouched."""


@dataclass(frozen=True)
class ExportOptions:
    """One export request. `slides` holds 0-based slide indices, or None for every slide."""

    output: Path
    format: Format = "pdf"
    layout: Layout = "slides"
    builds: Builds = "final"
    theme: str | None = None
    slides: tuple[int, ...] | None = None
    paper: Paper | None = None
    pdf_notes: bool = False
    width: int = 1920
    comparison_pages: bool = False
    #: Draw the presenter's saved pen and highlighter ink on the slides.
    annotations: bool = False
    #: Append the class results (the poll; PDF slides and handout) when any were recorded.
    #: Off unless asked for: they come from the user's data, not from the deck.
    results: bool = False


def default_paper() -> Paper:
    """Letter where the locale measures in inches (US), A4 everywhere else."""
    from PySide6.QtCore import QLocale

    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if imperial else "a4"
