"""Study mode's "Export study guide…": the export pipeline's study-guide layout, run
with a progress window and Cancel.

The guide is an ordinary export (`export/pdf_study_guide.py`), the same one
`agora export --layout study-guide` writes; study mode only hands it what
its window holds (the notes just typed included) and shows its progress.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.export.job import ExportJob
from desktop_app.export.options import ExportOptions
from desktop_app.model.deck import Deck
from desktop_app.study.record import StudyRecord
from desktop_app.study.store import StudyStore
from desktop_app.views.export_dialog import ExportRunner


class GuideExport(QObject):
    """One study guide export in progress, shown in a window-modal progress dialog."""

    #: The summary line ("Wrote …: N pages …") once the file is in place.
    finished = Signal(str)
    #: Why it failed, or "" when the student cancelled (any earlier file is untouched).
    failed = Signal(str)

    def __init__(self, deck: Deck, store: StudyStore, target: Path, parent: QWidget) -> None:
        super().__init__(parent)
        options = ExportOptions(output=target, layout="study-guide")
        self.runner = ExportRunner(ExportJob(deck, options, study=StudyRecord.of(deck, store)))
        self.runner.setParent(self)
        self.dialog = QProgressDialog(
            self.tr("Exporting the study guide…"), self.tr("Cancel"), 0, 0, parent
        )
        self.dialog.setWindowTitle(self.tr("Export study guide"))
        self.dialog.setAccessibleName(self.tr("Study guide export progress"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.runner.cancel)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._failed)

    def start(self) -> None:
        self.runner.start()

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _done(self, summary: str) -> None:
        self.dialog.reset()
        self.finished.emit(summary)
        self.deleteLater()

    def _failed(self, reason: str) -> None:
        self.dialog.reset()
        self.failed.emit(reason)
        self.deleteLater()
