"""The personal study guide: an export layout, headless and from study mode."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.cli.main import main
from desktop_app.export.job import ExportJob
from desktop_app.export.options import ExportCancelled, ExportError, ExportOptions
from desktop_app.model.deck import Deck
from desktop_app.render.fit import ensure_gui_app
from desktop_app.state.presentation import PresentationState
from desktop_app.study.record import StudyRecord
from desktop_app.study.store import BOOKMARK, StudyStore
from desktop_app.user_data import data_folder
from desktop_app.views.study import open_study_window


@pytest.fixture(autouse=True)
def _gui(qapp) -> None:  # type: ignore[no-untyped-def]
    ensure_gui_app()


def words_of(pdf: Path, pages: range | None = None) -> tuple[int, str]:
    """Page count and the text of some pages (pypdf extraction is slow; read only what's needed)."""
    reader = PdfReader(pdf)
    wanted = pages if pages is not None else range(len(reader.pages))
    text = " ".join(reader.pages[i].extract_text() or "" for i in wanted)
    return len(reader.pages), re.sub(r"\s+", " ", text)


@pytest.fixture
def store(deck: Deck) -> StudyStore:
    s = StudyStore.for_deck(data_folder(), deck)
    yield s
    s.close()


def guide(deck: Deck, store: StudyStore, target: Path, **options: object) -> ExportJob:
    opts = ExportOptions(output=target, layout="study-guide", **options)  # type: ignore[arg-type]
    return ExportJob(deck, opts, study=StudyRecord.of(deck, store))


def test_guide_has_every_slide_my_notes_results_outline_and_links(
    deck: Deck, store: StudyStore, tmp_path: Path
) -> None:
    slide = deck.slides[5]
    store.set_note(slide.id, "Remember the zebra mnemonic\nfor public scrutiny")
    store.set_mark(slide.id, BOOKMARK, True)
    attempt = store.start_attempt("all")
    store.record_answer(attempt, deck.quiz[0].id, "1", True)
    steps: list[tuple[int, int]] = []
    target = tmp_path / "guide.pdf"
    job = guide(deck, store, target)
    job.progress = lambda d, t: steps.append((d, t))
    result = job.run()
    count, text = words_of(target, range(5, 7))
    assert count == result.pages > len(deck.slides)
    _, results = words_of(target, range(count - 1, count))
    assert "Remember the zebra mnemonic for public scrutiny" in text
    assert "My notes" in text and "Bookmarked" in text
    assert (
        "Quiz results" in results
        and f"Questions last answered right: 1 of {len(deck.quiz)}" in results
    )
    assert slide.title in text
    assert steps[-1] == (count, count)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    reader = PdfReader(target)
    outline = [str(item.title) for item in reader.outline if not isinstance(item, list)]
    assert outline[-1] == "Quiz results"
    assert any(isinstance(item, list) for item in reader.outline)  # slides grouped by section
    fonts = {
        str(f["/BaseFont"])
        for page in reader.pages[:2]
        for f in page["/Resources"]["/Font"].values()
        if "/BaseFont" in f.get_object()
    }
    assert any("Lato" in name for name in fonts)  # the theme's fonts, not a fallback


def test_long_notes_continue_overleaf(deck: Deck, store: StudyStore, tmp_path: Path) -> None:
    store.set_note(deck.slides[0].id, "\n".join(f"line {i} of my long note" for i in range(150)))
    target = tmp_path / "guide.pdf"
    pages = guide(deck, store, target).run().pages
    reader = PdfReader(target)
    assert len(reader.pages) == pages >= len(deck.slides) + 3
    texts = []
    for page in reader.pages:  # the first slide's pages, up to the second slide's
        texts.append(re.sub(r"\s+", " ", page.extract_text() or ""))
        if "long note" not in texts[-1]:
            break
    assert len(texts) >= 4  # the note continued over several pages
    notes = " ".join(texts[:-1])
    assert "line 0 of my long note" in notes and "line 149 of my long note" in notes
    assert deck.slides[1].title in texts[-1]


def test_my_notes_are_printed_as_typed_not_as_markup(
    deck: Deck, store: StudyStore, tmp_path: Path
) -> None:
    store.set_note(deck.slides[0].id, "# not a heading <b>bold?</b> *stars* 1. item")
    target = tmp_path / "guide.pdf"
    guide(deck, store, target, slides=(0,)).run()
    _, text = words_of(target, range(0, 1))
    assert "# not a heading <b>bold?</b> *stars* 1. item" in text


def test_unwritable_target_is_reported_and_cancel_keeps_the_old_file(
    deck: Deck, store: StudyStore, tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-folder" / "guide.pdf"
    with pytest.raises(ExportError, match="no-such-folder"):
        guide(deck, store, missing, slides=(0,)).run()
    target = tmp_path / "guide.pdf"
    target.write_bytes(b"earlier guide")
    job = guide(deck, store, target)
    job.progress = lambda done, total: job.cancel() if done == 2 else None
    with pytest.raises(ExportCancelled):
        job.run()
    assert target.read_bytes() == b"earlier guide"


def test_headless_export_reads_the_students_saved_notes(
    deck: Deck, store: StudyStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.set_note(deck.slides[0].id, "saved while studying yesterday")
    out = tmp_path / "guide.pdf"
    assert main(["export", "--layout", "study-guide", "-o", str(out), "--slides", "1-2"]) == 0
    assert "Wrote" in capsys.readouterr().out
    _, text = words_of(out)
    assert "saved while studying yesterday" in text and "Quiz results" in text


def test_study_mode_exports_through_the_same_job_with_progress(
    qtbot: QtBot, deck: Deck, tmp_path: Path
) -> None:
    window = open_study_window(PresentationState(deck))
    qtbot.addWidget(window)
    window.notes.editor.setPlainText("typed just now, not yet saved")
    target = tmp_path / "mine.pdf"
    export = window.export_guide(target)
    with qtbot.waitSignal(export.finished, timeout=60000) as done:
        pass
    assert str(target) in done.args[0]
    assert str(target) in window.statusBar().currentMessage()
    _, text = words_of(target, range(0, 1))
    assert "typed just now, not yet saved" in text


def test_study_mode_cancel_leaves_nothing(qtbot: QtBot, deck: Deck, tmp_path: Path) -> None:
    window = open_study_window(PresentationState(deck))
    qtbot.addWidget(window)
    target = tmp_path / "mine.pdf"
    export = window.export_guide(target)
    cancel = export.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    export.runner.progress.connect(lambda done, total: cancel.click() if done == 1 else None)
    with qtbot.waitSignal(export.failed, timeout=60000) as failed:
        pass
    assert failed.args == [""]
    assert not target.exists()
    assert "cancelled" in window.statusBar().currentMessage()
