"""What a slide says at one build step, as structured text for screen readers.

The slide views draw a picture; assistive technology needs the words behind
it, in reading order, and only the ones the room can see at this step (a
screen reader must not read out bullets that are still hidden, nor a quiz's
answer before it is revealed). This module is that one rule, derived from the
deck model: the audience window, the presenter's previews, the comparison and
the study reader all expose `slide_reading`, and announcements speak its
`spoken` form.

No Qt here: the model and text packages stay importable without a display.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser

from desktop_app.model.comparison import comparison_rows
from desktop_app.model.deck import Deck, Slide
from desktop_app.text.markdown import pane_part, to_html
from desktop_app.text.marking import N

#: Block roles, mapped by the views to Qt's accessible roles.
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST = "list"
IMAGE = "image"
QUOTE = "quote"


#: The translation context of the phrases (`views.slide_access.phrases` looks them up
#: there); the `N` calls below spell it out, since pyside6-lupdate reads only literals.
CONTEXT = "SlideReading"


@dataclass(frozen=True)
class Phrases:
    """The words a reading adds to the deck's own, as templates.

    English here, where no Qt may be imported; each is marked with `N` so
    pyside6-lupdate extracts it, and the views pass the same templates
    translated (`views.slide_access.phrases`), so screen-reader users hear
    them in the app's language. Translations keep the names in braces.
    """

    slide: str = N("SlideReading", "Slide {number} of {count}: {title}")
    image: str = N("SlideReading", "Image: {alt}")
    discuss: str = N("SlideReading", "Discuss")
    choices: str = N("SlideReading", "Choices")
    correct: str = N("SlideReading", "{choice} (correct)")
    answer: str = N("SlideReading", "Answer: {choice}")
    model_answer: str = N("SlideReading", "Model answer: {text}")
    why: str = N("SlideReading", "Why: {text}")
    vote: str = N("SlideReading", "Vote")
    vote_for: str = N("SlideReading", "For: {side}")
    vote_against: str = N("SlideReading", "Against: {side}")
    undecided: str = N("SlideReading", "Undecided: not sure yet")


ENGLISH = Phrases()


@dataclass(frozen=True)
class Block:
    """One piece of a slide in reading order: a heading, a paragraph, a list (with items)…"""

    role: str
    text: str
    items: tuple[str, ...] = ()
    #: What each item stands for, where it is something the user can select (argument ids).
    keys: tuple[str, ...] = ()

    @property
    def spoken(self) -> str:
        """The block as one line of speech: a list's items follow its text, one per line."""
        return "\n".join(part for part in (self.text, *self.items) if part)


@dataclass(frozen=True)
class Reading:
    """A slide at one step: where it is in the deck, and its blocks in reading order."""

    number: int
    count: int
    title: str
    blocks: tuple[Block, ...]
    #: Short enough for an accessible name: which slide, and its title.
    name: str

    @property
    def text(self) -> str:
        """Everything visible, one block per line, as a screen reader reads it through."""
        return "\n".join(block.spoken for block in self.blocks)


def slide_reading(deck: Deck, index: int, step: int | None, phrases: Phrases = ENGLISH) -> Reading:
    """The text of slide `index` at build step `step` (None: fully built)."""
    slide = deck.slides[index]
    shown = slide.fragments if step is None else step
    title = _words(slide.title or _untitled(deck, slide, phrases))
    blocks: list[Block] = [Block(HEADING, title)] if title else []
    blocks.extend(b for b in _body(deck, slide, shown, phrases) if b.text != title or b.items)
    count = len(deck.slides)
    name = phrases.slide.format(number=index + 1, count=count, title=title)
    return Reading(index + 1, count, title, tuple(blocks), name)


def _untitled(deck: Deck, slide: Slide, phrases: Phrases) -> str:
    """What a slide without a title is called: the deck's title, the quiz's question…"""
    if slide.layout == "title":
        return deck.title
    if slide.layout == "argument" and deck.debate is not None:
        arg = deck.debate.argument(slide.argument)
        return arg.title if arg is not None else ""
    if slide.layout == "motion":
        return phrases.vote
    question = deck.question(slide.quiz) if slide.layout == "quiz" else None
    return _plain(question.prompt) if question is not None else ""


def _words(text: str) -> str:
    """Text without decorative symbols (◆, ■, pictograms), which readers would say aloud."""
    kept = "".join(c for c in text if unicodedata.category(c) != "So")
    return " ".join(kept.split())


def _body(deck: Deck, slide: Slide, step: int, phrases: Phrases) -> list[Block]:
    visible = step if slide.builds else -1
    layout = slide.layout
    if layout == "title":
        authors = ", ".join(deck.authors)
        return [Block(PARAGRAPH, t) for t in (slide.subtitle or deck.subtitle, authors) if t]
    if layout == "section":
        return [Block(PARAGRAPH, slide.subtitle)] if slide.subtitle else []
    if layout == "content":
        return markdown_blocks(slide.body, visible, phrases)
    if layout == "two-columns":
        left = markdown_blocks(slide.left, visible, phrases)
        shown_left = sum(len(b.items) for b in left if b.role == LIST)
        right_visible = -1 if visible < 0 else max(0, visible - shown_left)
        return left + markdown_blocks(slide.right, right_visible, phrases)
    if layout == "quote":
        quote = [Block(QUOTE, b.spoken) for b in markdown_blocks(slide.quote, -1, phrases)]
        return quote + ([Block(PARAGRAPH, slide.attribution)] if slide.attribution else [])
    if layout == "image":
        alt = [Block(IMAGE, phrases.image.format(alt=slide.alt))] if slide.alt else []
        return alt + ([Block(PARAGRAPH, slide.caption)] if slide.caption else [])
    if layout == "question":
        shown = slide.prompts if visible < 0 else slide.prompts[:visible]
        return [Block(LIST, phrases.discuss, tuple(_plain(p) for p in shown))] if shown else []
    if layout == "quiz":
        return _quiz(deck, slide, step >= 1, phrases)
    if layout == "comparison":
        return _comparison(deck, slide, step)
    if layout in ("argument", "spectrum", "motion"):
        return _debate(deck, slide, visible, phrases)
    return []


def _side(deck: Deck, side: str) -> str:
    position = deck.debate.position(side) if deck.debate is not None else None
    return position.label if position is not None else side


def _debate(deck: Deck, slide: Slide, visible: int, phrases: Phrases) -> list[Block]:
    """An argument slide, the spectrum of positions, or the motion put to the vote."""
    debate = deck.debate
    if debate is None:
        return []
    if slide.layout == "argument":
        arg = debate.argument(slide.argument)
        if arg is None:
            return []
        side = [Block(PARAGRAPH, _side(deck, arg.side))]
        return side + markdown_blocks(slide.body, visible, phrases)
    if slide.layout == "spectrum":
        ends = [p.label for p in debate.positions if p.id != "hybrid"][:2]
        middle = tuple(f"{a.title}. {_plain(a.summary)}" for a in debate.unpaired("hybrid"))
        return [Block(LIST, " / ".join(ends), middle)] if ends else []
    motion = debate.motion
    if motion is None:
        return []
    choices = (
        phrases.vote_for.format(side=_side(deck, motion.for_position)),
        phrases.vote_against.format(side=_side(deck, motion.against_position)),
        phrases.undecided,
    )
    blocks = [Block(QUOTE, _words(motion.text)), Block(LIST, phrases.vote, choices)]
    return blocks + ([Block(PARAGRAPH, slide.subtitle)] if slide.subtitle else [])


def _quiz(deck: Deck, slide: Slide, revealed: bool, phrases: Phrases) -> list[Block]:
    question = deck.question(slide.quiz)
    if question is None:
        return []
    blocks = [Block(PARAGRAPH, _plain(question.prompt))]
    if question.is_choice:
        lettered = [f"{chr(65 + i)}: {_plain(c)}" for i, c in enumerate(question.choices)]
        right = lettered[question.answer] if 0 <= question.answer < len(lettered) else ""
        items = tuple(
            phrases.correct.format(choice=c) if revealed and c == right else c for c in lettered
        )
        blocks.append(Block(LIST, phrases.choices, items))
        if revealed and right:
            blocks.append(Block(PARAGRAPH, phrases.answer.format(choice=right)))
    elif revealed and question.model_answer:
        text = _plain(question.model_answer)
        blocks.append(Block(PARAGRAPH, phrases.model_answer.format(text=text)))
    if revealed and question.explanation:
        blocks.append(Block(PARAGRAPH, phrases.why.format(text=_plain(question.explanation))))
    return blocks


def _comparison(deck: Deck, slide: Slide, step: int) -> list[Block]:
    """One list per revealed row: each card with its side, title and summary."""
    debate = deck.debate
    if debate is None:
        return []
    rows = comparison_rows(debate, slide.dimensions)
    shown = rows[:step] if slide.builds else rows
    return [
        Block(
            LIST,
            row.title,
            tuple(card_text(deck, a.id) for a in row.cards),
            tuple(a.id for a in row.cards),
        )
        for row in shown
    ]


def card_text(deck: Deck, argument_id: str) -> str:
    """One argument card as read aloud: side, title, summary."""
    debate = deck.debate
    arg = debate.argument(argument_id) if debate is not None else None
    if debate is None or arg is None:
        return ""
    position = debate.position(arg.side)
    side = position.label if position is not None else arg.side
    return f"{side}: {arg.title}. {_plain(arg.summary)}"


def markdown_blocks(text: str, visible_items: int = -1, phrases: Phrases = ENGLISH) -> list[Block]:
    """Top-level blocks of a Markdown text; list items from `visible_items` on are hidden.

    Items are counted across the whole text, as the renderer hides them (builds).
    """
    if not text.strip():
        return []
    parser = _Blocks(phrases.image)
    # A text longer than any pane shows (10,000 list items) is read up to that bound:
    # converting all of it would block the window for seconds.
    parser.feed(to_html(pane_part(text)[0]))
    parser.close()
    blocks: list[Block] = []
    seen = 0
    for block in parser.blocks:
        if block.role == LIST and visible_items >= 0:
            keep = block.items[: max(0, visible_items - seen)]
            seen += len(block.items)
            if not keep:
                continue
            block = Block(LIST, block.text, keep)
        blocks.append(block)
    return blocks


def _plain(text: str) -> str:
    return " ".join(b.spoken for b in markdown_blocks(text))


_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "dl", "div", "hr"}


class _Blocks(HTMLParser):
    """Collects top-level blocks from python-markdown's HTML; nested lists stay in their item."""

    def __init__(self, image: str) -> None:
        super().__init__(convert_charrefs=True)
        self._image = image
        self.blocks: list[Block] = []
        self._depth = 0  # nesting of block-level containers
        self._list_depth = 0
        self._quote = 0
        self._words: list[str] = []
        self._items: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("ul", "ol"):
            if self._list_depth == 0:
                self._flush()
            self._list_depth += 1
        elif tag == "li" and self._list_depth == 1:
            self._flush_item()
        elif tag == "blockquote":
            self._flush()
            self._quote += 1
        elif tag == "img":
            alt = dict(attrs).get("alt") or ""
            if alt:
                self._words.append(f" {self._image.format(alt=alt)} ")
        elif tag == "br":
            self._words.append(" ")
        elif tag in _BLOCK_TAGS and self._list_depth == 0:
            self._flush()
        elif tag in ("td", "th", "dd", "dt"):
            self._words.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol"):
            self._list_depth -= 1
            if self._list_depth == 0:
                self._flush_item()
                self.blocks.append(Block(LIST, "", tuple(self._items)))
                self._items = []
        elif tag == "li" and self._list_depth == 1:
            self._flush_item()
        elif tag == "blockquote":
            self._flush()
            self._quote -= 1
        elif tag in _BLOCK_TAGS and self._list_depth == 0:
            self._flush(HEADING if tag[0] == "h" and tag[1:].isdigit() else None)
        elif tag in ("tr", "dd", "dt", "li"):
            self._words.append(" ")

    def handle_data(self, data: str) -> None:
        self._words.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _take(self) -> str:
        text = _words("".join(self._words))
        self._words = []
        return text

    def _flush(self, role: str | None = None) -> None:
        text = self._take()
        if text:
            self.blocks.append(Block(role or (QUOTE if self._quote else PARAGRAPH), text))

    def _flush_item(self) -> None:
        text = self._take()
        if text:
            self._items.append(text)
