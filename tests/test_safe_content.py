"""A deck is untrusted input: what its Markdown pulls in stays inside its folder, raw HTML
goes through the allow-list, links keep only safe schemes, images are checked, and
`agora check` locates each refusal."""

from __future__ import annotations

import os
import struct
import time
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from desktop_app.deck_files import MAX_PIXELS, ImageRefused, check_image
from desktop_app.loader import check_deck, load_deck
from desktop_app.model.deck import Deck
from desktop_app.model.problems import Severity
from desktop_app.render.images import deck_image
from desktop_app.text.markdown import to_html
from desktop_app.text.safe_html import sanitize
from tests.conftest import MINIMAL_DECK


def png_bytes(width: int, height: int, color: int = 0xFF0000FF) -> bytes:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(color)
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def huge_png_header(width: int, height: int) -> bytes:
    """A PNG that claims an enormous size: signature, IHDR, an empty IDAT, IEND."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", b"") + chunk(b"IEND", b"")


def deck_with_body(make_deck, body: str, **files: str) -> Path:
    indented = "\n".join("          " + line for line in body.splitlines())
    text = MINIMAL_DECK.replace("          - first\n          - second\n", indented + "\n")
    return make_deck(text, **files)


def with_body(deck: Deck, body: str) -> Deck:
    """The deck with its first slide's body replaced, past the loader's checks: what the
    renderer does must not depend on the loader having refused a text."""
    slide = replace(deck.slides[0], body=body)
    slides = (slide, *deck.slides[1:])
    changed = replace(deck, sections=(replace(deck.sections[0], slides=slides),))
    object.__setattr__(changed, "slides", slides)
    return changed


def problems(root: Path, severity: Severity | None = None) -> list[str]:
    _, found = check_deck(root)
    return [p.format() for p in found if severity is None or p.severity is severity]


# -- raw HTML ------------------------------------------------------------------------------


def test_sanitizer_drops_dangerous_tags_with_their_content() -> None:
    html = sanitize(
        '<p onclick="x()">Hi <script>alert(1)</script><iframe src="http://e">'
        '</iframe><style>p{display:none}</style><b style="position:absolute">there</b></p>'
    )
    assert html == "<p>Hi <b>there</b></p>"


def test_sanitizer_unwraps_unknown_tags_and_keeps_their_text() -> None:
    assert sanitize("<p><blink>still here</blink></p>") == "<p>still here</p>"


def test_sanitizer_keeps_the_safe_subset() -> None:
    html = '<table><tr><th style="text-align: left;">A</th></tr></table><p><em>x</em></p>'
    assert sanitize(html) == '<table><tr><th style="text-align: left">A</th></tr></table>' + (
        "<p><em>x</em></p>"
    )


def test_raw_html_in_markdown_is_reported_with_its_location(make_deck) -> None:
    root = make_deck(
        MINIMAL_DECK.replace("body: |", "body_file: md/a.md").replace(
            "          - first\n          - second\n", ""
        ),
        **{"md/a.md": 'Intro\n\nText <script>steal()</script> and <b onmouseover="x">b</b>\n'},
    )
    found = problems(root, Severity.WARNING)
    assert any("md/a.md:3:6: warning: raw HTML <script> is dropped" in p for p in found), found
    assert any("md/a.md:3:35: warning: event attribute 'onmouseover'" in p for p in found), found
    deck = load_deck(root)
    html = to_html(deck.slides[0].body)
    assert "script" not in html and "steal" not in html and "onmouseover" not in html


def test_html_in_code_is_an_example_not_a_warning(make_deck) -> None:
    root = deck_with_body(make_deck, "Write `<script>` like this:\n\n```\n<iframe>\n```")
    assert not [p for p in problems(root) if "raw HTML" in p]


def test_hiding_styles_are_reported_and_dropped(make_deck) -> None:
    root = deck_with_body(make_deck, '<span style="color: white; font-weight: bold">x</span>')
    found = problems(root, Severity.WARNING)
    assert any("style 'color' is dropped" in p for p in found), found
    assert 'style="font-weight: bold"' in to_html(load_deck(root).slides[0].body)


# -- links ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "vbscript:x",
        "custom-app:open",
        "java\tscript:x",
    ],
)
def test_unsafe_link_schemes_are_reported_and_not_links(make_deck, target: str) -> None:
    root = deck_with_body(make_deck, f"See [this]({target}) now.")
    found = problems(root, Severity.WARNING)
    assert any("deck.yaml:" in p and "it is shown as plain text" in p for p in found)
    html = to_html(load_deck(root).slides[0].body)
    assert "<a" not in html and "this" in html


def test_safe_links_are_kept(make_deck) -> None:
    body = "[a](https://x.org) [b](mailto:t@x.org) [c](slide:bye) [d](http://y.org)"
    root = deck_with_body(make_deck, body)
    assert not [p for p in problems(root) if "link" in p]
    assert to_html(load_deck(root).slides[0].body).count("<a href=") == 4


def test_references_inside_code_are_left_alone(make_deck) -> None:
    root = deck_with_body(make_deck, "Write `[x](term:nope)` to link.\n\n```\n[y](slide:nada)\n```")
    assert load_deck(root).slides[0].id == "hello"


# -- images ---------------------------------------------------------------------------------


def test_markdown_images_outside_the_deck_are_errors(make_deck, tmp_path: Path) -> None:
    (tmp_path / "outside.png").write_bytes(png_bytes(4, 4))
    body = "![a](../outside.png)\n\n<img src='/etc/hostname'>\n\n![c](file:///etc/hostname)"
    root = deck_with_body(make_deck, body)
    found = problems(root, Severity.ERROR)
    assert any("leaves the deck folder" in p for p in found), found
    assert sum("is not a relative path inside the deck folder" in p for p in found) == 2, found


def test_symlink_out_of_the_deck_is_refused(make_deck, tmp_path: Path) -> None:
    (tmp_path / "secret.png").write_bytes(png_bytes(4, 4))
    root = deck_with_body(make_deck, "![a](pic.png)")
    (root / "pic.png").symlink_to(tmp_path / "secret.png")
    assert any("outside the deck folder" in p for p in problems(root, Severity.ERROR))


def test_missing_corrupt_and_mislabelled_images_are_located_errors(make_deck) -> None:
    root = deck_with_body(make_deck, "![a](gone.png)\n\n![b](broken.png)\n\n![c](text.png)")
    (root / "broken.png").write_bytes(png_bytes(40, 40)[:60])
    (root / "text.png").write_text("just words")
    found = problems(root, Severity.ERROR)
    assert any("deck.yaml:" in p and "image 'gone.png' not found" in p for p in found), found
    assert any("'broken.png' is damaged" in p for p in found), found
    assert any("'text.png' is not a PNG, JPEG" in p for p in found), found


def test_oversized_image_is_refused_from_its_header(make_deck) -> None:
    root = deck_with_body(make_deck, "![big](big.png)")
    (root / "big.png").write_bytes(huge_png_header(30000, 30000))
    found = problems(root, Severity.ERROR)
    limit = MAX_PIXELS // 1_000_000
    assert any(f"30000×30000 pixels; the limit is {limit} megapixels" in p for p in found)


def test_image_slide_uses_the_same_rule(make_deck) -> None:
    deck_yaml = MINIMAL_DECK.replace(
        "      - id: bye\n        layout: title\n        title: Bye\n",
        "      - id: bye\n        layout: image\n        image: big.png\n        alt: A map\n",
    )
    root = make_deck(deck_yaml)
    (root / "big.png").write_bytes(huge_png_header(30000, 30000))
    assert any("megapixels" in p for p in problems(root, Severity.ERROR))


def test_fifo_and_device_offered_as_images_finish_quickly(make_deck) -> None:
    root = deck_with_body(make_deck, "![f](pipe.png)\n\n![z](zero.png)")
    os.mkfifo(root / "pipe.png")
    try:
        os.mknod(root / "zero.png", 0o600 | __import__("stat").S_IFCHR, os.makedev(1, 5))
    except PermissionError:
        (root / "zero.png").symlink_to("/dev/zero")  # not root: a link out, refused too
    start = time.monotonic()
    found = problems(root, Severity.ERROR)
    assert time.monotonic() - start < 2
    assert any("'pipe.png' is not a regular file" in p for p in found), found
    assert any("zero.png" in p for p in found), found
    start = time.monotonic()
    assert deck_image(root.resolve(), "pipe.png", QSize(100, 100)).isNull()
    assert deck_image(root.resolve(), "zero.png", QSize(100, 100)).isNull()
    assert time.monotonic() - start < 2


def test_svg_with_entities_or_external_references_is_refused(tmp_path: Path) -> None:
    (tmp_path / "lol.svg").write_text(
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>'
    )
    (tmp_path / "ext.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<image xlink:href="file:///etc/passwd"/></svg>'
    )
    (tmp_path / "ok.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        '<rect width="5" height="5"/></svg>'
    )
    with pytest.raises(ImageRefused, match="DOCTYPE or entities"):
        check_image(tmp_path, "lol.svg")
    with pytest.raises(ImageRefused, match="must be self-contained"):
        check_image(tmp_path, "ext.svg")
    assert check_image(tmp_path, "ok.svg").kind == "svg"


def test_images_are_decoded_no_larger_than_shown(tmp_path: Path) -> None:
    (tmp_path / "wide.png").write_bytes(png_bytes(3000, 1000))
    image = deck_image(tmp_path, "wide.png", QSize(600, 600))
    assert image.width() == 1200 and image.height() == 400  # twice the box, for 4K screens


def test_slide_shows_a_deck_image_and_never_one_from_outside(make_deck, tmp_path: Path) -> None:
    from desktop_app.render.renderer import SlideRenderer

    red, blue = 0xFFFF0000, 0xFF0000FF
    (tmp_path / "outside.png").write_bytes(png_bytes(300, 300, blue))
    root = deck_with_body(make_deck, "![in](in.png)")
    (root / "in.png").write_bytes(png_bytes(300, 300, red))

    def colours(deck_root: Path) -> set[int]:
        deck = load_deck(deck_root)
        frame = SlideRenderer(deck).image(0, QSize(960, 540))
        return {frame.pixel(x, y) for x in range(0, 960, 8) for y in range(0, 540, 8)}

    assert red in colours(root)
    # The same slide naming the outside file directly: the loader refuses it, and even a
    # deck object built around the check shows nothing from outside.
    deck = load_deck(root)
    from dataclasses import replace

    slide = replace(
        deck.slides[0],
        body="![x](../outside.png)\n\n<img src='" + str(tmp_path / "outside.png") + "'>",
    )
    hostile = replace(deck, sections=(replace(deck.sections[0], slides=(slide, deck.slides[1])),))
    object.__setattr__(hostile, "slides", (slide, deck.slides[1]))
    frame = SlideRenderer(hostile).image(0, QSize(960, 540))
    assert blue not in {frame.pixel(x, y) for x in range(0, 960, 8) for y in range(0, 540, 8)}


# -- deck text in labels, and the study reader ----------------------------------------------


def test_slide_titles_in_study_notes_are_plain_text(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from desktop_app.study.store import StudyStore
    from desktop_app.views.study.notes_panel import NotesPanel

    store = StudyStore.open(tmp_path, "deck")
    panel = NotesPanel(store)
    qtbot.addWidget(panel)
    panel.set_slide("s", "<img src='/etc/x.png'><b>Title</b>")
    assert panel.heading.textFormat() is Qt.TextFormat.PlainText
    assert "<b>Title</b>" in panel.heading.text()
    store.close()


def test_study_reader_shows_deck_pictures_only(qtbot, make_deck, tmp_path: Path) -> None:
    from desktop_app.render.theme import load_theme
    from desktop_app.views.study.reader import Reader

    (tmp_path / "outside.png").write_bytes(png_bytes(200, 300))
    root = deck_with_body(make_deck, "![in](in.png)")
    (root / "in.png").write_bytes(png_bytes(200, 300))
    deck = load_deck(root)
    heights = []
    for shown in (
        deck,
        with_body(deck, f"![out](../outside.png) <img src='{tmp_path}/outside.png'>"),
    ):
        reader = Reader(shown, load_theme(deck.theme))
        qtbot.addWidget(reader)
        reader.show_slide(0)
        document = reader.text.document()
        document.setTextWidth(600)
        heights.append(document.size().height())
    assert heights[0] > 300 > heights[1]  # the deck's picture takes its place; outside ones none


def test_deck_text_in_tooltips_shows_as_written(qtbot, make_deck) -> None:
    from desktop_app.views.study.glossary_panel import GlossaryPanel

    text = MINIMAL_DECK.replace(
        "sections:",
        'glossary:\n  - id: t\n    term: T\n    definition: "&lt;img src=/etc/x.png&gt;"\n'
        "sections:",
    )
    panel = GlossaryPanel(load_deck(make_deck(text)))
    qtbot.addWidget(panel)
    tip = panel.list.item(0).toolTip()
    assert tip == "<p>&lt;img src=/etc/x.png&gt;</p>"  # shown as text, never as an image


def test_paper_pages_show_the_decks_own_pictures(make_deck, tmp_path: Path) -> None:
    """Notes pages lay out the notes' Markdown with the same image rule as the slides:
    the deck's own picture is drawn, not Qt's broken-image mark."""
    from pypdf import PdfReader

    from desktop_app.export.job import ExportJob
    from desktop_app.export.options import ExportOptions

    text = MINIMAL_DECK.replace(
        "notes: Say hello.", "notes: |\n          Say hello.\n\n          ![A red square](red.png)"
    )
    root = make_deck(text)
    (root / "red.png").write_bytes(png_bytes(64, 64))
    out = tmp_path / "notes.pdf"
    ExportJob(load_deck(root), ExportOptions(output=out, layout="notes")).run()

    xobjects = PdfReader(out).pages[0]["/Resources"].get("/XObject") or {}
    images = [o.get_object() for o in xobjects.values()]
    sizes = {(o.get("/Width"), o.get("/Height")) for o in images if o.get("/Subtype") == "/Image"}
    assert (64, 64) in sizes, sizes
