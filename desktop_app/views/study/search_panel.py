"""The Ctrl+F search bar: a query field and the results, listed by slide, argument or term.

A new index is built a time slice per event-loop turn (`SearchIndex.build`):
a slide of 10,000 list items takes seconds to index, and the window keeps
answering meanwhile. Queries use the last complete index until the new one
is done, then run again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.study.search import Result, SearchIndex
from desktop_app.study.words import fill
from desktop_app.text.safe_html import tooltip_text

_RESULT = Qt.ItemDataRole.UserRole
#: Indexing time per event-loop turn: well inside the 100 ms a window may block.
SLICE_SECONDS = 0.02


class SearchPanel(QWidget):
    #: A result was chosen (Enter or click), with the query that found it.
    resultChosen = Signal(object, str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index: SearchIndex | None = None
        self._building: SearchIndex | None = None
        self._slices = QTimer(self)
        self._slices.setInterval(0)
        self._slices.timeout.connect(self._build)
        self.field = QLineEdit()
        # The pane is narrow: a short placeholder, and what is searched in the tooltip.
        self.field.setPlaceholderText(self.tr("Search…"))
        self.field.setToolTip(self.tr("Search slides, notes, arguments and glossary"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setAccessibleDescription(
            self.tr(
                "All words must match. Enter opens the first result, Down moves to the list, "
                "Escape closes the search."
            )
        )
        self.count = QLabel()
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(lambda: self._choose(self.results.item(0)))
        self.results.itemActivated.connect(self._choose)
        self.results.itemClicked.connect(self._choose)
        self.field.installEventFilter(self)
        self.results.installEventFilter(self)

    def set_index(self, index: SearchIndex) -> None:
        """Use `index` once it is built; a small deck's is built before this returns."""
        self._building = index
        self._build()

    @property
    def ready(self) -> bool:
        """Whether the newest index is complete and in use."""
        return self._building is None

    def _build(self) -> None:
        index = self._building
        if index is None:
            return
        if not index.build(SLICE_SECONDS):
            self._slices.start()
            return
        self._slices.stop()
        self._building = None
        self._index = index
        self._search(self.field.text())

    def query(self) -> str:
        return self.field.text()

    def open(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.hide()
                self.closed.emit()
                return True
            if watched is self.field and event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                self.results.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)

    def _search(self, text: str) -> None:
        self.results.clear()
        found = self._index.search(text) if self._index and text.strip() else []
        for result in found:
            if result.kind == "slide":
                where = fill(self.tr("Slide %1: %2"), str(int(result.target) + 1), result.title)
            elif result.kind == "argument":
                where = fill(self.tr("Argument: %1"), result.title)
            else:
                where = fill(self.tr("Glossary: %1"), result.title)
            item = QListWidgetItem(f"{where}\n{result.snippet}", self.results)
            item.setData(_RESULT, result)
            item.setToolTip(tooltip_text(result.snippet))
        self.count.setText(self.tr("%n results", "", len(found)) if text.strip() else "")

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            result: Result = item.data(_RESULT)
            self.resultChosen.emit(result, self.field.text())
