"""The progress view: per section, slides understood and the latest quiz score."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model.deck import Deck
from desktop_app.study.progress import progress_rows
from desktop_app.study.store import StudyStore


class ProgressDialog(QDialog):
    def __init__(self, deck: Deck, store: StudyStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Study progress"))
        rows = progress_rows(deck, store)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Section"), self.tr("Understood"), self.tr("Quiz (last answers)")]
        )
        self.table.setAccessibleName(self.tr("Progress by section"))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 360)
