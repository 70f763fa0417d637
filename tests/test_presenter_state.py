"""Presenter mode: one state drives the console and the audience window in step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from benchmarks.decks import write_deck
from desktop_app.app import application, settings
from desktop_app.loader import load_deck
from desktop_app.state.presentation import PresentationState, Screen
from desktop_app.views.overview import CACHE_LIMIT
from desktop_app.views.presenter import Presenter
from desktop_app.views.presenter.thumbnails import THUMB
from desktop_app.views.presenter.timer import TalkTimer
from desktop_app.views.presenter.tools import Tool

DECK = """\
format: 1
title: Three
duration_minutes: 6
sections:
  - id: one
    title: One
    slides:
      - id: intro
        layout: title
        title: Intro
        notes: Welcome **everyone**.
      - id: list
        layout: content
        title: Points
        body: |
          - alpha
          - beta
        builds: true
        notes: Two points.
      - id: end
        layout: content
        title: End
        body: Thanks
"""


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def open_presenter(qtbot, make_deck: Callable[..., Path], clock: FakeClock):
    application()
    root = make_deck(DECK)

    def make(start: int = 1) -> Presenter:
        presenter = Presenter(
            PresentationState(load_deck(root)), settings(), start=start, timer=TalkTimer(clock)
        )
        qtbot.addWidget(presenter.console)
        qtbot.addWidget(presenter.audience)
        presenter.show()
        return presenter

    return make


@pytest.fixture
def presenter(open_presenter) -> Presenter:
    return open_presenter()


def shown(p: Presenter) -> tuple[tuple[int, int | None], tuple[int, int | None]]:
    """(console current, audience) positions as their slide views hold them."""
    return (
        (p.console.current._index, p.console.current._step),
        (p.audience.slide_view._index, p.audience.slide_view._step),
    )


def trigger(p: Presenter, name: str) -> None:
    getattr(p.actions, name).trigger()


def test_navigation_and_builds_keep_both_windows_in_step(presenter: Presenter) -> None:
    p = presenter
    assert shown(p) == ((0, 0), (0, 0))
    assert p.console.notes.toPlainText() == "Welcome everyone."
    trigger(p, "next")
    assert shown(p) == ((1, 0), (1, 0))
    assert p.console.next_pane.caption.text() == "Next: build step 2"
    trigger(p, "next")
    trigger(p, "next")
    assert shown(p) == ((1, 2), (1, 2))
    assert p.console.next_pane.caption.text() == "Next: slide 3"
    assert p.console.status.counter.text() == "2 / 3   step 3/3"
    trigger(p, "previous")
    assert shown(p) == ((1, 1), (1, 1))
    trigger(p, "last")
    assert p.console.next_pane.caption.text() == "Next: end of the presentation"
    assert p.console.room_pane.isHidden() is False  # one offscreen screen: rehearsal


def test_start_option_is_one_based(open_presenter) -> None:
    p = open_presenter(start=3)
    assert p.state.index == 2
    assert p.console.status.counter.text() == "3 / 3"


def test_thumbnail_click_jumps(presenter: Presenter, qtbot) -> None:
    strip = presenter.console.thumbnails
    assert strip.model().rowCount() == 3
    rect = strip.visualRect(strip.model().index(2, 0))
    qtbot.mouseClick(strip.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert presenter.state.index == 2
    presenter.actions.first.trigger()
    assert strip.currentIndex().row() == 0


def test_black_white_and_freeze_reach_only_the_room(presenter: Presenter) -> None:
    p = presenter
    trigger(p, "black")
    assert p.audience.slide_view._blank == QColor("#000000")
    assert p.console.current._blank is None  # the speaker still sees the slide
    assert p.actions.black.isChecked()
    trigger(p, "white")
    assert p.audience.slide_view._blank == QColor("#ffffff")
    assert not p.actions.black.isChecked() and p.actions.white.isChecked()
    trigger(p, "white")
    assert p.state.screen is Screen.SLIDE and p.audience.slide_view._blank is None

    trigger(p, "freeze")
    trigger(p, "next")
    trigger(p, "next")
    assert shown(p) == ((1, 1), (0, 0))  # the room keeps the frozen slide
    assert p.actions.freeze.isChecked()
    trigger(p, "freeze")
    assert shown(p) == ((1, 1), (1, 1))


def test_keys_work_in_both_windows(presenter: Presenter, qtbot) -> None:
    p = presenter
    for window in (p.console, p.audience):
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda w=window: QApplication.activeWindow() is w)
        before = p.state.index, p.state.step
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
        assert (p.state.index, p.state.step) != before
        qtbot.keyClick(window, Qt.Key.Key_B)
        assert p.state.screen is Screen.BLACK
        qtbot.keyClick(window, Qt.Key.Key_Period)
        assert p.state.screen is Screen.SLIDE


def test_pointer_follows_the_mouse_on_the_console(presenter: Presenter, qtbot) -> None:
    p = presenter
    view = p.console.current
    trigger(p, "pointer")
    assert p.console.tools.tool is Tool.POINTER
    frame = view.slide_rect()
    middle = frame.center().toPoint()
    qtbot.mouseMove(view, middle)
    qtbot.waitUntil(lambda: p.state.pointer is not None)
    assert abs(p.state.pointer.x() - 960) < 10 and abs(p.state.pointer.y() - 540) < 10
    trigger(p, "spotlight")
    assert p.state.spotlight
    trigger(p, "spotlight")  # unchecking the tool hides pointer and spotlight
    assert p.console.tools.tool is Tool.NONE
    assert not p.state.spotlight and p.state.pointer is None


def test_pointer_is_painted_on_the_audience_slide(presenter: Presenter) -> None:
    p = presenter
    p.audience.resize(960, 540)
    p.state.set_pointer(QPointF(960, 540))
    picture = p.audience.grab().toImage()
    centre = picture.pixelColor(picture.width() // 2, picture.height() // 2)
    assert centre.red() > 200 and centre.green() < 100


def draw_line(qtbot, view, start: QPointF, end: QPointF) -> None:
    a, b = start.toPoint(), end.toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=a)
    for i in range(1, 6):
        qtbot.mouseMove(
            view, QPoint(a.x() + (b.x() - a.x()) * i // 5, a.y() + (b.y() - a.y()) * i // 5)
        )
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=b)


def test_pen_ink_appears_on_both_windows_and_survives_restart(open_presenter, qtbot) -> None:
    p = open_presenter(start=2)
    view = p.console.current
    trigger(p, "pen")
    frame = view.slide_rect()
    draw_line(qtbot, view, frame.topLeft() + QPointF(40, 40), frame.center())
    strokes = p.ink.strokes("list")
    assert len(strokes) == 1 and len(strokes[0].points) >= 3
    assert p.audience.overlay.shown_slide_id() == "list"
    trigger(p, "highlighter")
    draw_line(qtbot, view, frame.center(), frame.bottomRight() - QPointF(40, 40))
    assert len(p.ink.strokes("list")) == 2
    trigger(p, "undo")
    assert len(p.ink.strokes("list")) == 1
    trigger(p, "next")
    trigger(p, "next")
    trigger(p, "next")  # slide 3 has no ink
    assert p.ink.strokes("end") == ()
    trigger(p, "clear")  # nothing to clear here; the list slide keeps its ink
    p.actions.end_show.trigger()
    assert not p.console.isVisible() and not p.audience.isVisible()

    again = open_presenter(start=2)
    assert len(again.ink.strokes("list")) == 1
    again.actions.clear.trigger()
    assert again.ink.strokes("list") == ()
    again.actions.undo.trigger()
    assert len(again.ink.strokes("list")) == 1


def test_timer_starts_with_the_first_move_and_shows_pace(
    presenter: Presenter, clock: FakeClock
) -> None:
    p = presenter
    status = p.console.status
    assert not p.timer.started
    trigger(p, "next")
    assert p.timer.running
    clock.now += 7 * 60  # slide 2 of 3 over 6 minutes should be done by minute 4
    status.refresh()
    assert status.elapsed.text() == "7:00"
    assert status.pace.text() == "▼ 3 min behind"
    assert status.countdown.text() == "1:00 over"
    trigger(p, "timer_toggle")
    assert status.elapsed.text() == "7:00  (paused)"
    trigger(p, "timer_reset")
    assert status.elapsed.text() == "0:00"
    assert status.pace.text() == "▲ 2 min ahead"


def test_notes_font_size_is_remembered(open_presenter) -> None:
    p = open_presenter()
    size = p.console.notes.point_size
    trigger(p, "notes_bigger")
    trigger(p, "notes_bigger")
    assert p.console.notes.point_size == size + 4
    p.actions.end_show.trigger()
    assert open_presenter().console.notes.point_size == size + 4


def test_layout_presets_and_splitters_are_remembered(open_presenter) -> None:
    p = open_presenter()
    assert p.console.after_pane.isHidden()
    next_two = next(a for a in p.console.layout_actions.actions() if a.text() == "Next two slides")
    next_two.trigger()
    assert not p.console.after_pane.isHidden()
    assert p.console.after_pane.caption.text() == "After that: slide 2"
    p.console.showNormal()
    p.console.resize(1800, 1000)
    p.console.columns.moveSplitter(p.console.columns.width() * 3 // 4, 1)  # as a drag does
    saved = p.console.columns.shares()
    assert saved[0] / sum(saved) == pytest.approx(0.75, abs=0.02)
    p.actions.end_show.trigger()
    again = open_presenter()
    assert not again.console.after_pane.isHidden()
    assert (
        next(a for a in again.console.layout_actions.actions() if a.isChecked()).text()
        == "Next two slides"
    )
    shares = again.console.columns.shares()
    assert shares[0] / sum(shares) == pytest.approx(0.75, abs=0.02)
    sizes = again.console.columns.sizes()
    assert sizes[0] / sum(sizes) == pytest.approx(0.75, abs=0.02)


def test_every_control_has_a_name_and_a_key(presenter: Presenter) -> None:
    for action in presenter.actions.all():
        assert action.text()
        assert action.shortcuts(), action.text()
    bar = presenter.console.findChild(type(presenter.console.addToolBar("x")), "controls")
    for action in bar.actions():
        button = bar.widgetForAction(action)
        if action.text():
            assert button.accessibleName() == action.text().replace("&", "")


def test_thumbnails_are_drawn_only_when_shown_also_after_a_reload(qtbot, tmp_path: Path) -> None:
    root = write_deck(tmp_path / "long", 300)
    p = Presenter(PresentationState(load_deck(root)), settings(), start=150)
    qtbot.addWidget(p.console)
    qtbot.addWidget(p.audience)
    p.show()
    cache = p.console.thumbnails.thumbnails.cache

    def drawn() -> list[int]:
        return [i for i in range(p.state.count) if cache.cached(i, THUMB) is not None]

    qtbot.waitUntil(lambda: bool(drawn()) and cache.pending == 0)
    first = drawn()
    assert 149 in first and len(first) < 40  # the current slide's neighbourhood, not 300
    p.reloader.reload()
    assert drawn() == []  # a reload draws nothing up front
    qtbot.waitUntil(lambda: bool(drawn()) and cache.pending == 0)
    assert 149 in drawn() and len(drawn()) < 40


def test_thumbnails_kept_are_bounded(qtbot, tmp_path: Path) -> None:
    root = write_deck(tmp_path / "long", CACHE_LIMIT + 50)
    p = Presenter(PresentationState(load_deck(root)), settings())
    qtbot.addWidget(p.console)
    qtbot.addWidget(p.audience)
    cache = p.console.thumbnails.thumbnails.cache
    for index in range(p.state.count):  # as if the speaker scrolled through every slide
        cache.render_now(index, THUMB)
    kept = [i for i in range(p.state.count) if cache.cached(i, THUMB) is not None]
    assert len(kept) == CACHE_LIMIT and kept[-1] == p.state.count - 1  # the oldest went
