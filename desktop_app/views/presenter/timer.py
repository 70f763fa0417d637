"""The talk timer and the pace cue, as plain logic a test can drive with a fake clock.

The console shows elapsed time, the time left of the planned duration and
whether the speaker is ahead of or behind the plan for the current slide.
None of that needs Qt, so it lives here and the console only formats it.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.model.deck import Deck

Clock = Callable[[], float]


class TalkTimer:
    """Elapsed talk time that can be paused, resumed and reset.

    Uses a monotonic clock so a wall-clock change (NTP, daylight saving) in the
    middle of a lesson cannot make the timer jump.
    """

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._banked = 0.0
        self._since: float | None = None

    @property
    def running(self) -> bool:
        return self._since is not None

    @property
    def started(self) -> bool:
        """True once the talk has begun, even if it is paused now."""
        return self.running or self._banked > 0

    def elapsed(self) -> float:
        """Seconds of talk so far, pauses excluded."""
        if self._since is None:
            return self._banked
        return self._banked + max(0.0, self._clock() - self._since)

    def start(self) -> None:
        if self._since is None:
            self._since = self._clock()

    def pause(self) -> None:
        if self._since is not None:
            self._banked = self.elapsed()
            self._since = None

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        """Back to zero and stopped; the next start begins a new talk."""
        self._banked = 0.0
        self._since = None


class PaceKind(enum.Enum):
    NONE = "none"  # the deck plans no time at all
    AHEAD = "ahead"
    ON_TIME = "on-time"
    BEHIND = "behind"


@dataclass(frozen=True)
class Pace:
    kind: PaceKind
    minutes: int = 0


def pace(deck: Deck, index: int, elapsed_seconds: float) -> Pace:
    """How the talk compares with the plan while slide `index` is on screen.

    The plan gives each slide a window [end of previous slide, end of this
    slide]; inside it the speaker is on time. Before it they are ahead by the
    time until it opens, after it behind by the time since it closed. Whole
    minutes, because a cue that flickers every second distracts more than it helps.
    """
    if not deck.slides or deck.planned_minutes(len(deck.slides) - 1) <= 0:
        return Pace(PaceKind.NONE)
    start = deck.planned_minutes(index - 1) if index > 0 else 0.0
    end = deck.planned_minutes(index)
    elapsed = elapsed_seconds / 60.0
    if elapsed < start:
        minutes = round(start - elapsed)
        return Pace(PaceKind.AHEAD, minutes) if minutes else Pace(PaceKind.ON_TIME)
    if elapsed > end:
        minutes = round(elapsed - end)
        return Pace(PaceKind.BEHIND, minutes) if minutes else Pace(PaceKind.ON_TIME)
    return Pace(PaceKind.ON_TIME)


def clock_text(seconds: float) -> str:
    """`12:05`, or `1:02:05` past an hour; never negative."""
    total = int(max(0.0, seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


# Finds a text in one language: (context, English source, count or -1) → the
# translation with %n replaced by the count, as Qt's translators give it.
Lookup = Callable[[str, str, int], str]


class TimeWords:
    """The pace cue and the countdown in words, in one language.

    The texts are marked by calls to this class's `tr`, which pyside6-lupdate
    extracts under the context "TimeWords" with their plural forms (it reads
    a variable %n count only from tr()); `lookup` finds them in the
    interface's translators (the console) or in a catalogue read without
    installing it (`DeckWords`: the phone remote's page, written in the
    interface's language outside Qt's widgets), so this module needs no Qt.
    """

    def __init__(self, lookup: Lookup) -> None:
        self._lookup = lookup

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return self._lookup("TimeWords", text, n)

    def pace(self, cue: Pace) -> str:
        """Words, so the cue never relies on its colour alone."""
        if cue.kind is PaceKind.AHEAD:
            return self.tr("%n min ahead", "", cue.minutes)
        if cue.kind is PaceKind.BEHIND:
            return self.tr("%n min behind", "", cue.minutes)
        if cue.kind is PaceKind.ON_TIME:
            return self.tr("On time")
        return self.tr("No time plan")

    def countdown(self, duration_minutes: float, elapsed_seconds: float) -> str:
        """Time left of the planned duration (`32:10 left`), or the overrun (`3:12 over`)."""
        if duration_minutes <= 0:
            return self.tr("No duration set")
        left = duration_minutes * 60 - elapsed_seconds
        if left >= 0:
            return self.tr("%1 left").replace("%1", clock_text(left))
        return self.tr("%1 over").replace("%1", clock_text(-left))
