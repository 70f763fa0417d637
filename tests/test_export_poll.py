"""The class poll in exported PDFs: a page and a bookmark when votes were recorded, else none."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli.main import main
from desktop_app.export.job import ExportJob
from desktop_app.export.options import ExportOptions
from desktop_app.model.deck import Deck
from desktop_app.poll.tally import Tally, deck_poll_file
from desktop_app.render.fit import ensure_gui_app
from desktop_app.user_data import data_folder


@pytest.fixture(autouse=True)
def _gui(qapp) -> None:  # type: ignore[no-untyped-def]
    ensure_gui_app()


def record_votes(deck: Deck) -> Tally:
    """Votes as the poll panel records them, in this test's own data folder."""
    tally = Tally.load(deck_poll_file(data_folder(), deck))
    tally.set("before", "open", 12)
    tally.set("before", "closed", 9)
    tally.set("after", "hybrid", 14)
    return tally


def export(deck: Deck, out: Path, **options: object) -> PdfReader:
    options.setdefault("slides", (0, 1, 2))
    options.setdefault("results", True)
    ExportJob(deck, ExportOptions(output=out, **options)).run()  # type: ignore[arg-type]
    return PdfReader(out)


def text(page) -> str:  # type: ignore[no-untyped-def]
    return " ".join((page.extract_text() or "").split())


def titles(reader: PdfReader) -> list[str]:
    return [str(item.title) for item in reader.outline if not isinstance(item, list)]


def test_slides_pdf_ends_with_the_poll_and_a_bookmark_to_it(deck: Deck, tmp_path: Path) -> None:
    record_votes(deck)
    reader = export(deck, tmp_path / "s.pdf")
    assert len(reader.pages) == 4
    last = text(reader.pages[-1])
    assert "Class poll" in last
    assert "Votes before: 21" in last and "Votes after: 14" in last
    assert titles(reader)[-1] == "Class poll"
    assert reader.get_destination_page_number(reader.outline[-1]) == 3
    # A slide page, like the rest: 16:9.
    box = reader.pages[-1].mediabox
    assert round(float(box.width) / float(box.height), 2) == round(16 / 9, 2)


def test_handout_puts_the_poll_after_the_slides_before_the_answers(
    deck: Deck, tmp_path: Path
) -> None:
    record_votes(deck)
    quiz = next(i for i, s in enumerate(deck.slides) if s.layout == "quiz")
    reader = export(deck, tmp_path / "h.pdf", layout="handout", slides=(0, quiz))
    pages = [text(p) for p in reader.pages]
    poll = next(n for n, t in enumerate(pages) if "Class poll" in t)
    answers = next(n for n, t in enumerate(pages) if "Answers" in t)
    assert poll == 1 and answers == 2
    assert "Votes before: 21" in pages[poll]
    assert "Class poll" in titles(reader)


@pytest.mark.parametrize("layout", ["slides", "handout"])
def test_the_poll_page_speaks_the_deck_language(deck: Deck, tmp_path: Path, layout: str) -> None:
    """A French deck's poll page is French, bookmark too; the sides keep the deck's names."""
    record_votes(deck)
    reader = export(replace(deck, language="fr"), tmp_path / "fr.pdf", layout=layout)
    pages = [text(p) for p in reader.pages]
    poll = next(t for t in pages if "Sondage de la classe" in t)
    assert "Voix avant" in poll and "Avant" in poll and "Before" not in poll
    assert "Open-source AI" in poll  # the deck's own side name, as written
    assert "Sondage de la classe" in titles(reader) and "Class poll" not in titles(reader)


@pytest.mark.parametrize("layout", ["slides", "handout"])
def test_no_poll_leaves_it_out(deck: Deck, tmp_path: Path, layout: str) -> None:
    record_votes(deck)
    with_poll = export(deck, tmp_path / "a.pdf", layout=layout)
    without = export(deck, tmp_path / "b.pdf", layout=layout, results=False)
    assert len(without.pages) == len(with_poll.pages) - 1
    assert not any("Class poll" in text(p) for p in without.pages)
    assert "Class poll" not in titles(without)


def test_no_votes_no_page(deck: Deck, tmp_path: Path) -> None:
    tally = record_votes(deck)
    for phase in ("before", "after"):
        tally.clear(phase)
    assert tally.path.exists()  # a poll was opened, but nobody voted
    assert len(export(deck, tmp_path / "s.pdf").pages) == 3


def test_notes_pages_have_no_poll(deck: Deck, tmp_path: Path) -> None:
    record_votes(deck)
    assert len(export(deck, tmp_path / "n.pdf", layout="notes").pages) == 3


def test_cli_adds_results_only_when_asked_and_reports_a_damaged_poll_file(
    deck: Deck, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = record_votes(deck).path
    out = tmp_path / "c.pdf"
    assert main(["export", "-o", str(out), "--slides", "1"]) == 0
    assert len(PdfReader(out).pages) == 1  # hidden per-user data stays out by default
    assert main(["export", "-o", str(out), "--slides", "1", "--results"]) == 0
    assert len(PdfReader(out).pages) == 2
    capsys.readouterr()
    path.write_text("{not json", encoding="utf-8")
    assert main(["export", "-o", str(tmp_path / "d.pdf"), "--slides", "1", "--results"]) == 1
    err = capsys.readouterr().err
    assert str(path) in err and "--results" in err
    assert not (tmp_path / "d.pdf").exists()
    assert path.read_text(encoding="utf-8") == "{not json"  # the counts are kept for recovery


def test_the_dialog_preselects_results_only_when_votes_exist(qtbot, deck: Deck) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.views.export_dialog import ExportDialog

    before = ExportDialog(deck)
    qtbot.addWidget(before)
    assert not before.poll.isChecked()
    record_votes(deck)
    after = ExportDialog(deck)
    qtbot.addWidget(after)
    assert after.poll.isChecked()
    after.output.setText("/tmp/x.pdf")
    assert after.options().results
