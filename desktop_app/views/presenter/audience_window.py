"""What the room sees: only the slide, with pointer, spotlight and ink on top.

`AudienceView` is the widget; the presenter shows it as a full-screen window
on the projector, as a normal window while rehearsing, or embedded in the
console when there is only one screen. It reads the PresentationState and
knows nothing about the console. The presenter may hand it a comparison view
to show in place of the slide; a black or white screen still covers it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QGuiApplication, QScreen
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from desktop_app.state.presentation import PresentationState, Screen
from desktop_app.views.presenter.ink_store import InkStore
from desktop_app.views.presenter.overlay import SlideOverlay
from desktop_app.views.slide_view import SlideView

BLANKS = {Screen.BLACK: QColor("#000000"), Screen.WHITE: QColor("#ffffff")}


class AudienceView(QWidget):
    def __init__(
        self, state: PresentationState, ink: InkStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self.slide_view = SlideView(state.deck, parent=self)
        # One context for this class's words, whichever subclass shows them.
        translate = QCoreApplication.translate
        self.slide_view.setAccessibleName(translate("AudienceView", "Slide shown to the audience"))
        self.overlay = SlideOverlay(self.slide_view, state, ink, audience=True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.slide_view)
        self._comparison: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        state.positionChanged.connect(self._sync)
        state.frozenChanged.connect(self._sync)
        state.screenChanged.connect(self._sync)
        state.deckChanged.connect(self._deck_changed)
        state.zoomChanged.connect(self.slide_view.set_zoom)
        self.slide_view.set_zoom(state.zoom)
        self._sync()

    def _deck_changed(self) -> None:
        self.slide_view.set_deck(self._state.deck)
        if self.isWindow():
            self.set_title()
        self._sync()

    def set_title(self) -> None:
        """The deck's title and the window's role, for the task bar and window switcher."""
        title = QCoreApplication.translate("AudienceView", "%1 — Audience")
        self.setWindowTitle(title.replace("%1", self._state.deck.title))

    def show_comparison(self, view: QWidget | None) -> None:
        """Show `view` instead of the slide (None: the slide again)."""
        if view is not None and self.stack.indexOf(view) < 0:
            self.stack.addWidget(view)
        self._comparison = view
        self._sync()

    @property
    def comparison_shown(self) -> bool:
        return self._comparison is not None and self.stack.currentWidget() is self._comparison

    def _sync(self) -> None:
        self.slide_view.set_position(*self._state.audience_position)
        blank = BLANKS.get(self._state.screen)
        self.slide_view.set_blank(blank)
        # Black and white cover the comparison too: the slide view is what paints them.
        shown = self._comparison if self._comparison is not None and blank is None else None
        self.stack.setCurrentWidget(shown or self.slide_view)


class AudienceWindow(AudienceView):
    """The projector window. Closing it only hides it: the console decides when the show ends."""

    #: The user closed the window (window manager, Alt+F4); it is hidden, not destroyed.
    closed = Signal()

    def __init__(self, state: PresentationState, ink: InkStore, actions: list[QAction]) -> None:
        super().__init__(state, ink)
        self.set_title()
        self.setAccessibleName(self.tr("Audience window"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), QColor("#000000"))
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        # Clicker keys must work whichever window has the focus.
        self.addActions(actions)

    def show_full_screen_on(self, screen: QScreen) -> None:
        """Full-screen on a given monitor; the window must be on it before going full-screen."""
        if self.isFullScreen():
            self.showNormal()
        self.setGeometry(screen.geometry())
        self.create()
        handle = self.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.showFullScreen()

    def show_windowed(self) -> None:
        """A normal window for rehearsing on one screen."""
        if self.isFullScreen():
            self.showNormal()
        self.unsetCursor()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.resize(min(960, area.width() // 2), min(540, area.height() // 2))
        self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.hide()
        self.closed.emit()
