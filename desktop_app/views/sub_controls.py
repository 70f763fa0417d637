"""Names for the controls Qt builds inside its own widgets, which screen readers list unnamed.

A search field's clear button, a combo box's popup list and a toolbar's
"more" button are widgets Qt creates itself, so no `setAccessibleName` in our
code reaches them, and Orca announces them as "button" or "list" with no
word. Each window calls `name_sub_controls` on itself once built (and the
panels built later call it on themselves); the names follow the owning
control's own name, so they read as "Clear Search arguments", say.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QToolBar, QToolButton, QWidget


def name_sub_controls(root: QWidget) -> None:
    """Name every unnamed Qt-internal control under `root` (and `root` itself)."""
    for combo in [root, *root.findChildren(QComboBox)]:
        if isinstance(combo, QComboBox) and not combo.view().accessibleName():
            owner = combo.accessibleName() or QCoreApplication.translate("SubControls", "Options")
            combo.view().setAccessibleName(
                QCoreApplication.translate("SubControls", "Choices for {0}").format(owner)
            )
    for field in [root, *root.findChildren(QLineEdit)]:
        if not isinstance(field, QLineEdit):
            continue
        for button in field.findChildren(QToolButton):
            if not button.accessibleName():
                owner = field.accessibleName() or QCoreApplication.translate("SubControls", "text")
                button.setAccessibleName(
                    QCoreApplication.translate("SubControls", "Clear {0}").format(owner)
                )
    for bar in [root, *root.findChildren(QToolBar)]:
        if not isinstance(bar, QToolBar):
            continue
        for button in bar.findChildren(QToolButton, "qt_toolbar_ext_button"):
            if not button.accessibleName():
                button.setAccessibleName(
                    QCoreApplication.translate("SubControls", "More {0}").format(
                        bar.windowTitle() or QCoreApplication.translate("SubControls", "tools")
                    )
                )
