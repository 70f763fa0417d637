"""Options of `agora export`, kept apart so `--help` needs no Qt import."""

from __future__ import annotations

import argparse
from pathlib import Path

THEMES = ("light", "dark", "high-contrast")


def _width(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of pixels") from None
    if not 160 <= value <= 7680:
        raise argparse.ArgumentTypeError(f"width {value} is outside 160-7680 pixels")
    return value


def add_export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-o", "--output", type=Path, required=True, help="OUT.pdf, or a folder with --format png"
    )
    p.add_argument(
        "--format",
        choices=("pdf", "png"),
        default=None,
        help="pdf (default) or png: one image per slide into the -o folder",
    )
    p.add_argument(
        "--layout",
        choices=("slides", "handout", "notes", "study-guide"),
        default="slides",
        help="slides: a 16:9 page per slide; handout: 3 slides a page with lines "
        "for notes, answers and glossary; notes: slide above its speaker notes; "
        "study-guide: each slide with its text and your study notes, then your quiz results",
    )
    p.add_argument(
        "--builds",
        choices=("final", "all"),
        default="final",
        help="final: each slide fully built; all: a page per build step",
    )
    p.add_argument(
        "--theme", choices=THEMES, default=None, help="colour theme (default: the deck's)"
    )
    p.add_argument(
        "--slides",
        metavar="RANGES",
        default=None,
        help="slide numbers to export, e.g. 3-7,10 (default: all)",
    )
    p.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default=None,
        help="paper for handout and notes (default: from your locale)",
    )
    p.add_argument(
        "--pdf-notes",
        action="store_true",
        help="attach speaker notes as PDF comments and write OUT.pdfpc for pdfpc",
    )
    p.add_argument(
        "--comparison-pages",
        action="store_true",
        help="append the debate comparison: an overview and a page per dimension",
    )
    p.add_argument(
        "--annotations",
        action="store_true",
        help="draw the pen and highlighter ink saved in presenter mode on the slides",
    )
    p.add_argument(
        "--results",
        action="store_true",
        help="append the class poll recorded for this deck (slides and handout PDFs) and "
        "the last class session's results, a page per question (slides PDF); "
        "off by default, as they come from your data folder, not from the deck",
    )
    p.add_argument(
        "--width",
        type=_width,
        default=1920,
        help="PNG width in pixels, height follows 16:9 (default 1920)",
    )
