"""The web pages' own words, marked for Qt's translation, and each page as served.

The phones' pages speak like the rest of Agora: their words live in the
`.ts` catalogues (contexts "StudentPage", "JoinPage", "RemotePage"), marked
here with `N` so pyside6-lupdate extracts them, and translated by the
teacher's translators. This package has no Qt, so the Qt side hands in a
`translate(context, text)` function: the deck's `language` for the student
and join pages (they are shown to the room's phones, as exports are), the
interface's for the teacher's remote.

A page is rendered once per session (`render_page`): its static words are
written into the HTML (escaped), `<html lang dir>` is set, and the words
its script shows later go in a `<script type="application/json">` block.
That block is data, never run, so the Content-Security-Policy stays
`script-src 'self'` with no inline script, and the page has its words at
first paint without another request. The scripts keep only the mechanism
(`t(key)`, a key falling back to itself).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources

from desktop_app.text.languages import is_right_to_left

# `translate(context, source)`: the source text in the page's language (the source if none).
Translate = Callable[[str, str], str]


def N(context: str, text: str) -> str:
    """Marks a page's word for translation; pyside6-lupdate reads N as QT_TRANSLATE_NOOP.

    The alias is the one the command table uses (packaging/translations.py);
    the text is translated when the page is rendered, by `Translate`.
    """
    return text


@dataclass(frozen=True)
class Words:
    """One page's words: its translation context and, by key, the English source texts."""

    context: str
    sources: Mapping[str, str]


STUDENT = Words(
    "StudentPage",
    {
        "title": N("StudentPage", "Agora class session"),
        "connecting": N("StudentPage", "Connecting…"),
        "reconnecting": N("StudentPage", "Connection lost. Trying again…"),
        "waiting": N("StudentPage", "Waiting for the next question."),
        "open": N(
            "StudentPage",
            "Choose your answer and send it. You can change it until the question closes.",
        ),
        "closed": N("StudentPage", "This question is closed."),
        "send": N("StudentPage", "Send answer"),
        "change": N("StudentPage", "Change answer"),
        "saved": N("StudentPage", "Answer saved."),
        #: %1: the HTTP status of a refused answer (a number).
        "refused": N("StudentPage", "Not saved (error %1)."),
        #: %1: the motion's own text, from the deck.
        "motion": N("StudentPage", "The motion: %1"),
        "for": N("StudentPage", "For"),
        "against": N("StudentPage", "Against"),
        "undecided": N("StudentPage", "Undecided"),
        #: %1: the comparison row's title, from the deck.
        "row": N("StudentPage", "Which argument convinces you more? (%1)"),
        "correct": N("StudentPage", "Correct answer"),
        #: %1: a number; a label, so no plural forms are needed.
        "left": N("StudentPage", "Characters left: %1"),
        "busy": N("StudentPage", "Many answers at once. Trying again…"),
        "noscript": N("StudentPage", "This page needs JavaScript to send your answer."),
    },
)

JOIN = Words(
    "JoinPage",
    {
        "title": N("JoinPage", "Join the class"),
        "code": N("JoinPage", "Session code (on the projector)"),
        "join": N("JoinPage", "Join"),
        "checking": N("JoinPage", "Checking…"),
        "tries": N("JoinPage", "Too many tries: wait a minute."),
        "unknown": N("JoinPage", "Unknown code."),
        "offline": N("JoinPage", "No connection: are you on the classroom Wi-Fi?"),
        "noscript": N("JoinPage", "This page needs JavaScript to join."),
    },
)

REMOTE = Words(
    "RemotePage",
    {
        "title": N("RemotePage", "Agora remote"),
        "connecting": N("RemotePage", "Connecting…"),
        "asking": N("RemotePage", "Asking the presenter's computer to allow this phone…"),
        "ask-again": N("RemotePage", "Ask again"),
        "pending": N(
            "RemotePage",
            "Waiting: allow this phone on the presenter's computer (“Allow this device?”).",
        ),
        "pending-status": N("RemotePage", "Waiting for the presenter to allow this phone…"),
        "refused": N("RemotePage", "The presenter did not allow this phone."),
        "revoked": N(
            "RemotePage",
            "This phone no longer controls the show (revoked on the presenter's computer).",
        ),
        "not-allowed": N("RemotePage", "Not allowed"),
        "invalid": N(
            "RemotePage", "This link is no longer valid: scan the code on the console again."
        ),
        "problem": N("RemotePage", "Problem talking to the presenter's computer; trying again…"),
        "offline": N("RemotePage", "No connection; trying again…"),
        "connected": N("RemotePage", "Connected"),
        "lost": N("RemotePage", "Connection lost; reconnecting…"),
        "slide": N("RemotePage", "Slide"),
        #: %1: the build step shown, %2: the slide's number of steps.
        "step": N("RemotePage", "(step %1/%2)"),
        "elapsed": N("RemotePage", "Elapsed time"),
        "paused": N("RemotePage", "(paused)"),
        "room": N("RemotePage", "Room"),
        "room-picture": N("RemotePage", "The slide the room sees; pinch to zoom the room's view"),
        #: %1: the zoom factor, e.g. 2.
        "zoomed": N("RemotePage", "(zoomed %1×)"),
        "next-picture": N("RemotePage", "The next slide or build step"),
        "next-caption": N("RemotePage", "Next"),
        "end": N("RemotePage", "End of the presentation"),
        "notes": N("RemotePage", "Notes"),
        "no-notes": N("RemotePage", "No notes for this slide."),
        "smaller": N("RemotePage", "Smaller notes text"),
        "larger": N("RemotePage", "Larger notes text"),
        "jump": N("RemotePage", "Go to slide"),
        "controls": N("RemotePage", "Show controls"),
        "black": N("RemotePage", "Black screen"),
        "zoom-out": N("RemotePage", "Zoom −"),
        "zoom-out-name": N("RemotePage", "Zoom the room's view out"),
        "zoom-in": N("RemotePage", "Zoom +"),
        "zoom-in-name": N("RemotePage", "Zoom the room's view in"),
        "previous": N("RemotePage", "Previous"),
        "next": N("RemotePage", "Next"),
        #: %1: the HTTP status the computer answered with (a number).
        "command-refused": N("RemotePage", "The presenter's computer refused that (%1)"),
        "not-sent": N("RemotePage", "Not sent: no connection"),
        "noscript": N("RemotePage", "This page needs JavaScript to control the show."),
    },
)

#: `{{key}}` in a page's HTML: one of its words, or `lang`, `dir`, `words` (the JSON block).
_SLOT = re.compile(r"\{\{([a-z-]+)\}\}")


@dataclass(frozen=True)
class PageWords:
    """A page's words in one language, translated once per session."""

    language: str
    words: Mapping[str, str]

    @property
    def direction(self) -> str:
        return "rtl" if is_right_to_left(self.language) else "ltr"

    def json(self) -> str:
        """The words as JSON safe inside a `<script>` element (no `<`, `>` or `&` left)."""
        text = json.dumps(dict(self.words), ensure_ascii=False, sort_keys=True)
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_words(words: Words, language: str, translate: Translate) -> PageWords:
    """Every word of a page in the language `translate` speaks (English where it has none)."""
    return PageWords(
        language or "en",
        {key: translate(words.context, text) or text for key, text in words.sources.items()},
    )


def render_page(template: str, words: PageWords) -> bytes:
    """The page's HTML with its words, `lang`, `dir` and the script's words filled in.

    An unknown `{{key}}` raises KeyError: a page never goes out with a hole in it.
    """

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        if key == "lang":
            return html.escape(words.language)
        if key == "dir":
            return words.direction
        if key == "words":
            return words.json()
        return html.escape(words.words[key])

    return _SLOT.sub(fill, template).encode("utf-8")


#: The pages that carry words, by file name (the scripts and styles are served as they are).
PAGE_WORDS: Mapping[str, Words] = {
    "student.html": STUDENT,
    "join.html": JOIN,
    "remote.html": REMOTE,
}


def asset_bytes(name: str) -> bytes:
    """A file of the pages, bundled with the app (no CDN, no external fonts)."""
    return resources.files("desktop_app.classroom").joinpath("web", name).read_bytes()


def served_assets(
    assets: Mapping[str, tuple[str, str]], language: str, translate: Translate
) -> dict[str, tuple[bytes, str]]:
    """Each file's bytes and type by URL path, the pages with their words in `language`."""
    served = {}
    for path, (name, kind) in assets.items():
        words = PAGE_WORDS.get(name)
        body = asset_bytes(name)
        if words is not None:
            body = render_page(body.decode("utf-8"), page_words(words, language, translate))
        served[path] = (body, kind)
    return served
