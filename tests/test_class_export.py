"""Class session results in exports: `--results` adds a page per question asked, and CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.classroom.activity import motion_question, quiz_question
from desktop_app.classroom.results import FILE_NAME, ResultsStore, last_results, results_csv
from desktop_app.export.job import ExportJob
from desktop_app.export.options import ExportOptions
from desktop_app.i18n import deck_words
from desktop_app.model.deck import Deck
from desktop_app.model.identity import deck_identity
from desktop_app.render.fit import ensure_gui_app
from desktop_app.user_data import deck_data_dir


@pytest.fixture(autouse=True)
def _gui(qapp) -> None:  # type: ignore[no-untyped-def]
    ensure_gui_app()


def hold_session(deck: Deck) -> None:
    """A finished session as the console leaves it, in this test's own data folder."""
    store = ResultsStore(deck_data_dir(deck) / FILE_NAME)
    try:
        record = store.open_session(deck_identity(deck))
        before = motion_question(deck, "before")
        quiz = quiz_question(deck, "q-open-red-teaming")
        assert before is not None and quiz is not None
        for q in (before, quiz):
            options = [(o.id, o.label) for o in q.options]
            store.open_question(record.id, q.key, q.kind, q.prompt, options).result()
        for n, vote in enumerate(("for", "for", "against")):
            store.answer(record.id, before.key, f"device-{n:016d}", vote).result()
        store.answer(record.id, quiz.key, "device-0000000000000000", "1").result()
        store.end_session(record.id).result()
    finally:
        store.close()


def text(page) -> str:  # type: ignore[no-untyped-def]
    return " ".join((page.extract_text() or "").split())


def test_results_add_a_page_per_question(deck: Deck, tmp_path: Path) -> None:
    hold_session(deck)
    out = tmp_path / "deck.pdf"
    ExportJob(deck, ExportOptions(output=out, slides=(0,), results=True)).run()
    pages = [text(page) for page in PdfReader(out).pages]
    assert len(pages) == 3
    assert "most powerful AI models" in pages[1] and "3 answers" in pages[1]  # pypdf misreads "ti"
    assert "2 (67%)" in pages[1]
    assert "1 answers" in pages[2] or "1 answer" in pages[2]


def test_a_handout_with_results_frames_them_two_a_page(deck: Deck, tmp_path: Path) -> None:
    """The paper layout carries the class's results too, framed like its slides."""
    hold_session(deck)
    out = tmp_path / "handout.pdf"
    options = ExportOptions(output=out, layout="handout", slides=(0,), results=True)
    ExportJob(deck, options).run()
    reader = PdfReader(out)
    pages = [text(page) for page in reader.pages]
    results = next(i for i, page in enumerate(pages) if "3 answers" in page)
    assert "2 (67%)" in pages[results] and "1 answer" in pages[results]  # both on one page
    assert f"Page {results + 1} of {len(pages)}" in pages[results]
    assert "Class results" in [item.title for item in reader.outline if not isinstance(item, list)]


def test_without_results_no_class_page(deck: Deck, tmp_path: Path) -> None:
    hold_session(deck)
    out = tmp_path / "deck.pdf"
    ExportJob(deck, ExportOptions(output=out, slides=(0,))).run()
    assert len(PdfReader(out).pages) == 1


def test_results_as_csv_have_labels_and_counts(deck: Deck) -> None:
    hold_session(deck)
    asked = last_results(deck_data_dir(deck) / FILE_NAME, deck_identity(deck))
    rows = list(csv.reader(io.StringIO(results_csv(asked, deck_words("en").translate))))
    assert ["motion:before", rows[1][1], "For", "2"] in rows
    assert ["motion:before", rows[1][1], "Against", "1"] in rows
