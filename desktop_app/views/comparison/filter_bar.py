"""The controls above the comparison: row focus, side toggles, search, reveal buttons.

Every control writes to the shared `ComparisonState` and is refreshed from
it, so the keyboard, the mouse and another window driving the same model
all leave the bar showing the truth.

The bar has two lines, which rows and sides show above the search and the
reveal buttons: translated labels run about a third longer than English
(German, French) and the side buttons carry the deck's own names, which may
be long, so one line would not fit a 1280-pixel window.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.state.comparison import ComparisonState
from desktop_app.text.languages import isolate
from desktop_app.text.safe_html import tooltip_text


class FilterBar(QWidget):
    def __init__(self, model: ComparisonState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        lines = QVBoxLayout(self)
        lines.setContentsMargins(6, 4, 6, 4)
        lines.setSpacing(4)
        shown, layout = QHBoxLayout(), QHBoxLayout()
        lines.addLayout(shown)
        lines.addLayout(layout)

        self.row_combo = QComboBox()
        self.row_combo.setAccessibleName(self.tr("Focus row"))
        self.row_combo.setToolTip(
            self.tr("Focus one row and dim the rest (keys 1\u20133, 0 clears)")
        )
        self.row_combo.activated.connect(self._row_chosen)
        self.row_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.row_combo.setMinimumContentsLength(16)
        label = QLabel(self.tr("&Row:"))
        label.setBuddy(self.row_combo)
        shown.addWidget(label)
        shown.addWidget(self.row_combo)

        self.side_buttons: dict[str, QToolButton] = {}
        for pos in model.debate.positions if model.debate else ():
            button = QToolButton()
            button.setText(f"{pos.marker} {pos.label}".strip())
            button.setCheckable(True)
            button.setChecked(True)
            # The side's name is the deck's own word; the sentence around it is the app's.
            button.setAccessibleName(self.tr("Show %1").replace("%1", pos.label))
            tip = self.tr("Show or hide the cards of %1").replace("%1", isolate(pos.label))
            button.setToolTip(tooltip_text(tip))
            button.toggled.connect(self._sides_chosen)
            self.side_buttons[pos.id] = button
            shown.addWidget(button)
        shown.addStretch(1)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search arguments"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search arguments"))
        self.search.textChanged.connect(model.set_query)
        self.search.setMinimumWidth(180)
        layout.addWidget(self.search, 1)

        self.match_label = QLabel()
        self.match_label.setAccessibleName(self.tr("Matching cards"))
        layout.addWidget(self.match_label)

        self.hide_button = QPushButton(self.tr("Hide last row"))
        self.hide_button.setAccessibleName(self.tr("Hide last row"))
        self.hide_button.clicked.connect(model.hide_last)
        self.reveal_button = QPushButton(self.tr("Reveal next row"))
        self.reveal_button.setAccessibleName(self.tr("Reveal next row"))
        self.reveal_button.clicked.connect(model.reveal_next)
        self.all_button = QPushButton(self.tr("Reveal all"))
        self.all_button.setAccessibleName(self.tr("Reveal all rows"))
        self.all_button.clicked.connect(model.reveal_all)
        for reveal in (self.hide_button, self.reveal_button, self.all_button):
            layout.addWidget(reveal)
        self._fill_rows()
        self.sync()

    def _fill_rows(self) -> None:
        self.row_combo.clear()
        self.row_combo.addItem(self.tr("All rows"), "")
        for i, row in enumerate(self._model.rows):
            # The row's title is the deck's dimension, as written there.
            self.row_combo.addItem(f"{i + 1} \u00b7 {row.title}", row.id)

    def set_model_rows(self) -> None:
        """The deck was reloaded: the rows may have changed."""
        self._fill_rows()
        self.sync()

    def sync(self) -> None:
        """Show the model's state without echoing it back as new input."""
        m = self._model
        widgets = (self.row_combo, self.search, *self.side_buttons.values())
        for w in widgets:
            w.blockSignals(True)
        self.row_combo.setCurrentIndex(max(0, self.row_combo.findData(m.focus_row)))
        for side, button in self.side_buttons.items():
            button.setChecked(not m.sides or side in m.sides)
        if self.search.text().split() != m.query.split():
            self.search.setText(m.query)
        for w in widgets:
            w.blockSignals(False)
        total = sum(len(r.cards) for r in m.rows[: m.revealed])
        shown = len(m.visible_cards())
        self.match_label.setText(
            self.tr("%1 of %n cards", "", total).replace("%1", str(shown)) if shown != total else ""
        )
        self.hide_button.setEnabled(m.revealed > 0)
        self.reveal_button.setEnabled(m.revealed < m.steps)
        self.all_button.setEnabled(m.revealed < m.steps)

    def _row_chosen(self, index: int) -> None:
        self._model.set_focus_row(str(self.row_combo.itemData(index) or ""))

    def _sides_chosen(self) -> None:
        chosen = frozenset(s for s, b in self.side_buttons.items() if b.isChecked())
        self._model.set_sides(chosen)
