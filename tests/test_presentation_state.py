"""The presentation state every window follows: steps before slides, clamping, reload."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from desktop_app.loader import load_deck
from desktop_app.state.presentation import PresentationState, Screen


def test_next_walks_build_steps_then_slides(qtbot: QtBot, make_deck) -> None:
    state = PresentationState(load_deck(make_deck()))
    seen = []
    state.positionChanged.connect(lambda i, s: seen.append((i, s)))
    for _ in range(4):
        state.next()
    assert seen == [(0, 1), (0, 2), (1, 0)]
    state.previous()
    assert (state.index, state.step) == (0, 2), "back from a slide lands fully built"


def test_goto_clamps_and_emits_only_on_change(qtbot: QtBot, make_deck) -> None:
    state = PresentationState(load_deck(make_deck()))
    with qtbot.assertNotEmitted(state.positionChanged):
        state.goto(0, 0)
    state.goto(99, 99)
    assert (state.index, state.step) == (1, 0)


def test_black_white_and_freeze(qtbot: QtBot, make_deck) -> None:
    state = PresentationState(load_deck(make_deck()))
    with qtbot.waitSignal(state.screenChanged):
        state.toggle_black()
    assert state.screen is Screen.BLACK
    state.toggle_white()
    assert state.screen is Screen.WHITE
    state.toggle_white()
    assert state.screen is Screen.SLIDE
    state.set_frozen(True)
    state.next()
    assert state.audience_position == (0, 0)
    assert (state.index, state.step) == (0, 1)
    state.set_frozen(False)
    assert state.audience_position == (0, 1)


def test_reload_keeps_the_slide_by_id(qtbot: QtBot, make_deck) -> None:
    deck = load_deck(make_deck())
    state = PresentationState(deck)
    state.goto(1)
    first = deck.sections[0]
    reordered = replace(deck, sections=(replace(first, slides=first.slides[::-1]),))
    with qtbot.waitSignal(state.deckChanged):
        state.replace_deck(reordered)
    assert state.slide is not None and state.slide.id == "bye"
    assert state.index == 0


def test_reload_keeps_a_frozen_slide_by_id_too(make_deck) -> None:
    deck = load_deck(make_deck())
    state = PresentationState(deck)
    state.goto(1)
    state.set_frozen(True)
    state.goto(0)
    first = deck.sections[0]
    state.replace_deck(replace(deck, sections=(replace(first, slides=first.slides[::-1]),)))
    assert state.audience_position == (0, 0)  # "bye", now first, is still what the room sees
    assert state.slide is not None and state.slide.id == "hello" and state.index == 1
