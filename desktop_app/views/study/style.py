"""The study window's look for each theme: a palette from the slide theme, and visible focus.

The window follows the same light/dark/high-contrast theme as the slides it
shows, so a student who needs high contrast gets it everywhere. Focus is a
thick accent border, never a colour change alone, so keyboard users always
see where they are.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from desktop_app.render.theme import Theme

_ROLES = {
    QPalette.ColorRole.Window: "surface",
    QPalette.ColorRole.WindowText: "text",
    QPalette.ColorRole.Base: "background",
    QPalette.ColorRole.AlternateBase: "surface",
    QPalette.ColorRole.Text: "text",
    QPalette.ColorRole.PlaceholderText: "muted",
    QPalette.ColorRole.Button: "surface",
    QPalette.ColorRole.ButtonText: "text",
    QPalette.ColorRole.ToolTipBase: "background",
    QPalette.ColorRole.ToolTipText: "text",
    QPalette.ColorRole.Highlight: "accent",
    QPalette.ColorRole.HighlightedText: "background",
    QPalette.ColorRole.Link: "link",
    QPalette.ColorRole.LinkVisited: "link",
}


def palette(theme: Theme) -> QPalette:
    pal = QPalette()
    for role, key in _ROLES.items():
        pal.setColor(role, QColor(theme.color(key)))
    pal.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(theme.color("muted"))
    )
    pal.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(theme.color("muted"))
    )
    return pal


def document_css(theme: Theme) -> str:
    """Rich text (slide text, definitions) takes link colours from CSS, not the palette."""
    return f"a {{ color: {theme.color('link')}; }}"


def stylesheet(theme: Theme) -> str:
    c = theme.color
    return f"""
    QWidget {{ background-color: {c("surface")}; color: {c("text")}; }}
    QMenu::item:selected, QMenuBar::item:selected {{
        background: {c("accent")}; color: {c("background")}; }}
    QToolTip {{ background: {c("background")}; color: {c("text")};
        border: 1px solid {c("muted")}; }}
    QTreeWidget, QListWidget, QTextBrowser, QPlainTextEdit, QLineEdit, QComboBox,
    QTableWidget {{
        border: 2px solid {c("muted")}; border-radius: 4px; padding: 2px;
        background: {c("background")}; color: {c("text")};
        alternate-background-color: {c("surface")};
        selection-background-color: {c("accent")}; selection-color: {c("background")}; }}
    QTreeWidget:focus, QListWidget:focus, QTextBrowser:focus, QPlainTextEdit:focus,
    QLineEdit:focus, QComboBox:focus {{ border: 3px solid {c("accent")}; }}
    QPushButton, QToolButton {{
        border: 2px solid {c("muted")}; border-radius: 4px; padding: 4px 10px;
        background: {c("background")}; color: {c("text")}; }}
    QPushButton:focus, QToolButton:focus {{ border: 3px solid {c("accent")}; }}
    QPushButton:disabled {{ color: {c("muted")}; border-style: dashed; }}
    QToolButton:checked {{ background: {c("accent")}; color: {c("background")}; }}
    QRadioButton, QCheckBox {{ padding: 3px; border: 2px solid transparent; }}
    QRadioButton::indicator {{ width: 12px; height: 12px; border-radius: 8px;
        border: 2px solid {c("text")}; background: {c("background")}; }}
    QRadioButton::indicator:checked {{ background: {c("accent")};
        border: 4px solid {c("text")}; width: 8px; height: 8px; border-radius: 8px; }}
    QRadioButton:focus, QCheckBox:focus {{ border: 2px solid {c("accent")}; }}
    QTabBar::tab {{ padding: 6px 12px; border: 2px solid {c("muted")};
        background: {c("surface")}; color: {c("text")}; }}
    QTabBar::tab:selected {{ background: {c("background")}; font-weight: bold;
        border-bottom: 4px solid {c("accent")}; }}
    QTabBar::tab:focus {{ border: 3px solid {c("accent")}; }}
    QTreeWidget::item:selected, QListWidget::item:selected {{
        background: {c("accent")}; color: {c("background")}; }}
    """
