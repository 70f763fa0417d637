"""The speaker notes pane: the slide's notes as formatted Markdown, in a size the speaker picks.

Reading glasses and lecterns differ, so the font size is adjustable and kept
in the settings for the next talk.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.model.deck import Slide
from desktop_app.render.images import register_images
from desktop_app.text.markdown import pane_part, to_html

SETTING = "presenter/notes_point_size"
DEFAULT_SIZE = 20
MIN_SIZE, MAX_SIZE = 10, 60


class NotesView(QTextBrowser):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setAccessibleName(self.tr("Speaker notes"))
        self.setOpenLinks(False)  # notes links are cross-references, not places to browse to
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._size = _clamp(_as_int(settings.value(SETTING, DEFAULT_SIZE), DEFAULT_SIZE))
        self._apply_size()

    @property
    def point_size(self) -> int:
        return self._size

    def show_slide(self, slide: Slide | None, deck_folder: Path) -> None:
        """The slide's notes, with the deck's own pictures served by the deck's image rule."""
        notes = slide.notes.strip() if slide is not None else ""
        shown, cut = pane_part(notes)
        html = to_html(shown) if notes else self._empty()
        if slide is not None and cut:  # thousands of lines would block the console for seconds
            html += f"<p><b>{escape(self._cut_note(slide, deck_folder))}</b></p>"
        register_images(self.document(), html, deck_folder.resolve(), self.viewport().width())
        self.setHtml(html)
        self.verticalScrollBar().setValue(0)

    def _cut_note(self, slide: Slide, deck_folder: Path) -> str:
        try:
            where = slide.source.relative_to(deck_folder)
        except ValueError:
            where = slide.source
        return self.tr(
            "Only the beginning of these notes is shown: they are too long to read here. "
            "All of them are in {file}, line {line}."
        ).format(file=where, line=slide.line)

    def _empty(self) -> str:
        """What the pane says when the slide has no notes (grey, so it is not read as notes)."""
        text = escape(self.tr("No notes for this slide."))
        return f"<p style='color:#888888'><i>{text}</i></p>"

    def bigger(self) -> None:
        self.set_point_size(self._size + 2)

    def smaller(self) -> None:
        self.set_point_size(self._size - 2)

    def set_point_size(self, size: int) -> None:
        size = _clamp(size)
        if size != self._size:
            self._size = size
            self._settings.setValue(SETTING, size)
            self._apply_size()

    def _apply_size(self) -> None:
        font = self.font()
        font.setPointSize(self._size)
        self.setFont(font)
        self.document().setDefaultFont(font)


def _clamp(size: int) -> int:
    return max(MIN_SIZE, min(MAX_SIZE, size))


def _as_int(value: object, default: int) -> int:
    """A size from the settings file, which a person may have edited by hand."""
    try:
        return int(str(value))
    except ValueError:
        return default
