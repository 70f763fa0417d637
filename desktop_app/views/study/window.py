"""Study mode's main window: contents on the left, the slide and its text in the centre,
glossary, own notes and quiz on the right.

The window only wires panels together; what it shows comes from the
Qt-free `desktop_app.study` modules and every change the student confirms
goes straight to the study store. The deck and the slide shown are the
presentation state's (shared with the audience window when study mode is
opened from there), so a live reload reaches every panel, on the same
slide, and a broken edit shows the problem banner here too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.app import settings
from desktop_app.loader import check_deck
from desktop_app.model.deck import Deck
from desktop_app.render.fonts import register_fonts
from desktop_app.render.theme import THEME_NAMES, load_theme
from desktop_app.state.live import live_reload
from desktop_app.state.presentation import PresentationState
from desktop_app.study.content import slide_title
from desktop_app.study.search import Result, SearchIndex
from desktop_app.study.store import BOOKMARK, UNDERSTOOD, StudyStore
from desktop_app.study.words import fill
from desktop_app.views.banner import ProblemBanner
from desktop_app.views.command_set import set_title
from desktop_app.views.geometry import place_default
from desktop_app.views.help_overlay import HelpOverlay
from desktop_app.views.study.actions import build_actions
from desktop_app.views.study.glossary_panel import GlossaryPanel
from desktop_app.views.study.guide import GuideExport
from desktop_app.views.study.notes_panel import NotesPanel
from desktop_app.views.study.progress import ProgressDialog
from desktop_app.views.study.quiz_panel import QuizPanel
from desktop_app.views.study.reader import Reader
from desktop_app.views.study.search_panel import SearchPanel
from desktop_app.views.study.store_banner import StoreBanner
from desktop_app.views.study.style import document_css, palette, stylesheet
from desktop_app.views.study.toc import ContentsTree
from desktop_app.views.study.words import interface_words
from desktop_app.views.sub_controls import name_sub_controls

BASE_POINTS = 11.0
MIN_POINTS, MAX_POINTS = 8.0, 28.0


class StudyWindow(QMainWindow):
    def __init__(
        self,
        state: PresentationState,
        store: StudyStore,
        resume: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """`resume`: open at the slide the student last studied, not the state's slide."""
        super().__init__(parent)
        self.state = state
        deck = state.deck
        #: The deck the study store belongs to: another deck opened in the state ends this window.
        self._root = deck.root
        self.store = store
        self._settings = settings()
        self._points = _number(self._settings.value("study/text_points"), BASE_POINTS)
        theme_name = str(self._settings.value("study/theme", deck.theme))
        self._theme_name = theme_name if theme_name in THEME_NAMES else "light"
        theme = load_theme(self._theme_name)
        self._title(deck)

        self.search = SearchPanel()
        self.search.hide()
        self._index_search()
        self.toc = ContentsTree(deck)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.search, 1)
        left_layout.addWidget(self.toc, 2)

        self.reader = Reader(deck, theme)
        self.glossary = GlossaryPanel(deck)
        self.notes = NotesPanel(store)
        self.quiz = QuizPanel(deck, store)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Study panels"))
        self.tabs.addTab(self.glossary, self.tr("&Glossary"))
        self.tabs.addTab(self.notes, self.tr("My &notes"))
        self.tabs.addTab(self.quiz, self.tr("&Quiz"))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.reader)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 3)
        split.setSizes([300, 760, 380])
        split.setChildrenCollapsible(False)
        self.banner = ProblemBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        # Says when the student's changes cannot be saved (a bad day: locked, read-only, full).
        self.store_banner = StoreBanner(store)
        column.addWidget(self.store_banner)
        column.addWidget(split, 1)
        self.setCentralWidget(central)

        self.commands = build_actions(
            self,
            {
                "go.previous": lambda: self.go(self.index - 1),
                "go.next": lambda: self.go(self.index + 1),
                "study.bookmark": lambda: self._toggle(BOOKMARK),
                "study.understood": lambda: self._toggle(UNDERSTOOD),
                "study.find": self.search.open,
                "view.text_larger": lambda: self.set_text_points(self._points + 1),
                "view.text_smaller": lambda: self.set_text_points(self._points - 1),
                "view.text_reset": lambda: self.set_text_points(BASE_POINTS),
                "study.export": self._ask_export,
                "study.progress": self.show_progress,
                "study.contents": self.toc.setFocus,
                "study.glossary": lambda: self._show_tab(self.glossary.filter),
                "study.notes": lambda: self._show_tab(self.notes.editor),
                "study.quiz": lambda: self._show_tab(self.quiz.scope),
                "view.help": lambda: self.show_help(self.help.isHidden()),
                "file.close": self.close,
            },
            self.set_theme,
            self._settings,
        )
        self.help = HelpOverlay(self)
        self.help.closed.connect(self.reader.text.setFocus)

        self.toc.slideChosen.connect(self.go)
        self.reader.termActivated.connect(self.show_term)
        self.reader.argumentActivated.connect(self.show_argument)
        self.reader.slideLinkActivated.connect(self._go_to_id)
        self.reader.hovered.connect(lambda text: self.statusBar().showMessage(text))
        self.glossary.slideLinkActivated.connect(self._go_to_id)
        self.search.resultChosen.connect(self.open_result)
        self.search.closed.connect(self.reader.text.setFocus)
        self.notes.saved.connect(lambda *_: self._index_search())
        self.setTabOrder(self.search.field, self.search.results)
        self.setTabOrder(self.search.results, self.toc)
        self.setTabOrder(self.toc, self.reader.text)
        self.setTabOrder(self.reader.text, self.tabs)

        self.set_theme(self._theme_name)
        self.set_text_points(self._points)
        self._refresh_marks()
        geometry = self._settings.value("study/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:  # roomy, but never larger than the screen (a 1280×720 projector laptop)
            place_default(self, QSize(1440, 900))
        self.banner.follow(state)
        self.reloader = live_reload(state, check_deck)
        state.deckChanged.connect(self._deck_changed)
        state.positionChanged.connect(self._show_slide)
        position = store.position() if resume else ""
        if position:
            state.goto(max(0, deck.slide_index(position)))
        self._show_slide()
        name_sub_controls(self)
        self.toc.setFocus()

    # -- navigation ----------------------------------------------------------

    @property
    def deck(self) -> Deck:
        return self.state.deck

    @property
    def index(self) -> int:
        return self.state.index

    def go(self, index: int) -> None:
        self.state.goto(index)

    def _deck_changed(self) -> None:
        deck = self.deck
        if deck.root != self._root:
            self.close()  # File → Open chose another deck; its study data is not this store's
            return
        self._title(deck)
        self._index_search()
        self.toc.set_deck(deck)
        self.reader.set_deck(deck)
        self.glossary.set_deck(deck)
        self.quiz.set_deck(deck)
        self._refresh_marks()
        self._show_slide()

    def _title(self, deck: Deck) -> None:
        self.setWindowTitle(self.tr("%1 — Agora study").replace("%1", deck.title))

    def _index_search(self) -> None:
        self.search.set_index(SearchIndex(self.deck, self.store.notes(), interface_words()))

    def _show_slide(self) -> None:
        index = self.index
        if not self.deck.slides:
            return
        slide = self.deck.slides[index]
        self.store.set_position(slide.id)
        self.reader.show_slide(index)
        self.toc.select_slide(index)
        title = slide_title(self.deck, slide, interface_words())
        self.notes.set_slide(slide.id, title)
        self._show_marks(slide.id)
        self.commands.previous.setEnabled(index > 0)
        self.commands.next.setEnabled(index < len(self.deck.slides) - 1)
        self.statusBar().showMessage(
            fill(
                self.tr("Slide %1 of %2: %3"),
                str(index + 1),
                str(len(self.deck.slides)),
                title,
            )
        )

    def _go_to_id(self, slide_id: str) -> None:
        index = self.deck.slide_index(slide_id)
        if index >= 0:
            self.go(index)

    def open_result(self, result: Result, query: str) -> None:
        if result.kind == "slide":
            self.go(int(result.target))
            self.reader.highlight(query)
            self.reader.text.setFocus()
        elif result.kind == "argument":
            self.show_argument(str(result.target))
        else:
            self.show_term(str(result.target))

    # -- panels --------------------------------------------------------------

    def show_term(self, term_id: str) -> None:
        self.glossary.show_term(term_id)
        self.tabs.setCurrentWidget(self.glossary)

    def show_argument(self, argument_id: str) -> None:
        self.glossary.show_argument(argument_id)
        self.tabs.setCurrentWidget(self.glossary)

    def _show_tab(self, focus: QWidget) -> None:
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and page.isAncestorOf(focus):
                self.tabs.setCurrentIndex(i)
        focus.setFocus()

    def show_help(self, on: bool) -> None:
        """Every key of this window, over its panels (? or F1 again, Esc or a click closes)."""
        if on:
            self.help.set_sections(self.commands.commands.help_sections())
            self.help.show()
            self.help.raise_()
            self.help.setFocus()
        else:
            self.help.hide()

    def show_progress(self) -> ProgressDialog:
        self.notes.flush()
        dialog = ProgressDialog(self.deck, self.store, self)
        dialog.open()
        return dialog

    # -- marks ---------------------------------------------------------------

    def _toggle(self, kind: str) -> None:
        slide = self.deck.slides[self.index]
        on = not self.store.is_marked(slide.id, kind)
        self.store.set_mark(slide.id, kind, on)
        self._show_marks(slide.id)
        self._refresh_marks()
        said = {
            (BOOKMARK, True): self.tr("Bookmarked"),
            (BOOKMARK, False): self.tr("Bookmark removed"),
            (UNDERSTOOD, True): self.tr("Marked as understood"),
            (UNDERSTOOD, False): self.tr("No longer marked as understood"),
        }
        self.statusBar().showMessage(said[kind, on])

    def _show_marks(self, slide_id: str) -> None:
        """Check state and words both say whether the slide is marked, not colour alone."""
        bookmarked = self.store.is_marked(slide_id, BOOKMARK)
        understood = self.store.is_marked(slide_id, UNDERSTOOD)
        self.commands.bookmark.setChecked(bookmarked)
        set_title(
            self.commands.bookmark,
            self.tr("★ &Bookmarked") if bookmarked else self.tr("☆ &Bookmark"),
        )
        self.commands.understood.setChecked(understood)
        set_title(
            self.commands.understood,
            self.tr("✓ &Understood") if understood else self.tr("○ Mark &understood"),
        )

    def _refresh_marks(self) -> None:
        self.toc.update_marks(self.store.marked(UNDERSTOOD), self.store.marked(BOOKMARK))

    # -- appearance ----------------------------------------------------------

    def set_theme(self, name: str) -> None:
        self._theme_name = name
        theme = load_theme(name)
        self.setPalette(palette(theme))
        self.setStyleSheet(stylesheet(theme))
        # The deck's typeface, so the study window reads like the slides it shows.
        register_fonts()
        font = self.font()
        font.setFamily(theme.fonts.get("body", font.family()))
        self.setFont(font)
        self.reader.text.document().setDefaultFont(font)
        self.reader.set_theme(theme)
        self.glossary.set_css(document_css(theme))
        self.commands.themes[name].setChecked(True)
        self._settings.setValue("study/theme", name)

    def set_text_points(self, points: float) -> None:
        self._points = max(MIN_POINTS, min(MAX_POINTS, points))
        font = self.font()
        font.setPointSizeF(self._points)
        self.setFont(font)
        self.reader.text.document().setDefaultFont(font)
        self._settings.setValue("study/text_points", self._points)

    # -- export and closing --------------------------------------------------

    def export_guide(self, target: Path) -> GuideExport:
        """Start writing the study guide PDF to `target`, with progress and Cancel."""
        self.notes.flush()
        export = GuideExport(self.deck, self.store, target, self)
        export.finished.connect(self.statusBar().showMessage)
        export.failed.connect(self._guide_failed)
        export.start()
        return export

    def _guide_failed(self, reason: str) -> None:
        if reason:
            QMessageBox.critical(self, self.tr("Export study guide"), reason)
        else:
            self.statusBar().showMessage(
                self.tr("Study guide export cancelled; nothing was changed.")
            )

    def _ask_export(self) -> None:
        default = Path.home() / f"{self.deck.root.name}-study-guide.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export study guide"), str(default), self.tr("PDF files (*.pdf)")
        )
        if name:
            self.export_guide(Path(name))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.notes.flush()
        self._settings.setValue("study/geometry", self.saveGeometry())
        self._settings.sync()
        self.store.close()
        super().closeEvent(event)


def _number(value: object, default: float) -> float:
    """A float from QSettings, which returns strings from INI files (or garbage if edited)."""
    try:
        return float(str(value))
    except ValueError:
        return default
