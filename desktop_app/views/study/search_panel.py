"""The Ctrl+F search bar: a query field and the results, listed by slide, argument or term."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.study.search import Result, SearchIndex
from desktop_app.text.safe_html import tooltip_text

_RESULT = Qt.ItemDataRole.UserRole
_KIND = {"slide": "Slide", "argument": "Argument", "term": "Glossary"}


class SearchPanel(QWidget):
    #: A result was chosen (Enter or click), with the query that found it.
    resultChosen = Signal(object, str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index: SearchIndex | None = None
        self.field = QLineEdit()
        self.field.setPlaceholderText("Search slides, notes, arguments, glossary…")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName("Search")
        self.field.setAccessibleDescription(
            "All words must match. Enter opens the first result, Down moves to the list, "
            "Escape closes the search."
        )
        self.count = QLabel()
        self.results = QListWidget()
        self.results.setAccessibleName("Search results")
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
            where = (
                f"{_KIND[result.kind]} {int(result.target) + 1}"
                if result.kind == "slide"
                else _KIND[result.kind]
            )
            item = QListWidgetItem(f"{where}: {result.title}\n{result.snippet}", self.results)
            item.setData(_RESULT, result)
            item.setToolTip(tooltip_text(result.snippet))
        self.count.setText(
            "" if not text.strip() else f"{len(found)} result{'s' if len(found) != 1 else ''}"
        )

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            result: Result = item.data(_RESULT)
            self.resultChosen.emit(result, self.field.text())
