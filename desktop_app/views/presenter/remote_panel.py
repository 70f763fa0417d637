"""The console's side of the phone remote: the pairing code, "Allow this device?", revoking.

Only the console ever shows the QR code: it carries the remote's token, and
the projector is for the room. Holding the code is still not enough, since
someone may photograph the laptop; the console asks before any device may
drive the show, and shows which one does, with a button to lock it out.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.render.qr import paint_qr
from desktop_app.views.presenter.remote import PhoneRemote


class QrCode(QWidget):
    """The pairing code, drawn by the same vector QR painter as the class session's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str) -> None:
        self._text = text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        side = min(self.width(), self.height())
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        paint_qr(painter, box, self._text)
        painter.end()


class RemotePanel(QDialog):
    """The pairing window on the console (never on the projector)."""

    def __init__(self, remote: PhoneRemote, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._remote = remote
        self.setWindowTitle(self.tr("Phone remote"))
        self.setAccessibleName(self.tr("Phone remote"))
        self.code = QrCode()
        self.code.setAccessibleName(self.tr("QR code of the remote's address"))
        explain = QLabel(
            self.tr(
                "Scan this code with your phone, on the same network. You will be asked to"
                " allow the phone here before it can control the show."
            )
        )
        explain.setWordWrap(True)
        self.address = QLabel()
        self.address.setAccessibleName(self.tr("Remote address"))
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Which phone controls the show"))
        self.revoke_button = QPushButton(self.tr("Revoke phone"))
        self.revoke_button.setAccessibleName(self.tr("Lock the paired phone out"))
        self.revoke_button.clicked.connect(remote.revoke)
        self.stop_button = QPushButton(self.tr("Stop remote"))
        self.stop_button.setAccessibleName(self.tr("Stop the phone remote"))
        self.stop_button.clicked.connect(self._stop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revoke_button)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code, 1)
        layout.addWidget(explain)
        layout.addWidget(self.address)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._asking: dict[str, QMessageBox] = {}
        remote.pairingRequested.connect(self.ask)
        remote.controllerChanged.connect(self.refresh)
        remote.runningChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        url = self._remote.url
        if url:
            self.code.set_text(url)
        self.code.setVisible(bool(url))
        self.address.setText(url or self.tr("The remote is off."))
        controller = self._remote.controller
        self.status.setText(
            self.tr("Controlled by: %1").replace("%1", controller.label)
            if controller is not None
            else self.tr("No phone controls the show.")
        )
        self.revoke_button.setEnabled(controller is not None)
        self.stop_button.setEnabled(bool(url))

    def ask(self, device: str, label: str) -> None:
        """ "Allow this device?", without blocking the show: the talk goes on meanwhile."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Allow this device?"),
            self.tr("A phone (%1) asks to control the show. Allow it?").replace("%1", label),
            QMessageBox.StandardButton.NoButton,
            self.parentWidget(),
        )
        allow = box.addButton(self.tr("Allow"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Refuse"), QMessageBox.ButtonRole.RejectRole)
        box.setAccessibleName(self.tr("Allow this device?"))

        def answered() -> None:
            self._asking.pop(device, None)
            if box.clickedButton() is allow:
                self._remote.approve(device)
            else:
                self._remote.refuse(device)

        box.finished.connect(answered)
        self._asking[device] = box
        box.open()

    def _stop(self) -> None:
        self._remote.stop()
        self.hide()
