"""File → Export…: the same export as `agora export`, with progress and Cancel.

The job paints one page per timer tick on the GUI thread: the text layout
cache the renderer shares with every window is not thread-safe, and a page
takes a few milliseconds, so the window stays responsive without a thread.
The export machinery (and pypdf with it) is imported when an export starts:
the presenter console adds File → Export… before its first slide.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.export.options import ExportCancelled, ExportError, ExportOptions, default_paper
from desktop_app.export.pages import parse_ranges
from desktop_app.export.pdf_poll import recorded_poll
from desktop_app.model.deck import Deck
from desktop_app.render.theme import THEME_NAMES
from desktop_app.views.sub_controls import name_sub_controls

if TYPE_CHECKING:
    from desktop_app.export.job import ExportJob


class ExportRunner(QObject):
    """Advances an ExportJob a page per event-loop turn and reports how it went."""

    progress = Signal(int, int)
    finished = Signal(str)  # the summary line
    failed = Signal(str)  # the reason, or "" when cancelled

    def __init__(self, job: ExportJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self._steps = job.steps()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self.job.cancel()

    def _step(self) -> None:
        try:
            done, total = next(self._steps)
        except StopIteration:
            self._timer.stop()
            assert self.job.result is not None
            self.finished.emit(self.job.result.summary())
        except ExportCancelled:
            self._timer.stop()
            self.failed.emit("")
        except ExportError as exc:
            self._timer.stop()
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug or an OSError must end the run, not leave it spinning
            self._timer.stop()
            self.failed.emit(
                self.tr("Export to {output} failed: {reason}").format(
                    output=self.job.options.output, reason=exc
                )
            )
        else:
            self.progress.emit(done, total)


class ExportDialog(QDialog):
    def __init__(self, deck: Deck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deck = deck
        self.runner: ExportRunner | None = None
        self.setWindowTitle(self.tr("Export"))
        self.setAccessibleName(self.tr("Export deck"))
        form = QFormLayout()
        self.format = self._combo(
            self.tr("Format"), [(self.tr("PDF document"), "pdf"), (self.tr("PNG images"), "png")]
        )
        self.layout_box = self._combo(
            self.tr("Layout"),
            [
                (self.tr("Slides"), "slides"),
                (self.tr("Handout (3 per page)"), "handout"),
                (self.tr("Notes pages"), "notes"),
            ],
        )
        self.builds = self._combo(
            self.tr("Builds"),
            [(self.tr("Final slide only"), "final"), (self.tr("A page per build step"), "all")],
        )
        titles = {
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
            "high-contrast": self.tr("High contrast"),
        }
        themes = [(self.tr("Deck's theme"), "")] + [
            (titles.get(n, n.capitalize()), n) for n in THEME_NAMES
        ]
        self.theme = self._combo(self.tr("Theme"), themes)
        self.paper = self._combo(self.tr("Paper"), [("A4", "a4"), (self.tr("US Letter"), "letter")])
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        self.slides = QLineEdit()
        self.slides.setPlaceholderText(self.tr("all, or e.g. 3-7,10"))
        self.slides.setAccessibleName(self.tr("Slides to export"))
        self.width_box = QSpinBox()
        self.width_box.setRange(160, 7680)
        self.width_box.setValue(1920)
        self.width_box.setSuffix(self.tr(" px"))
        self.width_box.setAccessibleName(self.tr("Image width"))
        self.notes = QCheckBox(self.tr("Speaker notes as PDF comments, and a pdfpc file"))
        self.comparison = QCheckBox(self.tr("Add comparison pages (overview and each dimension)"))
        self.annotations = QCheckBox(self.tr("Include &annotations (ink saved in presenter mode)"))
        self.annotations.setAccessibleName(self.tr("Include annotations"))
        self.poll = QCheckBox(self.tr("Add the class &results (poll votes recorded for this deck)"))
        self.poll.setAccessibleName(self.tr("Include class results"))
        self.poll.setChecked(_has_results(deck))
        self.output = QLineEdit(str(Path.home() / f"{deck.root.name}.pdf"))
        self.output.setAccessibleName(self.tr("Save to"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose where to save"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.output, 1)
        where.addWidget(browse)
        for label, widget in (
            (self.tr("&Format:"), self.format),
            (self.tr("&Layout:"), self.layout_box),
            (self.tr("&Builds:"), self.builds),
            (self.tr("&Theme:"), self.theme),
            (self.tr("&Paper:"), self.paper),
            (self.tr("S&lides:"), self.slides),
            (self.tr("Image &width:"), self.width_box),
        ):
            form.addRow(label, widget)
        form.addRow("", self.notes)
        form.addRow("", self.comparison)
        form.addRow("", self.annotations)
        form.addRow("", self.poll)
        save_label = QLabel(self.tr("&Save to:"))
        save_label.setBuddy(self.output)
        form.addRow(save_label, where)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Export progress"))
        self.bar.setTextVisible(True)
        self.status = QLabel(" ")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self._cancel)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.bar)
        box.addWidget(self.status)
        box.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._sync)
        self.layout_box.currentIndexChanged.connect(self._sync)
        self._sync()
        name_sub_controls(self)

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _sync(self) -> None:
        """Only the options that apply to the chosen format and layout are enabled."""
        png = self.format.currentData() == "png"
        if png:
            self.layout_box.setCurrentIndex(0)
        paper = self.layout_box.currentData() != "slides"
        self.layout_box.setEnabled(not png)
        self.paper.setEnabled(paper and not png)
        self.builds.setEnabled(not paper)
        self.width_box.setEnabled(png)
        self.notes.setEnabled(not png)
        self.poll.setEnabled(not png and self.layout_box.currentData() != "notes")
        path = Path(self.output.text())
        if png and path.suffix.lower() == ".pdf":
            self.output.setText(str(path.with_suffix("")))
        elif not png and not path.suffix:
            self.output.setText(str(path.with_suffix(".pdf")))

    def _browse(self) -> None:
        if self.format.currentData() == "png":
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Export images to"), self.output.text()
            )
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export PDF"), self.output.text(), self.tr("PDF documents (*.pdf)")
            )
        if chosen:
            self.output.setText(chosen)

    def options(self) -> ExportOptions:
        """The form as export options; raises ValueError with a message for the status line."""
        text = self.output.text().strip()
        if not text:
            raise ValueError(self.tr("Choose where to save the export."))
        ranges = self.slides.text().strip()
        slides = parse_ranges(ranges, len(self.deck.slides)) if ranges else None
        return ExportOptions(
            output=Path(text).expanduser(),
            format=self.format.currentData(),
            layout=self.layout_box.currentData(),
            builds=self.builds.currentData(),
            theme=self.theme.currentData() or None,
            slides=slides,
            paper=self.paper.currentData(),
            pdf_notes=self.notes.isChecked() and self.notes.isEnabled(),
            width=self.width_box.value(),
            comparison_pages=self.comparison.isChecked(),
            annotations=self.annotations.isChecked(),
            results=self.poll.isChecked() and self.poll.isEnabled(),
        )

    def start(self) -> None:
        if self.runner is not None:
            return
        from desktop_app.export.job import ExportJob

        try:
            job = ExportJob(self.deck, self.options())
        except (ValueError, ExportError) as exc:
            self.status.setText(f"⚠ {exc}")
            return
        self.runner = ExportRunner(job, self)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.runner.start()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.bar.setFormat(
            self.tr("Page %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        )

    def _finished(self, summary: str) -> None:
        self.runner = None
        self.status.setText(f"✓ {summary}")
        self.export_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Close"))

    def _failed(self, reason: str) -> None:
        self.runner = None
        self.bar.reset()
        self.status.setText(
            f"⚠ {reason}" if reason else self.tr("Export cancelled; nothing was changed.")
        )
        self.export_button.setEnabled(True)

    def _cancel(self) -> None:
        """Cancel stops a running export first; a second press (or none running) closes."""
        if self.runner is not None:
            self.runner.cancel()
        else:
            self.reject()


def _has_results(deck: Deck) -> bool:
    """Whether votes were recorded for the deck: then the dialog offers them preselected.

    A damaged poll file counts, so the export reports it instead of leaving it out silently.
    """
    try:
        return recorded_poll(deck) is not None
    except ExportError:
        return True


def open_export_dialog(deck: Deck, window: QWidget) -> ExportDialog:
    """The export dialog for `deck`, window-modal over `window`, gone once closed."""
    dialog = ExportDialog(deck, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
