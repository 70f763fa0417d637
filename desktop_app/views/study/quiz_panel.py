"""The Quiz tab: a self-check run with immediate feedback, a score, and a review of mistakes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model.deck import Deck, QuizQuestion
from desktop_app.study.quiz import ALL, Feedback, QuizSession, questions_for
from desktop_app.study.store import StudyStore
from desktop_app.study.words import fill
from desktop_app.text.markdown import plain, to_html


def _button(text: str, description: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text.replace("&", ""))
    button.setAccessibleDescription(description)
    return button


def _bold(lead: str, rest: str = "") -> str:
    """A paragraph of feedback: its first words in bold, both escaped (answers are deck text)."""
    return f"<p><b>{escape(lead)}</b> {escape(rest)}</p>"


class _ClickLabel(QLabel):
    """A wrapping choice text; QRadioButton cannot wrap, and a click here picks the choice."""

    def __init__(self, text: str, radio: QRadioButton) -> None:
        super().__init__(text)
        self._radio = radio
        self.setWordWrap(True)
        self.setBuddy(radio)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._radio.isEnabled():
            self._radio.setChecked(True)
            self._radio.setFocus()
        super().mouseReleaseEvent(event)


class QuizPanel(QWidget):
    #: An answer was recorded (the progress view refreshes).
    answered = Signal()

    def __init__(self, deck: Deck, store: StudyStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deck = deck
        self._store = store
        self._session: QuizSession | None = None
        self._attempt = 0
        self._labels: list[QLabel] = []
        self._shown: tuple[int, int] = (0, -1)  # (run, question) the widgets were built for
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Quiz scope"))
        self.scope.setAccessibleDescription(self.tr("Which questions to practise."))
        self.set_deck(deck)
        self.start = _button(
            self.tr("&Start quiz"), self.tr("Start a run through the chosen questions.")
        )
        self.progress = QLabel(self.tr("Choose the questions and press Start."))
        self.progress.setWordWrap(True)
        self.prompt = QLabel()
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)  # the deck's words, shown in bold
        bold = self.prompt.font()
        bold.setBold(True)
        self.prompt.setFont(bold)
        self.prompt.setWordWrap(True)
        self.choices = QWidget()
        self._choice_layout = QVBoxLayout(self.choices)
        self._choice_layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self.own = QPlainTextEdit()
        self.own.setAccessibleName(self.tr("Your answer"))
        self.own.setPlaceholderText(
            self.tr("Write your answer, then compare it with the model answer.")
        )
        self.own.setTabChangesFocus(True)
        self.check = _button(self.tr("&Check"), self.tr("Check the chosen answer."))
        self.reveal = _button(
            self.tr("Show &model answer"), self.tr("Compare your answer with a model answer.")
        )
        self.had_it = _button(self.tr("I &had it"), self.tr("Count this open question as right."))
        self.missed = _button(
            self.tr("I &missed it"), self.tr("Count this open question as wrong.")
        )
        self.next = _button(self.tr("&Next question"), self.tr("Go on to the next question."))
        self.review = _button(
            self.tr("&Review mistakes"), self.tr("Run again through the questions you missed.")
        )
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Feedback"))

        top = QHBoxLayout()
        top.addWidget(self.scope, 1)
        top.addWidget(self.start)
        buttons = QHBoxLayout()
        for b in (self.check, self.reveal, self.had_it, self.missed, self.next):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.prompt)
        layout.addWidget(self.choices)
        layout.addWidget(self.own)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        layout.addWidget(self.review)

        self.start.clicked.connect(self._start)
        self.check.clicked.connect(self._check)
        self.reveal.clicked.connect(self._reveal)
        self.had_it.clicked.connect(lambda: self._assess(True))
        self.missed.clicked.connect(lambda: self._assess(False))
        self.next.clicked.connect(self._next)
        self.review.clicked.connect(self._review)
        self._show()

    def set_deck(self, deck: Deck) -> None:
        """Offer the deck's questions (again, after a reload), keeping the chosen scope.

        A run already started keeps its questions until it ends.
        """
        self._deck = deck
        chosen = self.scope.currentData()
        self.scope.clear()
        self.scope.addItem(self.tr("Whole deck (%n questions)", "", len(deck.quiz)), ALL)
        for section in deck.sections:
            n = len(questions_for(deck, section.id))
            if n:
                self.scope.addItem(f"{section.title} ({n})", section.id)
        self.scope.setCurrentIndex(max(0, self.scope.findData(chosen)))

    @property
    def session(self) -> QuizSession | None:
        return self._session

    def start_scope(self, scope: str) -> None:
        self.scope.setCurrentIndex(max(0, self.scope.findData(scope)))
        self._begin(QuizSession(questions_for(self._deck, scope), scope, self._record))

    def _start(self) -> None:
        self.start_scope(str(self.scope.currentData()))

    def _review(self) -> None:
        if self._session is not None and self._session.mistakes():
            self._begin(self._session.review())

    def _begin(self, session: QuizSession) -> None:
        self._session = session
        self._attempt = self._store.start_attempt(session.scope)
        self.feedback.clear()
        self._show()
        self._focus_first()

    def _record(self, question: str, given: str, correct: bool) -> None:
        self._store.record_answer(self._attempt, question, given, correct)
        self.answered.emit()

    def _check(self) -> None:
        if self._session is None or self._group.checkedId() < 0:
            self.feedback.setText(self.tr("Choose an answer first."))
            return
        self._feedback(self._session.check_choice(self._group.checkedId()))

    def _reveal(self) -> None:
        if self._session is not None:
            self._feedback(self._session.reveal())

    def _assess(self, correct: bool) -> None:
        if self._session is not None:
            self._session.self_assess(correct)
            recorded = self.tr("Recorded: ✔ right.") if correct else self.tr("Recorded: ✘ missed.")
            markup = f"{self.feedback.text()}<p>{escape(recorded)}</p>"
            self.feedback.setText(markup)
            self._show()
            self.next.setFocus()

    def _next(self) -> None:
        if self._session is not None:
            self._session.next()
            self.feedback.clear()
            self._show()
            self._focus_first()

    def _feedback(self, fb: Feedback) -> None:
        if fb.correct is None:
            head = _bold(self.tr("Model answer:")) + to_html(fb.right_answer)
        elif fb.correct:
            head = _bold(self.tr("✔ Right."))
        else:
            answer = fill(self.tr("The answer is: %1"), fb.right_answer)
            head = _bold(self.tr("✘ Not quite."), answer)
        self.feedback.setText(
            head + (f"<p>{escape(plain(fb.explanation))}</p>" if fb.explanation else "")
        )
        self._show()
        (self.had_it if fb.correct is None else self.next).setFocus()

    def _show(self) -> None:
        s = self._session
        q = s.current if s else None
        shown = (id(s), s.index if s else -1)
        if shown != self._shown:  # a new question: fresh choices and an empty answer box
            self._shown = shown
            self._build_choices(q)
            self.own.clear()
        if s is None or q is None:
            self.prompt.setText("")
            self.own.hide()
            self.choices.hide()
            if s is not None:
                right, answered = s.score
                wrong = len(s.mistakes())
                done = fill(self.tr("Done: %1 of %n right.", "", answered), str(right))
                review = self.tr("%n to review.", "", wrong) if wrong else self.tr("No mistakes!")
                self.progress.setText(f"{done} {review}")
        else:
            right, answered = s.score
            self.progress.setText(
                fill(
                    self.tr("Question %1 of %n · score %2/%3", "", len(s.questions)),
                    str(s.index + 1),
                    str(right),
                    str(answered),
                )
            )
            self.prompt.setText(q.prompt)
            self.choices.setVisible(q.is_choice)
            if s.answered and q.is_choice:
                self._mark_choices(q.answer)
            self.own.setVisible(not q.is_choice)
            self.own.setReadOnly(s.answered)
        revealed = bool(self.feedback.text()) and q is not None and not q.is_choice
        self.check.setVisible(q is not None and q.is_choice)
        self.check.setEnabled(s is not None and not s.answered)
        self.reveal.setVisible(q is not None and not q.is_choice and not revealed)
        self.had_it.setVisible(q is not None and revealed and not (s and s.answered))
        self.missed.setVisible(self.had_it.isVisible())
        self.next.setVisible(q is not None)
        self.next.setEnabled(bool(s and s.answered))
        self.review.setEnabled(bool(s and s.finished and s.mistakes()))

    def _build_choices(self, q: QuizQuestion | None) -> None:
        while (row := self._choice_layout.takeAt(0)) is not None:
            widget = row.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for button in self._group.buttons():
            self._group.removeButton(button)
        self._labels = []
        for i, choice in enumerate(q.choices if q else ()):
            radio = QRadioButton(f"&{i + 1}.")
            radio.setAccessibleName(choice)
            label = _ClickLabel(escape(choice), radio)
            self._group.addButton(radio, i)
            self._labels.append(label)
            row_widget = QWidget()
            row_layout = QHBoxLayout(row_widget)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(radio, 0, Qt.AlignmentFlag.AlignTop)
            row_layout.addWidget(label, 1)
            self._choice_layout.addWidget(row_widget)

    def _mark_choices(self, answer: int) -> None:
        """After checking, say in words which choice was right and which was picked."""
        picked = self._group.checkedId()
        for i, (radio, label) in enumerate(zip(self._group.buttons(), self._labels, strict=True)):
            radio.setEnabled(False)
            mark = (
                self.tr("✔ Right answer:")
                if i == answer
                else (self.tr("✘ Your answer:") if i == picked else "")
            )
            prefix = f"<b>{escape(mark)}</b> "
            if mark and not label.text().startswith(prefix):
                label.setText(prefix + label.text())
                radio.setAccessibleName(f"{mark} {radio.accessibleName()}")

    def _focus_first(self) -> None:
        buttons = self._group.buttons()
        if buttons:
            buttons[0].setFocus()
        elif self.own.isVisible():
            self.own.setFocus()
        elif self.review.isEnabled():
            self.review.setFocus()
        else:
            self.start.setFocus()
