"""The slide views as screen readers see them: a document of headings, paragraphs and lists.

A slide is painted, so without help assistive technology finds one widget
with a name. `SlideAccessible` is the Qt accessibility interface of every
`SlideView` (installed by `slide_view` with `QAccessible.installFactory`): the view's name
says which slide it is, its description is the slide's whole visible text,
and its children are the slide's blocks in reading order (a heading, a
paragraph, a list whose items are children of their own), all taken from
`text.reading.slide_reading` at the step shown. On a comparison, each
revealed argument card is a focusable list item named with its side, title and
summary; the card the arrow keys select has the accessible focus.

Child interfaces are plain `QAccessibleInterface` objects that Qt's
accessibility cache keeps by id. They are made once per position in the tree
and reused as slides change (only their text changes), and deleted from the
cache when the view goes, so the cache never points at a freed object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget

from desktop_app.text.reading import (
    CONTEXT,
    ENGLISH,
    HEADING,
    IMAGE,
    LIST,
    QUOTE,
    Block,
    Phrases,
    Reading,
)

if TYPE_CHECKING:
    from desktop_app.views.slide_view import SlideView

_R = QAccessible.Role
_ROLES = {HEADING: _R.Heading, LIST: _R.List, IMAGE: _R.Graphic, QUOTE: _R.BlockQuote}


class _Node(QAccessibleInterface):
    """A block of the slide, or an item of a list block."""

    def __init__(self, parent: QAccessibleInterface, rect: Callable[[str], QRect]) -> None:
        super().__init__()
        self._parent = parent
        self._rect = rect
        self.role_ = _R.Paragraph
        self.name = ""
        self.key = ""
        self.focused = False
        self.children: list[_Node] = []
        self.count = 0  # how many of `children` are in use
        QAccessible.registerAccessibleInterface(self)

    def show(self, role: QAccessible.Role, name: str, key: str = "", focused: bool = False) -> None:
        self.role_, self.name, self.key, self.focused = role, name, key, focused

    def isValid(self) -> bool:
        return True

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow:
        return self._parent.window()

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return next((c for c in self.children[: self.count] if c.focused), None)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return next((c for c in self.children[: self.count] if c.rect().contains(x, y)), None)

    def parent(self) -> QAccessibleInterface:
        return self._parent

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return self.children[index] if 0 <= index < self.count else None

    def childCount(self) -> int:
        return self.count

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return next((i for i, c in enumerate(self.children[: self.count]) if c is child), -1)

    def text(self, kind: QAccessible.Text) -> str:
        return self.name if kind == QAccessible.Text.Name else ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        """Slide text is read-only."""

    def rect(self) -> QRect:
        return self._rect(self.key)

    def role(self) -> QAccessible.Role:
        return self.role_

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.readOnly = True
        if self.key:  # a comparison card: the arrow keys select it
            state.focusable = state.selectable = True
            state.focused = state.selected = self.focused
        return state


def _fill(
    owner: QAccessibleInterface, nodes: list[_Node], count: int, rect: Callable[[str], QRect]
) -> list[_Node]:
    """Grow the reusable node list to `count` nodes (never shrinks: the cache holds them)."""
    while len(nodes) < count:
        nodes.append(_Node(owner, rect))
    return nodes


class SlideAccessible(QAccessibleWidget):
    """The interface of a SlideView: name, full text as description, blocks as children."""

    def __init__(self, view: SlideView) -> None:
        super().__init__(view, _R.Document, "")
        self._view = view
        self._nodes: list[_Node] = []
        self._count = 0
        self._shown: Reading | None = None
        self._selected = ""
        nodes = self._nodes
        view.destroyed.connect(lambda: _forget(nodes))

    def _reading(self) -> Reading | None:
        """The view's reading, with the child nodes brought up to date when it changed."""
        reading = self._view.reading()
        selected = self._view.selected_card()
        if reading is not None and (reading, selected) != (self._shown, self._selected):
            self._shown, self._selected = reading, selected
            self._build(reading.blocks, selected)
        return reading

    def _build(self, blocks: tuple[Block, ...], selected: str) -> None:
        _fill(self, self._nodes, len(blocks), self._view.card_rect)
        self._count = len(blocks)
        for node, block in zip(self._nodes, blocks, strict=False):
            # A list without a caption is still named: readers list unnamed lists as faults.
            name = block.text or (_points() if block.role == LIST else "")
            node.show(_ROLES.get(block.role, _R.Paragraph), name)
            _fill(node, node.children, len(block.items), self._view.card_rect)
            node.count = len(block.items)
            keys = block.keys or ("",) * len(block.items)
            for item, text, key in zip(node.children, block.items, keys, strict=False):
                item.show(_R.ListItem, text, key, bool(key) and key == selected)

    def focused_card(self) -> _Node | None:
        self._reading()
        return next(
            (c for n in self._nodes[: self._count] for c in n.children[: n.count] if c.focused),
            None,
        )

    def text(self, kind: QAccessible.Text) -> str:
        reading = self._reading()
        label = self._view.accessibleName()
        if reading is None:
            return label if kind == QAccessible.Text.Name else super().text(kind)
        if kind == QAccessible.Text.Name:
            if not self._view.numbered:
                return label or reading.title
            return f"{label}, {reading.name}" if label else reading.name
        if kind == QAccessible.Text.Description:
            return reading.text
        return super().text(kind)

    def childCount(self) -> int:
        self._reading()
        return self._count

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        self._reading()
        return self._nodes[index] if 0 <= index < self._count else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return next((i for i, n in enumerate(self._nodes[: self._count]) if n is child), -1)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return self.focused_card()

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        card = next(
            (
                c
                for n in self._nodes[: self._count]
                for c in n.children[: n.count]
                if c.key and c.rect().contains(x, y)
            ),
            None,
        )
        return card.parent() if card is not None else None


def phrases() -> Phrases:
    """The reading's own words in the app's language (text.reading stays Qt-free)."""
    return Phrases(
        **{
            name: QCoreApplication.translate(CONTEXT, english)
            for name, english in vars(ENGLISH).items()
        }
    )


def _points() -> str:
    return QCoreApplication.translate("SlideAccessible", "Points")


def _forget(nodes: list[_Node]) -> None:
    """Take the view's nodes out of Qt's accessibility cache as the view is destroyed."""
    for node in nodes:
        _forget(node.children)
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(node))
    nodes.clear()
