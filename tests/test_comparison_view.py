"""The comparison view as a presenter uses it: keys, clicks, filters, detail, poll, the C mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget

from desktop_app.model.deck import Deck
from desktop_app.render.layouts.comparison import card_rects
from desktop_app.state.poll import PollState
from desktop_app.state.presentation import PresentationState
from desktop_app.views.command_set import make_action
from desktop_app.views.commands import command
from desktop_app.views.comparison.mode import ComparisonMode
from desktop_app.views.comparison.poll_panel import PollPanel
from desktop_app.views.comparison.view import ComparisonView


@pytest.fixture
def view(qtbot, deck: Deck) -> ComparisonView:
    v = ComparisonView(PresentationState(deck))
    qtbot.addWidget(v)
    v.resize(1280, 720)
    v.show()
    qtbot.waitExposed(v)
    v.model.set_revealed(0)  # type: ignore[union-attr]
    v.canvas.setFocus()
    return v


def _press(qtbot, view: ComparisonView, key: Qt.Key) -> None:
    qtbot.keyClick(view.canvas, key)


def _widget_point(view: ComparisonView, canvas_point: QPointF) -> QPoint:
    frame = view.canvas.slide_rect()
    x = frame.left() + canvas_point.x() * frame.width() / 1920
    y = frame.top() + canvas_point.y() * frame.height() / 1080
    return QPoint(round(x), round(y))


def test_rows_reveal_step_by_step_with_keys_and_buttons(qtbot, view: ComparisonView) -> None:
    m = view.model
    assert m is not None
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
        _press(qtbot, view, key)
    assert m.revealed == 3
    assert view.canvas._step == 3  # the renderer is told the same step
    _press(qtbot, view, Qt.Key.Key_Left)
    _press(qtbot, view, Qt.Key.Key_PageUp)
    assert m.revealed == 1
    _press(qtbot, view, Qt.Key.Key_A)
    assert m.revealed == m.steps
    assert not view.filter_bar.reveal_button.isEnabled()
    qtbot.mouseClick(view.filter_bar.hide_button, Qt.MouseButton.LeftButton)
    assert m.revealed == m.steps - 1 and view.filter_bar.reveal_button.isEnabled()


def test_revealing_changes_what_is_painted(qtbot, view: ComparisonView) -> None:
    before = view.canvas.grab().toImage()
    _press(qtbot, view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: view.canvas.grab().toImage() != before)


def test_number_keys_focus_a_row_and_zero_clears(qtbot, view: ComparisonView) -> None:
    _press(qtbot, view, Qt.Key.Key_2)
    assert view.model.focus_row == "scrutiny-vs-safety"  # type: ignore[union-attr]
    assert view.filter_bar.row_combo.currentData() == "scrutiny-vs-safety"
    _press(qtbot, view, Qt.Key.Key_0)
    assert view.model.focus_row == ""  # type: ignore[union-attr]


def test_arrows_and_enter_open_the_detail_then_esc_closes_it(qtbot, view: ComparisonView) -> None:
    m = view.model
    assert m is not None
    _press(qtbot, view, Qt.Key.Key_A)
    _press(qtbot, view, Qt.Key.Key_Down)
    _press(qtbot, view, Qt.Key.Key_Down)
    _press(qtbot, view, Qt.Key.Key_Right)
    assert m.selected == "closed-safety"
    assert not view.detail.isVisible()
    _press(qtbot, view, Qt.Key.Key_Return)
    assert view.detail.isVisible()
    text = view.detail.toPlainText()
    assert "Safety and misuse prevention" in text and "Closed, proprietary AI" in text
    assert "Answers:" in text and "Transparency and scrutiny" in text
    assert "In tension with:" in text
    _press(qtbot, view, Qt.Key.Key_Escape)
    assert not view.detail.isVisible() and m.selected == "closed-safety"
    _press(qtbot, view, Qt.Key.Key_Escape)
    assert m.selected == ""


def test_clicking_a_card_opens_its_detail(qtbot, view: ComparisonView, deck: Deck) -> None:
    m = view.model
    assert m is not None and deck.debate is not None
    m.reveal_all()
    rect = card_rects(deck.debate, view._source.slides[0].dimensions)["open-customization"]
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=_widget_point(view, rect.center()))
    assert m.selected == "open-customization" and m.detail_open
    assert view.detail.isVisible()
    assert "Customization" in view.detail.toPlainText()
    assert "closed-accountability" in m.focus().highlighted


def test_clicking_a_hidden_row_selects_nothing(qtbot, view: ComparisonView, deck: Deck) -> None:
    assert deck.debate is not None
    view.model.set_revealed(1)  # type: ignore[union-attr]
    rect = card_rects(deck.debate, ())["closed-accountability"]
    assert view.card_at(rect.center()) == ""
    view.model.reveal_all()  # type: ignore[union-attr]
    assert view.card_at(rect.center()) == "closed-accountability"


def test_following_an_answers_link_selects_the_other_card(qtbot, view: ComparisonView) -> None:
    m = view.model
    assert m is not None
    m.reveal_all()
    m.select("open-transparency", True)
    view.detail.anchorClicked.emit(QUrl("arg:closed-safety"))
    assert m.selected == "closed-safety" and view.detail.argument.id == "closed-safety"  # type: ignore[union-attr]


def test_side_toggles_and_search_filter_the_cards(qtbot, view: ComparisonView) -> None:
    m = view.model
    assert m is not None
    m.reveal_all()
    view.filter_bar.side_buttons["closed"].click()
    assert m.sides == frozenset({"open", "hybrid"})
    assert view.filter_bar.match_label.text() == "5 of 8 cards"
    view.filter_bar.side_buttons["closed"].click()
    qtbot.keyClicks(view.filter_bar.search, "billions")
    assert [a.id for a in m.visible_cards()] == ["closed-commercial"]
    assert view.canvas._options.comparison.query == "billions"  # type: ignore[union-attr]


def test_typing_in_search_does_not_trigger_view_keys(qtbot, view: ComparisonView) -> None:
    view.filter_bar.search.setFocus()
    qtbot.keyClicks(view.filter_bar.search, "a 2")
    assert view.model.revealed == 0 and view.model.focus_row == ""  # type: ignore[union-attr]


def test_poll_records_by_keys_and_shows_the_chart(qtbot, view: ComparisonView) -> None:
    _press(qtbot, view, Qt.Key.Key_V)
    assert view.poll.isVisible() and view.main.currentWidget() is view.poll.chart
    poll = view.poll
    qtbot.keyClick(poll, Qt.Key.Key_1)
    qtbot.keyClick(poll, Qt.Key.Key_1)
    qtbot.keyClick(poll, Qt.Key.Key_3)
    qtbot.keyClick(poll, Qt.Key.Key_Exclam, Qt.KeyboardModifier.ShiftModifier)
    assert poll.tally.count("before", "open") == 1
    assert poll.spins["hybrid"].value() == 1
    poll.phase_buttons["after"].click()
    qtbot.keyClick(poll, Qt.Key.Key_2)
    assert poll.tally.count("after", "closed") == 1
    qtbot.keyClick(poll, Qt.Key.Key_Escape)
    assert not view.poll.isVisible() and view.main.currentWidget() is view.canvas


def test_poll_panel_reloads_saved_counts_and_exports_csv(qtbot, deck: Deck, tmp_path: Path) -> None:
    path = tmp_path / "poll.json"
    panel = PollPanel(deck, PollState(), path)
    qtbot.addWidget(panel)
    panel.spins["closed"].setValue(4)
    again = PollPanel(deck, PollState(), path)
    qtbot.addWidget(again)
    assert again.spins["closed"].value() == 4
    again.save_csv(tmp_path / "poll.csv")
    assert (tmp_path / "poll.csv").read_text(encoding="utf-8").splitlines()[1] == ("before,0,4,0,4")


def test_damaged_poll_file_is_reported_and_not_overwritten(
    qtbot, deck: Deck, tmp_path: Path
) -> None:
    path = tmp_path / "poll.json"
    path.write_text("{oops", encoding="utf-8")
    panel = PollPanel(deck, PollState(), path)
    qtbot.addWidget(panel)
    assert str(path) in panel.status.text()
    panel.vote("open", 1)
    assert path.read_text(encoding="utf-8") == "{oops"


def test_views_of_one_presentation_share_their_state(qtbot, deck: Deck) -> None:
    state = PresentationState(deck)
    audience, console = ComparisonView(state), ComparisonView(state)
    qtbot.addWidget(audience)
    qtbot.addWidget(console)
    assert audience.model is console.model is state.comparison
    console.model.select("closed-accountability", True)  # type: ignore[union-attr]
    assert audience.canvas._options.comparison.selected == "closed-accountability"  # type: ignore[union-attr]
    assert audience.detail.argument.id == "closed-accountability"  # type: ignore[union-attr]


def test_mode_action_swaps_the_comparison_into_a_stack(qtbot, deck: Deck) -> None:
    state = PresentationState(deck)
    state.goto(deck.slide_index("compare-all"), 2)
    window = QMainWindow()
    qtbot.addWidget(window)
    stack = QStackedWidget()
    slide = QLabel("slide")
    stack.addWidget(slide)
    window.setCentralWidget(stack)
    action = make_action(window, command("view.comparison"))
    mode = ComparisonMode(state, stack, window, action=action)
    assert mode.action() is action
    assert action.text() == "&Comparison" and action.isCheckable()
    assert action.shortcut() == QKeySequence(Qt.Key.Key_C)
    action.setChecked(True)
    assert stack.currentWidget() is mode.view()
    assert mode.view().model.revealed == 2  # type: ignore[union-attr]
    action.setChecked(False)
    assert stack.currentWidget() is slide


def test_view_keys_win_over_window_shortcuts(qtbot, deck: Deck) -> None:
    state = PresentationState(deck)
    window = QMainWindow()
    qtbot.addWidget(window)
    view = ComparisonView(state)
    window.setCentralWidget(view)
    fired: list[bool] = []
    next_slide = QAction("Next", window)
    next_slide.setShortcut(QKeySequence(Qt.Key.Key_Right))
    next_slide.triggered.connect(lambda: fired.append(True))
    window.addAction(next_slide)
    window.show()
    qtbot.waitExposed(window)
    view.model.set_revealed(0)  # type: ignore[union-attr]
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    assert view.model.revealed == 1 and not fired  # type: ignore[union-attr]


def test_a_deck_without_debate_shows_a_message(qtbot, make_deck) -> None:
    from desktop_app.loader import load_deck

    view = ComparisonView(PresentationState(load_deck(make_deck())))
    qtbot.addWidget(view)
    assert view.model is None
    assert "no debate" in view.findChild(QLabel).text()


def test_the_grid_fits_the_canvas_at_every_step(qapp, deck: Deck) -> None:
    from PySide6.QtCore import QSize

    from desktop_app.render.canvas import BOTTOM, WIDTH, ComparisonFocus, RenderOptions
    from desktop_app.render.renderer import SlideRenderer
    from desktop_app.views.comparison.source import comparison_deck

    assert deck.debate is not None
    rects = list(card_rects(deck.debate, ()).values())
    assert all(r.bottom() <= BOTTOM and r.right() <= WIDTH for r in rects)
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
    source = comparison_deck(deck)
    assert source is not None
    renderer = SlideRenderer(source)
    focus = ComparisonFocus(
        selected="closed-safety", highlighted=frozenset(deck.debate.linked("closed-safety"))
    )
    for step in range(source.slides[0].steps):
        image = QImage(QSize(480, 270), QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        assert renderer.paint(
            painter, QRectF(0, 0, 480, 270), 0, step, RenderOptions(comparison=focus)
        )
        painter.end()


def test_view_follows_the_host_windows_theme(qtbot, view: ComparisonView) -> None:
    from desktop_app.render.theme import load_theme

    dark = load_theme("dark")
    view.set_theme(dark)
    frame = view.canvas.slide_rect()
    image = view.canvas.grab().toImage()
    corner = image.pixelColor(round(frame.left()) + 4, round(frame.top()) + 4)
    assert corner.name() == dark.color("background")
