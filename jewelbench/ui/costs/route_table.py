"""Each route's cost under the verdict (RouteTable): in-house and each quote, a year, a piece,
against in-house and where in-house is cheaper; the cheapest in bold, each name with its
chart colour. What the cells say is the presenter's (comparison_presenter.table); pointing at
a cell asks for its figure to be explained (figure_pointed).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from jewelbench.ui.costs import colours
from jewelbench.ui.costs.comparison_presenter import Cell, Key, RouteRow

KEY_ROLE = Qt.ItemDataRole.UserRole  # the figure a cell opens (a presenter Key)
SWATCH_ROLE = Qt.ItemDataRole.UserRole + 1  # the colour (rgba) a name cell's swatch shows
ROWS_SHOWN = 6  # rows the table grows to before it scrolls


def _swatch(colour: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(colour)
    return QIcon(pixmap)


class RouteTable(QTableWidget):
    """In-house and each route, a row each, read-only; a cell pointed at names its figure."""

    figure_pointed = Signal(object)  # the Key of the cell under the mouse or the cursor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("routeTable")
        self.setHorizontalHeaderLabels([
            self.tr("Route"), self.tr("A year"), self.tr("A piece"),
            self.tr("Against in-house"), self.tr("In-house cheaper")])
        self.setAccessibleName(self.tr("Each route's cost"))
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMouseTracking(True)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.cellEntered.connect(self._pointed)
        self.currentCellChanged.connect(self._current_changed)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def _pointed(self, row: int, column: int) -> None:
        item = self.item(row, column)
        if item is not None:
            self.figure_pointed.emit(item.data(KEY_ROLE))

    def _current_changed(self, row: int, column: int, _row: int, _column: int) -> None:
        self._pointed(row, column)

    def show_rows(self, rows: Sequence[RouteRow]) -> None:
        """Say each row, in the items already there (a slider drags: the table is said again on
        every move, and new items cost more than new text); then fit the rows shown."""
        palette = self.palette()
        self.setRowCount(len(rows))
        for row, shown in enumerate(rows):
            for column, cell in enumerate(shown.cells):
                item = self._put(row, column, cell, shown.cheapest)
                if column == 0:
                    colour = colours.series_colour(palette, row)
                    if item.data(SWATCH_ROLE) != colour.rgba():
                        item.setIcon(_swatch(colour))
                        item.setData(SWATCH_ROLE, colour.rgba())

    def fit_rows(self) -> None:
        """As high as its first few rows, so the charts under it keep their room."""
        rows = min(self.rowCount(), ROWS_SHOWN)
        height = (self.horizontalHeader().height() + 4
                  + sum(self.rowHeight(r) for r in range(rows)))
        self.setMaximumHeight(height)
        self.setMinimumHeight(min(height, 110))

    def _put(self, row: int, column: int, cell: Cell, bold: bool) -> QTableWidgetItem:
        """Say a cell's figure, in the item already there when there is one."""
        item = self.item(row, column)
        if item is None:
            item = _cell_item(cell.text, cell.key, cell.tip, cell.numeric)
            self.setItem(row, column, item)
        else:
            if item.text() != cell.text:
                item.setText(cell.text)
            if item.data(KEY_ROLE) != cell.key:
                item.setData(KEY_ROLE, cell.key)
            if item.toolTip() != cell.tip:
                item.setToolTip(cell.tip)
            if cell.numeric != bool(item.textAlignment() & Qt.AlignmentFlag.AlignRight.value):
                item.setTextAlignment((Qt.AlignmentFlag.AlignRight if cell.numeric else
                                       Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter)
        if item.font().bold() != bold:
            font = item.font()
            font.setBold(bold)
            item.setFont(font)
        return item


def _cell_item(text: str, key: Key, tip: str, numeric: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(KEY_ROLE, key)
    if tip:
        item.setToolTip(tip)
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
