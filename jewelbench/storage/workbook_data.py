"""What the workbook export lists besides the cost model: the workspace's name and its tables
of designs, bill of materials, suppliers, quotes with their tiers, development fees and sample
rounds, read as the CSV export reads them (storage/exports.py: one query per table, values
typed, images never loaded).

    data = workbook_data(workspace)
    write_workbook(setup, data, "costs.xlsx")          # reports/workbook.py
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from jewelbench.storage.exports import ExportTable, export_tables

if TYPE_CHECKING:
    from jewelbench.storage.workspace import Workspace

# The listing sheets, in the order they follow the cost sheets.
LISTED_TABLES: tuple[str, ...] = ("designs", "bom_lines", "suppliers", "quotes", "quote_fees",
                                  "sample_rounds")


@dataclass(frozen=True)
class WorkbookData:
    """The workbook's listing sheets: one ExportTable each (rows read when written)."""

    workspace_name: str
    tables: tuple[ExportTable, ...]
    workspace_file: str = ""  # the workspace's file name, said on the Cover beside its name

    def table(self, name: str) -> ExportTable | None:
        return next((t for t in self.tables if t.name == name), None)


def workbook_data(workspace: Workspace,
                  names: tuple[str, ...] = LISTED_TABLES) -> WorkbookData:
    """The listing sheets of `workspace` (all of LISTED_TABLES unless names are given)."""
    return WorkbookData(workspace.name, tuple(export_tables(workspace, names)),
                        workspace.path.name)
