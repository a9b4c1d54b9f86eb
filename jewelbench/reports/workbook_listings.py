"""The workbook's listing sheets — designs, bill of materials, suppliers, quotes with their
tiers, development fees, sample rounds — streamed row by row from the storage's export tables
(storage/exports.py), with real number formats: amounts in the row's own currency
(`#,##0.00 "THB"`), grams, percentages, dates as dates; a frozen header row, an autofilter
and column widths that fit.

Text goes through reports/cells.py like every other cell: a supplier named `=HYPERLINK(…)` is
a text cell, never a formula.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter

from jewelbench.domain.messages import QT_TRANSLATE_NOOP, fill
from jewelbench.reports.cells import is_formula_like
from jewelbench.reports.wording import translate
from jewelbench.reports.workbook_sheet import (
    DATE,
    DAYS,
    GRAMS,
    MM,
    NUMBER,
    PERCENT,
    PIECES,
    Styles,
    as_date,
    currency_format,
    fast_cell,
    prepare_sheet,
    put_value,
)
from jewelbench.storage.exports import ExportColumn, ExportTable

SHEET_TITLES = {
    "designs": QT_TRANSLATE_NOOP("workbook_listings", "Designs"),
    "bom_lines": QT_TRANSLATE_NOOP("workbook_listings", "Bill of materials"),
    "suppliers": QT_TRANSLATE_NOOP("workbook_listings", "Suppliers"),
    "quotes": QT_TRANSLATE_NOOP("workbook_listings", "Quotes and tiers"),
    "quote_fees": QT_TRANSLATE_NOOP("workbook_listings", "Development fees"),
    "sample_rounds": QT_TRANSLATE_NOOP("workbook_listings", "Sample rounds"),
}
# The listings' column headers (storage/exports.py names them in English, which the CSV files
# keep as stable column names): each is written in the workbook's language.
HEADERS = (
    QT_TRANSLATE_NOOP("workbook_listings", "Code"),
    QT_TRANSLATE_NOOP("workbook_listings", "Name"),
    QT_TRANSLATE_NOOP("workbook_listings", "Collection"),
    QT_TRANSLATE_NOOP("workbook_listings", "Category"),
    QT_TRANSLATE_NOOP("workbook_listings", "Status"),
    QT_TRANSLATE_NOOP("workbook_listings", "Target retail price"),
    QT_TRANSLATE_NOOP("workbook_listings", "Currency"),
    QT_TRANSLATE_NOOP("workbook_listings", "Description"),
    QT_TRANSLATE_NOOP("workbook_listings", "Created"),
    QT_TRANSLATE_NOOP("workbook_listings", "Updated"),
    QT_TRANSLATE_NOOP("workbook_listings", "Wholesale price"),
    QT_TRANSLATE_NOOP("workbook_listings", "Wholesale currency"),
    QT_TRANSLATE_NOOP("workbook_listings", "Design code"),
    QT_TRANSLATE_NOOP("workbook_listings", "Tiers"),
    QT_TRANSLATE_NOOP("workbook_listings", "Design name"),
    QT_TRANSLATE_NOOP("workbook_listings", "Line"),
    QT_TRANSLATE_NOOP("workbook_listings", "Position"),
    QT_TRANSLATE_NOOP("workbook_listings", "Item"),
    QT_TRANSLATE_NOOP("workbook_listings", "Details"),
    QT_TRANSLATE_NOOP("workbook_listings", "Quantity"),
    QT_TRANSLATE_NOOP("workbook_listings", "Weight (g)"),
    QT_TRANSLATE_NOOP("workbook_listings", "Size (mm)"),
    QT_TRANSLATE_NOOP("workbook_listings", "Carat"),
    QT_TRANSLATE_NOOP("workbook_listings", "Length (mm)"),
    QT_TRANSLATE_NOOP("workbook_listings", "Thickness (µm)"),
    QT_TRANSLATE_NOOP("workbook_listings", "Unit cost"),
    QT_TRANSLATE_NOOP("workbook_listings", "Country"),
    QT_TRANSLATE_NOOP("workbook_listings", "Capabilities"),
    QT_TRANSLATE_NOOP("workbook_listings", "Certifications"),
    QT_TRANSLATE_NOOP("workbook_listings", "Contacts"),
    QT_TRANSLATE_NOOP("workbook_listings", "Notes"),
    QT_TRANSLATE_NOOP("workbook_listings", "Quote"),
    QT_TRANSLATE_NOOP("workbook_listings", "Supplier"),
    QT_TRANSLATE_NOOP("workbook_listings", "Revision"),
    QT_TRANSLATE_NOOP("workbook_listings", "Reference"),
    QT_TRANSLATE_NOOP("workbook_listings", "Quoted on"),
    QT_TRANSLATE_NOOP("workbook_listings", "Valid until"),
    QT_TRANSLATE_NOOP("workbook_listings", "MOQ"),
    QT_TRANSLATE_NOOP("workbook_listings", "Tier from"),
    QT_TRANSLATE_NOOP("workbook_listings", "Unit price"),
    QT_TRANSLATE_NOOP("workbook_listings", "Pricing basis"),
    QT_TRANSLATE_NOOP("workbook_listings", "Metal price basis per g"),
    QT_TRANSLATE_NOOP("workbook_listings", "Development fees"),
    QT_TRANSLATE_NOOP("workbook_listings", "Refundable fees"),
    QT_TRANSLATE_NOOP("workbook_listings", "Sample lead time (days)"),
    QT_TRANSLATE_NOOP("workbook_listings", "Production lead time (days)"),
    QT_TRANSLATE_NOOP("workbook_listings", "Deposit %"),
    QT_TRANSLATE_NOOP("workbook_listings", "Incoterm"),
    QT_TRANSLATE_NOOP("workbook_listings", "Freight per shipment"),
    QT_TRANSLATE_NOOP("workbook_listings", "Freight per piece"),
    QT_TRANSLATE_NOOP("workbook_listings", "Minimum order value"),
    QT_TRANSLATE_NOOP("workbook_listings", "Supplier metal loss %"),
    QT_TRANSLATE_NOOP("workbook_listings", "Parts the brand supplies"),
    QT_TRANSLATE_NOOP("workbook_listings", "Fee"),
    QT_TRANSLATE_NOOP("workbook_listings", "Amount"),
    QT_TRANSLATE_NOOP("workbook_listings", "Refundable on order"),
    QT_TRANSLATE_NOOP("workbook_listings", "Round"),
    QT_TRANSLATE_NOOP("workbook_listings", "Requested"),
    QT_TRANSLATE_NOOP("workbook_listings", "Received"),
    QT_TRANSLATE_NOOP("workbook_listings", "Measured weight (g)"),
    QT_TRANSLATE_NOOP("workbook_listings", "QC passed"),
    QT_TRANSLATE_NOOP("workbook_listings", "QC failed"),
    QT_TRANSLATE_NOOP("workbook_listings", "Decision"),
    QT_TRANSLATE_NOOP("workbook_listings", "Decided"),
    QT_TRANSLATE_NOOP("workbook_listings", "DFM feedback"),
    QT_TRANSLATE_NOOP("workbook_listings", "Accepted deviations"),
    QT_TRANSLATE_NOOP("workbook_listings", "Reason for the deviations"),
)
_TIER = re.compile(r"^Tier (\d+) (from|unit price)$")
MIN_WIDTH, MAX_WIDTH = 8, 48
SAMPLED_ROWS = 300  # rows looked at to size the columns


def _format(column: ExportColumn) -> str | None:
    if column.kind == "date":
        return DATE
    if column.kind == "percent":
        return PERCENT
    if column.kind == "int":
        return DAYS if column.unit == "days" else PIECES
    if column.kind == "decimal":
        return {"g": GRAMS, "mm": MM, "µm": '0.00 "µm"', "currency": None}.get(column.unit,
                                                                                NUMBER)
    return None


def sheet_title(table: ExportTable) -> str:
    """The listing's sheet name in the language being written (no formula refers to it)."""
    marked = SHEET_TITLES.get(table.name)
    return (translate(marked.context, str(marked)) if marked is not None
            else table.title)[:31]


def header_text(header: str) -> str:
    """A column's header in the language being written ("Tier 2 from": a quote's tiers)."""
    tier = _TIER.match(header)
    if tier is not None:
        template = (translate("workbook_listings", "Tier {number} from") if tier.group(2) ==
                    "from" else translate("workbook_listings", "Tier {number} unit price"))
        return fill(template, number=tier.group(1))
    return translate("workbook_listings", header)


def write_listing(workbook: Any, styles: Styles, table: ExportTable) -> tuple[Any, int]:
    """Stream one table into a new sheet; returns the sheet and the number of cells written
    (empty ones not counted)."""
    title = sheet_title(table)
    ws = workbook.create_sheet(title)
    rows = table.rows()
    columns = table.columns
    kinds = [c.kind for c in columns]
    currency_col = next((i for i, c in enumerate(columns) if c.header == "Currency"), None)
    headers = [header_text(c.header) for c in columns]
    widths = {i + 1: len(h) + 2 for i, h in enumerate(headers)}
    for row in rows[:SAMPLED_ROWS]:
        for i, value in enumerate(row):
            if value is not None:
                size = 11 if kinds[i] in ("date", "decimal") else len(str(value)) + 2
                widths[i + 1] = max(widths[i + 1], size)
    prepare_sheet(ws, {c: min(MAX_WIDTH, max(MIN_WIDTH, w)) for c, w in widths.items()}, "A2")
    ws.append([styles.cell(ws, h, "header") for h in headers])
    arrays: dict[str | None, Any] = {}

    def array(fmt: str | None) -> Any:
        found = arrays.get(fmt)
        if found is None:
            found = arrays[fmt] = styles.array("plain", fmt)
        return found

    def styled(value: Any, style: Any) -> Cell:
        return fast_cell(ws, value, style)  # the style array shared

    def text(value: Any, _row: tuple[Any, ...]) -> Any:
        if not value:
            return None
        if value.isprintable() and not is_formula_like(value):
            return value  # nothing to make safe: written as a plain string
        cell = WriteOnlyCell(ws)
        put_value(cell, value)  # set_text: a string cell, never a formula
        return cell

    def converter(i: int, column: ExportColumn) -> Any:
        kind, fmt = column.kind, _format(column)
        if kind == "text":
            return text
        if kind == "bool":
            return lambda value, _row: bool(value)
        if kind == "decimal" and column.unit == "currency":
            return lambda value, row: styled(float(value), array(  # the code has its column
                currency_format(row[currency_col] if currency_col is not None else None,
                                code_shown=currency_col is None)))
        if kind == "percent":
            return lambda value, _row: styled(float(value) / 100, array(fmt))
        if kind == "decimal":
            return lambda value, _row: styled(float(value), array(fmt))
        if kind == "date":
            return lambda value, _row: styled(as_date(value), array(fmt))
        return lambda value, _row: styled(value, array(fmt)) if fmt else value

    converters = [converter(i, c) for i, c in enumerate(columns)]
    written = len(columns)
    for row in rows:
        out = [None if value is None or value == "" else convert(value, row)
               for convert, value in zip(converters, row)]
        ws.append(out)
        written += len(out) - out.count(None)
    last_col = get_column_letter(max(1, len(columns)))
    ws.auto_filter = AutoFilter(ref=f"A1:{last_col}{len(rows) + 1}")
    return ws, written
