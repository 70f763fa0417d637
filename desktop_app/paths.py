"""Where the bundled decks and resources are, installed or run from a checkout.

In a wheel, `slides/` and `resources/` are package data under
`desktop_app/_data/` (pyproject's force-include), found through
importlib.resources from any working directory. Running from a source
checkout (editable install, tests), the same folders sit beside the package.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

BUNDLED_DECK = "open-vs-closed-ai"


@cache
def data_root() -> Path:
    packaged = Path(str(files("desktop_app"))) / "_data"
    if (packaged / "resources").is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent


def resources() -> Path:
    return data_root() / "resources"


def slides() -> Path:
    return data_root() / "slides"


def bundled_deck() -> Path:
    return slides() / BUNDLED_DECK
