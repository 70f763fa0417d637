"""Live reload: edits show up on the same slide; broken edits keep the talk on screen."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.loader import check_deck, load_deck
from desktop_app.state.deck_watcher import DeckWatcher, deck_paths
from desktop_app.state.presentation import PresentationState
from desktop_app.views.audience import AudienceWindow
from tests.conftest import show_audience

DECK = """\
format: 1
title: Reloading
sections:
  - id: a
    title: A
    slides:
      - id: first
        layout: title
        title: First
      - id: second
        layout: content
        title: Second
        body_file: md/second.md
      - id: third
        layout: title
        title: Third
"""


@pytest.fixture
def root(make_deck) -> Path:
    return make_deck(DECK, **{"md/second.md": "- a point\n", "md/.hidden.md": "x"})


@pytest.fixture
def window(qtbot, root: Path) -> AudienceWindow:
    w = show_audience(qtbot, AudienceWindow(PresentationState(load_deck(root))))
    w.state.goto(1)
    return w


def replace_atomically(path: Path, text: str) -> None:
    """How many editors save: write a new file, then rename it over the old one."""
    temp = path.with_name(path.name + ".tmp~")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


def current_title(window: AudienceWindow) -> str:
    slide = window.state.slide
    return slide.title if slide else ""


def test_editing_deck_yaml_reloads_on_the_same_slide(qtbot, window, root) -> None:
    (root / "deck.yaml").write_text(DECK.replace("title: Second", "title: Second, edited"))
    qtbot.waitUntil(lambda: current_title(window) == "Second, edited", timeout=3000)
    assert window.state.index == 1
    assert not window.banner.isVisible()


def test_editing_a_markdown_file_reloads(qtbot, window, root) -> None:
    (root / "md" / "second.md").write_text("- a new point\n- another\n")
    qtbot.waitUntil(lambda: "another" in window.state.slide.body, timeout=3000)


def test_atomic_saves_keep_being_noticed(qtbot, window, root) -> None:
    deck_yaml = root / "deck.yaml"
    for n in (1, 2, 3):
        replace_atomically(deck_yaml, DECK.replace("title: Third", f"title: Third v{n}"))
        qtbot.waitUntil(
            lambda n=n: window.state.deck.slides[2].title == f"Third v{n}", timeout=3000
        )
    assert str(deck_yaml) in window.watcher.watched()


def test_broken_yaml_keeps_last_good_deck_and_shows_where(qtbot, window, root) -> None:
    good = window.state.deck
    lines = DECK.splitlines()
    lines[9] = "        title: [unclosed"  # line 10 of deck.yaml
    (root / "deck.yaml").write_text("\n".join(lines) + "\n")
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)
    assert window.state.deck is good
    assert current_title(window) == "Second"
    # YAML notices an unclosed bracket on the line after it; either is where to look.
    assert any(re.match(r"deck\.yaml:1[01]:\d+: error: YAML", line) for line in window.banner.lines)
    assert window.banner.accessibleName() == "Deck problems"
    # Fixing the file hides the banner by itself.
    (root / "deck.yaml").write_text(DECK.replace("title: Second", "title: Fixed"))
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=3000)
    assert current_title(window) == "Fixed"


def test_invalid_deck_reports_file_and_line(qtbot, window, root) -> None:
    (root / "deck.yaml").write_text(DECK.replace("layout: content", "layout: nonsense"))
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)
    assert any(
        line.startswith("deck.yaml:11") and "nonsense" in line for line in window.banner.lines
    )


def test_banner_closes_with_button_and_escape(qtbot, window, root) -> None:
    (root / "deck.yaml").write_text("format: 1\ntitle: [\n")
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)
    qtbot.mouseClick(window.banner.close_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    assert window.slide_view.hasFocus()
    window.watcher.reload()  # Ctrl+R: still broken, the banner comes back
    assert window.banner.isVisible()
    qtbot.keyClick(window.slide_view, Qt.Key.Key_Escape)
    assert not window.banner.isVisible()
    assert not window.overview_shown  # Esc closed the banner, nothing more


def test_reload_shortcut_reads_the_files_now(qtbot, window, root) -> None:
    (root / "deck.yaml").write_text(DECK.replace("title: First", "title: Now"))
    window.commands["file.reload"].trigger()
    assert window.state.deck.slides[0].title == "Now"


def test_watcher_covers_every_deck_file_but_hidden_ones(root: Path) -> None:
    paths = deck_paths(root)
    assert str(root / "deck.yaml") in paths
    assert str(root / "md" / "second.md") in paths
    assert str(root / "md") in paths
    assert str(root / "md" / ".hidden.md") not in paths


def test_watcher_never_enters_git_or_node_modules(root: Path) -> None:
    for folder in (".git/objects/ab", "node_modules/pkg/docs", "md/__pycache__"):
        (root / folder).mkdir(parents=True)
        for k in range(30):
            (root / folder / f"f{k}.md").write_text("# not deck content")
    (root / "md" / "zz-last.md").write_text("# still watched")
    paths = deck_paths(root)
    assert not [p for p in paths if "node_modules" in p or ".git" in p or "__pycache__" in p]
    assert str(root / "md" / "zz-last.md") in paths


def test_watcher_signals_without_a_window(qtbot, root: Path) -> None:
    state = PresentationState(load_deck(root))
    watcher = DeckWatcher(state, root, check_deck)
    (root / "deck.yaml").write_text("not: [valid")
    with qtbot.waitSignal(watcher.failed, timeout=3000) as blocker:
        pass
    assert blocker.args[0] and watcher.problems
    assert state.deck.title == "Reloading"
    (root / "deck.yaml").write_text(DECK.replace("Reloading", "Again"))
    with qtbot.waitSignal(watcher.reloaded, timeout=3000):
        pass
    assert state.deck.title == "Again"
    assert watcher.problems == []
