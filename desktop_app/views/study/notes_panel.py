"""The "My notes" tab: the student's own notes on the current slide.

Notes are saved a moment after typing stops, and at once when the slide
changes or the window closes, so nothing typed is lost and the database is
not written on every keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop_app.study.store import StudyStore

DEBOUNCE_MS = 600


class NotesPanel(QWidget):
    #: The note of a slide was written to the database: (slide id, text).
    saved = Signal(str, str)

    def __init__(self, store: StudyStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._slide = ""
        self._dirty = False
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # slide titles are deck text
        self.heading.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("My notes"))
        self.editor.setAccessibleDescription(
            self.tr("Your own notes on this slide, saved automatically. Tab leaves the editor.")
        )
        self.editor.setPlaceholderText(self.tr("Write your own notes on this slide…"))
        self.editor.setTabChangesFocus(True)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setBuddy(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._changed)

    def set_slide(self, slide_id: str, title: str) -> None:
        self.flush()
        self._slide = slide_id
        self.heading.setText(self.tr("&Notes on “%1”").replace("%1", title.replace("&", "&&")))
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._store.note(slide_id))
        self.editor.blockSignals(False)
        self.status.setText(self.tr("Saved."))

    def flush(self) -> None:
        """Write pending changes now (slide change, window close, timer)."""
        self._timer.stop()
        if self._dirty and self._slide:
            text = self.editor.toPlainText()
            self._store.set_note(self._slide, text)
            self._dirty = False
            self.status.setText(
                self.tr("Saved.")
                if self._store.read_only is None
                else self.tr("Not saved: study data is read-only (see the banner above).")
            )
            self.saved.emit(self._slide, text)

    def _changed(self) -> None:
        self._dirty = True
        self.status.setText(self.tr("Saving…"))
        self._timer.start()
