"""Zoom while presenting: the room sees a detail of the slide, drawn sharp from vectors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop_app.app import application, settings
from desktop_app.loader import load_deck
from desktop_app.render import zoom
from desktop_app.render.canvas import RenderOptions
from desktop_app.render.renderer import SlideRenderer
from desktop_app.state.presentation import PresentationState
from desktop_app.views.presenter import Presenter
from desktop_app.views.slide_view import SlideView

DECK = """\
format: 1
title: Zoom
sections:
  - id: one
    title: One
    slides:
      - id: detail
        layout: content
        title: A chart with small print
        body: |
          - The footnote nobody in the back row can read
          - Another line of fine detail, 2026
        builds: true
      - id: next
        layout: content
        title: Next
        body: Plain
"""


def difference(a: QImage, b: QImage, stride: int = 2) -> float:
    """Mean absolute difference per channel, 0 (identical) to 255, over every `stride`th pixel."""
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    assert a.size() == b.size()
    total = 0
    count = 0
    for y in range(0, a.height(), stride):
        for x in range(0, a.width(), stride):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            total += abs(p.red() - q.red()) + abs(p.green() - q.green()) + abs(p.blue() - q.blue())
            count += 1
    return total / (3 * count)


@pytest.fixture
def presenter(qtbot, make_deck: Callable[..., Path]) -> Presenter:
    application()
    p = Presenter(PresentationState(load_deck(make_deck(DECK))), settings())
    qtbot.addWidget(p.console)
    qtbot.addWidget(p.audience)
    p.show()
    return p


def hover(view: SlideView, canvas_point: QPointF) -> None:
    """The mouse rests over `canvas_point` of the console's slide."""
    pos = view.canvas_transform().map(canvas_point)
    event = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        pos,
        view.mapToGlobal(pos),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, event)


def wheel(view: SlideView, canvas_point: QPointF, notches: int) -> None:
    pos = view.canvas_transform().map(canvas_point)
    event = QWheelEvent(
        pos,
        view.mapToGlobal(pos),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


# -- where a zoom looks ----------------------------------------------------------------------


def test_zoom_regions_keep_the_slide_shape_and_stay_on_it() -> None:
    assert zoom.around(QPointF(960, 540), 2) == QRectF(480, 270, 960, 540)
    # Near a corner the region slides back onto the canvas instead of showing past its edge.
    assert zoom.around(QPointF(10, 10), 2) == QRectF(0, 0, 960, 540)
    assert zoom.around(QPointF(1910, 1070), 4) == QRectF(1440, 810, 480, 270)
    assert zoom.around(QPointF(960, 540), 1) is None
    assert zoom.factor(zoom.around(QPointF(960, 540), 100)) == zoom.MAX_FACTOR
    # A tall thin drag grows to 16:9 around its centre, so all of it is shown.
    tall = zoom.enclosing(QRectF(QPointF(1000, 200), QPointF(900, 560)))
    assert tall is not None and tall.height() == pytest.approx(360)
    assert tall.width() == pytest.approx(640) and tall.center() == QPointF(950, 380)
    assert zoom.enclosing(QRectF(-50, -50, 3000, 2000)) is None  # the whole slide: no zoom


# -- sharpness: the one renderer draws the detail ----------------------------------------------


def test_zoomed_picture_is_a_direct_render_of_the_region_not_scaled_pixels(
    make_deck: Callable[..., Path],
) -> None:
    application()
    renderer = SlideRenderer(load_deck(make_deck(DECK)))
    options = RenderOptions(zoom=(100, 40, 960, 540))  # title and first bullet, 2×
    zoomed = renderer.image(0, QSize(960, 540), None, options)
    # The same region cut from a render at twice the size: what full sharpness looks like.
    direct = renderer.image(0, QSize(1920, 1080), None).copy(QRect(100, 40, 960, 540))
    # What a bitmap zoom would give: the 960×540 picture's region blown up.
    blown_up = (
        renderer.image(0, QSize(960, 540), None)
        .copy(QRect(50, 20, 480, 270))
        .scaled(QSize(960, 540), mode=Qt.TransformationMode.SmoothTransformation)
    )
    assert difference(zoomed, direct) < 1.0
    assert difference(zoomed, blown_up) > 3 * max(difference(zoomed, direct), 0.5)


# -- the state ---------------------------------------------------------------------------------


def test_zoom_lives_in_the_state_and_ends_with_its_slide(
    make_deck: Callable[..., Path], qtbot
) -> None:
    state = PresentationState(load_deck(make_deck(DECK)))
    seen: list[object] = []
    state.zoomChanged.connect(seen.append)
    region = QRectF(0, 0, 960, 540)
    state.set_zoom(region)
    state.set_zoom(QRectF(region))  # the same again: no signal
    assert seen == [region] and state.zoom == region
    state.next()  # a build step of the same slide keeps the detail in view
    assert state.zoom == region
    state.next_slide()
    assert state.zoom is None and seen == [region, None]


# -- the console drives the room ---------------------------------------------------------------


def test_z_zooms_the_room_around_the_mouse_and_esc_returns(presenter: Presenter, qtbot) -> None:
    p = presenter
    view = p.console.current
    hover(view, QPointF(600, 300))
    p.actions.zoom.trigger()
    assert p.state.zoom == zoom.around(QPointF(600, 300), 2)
    assert p.actions.zoom.isChecked()
    p.actions.zoom.trigger()  # Z again: the whole slide
    assert p.state.zoom is None and not p.actions.zoom.isChecked()
    p.actions.zoom.trigger()
    p.actions.escape.trigger()  # Esc backs out of the zoom, not out of the show
    assert p.state.zoom is None and p.console.isVisible()
    p.actions.escape.trigger()
    assert not p.console.isVisible()


def test_room_shows_the_region_sharply_and_the_console_the_whole_slide(
    presenter: Presenter,
) -> None:
    p = presenter
    p.audience.resize(960, 540)
    before_console = p.console.current.grab().toImage()
    region = QRectF(100, 40, 960, 540)
    p.state.set_zoom(region)
    room = p.audience.slide_view.grab().toImage()
    direct = p.audience.slide_view.renderer.image(0, QSize(1920, 1080), 0)
    assert difference(room, direct.copy(QRect(100, 40, 960, 540))) < 1.0
    # The console keeps the whole slide (with the region outlined), not the zoomed picture.
    after_console = p.console.current.grab().toImage()
    assert difference(after_console, before_console) < 40
    rehearsal = p.console.room.slide_view
    assert rehearsal.canvas_transform().map(QPointF(100, 40)) == rehearsal.slide_rect().topLeft()


def test_wheel_changes_the_zoom_only_while_zoomed(presenter: Presenter) -> None:
    p = presenter
    view = p.console.current
    wheel(view, QPointF(960, 540), 1)
    assert p.state.zoom is None  # a stray scroll never zooms the room
    p.state.set_zoom(zoom.around(QPointF(960, 540), 2))
    wheel(view, QPointF(960, 540), 2)
    assert zoom.factor(p.state.zoom) == pytest.approx(2 * zoom.STEP**2)
    wheel(view, QPointF(960, 540), -8)
    assert p.state.zoom is None


def test_dragging_a_rectangle_zooms_to_it_but_not_while_drawing(
    presenter: Presenter, qtbot
) -> None:
    p = presenter
    view = p.console.current
    to_widget = view.canvas_transform()
    a = to_widget.map(QPointF(200, 100)).toPoint()
    b = to_widget.map(QPointF(1160, 640)).toPoint()

    def drag() -> None:
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=a)
        for i in range(1, 6):
            qtbot.mouseMove(
                view, QPoint(a.x() + (b.x() - a.x()) * i // 5, a.y() + (b.y() - a.y()) * i // 5)
            )
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=b)

    drag()
    assert p.state.zoom is not None
    assert p.state.zoom.center().x() == pytest.approx(680, abs=4)
    assert zoom.factor(p.state.zoom) == pytest.approx(2, abs=0.05)
    p.state.set_zoom(None)
    p.actions.pen.trigger()
    drag()
    assert p.state.zoom is None and len(p.ink.strokes("detail")) == 1


def test_comparison_ends_and_disables_the_zoom(deck, qtbot) -> None:
    p = Presenter(PresentationState(deck), settings())
    qtbot.addWidget(p.console)
    qtbot.addWidget(p.audience)
    p.show()
    p.state.set_zoom(QRectF(0, 0, 960, 540))
    p.actions.comparison.trigger()
    assert p.state.zoom is None and not p.actions.zoom.isEnabled()
    p.actions.escape.trigger()  # Esc leaves the comparison first
    assert p.actions.zoom.isEnabled() and p.console.isVisible()
