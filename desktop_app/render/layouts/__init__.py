"""One paint function per slide layout, all drawing on the 1920×1080 canvas."""

from collections.abc import Callable

from desktop_app.render.canvas import Paint
from desktop_app.render.layouts.comparison import paint_comparison
from desktop_app.render.layouts.debate import paint_argument, paint_motion, paint_spectrum
from desktop_app.render.layouts.teaching import paint_question, paint_quiz
from desktop_app.render.layouts.text import (
    paint_content,
    paint_image,
    paint_quote,
    paint_section,
    paint_title,
    paint_two_columns,
)

LAYOUT_PAINTERS: dict[str, Callable[[Paint], None]] = {
    "title": paint_title,
    "section": paint_section,
    "content": paint_content,
    "two-columns": paint_two_columns,
    "quote": paint_quote,
    "image": paint_image,
    "comparison": paint_comparison,
    "question": paint_question,
    "quiz": paint_quiz,
    "argument": paint_argument,
    "spectrum": paint_spectrum,
    "motion": paint_motion,
}
