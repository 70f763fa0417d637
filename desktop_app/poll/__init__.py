"""The class poll: how many students side with open, closed or hybrid, before and after."""

from desktop_app.poll.tally import CHOICES, PHASES, PollError, Tally, deck_poll_file

__all__ = ["CHOICES", "PHASES", "PollError", "Tally", "deck_poll_file"]
