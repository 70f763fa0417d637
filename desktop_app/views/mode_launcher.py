"""The other modes opened from the audience window: presenter console and study mode.

As in PowerPoint, presenting hides the window the teacher was working in and
brings it back, at the slide the show ended on, when the console closes. The
presenter drives the window's own PresentationState, so there is no position
to hand over and a reload during the show reaches both; what only the room
saw (black screen, freeze, pointer) ends with the show. Study mode opens
beside the slides, at the same slide, and is reused while open.


The presenter and study packages are imported when first opened, not with
the audience window: they are large, and the first slide should not wait.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from desktop_app.app import settings
from desktop_app.state.presentation import PresentationState

if TYPE_CHECKING:
    from desktop_app.views.presenter import Presenter
    from desktop_app.views.study.window import StudyWindow


class ModeLauncher(QObject):
    def __init__(self, window: QMainWindow, state: PresentationState) -> None:
        super().__init__(window)
        self._window = window
        self._state = state
        self.presenter: Presenter | None = None
        self.study: StudyWindow | None = None

    def present(self) -> Presenter:
        """Start the presenter console on this deck at the current slide and build step."""
        if self.presenter is not None:
            self.presenter.console.activateWindow()
            return self.presenter
        from desktop_app.views.presenter import Presenter

        presenter = Presenter(self._state, settings())
        presenter.console.closing.connect(self._show_ended)
        self.presenter = presenter
        self._window.hide()
        presenter.show()
        return presenter

    def _show_ended(self) -> None:
        presenter = self.presenter
        if presenter is None:
            return
        self.presenter = None
        # Shown before the console finishes closing, so the application never sees
        # its last window close and quits.
        self._window.show()
        self._window.activateWindow()
        for window in (presenter.console, presenter.audience):
            window.deleteLater()
        presenter.deleteLater()

    def open_study(self) -> StudyWindow:
        """The study window for this deck at the current slide (the open one, if any)."""
        if self.study is None:
            from desktop_app.views.study import open_study_window

            self.study = open_study_window(self._state, resume=False)
            self.study.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.study.destroyed.connect(self._study_closed)
        self.study.show()
        self.study.raise_()
        self.study.activateWindow()
        return self.study

    def _study_closed(self) -> None:
        self.study = None
