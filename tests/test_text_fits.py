"""Text that fits: in every interface language, each translated window fits a 1280×720
screen and no label, button or check box is narrower than its text.

German and French run about 30% longer than English; a label cut short or
elided is a translation a user cannot read. Windows whose strings are not yet
marked (see NOT_YET_SCANNED in test_translations.py) join this test as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.i18n import LANGUAGES, install_translators
from desktop_app.model.deck import Deck
from desktop_app.views.banner import ProblemBanner
from desktop_app.views.export_dialog import ExportDialog
from desktop_app.views.goto_dialog import GotoDialog

SCREEN = (1280, 720)


@pytest.fixture(params=sorted(LANGUAGES))
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = install_translators(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


def _banner(deck: Deck) -> QWidget:
    banner = ProblemBanner()
    banner.show_problems("deck.yaml", [f"deck.yaml:{n}:1: error: example" for n in range(12)])
    return banner


WINDOWS: dict[str, Callable[[Deck], QWidget]] = {
    "export dialog": lambda deck: ExportDialog(deck),
    "go to slide": lambda deck: GotoDialog(deck, 0),
    "problem banner": _banner,
}


def clipped(window: QWidget) -> list[str]:
    """Texts of widgets laid out narrower than their text needs."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        one_line = isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and not widget.wordWrap()
        )
        if one_line and widget.text().strip():  # type: ignore[attr-defined]
            text = widget.text()  # type: ignore[attr-defined]
        elif isinstance(widget, QComboBox):
            text = widget.currentText()
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            text = widget.placeholderText()
            if widget.width() < widget.fontMetrics().horizontalAdvance(text):
                found.append(f"{type(widget).__name__} {text!r}")
            continue
        else:
            continue
        if widget.width() < widget.sizeHint().width():
            found.append(
                f"{type(widget).__name__} {text!r}: {widget.width()} < {widget.sizeHint().width()}"
            )
    return found


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_every_text_fits_its_widget_at_1280x720(
    qtbot, deck: Deck, language: str, name: str
) -> None:  # type: ignore[no-untyped-def]
    window = WINDOWS[name](deck)
    qtbot.addWidget(window)
    hint = window.sizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (language, hint)
    window.resize(window.size().expandedTo(hint))  # as shown: its own size, or the hint
    window.show()
    qtbot.waitExposed(window)
    assert not clipped(window), (language, name, clipped(window))
