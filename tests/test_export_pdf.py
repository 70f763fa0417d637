"""PDF export: what a reader of the file finds — pages, text, fonts, outline, links, notes."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.export.job import ExportJob
from desktop_app.export.options import ExportOptions
from desktop_app.export.pages import quiz_questions
from desktop_app.model.deck import Deck
from desktop_app.render.fit import ensure_gui_app
from desktop_app.text.markdown import plain


@pytest.fixture(autouse=True)
def _gui(qapp) -> None:  # type: ignore[no-untyped-def]
    """pytest-qt's QApplication, shared with the widget tests, plus the bundled fonts."""
    ensure_gui_app()


def words(text: str) -> str:
    """Qt PDFs put tabs between words; compare on single spaces."""
    return re.sub(r"\s+", " ", text).strip()


def texts(path: Path) -> list[str]:
    """Each page's text as a reader's copy and search sees it.

    poppler's pdftotext is preferred: pypdf misreads the ToUnicode entries Qt
    writes for ligatures ("ti" comes out as a symbol), which poppler and PDF
    viewers read correctly.
    """
    reader = PdfReader(path)
    if shutil.which("pdftotext"):
        out = []
        for n in range(1, len(reader.pages) + 1):
            run = subprocess.run(
                ["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"],
                capture_output=True,
                text=True,
                check=True,
            )
            out.append(words(run.stdout))
        return out
    return [words(page.extract_text() or "") for page in reader.pages]


def outline(path: Path) -> list[tuple[int, str]]:
    """(depth, title) of every bookmark, in order."""
    out: list[tuple[int, str]] = []

    def walk(items: list, depth: int) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((depth, str(item.title)))

    walk(PdfReader(path).outline, 0)
    return out


def export(deck: Deck, path: Path, **options: object) -> Path:
    ExportJob(deck, ExportOptions(output=path, **options)).run()  # type: ignore[arg-type]
    return path


def test_slides_layout_one_16_9_page_per_slide_with_each_title(deck: Deck, tmp_path: Path) -> None:
    pdf = export(deck, tmp_path / "deck.pdf")
    reader = PdfReader(pdf)
    assert len(reader.pages) == len(deck.slides)
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (960, 540)
    pages = texts(pdf)
    for slide, text in zip(deck.slides, pages, strict=True):
        if slide.title and slide.layout not in ("quiz", "comparison"):
            assert words(slide.title) in text, slide.id
    # The footer numbers slides (title and section slides have none).
    n = next(i for i, s in enumerate(deck.slides) if i > 2 and s.layout not in ("title", "section"))
    assert f"{n + 1} / {len(deck.slides)}" in pages[n]
    assert pdf.stat().st_size < 1_000_000


def test_builds_all_gives_a_page_per_step(deck: Deck, tmp_path: Path) -> None:
    pdf = export(deck, tmp_path / "steps.pdf", builds="all")
    assert len(PdfReader(pdf).pages) == sum(s.steps for s in deck.slides)
    assert sum(s.steps for s in deck.slides) > len(deck.slides)


def test_fonts_are_embedded(deck: Deck, tmp_path: Path) -> None:
    pdf = export(deck, tmp_path / "deck.pdf", slides=(1,))
    fonts = PdfReader(pdf).pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        descendant = ref.get_object()["/DescendantFonts"][0].get_object()
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor or "/FontFile3" in descriptor


def test_metadata_and_outline_by_section(deck: Deck, tmp_path: Path) -> None:
    pdf = export(deck, tmp_path / "deck.pdf")
    meta = PdfReader(pdf).metadata
    assert meta.title == deck.title
    assert meta.author == ", ".join(deck.authors)
    assert meta.subject == deck.subtitle
    assert meta.creator == "Agora"
    marks = outline(pdf)
    sections = [title for depth, title in marks if depth == 0]
    assert sections == [s.title for s in deck.sections]
    assert (1, deck.slides[1].title) in marks


def test_deck_links_resolved_web_links_kept(make_deck, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.loader import load_deck

    root = make_deck("""\
        format: 1
        title: Links
        glossary:
          - id: weights
            term: Weights
            definition: Numbers a model learned.
        sections:
          - id: one
            title: One
            slides:
              - id: first
                layout: content
                title: First
                body: |
                  See [the web](https://example.org), [later](slide:second)
                  and [weights](term:weights).
              - id: second
                layout: content
                title: Second
                body: Plain.
        """)
    deck = load_deck(root)

    def links(pdf: Path) -> list[dict]:  # type: ignore[type-arg]
        page = PdfReader(pdf).pages[0]
        return [a.get_object()["/A"] for a in page.get("/Annots", [])]

    actions = links(export(deck, tmp_path / "s.pdf"))
    assert {a.get("/URI") for a in actions if a["/S"] == "/URI"} == {"https://example.org"}
    goto = [a for a in actions if a["/S"] == "/GoTo"]
    assert len(goto) == 1  # slide: jumps; term: has no glossary page to go to
    reader = PdfReader(tmp_path / "s.pdf")
    assert reader.get_page_number(goto[0]["/D"][0].get_object()) == 1

    handout = export(deck, tmp_path / "h.pdf", layout="handout", paper="a4")
    targets = [a for a in links(handout) if a["/S"] == "/GoTo"]
    reader = PdfReader(handout)
    pages = {reader.get_page_number(a["/D"][0].get_object()) for a in targets}
    glossary = next(
        i for i, t in enumerate(texts(handout)) if t.startswith(deck.title) and "Glossary" in t
    )
    assert glossary in pages


def test_handout_three_slides_a_page_then_answers_and_glossary(deck: Deck, tmp_path: Path) -> None:
    pdf = export(deck, tmp_path / "h.pdf", layout="handout", paper="a4")
    reader = PdfReader(pdf)
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)
    slide_pages = -(-len(deck.slides) // 3)
    pages = texts(pdf)
    assert all(deck.title in text for text in pages)
    assert f"Page 1 of {len(pages)}" in pages[0]
    answers = pages[slide_pages]
    assert answers.startswith(deck.title) and "Answers" in answers
    question = quiz_questions(deck, None)[0]
    assert plain(question.prompt) in answers  # Markdown typography: curly quotes
    assert plain(question.explanation)[:40] in answers
    assert any("Glossary" in p for p in pages[slide_pages:])
    glossary = " ".join(pages[slide_pages:])
    assert all(words(term.term) in glossary for term in deck.glossary)


def test_handout_quiz_slides_hide_the_answer(deck: Deck, tmp_path: Path) -> None:
    quiz = next(i for i, s in enumerate(deck.slides) if s.layout == "quiz")
    pdf = export(deck, tmp_path / "h.pdf", layout="handout", slides=(quiz,), paper="letter")
    reader = PdfReader(pdf)
    assert (
        round(float(reader.pages[0].mediabox.width)),
        round(float(reader.pages[0].mediabox.height)),
    ) == (612, 792)
    assert "Correct" not in texts(pdf)[0]
    slides_pdf = export(deck, tmp_path / "s.pdf", slides=(quiz,))
    assert "Correct" in texts(slides_pdf)[0]


def test_notes_layout_has_each_slides_notes(deck: Deck, tmp_path: Path) -> None:
    pdf = export(deck, tmp_path / "n.pdf", layout="notes", paper="a4", slides=(0, 1, 2))
    pages = texts(pdf)
    assert len(pages) == 3
    for slide, text in zip(deck.slides[:3], pages, strict=True):
        assert words(slide.notes)[:30].replace("*", "") in text.replace("*", "")
        assert f"Slide {deck.slides.index(slide) + 1} of {len(deck.slides)}" in text


def test_long_notes_continue_on_another_page(make_deck, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.loader import load_deck

    long_notes = "\n\n".join(f"Paragraph {n} of the speaker's notes." for n in range(1, 120))
    root = make_deck(
        """\
        format: 1
        title: Wordy
        sections:
          - id: one
            title: One
            slides:
              - id: only
                layout: title
                title: Only
                notes_file: md/only.notes.md
        """,
        **{"md/only.notes.md": long_notes},
    )
    pdf = export(load_deck(root), tmp_path / "n.pdf", layout="notes", paper="a4")
    pages = texts(pdf)
    assert len(pages) >= 2
    assert "continued" in pages[1]
    assert "Paragraph 1 " in pages[0] and "Paragraph 119 " in pages[-1] + " "
    every = " ".join(pages)
    assert all(f"Paragraph {n} " in every + " " for n in range(1, 120))


def test_pdf_notes_become_closed_annotations_and_a_pdfpc_file(deck: Deck, tmp_path: Path) -> None:
    pdf = export(deck, tmp_path / "talk.pdf", pdf_notes=True, builds="all")
    reader = PdfReader(pdf)
    first = [a.get_object() for a in reader.pages[0]["/Annots"]]
    text = next(a for a in first if a["/Subtype"] == "/Text")
    assert words(str(text["/Contents"])) == words(deck.slides[0].notes)
    assert text["/Open"].value is False
    pdfpc = json.loads((tmp_path / "talk.pdfpc").read_text(encoding="utf-8"))
    assert pdfpc["pdfpcFormat"] == 2
    assert len(pdfpc["pages"]) == len(reader.pages)
    built = next(i for i, s in enumerate(deck.slides) if s.steps > 1)
    entries = [p for p in pdfpc["pages"] if p["label"] == str(built + 1)]
    assert [p["overlay"] for p in entries] == list(range(deck.slides[built].steps))
    assert pdfpc["pages"][0]["note"] == deck.slides[0].notes.strip()


def test_comparison_pages_overview_and_one_per_dimension(deck: Deck, tmp_path: Path) -> None:
    assert deck.debate is not None
    pdf = export(deck, tmp_path / "c.pdf", slides=(0,), comparison_pages=True)
    assert len(PdfReader(pdf).pages) == 2 + len(deck.debate.dimensions)
    marks = [title for _, title in outline(pdf)]
    assert any(title.startswith("Comparison:") for title in marks)


def test_same_image_on_two_slides_is_embedded_once(make_deck, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImage

    from desktop_app.loader import load_deck

    root = make_deck("""\
        format: 1
        title: Pictures
        sections:
          - id: one
            title: One
            slides:
              - {id: a, layout: image, title: A, image: img/p.png, alt: A picture}
              - {id: b, layout: image, title: B, image: img/p.png, alt: The same picture}
        """)
    (root / "img").mkdir()
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    image.save(str(root / "img" / "p.png"))
    pdf = export(load_deck(root), tmp_path / "p.pdf")
    objects = {
        ref.idnum
        for page in PdfReader(pdf).pages
        for ref in page["/Resources"].get("/XObject", {}).values()
        if ref.get_object()["/Subtype"] == "/Image"
    }
    assert len(objects) == 1
