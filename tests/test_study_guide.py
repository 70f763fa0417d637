"""The personal study guide PDF: every slide, the student's notes, and quiz results."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.export.options import ExportError
from desktop_app.model.deck import Deck
from desktop_app.study.store import BOOKMARK, StudyStore, deck_key
from desktop_app.views.study.guide import write_study_guide


def words_of(pdf: Path, pages: range | None = None) -> tuple[int, str]:
    """Page count and the text of some pages (pypdf extraction is slow; read only what's needed)."""
    reader = PdfReader(pdf)
    wanted = pages if pages is not None else range(len(reader.pages))
    text = " ".join(reader.pages[i].extract_text() or "" for i in wanted)
    return len(reader.pages), re.sub(r"\s+", " ", text)


@pytest.fixture
def store(deck: Deck, tmp_path: Path) -> StudyStore:
    s = StudyStore.open(tmp_path / "data", deck_key(deck))
    yield s
    s.close()


def test_guide_has_every_slide_my_notes_and_results(
    qapp, deck: Deck, store: StudyStore, tmp_path: Path
) -> None:
    slide = deck.slides[5]
    store.set_note(slide.id, "Remember the zebra mnemonic\nfor public scrutiny")
    store.set_mark(slide.id, BOOKMARK, True)
    attempt = store.start_attempt("all")
    store.record_answer(attempt, deck.quiz[0].id, "1", True)
    steps: list[tuple[int, int]] = []
    target = tmp_path / "guide.pdf"
    pages = write_study_guide(deck, store, target, lambda d, t: steps.append((d, t)))
    count, text = words_of(target, range(5, 7))
    assert count == pages > len(deck.slides)
    _, results = words_of(target, range(count - 1, count))
    assert "Remember the zebra mnemonic for public scrutiny" in text
    assert "My notes" in text and "Bookmarked" in text
    assert "Quiz results" in results and "1 of 14 questions last answered right" in results
    assert slide.title in text
    assert steps[-1] == (len(deck.slides) + 1, len(deck.slides) + 1)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_long_notes_continue_overleaf(qapp, deck: Deck, store: StudyStore, tmp_path: Path) -> None:
    store.set_note(deck.slides[0].id, "\n".join(f"line {i} of my long note" for i in range(150)))
    target = tmp_path / "guide.pdf"
    pages = write_study_guide(deck, store, target)
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


def test_unwritable_target_is_reported_and_old_file_kept(
    qapp, deck: Deck, store: StudyStore, tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-folder" / "guide.pdf"
    with pytest.raises(ExportError, match="no-such-folder"):
        write_study_guide(deck, store, missing)
    target = tmp_path / "guide.pdf"
    target.write_bytes(b"earlier guide")
    write_study_guide(deck, store, target)
    assert target.read_bytes().startswith(b"%PDF")
