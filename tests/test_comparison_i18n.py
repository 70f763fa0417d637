"""The comparison in the user's language: the controls speak the interface's, the words
painted for the room speak the deck's, and the deck's own names stay as written."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from desktop_app.export.job import ExportJob
from desktop_app.export.options import ExportOptions
from desktop_app.model.deck import Deck
from desktop_app.render.canvas import Paint
from desktop_app.render.layouts.comparison import link_label
from desktop_app.render.theme import load_theme
from desktop_app.state.presentation import PresentationState
from desktop_app.views.comparison.detail_panel import detail_markdown
from desktop_app.views.comparison.view import ComparisonView


def _view(qtbot, deck: Deck) -> ComparisonView:  # type: ignore[no-untyped-def]
    view = ComparisonView(PresentationState(deck))
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_german_comparison_has_german_controls_and_the_deck_s_own_names(
    qtbot, deck: Deck, interface
) -> None:  # type: ignore[no-untyped-def]
    interface("de")
    view = _view(qtbot, deck)
    bar = view.filter_bar
    assert bar.reveal_button.text() == "Nächste Zeile aufdecken"
    assert bar.row_combo.itemText(0) == "Alle Zeilen"
    assert bar.search.placeholderText() == "Argumente durchsuchen"
    open_side = deck.debate.position("open")  # type: ignore[union-attr]
    assert open_side is not None
    assert open_side.label in bar.side_buttons["open"].text()  # the deck's word, as written
    assert bar.side_buttons["open"].accessibleName() == f"{open_side.label} zeigen"
    bar.side_buttons["open"].setChecked(False)
    shown = len(view.model.visible_cards())  # type: ignore[union-attr]
    total = sum(len(r.cards) for r in view.model.rows)  # type: ignore[union-attr]
    assert bar.match_label.text() == f"{shown} von {total} Karten"
    view.poll_action.setChecked(True)
    assert [b.text() for b in view.poll.phase_buttons.values()] == [
        "Vor der Debatte",
        "Nach der Debatte",
    ]
    argument = deck.debate.arguments[0]  # type: ignore[union-attr]
    text = detail_markdown(deck, argument)
    assert "Zeile: " in text and "Row:" not in text


def test_arabic_counts_cards_in_its_own_plural_forms_and_mirrors_the_bar(
    qtbot, deck: Deck, interface
) -> None:  # type: ignore[no-untyped-def]
    interface("ar")
    view = _view(qtbot, deck)
    bar = view.filter_bar
    assert bar.tr("%1 of %n cards", "", 2).replace("%1", "1") == "1 من بطاقتين"
    assert bar.tr("%1 of %n cards", "", 5).replace("%1", "1") == "1 من 5 بطاقات"
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The row chooser comes first, so in Arabic it sits at the right, the reveal buttons left.
    assert bar.row_combo.x() > bar.all_button.x()


def test_words_on_the_grid_follow_the_deck_language_not_the_interface(
    deck: Deck, interface
) -> None:  # type: ignore[no-untyped-def]
    debate = deck.debate
    assert debate is not None
    chosen = next(a for a in debate.arguments if a.answers)
    other = debate.argument(chosen.answers[0])
    assert other is not None
    interface("de")
    image = QImage(16, 9, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    theme = load_theme(deck.theme)

    def badge(language: str) -> str:
        p = Paint(painter, replace(deck, language=language), deck.slides[0], 0, theme)
        return link_label(p, debate, chosen.id, other)

    try:
        assert badge("en") == "\u21c4 answers"  # an English deck in a German interface
        assert badge("fr") == "\u21c4 répond"
        assert badge("ar") == "\u21c4 يردّ"
    finally:
        painter.end()


def test_exported_comparison_pages_speak_the_deck_language(
    deck: Deck, tmp_path: Path, interface
) -> None:  # type: ignore[no-untyped-def]
    """A German interface exporting a French deck: the comparison pages' outline is French."""
    interface("de")
    out = tmp_path / "c.pdf"
    french = replace(deck, language="fr")
    ExportJob(french, ExportOptions(output=out, slides=(0,), comparison_pages=True)).run()
    outline = PdfReader(out).outline
    names = [str(item.title) for item in outline if not isinstance(item, list)]
    children = [str(i.title) for group in outline if isinstance(group, list) for i in group]
    assert "Comparaison" in names and "Vergleich" not in names and "Comparison" not in names
    dimension = deck.debate.dimensions[0].title  # type: ignore[union-attr]
    assert f"Comparaison\u00a0: {dimension}" in children
