"""A self-check run through quiz questions, scored as the student goes.

Multiple-choice answers are checked against the deck's answer; open
questions cannot be checked by a machine, so the student compares their own
answer with the model answer and says whether they had it. Every answer is
reported to `record` the moment it is final, so a closed window loses none.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from desktop_app.model.deck import Deck, QuizQuestion
from desktop_app.study.store import Answer

ALL = "all"
REVIEW = "review"

#: Called with (question id, what was given, correct) when an answer is final.
Recorder = Callable[[str, str, bool], None]


@dataclass(frozen=True)
class Feedback:
    correct: bool | None  # None: an open question, waiting for the student's own verdict
    right_answer: str
    explanation: str


def questions_for(deck: Deck, scope: str) -> tuple[QuizQuestion, ...]:
    """The questions of one section, or of the whole deck for `ALL`."""
    if scope == ALL:
        return deck.quiz
    return tuple(q for q in deck.quiz if q.section == scope)


def section_scores(deck: Deck, latest: Mapping[str, Answer]) -> dict[str, tuple[int, int]]:
    """Per section id: (questions last answered right, questions in the section)."""
    scores: dict[str, tuple[int, int]] = {}
    for question in deck.quiz:
        right, total = scores.get(question.section, (0, 0))
        answer = latest.get(question.id)
        scores[question.section] = (right + int(bool(answer and answer.correct)), total + 1)
    return scores


class QuizSession:
    def __init__(
        self, questions: Sequence[QuizQuestion], scope: str, record: Recorder | None = None
    ) -> None:
        self.questions = tuple(questions)
        self.scope = scope
        self._record = record
        self.index = 0
        self._results: dict[str, bool] = {}
        self._pending: Feedback | None = None

    @property
    def current(self) -> QuizQuestion | None:
        return self.questions[self.index] if self.index < len(self.questions) else None

    @property
    def finished(self) -> bool:
        return self.current is None

    @property
    def answered(self) -> bool:
        """Whether the current question has its final verdict."""
        q = self.current
        return q is not None and q.id in self._results

    def check_choice(self, choice: int) -> Feedback:
        q = self._require()
        if not q.is_choice:
            raise ValueError(f"question {q.id} is open; use reveal() and self_assess()")
        if q.id in self._results:
            raise ValueError(f"question {q.id} is already answered")
        correct = choice == q.answer
        self._finish(q, str(choice), correct)
        return Feedback(correct, q.choices[q.answer], q.explanation)

    def reveal(self) -> Feedback:
        """Show an open question's model answer; the verdict comes from `self_assess`."""
        q = self._require()
        if q.is_choice:
            raise ValueError(f"question {q.id} has choices; use check_choice()")
        self._pending = Feedback(None, q.model_answer, q.explanation)
        return self._pending

    def self_assess(self, correct: bool) -> None:
        q = self._require()
        if self._pending is None:
            raise ValueError("reveal the model answer before judging your own")
        self._pending = None
        self._finish(q, "self-assessed", correct)

    def next(self) -> bool:
        """Move on; False once the run is over."""
        if not self.finished:
            self.index += 1
            self._pending = None
        return not self.finished

    @property
    def score(self) -> tuple[int, int]:
        """(right, answered so far)."""
        return sum(self._results.values()), len(self._results)

    def mistakes(self) -> tuple[QuizQuestion, ...]:
        return tuple(q for q in self.questions if self._results.get(q.id) is False)

    def review(self) -> QuizSession:
        """A new run through only the questions answered wrongly in this one."""
        return QuizSession(self.mistakes(), REVIEW, self._record)

    def _require(self) -> QuizQuestion:
        q = self.current
        if q is None:
            raise ValueError("the quiz run is over")
        return q

    def _finish(self, q: QuizQuestion, given: str, correct: bool) -> None:
        self._results[q.id] = correct
        if self._record is not None:
            self._record(q.id, given, correct)
