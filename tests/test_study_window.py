"""Study mode as a student uses it: search, glossary links, notes, quiz, keyboard only."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QTabBar
from pytestqt.qtbot import QtBot

from desktop_app.model.deck import Deck
from desktop_app.state.presentation import PresentationState
from desktop_app.study.store import FILENAME
from desktop_app.views.study import data_folder, launch_study, open_study_window
from desktop_app.views.study.window import StudyWindow


def open_window(qtbot: QtBot, deck: Deck, folder: Path) -> StudyWindow:
    window = open_study_window(PresentationState(deck), folder)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window only
    qtbot.waitUntil(lambda: window.search.ready)  # the index is built a slice per turn
    return window


def test_ctrl_f_search_enter_jumps_and_highlights(qtbot: QtBot, deck: Deck, tmp_path) -> None:
    window = open_window(qtbot, deck, tmp_path)
    assert window.index == 0
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.isVisible()
    assert QApplication.focusWidget() is window.search.field
    qtbot.keyClicks(window.search.field, "red TEAMING")
    assert window.search.results.count() >= 2
    assert "results" in window.search.count.text()
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    assert deck.slides[window.index].id == "open-transparency"
    marked = [
        s.cursor.selectedText().casefold()  # type: ignore[attr-defined]
        for s in window.reader.text.extraSelections()
    ]
    assert "red" in marked and "teaming" in marked
    # Down moves into the list; Enter on another result jumps there.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.search.results
    qtbot.keyClick(window.search.results, Qt.Key.Key_Down)
    qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    assert deck.slides[window.index].id != "open-transparency"
    qtbot.keyClick(window.search.results, Qt.Key.Key_Escape)
    assert not window.search.isVisible()


def _anchor_point(window: StudyWindow, word: str) -> QPoint:
    text = window.reader.text
    cursor = text.document().find(word)
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 1)
    return text.cursorRect(cursor).center()


def test_glossary_link_click_shows_definition(qtbot: QtBot, deck: Deck, tmp_path) -> None:
    window = open_window(qtbot, deck, tmp_path)
    window.go(deck.slide_index("open-transparency"))
    point = _anchor_point(window, "red teaming")
    viewport = window.reader.text.viewport()
    assert window.reader.text.anchorAt(point) == "term:red-teaming"
    cursor = window.reader.text.cursorForPosition(point)
    assert "security vulnerabilities" in cursor.charFormat().toolTip()  # hover shows it
    window.tabs.setCurrentWidget(window.quiz)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert window.tabs.currentWidget() is window.glossary
    assert "security vulnerabilities" in window.glossary.text()


def test_terms_are_linked_automatically(qtbot: QtBot, deck: Deck, tmp_path) -> None:
    window = open_window(qtbot, deck, tmp_path)
    window.go(deck.slide_index("quiz-open"))
    html = window.reader.text.toHtml()
    # The author links no term in this quiz's choices; study mode finds "misuse" and "API".
    assert 'href="term:misuse"' in html and 'href="term:api-access"' in html


def test_notes_typed_persist_across_windows(qtbot: QtBot, deck: Deck, tmp_path) -> None:
    window = open_window(qtbot, deck, tmp_path)
    window.go(3)
    window.tabs.setCurrentWidget(window.notes)
    window.notes.editor.setFocus()
    qtbot.keyClicks(window.notes.editor, "Ask who pays for compute")
    qtbot.waitUntil(lambda: window.notes.status.text() == "Saved.")
    assert window.store.note(deck.slides[3].id) == "Ask who pays for compute"
    qtbot.keyClicks(window.notes.editor, "!")  # saved on close, before the debounce fires
    window.close()

    again = open_window(qtbot, deck, tmp_path)
    assert again.index == 3  # resumes where the student left off
    assert again.notes.editor.toPlainText() == "Ask who pays for compute!"
    # and the student's note is searchable
    again.search.open()
    qtbot.keyClicks(again.search.field, "compute")
    assert again.search.results.count() >= 1


def test_keyboard_marks_and_navigation(qtbot: QtBot, deck: Deck, tmp_path) -> None:
    window = open_window(qtbot, deck, tmp_path)
    window.toc.setFocus()
    qtbot.keyClick(window.toc, Qt.Key.Key_Right)
    qtbot.keyClick(window.toc, Qt.Key.Key_PageDown)
    assert window.index == 2
    qtbot.keyClick(window.toc, Qt.Key.Key_PageUp)
    assert window.index == 1
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    item = window.toc.topLevelItem(0)
    assert item.child(1).text(0).startswith("✓★")
    assert item.text(0).endswith(f"1/{len(deck.sections[0].slides)}")
    assert window.commands.bookmark.iconText().startswith("★")  # seen on the toolbar
    assert window.commands.bookmark.text() == "&Bookmarked"  # read as the name: no symbol
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert "★" not in item.child(1).text(0)
    size = window.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.font().pointSizeF() == size + 1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.font().pointSizeF() == 11


def test_tab_order_reaches_every_panel_with_visible_focus(
    qtbot: QtBot, deck: Deck, tmp_path
) -> None:
    window = open_window(qtbot, deck, tmp_path)
    window.toc.setFocus()
    seen = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert widget is not None and window.isAncestorOf(widget)
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert window.toc in seen
    assert window.reader.text in seen
    assert any(isinstance(w, QTabBar) for w in seen)
    assert window.glossary.filter in seen and window.glossary.list in seen
    for widget in seen:
        assert widget.accessibleName() or isinstance(widget, QTabBar), widget
    # Panels behind other tabs are one shortcut away.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.notes.editor
    qtbot.keyClick(window.notes.editor, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.quiz.scope
    # Focus is visible: the contents tree looks different with and without focus.
    window.toc.setFocus()
    focused = window.toc.grab().toImage()
    window.reader.text.setFocus()
    unfocused = window.toc.grab().toImage()
    assert focused != unfocused


def test_quiz_feedback_score_and_review(qtbot: QtBot, deck: Deck, tmp_path) -> None:
    window = open_window(qtbot, deck, tmp_path)
    quiz = window.quiz
    quiz.scope.setCurrentIndex(quiz.scope.findData("framing"))
    qtbot.mouseClick(quiz.start, Qt.MouseButton.LeftButton)
    first = deck.question("q-who-is-who")
    assert first is not None and quiz.prompt.text() == first.prompt
    buttons = quiz._group.buttons()
    buttons[0].setChecked(True)  # wrong
    qtbot.mouseClick(quiz.check, Qt.MouseButton.LeftButton)
    assert "✘ Not quite" in quiz.feedback.text()
    assert "OpenAI and Anthropic keep" in quiz.feedback.text()  # the explanation
    qtbot.mouseClick(quiz.next, Qt.MouseButton.LeftButton)
    quiz._group.buttons()[2].setChecked(True)  # right
    qtbot.mouseClick(quiz.check, Qt.MouseButton.LeftButton)
    assert "✔ Right" in quiz.feedback.text()
    qtbot.mouseClick(quiz.next, Qt.MouseButton.LeftButton)
    assert "Done: 1 of 2 right" in quiz.progress.text()
    assert quiz.review.isEnabled()
    qtbot.mouseClick(quiz.review, Qt.MouseButton.LeftButton)
    assert quiz.session is not None and [q.id for q in quiz.session.questions] == ["q-who-is-who"]
    dialog = window.show_progress()
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 2).text() == "1/2"


def test_open_question_self_assessed(qtbot: QtBot, deck: Deck, tmp_path) -> None:
    window = open_window(qtbot, deck, tmp_path)
    quiz = window.quiz
    window.tabs.setCurrentWidget(quiz)
    quiz.start_scope("case-open")
    while quiz.session and quiz.session.current and quiz.session.current.is_choice:
        quiz._group.buttons()[0].setChecked(True)
        quiz.check.click()
        quiz.next.click()
    assert quiz.own.isVisible() and quiz.reveal.isVisible()
    quiz.reveal.click()
    assert "Model answer" in quiz.feedback.text()
    assert quiz.had_it.isVisible()
    quiz.had_it.click()
    assert window.store.latest_answers()["q-open-customization"].correct


def test_theme_switch_and_corrupt_data_notice(qtbot: QtBot, deck: Deck) -> None:
    folder = data_folder()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FILENAME).write_bytes(b"garbage" * 100)
    window = launch_study(deck, argparse.Namespace())
    qtbot.addWidget(window)
    assert list(folder.glob(f"{FILENAME}.corrupt-*"))
    assert "is damaged" in window.statusBar().currentMessage()
    window.commands.themes["dark"].trigger()
    assert "#14171c" in window.styleSheet()
    assert window.commands.themes["dark"].isChecked()


def test_text_cursor_highlight_counts(qtbot: QtBot, deck: Deck, tmp_path) -> None:
    window = open_window(qtbot, deck, tmp_path)
    window.go(deck.slide_index("open-transparency"))
    assert window.reader.highlight("zzz-not-there") == 0
    assert window.reader.highlight("public") >= 2
    assert window.reader.text.textCursor().position() > 0
    assert window.reader.text.textCursor().movePosition(QTextCursor.MoveOperation.End)


def test_only_clicked_web_links_leave_the_app(
    qtbot: QtBot, deck: Deck, tmp_path, monkeypatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "desktop_app.views.study.reader.QDesktopServices.openUrl",
        lambda url: opened.append(url.toString()),
    )
    window = open_window(qtbot, deck, tmp_path)
    text = window.reader.text
    text.anchorClicked.emit(QUrl("term:api-access"))
    text.anchorClicked.emit(QUrl("slide:closed-safety"))
    text.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == []
    assert deck.slides[window.index].id == "closed-safety"
    assert "How closed companies offer their models" in window.glossary.text()
    text.anchorClicked.emit(QUrl("https://example.org/article"))
    assert opened == ["https://example.org/article"]
