"""Suppliers: where they are, what they can do, how far due diligence has gone."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jewelbench.domain.suppliers import DUE_DILIGENCE_ITEMS
from jewelbench.storage import Workspace
from jewelbench.storage.suppliers import SupplierSummary
from jewelbench.ui.labels import capability_label
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import Column


class SuppliersView(ListPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        total = len(DUE_DILIGENCE_ITEMS)
        columns: list[Column[SupplierSummary]] = [
            Column(self.tr("Name"), lambda s: s.name),
            Column(self.tr("Country"), lambda s: s.country),
            Column(self.tr("Currency"), lambda s: s.currency),
            Column(self.tr("Capabilities"), lambda s: ", ".join(
                capability_label(c) for c in s.capabilities.split(", ") if c)),
            Column(self.tr("Due diligence"), lambda s: f"{s.due_diligence_done} / {total}",
                   sort_key=lambda s: s.due_diligence_done, numeric=True,
                   tooltip=lambda s: self.tr("%1 of %2 due-diligence checks done").replace(
                       "%1", str(s.due_diligence_done)).replace("%2", str(total))),
            Column(self.tr("Quotes"), lambda s: str(s.quote_count),
                   sort_key=lambda s: s.quote_count, numeric=True),
            Column(self.tr("Samples"), lambda s: str(s.sample_count),
                   sort_key=lambda s: s.sample_count, numeric=True),
        ]
        super().__init__("suppliers", self.tr("Suppliers"), columns,
                         self.tr("No suppliers yet. Manufacturers you work with or are "
                                 "vetting appear here."), parent)

    def load(self, workspace: Workspace) -> None:
        rows = workspace.suppliers.summaries()
        countries = len({s.country for s in rows})
        self.set_rows(rows, self.tr("%1 suppliers in %2 countries").replace(
            "%1", str(len(rows))).replace("%2", str(countries)))
