"""Marking text for translation where no Qt may be imported.

`N("Context", "text")` returns the text unchanged; it only tells
pyside6-lupdate to extract it (packaging/translations.py passes
``-tr-function-alias QT_TRANSLATE_NOOP+=N``, so N is Qt's QT_TRANSLATE_NOOP).
The text is translated where it is shown, under the same context, by code
that may use Qt (`QCoreApplication.translate(context, text)`). Both
arguments must be string literals: lupdate reads nothing else. Tables of
commands and the screen-reader phrases of `text.reading` are marked this way.
"""

from __future__ import annotations


def N(context: str, text: str) -> str:
    """Mark `text` for extraction under `context`; returns it as it is."""
    return text
