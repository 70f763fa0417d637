"""Zoom on a real X server with two monitors: Z over the console's slide zooms the projector.

Not collected on its own: `test_zoom_x11.py` starts an Xorg server with two
monitors and runs this module in a second pytest process on it (Qt reads
the display once, when the QApplication starts). Real input goes through
the X server (`xdotool`), and the projector is read back from the screen.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRect, QSize
from PySide6.QtGui import QCursor, QGuiApplication, QImage

from desktop_app.app import application, settings
from desktop_app.loader import load_deck
from desktop_app.render import zoom
from desktop_app.state.presentation import PresentationState
from desktop_app.views.presenter import Presenter
from tests.test_zoom import DECK, difference

#: Milliseconds to wait for the X server and the window manager on a loaded machine.
WAIT = 30_000


def test_z_over_the_console_slide_zooms_the_projector_sharply(
    qtbot, make_deck: Callable[..., Path]
) -> None:
    application()
    screens = QGuiApplication.screens()
    assert len(screens) == 2, "expected two monitors"
    p = Presenter(PresentationState(load_deck(make_deck(DECK))), settings())
    qtbot.addWidget(p.console)
    qtbot.addWidget(p.audience)
    p.show()
    projector = screens[1]
    qtbot.waitUntil(
        lambda: p.audience.isFullScreen() and p.audience.screen() is projector, timeout=WAIT
    )
    view = p.console.current
    qtbot.waitUntil(lambda: view.slide_rect().width() > 400, timeout=WAIT)

    before = _projector(projector)
    target = QPointF(600, 300)

    def spot() -> QPoint:
        # Global Qt coordinates are X screen coordinates here (scale factor 1).
        return view.mapToGlobal(view.canvas_transform().map(target).toPoint())

    # The window manager may still be settling the maximized console: aim until it holds still.
    aimed = None
    for _ in range(10):
        if aimed == spot():
            break
        aimed = spot()
        subprocess.run(["xdotool", "mousemove", str(aimed.x()), str(aimed.y())], check=True)
        qtbot.waitUntil(lambda: view.underMouse(), timeout=WAIT)
        qtbot.waitUntil(lambda at=aimed: QCursor.pos() == at, timeout=WAIT)
    p.console.activateWindow()  # the keyboard goes to the speaker's window, as after a click
    qtbot.waitUntil(lambda: p.console.isActiveWindow(), timeout=WAIT)
    assert aimed == spot(), "the console kept moving"
    subprocess.run(["xdotool", "key", "z"], check=True)
    qtbot.waitUntil(lambda: p.state.zoom is not None, timeout=WAIT)
    region = p.state.zoom
    assert region is not None
    assert abs(region.center().x() - target.x()) < 3 and abs(region.center().y() - target.y()) < 3
    assert zoom.factor(region) == 2

    full = p.audience.slide_view.renderer.image(0, QSize(3840, 2160), 0)
    x, y = round(region.x() * 2), round(region.y() * 2)
    expected = full.copy(QRect(x, y, 1920, 1080))
    assert difference(before, expected, stride=4) > 3  # the zoomed picture is news
    # The projector shows exactly the region drawn at full size, once the room has repainted.
    qtbot.waitUntil(
        lambda: difference(_projector(projector), expected, stride=4) < 1.5, timeout=WAIT
    )

    subprocess.run(["xdotool", "key", "Escape"], check=True)
    qtbot.waitUntil(lambda: p.state.zoom is None, timeout=WAIT)
    assert p.console.isVisible()  # Esc took the zoom back, it did not end the show


def _projector(screen) -> QImage:  # type: ignore[no-untyped-def]
    return screen.grabWindow(0).toImage().convertToFormat(QImage.Format.Format_RGB32)
