"""What an import would store (ImportPlan: the quotes, the rows left out and why, the problems
that stop it, the report a user reads), the problems a template and a mapped sheet share
(formulas, merged cells), and, against the workspace, the quotes stored already."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from openpyxl.utils import range_boundaries

from jewelbench.domain.quotes import Quote
from jewelbench.reports.quote_import.values import SourceCell, shown

if TYPE_CHECKING:
    from jewelbench.storage.workspace import Workspace

# ------------------------------------------------------------------------------------------
# What an import would store
# ------------------------------------------------------------------------------------------


@dataclass
class PlannedQuote:
    quote: Quote
    design_code: str
    design_name: str
    supplier: str
    rows: list[int] = field(default_factory=list)  # the file rows it comes from
    revision: str = ""


@dataclass(frozen=True)
class SkippedRow:
    row: int | None  # the file's row number, None for a field of the template
    reason: str

    def text(self) -> str:
        return f"Row {self.row}: {self.reason}" if self.row is not None else self.reason


@dataclass
class ImportPlan:
    source: str  # the file name
    kind: str  # "template" or "table"
    quotes: list[PlannedQuote] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # any one: nothing is imported
    notes: list[str] = field(default_factory=list)  # what was assumed (a default used …)
    ignored_blank_rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.quotes)

    def report(self) -> list[str]:
        """The report a user reads: problems first, then what is stored, skipped and assumed."""
        lines = list(self.problems)
        if not self.problems:
            count = len(self.quotes)
            lines.append("Nothing to import: no row holds a quantity with a unit price"
                         if not count else
                         f"{count} quote{'s' if count != 1 else ''} to import from {self.source}")
        lines += [skipped.text() for skipped in self.skipped]
        if self.ignored_blank_rows:
            lines.append(f"{self.ignored_blank_rows} empty row(s) ignored")
        lines += self.notes
        return lines


def formula_problem(cells: Sequence[SourceCell]) -> str:
    first = cells[0]
    more = f" (and {len(cells) - 1} more)" if len(cells) > 1 else ""
    return (f"Cell {first.where} holds a formula ({shown(first)}){more}: jewelbench imports "
            "values, not formulas. Select the cells, Copy, then Paste Special ▸ Values only, "
            "save and import again")


def merged_problem(ranges: Sequence[str]) -> str:
    more = f" (and {len(ranges) - 1} more)" if len(ranges) > 1 else ""
    return (f"Cells {ranges[0]} are merged{more} where jewelbench reads the quote: unmerge "
            "them (Home ▸ Merge & Center off), give each cell its own value and import again")


def intersects(ref: str, rows: tuple[int, int], columns: Iterable[int]) -> bool:
    min_col, min_row, max_col, max_row = range_boundaries(ref)
    if min_row is None or max_row is None or min_col is None or max_col is None:
        return False
    if max_row < rows[0] or min_row > rows[1]:
        return False
    return any(min_col <= column <= max_col for column in columns)


# ------------------------------------------------------------------------------------------
# Against what is stored
# ------------------------------------------------------------------------------------------


def drop_already_stored(plan: ImportPlan, workspace: Workspace) -> ImportPlan:
    """Leave out quotes stored already (same supplier, design, date, reference, currency,
    tiers and fees): importing the same file twice stores it once."""
    kept: list[PlannedQuote] = []
    for planned in plan.quotes:
        quote = planned.quote
        same = next((stored for stored in workspace.quotes.for_design(quote.design_id)
                     if _same(stored, quote)), None)
        if same is None:
            kept.append(planned)
        else:
            plan.skipped.append(SkippedRow(
                planned.rows[0] if planned.rows else None,
                f"the quote for {planned.design_code} from {planned.supplier} dated "
                f"{quote.quoted_on.isoformat()} is stored already (quote #{same.id})"))
    return replace(plan, quotes=kept)


def _same(a: Quote, b: Quote) -> bool:
    return (a.supplier_id, a.design_id, a.quoted_on, a.reference, a.currency,
            [(t.min_quantity, t.unit_price) for t in a.tiers],
            sorted((f.kind.value, f.amount) for f in a.fees)) == \
        (b.supplier_id, b.design_id, b.quoted_on, b.reference, b.currency,
         [(t.min_quantity, t.unit_price) for t in b.tiers],
         sorted((f.kind.value, f.amount) for f in b.fees))
