"""Where the bundled decks and resources are, installed, frozen or run from a checkout.

In a wheel (and in the frozen app) `slides/` and `resources/` are package
data under `desktop_app/_data/` (pyproject's force-include, the PyInstaller
spec), found beside this module from any working directory. Running from a
source checkout (editable install, tests), the same folders sit beside the
package. The package is always unpacked on disk, so a path relative to this
file is enough; importlib.resources would only add start-up time.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

BUNDLED_DECK = "open-vs-closed-ai"
_PACKAGE = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    packaged = _PACKAGE / "_data"
    return packaged if (packaged / "resources").is_dir() else _PACKAGE.parent


def resources() -> Path:
    return data_root() / "resources"


def slides() -> Path:
    return data_root() / "slides"


def bundled_deck() -> Path:
    return slides() / BUNDLED_DECK
