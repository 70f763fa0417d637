"""A banner above study mode while the student's changes cannot be saved.

The study store turns read-only on a bad day (database locked by another
program, read-only or full data folder); everything saved before stays on
disk and on screen. The banner says so in words, so a student never types
notes believing they are kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.study.store import ReadOnly, StudyStore

#: Dark text on pale amber, as the deck-problem banner (contrast > 10:1).
STYLE = (
    "QLabel { background: #fff4d6; color: #1f1600; border-bottom: 3px solid #8a5a00;"
    " padding: 8px 12px; }"
)


class StoreBanner(QLabel):
    def __init__(self, store: StudyStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(STYLE)
        self.setAccessibleName(self.tr("Study data not saved"))
        store.on_read_only = self.show_reason
        if store.read_only is None:
            self.hide()
        else:
            self.show_reason(store.read_only)

    def show_reason(self, why: ReadOnly) -> None:
        reasons = {
            ReadOnly.LOCKED: self.tr("another program is using your study data"),
            ReadOnly.READ_ONLY: self.tr("the data folder cannot be written"),
            ReadOnly.FULL: self.tr("the disk is full"),
            ReadOnly.FAILED: self.tr("the study file cannot be written"),
        }
        self.setText(
            self.tr(
                "⚠ Read-only: {reason}. Everything saved before is kept and shown, but new "
                "notes, marks and quiz answers are not saved until Agora is started again. "
                "({path})"
            ).format(reason=reasons[why], path=self._store.path)
        )
        self.setAccessibleDescription(self.text())
        self.show()
