"""`agora export`: PDF or PNG from the command line, with no display needed.

Every failure becomes one line on stderr naming the file: exit code 2 for a
request that cannot make sense (bad slide range, wrong option mix), 1 for a
deck that does not load or a file that cannot be written.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

from desktop_app.export.options import Format
from desktop_app.loader import check_deck

USAGE, FAILURE = 2, 1


def _headless_platform() -> None:
    """Export needs fonts, not a screen: without a display use Qt's offscreen platform."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run_export(
    deck_path: Path, args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    fmt: Format = args.format or ("png" if args.output.suffix.lower() == ".png" else "pdf")
    if fmt == "png" and args.layout != "slides":
        print(
            f"agora export: --layout {args.layout} makes PDF pages; PNG export draws slides",
            file=err,
        )
        return USAGE
    if fmt == "pdf" and args.output.is_dir():
        print(
            f"agora export: {args.output} is a folder; give a file name like "
            f"{args.output / 'slides.pdf'} (or --format png)",
            file=err,
        )
        return USAGE
    deck, problems = check_deck(deck_path)
    if deck is None:
        for problem in problems:
            print(problem.format(Path.cwd()), file=err)
        print(f"agora export: {deck_path}: the deck has errors; nothing was written", file=err)
        return FAILURE
    indices = None
    if args.slides:
        from desktop_app.export.pages import parse_ranges

        try:
            indices = parse_ranges(args.slides, len(deck.slides))
        except ValueError as exc:
            print(f"agora export: --slides: {exc} ({deck.source})", file=err)
            return USAGE
    _headless_platform()
    from desktop_app.render.fit import ensure_gui_app

    ensure_gui_app()
    from desktop_app.export.job import ExportJob
    from desktop_app.export.options import ExportError, ExportOptions

    options = ExportOptions(
        output=args.output,
        format=fmt,
        layout=args.layout,
        builds=args.builds,
        theme=args.theme,
        slides=indices,
        paper=args.paper,
        pdf_notes=args.pdf_notes,
        width=args.width,
        comparison_pages=args.comparison_pages,
        annotations=args.annotations,
        results=args.results,
    )
    progress = _TerminalProgress(err) if err.isatty() else None
    try:
        result = ExportJob(deck, options, progress).run()
    except ExportError as exc:
        if progress:
            progress.clear()
        print(f"agora export: {exc}", file=err)
        return FAILURE
    if progress:
        progress.clear()
    print(result.summary(), file=out)
    for extra in result.files[1:] if fmt == "pdf" else ():
        print(f"Wrote {extra}", file=out)
    return 0


class _TerminalProgress:
    """A counter rewritten in place on a terminal; silent when stderr is a file or pipe."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def __call__(self, done: int, total: int) -> None:
        self.stream.write(f"\rExporting {done + 1 if done < total else total}/{total}\u2026")
        self.stream.flush()

    def clear(self) -> None:
        self.stream.write("\r\033[K")
        self.stream.flush()
