"""Big but valid slides stay fast: 10,000 list items or a 500 KB paragraph.

`agora check` and `agora export` stay within 2 s and showing the slide within
100 ms. Times are CPU time of this process, as in `make bench`, so the other
load on a shared machine does not count.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from desktop_app.cli.main import main
from desktop_app.loader import load_deck
from desktop_app.render.renderer import SlideRenderer
from desktop_app.text.markdown import to_html


@pytest.fixture(scope="module")
def big_deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("big")
    items = "\n".join(f"          - item {i} with a few words of text" for i in range(10_000))
    (root / "deck.yaml").write_text(
        "format: 1\ntitle: Big\nsections:\n  - id: one\n    title: One\n    slides:\n"
        "      - id: list\n        layout: content\n        title: Many items\n"
        f"        body: |\n{items}\n        notes: n\n"
        "      - id: para\n        layout: content\n        title: One long paragraph\n"
        f"        body: {'word ' * 100_000}\n        notes: n\n",
        encoding="utf-8",
    )
    return root


def cpu(action: Callable[[], object]) -> float:
    start = time.process_time()
    action()
    return time.process_time() - start


def test_check_is_fast_and_names_the_overflowing_slides(
    big_deck: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seconds = cpu(lambda: main(["check", str(big_deck)]))
    err = capsys.readouterr().err
    assert f"{big_deck / 'deck.yaml'}:7: warning: slide 'list' overflows" in err
    assert "deck.yaml:10012: warning: slide 'para' overflows" in err
    assert seconds <= 2.0, f"agora check took {seconds:.2f} s of CPU"


def test_export_is_fast(big_deck: Path, tmp_path: Path) -> None:
    out = tmp_path / "big.pdf"
    seconds = cpu(lambda: main(["export", str(big_deck), "-o", str(out)]))
    assert out.stat().st_size > 0
    assert seconds <= 2.0, f"agora export took {seconds:.2f} s of CPU"


def test_showing_a_big_slide_takes_under_100_ms(big_deck: Path) -> None:
    deck = load_deck(big_deck)
    to_html("warm up *the* Markdown engine")  # loaded once per run, not per slide
    renderer = SlideRenderer(deck)
    for index in range(len(deck.slides)):
        seconds = cpu(lambda index=index: renderer.image(index, QSize(1920, 1080)))
        assert seconds <= 0.1, f"slide {index + 1} took {seconds * 1000:.0f} ms of CPU"
