"""The words study mode adds to a deck's own ("Section: …", "Presenter's notes", "Motion:"…).

They appear in two places with two rules (docs/i18n.md): the study window's
reading page speaks the interface's language, and the study guide, an export,
speaks the deck's. So this Qt-free package never picks a language: whoever
shows the words passes a `translate(context, text)` function (Qt's
`QCoreApplication.translate` for the window, `DeckWords.translate` for the
guide), and `study_words` asks it for each template. The calls are written
out so that pyside6-lupdate finds every text under the context "StudyPage".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_PLACEHOLDER = re.compile(r"%([1-9])")

#: (context, English text) → the text in some language.
Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class StudyWords:
    """Templates with `%1`, `%2` placeholders (filled with `fill`)."""

    section: str
    presenter_notes: str
    quiz_title: str
    image: str
    pictogram: str
    spectrum: str
    motion: str
    vote_for: str
    vote_against: str
    undecided: str
    question: str
    check_in_quiz: str


def study_words(translate: Translate) -> StudyWords:
    return StudyWords(
        section=translate("StudyPage", "Section: %1"),
        presenter_notes=translate("StudyPage", "Presenter's notes"),
        quiz_title=translate("StudyPage", "Quiz: %1"),
        image=translate("StudyPage", "Image: %1"),
        pictogram=translate("StudyPage", "Pictogram: %1"),
        spectrum=translate("StudyPage", "From %1 to %2, with the middle ground between:"),
        motion=translate("StudyPage", "Motion: %1"),
        vote_for=translate("StudyPage", "For: %1"),
        vote_against=translate("StudyPage", "Against: %1"),
        undecided=translate("StudyPage", "Undecided"),
        question=translate("StudyPage", "Question: %1"),
        check_in_quiz=translate("StudyPage", "Check your answer in the Quiz tab."),
    )


#: The source texts themselves, for callers without a language (tests, the search index's
#: default).
ENGLISH = study_words(lambda _context, text: text)


def fill(template: str, *values: str) -> str:
    """`template` with `%1`, `%2`… replaced in one pass, so a value containing "%2" stays."""
    return _PLACEHOLDER.sub(lambda m: values[int(m.group(1)) - 1], template)
