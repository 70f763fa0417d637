"""Study mode's own words on its reading page, in the interface's language.

The reading page is the app speaking, so it follows the interface; the study
guide export passes the deck language's catalogue instead (docs/i18n.md).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.study.words import StudyWords, study_words


def interface_words() -> StudyWords:
    """Looked up when called, so a window built after the translators are installed speaks."""
    return study_words(lambda context, text: QCoreApplication.translate(context, text))
