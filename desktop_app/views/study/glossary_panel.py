"""The Glossary tab: a searchable list of terms and the chosen term's definition.

Linked terms and arguments in the slide text open here, so a definition
stays on screen while the student keeps reading.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model.deck import Deck
from desktop_app.render.images import register_images
from desktop_app.study.page import with_titles
from desktop_app.text.markdown import plain, to_html
from desktop_app.text.safe_html import tooltip_text

_ID = Qt.ItemDataRole.UserRole


class GlossaryPanel(QWidget):
    slideLinkActivated = Signal(str)

    def __init__(self, deck: Deck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deck = deck
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter terms…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter glossary"))
        self.filter.setAccessibleDescription(self.tr("Type to narrow the list of terms."))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Glossary terms"))
        self.list.setAccessibleDescription(self.tr("Choose a term to read its definition below."))
        self.set_deck(deck)
        self.definition = QTextBrowser()
        self.definition.setOpenLinks(False)
        self.definition.setAccessibleName(self.tr("Definition"))
        self.definition.anchorClicked.connect(self._follow)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.definition, 3)
        self.filter.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self._chosen)
        self.definition.setPlainText(self.tr("Choose a term, or a linked term in the slide text."))

    def set_deck(self, deck: Deck) -> None:
        """List the deck's terms (again, after a reload)."""
        self._deck = deck
        self.list.clear()
        for term in sorted(deck.glossary, key=lambda t: t.term.casefold()):
            item = QListWidgetItem(term.term, self.list)
            item.setData(_ID, term.id)
            item.setToolTip(tooltip_text(plain(term.definition)))

    def show_term(self, term_id: str) -> None:
        term = self._deck.term(term_id)
        if term is None:
            return
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(_ID) == term_id:
                if item.isHidden():
                    self.filter.clear()
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
        also = self.tr("Also: %1").replace("%1", ", ".join(term.aliases))
        aliases = f"<p><i>{escape(also)}</i></p>" if term.aliases else ""
        self._show(f"<h3>{escape(term.term)}</h3>{to_html(term.definition)}{aliases}")

    def show_argument(self, argument_id: str) -> None:
        debate = self._deck.debate
        arg = debate.argument(argument_id) if debate else None
        if debate is None or arg is None:
            return
        side = debate.position(arg.side)
        who = f"{side.marker} {side.label}" if side else arg.side
        parts = [
            f"<h3>{escape(arg.title)}</h3>",
            f"<p><b>{escape(who)}</b></p>",
            to_html(arg.summary),
        ]
        if arg.detail:
            parts.append(to_html(arg.detail))
        if arg.examples:
            parts.append("<ul>" + "".join(f"<li>{plain(e)}</li>" for e in arg.examples) + "</ul>")
        self._show("".join(parts))

    def set_css(self, css: str) -> None:
        self.definition.document().setDefaultStyleSheet(css)

    def text(self) -> str:
        return self.definition.toPlainText()

    def _show(self, markup: str) -> None:
        html = with_titles(self._deck, markup)
        width = self.definition.viewport().width()
        register_images(self.definition.document(), html, self._deck.root.resolve(), width)
        self.definition.setHtml(html)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for i in range(self.list.count()):
            item = self.list.item(i)
            term = self._deck.term(str(item.data(_ID)))
            hay = " ".join((term.term, *term.aliases)).casefold() if term else ""
            item.setHidden(bool(needle) and needle not in hay)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_term(str(item.data(_ID)))

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "term":
            self.show_term(url.path())
        elif url.scheme() == "arg":
            self.show_argument(url.path())
        elif url.scheme() == "slide":
            self.slideLinkActivated.emit(url.path())
