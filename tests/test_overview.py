"""The overview grid: open it, find a slide with keys or the mouse, and go there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.model.deck import Deck
from desktop_app.render.renderer import SlideRenderer
from desktop_app.state.presentation import PresentationState
from desktop_app.views.audience import AudienceWindow
from desktop_app.views.overview import OverviewModel, ThumbnailCache, slide_caption
from tests.conftest import show_audience

K = Qt.Key


@pytest.fixture
def window(qtbot, deck: Deck) -> AudienceWindow:
    return show_audience(qtbot, AudienceWindow(PresentationState(deck)))


def key(qtbot, *keys: Qt.Key) -> None:
    for k in keys:
        qtbot.keyClick(QApplication.focusWidget(), k)


def test_o_opens_grid_on_the_current_slide(qtbot, window: AudienceWindow) -> None:
    window.state.goto(5)
    key(qtbot, K.Key_O)
    assert window.overview_shown
    assert window.overview.hasFocus()
    assert window.overview.selected() == 5
    assert window.commands["view.overview"].isChecked()
    index = window.overview.model().index(5)
    assert index.data(OverviewModel.CurrentRole) is True
    assert "showing now" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert index.data().startswith("6  ")


def test_arrow_keys_move_in_the_grid_not_the_talk_and_enter_picks(qtbot, window) -> None:
    key(qtbot, K.Key_O, K.Key_Right, K.Key_Right)
    assert window.overview.selected() == 2
    assert window.state.index == 0  # the room still sees the slide it saw
    key(qtbot, K.Key_Down)
    below = window.overview.selected()
    assert below > 2  # one row down
    key(qtbot, K.Key_Return)
    assert not window.overview_shown
    assert window.state.index == below
    assert window.slide_view.hasFocus()


def test_escape_and_o_close_without_moving(qtbot, window) -> None:
    window.state.goto(3)
    key(qtbot, K.Key_O, K.Key_Right, K.Key_Escape)
    assert not window.overview_shown
    assert window.state.index == 3
    key(qtbot, K.Key_O, K.Key_Left, K.Key_O)
    assert not window.overview_shown
    assert window.state.index == 3


def test_click_on_a_thumbnail_picks_it(qtbot, window) -> None:
    window.show_overview(True)
    rect = window.overview.item_rect(6)
    qtbot.mouseClick(window.overview.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.state.index == 6
    assert not window.overview_shown


def test_thumbnails_render_lazily_visible_first(qtbot, window) -> None:
    window.show_overview(True)
    cache = window.overview.cache
    size = window.overview.thumb_size()
    assert size.width() >= 240
    assert size.height() == size.width() * 9 // 16
    qtbot.waitUntil(lambda: cache.cached(0, size) is not None)
    qtbot.waitUntil(lambda: cache.pending == 0)
    assert cache.cached(0, size).size() == size
    last = window.state.count - 1
    assert cache.cached(last, size) is None  # off screen: not drawn until scrolled to
    window.overview.select(last)
    qtbot.waitUntil(lambda: cache.cached(last, size) is not None)


def test_cache_queues_and_signals(qtbot, deck: Deck) -> None:
    cache = ThumbnailCache(SlideRenderer(deck))
    size = QSize(192, 108)
    assert cache.image(2, size) is None
    with qtbot.waitSignal(cache.ready) as blocker:
        pass
    assert blocker.args == [2]
    assert cache.image(2, size) is not None
    cache.set_renderer(SlideRenderer(deck))
    assert cache.image(2, size) is None  # a new deck or theme drops stale pictures


def test_current_slide_is_framed_and_marked(qtbot, window) -> None:
    window.state.goto(2)
    window.show_overview(True)
    qtbot.waitUntil(lambda: window.overview.cache.pending == 0)
    image = window.overview.grab().toImage()
    rect = window.overview.item_rect(2)
    accent = window.overview.colors["accent"]
    # The thick frame sits just outside the thumbnail, on every side.
    assert image.pixelColor(rect.center().x(), rect.top() + 6) == accent
    other = window.overview.item_rect(1)
    assert image.pixelColor(other.center().x(), other.top() + 6) != accent


def test_quiz_slides_are_named_by_their_question(deck: Deck) -> None:
    quiz = next(s for s in deck.slides if s.layout == "quiz")
    caption = slide_caption(deck, quiz)
    question = deck.question(quiz.quiz)
    assert question is not None
    assert caption == question.prompt != quiz.id


def test_theme_change_recolours_the_grid(qtbot, window) -> None:
    window.set_theme("dark")
    assert window.overview.colors["background"].lightness() < 60
