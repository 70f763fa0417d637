"""What screen readers are given: the slide's text at its build step, cards, names.

These tests read Qt's accessibility interfaces in-process (what the AT-SPI
bridge hands to Orca); tests/test_accessibility_atspi.py reads the same
through the real AT-SPI bus.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from desktop_app.app import settings
from desktop_app.loader import load_deck
from desktop_app.model.deck import Deck
from desktop_app.render.theme import load_theme
from desktop_app.state.presentation import PresentationState
from desktop_app.text.reading import LIST, slide_reading
from desktop_app.views.audience import AudienceWindow
from desktop_app.views.comparison.detail_panel import text_steps
from desktop_app.views.comparison.view import ComparisonView
from desktop_app.views.contrast import apply_chrome_theme
from desktop_app.views.goto_dialog import GotoDialog
from tests.conftest import show_audience

_T = QAccessible.Text
_R = QAccessible.Role


def _index(deck: Deck, layout: str) -> int:
    return next(i for i, s in enumerate(deck.slides) if s.layout == layout and s.builds)


def first_bullets(deck: Deck) -> tuple[int, int, tuple[str, ...]]:
    """The first slide whose list builds: its index, how many Right presses from the
    first slide show its first bullet, and its bullets (the bundled deck's design may
    change; what a screen reader must read at that step does not)."""
    index = next(
        i
        for i, s in enumerate(deck.slides)
        if s.builds and s.layout == "content" and s.fragments > 1
    )
    presses, position = 0, (0, 0)
    while position != (index, 1):
        step = deck.next_position(*position)
        assert step is not None
        presses, position = presses + 1, step
    bullets = next(b for b in slide_reading(deck, index, None).blocks if b.role == LIST).items
    return index, presses, bullets


def _tree(interface: QAccessibleInterface) -> list[tuple[QAccessible.Role, str]]:
    """Every descendant's (role, name), depth first: the order a screen reader walks them."""
    found = []
    for i in range(interface.childCount()):
        child = interface.child(i)
        found.append((child.role(), child.text(_T.Name)))
        found.extend(_tree(child))
    return found


def _slide(widget: QWidget) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


# -- the reading, without Qt -----------------------------------------------------------------


def test_a_build_step_reads_only_the_items_shown(deck: Deck) -> None:
    index = _index(deck, "content")
    items = next(b for b in slide_reading(deck, index, None).blocks if b.role == LIST).items
    first = slide_reading(deck, index, 1)
    assert first.title == deck.slides[index].title
    assert items[0] in first.text and items[1] not in first.text
    assert "" not in items and all(items)
    assert slide_reading(deck, index, 0).text == deck.slides[index].title


def test_a_quiz_reads_its_choices_and_the_answer_only_once_revealed(deck: Deck) -> None:
    index = next(i for i, s in enumerate(deck.slides) if s.layout == "quiz")
    question = deck.question(deck.slides[index].quiz)
    assert question is not None and question.is_choice
    hidden, shown = slide_reading(deck, index, 0).text, slide_reading(deck, index, 1).text
    assert "Answer:" not in hidden and "(correct)" not in hidden
    assert "Answer:" in shown and "(correct)" in shown
    assert slide_reading(deck, index, 0).title  # named by its question, not empty


def test_images_read_their_alt_text_and_symbols_are_not_read(make_deck) -> None:  # type: ignore[no-untyped-def]
    root = make_deck(
        """\
        format: 1
        title: Pictures
        sections:
          - id: a
            title: A
            slides:
              - id: pic
                layout: image
                title: A chart
                image: chart.png
                alt: Bar chart of open and closed models by year
              - id: cols
                layout: two-columns
                title: "◆ Two sides"
                left: "- ◆ Open pushes for access"
                right: "- ■ Closed forces safety"
        """,
    )
    picture = QImage(8, 8, QImage.Format.Format_RGB32)
    picture.fill(0x336699)
    assert picture.save(str(root / "chart.png"))
    deck = load_deck(root)
    assert "Image: Bar chart of open and closed models by year" in slide_reading(deck, 0, 0).text
    columns = slide_reading(deck, 1, None)
    assert columns.title == "Two sides"
    assert "Open pushes for access" in columns.text and "◆" not in columns.text + columns.name
    assert "■" not in columns.text


def test_a_comparison_reads_one_list_per_revealed_row_with_each_cards_side(deck: Deck) -> None:
    index = _index(deck, "comparison")
    one, all_rows = slide_reading(deck, index, 1), slide_reading(deck, index, None)
    rows = [b for b in all_rows.blocks if b.role == LIST]
    assert len([b for b in one.blocks if b.role == LIST]) == 1
    assert len(rows) == deck.slides[index].rows > 1
    assert deck.debate is not None
    labels = {p.label for p in deck.debate.positions}
    for row in rows:
        assert row.keys and all(item.split(":")[0] in labels for item in row.items)


# -- the slide views' accessible interfaces ------------------------------------------------------


def test_pressing_right_to_a_first_bullet_makes_it_readable(qtbot, deck: Deck) -> None:
    index, presses, bullets = first_bullets(deck)
    window = show_audience(qtbot, AudienceWindow(PresentationState(deck)))
    for _ in range(presses):
        qtbot.keyClick(window.slide_view, Qt.Key.Key_Right)
    slide = _slide(window.slide_view)
    title = deck.slides[index].title
    assert slide.text(_T.Name) == f"Slide {index + 1} of {len(deck.slides)}: {title}"
    assert bullets[0] in slide.text(_T.Description)
    assert bullets[1] not in slide.text(_T.Description)
    tree = _tree(slide)
    assert tree[0] == (_R.Heading, title)
    assert (_R.ListItem, bullets[0]) in tree and (_R.ListItem, bullets[1]) not in tree
    assert slide.role() == _R.Document
    qtbot.keyClick(window.slide_view, Qt.Key.Key_Right)
    assert (_R.ListItem, bullets[1]) in _tree(_slide(window.slide_view))


def test_previews_read_the_slide_they_show(qtbot, deck: Deck) -> None:
    from desktop_app.app import settings
    from desktop_app.views.presenter.presenter import Presenter

    state = PresentationState(deck)
    presenter = Presenter(state, settings())
    qtbot.addWidget(presenter.console)
    qtbot.addWidget(presenter.audience)
    console = presenter.console
    index = first_bullets(deck)[0]
    state.goto(index)
    preview = _slide(console.next_view).text(_T.Name)
    assert preview.startswith(f"Next step preview, Slide {index + 1} of")  # the slide builds
    assert _slide(console.current).text(_T.Name).startswith(f"Current slide, Slide {index + 1} of")


@pytest.fixture
def comparison(qtbot, deck: Deck) -> ComparisonView:
    view = ComparisonView(PresentationState(deck))
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    view.canvas.setFocus()
    return view


def test_every_revealed_card_is_a_named_focusable_object(qtbot, comparison: ComparisonView) -> None:
    model = comparison.model
    assert model is not None
    model.reveal_all()
    canvas = _slide(comparison.canvas)
    assert canvas.text(_T.Name) == "Comparison of arguments"
    rows = [canvas.child(i) for i in range(canvas.childCount())]
    cards = [r.child(k) for r in rows if r.role() == _R.List for k in range(r.childCount())]
    assert len(cards) == sum(len(row.cards) for row in model.rows)
    for card in cards:
        assert card.role() == _R.ListItem and card.text(_T.Name)
        assert card.state().focusable and not card.state().focused
        where = comparison.canvas.mapFromGlobal(card.rect().center())
        assert comparison.canvas.rect().contains(where)
    qtbot.keyClick(comparison.canvas, Qt.Key.Key_Down)  # selects the first card
    focused = canvas.focusChild()
    assert focused is not None and focused.state().focused
    selected = model.selected_argument()
    assert selected is not None and selected.title in focused.text(_T.Name)


# -- high contrast and text size ---------------------------------------------------------------


@pytest.fixture
def audience(qtbot, deck: Deck):  # type: ignore[no-untyped-def]
    window = show_audience(qtbot, AudienceWindow(PresentationState(deck)))
    yield window
    apply_chrome_theme("light")  # the chrome is app-wide: leave it as other tests expect


def test_high_contrast_recolours_menus_panels_and_dialogs(qtbot, audience: AudienceWindow) -> None:
    background = QApplication.palette().color(QPalette.ColorRole.Window)
    audience.set_theme("high-contrast")
    theme = load_theme("high-contrast")
    text = QColor(theme.color("text"))
    menu = audience.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    dialog = GotoDialog(audience.state.deck, 0, audience)
    qtbot.addWidget(dialog)
    for widget in (menu, dialog, audience.menuBar()):
        widget.ensurePolished()
        assert widget.palette().color(QPalette.ColorRole.WindowText) == text
    assert QApplication.palette().color(QPalette.ColorRole.Window) != background
    audience.set_theme("light")  # and back to the platform's own look
    assert QApplication.instance().styleSheet() == ""  # type: ignore[union-attr]
    assert QApplication.palette().color(QPalette.ColorRole.Window) == background


def test_larger_text_enlarges_the_argument_detail_and_is_remembered(
    qtbot, audience: AudienceWindow, deck: Deck
) -> None:
    qtbot.keyClick(audience.slide_view, Qt.Key.Key_C)
    view = audience.comparison.view()
    assert view.model is not None and deck.debate is not None
    view.model.select(deck.debate.arguments[0].id, True)
    qtbot.waitUntil(view.detail.isVisible)
    before = view.detail.font().pixelSize()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.detail.font().pixelSize() == round(before * 1.15**2)
    assert text_steps(settings()) == 2  # the next window starts at this size
    qtbot.keyClick(view.canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.detail.font().pixelSize() == before
