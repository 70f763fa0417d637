"""Themes: colours, fonts and sizes read from resources/themes/*.yaml.

Kept free of Qt so `agora check` and the contrast test can read themes
without a display; the renderer turns the strings into QColor/QFont.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from desktop_app.model.deck import Deck
from desktop_app.paths import resources
from desktop_app.yamlio.source import load_yaml

THEME_NAMES = ("light", "dark", "high-contrast")


@dataclass(frozen=True)
class Theme:
    name: str
    colors: dict[str, str] = field(default_factory=dict)
    fonts: dict[str, str] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    #: The contrast every text colour keeps: WCAG AA (4.5) or, for high contrast, AAA (7).
    min_contrast: float = 4.5
    #: Pygments style for code blocks, chosen to stay readable on this background.
    code_style: str = "friendly"

    def __hash__(self) -> int:
        # Themes key the renderer's caches; dict fields need an explicit hash.
        return hash((self.name, tuple(sorted(self.colors.items()))))

    def color(self, key: str) -> str:
        return self.colors.get(key) or self.colors["text"]

    def side(self, side: str) -> str:
        return self.colors.get(side) or self.colors["accent"]

    def with_colors(self, overrides: dict[str, str]) -> Theme:
        """A deck may override colours; the rest of the theme stays."""
        return replace(self, colors={**self.colors, **overrides}) if overrides else self


def themes_dir() -> Path:
    return resources() / "themes"


@cache
def load_theme(name: str) -> Theme:
    """Read a bundled theme; unknown names fall back to light (the CLI validates names)."""
    file = themes_dir() / f"{name}.yaml"
    if not file.is_file():
        file = themes_dir() / "light.yaml"
    data = load_yaml(file).data
    return Theme(
        name=str(data.get("name", name)),
        colors={k: str(v) for k, v in data.get("colors", {}).items()},
        fonts={k: str(v) for k, v in data.get("fonts", {}).items()},
        sizes={k: int(v) for k, v in data.get("sizes", {}).items()},
        min_contrast=float(data.get("min_contrast", 4.5)),
        code_style=str(data.get("code_style", "friendly")),
    )


def relative_luminance(hex_color: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two #rrggbb colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


#: Foreground/background pairs the renderer actually draws text with.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "background"),
    ("muted", "background"),
    ("accent", "background"),
    ("link", "background"),
    ("text", "surface"),
    ("muted", "surface"),
    ("open", "background"),
    ("closed", "background"),
    ("hybrid", "background"),
    ("open", "surface"),
    ("closed", "surface"),
    ("hybrid", "surface"),
    ("on_side", "open"),
    ("on_side", "closed"),
    ("on_side", "hybrid"),
    ("correct", "background"),
    ("correct", "surface"),
    ("text", "code_background"),
)


def deck_theme(base: Theme, colors: dict[str, str], positions: dict[str, str]) -> Theme:
    """The theme a deck is drawn with: base, then its debate's side colours, then its overrides.

    A side colour from debate.yaml is taken only where it stays readable on
    this theme (its own minimum contrast against background and surface, and for
    text drawn on it), so the dark and high-contrast themes keep their own lighter side colours.
    """
    readable = {
        side: color
        for side, color in positions.items()
        if color
        and min(
            contrast(color, base.color("background")),
            contrast(color, base.color("surface")),
            contrast(base.color("on_side"), color),
        )
        >= base.min_contrast
    }
    return base.with_colors(readable).with_colors(colors)


def theme_for(deck: Deck, base: Theme | None = None) -> Theme:
    """The theme every view of `deck` draws with (the deck's own theme unless `base` is given)."""
    positions = {p.id: p.color for p in deck.debate.positions} if deck.debate else {}
    return deck_theme(base or load_theme(deck.theme), deck.colors, positions)
