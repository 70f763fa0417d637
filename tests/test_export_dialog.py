"""File → Export…: the dialog runs the export with progress, and Cancel leaves files alone."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from desktop_app.model.deck import Deck
from desktop_app.views.export_dialog import ExportDialog


def test_export_runs_with_progress_and_reports(qtbot, deck: Deck, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(deck)
    qtbot.addWidget(dialog)
    out = tmp_path / "deck.pdf"
    dialog.output.setText(str(out))
    dialog.slides.setText("1-4")
    dialog.start()
    assert dialog.runner is not None
    with qtbot.waitSignal(dialog.runner.finished, timeout=20000):
        pass
    assert len(PdfReader(out).pages) == 4
    assert dialog.bar.value() == 4
    assert dialog.status.text().startswith(f"✓ Wrote {out}: 4 pages")


def test_bad_range_is_shown_not_raised(qtbot, deck: Deck, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(deck)
    qtbot.addWidget(dialog)
    dialog.output.setText(str(tmp_path / "x.pdf"))
    dialog.slides.setText("99")
    dialog.start()
    assert dialog.runner is None
    assert "outside the deck's slides" in dialog.status.text()


def test_cancel_keeps_the_earlier_file(qtbot, deck: Deck, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "deck.pdf"
    out.write_bytes(b"earlier")
    dialog = ExportDialog(deck)
    qtbot.addWidget(dialog)
    dialog.output.setText(str(out))
    dialog.start()
    runner = dialog.runner
    assert runner is not None
    runner.progress.connect(lambda done, total: dialog._cancel() if done == 2 else None)
    with qtbot.waitSignal(runner.failed, timeout=20000) as blocker:
        pass
    assert blocker.args == [""]
    assert out.read_bytes() == b"earlier"
    assert "cancelled" in dialog.status.text()


def test_png_format_disables_pdf_only_options(qtbot, deck: Deck) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(deck)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    assert dialog.width_box.isEnabled()
    assert not dialog.layout_box.isEnabled() and not dialog.notes.isEnabled()
    assert not dialog.output.text().endswith(".pdf")


def test_an_unexpected_error_ends_the_export_with_its_reason(  # type: ignore[no-untyped-def]
    qtbot, deck: Deck, tmp_path: Path, monkeypatch
) -> None:
    def broken_finish(data: bytes, info: object) -> bytes:
        raise MemoryError("out of memory while finishing")

    monkeypatch.setattr("desktop_app.export.job.finish", broken_finish)
    out = tmp_path / "deck.pdf"
    dialog = ExportDialog(deck)
    qtbot.addWidget(dialog)
    dialog.output.setText(str(out))
    dialog.slides.setText("1-2")
    dialog.start()
    assert dialog.runner is not None
    with qtbot.waitSignal(dialog.runner.failed, timeout=20000):
        pass
    assert "out of memory while finishing" in dialog.status.text()
    assert "Exporting" not in dialog.status.text()
    assert dialog.export_button.isEnabled()
    assert not out.exists()
