"""Generated decks of any size that use every layout, for benchmarks and fuzzing.

The bundled deck has 26 slides; a school's real decks grow far bigger, so the
export and load budgets are measured on decks of 50 to 2,000 slides. Each
section repeats one cycle of all nine layouts (plus a `body_file` variant),
so every size exercises the same mix. Writing them needs no Qt.
"""

from __future__ import annotations

import struct
import textwrap
import zlib
from pathlib import Path

from desktop_app.model.deck import LAYOUTS

#: One section of the generated deck: every layout, plus a content slide whose
#: body comes from a Markdown file, so loading reads files too.
_AT = LAYOUTS.index("content") + 1
CYCLE = (*LAYOUTS[:_AT], "content-file", *LAYOUTS[_AT:])

_BODY = """\
- **Open:** anyone can run, inspect and adapt the model
- **Closed:** the company keeps the weights behind an API
  - nested detail under the second point
- At stake: innovation, safety and who holds power
"""

_DEBATE = """\
format: 1
motion: {text: The most powerful AI models should be open., for: open, against: closed}
positions:
  - {id: open, label: Open-source AI, stance: Release models for all., color: "#1f6feb",
     marker: "◆"}
  - {id: closed, label: Closed AI, stance: Keep models behind an API., color: "#c2410c",
     marker: "■"}
  - {id: hybrid, label: Hybrid, stance: A middle path., color: "#7e22ce", marker: "▲"}
dimensions:
  - {id: access, title: Access vs. viability, question: "Who should build on the models?"}
  - {id: scrutiny, title: Scrutiny vs. safety, question: "Is inspection or control safer?"}
  - {id: custom, title: Customization vs. accountability, question: "Who answers for harm?"}
arguments:
"""


def _argument(side: str, dimension: str | None, answers: str) -> str:
    dim = f", dimension: {dimension}" if dimension else ""
    return (
        f"  - {{id: {side}-{dimension or 'middle'}, side: {side}{dim},"
        f" title: {side.title()} on {dimension or 'the middle'},"
        f" summary: One sentence that states the {side} argument plainly.,"
        f" answers: [{answers}]}}\n"
    )


def debate_yaml() -> str:
    text = _DEBATE
    for dimension in ("access", "scrutiny", "custom"):
        text += _argument("open", dimension, f"closed-{dimension}")
        text += _argument("closed", dimension, f"open-{dimension}")
    return text + _argument("hybrid", None, "")


def _slide(kind: str, n: int) -> str:
    """One slide of layout `kind` as YAML, indented for a section's `slides:` list."""
    head = f"- id: s{n}\n  notes: Talk about slide {n} for a minute.\n"
    layout = kind.removesuffix("-file")
    head += f"  layout: {layout}\n"
    body = {
        "title": f"  title: Deck slide {n}\n  subtitle: A generated subtitle\n",
        "section": f"  title: Part {n}\n  subtitle: What this part covers\n",
        "content": f"  title: Content {n}\n  builds: true\n  body: |\n"
        + textwrap.indent(_BODY, "    "),
        "content-file": f"  title: From a file {n}\n  body_file: md/body.md\n",
        "two-columns": f"  title: Columns {n}\n  builds: true\n  left: |\n"
        + textwrap.indent(_BODY, "    ")
        + "  right: |\n"
        + textwrap.indent(_BODY, "    "),
        "quote": "  quote: The tension between these two philosophies is a healthy one.\n"
        "  attribution: The article\n",
        "image": f"  title: Picture {n}\n  image: img/chart.png\n"
        "  alt: A blue gradient standing in for a chart.\n  caption: A caption.\n",
        "comparison": f"  title: Row by row {n}\n  builds: true\n",
        "question": f"  title: Where should the line be ({n})?\n  builds: true\n"
        "  prompts: [Who decides, What would change your mind]\n",
        "quiz": f"  quiz: q{n}\n",
        "argument": f"  title: Argument {n}\n  argument: open-access\n  body: |\n"
        + textwrap.indent(_BODY, "    "),
        "spectrum": f"  title: Between the sides ({n})\n",
        "motion": f"  title: Vote {n}\n  subtitle: Hands up. For, against or undecided?\n",
    }[kind]
    return head + body


def _quiz(n: int, section: str) -> str:
    return (
        f"  - id: q{n}\n    section: {section}\n    prompt: Why keep a model behind an API?\n"
        "    choices: [It is more accurate, To watch for misuse, It is cheaper]\n"
        "    answer: 1\n    explanation: An API lets the company cut off misuse.\n"
    )


def deck_yaml(count: int) -> str:
    sections, quiz = [], []
    for start in range(0, count, len(CYCLE)):
        section = f"part-{start // len(CYCLE) + 1}"
        slides = []
        for n in range(start, min(count, start + len(CYCLE))):
            kind = CYCLE[n % len(CYCLE)]
            slides.append(_slide(kind, n))
            if kind == "quiz":
                quiz.append(_quiz(n, section))
        sections.append(
            f"  - id: {section}\n    title: Part {section[5:]}\n    slides:\n"
            + textwrap.indent("".join(slides), "      ")
        )
    text = (
        f"format: 1\ntitle: Generated deck of {count} slides\ntheme: light\n"
        f"duration_minutes: {count}\ndebate: debate.yaml\n"
    )
    if quiz:
        text += "quiz:\n" + "".join(quiz)
    return text + "sections:\n" + "".join(sections)


def png(width: int = 320, height: int = 180) -> bytes:
    """A small gradient PNG, written by hand so the generator needs no image library."""
    rows = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in (30, 90 + 100 * x // width, 200))
        for _ in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def write_deck(folder: Path, count: int) -> Path:
    """Write a deck of `count` slides into `folder` (created) and return the folder."""
    (folder / "md").mkdir(parents=True, exist_ok=True)
    (folder / "img").mkdir(exist_ok=True)
    (folder / "deck.yaml").write_text(deck_yaml(count), encoding="utf-8")
    (folder / "debate.yaml").write_text(debate_yaml(), encoding="utf-8")
    (folder / "md" / "body.md").write_text(_BODY, encoding="utf-8")
    (folder / "img" / "chart.png").write_bytes(png())
    return folder


def write_big_deck(folder: Path) -> Path:
    """Issue #14's big but valid deck: a slide of 10,000 list items (and as many lines of
    notes), a slide of one 500 KB paragraph (notes too), an argument whose detail is
    10,000 list items."""
    folder.mkdir(parents=True, exist_ok=True)
    items = "".join(f"- item {i} with a few words of text\n" for i in range(10_000))
    (folder / "list.md").write_text(items, encoding="utf-8")
    (folder / "list.notes.md").write_text(items.replace("item", "note"), encoding="utf-8")
    (folder / "para.md").write_text("word " * 100_000 + "\n", encoding="utf-8")
    (folder / "para.notes.md").write_text("note " * 100_000 + "\n", encoding="utf-8")
    (folder / "deck.yaml").write_text(
        "format: 1\ntitle: Big slides\ndebate: debate.yaml\nsections:\n"
        "  - id: one\n    title: One\n    slides:\n"
        "      - {id: list, layout: content, title: Many items, body_file: list.md,"
        " notes_file: list.notes.md}\n"
        "      - {id: para, layout: content, title: One paragraph, body_file: para.md,"
        " notes_file: para.notes.md}\n"
        "      - {id: grid, layout: comparison, title: Side by side, notes: Compare.}\n",
        encoding="utf-8",
    )
    detail = textwrap.indent(items, "      ")
    (folder / "debate.yaml").write_text(
        _DEBATE + "  - id: open-access\n    side: open\n    dimension: access\n"
        "    title: Long detail\n    summary: A detail of 10,000 list items.\n"
        f"    detail: |\n{detail}" + _argument("closed", "access", "open-access"),
        encoding="utf-8",
    )
    return folder
