"""The centre of study mode: the slide's picture above, its whole text and notes below.

Links inside the text never leave the app unless they are web links, which
open in the user's browser only when clicked. `term:`, `arg:` and `slide:`
links become signals the window routes to the glossary panel or navigation.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QSplitter, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from desktop_app.model.deck import Deck, Slide
from desktop_app.render.images import register_images
from desktop_app.render.theme import Theme
from desktop_app.study.glossary import TermMatcher
from desktop_app.study.page import slide_page
from desktop_app.study.search import spans, words
from desktop_app.views.slide_view import SlideView
from desktop_app.views.study.style import document_css
from desktop_app.views.study.words import interface_words

#: The narrowest width pictures in the text are fitted to, before the pane has its size.
READING_WIDTH = 480


class Reader(QWidget):
    termActivated = Signal(str)
    argumentActivated = Signal(str)
    slideLinkActivated = Signal(str)
    #: The definition (or "") of the link under the mouse, for the status bar.
    hovered = Signal(str)

    def __init__(self, deck: Deck, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deck = deck
        self._theme = theme
        self._matcher = TermMatcher(deck.glossary)
        self._index = 0
        self.slide = SlideView(deck, theme)
        self.slide.setAccessibleName(self.tr("Slide picture"))
        self.slide.announces = True
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("Slide text and notes"))
        self.text.setAccessibleDescription(
            self.tr(
                "The slide's full text and the presenter's notes. Tab moves between linked "
                "glossary terms; Enter shows a term's definition in the Glossary tab."
            )
        )
        self.text.anchorClicked.connect(self._follow)
        self.text.highlighted.connect(self._hover)
        self._split = QSplitter(Qt.Orientation.Vertical)
        self._split.addWidget(self.slide)
        self._split.addWidget(self.text)
        self._split.setChildrenCollapsible(False)
        self._user_sized = False
        self._split.splitterMoved.connect(self._moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._split)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Give the slide exactly its 16:9 height (no letterbox bars) until the user drags."""
        super().resizeEvent(event)
        if not self._user_sized:
            height = self._split.height()
            slide = min(int(self._split.width() * 9 / 16), int(height * 0.65))
            self._split.setSizes([slide, max(1, height - slide)])

    def _moved(self) -> None:
        self._user_sized = True

    def set_deck(self, deck: Deck) -> None:
        """A reloaded deck: the caller shows the slide again (its index may have moved)."""
        self._deck = deck
        self._matcher = TermMatcher(deck.glossary)
        self.slide.set_deck(deck, self._theme)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.text.document().setDefaultStyleSheet(document_css(theme))
        self.slide.set_deck(self._deck, theme)
        self.show_slide(self._index)

    def show_slide(self, index: int) -> None:
        self._index = index
        self.slide.set_position(index, None)
        slide = self._deck.slides[index]
        page = slide_page(
            self._deck, slide, self._matcher, interface_words(), self._cut_note(slide)
        )
        # Pictures come only from the deck's checked files, sized to the reading pane.
        width = max(READING_WIDTH, self.text.viewport().width() - 24)
        register_images(self.text.document(), page, self._deck.root.resolve(), width)
        self.text.setHtml(page)
        self.text.setExtraSelections([])

    def _cut_note(self, slide: Slide) -> str:
        """What follows a text too long for this pane: where the whole of it is."""
        try:
            where = slide.source.relative_to(self._deck.root)
        except ValueError:
            where = slide.source
        return self.tr(
            "Only the beginning is shown: this text is too long to read here. "
            "All of it is in {file}, line {line}, and in the study guide."
        ).format(file=where, line=slide.line)

    def highlight(self, query: str) -> int:
        """Mark every match of the query's words in the text; scroll to the first. Returns count."""
        document = self.text.document()
        found = spans(document.toPlainText(), words(query))
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self._theme.color("accent")))
        fmt.setForeground(QColor(self._theme.color("background")))
        fmt.setFontUnderline(True)  # a second cue besides colour
        selections = []
        for start, end in found:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.text.setExtraSelections(selections)
        if found:
            cursor = QTextCursor(document)
            cursor.setPosition(found[0][0])
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()
        return len(found)

    def _follow(self, url: QUrl) -> None:
        scheme, target = url.scheme(), url.path()
        if scheme == "term":
            self.termActivated.emit(target)
        elif scheme == "arg":
            self.argumentActivated.emit(target)
        elif scheme == "slide":
            self.slideLinkActivated.emit(target)
        elif scheme in ("http", "https", "mailto"):  # the web schemes the allow-list keeps
            QDesktopServices.openUrl(url)

    def _hover(self, url: QUrl) -> None:
        text = ""
        if url.scheme() == "term" and (term := self._deck.term(url.path())) is not None:
            text = f"{term.term}: {term.definition}"
        elif url.scheme() == "arg" and self._deck.debate is not None:
            arg = self._deck.debate.argument(url.path())
            text = f"{arg.title}: {arg.summary}" if arg else ""
        self.hovered.emit(text)
