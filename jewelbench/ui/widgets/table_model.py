"""One table model for every list: rows are plain objects, columns say how to show them."""

from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QIcon

from jewelbench.domain.inputs import NumberRule
from jewelbench.storage.store import ReadError
from jewelbench.ui import i18n
from jewelbench.ui.widgets.lines import Setter

Row = TypeVar("Row")

PAGE_SIZE = 100  # rows read at a time: a screenful or so, each row a few domain objects
# A list read from SQL keeps this many pages of rows (the ones read last); others are read
# again when they are shown again.
KEPT_PAGES = 50
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Choices:
    """A cell chosen from a list rather than typed freely.

    items gives (label shown, value committed); typed=True gives a line that completes as
    the user types (find turns what was typed into a value, None when nothing matches),
    typed=False a drop-down list. refusal says why typed text was not taken ("{typed}" is the
    text)."""

    items: Callable[[], Sequence[tuple[str, str]]]
    find: Callable[[str], str | None] | None = None
    typed: bool = True
    refusal: str = "“{typed}” is not in the list"

    def value_for(self, text: str) -> str | None:
        """What typed text commits: an item's exact label or value, else what find says."""
        wanted = text.strip().casefold()
        for label, value in self.items():
            if wanted in (label.casefold(), value.casefold()):
                return value
        return self.find(text) if self.find is not None else None

    def matching(self, text: str) -> list[str]:
        """The labels offered while text is typed: every word typed begins a word of the
        label, or find names the item."""
        tokens = [t for t in re.split(r"[^0-9a-z]+", text.strip().casefold()) if t]
        found = self.find(text) if self.find is not None and text.strip() else None
        labels = []
        for label, value in self.items():
            words = [w for w in re.split(r"[^0-9a-z]+", f"{label} {value}".casefold()) if w]
            if not tokens or value == found or all(
                    any(w.startswith(t) for w in words) for t in tokens):
                labels.append(label)
        return labels


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    display: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    numeric: bool = False
    tooltip: Callable[[Row], str] | None = None
    decoration: Callable[[Row], QIcon | None] | None = None
    emphasis: Callable[[Row], bool] | None = None  # e.g. an expired quote, a failed QC
    # Editable in place: the text the editor starts with; the edit goes out as edit_requested.
    key: str = ""
    edit_text: Callable[[Row], str] | None = None
    rule: NumberRule | None = None  # a number field's bounds, checked before the edit goes out
    choices: Choices | None = None  # picked from a list (the value goes out as the text)
    # How the value read from an edit goes into a copy of the row's line (ui/widgets/lines)
    put: Setter[Any, Any] | None = None
    # A check box instead of text: whether it is ticked; a click or Space sends "yes"/"no".
    check: Callable[[Row], bool] | None = None
    # A list sorted in SQL: the storage listing's sort key for this column ('' not sortable)
    sort_name: str = ""


_NONE_FIRST = -(2**62)


def _sortable(key: Any, numeric: bool) -> Any:
    """A key Qt can compare in C++: Decimals become integers in 1/10,000ths (exact ordering,
    no binary floats), dates ISO text, missing numbers sort first."""
    if key is None:
        return _NONE_FIRST if numeric else ""
    if isinstance(key, Decimal):
        return int(key.scaleb(4).to_integral_value())
    if isinstance(key, (dt.date, dt.datetime)):
        return key.isoformat()
    return key


def _roles_answered(columns: Sequence[Column[Any]]) -> frozenset[int]:
    """The roles RecordTableModel.data answers for some column of these (see data)."""
    roles = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE, ROW_ROLE}
    if any(c.check is not None for c in columns):
        roles.add(Qt.ItemDataRole.CheckStateRole)
    if any(c.tooltip is not None for c in columns):
        roles.add(Qt.ItemDataRole.ToolTipRole)
    if any(c.decoration is not None for c in columns):
        roles.add(Qt.ItemDataRole.DecorationRole)
    if any(c.numeric for c in columns):
        roles.add(Qt.ItemDataRole.TextAlignmentRole)
    if any(c.emphasis is not None for c in columns):
        roles.add(Qt.ItemDataRole.FontRole)
    return frozenset(int(role) for role in roles)


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    # A cell was edited: (row object, column key, text typed). The model does not change the
    # row itself: the view turns the edit into an undoable command and then refreshes the row.
    edit_requested = Signal(object, str, str)
    # A page read as the view scrolled could not be read (the file is damaged): the reason.
    read_failed = Signal(str)

    def __init__(self, columns: Sequence[Column[Row]], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._answered = _roles_answered(self._columns)
        self._rows: list[Row] = []
        self._total = 0
        self._fetch: Callable[[int, int], Sequence[Row]] | None = None
        # A list read from SQL: every row counted, pages read when shown (page → rows)
        self._pages: OrderedDict[int, list[Row]] | None = None
        self._page_fetch: Callable[[int, int], Sequence[Row]] | None = None
        self._page_failed = False
        # A list sorted in SQL: a header click asks this (column, order) instead
        self.sort_handler: Callable[[int, Qt.SortOrder], None] | None = None
        self.editable = True  # False: check-box cells cannot be ticked (a read-only list)

    # --- loading -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = len(self._rows)
        self._fetch = None
        self._pages = None
        self.endResetModel()

    def set_sparse(self, total: int, fetch: Callable[[int, int], Sequence[Row]]) -> None:
        """All total rows counted, each page (PAGE_SIZE rows) read by fetch(offset, limit)
        when a view first asks for one of its rows: scrolling to the end of 20,000 rows
        reads the pages shown, not the ones scrolled past. The first page is read now: one
        that cannot be read (ReadError) leaves the list empty and the error goes to the
        caller."""
        first = list(fetch(0, PAGE_SIZE)) if total else []
        self.beginResetModel()
        self._rows = []
        self._fetch = None
        self._total = total
        self._pages = OrderedDict({0: first})
        self._page_fetch = fetch
        self._page_failed = False
        self.endResetModel()

    @property
    def sparse(self) -> bool:
        return self._pages is not None

    def pages_read(self) -> list[int]:
        """The pages held now (a list read from SQL), first to last."""
        return sorted(self._pages) if self._pages is not None else []

    def _row(self, row: int) -> Row | None:
        if self._pages is None:
            return self._rows[row] if 0 <= row < len(self._rows) else None
        if not 0 <= row < self._total:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._read_page(number)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _read_page(self, number: int) -> list[Row]:
        assert self._pages is not None and self._page_fetch is not None
        try:
            page = list(self._page_fetch(number * PAGE_SIZE, PAGE_SIZE))
        except ReadError as error:  # a damaged row: its page shows blank, said once
            page = []
            if not self._page_failed:
                self._page_failed = True
                reason = i18n.say(error)
                QTimer.singleShot(0, lambda: self.read_failed.emit(reason))
        self._pages[number] = page
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        return page

    def update_rows(self, rows: Sequence[Row]) -> None:
        """New copies of the same rows: changed in place (dataChanged) when the count is the
        same, so open editors and the selection survive; otherwise a reset."""
        rows = list(rows)
        if self._pages is not None:  # read from SQL: read the pages again as shown
            self._pages.clear()
            if self._total:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self._total - 1, self.columnCount() - 1))
            return
        if self._fetch is not None or len(rows) != len(self._rows):
            self.set_rows(rows)
            return
        self._rows = rows
        if rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))

    def set_paged(self, total: int, fetch: Callable[[int, int], Sequence[Row]]) -> None:
        """Rows read a page at a time, as the view scrolls (fetch(offset, limit) → rows).

        A first page that cannot be read (ReadError: the file is damaged) leaves the list
        empty, with nothing more to fetch, and the error goes to the caller."""
        try:
            rows = list(fetch(0, PAGE_SIZE)) if total else []
        except ReadError:
            self.set_rows([])
            raise
        self.beginResetModel()
        self._fetch = fetch
        self._pages = None
        self._total = total
        self._rows = rows
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex(), limit: int = PAGE_SIZE) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        try:
            more = list(self._fetch(len(self._rows), limit))
        except ReadError as error:  # a damaged row further down: the list ends here, said
            self._fetch = None
            self._total = len(self._rows)
            self.read_failed.emit(i18n.say(error))
            return
        if not more:  # the file holds fewer rows than counted: stop asking
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def load_all(self) -> None:
        """Read every remaining page: searching and sorting need all the rows (a list read
        from SQL searches and sorts there: nothing to read)."""
        while self.canFetchMore():
            self.fetchMore(limit=self._total - len(self._rows))

    @property
    def total(self) -> int:
        return self._total

    def row_object(self, row: int) -> Row:
        found = self._row(row)
        if found is None:
            raise IndexError(f"No row {row}")
        return found

    def rows(self) -> list[Row]:
        """The rows held: every row, or for a list read from SQL the pages read so far."""
        if self._pages is not None:
            return [row for number in sorted(self._pages) for row in self._pages[number]]
        return list(self._rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python with each column's key: one key call per row, where a
        proxy would call data() twice per comparison (a quarter of a second at 5,000 rows)."""
        if not 0 <= column < len(self._columns):
            return
        if self._pages is not None:  # read from SQL: sorted there
            if self.sort_handler is not None:
                self.sort_handler(column, order)
            return
        if column == 0 and order == Qt.SortOrder.AscendingOrder and self.canFetchMore():
            return  # pages arrive in the first column's order already
        self.load_all()
        spec = self._columns[column]

        def key(row: Row) -> tuple[bool, Any]:
            value = spec.sort_key(row) if spec.sort_key else spec.display(row)
            if isinstance(value, str):
                value = value.casefold()
            return (value is None, value)

        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        tracked = [(index, self._rows[index.row()]) for index in persistent]
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        position = {id(row): number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(position[id(row)], index.column()) for index, row in tracked])
        self.layoutChanged.emit()

    def refresh_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def replace_row(self, matches: Callable[[Row], bool], new: Row) -> bool:
        """Put a fresh copy of a row in place (after an edit); False when it is not loaded."""
        if self._pages is not None:
            for page_number, page in self._pages.items():
                for number, row in enumerate(page):
                    if matches(row):
                        page[number] = new
                        self.refresh_row(page_number * PAGE_SIZE + number)
                        return True
            return False
        for number, row in enumerate(self._rows):
            if matches(row):
                self._rows[number] = new
                self.refresh_row(number)
                return True
        return False

    def loaded_row(self, matches: Callable[[Row], bool]) -> int | None:
        """The number of the first row held that matches (none read for it)."""
        if self._pages is not None:
            for page_number in sorted(self._pages):
                for number, row in enumerate(self._pages[page_number]):
                    if matches(row):
                        return page_number * PAGE_SIZE + number
            return None
        return next((n for n, row in enumerate(self._rows) if matches(row)), None)

    def column(self, number: int) -> Column[Row]:
        return self._columns[number]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._columns[index.column()].check is not None:
            if self._columns[index.column()].key and self.editable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            flags &= ~Qt.ItemFlag.ItemIsEditable
        elif index.isValid() and self._columns[index.column()].edit_text is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.check is not None and column.key:
            ticked = Qt.CheckState(value) == Qt.CheckState.Checked if isinstance(
                value, (int, Qt.CheckState)) else bool(value)
            row = self._row(index.row())
            if row is None:
                return False
            if ticked != column.check(row):
                self.edit_requested.emit(row, column.key, "yes" if ticked else "no")
            return False  # changed, if at all, by the command the view runs
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column.edit_text is None:
            return False
        row = self._row(index.row())
        if row is None:
            return False
        if str(value) != column.edit_text(row):
            self.edit_requested.emit(row, column.key, str(value))
        return False  # changed, if at all, by the command the view runs

    # --- Qt model API --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return self._total if self._pages is not None else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self._answered or not index.isValid():
            return None  # most of what a view asks (colours, fonts …) no column answers
        row = self._row(index.row())
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.CheckStateRole and column.check is not None:
            return Qt.CheckState.Checked if column.check(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole:
            return column.edit_text(row) if column.edit_text else column.display(row)
        if role == SORT_ROLE:
            key = column.sort_key(row) if column.sort_key else column.display(row)
            return _sortable(key, column.numeric)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.DecorationRole and column.decoration:
            return column.decoration(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column.emphasis and column.emphasis(row):
            font = QFont()
            font.setItalic(True)
            return font
        return None


class RecordFilterProxy(QSortFilterProxyModel):
    """Case-insensitive search across every column's text. Sorting is the source model's job:
    the proxy keeps the source order and only filters."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
