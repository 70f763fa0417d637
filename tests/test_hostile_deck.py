"""Issue #14's done-when, end to end: a deck from a stranger that tries every trick.

`agora check` names each problem once, at its own file and line, and exits 1;
`agora export` writes nothing for it; and a deck object that got past the
loader still exports no picture from outside its folder, in any layout.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli.main import main
from desktop_app.export.job import ExportJob
from desktop_app.export.options import ExportOptions
from desktop_app.loader import load_deck
from tests.conftest import EXAMPLE_DECK, MINIMAL_DECK
from tests.test_safe_content import huge_png_header, png_bytes, with_body

#: hostile.md, one trick per line, and what `agora check` says about that line.
TRICKS = [
    ("# Hostile", ""),
    ("![up](../outside.png)", "error: path '../outside.png' leaves the deck folder"),
    ('<img src="/etc/hostname">', "error: image '/etc/hostname' is not a relative path"),
    ('<img src="file:///etc/hostname">', "error: image 'file:///etc/hostname' is not a relative"),
    ("![link](out.png)", "error: path 'out.png' points outside the deck folder"),
    ("![fifo](pipe.png)", "error: image 'pipe.png' is not a regular file"),
    ("![zero](zero.png)", "error: "),  # a device (as root) or a link to /dev/zero
    ("![bad](corrupt.png)", "error: 'corrupt.png' is not a PNG, JPEG, GIF, BMP, WebP or SVG"),
    ("![huge](huge.png)", "error: image 'huge.png' has 30000×30000 pixels; the limit is 40"),
    ("![lol](lol.svg)", "error: SVG 'lol.svg' declares a DOCTYPE or entities"),
    ("![ext](ext.svg)", "error: SVG 'ext.svg' declares a DOCTYPE or entities"),
    ("<script>alert(1)</script>", "warning: raw HTML <script> is dropped"),
    ("<style>p { color: red }</style>", "warning: raw HTML <style> is dropped"),
    ('<iframe src="https://example.com"></iframe>', "warning: raw HTML <iframe> is dropped"),
    ('<object data="x.swf"></object>', "warning: raw HTML <object> is dropped"),
    ('<embed src="x.swf">', "warning: raw HTML <embed> is dropped"),
    ('<form action="https://example.com">go</form>', "warning: raw HTML <form> is dropped"),
    ('<input name="q">', "warning: raw HTML <input> is dropped"),
    ('<p onclick="alert(1)">click</p>', "warning: event attribute 'onclick' is not allowed"),
    ('<p style="display:none">hidden</p>', "warning: style 'display' is dropped"),
    ('<p style="position:absolute">over</p>', "warning: style 'position' is dropped"),
    ("[js](javascript:alert(1))", "warning: link scheme 'javascript:' is not allowed"),
    ("[file](file:///etc/passwd)", "warning: link scheme 'file:' is not allowed"),
    ("[custom](myapp://do-something)", "warning: link scheme 'myapp:' is not allowed"),
    ("Show the syntax: `[x](term:nowhere)`", ""),  # an example in code, not a reference
    ('<div style="background: url(../outside.png)">css</div>', "style 'background' is dropped"),
]

DECK = """\
format: 1
title: Hostile
debate: debate.yaml
glossary:
  - {id: red-teaming, term: Red teaming, definition: Attacking your own system.}
  - {id: misuse, term: Misuse, definition: Use for harm.}
sections:
  - id: one
    title: One
    slides:
      - id: bad
        layout: content
        title: Bad
        body_file: hostile.md
        notes: n
  - id: empty
    title: Empty
    slides: []
"""


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    root = tmp_path / "deck"
    root.mkdir()
    (tmp_path / "outside.png").write_bytes(png_bytes(37, 23))
    (root / "hostile.md").write_text("".join(f"{line}\n" for line, _ in TRICKS))
    (root / "deck.yaml").write_text(DECK)
    debate = (EXAMPLE_DECK / "debate.yaml").read_text(encoding="utf-8")
    debate = debate.replace("  - id: hybrid\n", "  - id: middle\n", 1)
    debate = debate.replace(
        "    dimension: scrutiny-vs-safety\n    title: Transparency", "    title: Transparency", 1
    )
    (root / "debate.yaml").write_text(debate)
    (root / "huge.png").write_bytes(huge_png_header(30000, 30000))
    (root / "corrupt.png").write_bytes(b"\x89PNG\r\n\x1a\nthis is not a picture")
    os.mkfifo(root / "pipe.png")
    try:
        os.mknod(root / "zero.png", 0o600 | stat.S_IFCHR, os.makedev(1, 5))
    except PermissionError:
        (root / "zero.png").symlink_to("/dev/zero")
    (root / "out.png").symlink_to(tmp_path / "outside.png")
    (root / "lol.svg").write_text(
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<svg xmlns="http://www.w3.org/2000/svg">&b;</svg>'
    )
    (root / "ext.svg").write_text(
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<svg xmlns="http://www.w3.org/2000/svg">&x;</svg>'
    )
    return root


def test_check_locates_every_trick_once_and_exits_1(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(hostile)]) == 1
    lines = capsys.readouterr().err.splitlines()
    md = hostile / "hostile.md"
    for number, (_, said) in enumerate(TRICKS, start=1):
        here = [line for line in lines if line.startswith(f"{md}:{number}:")]
        if said:
            assert len(here) == 1 and said in here[0], (number, here)
        else:
            assert here == [], here
    debate, deck = hostile / "debate.yaml", hostile / "deck.yaml"
    expected = [
        f"{debate}:21:5: error: unknown position id 'middle' (one of: open, closed, hybrid)",
        f"{debate}:33:5: error: open argument 'open-transparency' needs a `dimension:`",
        f"{deck}:18:5: error: section 'empty' has no slides",
    ]
    for start in expected:
        assert sum(line.startswith(start) for line in lines) == 1, (start, lines)
    # Each problem once: a body file's text is not checked again at the slide that names it.
    located = [line for line in lines if ": error: " in line or ": warning: " in line]
    assert len(located) == len(set(located))
    assert not any(line.startswith(f"{deck}:11:") for line in lines), lines


def test_a_deck_without_sections_is_a_located_error(
    make_deck, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_deck("format: 1\ntitle: Empty\nsections: []\n")
    assert main(["check", str(root)]) == 1
    assert f"{root / 'deck.yaml'}:3:" in capsys.readouterr().err


def test_export_of_the_hostile_deck_writes_nothing(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    assert main(["export", str(hostile), "-o", str(out)]) == 1
    assert not out.exists()


def image_sizes(pdf: Path) -> set[tuple[int, int]]:
    sizes = set()
    for page in PdfReader(pdf).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                sizes.add((int(obj["/Width"]), int(obj["/Height"])))
    return sizes


@pytest.mark.parametrize("layout", ["slides", "handout", "notes", "study-guide"])
def test_no_export_holds_a_picture_from_outside(make_deck, tmp_path: Path, layout: str) -> None:
    """Past the loader (a deck object whose text names outside files), every layout still
    draws the deck's own picture and nothing from outside (a 37×23 picture)."""
    (tmp_path / "outside.png").write_bytes(png_bytes(37, 23))
    root = make_deck(MINIMAL_DECK)
    (root / "in.png").write_bytes(png_bytes(64, 48))
    shutil.copy(tmp_path / "outside.png", tmp_path / "also-outside.png")
    (root / "link.png").symlink_to(tmp_path / "also-outside.png")
    body = (
        "![in](in.png)\n\n![up](../outside.png)\n\n![link](link.png)\n\n"
        f"<img src='{tmp_path}/outside.png'> <img src='file://{tmp_path}/outside.png'>\n\n"
        "<div style='background: url(../outside.png)'>x</div>"
    )
    deck = with_body(load_deck(root), body)
    out = tmp_path / f"{layout}.pdf"
    ExportJob(deck, ExportOptions(output=out, layout=layout)).run()  # type: ignore[arg-type]
    sizes = image_sizes(out)
    assert (37, 23) not in sizes
    assert any(w / h == 64 / 48 for w, h in sizes), sizes  # the deck's own picture is there
