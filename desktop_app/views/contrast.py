"""High contrast for the windows themselves, not only the slides.

Choosing the high-contrast theme recolours every window of the app, its
menus, panels and dialogs, with the palette and style sheet study mode uses
for its own window (views/study/style.py): text and focus frames that a
low-vision student can see, on every control. The other themes give the
windows back the platform's own look.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop_app.render.theme import load_theme

HIGH_CONTRAST = "high-contrast"


def apply_chrome_theme(name: str) -> None:
    """Recolour the whole app's chrome for `name` (a theme name; only high contrast changes it)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if name == HIGH_CONTRAST:
        # Only here: importing the study package loads its window and store (and sqlite3).
        from desktop_app.views.study.style import palette, stylesheet

        theme = load_theme(name)
        app.setPalette(palette(theme))
        app.setStyleSheet(stylesheet(theme))
    elif app.styleSheet():  # leaving high contrast; otherwise nothing to undo
        app.setPalette(app.style().standardPalette())
        app.setStyleSheet("")
