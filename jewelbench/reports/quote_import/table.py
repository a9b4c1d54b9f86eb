"""Any other quote sheet (.xlsx) or CSV read as a table: its headers (found in the first rows,
or the row chosen) and its rows of cells, streamed and refused at the limits. What the
columns mean is mapping.py's."""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter

import jewelbench.reports.quote_import.limits as limits
from jewelbench.reports import quote_template as template
from jewelbench.reports.cells import restore_text
from jewelbench.reports.outside_files import (
    MAX_LINE_CHARACTERS,
    TextNotReadable,
    decode_text,
    has_long_line,
)
from jewelbench.reports.quote_import.file_checks import (
    ImportRefused,
    check_file,
    merged_ranges,
    open_workbook,
    reads_quote_file,
)
from jewelbench.reports.quote_import.values import SourceCell, to_text

log = logging.getLogger(__name__)

# ------------------------------------------------------------------------------------------
# Any other quote sheet or CSV: a table read, then mapped
# ------------------------------------------------------------------------------------------


@dataclass
class SourceTable:
    source: str  # file name
    kind: str  # "xlsx" or "csv"
    sheet: str  # the sheet read ('' for csv)
    sheets: list[str]
    header_row: int  # 1-based row of the headers
    headers: list[str]
    rows: list[tuple[int, list[SourceCell]]]  # (file row number, cells), header excluded
    merged: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def column_letter(self, index: int) -> str:
        return get_column_letter(index + 1)


@reads_quote_file
def read_table(path: Path | str, sheet: str | None = None,
               header_row: int | None = None) -> SourceTable:
    """The first sheet (or the one named) of an .xlsx, or a CSV, as headers and rows.

    header_row: 1-based; None finds it (the first row of the first HEADER_SEARCH_ROWS with two
    or more text cells). Raises ImportRefused (see the module doc)."""
    path = Path(path)
    kind = check_file(path)
    if kind == "csv":
        return _read_csv(path, header_row)
    with open_workbook(path) as book:
        names = [name for name in book.sheetnames if name != template.HIDDEN_SHEET]
        if not names:
            raise ImportRefused(f"{path.name} has no sheet to read")
        if sheet is not None and sheet not in names:
            raise ImportRefused(f"{path.name} has no sheet named '{sheet}'")
        chosen = sheet or names[0]
        worksheet = book[chosen]
        raw: list[tuple[int, list[SourceCell]]] = []
        limit = limits.MAX_ROWS + (header_row or limits.HEADER_SEARCH_ROWS) + 1
        # each row as long as its cells go, not as the sheet's stated size says (a sheet
        # stating A1:XFD1048576 had every row padded to 16,384 cells)
        worksheet.reset_dimensions()
        scanned = 0
        # openpyxl's streaming reader yields every row from 1, blank ones included
        for number, row in enumerate(worksheet.iter_rows(), start=1):
            scanned += len(row)
            if number > limits.MAX_SCANNED_ROWS:
                raise ImportRefused(_too_many_rows(path.name))
            if scanned > limits.MAX_SCANNED_CELLS:
                raise ImportRefused(_too_many_cells(path.name))
            cells = [SourceCell(c.value, f"{get_column_letter(i + 1)}{number}",
                                getattr(c, "data_type", "n") == "f")
                     for i, c in enumerate(row[:limits.MAX_COLUMNS])]
            while cells and cells[-1].blank:
                cells.pop()
            if not cells:
                continue
            raw.append((number, cells))
            if len(raw) > limit:
                raise ImportRefused(_too_many_rows(path.name))
        merged = merged_ranges(path, worksheet)
    table = _tabulate(path.name, "xlsx", chosen, names, raw, header_row)
    table.merged = merged
    _log_read(table)
    return table


def _log_read(table: SourceTable) -> None:
    log.info("read the quote file %s (%s): %d row(s) under the headings in row %d",
             table.source, table.kind, len(table.rows), table.header_row)


def _too_many_rows(name: str) -> str:
    return (f"{name} has more than {limits.MAX_ROWS:,} rows: jewelbench imports quote sheets "
            f"of up to {limits.MAX_ROWS:,} rows. Delete the rows you do not need, or split the "
            "file")


def _too_many_cells(name: str) -> str:
    return (f"{name} has more than {limits.MAX_SCANNED_CELLS:,} cells in its sheet: jewelbench "
            f"imports quote sheets of up to {limits.MAX_SCANNED_CELLS:,} cells (10,000 rows of 25 "
            "columns). Delete the rows and columns you do not need, or copy the quote to a "
            "new workbook")


def _read_csv(path: Path, header_row: int | None) -> SourceTable:
    data = path.read_bytes()
    notes: list[str] = []
    try:
        text, encoding = decode_text(data)
    except TextNotReadable as error:
        raise ImportRefused(f"{path.name} {error}") from error
    if has_long_line(text):
        raise ImportRefused(f"{path.name} has a line of {MAX_LINE_CHARACTERS:,} characters or "
                            "more: it is not a quote table (a CSV of a quote has a line "
                            "per row)")
    if encoding == "cp1252":
        notes.append(f"{path.name} is not UTF-8: read as Windows-1252 (Western European); "
                     "check accented names in the preview")
    elif encoding == "utf-16":
        notes.append(f"{path.name} is UTF-16 text (as Excel saves “Unicode Text”): read as "
                     "such")
    elif encoding == "utf-32":
        notes.append(f"{path.name} is UTF-32 text: read as such")
    # csv.Sniffer's quote search takes time by the square of its sample: 64 KB of 'a,"' took
    # 12 s; a few lines tell the separator
    sample = text[:limits.SNIFF_CHARACTERS]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    raw: list[tuple[int, list[SourceCell]]] = []
    limit = limits.MAX_ROWS + (header_row or limits.HEADER_SEARCH_ROWS) + 1
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for values in reader:
            number = reader.line_num
            values = values[:limits.MAX_COLUMNS]
            cells = [SourceCell(restore_text(value), f"row {number}, column "
                                f"{get_column_letter(index + 1)}")
                     for index, value in enumerate(values)]
            if not cells or all(cell.blank for cell in cells):
                continue
            raw.append((number, cells))
            if len(raw) > limit:
                raise ImportRefused(_too_many_rows(path.name))
    except csv.Error as error:
        raise ImportRefused(f"{path.name} is not a CSV file jewelbench can read "
                            f"(line {reader.line_num}: {error})") from None
    table = _tabulate(path.name, "csv", "", [], raw, header_row)
    table.notes = notes + table.notes
    _log_read(table)
    return table


def _tabulate(source: str, kind: str, sheet: str, sheets: list[str],
              raw: list[tuple[int, list[SourceCell]]], header_row: int | None) -> SourceTable:
    if not raw:
        raise ImportRefused(f"{source} is empty: there is nothing to import")
    if header_row is None:
        index = next((i for i, (_n, cells) in enumerate(raw[:limits.HEADER_SEARCH_ROWS])
                      if sum(1 for c in cells if isinstance(c.value, str) and c.value.strip())
                      >= 2), 0)
    else:
        index = next((i for i, (n, _c) in enumerate(raw) if n >= header_row), len(raw))
        if index == len(raw) or raw[index][0] != header_row:
            raise ImportRefused(f"Row {header_row} of {source} is empty: choose the row that "
                                "holds the column headings")
    number, header_cells = raw[index]
    headers = [to_text(cell) or f"Column {get_column_letter(i + 1)}"
               for i, cell in enumerate(header_cells)]
    rows = raw[index + 1:]
    if len(rows) > limits.MAX_ROWS:
        raise ImportRefused(_too_many_rows(source))
    width = max([len(headers), *(len(cells) for _n, cells in rows)])
    headers += [f"Column {get_column_letter(i + 1)}" for i in range(len(headers), width)]
    return SourceTable(source, kind, sheet, sheets, number, headers, rows)
