"""The comparison of one presentation: revealed rows, focus, selection, filters.

Owned by the deck's `PresentationState` (`state.comparison`), so every
window showing the comparison (the audience window, the presenter console
and the room's copies) observes this one object and stays in step, and a
reload swaps the debate here. Every rule (which keys move where, what Esc
undoes, what the renderer is told to dim) lives here and is tested without
widgets; it needs QtCore only, for the `changed` signal.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop_app.model.comparison import ComparisonFocus, Row, comparison_rows, matches
from desktop_app.model.debate import Argument, Debate


class ComparisonState(QObject):
    """The interactive state of one comparison; `changed` follows every change.

    `debate` is None while the deck has no debate: there are no rows then,
    and every command does nothing.
    """

    #: Rows revealed, focus, selection, detail, filters or the debate changed.
    changed = Signal()

    def __init__(
        self,
        debate: Debate | None = None,
        dimensions: tuple[str, ...] = (),
        revealed: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.debate = debate
        self.rows: tuple[Row, ...] = comparison_rows(debate, dimensions) if debate else ()
        self.revealed = len(self.rows) if revealed is None else self._clamp(revealed)
        self.focus_row = ""
        self.selected = ""
        self.detail_open = False
        self.sides: frozenset[str] = frozenset()
        self.query = ""

    def _changed(self) -> None:
        self.changed.emit()

    # -- reading ---------------------------------------------------------------------------

    @property
    def steps(self) -> int:
        """How many reveal steps there are: one per row, the hybrid row included."""
        return len(self.rows)

    def selected_argument(self) -> Argument | None:
        return self.debate.argument(self.selected) if self.selected and self.debate else None

    def focus(self) -> ComparisonFocus:
        """What the renderer needs to draw this state."""
        return ComparisonFocus(
            dimension=self.focus_row,
            selected=self.selected,
            highlighted=frozenset(self.debate.linked(self.selected))
            if self.selected and self.debate
            else frozenset(),
            sides=self.sides,
            query=self.query,
        )

    def visible_cards(self) -> list[Argument]:
        """Cards on screen now: in a revealed row and passing the side filter and search."""
        focus = self.focus()
        return [a for row in self.rows[: self.revealed] for a in row.cards if matches(a, focus)]

    def row_of(self, argument_id: str) -> int:
        return next(
            (i for i, r in enumerate(self.rows) if any(a.id == argument_id for a in r.cards)), -1
        )

    # -- revealing -------------------------------------------------------------------------

    def _clamp(self, n: int) -> int:
        return max(0, min(n, len(self.rows)))

    def set_revealed(self, n: int) -> None:
        n = self._clamp(n)
        if n == self.revealed:
            return
        self.revealed = n
        if self.selected and self.row_of(self.selected) >= n:
            self.selected, self.detail_open = "", False
        focus_index = next((i for i, r in enumerate(self.rows) if r.id == self.focus_row), -1)
        if focus_index >= n:
            self.focus_row = ""
        self._changed()

    def reveal_next(self) -> None:
        self.set_revealed(self.revealed + 1)

    def hide_last(self) -> None:
        self.set_revealed(self.revealed - 1)

    def reveal_all(self) -> None:
        self.set_revealed(len(self.rows))

    # -- focus, filters, search ------------------------------------------------------------

    def set_focus_row(self, row_id: str) -> None:
        """Focus one row (dimming the rest); revealing it first if it is still hidden."""
        index = next((i for i, r in enumerate(self.rows) if r.id == row_id), -1)
        row_id = row_id if index >= 0 else ""
        if index >= self.revealed:
            self.revealed = index + 1
        if row_id != self.focus_row:
            self.focus_row = row_id
            if row_id and self.selected and self.row_of(self.selected) != index:
                self.selected, self.detail_open = "", False
        self._changed()

    def focus_number(self, number: int) -> None:
        """Number keys: 1..n focus row n, 0 clears the focus."""
        if number == 0:
            self.set_focus_row("")
        elif 1 <= number <= len(self.rows):
            self.set_focus_row(self.rows[number - 1].id)

    def toggle_focus(self) -> None:
        """F: focus the selected card's row (or the last revealed one), or clear the focus."""
        if self.focus_row:
            self.set_focus_row("")
            return
        index = self.row_of(self.selected) if self.selected else self.revealed - 1
        if index >= 0:
            self.set_focus_row(self.rows[index].id)

    def set_sides(self, sides: frozenset[str]) -> None:
        """Show only these sides; every side (or none) means no filter."""
        every = frozenset(p.id for p in self.debate.positions) if self.debate else frozenset()
        sides = frozenset() if sides >= every else sides
        if sides != self.sides:
            self.sides = sides
            self._drop_hidden_selection()
            self._changed()

    def set_query(self, query: str) -> None:
        query = " ".join(query.split())
        if query != self.query:
            self.query = query
            self._drop_hidden_selection()
            self._changed()

    def _drop_hidden_selection(self) -> None:
        arg = self.selected_argument()
        if arg is not None and not matches(arg, self.focus()):
            self.selected, self.detail_open = "", False

    # -- selection and keyboard navigation -------------------------------------------------

    def select(self, argument_id: str, open_detail: bool | None = None) -> None:
        """Select a card (revealing and focusing its row if needed); '' clears the selection."""
        index = self.row_of(argument_id)
        if argument_id and index < 0:
            return
        self.selected = argument_id
        if argument_id:
            self.revealed = max(self.revealed, index + 1)
            if self.focus_row and self.focus_row != self.rows[index].id:
                self.focus_row = self.rows[index].id
        if open_detail is not None:
            self.detail_open = open_detail and bool(argument_id)
        elif not argument_id:
            self.detail_open = False
        self._changed()

    def move(self, d_line: int, d_col: int) -> None:
        """Arrow keys: step through the revealed cards in grid order, skipping dimmed ones."""
        grid = self._grid()
        if not grid:
            return
        here = next(
            (
                (li, ci)
                for li, line in enumerate(grid)
                for ci, a in enumerate(line)
                if a is not None and a.id == self.selected
            ),
            None,
        )
        if here is None:
            first = self._first_card()
            if first is not None:
                self.select(first.id)
            return
        li, ci = here
        if d_col:
            line = grid[li]
            cols = [c for c in range(len(line)) if line[c] is not None]
            pos = cols.index(ci) + d_col
            if 0 <= pos < len(cols):
                self.select(line[cols[pos]].id)  # type: ignore[union-attr]
            return
        target = li + d_line
        while 0 <= target < len(grid):
            line = grid[target]
            cols = [c for c in range(len(line)) if line[c] is not None]
            if cols:
                best = min(cols, key=lambda c: abs(c - ci))
                self.select(line[best].id)  # type: ignore[union-attr]
                return
            target += d_line

    def _first_card(self) -> Argument | None:
        """Where keyboard selection starts: the focused row if there is one, else the top."""
        cards = self.visible_cards()
        in_focus = [a for a in cards if self.rows[self.row_of(a.id)].id == self.focus_row]
        return next(iter(in_focus or cards), None)

    def _grid(self) -> list[tuple[Argument | None, ...]]:
        """Visual lines of the revealed rows, with cards the filters dim left out."""
        visible = {a.id for a in self.visible_cards()}
        return [
            tuple(a if a is not None and a.id in visible else None for a in line)
            for row in self.rows[: self.revealed]
            for line in row.lines
        ]

    def open_detail(self) -> None:
        """Enter: open the selected card's detail (selecting the first card if none is)."""
        if not self.selected:
            first = self._first_card()
            if first is None:
                return
            self.selected = first.id
        self.detail_open = True
        self._changed()

    def escape(self) -> bool:
        """Esc undoes one thing: the detail, then the selection, then the focus.

        Returns False when there was nothing to undo, so the host window may
        use Esc itself (to leave the comparison, say).
        """
        if self.detail_open:
            self.detail_open = False
        elif self.selected:
            self.selected = ""
        elif self.focus_row:
            self.focus_row = ""
        else:
            return False
        self._changed()
        return True

    # -- reload ----------------------------------------------------------------------------

    def replace_debate(self, debate: Debate | None, dimensions: tuple[str, ...] = ()) -> None:
        """A reloaded deck: keep what still exists (selection, focus, filters)."""
        self.debate = debate
        self.rows = comparison_rows(debate, dimensions) if debate else ()
        self.revealed = self._clamp(self.revealed)
        if self.row_of(self.selected) < 0:
            self.selected, self.detail_open = "", False
        if all(r.id != self.focus_row for r in self.rows):
            self.focus_row = ""
        self._changed()
