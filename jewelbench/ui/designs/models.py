"""The catalog's filter: search over code, name and collection; category, status and metal."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from jewelbench.domain.designs import Category, LifecycleStatus
from jewelbench.storage.designs import DesignSummary
from jewelbench.ui.widgets.table_model import RecordFilterProxy, RecordTableModel


class DesignFilterProxy(RecordFilterProxy):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = ""
        self.category: Category | None = None
        self.status: LifecycleStatus | None = None
        self.alloy: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.search or self.category or self.status or self.alloy)

    def setFilterFixedString(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self.beginFilterChange()
        self.search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filters(self, *, category: Category | None, status: LifecycleStatus | None,
                    alloy: str | None) -> None:
        self.beginFilterChange()
        self.category, self.status, self.alloy = category, status, alloy
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 (Qt's name)
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        design: DesignSummary = model.row_object(source_row)
        if self.category is not None and design.category is not self.category:
            return False
        if self.status is not None and design.status is not self.status:
            return False
        if self.alloy is not None and self.alloy not in design.alloys.split(", "):
            return False
        if self.search:
            text = self.search
            return (text in design.code.casefold() or text in design.name.casefold()
                    or text in design.collection.casefold())
        return True
