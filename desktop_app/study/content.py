"""A slide's whole text as one Markdown document, for reading, searching and the study guide.

On screen a slide shows its words large and sparse; a student studying at a
desk wants all of it at once, including what a build hides, the arguments a
comparison slide summarizes and the presenter's notes.
"""

from __future__ import annotations

from desktop_app.model.deck import Deck, Slide
from desktop_app.study.words import ENGLISH, StudyWords, fill


def slide_title(deck: Deck, slide: Slide, words: StudyWords = ENGLISH) -> str:
    """A slide's name for lists: its title, or for a quiz slide its question."""
    if slide.title:
        return slide.title
    question = deck.question(slide.quiz) if slide.quiz else None
    return fill(words.quiz_title, question.prompt) if question else slide.id


def slide_markdown(deck: Deck, slide: Slide, words: StudyWords = ENGLISH) -> str:
    """Everything the slide shows, fully built, as Markdown (without the title or notes).

    `words` are study mode's own, in the language of whoever shows the text.
    """
    parts: list[str] = []
    if slide.layout == "argument":
        parts.append(_argument(deck, slide, words))
    if slide.layout == "motion":
        parts.append(_motion(deck, words))
    if slide.subtitle:
        parts.append(f"*{slide.subtitle}*")
    parts.extend(p for p in (slide.body, slide.left, slide.right) if p)
    if slide.quote:
        quote = "\n".join(f"> {line}" for line in slide.quote.splitlines())
        parts.append(quote + (f"\n>\n> — {slide.attribution}" if slide.attribution else ""))
    if slide.image is not None:
        parts.append(f"*{fill(words.image, slide.alt)}*")
    if slide.caption:
        parts.append(slide.caption)
    if slide.prompts:
        parts.append("\n".join(f"- {p}" for p in slide.prompts))
    if slide.layout == "comparison":
        parts.append(_comparison(deck, slide))
    if slide.layout == "spectrum":
        parts.append(_spectrum(deck, words))
    if slide.layout == "quiz":
        parts.append(_quiz(deck, slide, words))
    return "\n\n".join(p.strip() for p in parts if p.strip())


def _comparison(deck: Deck, slide: Slide) -> str:
    debate = deck.debate
    if debate is None:
        return ""
    wanted = slide.dimensions or tuple(d.id for d in debate.dimensions)
    lines: list[str] = []
    for dimension in (d for d in debate.dimensions if d.id in wanted):
        lines.append(f"**{dimension.title}**\n")
        for position in debate.positions:
            for arg in debate.row(dimension.id, position.id):
                lines.append(
                    f"- {position.marker} {position.label}: "
                    f"[{arg.title}](arg:{arg.id}) — {arg.summary}"
                )
        lines.append("")
    for position in debate.positions:
        for arg in debate.unpaired(position.id):
            lines.append(
                f"- {position.marker} {position.label}: [{arg.title}](arg:{arg.id}) — {arg.summary}"
            )
    return "\n".join(lines)


def _argument(deck: Deck, slide: Slide, words: StudyWords) -> str:
    """The side the argument belongs to, and its pictogram in words."""
    debate = deck.debate
    arg = debate.argument(slide.argument) if debate else None
    if debate is None or arg is None:
        return ""
    pos = debate.position(arg.side)
    side = f"{pos.marker} {pos.label}".strip() if pos else arg.side
    text = f"**{side}:** [{arg.title}](arg:{arg.id})"
    pictogram = fill(words.pictogram, arg.pictogram_alt)
    return text + (f"\n\n*{pictogram}*" if arg.pictogram_alt else "")


def _spectrum(deck: Deck, words: StudyWords) -> str:
    """The line from one side to the other, and each hybrid pattern placed on it."""
    debate = deck.debate
    if debate is None:
        return ""
    ends = [f"{p.marker} {p.label}".strip() for p in debate.positions if p.id != "hybrid"][:2]
    lines = [f"*{fill(words.spectrum, *ends)}*", ""] if len(ends) == 2 else []
    for arg in debate.unpaired("hybrid"):
        lines.append(f"- [{arg.title}](arg:{arg.id}) — {arg.summary}")
    return "\n".join(lines)


def _motion(deck: Deck, words: StudyWords) -> str:
    """The motion put to the room, and which side each vote backs."""
    motion = deck.debate.motion if deck.debate else None
    if deck.debate is None or motion is None:
        return ""
    votes = []
    for template, side in (
        (words.vote_for, motion.for_position),
        (words.vote_against, motion.against_position),
    ):
        pos = deck.debate.position(side)
        votes.append(f"- {fill(template, f'{pos.marker} {pos.label}'.strip() if pos else side)}")
    votes.insert(1, f"- {words.undecided}")
    return f"**{fill(words.motion, motion.text)}**\n\n" + "\n".join(votes)


def _quiz(deck: Deck, slide: Slide, words: StudyWords) -> str:
    question = deck.question(slide.quiz)
    if question is None:
        return ""
    text = f"**{fill(words.question, question.prompt)}**"
    if question.choices:
        text += "\n\n" + "\n".join(f"{i + 1}. {c}" for i, c in enumerate(question.choices))
    return text + f"\n\n*{words.check_in_quiz}*"
