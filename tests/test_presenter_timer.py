"""The talk timer and pace cue, driven by a fake clock (no waiting, no window)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop_app.i18n import DeckWords
from desktop_app.model.deck import Deck, Section, Slide
from desktop_app.views.presenter.timer import (
    PaceKind,
    TalkTimer,
    TimeWords,
    clock_text,
    pace,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def ten_slide_deck(duration: float = 20.0) -> Deck:
    """Ten slides over `duration` minutes: two minutes each when duration is 20."""
    slides = tuple(Slide(id=f"s{i}", layout="content", section="a") for i in range(10))
    return Deck(
        root=Path("."),
        title="T",
        duration_minutes=duration,
        sections=(Section(id="a", title="A", slides=slides),),
    )


def test_timer_counts_only_while_running() -> None:
    clock = FakeClock()
    timer = TalkTimer(clock)
    assert timer.elapsed() == 0 and not timer.started
    timer.start()
    clock.now += 90
    assert timer.elapsed() == 90
    timer.pause()
    clock.now += 600  # a break: not counted
    assert timer.elapsed() == 90
    assert timer.started and not timer.running
    timer.toggle()
    clock.now += 30
    assert timer.elapsed() == 120
    timer.reset()
    assert timer.elapsed() == 0 and not timer.started


def test_start_twice_does_not_restart() -> None:
    clock = FakeClock()
    timer = TalkTimer(clock)
    timer.start()
    clock.now += 10
    timer.start()
    clock.now += 5
    assert timer.elapsed() == 15


@pytest.mark.parametrize(
    ("index", "elapsed_min", "kind", "minutes", "text"),
    [
        (0, 0, PaceKind.ON_TIME, 0, "On time"),
        (0, 1.5, PaceKind.ON_TIME, 0, "On time"),  # inside slide 1's window [0, 2]
        (4, 4, PaceKind.AHEAD, 4, "4 min ahead"),  # slide 5 opens at minute 8
        (1, 7, PaceKind.BEHIND, 3, "3 min behind"),  # slide 2 closed at minute 4
        (1, 4.4, PaceKind.ON_TIME, 0, "On time"),  # less than half a minute late rounds away
        (9, 20, PaceKind.ON_TIME, 0, "On time"),
    ],
)
def test_pace_against_plan(
    index: int, elapsed_min: float, kind: PaceKind, minutes: int, text: str
) -> None:
    cue = pace(ten_slide_deck(), index, elapsed_min * 60)
    assert (cue.kind, cue.minutes, TimeWords(DeckWords("en").translate).pace(cue)) == (
        kind,
        minutes,
        text,
    )


def test_pace_without_a_plan_says_so() -> None:
    cue = pace(ten_slide_deck(duration=0), 3, 600)
    assert cue.kind is PaceKind.NONE
    assert TimeWords(DeckWords("en").translate).pace(cue) == "No time plan"


def test_slide_minutes_override_even_split() -> None:
    deck = ten_slide_deck()
    first = dataclasses.replace(deck.slides[0], minutes=10)
    deck = dataclasses.replace(
        deck, sections=(dataclasses.replace(deck.sections[0], slides=(first, *deck.slides[1:])),)
    )
    assert (
        TimeWords(DeckWords("en").translate).pace(pace(deck, 1, 5 * 60)) == "5 min ahead"
    )  # slide 2 opens after minute 10


def test_clock_and_countdown_texts() -> None:
    assert clock_text(0) == "0:00"
    assert clock_text(65.9) == "1:05"
    assert clock_text(3725) == "1:02:05"
    assert clock_text(-3) == "0:00"
    words = TimeWords(DeckWords("en").translate)
    assert words.countdown(45, 12 * 60 + 50) == "32:10 left"
    assert words.countdown(45, 48 * 60 + 12) == "3:12 over"
    assert words.countdown(0, 100) == "No duration set"
