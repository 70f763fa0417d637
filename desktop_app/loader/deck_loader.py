"""deck.yaml (+ Markdown files, debate.yaml) → `Deck`, with every problem reported."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_app.deck_files import ImageRefused, check_image, inside
from desktop_app.loader.debate_loader import load_debate
from desktop_app.loader.fields import ID_PATTERN, Fields
from desktop_app.loader.fragments import comparison_rows
from desktop_app.loader.references import References
from desktop_app.model.debate import Debate
from desktop_app.model.deck import LAYOUTS, Deck, GlossaryTerm, QuizQuestion, Section, Slide
from desktop_app.model.problems import DeckError, Problem, Severity
from desktop_app.text.markdown import top_level_items
from desktop_app.yamlio.source import Path_, SourceError, load_yaml, read_text

DECK_FILE = "deck.yaml"
THEMES = ("light", "dark", "high-contrast")
#: Deck ids name a folder in the user's data folder: short, and the same on every file system.
MAX_DECK_ID = 64
COLOR_KEYS = ("background", "surface", "text", "muted", "accent", "open", "closed", "hybrid")

_TOP = (
    "format",
    "id",
    "title",
    "subtitle",
    "authors",
    "language",
    "theme",
    "colors",
    "duration_minutes",
    "debate",
    "glossary",
    "quiz",
    "sections",
)
_SECTION = ("id", "title", "minutes", "slides")
_SLIDE = (
    "id",
    "layout",
    "title",
    "subtitle",
    "body",
    "body_file",
    "left",
    "right",
    "quote",
    "attribution",
    "image",
    "alt",
    "caption",
    "prompts",
    "quiz",
    "dimensions",
    "argument",
    "builds",
    "notes",
    "notes_file",
    "minutes",
)
_TERM = ("id", "term", "definition", "aliases")
#: Layouts drawn from debate.yaml; a deck without one cannot show them.
_DEBATE_LAYOUTS = ("comparison", "argument", "spectrum", "motion")
_QUESTION = ("id", "section", "prompt", "choices", "answer", "model_answer", "explanation")

#: Keys that only mean something for some layouts; elsewhere they are a mistake.
_LAYOUT_KEYS: dict[str, tuple[str, ...]] = {
    "body": ("content", "argument"),
    "body_file": ("content", "argument"),
    "left": ("two-columns",),
    "right": ("two-columns",),
    "quote": ("quote",),
    "attribution": ("quote",),
    "image": ("image",),
    "alt": ("image",),
    "caption": ("image",),
    "prompts": ("question",),
    "quiz": ("quiz",),
    "dimensions": ("comparison",),
    "argument": ("argument",),
    "subtitle": ("title", "section", "motion"),
    "title": tuple(layout for layout in LAYOUTS if layout != "quiz"),
    "builds": ("content", "two-columns", "question", "comparison"),
}


def find_deck(target: Path) -> Path:
    """The deck folder for a folder or its deck.yaml (the CLI accepts either)."""
    return target.parent if target.name == DECK_FILE or target.is_file() else target


def load_deck(target: Path) -> Deck:
    """Load a deck or raise `DeckError` carrying every error found."""
    deck, problems = check_deck(target)
    if deck is None:
        raise DeckError(problems)
    return deck


def check_deck(target: Path) -> tuple[Deck | None, list[Problem]]:
    """Load a deck and return it with every problem; the deck is None when any is an error."""
    root = find_deck(Path(target)).absolute()
    problems: list[Problem] = []
    file = root / DECK_FILE
    if not root.is_dir():
        problems.append(
            Problem(root, "deck folder not found", hint="give a deck folder or its deck.yaml")
        )
        return None, problems
    try:
        doc = load_yaml(file)
    except SourceError as exc:
        return None, [exc.problem]
    deck = _DeckReader(root, Fields(doc, problems)).read()
    if any(p.severity is Severity.ERROR for p in problems):
        return None, problems
    return deck, problems


class _DeckReader:
    def __init__(self, root: Path, fields: Fields) -> None:
        self.root = root
        self.real_root = root.resolve()
        self.f = fields
        self.refs = References(self.real_root)

    def read(self) -> Deck:
        f = self.f
        top = f.mapping(f.doc.data, (), _TOP, "deck.yaml")
        if not top:
            return Deck(root=self.root, title="")
        if top.get("format") != 1:
            f.error(("format",), "unsupported or missing format version", "write `format: 1`")
        theme = f.text(top, "theme", ()) or "light"
        if theme not in THEMES:
            f.error(("theme",), f"unknown theme {theme!r}", "one of: " + ", ".join(THEMES))
        colors = self._colors(top.get("colors"))
        debate = None
        if "debate" in top:
            debate, debate_fields = self._debate(f.text(top, "debate", ()))
            if debate is not None and debate_fields is not None:
                self.refs.in_value(debate_fields, debate_fields.doc.data)
        glossary = self._glossary(f.items(top, "glossary", ()))
        sections = self._sections(f.items(top, "sections", (), required=True))
        if top.get("sections") == []:
            f.error(("sections",), "a deck needs at least one section", "add a section with slides")
        section_ids = {s.id for s in sections}
        quiz = self._quiz(f.items(top, "quiz", ()), section_ids)
        deck = Deck(
            root=self.root,
            title=f.text(top, "title", (), required=True),
            subtitle=f.text(top, "subtitle", ()),
            authors=f.texts(top, "authors", ()),
            language=f.text(top, "language", ()) or "en",
            theme=theme,
            colors=colors,
            duration_minutes=f.number(top, "duration_minutes", ()),
            sections=tuple(sections),
            glossary=tuple(glossary),
            quiz=tuple(quiz),
            debate=debate,
            id=self._deck_id(top),
        )
        self._check_slides(deck)
        self.f.problems.extend(self.refs.problems)
        self.f.problems.extend(self.refs.unresolved(deck))
        return deck

    # -- parts -------------------------------------------------------------------------------

    def _deck_id(self, top: dict) -> str:
        """The optional `id:` that per-user data is keyed by (`model.identity`)."""
        value = self.f.text(top, "id", ())
        if value and not (ID_PATTERN.match(value) and len(value) <= MAX_DECK_ID):
            self.f.error(
                ("id",),
                f"deck id {value!r} is not a valid id",
                f"use up to {MAX_DECK_ID} lower-case letters, digits and hyphens, "
                "e.g. open-vs-closed-ai",
            )
            return ""
        return value

    def _colors(self, raw: Any) -> dict[str, str]:
        if raw is None:
            return {}
        m = self.f.mapping(raw, ("colors",), COLOR_KEYS, "colors")
        return {
            k: c for k, v in m.items() if k in COLOR_KEYS if (c := self.f.color(v, ("colors", k)))
        }

    def _debate(self, written: str) -> tuple[Debate | None, Fields | None]:
        path, why = inside(self.real_root, written)
        if path is None:
            self.f.error(("debate",), why, "give a path inside the deck folder, e.g. debate.yaml")
            return None, None
        return load_debate(path, self.f.problems, self.real_root)

    def _glossary(self, raw: list[Any]) -> list[GlossaryTerm]:
        terms = []
        for i, item in enumerate(raw):
            path: Path_ = ("glossary", i)
            m = self.f.mapping(item, path, _TERM, "a glossary term")
            if m:
                terms.append(
                    GlossaryTerm(
                        id=self.f.ident(m, "id", path, "glossary term"),
                        term=self.f.text(m, "term", path, required=True),
                        definition=self.f.text(m, "definition", path, required=True),
                        aliases=self.f.texts(m, "aliases", path),
                    )
                )
                self.refs.in_value(self.f, m.get("definition"), (*path, "definition"))
        self._unique([t.id for t in terms], "glossary", "glossary term")
        return terms

    def _quiz(self, raw: list[Any], section_ids: set[str]) -> list[QuizQuestion]:
        questions = []
        for i, item in enumerate(raw):
            path: Path_ = ("quiz", i)
            m = self.f.mapping(item, path, _QUESTION, "a quiz question")
            if not m:
                continue
            q = QuizQuestion(
                id=self.f.ident(m, "id", path, "quiz question"),
                prompt=self.f.text(m, "prompt", path, required=True),
                section=self.f.text(m, "section", path),
                choices=self.f.texts(m, "choices", path),
                answer=self.f.integer(m, "answer", path),
                model_answer=self.f.text(m, "model_answer", path),
                explanation=self.f.text(m, "explanation", path),
            )
            if q.section and q.section not in section_ids:
                self.f.error((*path, "section"), f"unknown section {q.section!r}")
            if q.choices and q.model_answer:
                self.f.error(
                    (*path, "model_answer"),
                    "a question has either `choices` or a `model_answer`, not both",
                )
            if q.choices:
                if len(q.choices) < 2:
                    self.f.error((*path, "choices"), "a choice question needs two or more choices")
                if not 0 <= q.answer < len(q.choices):
                    self.f.error(
                        (*path, "answer"),
                        "answer must be the index of a choice",
                        f"0 for the first, up to {len(q.choices) - 1}",
                    )
            elif not q.model_answer:
                self.f.error(path, "a question needs `choices` and `answer`, or a `model_answer`")
            questions.append(q)
            self.refs.in_value(self.f, m, path)
        self._unique([q.id for q in questions], "quiz", "quiz question")
        return questions

    def _sections(self, raw: list[Any]) -> list[Section]:
        sections = []
        for i, item in enumerate(raw):
            path: Path_ = ("sections", i)
            m = self.f.mapping(item, path, _SECTION, "a section")
            if not m:
                continue
            sid = self.f.ident(m, "id", path, "section")
            raw_slides = self.f.items(m, "slides", path, required=True)
            if "slides" in m and not raw_slides:
                self.f.error((*path, "slides"), f"section {sid!r} has no slides")
            slides = [
                s
                for j, raw_slide in enumerate(raw_slides)
                if (s := self._slide(raw_slide, (*path, "slides", j), sid)) is not None
            ]
            sections.append(
                Section(
                    id=sid,
                    title=self.f.text(m, "title", path, required=True),
                    minutes=self.f.number(m, "minutes", path),
                    slides=tuple(slides),
                )
            )
        self._unique([s.id for s in sections], "sections", "section")
        return sections

    def _slide(self, raw: Any, path: Path_, section: str) -> Slide | None:
        f = self.f
        m = f.mapping(raw, path, _SLIDE, "a slide")
        if not m:
            return None
        layout = f.text(m, "layout", path, required=True)
        if layout and layout not in LAYOUTS:
            f.error(
                (*path, "layout"), f"unknown layout {layout!r}", "one of: " + ", ".join(LAYOUTS)
            )
        for key, layouts in _LAYOUT_KEYS.items():
            if key in m and layout in LAYOUTS and layout not in layouts:
                f.error(
                    (*path, key),
                    f"{key!r} has no meaning on a {layout!r} slide",
                    f"use it on a {' or '.join(layouts)} slide",
                )
        body = self._markdown(m, "body", path)
        notes = self._markdown(m, "notes", path)
        image = None
        if "image" in m:
            try:
                image = check_image(self.real_root, f.text(m, "image", path)).path
            except ImageRefused as exc:
                f.error((*path, "image"), str(exc), exc.hint)
        line, _ = f.doc.where(path)
        slide = Slide(
            id=f.ident(m, "id", path, "slide"),
            layout=layout,
            section=section,
            title=f.text(m, "title", path),
            subtitle=f.text(m, "subtitle", path),
            body=body,
            left=f.text(m, "left", path),
            right=f.text(m, "right", path),
            quote=f.text(m, "quote", path),
            attribution=f.text(m, "attribution", path),
            image=image,
            alt=f.text(m, "alt", path),
            caption=f.text(m, "caption", path),
            prompts=f.texts(m, "prompts", path),
            quiz=f.text(m, "quiz", path),
            dimensions=f.texts(m, "dimensions", path),
            argument=f.text(m, "argument", path),
            builds=f.flag(m, "builds", path),
            notes=notes,
            minutes=f.number(m, "minutes", path),
            source=f.doc.file,
            line=line,
            count_list_items=top_level_items,
        )
        for key in ("body", "notes", "left", "right", "quote", "caption"):
            text = getattr(slide, key)
            # A `body_file`/`notes_file` text was checked as it was read, at its own lines.
            if text and f"{key}_file" not in m:
                self.refs.in_yaml(f, (*path, key), text)
        if layout == "quiz" and not slide.quiz:
            f.error(path, "a quiz slide needs `quiz: QUESTION_ID`")
        if layout == "image" and "image" not in m:
            f.error(path, "an image slide needs `image: path/to/file.png`")
        if layout == "image" and not slide.alt:
            f.error(
                path, "an image slide needs `alt:` text", "describe the picture for screen readers"
            )
        if layout == "quote" and not slide.quote:
            f.error(path, "a quote slide needs `quote:`")
        if not slide.notes:
            f.warn(path, f"slide {slide.id!r} has no speaker notes", "add `notes:`")
        return slide

    def _markdown(self, m: dict, key: str, path: Path_) -> str:
        """Inline `key:` or the Markdown file named by `key_file:` (one, not both)."""
        inline = self.f.text(m, key, path)
        file_key = f"{key}_file"
        if file_key not in m:
            return inline
        if inline:
            self.f.error((*path, file_key), f"give either {key!r} or {file_key!r}, not both")
        written = self.f.text(m, file_key, path)
        file, why = inside(self.real_root, written)
        if file is None:
            self.f.error((*path, file_key), why, "give a path inside the deck folder")
            return ""
        if file.exists() and not file.is_file():  # a FIFO or device would never end
            self.f.error((*path, file_key), f"{written!r} is not a regular file")
            return ""
        try:
            text = read_text(file)
        except SourceError as exc:
            # Point at the YAML line that names the file as well as the file itself.
            line, col = self.f.doc.where((*path, file_key))
            self.f.problems.append(
                replace(exc.problem, hint=f"named at {self.f.doc.file.name}:{line}:{col}")
            )
            return ""
        self.refs.in_file(file, text)
        return text

    # -- cross-checks ------------------------------------------------------------------------

    def _check_slides(self, deck: Deck) -> None:
        seen: set[str] = set()
        dims = {d.id for d in deck.debate.dimensions} if deck.debate else set()
        questions = {q.id for q in deck.quiz}
        for i, section in enumerate(deck.sections):
            for j, slide in enumerate(section.slides):
                path: Path_ = ("sections", i, "slides", j)
                if slide.id in seen:
                    self.f.error(
                        (*path, "id"),
                        f"duplicate slide id {slide.id!r}",
                        "ids must be unique in the deck",
                    )
                seen.add(slide.id)
                if slide.layout == "quiz" and slide.quiz and slide.quiz not in questions:
                    self.f.error((*path, "quiz"), f"unknown quiz question {slide.quiz!r}")
                if slide.layout in _DEBATE_LAYOUTS and deck.debate is None:
                    self.f.error(
                        path, f"a {slide.layout} slide needs `debate: debate.yaml` in deck.yaml"
                    )
                self._check_debate_slide(deck, slide, path)
                for k, d in enumerate(slide.dimensions):
                    if d not in dims:
                        self.f.error((*path, "dimensions", k), f"unknown dimension {d!r}")
        # Comparison rows need the debate, so they are counted once it is read; only
        # comparison slides are copied (a copy per slide is a visible part of a big load).
        sections = tuple(
            replace(
                sec,
                slides=tuple(
                    replace(s, rows=comparison_rows(s, deck)) if s.layout == "comparison" else s
                    for s in sec.slides
                ),
            )
            for sec in deck.sections
        )
        object.__setattr__(deck, "sections", sections)
        object.__setattr__(deck, "slides", tuple(s for sec in sections for s in sec.slides))

    def _check_debate_slide(self, deck: Deck, slide: Slide, path: Path_) -> None:
        """An argument slide names a known argument; a motion slide needs the motion."""
        if deck.debate is None:
            return
        if slide.layout == "argument":
            if not slide.argument:
                self.f.error(path, "an argument slide needs `argument: ARGUMENT_ID`")
            elif deck.debate.argument(slide.argument) is None:
                self.f.error((*path, "argument"), f"unknown argument {slide.argument!r}")
        if slide.layout == "motion" and deck.debate.motion is None:
            self.f.error(
                path,
                "a motion slide needs `motion:` in debate.yaml",
                "add `motion: {text: ..., for: <position id>, against: <position id>}`",
            )

    def _unique(self, ids: list[str], key: str, what: str) -> None:
        seen: set[str] = set()
        for i, ident in enumerate(ids):
            if ident in seen:
                self.f.error(
                    (key, i, "id"),
                    f"duplicate {what} id {ident!r}",
                    "ids must be unique in the deck",
                )
            seen.add(ident)
