"""One state per open deck: every window follows a reload of it, on the same slide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.app import settings
from desktop_app.loader import check_deck, load_deck
from desktop_app.state.live import live_reload
from desktop_app.state.presentation import PresentationState, Screen
from desktop_app.views.audience import AudienceWindow
from desktop_app.views.comparison.view import ComparisonView
from desktop_app.views.presenter import Presenter
from desktop_app.views.study import open_study_window
from tests.conftest import show_audience

DECK = """\
format: 1
title: Shared
sections:
  - id: a
    title: A
    slides:
      - {id: one, layout: title, title: One}
      - {id: two, layout: title, title: Two}
      - {id: three, layout: title, title: Three}
"""


@pytest.fixture
def root(make_deck: Callable[..., Path]) -> Path:
    return make_deck(DECK)


@pytest.fixture
def presenter(qtbot, root: Path) -> Presenter:  # type: ignore[no-untyped-def]
    p = Presenter(PresentationState(load_deck(root)), settings(), start=2)
    qtbot.addWidget(p.console)
    qtbot.addWidget(p.audience)
    p.show()
    return p


def test_every_window_of_a_deck_shares_one_watcher(presenter: Presenter) -> None:
    assert live_reload(presenter.state, check_deck) is presenter.reloader


def test_a_broken_edit_keeps_the_slides_and_shows_the_console_banner(
    presenter: Presenter, root: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    (root / "deck.yaml").write_text("format: 1\ntitle: [broken\n", encoding="utf-8")
    presenter.reloader.reload()
    banner = presenter.console.banner
    assert not banner.isHidden()
    assert any("deck.yaml" in line for line in banner.lines)
    assert presenter.state.slide is not None and presenter.state.slide.id == "two"
    (root / "deck.yaml").write_text(DECK.replace("Two", "Two again"), encoding="utf-8")
    presenter.reloader.reload()
    assert banner.isHidden()
    assert presenter.console.current.renderer.deck.slides[1].title == "Two again"


def test_a_show_from_the_audience_window_drives_its_state_and_ends_on_the_slide_by_id(
    qtbot, root: Path
) -> None:  # type: ignore[no-untyped-def]
    state = PresentationState(load_deck(root))
    window = show_audience(qtbot, AudienceWindow(state))
    state.setParent(window)
    state.goto(1)
    presenter = window.modes.present()
    qtbot.addWidget(presenter.console)
    qtbot.addWidget(presenter.audience)
    assert presenter.state is state and presenter.reloader is window.watcher
    presenter.actions.black.trigger()
    # The author inserts a slide before the current one during the show.
    text = DECK.replace(
        "      - {id: one", "      - {id: new, layout: title, title: New}\n      - {id: one"
    )
    (root / "deck.yaml").write_text(text, encoding="utf-8")
    presenter.reloader.reload()
    assert presenter.console.current.renderer.deck is state.deck
    presenter.actions.end_show.trigger()
    qtbot.waitUntil(window.isVisible)
    assert state.slide is not None and state.slide.id == "two" and state.index == 2
    assert window.slide_view.renderer.deck is state.deck
    assert state.screen is Screen.SLIDE  # the black screen ended with the show


DEBATE = """\
format: 1
motion: {text: Models should be open., for: open, against: closed}
positions:
  - {id: open, label: Open, stance: Release.}
  - {id: closed, label: Closed, stance: Keep.}
dimensions:
  - {id: a, title: Access}
arguments:
  - {id: open-a, side: open, dimension: a, title: Open A, summary: Open on access.}
  - {id: closed-a, side: closed, dimension: a, title: Closed A, summary: Closed on it.}
"""


def test_study_mode_follows_a_reload_on_the_same_slide(qtbot, root: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    state = PresentationState(load_deck(root))
    study = open_study_window(state, tmp_path / "data")
    qtbot.addWidget(study)
    study.show()
    study.go(1)
    (root / "deck.yaml").write_text(
        DECK.replace("title: Two}", "title: Two, notes: Fresh notes}").replace(
            "{id: one, layout: title, title: One}",
            "{id: zero, layout: title, title: Zero}\n      - {id: one, layout: title, title: One}",
        ),
        encoding="utf-8",
    )
    qtbot.waitUntil(lambda: state.count == 4, timeout=3000)  # the real watcher, debounced
    assert study.deck is state.deck and study.index == 2
    assert "Fresh notes" in study.reader.text.toPlainText()
    assert study.toc.currentItem().text(0).strip().endswith("Two")
    (root / "deck.yaml").write_text("format: 1\ntitle: [broken\n", encoding="utf-8")
    qtbot.waitUntil(lambda: not study.banner.isHidden(), timeout=3000)
    assert study.deck is state.deck and study.index == 2


def test_the_comparison_follows_a_reload_keeping_its_selection(
    qtbot, make_deck: Callable[..., Path]
) -> None:  # type: ignore[no-untyped-def]
    text = DECK.replace("title: Shared\n", "title: Shared\ndebate: debate.yaml\n")
    root = make_deck(text, **{"debate.yaml": DEBATE})
    p = Presenter(PresentationState(load_deck(root)), settings())
    qtbot.addWidget(p.console)
    qtbot.addWidget(p.audience)
    p.show()
    p.actions.comparison.trigger()
    driver, room = p.comparison.driver(), p.comparison.shown()[0]
    p.state.comparison.select("closed-a", True)
    (root / "debate.yaml").write_text(DEBATE.replace("Closed A,", "Closed A edited,"), "utf-8")
    qtbot.waitUntil(lambda: driver.detail.argument.title == "Closed A edited", timeout=3000)  # type: ignore[union-attr]
    assert room.detail.argument is not None and room.detail.argument.title == "Closed A edited"
    assert p.state.comparison.selected == "closed-a"


def test_opening_another_deck_gives_the_poll_that_decks_tally(
    qtbot, make_deck: Callable[..., Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    text = DECK.replace("title: Shared\n", "title: Shared\ndebate: debate.yaml\n")
    first = make_deck(text, **{"debate.yaml": DEBATE})
    other = tmp_path / "other"
    other.mkdir()
    (other / "deck.yaml").write_text(text.replace("Shared", "Other"), encoding="utf-8")
    (other / "debate.yaml").write_text(DEBATE, encoding="utf-8")
    state = PresentationState(load_deck(first))
    view = ComparisonView(state)
    qtbot.addWidget(view)
    view.poll.vote("open", 1)
    assert state.poll.tally is not None and state.poll.tally.count("before", "open") == 1
    state.replace_deck(load_deck(other))
    assert view.poll.tally.count("before", "open") == 0  # the other deck's own poll
    view.poll.vote("closed", 2)
    state.replace_deck(load_deck(first))
    assert view.poll.tally.count("before", "open") == 1
    assert view.poll.tally.count("before", "closed") == 0
