"""Quiz runs: checking choices, self-assessed open questions, scores and reviewing mistakes."""

from __future__ import annotations

import pytest

from desktop_app.model.deck import Deck, QuizQuestion
from desktop_app.study.quiz import ALL, REVIEW, QuizSession, questions_for, section_scores
from desktop_app.study.store import Answer

CHOICE = QuizQuestion("c1", "Pick B", "s1", ("A", "B"), 1, explanation="B is right.")
CHOICE2 = QuizQuestion("c2", "Pick A", "s1", ("A", "B"), 0)
OPEN = QuizQuestion("o1", "Explain", "s2", model_answer="Because.", explanation="Why.")


def test_choices_are_scored_and_recorded() -> None:
    recorded: list[tuple[str, str, bool]] = []
    run = QuizSession([CHOICE, CHOICE2, OPEN], ALL, lambda *a: recorded.append(a))
    feedback = run.check_choice(0)
    assert feedback.correct is False
    assert feedback.right_answer == "B" and feedback.explanation == "B is right."
    with pytest.raises(ValueError):
        run.check_choice(1)  # one answer per question
    assert run.next()
    assert run.check_choice(0).correct is True
    assert run.score == (1, 2)
    assert recorded == [("c1", "0", False), ("c2", "0", True)]


def test_open_question_is_judged_by_the_student() -> None:
    run = QuizSession([OPEN], ALL)
    with pytest.raises(ValueError):
        run.self_assess(True)  # must see the model answer first
    feedback = run.reveal()
    assert feedback.correct is None and feedback.right_answer == "Because."
    assert not run.answered
    run.self_assess(False)
    assert run.answered
    assert run.score == (0, 1)
    assert not run.next()
    assert run.finished


def test_review_runs_only_the_mistakes() -> None:
    run = QuizSession([CHOICE, CHOICE2, OPEN], ALL)
    run.check_choice(0)  # wrong
    run.next()
    run.check_choice(0)  # right
    run.next()
    run.reveal()
    run.self_assess(False)  # wrong
    review = run.review()
    assert review.scope == REVIEW
    assert [q.id for q in review.questions] == ["c1", "o1"]
    review.check_choice(1)
    assert review.score == (1, 1)
    review.next()
    review.reveal()
    review.self_assess(True)
    assert review.mistakes() == ()


def test_sections_and_scores_from_the_bundled_deck(deck: Deck) -> None:
    framing = questions_for(deck, "framing")
    assert framing and all(q.section == "framing" for q in framing)
    assert len(questions_for(deck, ALL)) == len(deck.quiz)
    latest = {framing[0].id: Answer(framing[0].id, "1", True)}
    scores = section_scores(deck, latest)
    assert scores["framing"] == (1, len(framing))
    assert scores["case-open"][0] == 0
