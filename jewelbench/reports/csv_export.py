"""CSV export: each table of the workspace as its own UTF-8 file, for an accountant's Excel or
LibreOffice.

    export_csv(workspace, folder, CsvOptions(delimiter=";", bom=True))
    → [folder/designs.csv, folder/bom_lines.csv, folder/suppliers.csv, folder/quotes.csv …]

The files (storage/exports.py says what each holds):

    designs         one row per design
    bom_lines       designs with their bill of materials flattened: one row per BOM line
    suppliers       one row per supplier (capabilities, certifications, contacts joined by ';')
    quotes          quotes with their tiers: one row per price tier, the quote's terms repeated
    quote_fees      one row per development fee
    rfqs            one row per request for quotation
    sample_rounds   one row per sample round
    metal_prices, fx_rates, scenarios, scenario_items
    plans           collection plans: one row per design planned, with its pieces a year
    landed_terms    each supplier's landed-cost terms (amounts in the base currency)

How values are written:
- Text is UTF-8, quoted when it holds the delimiter, a quote or a line break (RFC 4180, CRLF
  line ends). Text a spreadsheet would take for a formula (starting with =, +, -, @, tab or
  carriage return) gets a leading apostrophe (reports/cells.py): it shows as typed and never runs.
- Numbers are plain digits with a '.' as the decimal point, no thousands separators and no
  currency sign (the currency is its own column, the unit is in the header): 1234.50. With
  CsvOptions(decimal_point=",") — for a spreadsheet whose locale writes 1234,50 — the point
  becomes a comma (and such a field is quoted when the delimiter is a comma too).
- The header row holds each column's name in English in every language ("Unit price",
  "Weight (g)"): stable column names that a script, an accounting program's import or a
  saved spreadsheet query can rely on whoever exported the file (docs/csv-and-quote-import.md). The
  workbook, which people read, is written in the chosen language.
- Dates are ISO 8601 (2026-03-31), which Excel and LibreOffice read as dates in every locale.
- Yes/no columns are "yes" or "no"; an empty cell is a value not given.
- bom=True starts each file with the UTF-8 byte-order mark, which Excel on Windows needs to read
  accents and symbols (µm, €) right when the file is opened by double-click.

Every file is written to a temporary file in the target folder first; only when all of them are
written whole do they replace the targets. A file open in another program (locked, or with
LibreOffice's or Excel's lock file beside it) or not writable raises ExportError with a
message saying so; no partial file is left behind.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jewelbench.reports import output
from jewelbench.reports.cells import safe_text
from jewelbench.reports.output import ExportCancelled, ExportError
from jewelbench.storage.convert import date_in, stored_decimal, stored_int
from jewelbench.storage.exports import TABLE_NAMES, ExportTable, export_tables

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from jewelbench.storage.workspace import Workspace

__all__ = ["CsvOptions", "DELIMITERS", "ExportCancelled", "ExportError", "TABLE_NAMES",
           "export_csv", "format_value", "table_titles", "write_table"]

DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
DECIMAL_POINTS = (".", ",")

# progress(tables done, tables in all, title of the table being written) → False to cancel
Progress = Callable[[int, int, str], bool]


@dataclass(frozen=True)
class CsvOptions:
    delimiter: str = ","
    bom: bool = False
    decimal_point: str = "."

    def __post_init__(self) -> None:
        if self.delimiter not in DELIMITERS:
            raise ExportError(f"{self.delimiter!r} cannot separate CSV columns: use a comma, a "
                              "semicolon or a tab")
        if self.decimal_point not in DECIMAL_POINTS:
            raise ExportError(f"{self.decimal_point!r} is not a decimal point: use '.' or ','")

    @classmethod
    def for_language(cls, language: str) -> CsvOptions:
        """The usual options for a reader of language: in Norwegian (nb) ';' between the
        columns and a decimal comma, as a Norwegian Excel or LibreOffice reads a .csv opened
        by double-click; else a comma and a decimal point. The column names stay the same in
        every language (see the module's notes)."""
        if language == "nb":
            return cls(delimiter=";", decimal_point=",")
        return cls()


def table_titles() -> list[tuple[str, str]]:
    """(file stem, title) of every table that can be exported, in order."""
    return [(name, title) for name, title in _TITLES.items()]


_TITLES = {
    "designs": "Designs", "bom_lines": "Bill of materials (one row per line)",
    "suppliers": "Suppliers", "quotes": "Quotes (one row per price tier)",
    "quote_fees": "Development fees", "rfqs": "Requests for quotation",
    "sample_rounds": "Sample rounds", "metal_prices": "Metal prices", "fx_rates": "FX rates",
    "scenarios": "In-house scenarios", "scenario_items": "Scenario equipment, overheads, staff "
                                                         "and labour",
    "plans": "Collection plans (one row per design)",
    "landed_terms": "Landed-cost terms (one row per supplier)",
}
assert tuple(_TITLES) == TABLE_NAMES


def format_value(value: Any, kind: str, options: CsvOptions = CsvOptions()) -> str:
    """One value as CSV text (see the module doc)."""
    if value is None:
        return ""
    if kind in ("decimal", "percent"):
        text = format(Decimal(value), "f")
        return text.replace(".", options.decimal_point) if options.decimal_point != "." \
            else text
    if kind == "int":
        return str(int(value))
    if kind == "date":
        return value.isoformat() if isinstance(value, dt.date) else safe_text(value)
    if kind == "bool":
        return "yes" if value else "no"
    return safe_text(value)


_PLAIN_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")


def stored_formatter(kind: str, options: CsvOptions = CsvOptions()) -> Callable[[Any], str]:
    """A column's values as stored (storage/exports.py ExportTable.stored_rows) to CSV text:
    the same text as format_value gives for the typed value (the tests hold them equal), with
    no Decimal or date made for a number or a date stored plainly."""
    point = options.decimal_point
    if kind == "text":
        return lambda value: "" if value is None else safe_text(value)
    if kind == "bool":
        return lambda value: "yes" if value else "no"
    if kind == "int":
        return lambda value: "" if value is None else str(stored_int(value))
    if kind == "date":
        return lambda value: "" if not value else date_in(str(value)[:10]).isoformat()  # type: ignore[union-attr]

    def number(value: Any) -> str:
        if value is None or value == "":
            return ""
        if isinstance(value, str) and _PLAIN_NUMBER.fullmatch(value):
            text = value  # what format(Decimal(value), "f") gives back
        elif isinstance(value, int) and not isinstance(value, bool):
            text = str(value)
        else:
            text = format(stored_decimal(str(value)), "f")
        return text.replace(".", point) if point != "." else text

    return number


_PLAIN_AMOUNT = re.compile(r"(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")


def summed_formatter(options: CsvOptions = CsvOptions()) -> Callable[[Any], str]:
    """A column stored as its parts' text ('120 45.5', ExportTable.summed) to the CSV text of
    their exact sum, as format_value gives for rows()' Decimal (none: 0)."""
    point = options.decimal_point

    def summed(value: Any) -> str:
        if value is None or value == "":
            text = "0"
        elif isinstance(value, str) and _PLAIN_AMOUNT.fullmatch(value):
            text = value  # one part: what format(0 + Decimal(value), "f") gives back
        else:
            text = format(sum((stored_decimal(part) for part in str(value).split()),
                              Decimal(0)), "f")
        return text.replace(".", point) if point != "." else text

    return summed


def write_table(table: ExportTable, path: Path, options: CsvOptions = CsvOptions(),
                rows: Sequence[tuple[Any, ...]] | None = None) -> int:
    """Write one table to path (directly: callers write to a temporary file). Returns the
    number of data rows."""
    stored = table.stored_rows() if rows is None else None
    encoding = "utf-8-sig" if options.bom else "utf-8"
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=options.delimiter, lineterminator="\r\n")
        writer.writerow([safe_text(column.header) for column in table.columns])
        if stored is not None:  # as stored: formatted without typing each value first
            formats = [summed_formatter(options) if i in table.summed else
                       stored_formatter(column.kind, options)
                       for i, column in enumerate(table.columns)]
            writer.writerows([f(value) for f, value in zip(formats, row)] for row in stored)
            return len(stored)
        rows = table.rows() if rows is None else rows
        kinds = [column.kind for column in table.columns]
        for row in rows:
            writer.writerow([format_value(value, kind, options)
                             for value, kind in zip(row, kinds)])
    return len(rows)


def export_csv(workspace: Workspace, folder: Path | str, options: CsvOptions = CsvOptions(),
               names: Sequence[str] | None = None,
               progress: Progress | None = None) -> list[Path]:
    """Write the chosen tables (all by default) as folder/<name>.csv. Returns the files written.

    All or nothing: each file goes to a temporary file first; the targets are replaced only
    once every one is written and none is locked. Raises ExportError (ExportCancelled when
    progress returned False) with nothing left behind."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist: choose another folder")
    try:
        tables = export_tables(workspace, names)
    except KeyError as error:
        raise ExportError(str(error.args[0])) from None
    if not tables:
        raise ExportError("Choose at least one table to export")
    written: list[tuple[Path, Path]] = []  # (temporary, target)
    try:
        for done, table in enumerate(tables):
            if progress is not None and not progress(done, len(tables), _TITLES[table.name]):
                raise ExportCancelled()
            target = folder / f"{table.name}.csv"
            temporary = output.temporary_beside(target)
            written.append((temporary, target))
            try:
                write_table(table, temporary, options)
            except OSError as error:
                raise ExportError(output.describe_os_error(error, target)) from None
        for _, target in written:
            output.check_replaceable(target)
        if progress is not None and not progress(len(tables), len(tables), ""):
            raise ExportCancelled()
    except BaseException:
        for temporary, _ in written:
            output.discard(temporary)
        raise
    done_targets: list[Path] = []
    for index, (temporary, target) in enumerate(written):
        try:
            output.commit(temporary, target)
        except ExportError as error:
            for rest, _ in written[index + 1:]:
                output.discard(rest)
            if done_targets:
                raise ExportError(
                    f"{error} ({len(done_targets)} other file(s) were written whole: "
                    f"{', '.join(p.name for p in done_targets)})") from None
            raise
        done_targets.append(target)
    log.info("wrote %d CSV file(s) in %s: %s", len(done_targets), folder.name,
             ", ".join(p.name for p in done_targets))
    return done_targets

