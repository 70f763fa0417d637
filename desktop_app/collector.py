"""Pausing Python's cyclic garbage collector while a large object graph is built.

The collector runs after every few hundred new container objects and, now
and then, walks every object alive. Building something big whose parts stay
alive (a deck's parsed YAML, pypdf's view of a 2,000-page PDF, the app's own
modules and windows at start-up) makes it walk the growing graph again and
again for almost no garbage, a cost that grows faster than the graph. Paused
for the build, it runs as usual afterwards and collects whatever did become
garbage then.
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
