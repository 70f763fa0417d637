"""An export job: plan, paint page by page, finish, write atomically.

The command line runs it straight through; the export dialog advances it one
page per timer tick so the window stays responsive. Either way progress is
reported per page and `cancel()` stops before the next one, leaving any
earlier file in place.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSize
from PySide6.QtGui import QPageLayout, QPainter, QPdfWriter

from desktop_app.annotations import load_deck_annotations
from desktop_app.atomic import WriteError, staged_folder, write_bytes
from desktop_app.export.document import RESOLUTION, PagePainter, PdfPlan, PlannedPage, paper_frame
from desktop_app.export.options import ExportCancelled, ExportError, ExportOptions, default_paper
from desktop_app.export.pages import (
    Shot,
    comparison_shots,
    handout_shots,
    quiz_questions,
    slide_shots,
)
from desktop_app.export.pdf_handout import plan_handout
from desktop_app.export.pdf_notes import plan_notes
from desktop_app.export.pdf_poll import recorded_poll, slide_poll_page
from desktop_app.export.pdf_post import Bookmark, Finish, finish
from desktop_app.export.pdf_slides import plan_slides
from desktop_app.export.pdf_study_guide import plan_study_guide
from desktop_app.export.pdfpc import write_pdfpc
from desktop_app.export.png import png_bytes, png_name, png_size
from desktop_app.export.shots import ShotPainter
from desktop_app.i18n import deck_words
from desktop_app.model.deck import Deck
from desktop_app.render.theme import THEME_NAMES, load_theme
from desktop_app.study.record import StudyRecord

Progress = Callable[[int, int], None]


@dataclass
class ExportResult:
    path: Path
    pages: int
    size: int
    seconds: float
    files: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        kind = "pages" if self.path.suffix.lower() == ".pdf" else "images"
        return (
            f"Wrote {self.path}: {self.pages} {kind}, {max(1, round(self.size / 1024))} KB "
            f"in {self.seconds:.2f} s"
        )


class ExportJob:
    def __init__(
        self,
        deck: Deck,
        options: ExportOptions,
        progress: Progress | None = None,
        study: StudyRecord | None = None,
    ):
        """`study` is what the study guide layout shows; study mode passes what its
        window holds, and without it the guide reads the user's study data."""
        if options.theme is not None and options.theme not in THEME_NAMES:
            raise ExportError(
                f"unknown theme {options.theme!r}; choose one of {', '.join(THEME_NAMES)}"
            )
        self.deck = deck
        self.options = options
        self.progress = progress
        self.cancelled = False
        self.result: ExportResult | None = None
        self.study = study
        theme = load_theme(options.theme) if options.theme else None
        ink = load_deck_annotations(deck) if options.annotations else None
        self.shots = ShotPainter(deck, theme, annotations=ink)

    def cancel(self) -> None:
        self.cancelled = True

    def run(self) -> ExportResult:
        for _ in self.steps():
            pass
        assert self.result is not None
        return self.result

    def steps(self) -> Iterator[tuple[int, int]]:
        """Do the export one page per iteration, yielding (done, total)."""
        start = time.perf_counter()
        try:
            if self.options.format == "png":
                yield from self._png()
            else:
                yield from self._pdf()
        except WriteError as exc:  # every export failure is an ExportError to its callers
            raise ExportError(str(exc)) from None
        assert self.result is not None
        self.result.seconds = time.perf_counter() - start

    def _planned_shots(self) -> list[Shot]:
        o = self.options
        if o.layout == "handout":
            shots = handout_shots(self.deck, o.slides)
        else:
            shots = slide_shots(self.deck, o.slides, o.builds == "all" and o.layout == "slides")
        if o.comparison_pages:
            shots += comparison_shots(self.deck)
        return shots

    def _tick(self, done: int, total: int) -> None:
        if self.cancelled:
            raise ExportCancelled(f"export to {self.options.output} cancelled")
        if self.progress is not None:
            self.progress(done, total)

    def _plan(self) -> PdfPlan:
        o = self.options
        shots = self._planned_shots()
        paper = o.paper or default_paper()
        if o.layout == "notes":
            return plan_notes(self.deck, shots, self.shots, paper)
        if o.layout == "study-guide":
            record = self.study or _saved_study_record(self.deck)
            return plan_study_guide(self.deck, shots, self.shots, paper, record)
        poll = recorded_poll(self.deck) if o.results else None
        theme = self.shots.renderer.theme
        results: list[PlannedPage] = []
        if o.results:
            # The class session's code and sqlite3 load only when its results are asked for.
            from desktop_app.export.pdf_class import class_results_pages

            frame = paper_frame(self.deck) if o.layout == "handout" else None
            results = class_results_pages(self.deck, theme, frame)
        if o.layout == "handout":
            questions = quiz_questions(self.deck, o.slides)
            return plan_handout(self.deck, shots, self.shots, paper, questions, poll, results)
        plan = plan_slides(shots, self.shots)
        if poll is not None:
            words = deck_words(self.deck.language)
            plan.pages.append(slide_poll_page(poll, self.deck.debate, theme, words))
        plan.pages.extend(results)
        return plan

    def _pdf(self) -> Iterator[tuple[int, int]]:
        plan = self._plan()
        total = len(plan.pages)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(
            QPageLayout(plan.page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        writer.setTitle(self.deck.title)
        writer.setCreator("Agora")
        painter = QPainter()
        if not painter.begin(writer):
            raise ExportError(f"cannot start writing {self.options.output}")
        try:
            for number, page in enumerate(plan.pages):
                self._tick(number, total)
                if number:
                    writer.newPage()
                self._paint(page.paint, painter, plan, number, total)
                yield number + 1, total
        finally:
            painter.end()
            buffer.close()
        self._tick(total, total)
        finished = finish(bytes(data.data()), self._finish_info(plan))
        write_bytes(self.options.output, finished)
        files = [self.options.output]
        if self.options.pdf_notes and self.options.layout == "slides":
            labels = [
                (
                    str(p.shots[0].index + 1) if p.shots else str(n + 1),
                    p.shots[0].overlay if p.shots else 0,
                    p.note,
                )
                for n, p in enumerate(plan.pages)
            ]
            files.append(write_pdfpc(self.options.output, labels, self.deck.duration_minutes))
        self.result = ExportResult(self.options.output, total, len(finished), 0.0, files)

    def _paint(
        self, paint: PagePainter, painter: QPainter, plan: PdfPlan, number: int, total: int
    ) -> None:
        try:
            paint(painter, plan.rect, number + 1, total)
        except ExportError:
            raise
        except Exception as exc:  # a drawing bug must not lose the user's earlier file
            raise ExportError(
                f"cannot draw page {number + 1} of {self.options.output}: {exc}"
            ) from exc

    def _finish_info(self, plan: PdfPlan) -> Finish:
        bookmarks: list[Bookmark] = []
        slide_pages: dict[str, int] = {}
        seen: set[tuple[int, str, bool]] = set()
        headings: set[str] = set()
        for number, page in enumerate(plan.pages):
            for shot in page.shots:
                key = (shot.index, shot.dimension, shot.synthetic)
                if key in seen:
                    continue
                seen.add(key)
                slide = self.shots.slide(shot)
                if slide is not None and not shot.dimension:
                    slide_pages.setdefault(slide.id, number)
                    section = self.deck.section_of(slide)
                    name = section.title if section else ""
                    if slide.layout != "section" or slide.title != name:
                        bookmarks.append(Bookmark(number, self.shots.title(shot), name))
                else:
                    words = deck_words(self.deck.language)
                    comparison = words.translate("Export", "Comparison")
                    bookmarks.append(Bookmark(number, self.shots.title(shot), comparison))
            if page.heading and page.heading not in headings:
                headings.add(page.heading)
                bookmarks.append(Bookmark(number, page.heading))
        notes = tuple(p.note for p in plan.pages) if self.options.pdf_notes else ()
        return Finish(
            title=self.deck.title,
            author=", ".join(self.deck.authors),
            subject=self.deck.subtitle,
            bookmarks=tuple(bookmarks),
            slide_pages=slide_pages,
            glossary_page=plan.glossary_page,
            notes=notes,
        )

    def _png(self) -> Iterator[tuple[int, int]]:
        shots = self._planned_shots()
        size = png_size(self.options.width)
        total = len(shots)
        with staged_folder(self.options.output) as stage:
            for number, shot in enumerate(shots):
                self._tick(number, total)
                stage.write(
                    png_name(shot, len(self.deck.slides)), self._png_page(shot, size, number)
                )
                yield number + 1, total
            self._tick(total, total)
            files = stage.commit()
        written = sum(f.stat().st_size for f in files)
        self.result = ExportResult(self.options.output, total, written, 0.0, files)

    def _png_page(self, shot: Shot, size: QSize, number: int) -> bytes:
        try:
            return png_bytes(self.shots, shot, size)
        except Exception as exc:  # as for PDF pages: report, keep earlier files
            raise ExportError(
                f"cannot draw image {number + 1} for {self.options.output}: {exc}"
            ) from exc


def _saved_study_record(deck: Deck) -> StudyRecord:
    """The student's data for a guide exported outside study mode (`agora export`)."""
    import sqlite3

    from desktop_app.study.store import StudyStore
    from desktop_app.user_data import data_folder

    try:
        store = StudyStore.for_deck(data_folder(), deck)
        try:
            return StudyRecord.of(deck, store)
        finally:
            store.close()
    except (OSError, sqlite3.Error) as exc:
        raise ExportError(f"cannot read your study data in {data_folder()}: {exc}") from exc
