"""What the workbook export lists besides the cost model: the workspace's name and its tables
of designs, bill of materials, suppliers, quotes with their tiers, development fees and sample
rounds, read as the CSV export reads them (storage/exports.py: one query per table, values
typed, images never loaded).

By default the workbook lists only the designs being compared — a plan's designs, or the one
design — with their BOM lines, quotes, fees and sample rounds and the suppliers quoting or
sampling them; every listing of the workspace on request (a brand's 100,000 quotes are not
what one decision needs, and would take minutes to write and to open):

    data = workbook_data_for(workspace, setup)          # the compared designs' listings
    data = workbook_data(workspace)                     # every listing of the workspace
    listing_size(workspace, designs).cells              # said before writing
    write_workbook(setup, data, "costs.xlsx")           # reports/workbook.py

Quotes are listed one row per quote with their tiers as column groups ("Tier 1 from",
"Tier 1 unit price", … as many groups as the quote with the most tiers has): the CSV's
quotes.csv keeps one row per tier.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from jewelbench.storage.convert import date_in, stored_decimal
from jewelbench.storage.exports import (
    IN_DESIGNS,
    SCOPES,
    ExportColumn,
    ExportTable,
    designs_parameter,
    export_tables,
)

if TYPE_CHECKING:
    from jewelbench.storage.store import Store
    from jewelbench.storage.workspace import Workspace

# The listing sheets, in the order they follow the cost sheets.
LISTED_TABLES: tuple[str, ...] = ("designs", "bom_lines", "suppliers", "quotes", "quote_fees",
                                  "sample_rounds")


@dataclass(frozen=True)
class WorkbookData:
    """The workbook's listing sheets: one ExportTable each (rows read when written).
    designs: the design ids the listings are narrowed to (None: every listing)."""

    workspace_name: str
    tables: tuple[ExportTable, ...]
    workspace_file: str = ""  # the workspace's file name, said on the Cover beside its name
    designs: tuple[int, ...] | None = None

    def table(self, name: str) -> ExportTable | None:
        return next((t for t in self.tables if t.name == name), None)


@dataclass(frozen=True)
class ListingSize:
    """How big the listing sheets will be: rows (headers not counted) and cells at most."""

    rows: int
    cells: int
    designs: int
    quotes: int


def workbook_data(workspace: Workspace, names: tuple[str, ...] = LISTED_TABLES,
                  designs: Iterable[int] | None = None) -> WorkbookData:
    """The listing sheets of `workspace` (all of LISTED_TABLES unless names are given), every
    row of them, or only those of `designs` when given."""
    chosen = None if designs is None else tuple(sorted({int(d) for d in designs}))
    tables = tuple(quote_table(workspace.db, chosen) if t.name == "quotes" else t
                   for t in export_tables(workspace, names, designs=chosen))
    return WorkbookData(workspace.name, tables, workspace.path.name, chosen)


def compared_designs(setup: Any) -> tuple[int, ...]:
    """The ids of the designs a CostingSetup compares (its plan's lines)."""
    return tuple(sorted({int(line.design.id) for line in setup.plan.lines
                         if line.design.id is not None}))


def workbook_data_for(workspace: Workspace, setup: Any, *,
                      every_listing: bool = False) -> WorkbookData:
    """The listings a workbook of `setup` holds: those of the designs it compares, or every
    listing of the workspace (every_listing)."""
    return workbook_data(workspace, designs=None if every_listing else compared_designs(setup))


def first_quoted_design(workspace: Workspace) -> int | None:
    """The design of the first quote in the Quotes list's order (by design code, supplier,
    date), which the export dialog offers first: one row read, not every quote's summary."""
    row = workspace.db.execute(
        "SELECT q.design_id FROM quotes q JOIN designs d ON d.id = q.design_id "
        "JOIN suppliers s ON s.id = q.supplier_id ORDER BY d.code, s.name, q.quoted_on "
        "LIMIT 1").fetchone()
    return None if row is None else int(row[0])


# --- quotes: one row per quote, its tiers as column groups ------------------------------------

_QUOTE_HEAD = (
    ExportColumn("Quote", "int"), ExportColumn("Design code"), ExportColumn("Design name"),
    ExportColumn("Supplier"), ExportColumn("Revision"), ExportColumn("Reference"),
    ExportColumn("Currency"), ExportColumn("Quoted on", "date"),
    ExportColumn("Valid until", "date"), ExportColumn("MOQ", "int", "pcs"),
    ExportColumn("Tiers", "int"),
)
_QUOTE_TAIL = (
    ExportColumn("Pricing basis"),
    ExportColumn("Metal price basis per g", "decimal", "currency"),
    ExportColumn("Development fees", "decimal", "currency"),
    ExportColumn("Refundable fees", "decimal", "currency"),
    ExportColumn("Sample lead time (days)", "int", "days"),
    ExportColumn("Production lead time (days)", "int", "days"),
    ExportColumn("Deposit %", "percent"), ExportColumn("Incoterm"),
    ExportColumn("Freight per shipment", "decimal", "currency"),
    ExportColumn("Freight per piece", "decimal", "currency"),
    ExportColumn("Minimum order value", "decimal", "currency"),
    ExportColumn("Supplier metal loss %", "percent"), ExportColumn("Parts the brand supplies"),
    ExportColumn("Notes"),
)
_QUOTES_SQL = """SELECT q.id, d.code, d.name, s.name, coalesce(r.revision, ''), q.reference,
                        q.currency, q.quoted_on, q.valid_until, q.moq, q.pricing_basis,
                        q.metal_price_basis_per_g, q.sample_lead_time_days,
                        q.production_lead_time_days, q.deposit_pct, q.incoterm,
                        q.freight_per_shipment, q.freight_per_piece, q.min_order_value,
                        q.supplier_metal_loss_pct, replace(q.brand_supplied, ',', ', '),
                        q.notes
                 FROM quotes q JOIN designs d ON d.id = q.design_id
                 JOIN suppliers s ON s.id = q.supplier_id
                 LEFT JOIN tech_pack_revisions r ON r.id = q.tech_pack_revision_id {scope}
                 ORDER BY d.code COLLATE NOCASE, s.name COLLATE NOCASE, q.quoted_on, q.id"""
_OF_QUOTES = f"WHERE {{table}}.quote_id IN (SELECT id FROM quotes WHERE design_id {IN_DESIGNS})"


def tier_columns(count: int) -> tuple[ExportColumn, ...]:
    return tuple(column for k in range(1, count + 1) for column in (
        ExportColumn(f"Tier {k} from", "int", "pcs"),
        ExportColumn(f"Tier {k} unit price", "decimal", "currency")))


def quote_table(db: Store, designs: tuple[int, ...] | None = None) -> ExportTable:
    """Quotes one row per quote (of `designs`, or every quote), each tier a pair of columns
    "Tier k from" / "Tier k unit price" after the MOQ and the tier count, as many pairs as
    the quote with the most tiers has; fees summed exactly. Three queries, whatever the
    number of quotes."""
    params: tuple[Any, ...] = () if designs is None else (designs_parameter(designs),)

    def of_quotes(table: str) -> str:
        return "" if designs is None else _OF_QUOTES.format(table=table)

    most = db.execute(f"SELECT max(n) FROM (SELECT count(*) AS n FROM quote_tiers t "
                      f"{of_quotes('t')} GROUP BY t.quote_id)", params).fetchone()
    tiers_at_most = int(most[0] or 0) if most else 0
    columns = (*_QUOTE_HEAD, *tier_columns(tiers_at_most), *_QUOTE_TAIL)
    sql = _QUOTES_SQL.format(scope="" if designs is None else SCOPES["quotes"])

    def read() -> list[tuple[Any, ...]]:
        tiers: dict[int, list[Any]] = {}
        for quote_id, minimum, price in db.execute(
                f"SELECT t.quote_id, t.min_quantity, t.unit_price FROM quote_tiers t "
                f"{of_quotes('t')} ORDER BY t.quote_id, t.min_quantity", params):
            tiers.setdefault(quote_id, []).extend((int(minimum), _amount(price)))
        fees: dict[int, list[Decimal]] = {}
        for quote_id, amount, refundable in db.execute(
                f"SELECT f.quote_id, f.amount, f.refundable_on_order FROM quote_fees f "
                f"{of_quotes('f')}", params):
            summed = fees.setdefault(quote_id, [Decimal(0), Decimal(0)])
            value = _amount(amount) or Decimal(0)
            summed[0] += value
            if refundable:
                summed[1] += value
        no_fees = [Decimal(0), Decimal(0)]
        width = 2 * tiers_at_most
        rows = []
        for q in db.execute(sql, params):
            quote_tiers = tiers.get(q[0], [])
            paid = fees.get(q[0], no_fees)
            rows.append((
                q[0], _text(q[1]), _text(q[2]), _text(q[3]), _text(q[4]), _text(q[5]),
                _text(q[6]), _day(q[7]), _day(q[8]), _int(q[9]), len(quote_tiers) // 2,
                *quote_tiers, *([None] * (width - len(quote_tiers))),
                _text(q[10]), _amount(q[11]), paid[0], paid[1], _int(q[12]), _int(q[13]),
                _amount(q[14]), _text(q[15]), _amount(q[16]), _amount(q[17]), _amount(q[18]),
                _amount(q[19]), _text(q[20]), _text(q[21])))
        return rows

    return ExportTable("quotes", "Quotes", columns, read, sql, params)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _int(value: Any) -> int | None:
    return None if value is None or value == "" else int(value)


def _amount(value: Any) -> Decimal | None:
    return None if value is None or value == "" else stored_decimal(str(value))


def _day(value: Any) -> dt.date | None:
    return None if not value else date_in(str(value)[:10])


# --- the size said before writing -------------------------------------------------------------

_COUNTS: dict[str, tuple[str, int]] = {  # table: (a count of its rows, its columns)
    "designs": ("SELECT count(*) FROM designs {scope}", 12),
    "bom_lines": ("SELECT (SELECT count(*) FROM bom_metals {bom}) + "
                  "(SELECT count(*) FROM bom_stones {bom}) + "
                  "(SELECT count(*) FROM bom_findings {bom}) + "
                  "(SELECT count(*) FROM bom_platings {bom}) + "
                  "(SELECT count(*) FROM bom_packaging {bom})", 14),
    "suppliers": ("SELECT count(*) FROM suppliers s {scope}", 7),
    "quotes": ("SELECT count(*) FROM quotes q {scope}", len(_QUOTE_HEAD) + len(_QUOTE_TAIL)),
    "quote_fees": ("SELECT count(*) FROM quote_fees f JOIN quotes q ON q.id = f.quote_id "
                   "{scope}", 7),
    "sample_rounds": ("SELECT count(*) FROM sample_rounds r {scope}", 15),
}


def listing_size(workspace: Workspace, designs: Iterable[int] | None = None) -> ListingSize:
    """How many rows and (at most) cells the listing sheets hold for `designs` (None: every
    listing of the workspace): one count per table, nothing read."""
    chosen = None if designs is None else tuple(designs)
    params: tuple[Any, ...] = () if chosen is None else (designs_parameter(chosen),)
    db = workspace.db
    rows = cells = 0
    counted: dict[str, int] = {}
    for name, (sql, width) in _COUNTS.items():
        scope = "" if chosen is None else SCOPES[name]
        bom = "" if chosen is None else f"WHERE design_id {IN_DESIGNS}"
        count = int(db.execute(sql.format(scope=scope, bom=bom), params).fetchone()[0])
        counted[name] = count
        rows += count
        cells += count * width
    tiers_sql = "SELECT count(*) FROM quote_tiers t " + (
        "" if chosen is None else _OF_QUOTES.format(table="t"))
    cells += 2 * int(db.execute(tiers_sql, params).fetchone()[0])
    return ListingSize(rows, cells, counted["designs"], counted["quotes"])


__all__ = ["LISTED_TABLES", "ListingSize", "WorkbookData", "compared_designs",
           "first_quoted_design", "listing_size",
           "quote_table", "workbook_data", "workbook_data_for"]
