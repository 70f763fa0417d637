"""Pausing Python's cyclic garbage collector while a large object graph is built.

The collector runs after every few hundred new container objects and, now
and then, walks every object alive. Building something big whose parts stay
alive (a deck's parsed YAML, pypdf's view of a 2,000-page PDF, the app's own
modules and windows at start-up) makes it walk the growing graph again and
again for almost no garbage, a cost that grows faster than the graph. Paused
for the build, it runs as usual afterwards and collects whatever did become
garbage then.

This module is the one place that touches the collector; each pause below
was measured to pay for itself, and nothing else in the app calls `gc`
(`tests/test_collector.py` checks):

- start-up, from loading the deck to the first window (`cli/gui.py`): the
  collector otherwise ran about fifty times before the first slide, some
  8 ms, for a few dozen objects of garbage; the survivors are then frozen
  (`freeze_survivors`), so no later full collection walks them in the
  middle of a slide change;
- parsing a deck file (`yamlio/source.py`): 184 ms instead of 281 ms for
  the first open of a 2,000-slide deck;
- pypdf finishing an exported PDF (`export/pdf_post.py`): keeps the cost
  per page flat from 500 to 2,000 slides (`make bench`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cycle collection inside the block; nests, and restores what was there before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def freeze_survivors() -> None:
    """Keep everything alive now out of later collections: it lives as long as the app."""
    gc.freeze()
