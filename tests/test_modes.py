"""Moving between modes from the audience window: presenter console, study mode, export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.loader import load_deck
from desktop_app.state.presentation import PresentationState
from desktop_app.views.audience import AudienceWindow
from desktop_app.views.export_dialog import ExportDialog
from desktop_app.views.presenter.console import PresenterConsole
from desktop_app.views.study.window import StudyWindow

DECK = """\
format: 1
title: Modes
sections:
  - id: a
    title: Part A
    slides:
      - id: start
        layout: title
        title: Start
      - id: list
        layout: content
        title: Points
        body: |
          - alpha
          - beta
          - gamma
        builds: true
        notes: Three points.
      - id: middle
        layout: content
        title: Middle
        body: Plain text.
      - id: end
        layout: title
        title: The End
"""


@pytest.fixture
def window(qtbot, make_deck: Callable[..., Path]) -> AudienceWindow:  # type: ignore[no-untyped-def]
    state = PresentationState(load_deck(make_deck(DECK)))
    window = AudienceWindow(state)
    state.setParent(window)
    qtbot.addWidget(window)
    window.resize(960, 540)
    window.show()
    qtbot.waitExposed(window)
    return window


def opened(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_presenter_console_starts_at_the_current_step_and_hands_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.state.goto(1, 1)
    window.commands["file.presenter"].trigger()
    presenter = window.modes.presenter
    assert presenter is not None
    qtbot.addWidget(presenter.console)
    qtbot.addWidget(presenter.audience)
    consoles = opened(PresenterConsole)
    assert consoles == [presenter.console]
    assert presenter.console.windowTitle() == "Modes — Presenter console"
    assert (presenter.state.deck.root, presenter.state.index, presenter.state.step) == (
        window.state.deck.root,
        1,
        1,
    )
    assert (presenter.console.current._index, presenter.console.current._step) == (1, 1)
    assert not window.isVisible()  # PowerPoint-style: the show replaces the editing window
    for _ in range(3):  # builds 3 and 4 of slide 2, then slide 3
        presenter.actions.next.trigger()
    presenter.actions.end_show.trigger()
    qtbot.waitUntil(window.isVisible)
    assert not presenter.console.isVisible()
    assert (window.state.index, window.state.step) == (2, 0)
    assert window.slide_view._index == 2
    assert window.modes.presenter is None


def test_presenter_console_key_is_ctrl_p_and_listed_in_help(window) -> None:  # type: ignore[no-untyped-def]
    keys = {
        action_id: window.commands[action_id].shortcut().toString()
        for action_id in ("file.presenter", "view.study", "file.export")
    }
    assert keys == {
        "file.presenter": "Ctrl+P",
        "view.study": "Ctrl+Shift+S",
        "file.export": "Ctrl+Shift+E",
    }
    file_menu = [a.text() for a in window.menus["File"].actions() if a.text()]
    assert file_menu[:4] == ["&Open Deck…", "&Reload", "&Export…", "&Presenter Console"]
    assert window.commands["view.study"] in window.menus["View"].actions()
    window.show_help(True)
    text = window.help.text()
    for words in ("with speaker notes and timer", "self-check this deck", "Export the deck"):
        assert words in text


def test_study_mode_opens_at_the_current_slide_and_is_reused(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.state.goto(2)
    window.commands["view.study"].trigger()
    study = window.modes.study
    assert study is not None
    qtbot.addWidget(study)
    assert opened(StudyWindow) == [study]
    assert study.deck.root == window.state.deck.root
    assert study.index == 2
    assert window.isVisible()  # studying beside the slides, not instead of them
    window.state.goto(3)
    window.commands["view.study"].trigger()
    assert window.modes.study is study and opened(StudyWindow) == [study]
    assert study.index == 3
    study.close()
    qtbot.waitUntil(lambda: window.modes.study is None)


def test_export_action_opens_the_dialog_for_this_deck(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.commands["file.export"].trigger()
    dialogs = window.findChildren(ExportDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.deck is window.state.deck
    assert dialog.annotations.text().replace("&", "").startswith("Include annotations")
    dialog.reject()


def test_presenter_console_has_file_export(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.commands["file.presenter"].trigger()
    presenter = window.modes.presenter
    assert presenter is not None
    qtbot.addWidget(presenter.console)
    qtbot.addWidget(presenter.audience)
    console = presenter.console
    menus = [m.title() for m in console.menuBar().findChildren(type(window.menus["File"]))]
    assert "&File" in menus
    assert presenter.actions.export.text() == "&Export…"
    presenter.actions.export.trigger()
    dialog = console.findChild(ExportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.deck.root == window.state.deck.root
    dialog.reject()
    presenter.actions.end_show.trigger()
    qtbot.waitUntil(window.isVisible)
