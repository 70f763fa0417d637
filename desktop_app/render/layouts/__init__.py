"""One paint function per slide layout, all drawing on the 1920×1080 canvas.

A layout's module is imported the first time a slide of that layout is
painted: the first slide of a talk is usually a title, and the debate and
comparison layouts (their pictograms, Qt's SVG module) need not load
before it shows.
"""

from collections.abc import Callable
from importlib import import_module

from desktop_app.render.canvas import Paint

#: Each layout's painter, as (module under render.layouts, function).
_PAINTERS: dict[str, tuple[str, str]] = {
    "title": ("text", "paint_title"),
    "section": ("text", "paint_section"),
    "content": ("text", "paint_content"),
    "two-columns": ("text", "paint_two_columns"),
    "quote": ("text", "paint_quote"),
    "image": ("text", "paint_image"),
    "comparison": ("comparison", "paint_comparison"),
    "question": ("teaching", "paint_question"),
    "quiz": ("teaching", "paint_quiz"),
    "argument": ("debate", "paint_argument"),
    "spectrum": ("debate", "paint_spectrum"),
    "motion": ("debate", "paint_motion"),
}


def layout_painter(layout: str) -> Callable[[Paint], None]:
    """The function that paints a `layout` slide (KeyError for a layout nobody paints)."""
    module, name = _PAINTERS[layout]
    painter: Callable[[Paint], None] = getattr(import_module(f"{__name__}.{module}"), name)
    return painter
