"""The workbook's listing sheets — designs, bill of materials, suppliers, quotes with their
tiers, development fees, sample rounds — streamed row by row from the storage's export tables
(storage/exports.py), with real number formats: amounts in the row's own currency
(`#,##0.00 "THB"`), grams, percentages, dates as dates; a frozen header row, an autofilter
and column widths that fit.

Text goes through reports/cells.py like every other cell: a supplier named `=HYPERLINK(…)` is
a text cell, never a formula.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter

from jewelbench.reports.cells import is_formula_like
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

SHEET_TITLES = {"designs": "Designs", "bom_lines": "Bill of materials",
                "suppliers": "Suppliers", "quotes": "Quotes and tiers",
                "quote_fees": "Development fees", "sample_rounds": "Sample rounds"}
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
    return SHEET_TITLES.get(table.name, table.title)[:31]


def write_listing(workbook: Any, styles: Styles, table: ExportTable) -> tuple[Any, int]:
    """Stream one table into a new sheet; returns the sheet and the number of cells written
    (empty ones not counted)."""
    title = sheet_title(table)
    ws = workbook.create_sheet(title)
    rows = table.rows()
    columns = table.columns
    kinds = [c.kind for c in columns]
    currency_col = next((i for i, c in enumerate(columns) if c.header == "Currency"), None)
    widths = {i + 1: len(c.header) + 2 for i, c in enumerate(columns)}
    for row in rows[:SAMPLED_ROWS]:
        for i, value in enumerate(row):
            if value is not None:
                size = 11 if kinds[i] in ("date", "decimal") else len(str(value)) + 2
                widths[i + 1] = max(widths[i + 1], size)
    prepare_sheet(ws, {c: min(MAX_WIDTH, max(MIN_WIDTH, w)) for c, w in widths.items()}, "A2")
    ws.append([styles.cell(ws, c.header, "header") for c in columns])
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
