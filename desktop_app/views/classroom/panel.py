"""The console's class-session panel: start, choose what to ask, close, reveal, approve.

It drives a `ClassControl` and shows what the room sees in a small preview
drawn by the same renderer. Addresses are looked up only when the panel is
first shown, so a talk that never opens it touches no network interface.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.classroom.activity import RoomView, questions_for
from desktop_app.views.classroom.room_view import ClassRoomView
from desktop_app.views.sub_controls import name_sub_controls

if TYPE_CHECKING:
    from desktop_app.views.classroom.control import ClassControl

SCREENS = ("slides", "join", "results")


class ClassPanel(QWidget):
    def __init__(self, control: ClassControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._control = control
        self.setAccessibleName(self.tr("Class session"))

        self.address = QComboBox()
        self.address.setAccessibleName(self.tr("Address phones connect to"))
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("automatic"))
        self.port.setAccessibleName(self.tr("Port (0: automatic)"))
        self.start_button = QPushButton(self.tr("Start class session"))
        self.start_button.setAccessibleName(self.tr("Start or end the class session"))
        self.start_button.clicked.connect(self._start_or_stop)

        self.info = QLabel(self.tr("Students answer from their phones on this network."))
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setAccessibleName(self.tr("Join address, code and students joined"))
        self.preview = ClassRoomView(control.theme, RoomView("", ""))
        self.preview.setAccessibleName(self.tr("Preview of the class session picture"))
        self.preview.setMinimumHeight(180)

        self.screens = QButtonGroup(self)
        screen_row = QHBoxLayout()
        names = {
            "slides": self.tr("Slides"),
            "join": self.tr("Join screen"),
            "results": self.tr("Results"),
        }
        for i, screen in enumerate(SCREENS):
            button = QRadioButton(names[screen])
            button.setAccessibleName(self.tr("Room shows: %1").replace("%1", names[screen]))
            self.screens.addButton(button, i)
            screen_row.addWidget(button)
        self.screens.button(0).setChecked(True)
        self.screens.idClicked.connect(lambda i: control.show_on_projector(SCREENS[i]))

        self.questions = QComboBox()
        self.questions.setAccessibleName(self.tr("Question to ask the room"))
        # A question is deck text of any length: the list shows it whole, the box its start,
        # so a long quiz question never widens the panel past the console's screen.
        self.questions.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.questions.setMinimumContentsLength(24)
        self.ask_button = QPushButton(self.tr("Ask"))
        self.ask_button.setAccessibleName(self.tr("Ask the chosen question"))
        self.ask_button.clicked.connect(self._ask)
        self.close_button = QPushButton(self.tr("Close question"))
        self.close_button.setAccessibleName(self.tr("Stop taking answers"))
        self.close_button.clicked.connect(control.close_question)
        self.reveal_button = QPushButton(self.tr("Reveal"))
        self.reveal_button.setAccessibleName(self.tr("Show the result to the room"))
        self.reveal_button.clicked.connect(control.reveal)
        ask_row = QHBoxLayout()
        for widget in (self.ask_button, self.close_button, self.reveal_button):
            ask_row.addWidget(widget)

        self.texts = QListWidget()
        self.texts.setAccessibleName(self.tr("Free-text answers: tick one to show it to the room"))
        self.texts.itemChanged.connect(self._approval_changed)
        self.csv_button = QPushButton(self.tr("Save results as CSV…"))
        self.csv_button.setAccessibleName(self.tr("Save the session's results as CSV"))
        self.csv_button.clicked.connect(self._save_csv)

        form = QFormLayout()
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Port"), self.port)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.start_button)
        layout.addWidget(self.info)
        layout.addWidget(self.preview, 1)
        layout.addLayout(screen_row)
        layout.addWidget(self.questions)
        layout.addLayout(ask_row)
        layout.addWidget(QLabel(self.tr("Answers to approve")))
        layout.addWidget(self.texts, 1)
        layout.addWidget(self.csv_button)
        name_sub_controls(self)  # built on first use, after the console named its own
        self.refresh()

    # -- following the session -----------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if self.address.count() == 0:
            from desktop_app.classroom.network import candidate_addresses

            self.address.addItems(candidate_addresses())
        super().showEvent(event)

    def refresh(self) -> None:
        """Follow the session: running or not, its room picture, the questions for this slide."""
        session = self._control.session
        running = session is not None and session.running
        self.start_button.setText(
            self.tr("End class session") if running else self.tr("Start class session")
        )
        self.address.setEnabled(not running)
        self.port.setEnabled(not running)
        for widget in (self.questions, self.ask_button, self.close_button, self.reveal_button):
            widget.setEnabled(running)
        self.csv_button.setEnabled(session is not None and session.session_id > 0)
        if running and session is not None:
            self.show_room(session.room)
        self.refresh_questions()

    def show_room(self, room: RoomView) -> None:
        """The join lines and the preview; called on every count, so nothing heavier."""
        self.info.setText(
            self.tr("Join: %1\nCode: %2\n%n joined", "", room.joined)
            .replace("%1", room.url)
            .replace("%2", room.code)
        )
        self.preview.set_room(room)

    def refresh_questions(self) -> None:
        control = self._control
        current = self.questions.currentData()
        self.questions.clear()
        for question in questions_for(control.deck, control.state.slide):
            self.questions.addItem(control.describe(question), question.key)
        index = self.questions.findData(current)
        if index >= 0:
            self.questions.setCurrentIndex(index)

    def refresh_texts(self) -> None:
        session = self._control.session
        self.texts.blockSignals(True)
        self.texts.clear()
        for answer in session.texts() if session is not None else []:
            item = QListWidgetItem(answer.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if answer.approved else Qt.CheckState.Unchecked
            )
            item.setData(Qt.ItemDataRole.UserRole, answer.id)
            self.texts.addItem(item)
        self.texts.blockSignals(False)

    # -- acting --------------------------------------------------------------------------

    def _start_or_stop(self) -> None:
        control = self._control
        if control.session is not None and control.session.running:
            control.stop()
            return
        try:
            control.start(self.address.currentText() or None, self.port.value())
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Class session"),
                self.tr("Could not start: %1").replace("%1", exc.strerror or str(exc)),
            )

    def _ask(self) -> None:
        key = self.questions.currentData()
        if isinstance(key, str):
            self._control.ask(key)

    def _approval_changed(self, item: QListWidgetItem) -> None:
        session = self._control.session
        if session is not None:
            approved = item.checkState() == Qt.CheckState.Checked
            session.approve(int(item.data(Qt.ItemDataRole.UserRole)), approved)

    def _save_csv(self) -> None:
        #: The suggested file name; keep the .csv ending.
        name = self.tr("class-results.csv")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save results as CSV"), name, self.tr("CSV (*.csv)")
        )
        if path:
            self._control.save_csv(path)
