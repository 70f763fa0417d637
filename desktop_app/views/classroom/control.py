"""The class session inside the presenter: its menu entry, toolbar button, panel and room views.

`ClassControl` is built with every presenter but imports the web server
only when a session starts, so a talk without one never loads aiohttp and
never opens a socket. It starts and stops the `ClassSession`, shows the
session's picture to the room (instead of the slide) when the teacher
chooses it, and ends the session with the show or the application.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from desktop_app.classroom.activity import Question, question_by_key
from desktop_app.model.deck import Deck
from desktop_app.render.theme import Theme, theme_for
from desktop_app.state.presentation import PresentationState
from desktop_app.views.classroom.panel import ClassPanel
from desktop_app.views.classroom.room_view import ClassRoomView

if TYPE_CHECKING:
    from desktop_app.views.classroom.session import ClassSession
    from desktop_app.views.presenter.audience_window import AudienceView
    from desktop_app.views.presenter.console import PresenterConsole


class ClassControl(QObject):
    def __init__(
        self,
        state: PresentationState,
        console: PresenterConsole,
        rooms: list[AudienceView],
        folder: Path,
        action: QAction,
    ) -> None:
        super().__init__(console)
        self.state = state
        self.session: ClassSession | None = None
        self._folder = folder
        self._rooms = rooms
        self._room_views: list[ClassRoomView] = []
        self._screen = "slides"
        self.theme: Theme = theme_for(state.deck)

        self._console = console
        self._panel: ClassPanel | None = None
        self._dock: QDockWidget | None = None
        # The command registry's "Class Session" entry (Window menu and toolbar) shows the panel.
        self.action = action
        action.toggled.connect(self._show_panel)

    @property
    def deck(self) -> Deck:
        return self.state.deck

    @property
    def panel(self) -> ClassPanel:
        """The console's class-session panel, built on first use: most shows never need it."""
        if self._panel is None:
            console = self._console
            self._panel = ClassPanel(self)
            self._dock = QDockWidget(self.tr("Class session"), console)
            self._dock.setObjectName("class-session")
            self._dock.setAccessibleName(self.tr("Class session panel"))
            self._dock.setWidget(self._panel)
            console.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._dock)
            self._dock.visibilityChanged.connect(self.action.setChecked)
            self.state.positionChanged.connect(self._panel.refresh_questions)
            self.state.deckChanged.connect(self._deck_changed)
            console.closing.connect(self.stop)
        return self._panel

    def _show_panel(self, on: bool) -> None:
        if on or self._dock is not None:
            self._panel_dock().setVisible(on)

    def _panel_dock(self) -> QDockWidget:
        self.panel  # noqa: B018 - builds the dock with the panel
        assert self._dock is not None
        return self._dock

    # -- lifecycle -----------------------------------------------------------------------

    def start(self, address: str | None = None, port: int = 0) -> ClassSession:
        """Start serving and print the join lines for IT staff and scripts."""
        from desktop_app.views.classroom.session import ClassSession

        if self.session is None:
            self.session = ClassSession(self.deck, self._folder, self)
            self.session.roomChanged.connect(self._room_changed)
            self.session.runningChanged.connect(self.panel.refresh)
            self.session.textsChanged.connect(self.panel.refresh_texts)
        self.session.start(address, port)
        room = self.session.room
        print(f"Join: {room.url}\nCode: {room.code}", file=sys.stdout, flush=True)
        self._panel_dock().show()
        self.show_on_projector("join")
        return self.session

    def stop(self) -> None:
        if self.session is not None and self.session.running:
            self.session.stop()
            self.show_on_projector("slides")

    # -- driving -------------------------------------------------------------------------

    def ask(self, key: str) -> None:
        question = question_by_key(self.deck, key)
        if self.session is not None and question is not None:
            self.session.ask(question)

    def close_question(self) -> None:
        if self.session is not None:
            self.session.close_question()

    def reveal(self) -> None:
        if self.session is not None:
            self.session.reveal()
            self._set_screen("results")

    def show_on_projector(self, screen: str) -> None:
        """ "slides", "join" or "results": what the room's windows show."""
        if self.session is not None and screen != "slides":
            self.session.show(screen)
        self._set_screen(screen)

    def save_csv(self, path: str) -> None:
        from desktop_app.atomic import write_bytes
        from desktop_app.i18n import deck_words

        session = self.session
        if session is not None and session.store is not None:
            # The deck's language, like the results page; with a BOM, so spreadsheets
            # read its accents and Arabic as UTF-8.
            words = deck_words(session.room.language)
            text = session.store.csv(session.session_id, words.translate)
            write_bytes(Path(path), text.encode("utf-8-sig"))

    def describe(self, question: Question) -> str:
        """How the console lists a question."""
        if question.kind == "motion":
            before = question.key.endswith("before")
            kind = self.tr("Motion vote (before)") if before else self.tr("Motion vote (after)")
        else:
            kinds = {
                "row": self.tr("Which convinces more?"),
                "quiz": self.tr("Quiz"),
                "discussion": self.tr("Discussion"),
            }
            kind = kinds.get(question.kind, question.kind)
        #: %1: the kind of question (Quiz, Discussion…); %2: the question itself.
        return self.tr("%1: %2").replace("%1", kind).replace("%2", question.prompt)

    # -- the room ------------------------------------------------------------------------

    def _set_screen(self, screen: str) -> None:
        self._screen = screen
        if self.session is None or screen == "slides" or not self.session.running:
            for room in self._rooms:
                room.show_comparison(None)
        else:
            if not self._room_views:
                self._room_views = [
                    ClassRoomView(self.theme, self.session.room) for _ in self._rooms
                ]
            for room, view in zip(self._rooms, self._room_views, strict=True):
                view.set_room(self.session.room)
                room.show_comparison(view)
        button = self.panel.screens.button(("slides", "join", "results").index(screen))
        button.setChecked(True)

    def _room_changed(self) -> None:
        if self.session is None:
            return
        room = self.session.room
        for view in self._room_views:
            view.set_room(room)
        self.panel.show_room(room)

    def _deck_changed(self) -> None:
        self.theme = theme_for(self.state.deck)
        if self.session is not None:
            self.session.set_deck(self.state.deck)
        self.panel.refresh_questions()
