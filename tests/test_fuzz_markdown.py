"""Fuzzing Markdown bodies: random Markdown and HTML naming random paths and schemes
never makes Agora read a file outside the deck, and never raises anything but the
loader's own located problems.

Python-level file opens are watched with an audit hook while the deck is checked
and its slide drawn; the HTML handed to Qt is checked to name images only by the
`deck:` scheme (which Qt never resolves to a file by itself) and links only by
allowed schemes.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSize

from desktop_app.loader import check_deck, load_deck
from desktop_app.render.renderer import SlideRenderer
from desktop_app.text.markdown import to_html
from desktop_app.text.safe_html import LINK_SCHEMES
from tests.conftest import MINIMAL_DECK
from tests.test_safe_content import png_bytes, with_body

FUZZ = settings(
    max_examples=60, derandomize=True, deadline=3000, suppress_health_check=list(HealthCheck)
)

PATHS = [
    "pic.png",
    "sub/pic.png",
    "../outside.png",
    "sub/../../outside.png",
    "%2e%2e/outside.png",
    "/etc/hostname",
    "file:///etc/hostname",
    "FILE:/etc/hostname",
    "//server/share/x.png",
    "\\\\server\\share\\x.png",
    "C:/x.png",
    "qrc:/qt-project.org/styles/commonstyle/images/file-16.png",
    "data:image/png;base64,iVBORw0KGgo=",
    "link.png",
    "pipe.png",
    "",
    " pic.png ",
]
SCHEMES = ["javascript:", "JaVaScRiPt:", "java\nscript:", "file:", "vbscript:", "http://x.org/"]
SCHEMES += ["https://x.org/", "mailto:", "slide:", "term:", "custom:", "ftp://", "about:", ""]


def snippets() -> st.SearchStrategy[str]:
    path = st.sampled_from(PATHS)
    scheme = st.sampled_from(SCHEMES)
    return st.one_of(
        st.builds(lambda p: f"![alt]({p})", path),
        st.builds(lambda p: f"<img src='{p}'>", path),
        st.builds(lambda p: f'<img src="{p}" onerror="x()">', path),
        st.builds(lambda p: f'<p style="background-image: url({p})">x</p>', path),
        st.builds(lambda p: f'<table background="{p}"><tr><td>x</td></tr></table>', path),
        st.builds(lambda p: f'<link rel="stylesheet" href="{p}">', path),
        st.builds(lambda s, p: f"[link]({s}{p})", scheme, path),
        st.builds(lambda s, p: f'<a href="{s}{p}">a</a>', scheme, path),
        st.builds(lambda s: f"<{s}x>", scheme),
        st.builds(lambda p: f"[ref][r]\n\n[r]: {p}", path),
        st.sampled_from(
            [
                "<script>alert(1)</script>",
                "<style>p{display:none}</style>",
                "<iframe src='/etc/passwd'></iframe>",
                "<object data='x.swf'></object>",
                "<svg><image href='/etc/x.png'/></svg>",
                "`<img src=/etc/hostname>`",
                "```\n![x](/etc/hostname)\n```",
                "- item\n- <b>bold</b>",
                "# Heading",
                "<div",
                "&lt;img src=x&gt;",
                "<!-- <img src='/etc/hostname'> -->",
            ]
        ),
        st.text(alphabet="<>!()[]`'\"/=: abc\n", max_size=30),
    )


@contextmanager
def watched_opens() -> Iterator[list[str]]:
    """Every file Python opens while the block runs (imports of Agora's own code aside)."""
    opened: list[str] = []
    _active.append(opened)
    try:
        yield opened
    finally:
        _active.pop()


_active: list[list[str]] = []


def _hook(event: str, args: tuple) -> None:
    if _active and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        _active[-1].append(os.fsdecode(args[0]))


sys.addaudithook(_hook)  # hooks cannot be removed; this one records only inside the block
_HARMLESS = (sys.prefix, sys.base_prefix, str(Path(__file__).resolve().parent.parent))


def outside(opened: list[str], root: Path) -> list[str]:
    real = str(root.resolve())
    return [
        p
        for p in opened
        if not os.path.realpath(p).startswith(real + os.sep)
        and not p.endswith((".py", ".pyc"))  # lazy imports of the app's own modules
        and not os.path.realpath(p).startswith(_HARMLESS)
        and not os.path.realpath(p).startswith(os.environ.get("XDG_CACHE_HOME", "\0"))
    ]


def make_folder(base: Path) -> Path:
    root = base / "deck"
    (root / "sub").mkdir(parents=True)
    (base / "outside.png").write_bytes(png_bytes(8, 8))
    (root / "pic.png").write_bytes(png_bytes(8, 8))
    (root / "sub" / "pic.png").write_bytes(png_bytes(8, 8))
    (root / "link.png").symlink_to(base / "outside.png")
    os.mkfifo(root / "pipe.png")
    return root


@FUZZ
@given(st.lists(snippets(), min_size=1, max_size=6))
def test_markdown_never_reads_outside_the_deck(parts: list[str]) -> None:
    body = "\n\n".join(parts)
    with tempfile.TemporaryDirectory() as tmp:
        root = make_folder(Path(tmp))
        (root / "deck.yaml").write_text(MINIMAL_DECK, encoding="utf-8")
        (root / "body.md").write_text(body, encoding="utf-8")
        text = MINIMAL_DECK.replace("body: |\n          - first\n          - second\n", "")
        text = text.replace("builds: true", "body_file: body.md")
        (root / "deck.yaml").write_text(text, encoding="utf-8")
        with watched_opens() as opened:
            check_deck(root)  # problems are reported, never raised
            deck = with_body(load_deck(_base(root)), body)
            SlideRenderer(deck).image(0, QSize(480, 270))
        assert outside(opened, root) == []
        html = to_html(body)
        for src in re.findall(r'src="([^"]*)"', html):
            assert src.startswith("deck:"), html
        for href in re.findall(r'href="([^"]*)"', html):
            assert href.startswith("#") or href.split(":", 1)[0] in LINK_SCHEMES, html
        assert "url(" not in html and "background=" not in html and "<script" not in html


def _base(root: Path) -> Path:
    """A valid deck in the same folder, so the hostile body is drawn with the deck's own files."""
    (root / "deck.yaml").write_text(MINIMAL_DECK, encoding="utf-8")
    return root
