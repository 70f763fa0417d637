"""`agora check`: validate a deck without a display and list every problem."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from desktop_app.loader import check_deck
from desktop_app.model.deck import Deck, Slide
from desktop_app.model.problems import Severity


def run_check(deck_path: Path, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Exit code 0 when the deck loads (warnings allowed), 1 when it has errors."""
    out = out or sys.stdout
    err = err or sys.stderr
    deck, problems = check_deck(deck_path)
    base = Path.cwd()
    for problem in problems:
        print(problem.format(base), file=err)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    if deck is None:
        print(f"{deck_path}: {errors} error(s), {warnings} warning(s); deck not loaded", file=err)
        return 1
    overflow = _overflow_warnings(deck) + _font_warnings(deck)
    for line in overflow:
        print(line, file=err)
    arguments = len(deck.debate.arguments) if deck.debate else 0
    print(
        f"{deck.title}: {len(deck.slides)} slides in {len(deck.sections)} sections, "
        f"{arguments} arguments, {len(deck.quiz)} quiz questions, "
        f"{len(deck.glossary)} glossary terms; "
        f"{warnings + len(overflow)} warning(s)",
        file=out,
    )
    return 0


def _overflow_warnings(deck: Deck) -> list[str]:
    """Slides whose text still overflows at the smallest readable size.

    Measuring text needs Qt's font engine, but not a display: the offscreen
    platform is enough. Without Qt (a minimal install) the check is skipped.
    """
    try:
        from desktop_app.render.fit import overflowing_slides
    except ImportError:
        return []
    return [
        f"{s.source}:{s.line}: warning: slide {s.id!r} overflows even at the smallest text size "
        "(split it into two slides)"
        for s in overflowing_slides(deck)
    ]


def _slide_text(deck: Deck, slide: Slide) -> str:
    """Every piece of text a slide shows or its presenter reads."""
    parts = [
        slide.title,
        slide.subtitle,
        slide.body,
        slide.left,
        slide.right,
        slide.quote,
        slide.attribution,
        slide.alt,
        slide.caption,
        slide.notes,
        *slide.prompts,
    ]
    question = deck.question(slide.quiz) if slide.quiz else None
    if question is not None:
        parts += [question.prompt, question.explanation, question.model_answer, *question.choices]
    return "".join(parts)


def _font_warnings(deck: Deck) -> list[str]:
    """Slides using a script that no installed font covers: those characters would
    show as empty boxes on screen and in the PDF. Named by script, so the author
    knows which font package to ask for (docs/i18n.md lists them)."""
    try:
        from desktop_app.render.fit import ensure_gui_app
        from desktop_app.render.fonts import uncovered
        from desktop_app.render.theme import theme_for
    except ImportError:
        return []
    from desktop_app.text.languages import script_name

    ensure_gui_app()
    family = theme_for(deck).fonts.get("body", "sans-serif")
    lines = []
    for slide in deck.slides:
        text = _slide_text(deck, slide)
        if text.isascii():
            continue
        scripts: dict[str, list[str]] = {}
        for char in uncovered(text, family):
            scripts.setdefault(script_name(char), []).append(char)
        for script, chars in scripts.items():
            sample = " ".join(chars[:5]) + (" …" if len(chars) > 5 else "")
            lines.append(
                f"{slide.source}:{slide.line}: warning: slide {slide.id!r} uses {script} "
                f"characters ({sample}) that no installed font has; they show as empty "
                "boxes (install a font for that script, e.g. from the Noto family)"
            )
    return lines
