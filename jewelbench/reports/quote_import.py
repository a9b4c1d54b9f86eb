"""Reading a supplier's quote back: a filled-in jewelbench quote template, or any other quote
spreadsheet (.xlsx) or .csv through a column mapping. Parsing only: nothing here writes to the
workspace (storage/imports.py does, in one transaction) and nothing here needs Qt.

    plan = template_plan(path, workspace)                      # a jewelbench template
    table = read_table(path)                                   # anything else …
    plan = mapped_plan(table, mapping, defaults, designs)      # … through a column mapping
    plan.quotes     → the Quotes that would be stored (shown in the preview)
    plan.skipped    → rows left out, each with its reason
    plan.problems   → why nothing can be imported (plan.ok is False)

A file is checked before any spreadsheet library opens it (check_file); each case is refused
with a message that says what to do, and nothing is read further:

- not a spreadsheet: neither an xlsx (a zip) nor a CSV/text file (a .txt renamed .xlsx is read
  as what it is and refused as an .xlsx that holds text);
- password-protected: an encrypted xlsx is an OLE compound file (first bytes D0 CF 11 E0), as is
  an old Excel 97–2003 .xls; the message tells which;
- a zip bomb: the zip's directory is read first, and the file is refused when its parts would
  inflate to more than MAX_UNCOMPRESSED_BYTES in all, when one part of more than
  RATIO_CHECK_FROM bytes inflates more than MAX_COMPRESSION_RATIO times its packed size, or
  when it has more than MAX_ZIP_ENTRIES parts (Python's zipfile never inflates a part beyond
  its declared size, so the declared sizes bound what openpyxl can be made to read);
- larger than MAX_FILE_BYTES on disk;
- more than MAX_ROWS data rows: the sheet is streamed (openpyxl read_only=True) and reading
  stops at the limit, so a 100,000-row sheet is refused without being held in memory (a
  sheet reaching beyond MAX_SCANNED_ROWS, blank rows included, or holding more than
  MAX_SCANNED_CELLS cells, is refused too; rows are read as far as their cells go, whatever
  size the sheet states);
- more than MAX_XML_ELEMENTS XML elements in its parts, counted before any parser runs;
- formulas in the cells read: "cell C7 holds a formula (=B7*1.1): paste values" — a formula's
  value is whatever the supplier's spreadsheet last computed, or nothing;
- merged cells over the cells read, missing required columns.
Per row, a quantity or price that is not a number (text in a number column), a blank price, a
quantity listed twice or an unknown design code skips that row, with the reason in the report.
Text is kept as typed: a note "=HYPERLINK(…)" is stored as those characters and written back as
text by every export (reports/cells.py); a CSV field "'=X" written by jewelbench reads as "=X".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries

from jewelbench.domain.currencies import check_known_currency
from jewelbench.domain.money import MAX_AMOUNT
from jewelbench.domain.quotes import (
    FeeKind,
    Incoterm,
    Quote,
    QuoteFee,
    QuoteTier,
    rising_tier_warning,
)
from jewelbench.domain.rfqs import rfq_reference
from jewelbench.domain.validation import DomainError
from jewelbench.reports import quote_template as template
from jewelbench.reports.cells import restore_text
from jewelbench.reports.file_kinds import not_a_file
from jewelbench.reports.outside_files import (
    MAX_LINE_CHARACTERS,
    TextNotReadable,
    decode_text,
    has_long_line,
    iterparse,
    reads_file,
    require_defused_xml,
    text_encoding,
)
from jewelbench.storage.repository import NotFound

if TYPE_CHECKING:
    from jewelbench.storage.workspace import Workspace

# --- limits (documented in docs and the module doc) --------------------------------------
MAX_FILE_BYTES = 20 * 1024 * 1024  # on disk
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024  # every part of an xlsx, inflated, in all
MAX_COMPRESSION_RATIO = 100  # inflated / packed, for one part …
RATIO_CHECK_FROM = 1024 * 1024  # … of more than 1 MB inflated (small XML packs very well)
MAX_ZIP_ENTRIES = 1000
MAX_ROWS = 10_000  # data rows of a sheet or CSV
MAX_COLUMNS = 100
MAX_SCANNED_ROWS = 20 * MAX_ROWS  # blank rows included: a sheet reaching further is refused
HEADER_SEARCH_ROWS = 20
SNIFF_CHARACTERS = 8192  # of a CSV, to tell its separator
MAX_TEMPLATE_CELLS = 200  # the cells one of a template's names may cover (its tiers: 5)
# what openpyxl parses costs time by the XML element, not by the byte (6–25 µs each): a 12 MB
# file of 4 million cells, within every size limit, took 110 s. The elements of all parts are
# counted before it opens the file, and a sheet is read up to MAX_SCANNED_CELLS (10,000 rows
# of 25 columns)
MAX_SCANNED_CELLS = 250_000
MAX_XML_ELEMENTS = 4 * MAX_SCANNED_CELLS  # a cell is two or three (<c>, <v>, <f>)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")


class ImportRefused(Exception):
    """A file that cannot be imported at all; str() says why and what to do."""


# Every function that reads a quote file's bytes (and everything it calls) goes through this
# one boundary: what openpyxl, zipfile, zlib, the XML parser or csv raise on a damaged or
# hostile file becomes ImportRefused with the reason; a bug of ours is not hidden
# (reports/outside_files.py).
_reads_quote_file = reads_file(ImportRefused)


# ------------------------------------------------------------------------------------------
# The file itself
# ------------------------------------------------------------------------------------------


def check_file(path: Path | str) -> str:
    """'xlsx' or 'csv', or ImportRefused. Reads the first bytes and the zip directory only."""
    path = Path(path)
    name = path.name
    try:
        if (why := not_a_file(path)) is not None:
            raise ImportRefused(f"{name} {why}")
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4096)
    except FileNotFoundError:
        raise ImportRefused(f"{name} does not exist (moved or deleted?)") from None
    except IsADirectoryError:
        raise ImportRefused(f"{name} is a folder, not a file") from None
    except OSError as error:
        raise ImportRefused(f"{name} cannot be read ({error.strerror or error})") from None
    if size == 0:
        raise ImportRefused(f"{name} is empty")
    if size > MAX_FILE_BYTES:
        raise ImportRefused(f"{name} is {size / 1024 / 1024:.0f} MB: jewelbench imports quote "
                            f"files of up to {MAX_FILE_BYTES // 1024 // 1024} MB. Delete unused "
                            "sheets, pictures and rows, or save the quote on its own")
    if head.startswith(OLE_MAGIC):
        raise ImportRefused(_ole_message(path))
    if head.startswith(ZIP_MAGICS):
        _check_zip(path)
        return "xlsx"
    if b"\x00" in head and text_encoding(head) not in ("utf-16", "utf-32"):
        raise ImportRefused(f"{name} is not a spreadsheet: jewelbench imports .xlsx workbooks "
                            "and .csv files")
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "csv"
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ImportRefused(f"{name} is not an Excel workbook: it holds plain text (a CSV or a "
                            "text file renamed .xlsx?). Rename it .csv if it is one")
    raise ImportRefused(f"{name} is not a spreadsheet: jewelbench imports .xlsx workbooks and "
                        ".csv files")


def _ole_message(path: Path) -> str:
    # An encrypted xlsx is a compound file with an EncryptedPackage stream; an .xls is not.
    try:
        with path.open("rb") as handle:
            data = handle.read(min(MAX_FILE_BYTES, 4 * 1024 * 1024))
    except OSError:
        data = b""
    if "EncryptedPackage".encode("utf-16-le") in data or \
            "EncryptionInfo".encode("utf-16-le") in data:
        return (f"{path.name} is password-protected: open it in Excel or LibreOffice, remove "
                "the password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, or Save "
                "As without one) and import it again")
    return (f"{path.name} is an old Excel 97–2003 workbook (.xls) or password-protected: open "
            "it and save it as an Excel Workbook (.xlsx) without a password, then import that")


@_reads_quote_file
def _check_zip(path: Path) -> None:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise ImportRefused(f"{name} is damaged: it is not a readable .xlsx ({error})") from None
    if len(infos) > MAX_ZIP_ENTRIES:
        raise ImportRefused(f"{name} has {len(infos):,} parts inside: an .xlsx quote has a few "
                            f"dozen (refused above {MAX_ZIP_ENTRIES:,}, as a possible zip bomb)")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ImportRefused(f"{name} is password-protected (encrypted zip): save it without "
                                "a password and import it again")
        total += info.file_size
        if info.file_size > RATIO_CHECK_FROM and \
                info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise ImportRefused(
                f"{name} looks like a zip bomb: its part {info.filename} would inflate "
                f"{info.file_size // max(info.compress_size, 1):,} times to "
                f"{info.file_size / 1024 / 1024:,.0f} MB (refused above "
                f"{MAX_COMPRESSION_RATIO} times). It was not opened")
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ImportRefused(
            f"{name} would inflate to {total / 1024 / 1024:,.0f} MB when opened: refused as a "
            f"possible zip bomb (a quote workbook is far below "
            f"{MAX_UNCOMPRESSED_BYTES // 1024 // 1024} MB). It was not opened")
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names or not any(
            n.startswith("xl/") and n.endswith("workbook.xml") for n in names):
        raise ImportRefused(f"{name} is a zip archive but not an Excel workbook (.xlsx)")
    _check_elements(path)


def _check_elements(path: Path) -> None:
    """Refuse a workbook whose parts hold more than MAX_XML_ELEMENTS XML elements, counted on
    the inflated bytes (their '<'s, at C speed) before any XML parser runs: openpyxl parses
    every element through defusedxml's Python callbacks (6–25 µs each), so a 12 MB file of
    four million cells, or six million one-letter shared strings, within every size limit,
    kept it busy for minutes (a sheet without a stated size is parsed whole on opening)."""
    count = 0
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            with archive.open(info) as handle:
                while chunk := handle.read(1024 * 1024):
                    count += chunk.count(b"<") - chunk.count(b"</") - chunk.count(b"<?") \
                        - chunk.count(b"<!")
            if count > MAX_XML_ELEMENTS:
                raise ImportRefused(
                    f"{path.name} holds far more than a quote: over {MAX_XML_ELEMENTS:,} "
                    f"pieces of XML (its part {info.filename} reaches that). jewelbench "
                    f"imports quote sheets of up to {MAX_SCANNED_CELLS:,} cells: copy the "
                    "quote to a new workbook and import that. It was not opened")


@contextmanager
def _workbook(path: Path) -> Iterator[Any]:
    """openpyxl's streaming reader on a file check_file() accepted, its XML parsed by
    defusedxml; the file is closed after, however reading ends (openpyxl leaves it open when
    it fails part-way). Used inside the boundary (_reads_quote_file): openpyxl reads lazily,
    so a damaged part raises while the sheet is read, not only here."""
    require_defused_xml(ImportRefused, path.name)
    with path.open("rb") as handle:
        book = load_workbook(handle, read_only=True, data_only=False, keep_links=False)
        try:
            yield book
        finally:
            book.close()


def _merged_ranges(path: Path, worksheet: Any) -> list[str]:
    """The merged ranges of a read-only worksheet (openpyxl's streaming reader skips them)."""
    part = getattr(worksheet, "_worksheet_path", None)
    if not part:
        return []
    refs: list[str] = []
    with zipfile.ZipFile(path) as archive, archive.open(part) as handle:
        for _event, element in iterparse(handle, events=("end",)):
            if element.tag.endswith("}mergeCell") and element.get("ref"):
                ref = str(element.get("ref"))
                range_boundaries(ref)  # a damaged range is refused here, not used later
                refs.append(ref)
            if element.tag.endswith("}row"):
                element.clear()
    return refs


# ------------------------------------------------------------------------------------------
# Cells and values
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceCell:
    value: Any  # int, float, Decimal, str, dt.datetime, bool or None
    where: str  # "C7" (xlsx) or "row 7, column C" (csv)
    formula: bool = False

    @property
    def blank(self) -> bool:
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())


PIECES_EXAMPLE = "a whole number of pieces, e.g. 100"


class BadValue(ValueError):
    """A cell that does not hold what its column needs; str() names the cell and the value."""


def _shown(cell: SourceCell) -> str:
    text = str(cell.value)
    return text if len(text) <= 40 else text[:37] + "…"


# ASCII digits only: '１２' or other scripts' digits are refused, as in every number field
_GROUPED = re.compile(r"^[+-]?\d{1,3}([,.' \u00a0\u202f]\d{3})+([.,]\d+)?$", re.ASCII)


def to_decimal(cell: SourceCell, what: str, *, minimum: Decimal | None = Decimal(0),
               maximum: Decimal | None = None, example: str = "a number, e.g. 12.50") -> Decimal:
    """A number from a cell: a spreadsheet number, or text such as '12.50', '12,50',
    '1,250.00' or '1.250,00'. '1,250' alone (a thousands separator or a decimal comma?) is
    refused as ambiguous."""
    value = cell.value
    if isinstance(value, bool) or isinstance(value, dt.date):
        raise BadValue(f"{what} in {cell.where} is not a number ({_shown(cell)})")
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise BadValue(f"{what} in {cell.where} is not a number")
        number = Decimal(int(value)) if value.is_integer() else Decimal(repr(value))
    elif isinstance(value, Decimal):
        number = value
    else:
        number = _text_number(str(value), cell, what, example)
    if not number.is_finite():
        raise BadValue(f"{what} in {cell.where} is not a number ({_shown(cell)})")
    if abs(number) >= MAX_AMOUNT:  # the largest amount the workspace stores
        raise BadValue(f"{what} in {cell.where} is too large ({_shown(cell)})")
    if minimum is not None and number < minimum:
        raise BadValue(f"{what} in {cell.where} must be at least {minimum}, not {number}")
    if maximum is not None and number > maximum:
        raise BadValue(f"{what} in {cell.where} must be at most {maximum}, not {number}")
    return number


def _text_number(raw: str, cell: SourceCell, what: str, example: str) -> Decimal:
    text = raw.strip().replace("\u00a0", " ").replace("\u202f", " ")
    bad = BadValue(f"{what} in {cell.where} is not a number ('{_shown(cell)}'): type {example}")
    if not text or not re.fullmatch(r"[+-]?[\d.,' ]+", text, re.ASCII):
        raise bad
    has_comma, has_point = "," in text, "." in text
    if has_comma and has_point:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
    elif has_comma or has_point:
        mark = "," if has_comma else "."
        if text.count(mark) > 1:
            decimal_mark = ""  # 1,000,000: thousands only
        elif (mark == "," and re.search(rf"\{mark}\d{{3}}$", text, re.ASCII)
              and _GROUPED.match(text)):
            raise BadValue(f"{what} in {cell.where} is ambiguous ('{_shown(cell)}': "
                           "a thousands separator or a decimal comma?): type it without a "
                           "thousands separator, e.g. 1250 or 1.25")
        else:
            decimal_mark = mark
    else:
        decimal_mark = ""
    if decimal_mark:
        whole, _, fraction = text.rpartition(decimal_mark)
    else:
        whole, fraction = text, ""
    whole = re.sub(r"[,.' ]", "", whole)
    if (not re.fullmatch(r"[+-]?\d+", whole, re.ASCII)
            or (fraction and not re.fullmatch(r"\d+", fraction, re.ASCII))):
        raise bad
    try:
        return Decimal(f"{whole}.{fraction}" if fraction else whole)
    except InvalidOperation:
        raise bad from None


def to_whole(cell: SourceCell, what: str, minimum: int = 0,
             example: str = "a whole number, e.g. 30") -> int:
    number = to_decimal(cell, what, minimum=Decimal(minimum), example=example)
    if number != number.to_integral_value():
        raise BadValue(f"{what} in {cell.where} must be a whole number, not {number}")
    if number > 10_000_000:
        raise BadValue(f"{what} in {cell.where} is too large ({number:,})")
    return int(number)


def to_date(cell: SourceCell, what: str) -> dt.date:
    """A date cell, or text written as 2026-03-31 (other orders are ambiguous: 03/04/2026)."""
    value = cell.value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}([ T].*)?", text, re.ASCII):
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise BadValue(f"{what} in {cell.where} is not a date jewelbench can read without "
                   f"guessing ('{_shown(cell)}'): write it as 2026-03-31 or as a date cell")


def to_text(cell: SourceCell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def to_yes_no(cell: SourceCell, what: str) -> bool:
    text = to_text(cell).lower()
    if text in ("", "n", "no", "false", "0", "non", "nein"):
        return False
    if text in ("y", "yes", "true", "1", "oui", "ja", "si", "sí"):
        return True
    raise BadValue(f"{what} in {cell.where} must be Y or N, not '{_shown(cell)}'")


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


def _formula_problem(cells: Sequence[SourceCell]) -> str:
    first = cells[0]
    more = f" (and {len(cells) - 1} more)" if len(cells) > 1 else ""
    return (f"Cell {first.where} holds a formula ({_shown(first)}){more}: jewelbench imports "
            "values, not formulas. Select the cells, Copy, then Paste Special ▸ Values only, "
            "save and import again")


def _merged_problem(ranges: Sequence[str]) -> str:
    more = f" (and {len(ranges) - 1} more)" if len(ranges) > 1 else ""
    return (f"Cells {ranges[0]} are merged{more} where jewelbench reads the quote: unmerge "
            "them (Home ▸ Merge & Center off), give each cell its own value and import again")


def _intersects(ref: str, rows: tuple[int, int], columns: Iterable[int]) -> bool:
    min_col, min_row, max_col, max_row = range_boundaries(ref)
    if min_row is None or max_row is None or min_col is None or max_col is None:
        return False
    if max_row < rows[0] or min_row > rows[1]:
        return False
    return any(min_col <= column <= max_col for column in columns)


# ------------------------------------------------------------------------------------------
# A jewelbench quote template
# ------------------------------------------------------------------------------------------


@_reads_quote_file
def is_template(path: Path | str) -> bool:
    """True when path is an .xlsx written by write_quote_template (checks the file first:
    ImportRefused for a bad file)."""
    path = Path(path)
    if check_file(path) != "xlsx":
        return False
    with _workbook(path) as book:
        return template.HIDDEN_SHEET in book.sheetnames and \
            template.NAMES["tier_price"] in book.defined_names


@dataclass
class TemplateContent:
    """The cells of a filled template, by what they are (see quote_template.NAMES)."""

    ids: dict[str, Any]  # the hidden sheet: marker, version, rfq_id, supplier_id …
    cells: dict[str, SourceCell]  # name → cell
    tiers: list[tuple[SourceCell, SourceCell]]  # (quantity, unit price) rows
    merged: list[str]


@_reads_quote_file
def read_template(path: Path | str) -> TemplateContent:
    path = Path(path)
    if check_file(path) != "xlsx":
        raise ImportRefused(f"{path.name} is not a jewelbench quote template")
    with _workbook(path) as book:
        if template.HIDDEN_SHEET not in book.sheetnames:
            raise ImportRefused(f"{path.name} is not a jewelbench quote template: import it "
                                "with a column mapping")
        ids: dict[str, Any] = {}
        for row in book[template.HIDDEN_SHEET].iter_rows(min_row=1, max_row=40, max_col=2,
                                                         values_only=True):
            if row and row[0] is not None:
                ids[str(row[0])] = row[1] if len(row) > 1 else None
        if ids.get("marker") != template.MARKER:
            raise ImportRefused(f"{path.name} is not a jewelbench quote template")
        version = ids.get("version")
        if isinstance(version, float) and not math.isfinite(version):
            raise ImportRefused(f"{path.name} is a damaged jewelbench quote template (its "
                                "version cannot be read): ask the supplier to use a fresh "
                                "template")
        if not isinstance(version, int | float) or isinstance(version, bool) or \
                int(version) > template.TEMPLATE_VERSION:
            raise ImportRefused(f"{path.name} was made by a newer jewelbench: update jewelbench "
                                "to import it")
        wanted: dict[str, list[str]] = {}  # name → coordinates
        for name, defined in book.defined_names.items():
            if not name.startswith("jb_"):
                continue
            for sheet, ref in defined.destinations:
                if sheet == template.SHEET:
                    wanted[name] = _coordinates(ref.replace("$", ""), path.name)
        if template.NAMES["tier_price"] not in wanted or \
                template.NAMES["tier_quantity"] not in wanted:
            raise ImportRefused(f"{path.name}: the template's price cells cannot be found (its "
                                "names were removed): ask the supplier to use a fresh template")
        last_row = max(int(re.sub(r"\D", "", c)) for coords in wanted.values() for c in coords)
        if template.SHEET not in book.sheetnames:
            raise ImportRefused(f"{path.name}: the template's sheet '{template.SHEET}' is gone: "
                                "ask the supplier to use a fresh template")
        sheet = book[template.SHEET]
        found: dict[str, SourceCell] = {}
        for row in sheet.iter_rows(min_row=1, max_row=last_row, max_col=8):
            for cell in row:
                coordinate = getattr(cell, "coordinate", None)
                if coordinate is None:
                    continue
                found[coordinate] = SourceCell(cell.value, coordinate, cell.data_type == "f")
        merged = _merged_ranges(path, sheet)

    def cell_at(coordinate: str) -> SourceCell:
        return found.get(coordinate, SourceCell(None, coordinate))

    cells = {name: cell_at(coords[0]) for name, coords in wanted.items() if len(coords) == 1}
    quantities = [cell_at(c) for c in wanted[template.NAMES["tier_quantity"]]]
    prices = [cell_at(c) for c in wanted[template.NAMES["tier_price"]]]
    inputs = {c for coords in wanted.values() for c in coords}
    merged_inputs = [ref for ref in merged if any(_inside(c, ref) for c in inputs)]
    return TemplateContent(ids, cells, list(zip(quantities, prices)), merged_inputs)


def _coordinates(ref: str, source: str) -> list[str]:
    """The cells of one of a template's names ('B29:B33' → B29 … B33)."""
    min_col, min_row, max_col, max_row = range_boundaries(ref)
    if not (min_col and min_row and max_col and max_row) or \
            (max_col - min_col + 1) * (max_row - min_row + 1) > MAX_TEMPLATE_CELLS:
        raise ImportRefused(f"{source}: the template's names were changed (one covers "
                            f"'{ref[:40]}'): ask the supplier to use a fresh template")
    return [f"{get_column_letter(col)}{row}" for row in range(min_row, max_row + 1)
            for col in range(min_col, max_col + 1)]


def _inside(coordinate: str, ref: str) -> bool:
    """True when a cell ('B29') lies in a range ('A28:C30') or is that cell."""
    col, row, _col, _row = range_boundaries(coordinate)
    return col is not None and row is not None and _intersects(ref, (row, row), [col])


def template_plan(path: Path | str, workspace: Workspace,
                  today: dt.date | None = None) -> ImportPlan:
    """A filled template read into the Quote it holds, for its RFQ's design, revision and
    supplier. Raises ImportRefused for a file that is not one; problems for a template that
    cannot be imported as it is."""
    path = Path(path)
    today = today or dt.date.today()
    content = read_template(path)
    plan = ImportPlan(path.name, "template")
    ids = content.ids
    if content.merged:
        plan.problems.append(_merged_problem(content.merged))
    formulas = [cell for cell in [*content.cells.values(),
                                  *(c for pair in content.tiers for c in pair)]
                if cell.formula]
    if formulas:
        plan.problems.append(_formula_problem(formulas))
    if plan.problems:
        return plan

    # Which RFQ, supplier and design: the hidden sheet's ids, checked against the workspace.
    rfq_id, supplier_id = _id(ids.get("rfq_id")), _id(ids.get("supplier_id"))
    reference = str(ids.get("rfq_reference") or rfq_reference(rfq_id))
    workspace_mark = str(ids.get("workspace") or "")
    if workspace_mark and workspace_mark != template.workspace_identity(workspace):
        plan.problems.append(
            f"This template was made by another workspace ({ids.get('workspace_name') or '?'}): "
            "open the workspace that sent the RFQ and import it there")
        return plan
    try:
        rfq = workspace.rfqs.get(rfq_id)
        supplier = workspace.suppliers.get(supplier_id)
    except NotFound:
        plan.problems.append(f"This template answers {reference} to "
                             f"{ids.get('supplier') or 'a supplier'}, which is no longer in this "
                             "workspace: enter the quote under Quotes instead")
        return plan
    summary = workspace.rfqs.summary(rfq_id, today)
    if rfq.design_id != _id(ids.get("design_id")) or \
            summary.design_code != str(ids.get("design_code")):
        plan.problems.append(f"This template's design ({ids.get('design_code')}) is not the "
                             f"design of {reference} ({summary.design_code}) any more")
        return plan

    cells = content.cells
    names = template.NAMES

    def cell(key: str) -> SourceCell:
        return cells.get(names.get(key, key), SourceCell(None, names.get(key, key)))

    def optional(key: str, parse: Callable[[SourceCell], Any]) -> Any:
        found = cell(key)
        if found.blank:
            return None
        try:
            return parse(found)
        except BadValue as error:
            plan.skipped.append(SkippedRow(None, f"{error}: left blank"))
            return None

    currency_cell = cell("currency")
    try:
        currency = check_known_currency(to_text(currency_cell))
    except DomainError:
        plan.problems.append(f"The currency in {currency_cell.where} ('{_shown(currency_cell)}')"
                             " is not an ISO currency code: choose one from the list")
        return plan
    quoted_on = optional("quoted_on", lambda c: to_date(c, "The quote date"))
    if quoted_on is None:
        quoted_on = today
        plan.notes.append(f"No quote date: today's date ({today.isoformat()}) is used")
    valid_cell = cell("valid_until")
    valid_until = None
    if not valid_cell.blank:
        try:
            valid_until = to_date(valid_cell, "The validity date")
        except BadValue as error:
            # left blank, the quote would never expire: refused instead, with the reason
            plan.problems.append(f"{error}; left blank, the quote would never expire")
            return plan
    incoterm_text = to_text(cell("incoterm")).upper()
    if incoterm_text and incoterm_text not in {term.value for term in Incoterm}:
        plan.problems.append(f"The incoterm in {cell('incoterm').where} ('{incoterm_text}') is "
                             "not EXW, FOB, CIF or DDP")
        return plan
    incoterm = Incoterm(incoterm_text) if incoterm_text else rfq.incoterm

    tiers: list[QuoteTier] = []
    seen: dict[int, str] = {}
    for quantity_cell, price_cell in content.tiers:
        if quantity_cell.blank and price_cell.blank:
            continue
        try:
            quantity = to_whole(quantity_cell, "The quantity", minimum=1,
                                example=PIECES_EXAMPLE)
        except BadValue as error:
            plan.skipped.append(SkippedRow(None, f"{error}: that price is left out"))
            continue
        if price_cell.blank:
            plan.skipped.append(SkippedRow(None, f"{quantity:,} pieces: no unit price in "
                                                 f"{price_cell.where}"))
            continue
        try:
            price = to_decimal(price_cell, "The unit price")
        except BadValue as error:
            plan.skipped.append(SkippedRow(None, f"{quantity:,} pieces: {error}"))
            continue
        if quantity in seen:
            plan.skipped.append(SkippedRow(None, f"{quantity:,} pieces is priced twice "
                                                 f"({seen[quantity]} and {price_cell.where}): "
                                                 "the first is kept"))
            continue
        seen[quantity] = price_cell.where
        tiers.append(QuoteTier(quantity, price))
    tiers.sort(key=lambda tier: tier.min_quantity)
    if not tiers:
        plan.problems.append("No unit price is filled in: the template holds no quote yet")
        return plan

    fees: list[QuoteFee] = []
    for kind, label, _hint in template.FEE_ROWS:
        amount = optional(template.fee_name(kind), partial(to_decimal, what=f"The {label} fee"))
        if not amount:
            continue
        refundable = optional(template.refundable_name(kind),
                              partial(to_yes_no, what=f"Refundable ({label})"))
        fees.append(QuoteFee(kind, amount, bool(refundable)))

    moq = optional("moq", lambda c: to_whole(c, "The MOQ", minimum=1))
    if moq is None:
        moq = tiers[0].min_quantity
        plan.notes.append(f"No MOQ: the smallest quantity priced ({moq:,}) is used")
    try:
        quote = Quote(
            supplier_id=supplier_id, design_id=rfq.design_id, currency=currency,
            quoted_on=quoted_on, tiers=tiers, valid_until=valid_until,
            tech_pack_revision_id=rfq.tech_pack_revision_id,
            reference=to_text(cell("reference")), moq=moq, fees=fees,
            sample_lead_time_days=optional("sample_days", lambda c: to_whole(
                c, "The sample lead time")),
            production_lead_time_days=optional("production_days", lambda c: to_whole(
                c, "The production lead time")),
            deposit_pct=optional("deposit_pct", lambda c: to_decimal(
                c, "The deposit", maximum=Decimal(100))) or Decimal(0),
            incoterm=incoterm, notes=to_text(cell("notes")))
    except DomainError as error:
        plan.problems.append(f"The quote cannot be stored as it is: {error}")
        return plan
    if warning := rising_tier_warning(quote.tiers):
        plan.notes.append(f"{summary.design_code}: {warning}")
    plan.quotes.append(PlannedQuote(quote, summary.design_code, summary.design_name,
                                    supplier.name, [], summary.revision))
    return plan


def _id(value: Any) -> int:
    """A record id from the hidden sheet; -1 (no such record) for anything else: text, an
    infinite or fractional number (a supplier who unhid the sheet and typed in it)."""
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        return -1
    return number if number == value or str(number) == str(value) else -1


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


@_reads_quote_file
def read_table(path: Path | str, sheet: str | None = None,
               header_row: int | None = None) -> SourceTable:
    """The first sheet (or the one named) of an .xlsx, or a CSV, as headers and rows.

    header_row: 1-based; None finds it (the first row of the first HEADER_SEARCH_ROWS with two
    or more text cells). Raises ImportRefused (see the module doc)."""
    path = Path(path)
    kind = check_file(path)
    if kind == "csv":
        return _read_csv(path, header_row)
    with _workbook(path) as book:
        names = [name for name in book.sheetnames if name != template.HIDDEN_SHEET]
        if not names:
            raise ImportRefused(f"{path.name} has no sheet to read")
        if sheet is not None and sheet not in names:
            raise ImportRefused(f"{path.name} has no sheet named '{sheet}'")
        chosen = sheet or names[0]
        worksheet = book[chosen]
        raw: list[tuple[int, list[SourceCell]]] = []
        limit = MAX_ROWS + (header_row or HEADER_SEARCH_ROWS) + 1
        # each row as long as its cells go, not as the sheet's stated size says (a sheet
        # stating A1:XFD1048576 had every row padded to 16,384 cells)
        worksheet.reset_dimensions()
        scanned = 0
        # openpyxl's streaming reader yields every row from 1, blank ones included
        for number, row in enumerate(worksheet.iter_rows(), start=1):
            scanned += len(row)
            if number > MAX_SCANNED_ROWS:
                raise ImportRefused(_too_many_rows(path.name))
            if scanned > MAX_SCANNED_CELLS:
                raise ImportRefused(_too_many_cells(path.name))
            cells = [SourceCell(c.value, f"{get_column_letter(i + 1)}{number}",
                                getattr(c, "data_type", "n") == "f")
                     for i, c in enumerate(row[:MAX_COLUMNS])]
            while cells and cells[-1].blank:
                cells.pop()
            if not cells:
                continue
            raw.append((number, cells))
            if len(raw) > limit:
                raise ImportRefused(_too_many_rows(path.name))
        merged = _merged_ranges(path, worksheet)
    table = _tabulate(path.name, "xlsx", chosen, names, raw, header_row)
    table.merged = merged
    return table


def _too_many_rows(name: str) -> str:
    return (f"{name} has more than {MAX_ROWS:,} rows: jewelbench imports quote sheets of up to "
            f"{MAX_ROWS:,} rows. Delete the rows you do not need, or split the file")


def _too_many_cells(name: str) -> str:
    return (f"{name} has more than {MAX_SCANNED_CELLS:,} cells in its sheet: jewelbench "
            f"imports quote sheets of up to {MAX_SCANNED_CELLS:,} cells (10,000 rows of 25 "
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
    sample = text[:SNIFF_CHARACTERS]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    raw: list[tuple[int, list[SourceCell]]] = []
    limit = MAX_ROWS + (header_row or HEADER_SEARCH_ROWS) + 1
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for values in reader:
            number = reader.line_num
            values = values[:MAX_COLUMNS]
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
    return table


def _tabulate(source: str, kind: str, sheet: str, sheets: list[str],
              raw: list[tuple[int, list[SourceCell]]], header_row: int | None) -> SourceTable:
    if not raw:
        raise ImportRefused(f"{source} is empty: there is nothing to import")
    if header_row is None:
        index = next((i for i, (_n, cells) in enumerate(raw[:HEADER_SEARCH_ROWS])
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
    if len(rows) > MAX_ROWS:
        raise ImportRefused(_too_many_rows(source))
    width = max([len(headers), *(len(cells) for _n, cells in rows)])
    headers += [f"Column {get_column_letter(i + 1)}" for i in range(len(headers), width)]
    return SourceTable(source, kind, sheet, sheets, number, headers, rows)


# --- the mapping -------------------------------------------------------------------------

# field → (label, required); the order the dialog lists them in.
FIELDS: dict[str, tuple[str, bool]] = {
    "quantity": ("Quantity (tier from, pieces)", True),
    "unit_price": ("Unit price", True),
    "design_code": ("Design code", False),
    "moq": ("MOQ (pieces)", False),
    "currency": ("Currency", False),
    "reference": ("Quote reference", False),
    "quoted_on": ("Quote date", False),
    "valid_until": ("Valid until", False),
    "incoterm": ("Incoterm", False),
    "sample_days": ("Sample lead time (days)", False),
    "production_days": ("Production lead time (days)", False),
    "fee_cad": ("CAD fee", False),
    "fee_mould": ("Mould fee", False),
    "fee_tooling": ("Tooling fee", False),
    "fee_sample": ("Sample fee", False),
    "notes": ("Notes", False),
}
_FEE_FIELDS = {"fee_cad": FeeKind.CAD, "fee_mould": FeeKind.MOULD,
               "fee_tooling": FeeKind.TOOLING, "fee_sample": FeeKind.SAMPLE}
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "quantity": ("quantity", "qty", "quantities", "pcs", "pieces", "tier", "from qty",
                 "min qty", "menge", "quantité", "quantite"),
    "unit_price": ("unit price", "price", "unit cost", "price per piece", "price/pc",
                   "price per pc", "fob price", "prix", "preis", "prezzo"),
    "design_code": ("design code", "design", "style", "style no", "item code", "code", "sku",
                    "article", "ref"),
    "moq": ("moq", "minimum order", "min order qty", "minimum order quantity"),
    "currency": ("currency", "ccy", "cur", "devise", "währung"),
    "reference": ("quote reference", "quote ref", "quote no", "quotation no", "reference"),
    "quoted_on": ("quote date", "date", "quoted on"),
    "valid_until": ("valid until", "validity", "valid to", "expiry", "expires"),
    "incoterm": ("incoterm", "incoterms", "terms", "delivery terms"),
    "sample_days": ("sample lead time", "sample days", "sample lead time (days)"),
    "production_days": ("production lead time", "lead time", "production days",
                        "production lead time (days)", "lead time (days)"),
    "fee_cad": ("cad", "cad fee", "3d model", "cad / 3d model"),
    "fee_mould": ("mould", "mold", "mould fee", "mold fee", "wax or rubber mould"),
    "fee_tooling": ("tooling", "tooling fee"),
    "fee_sample": ("sample fee", "sample cost", "sample"),
    "notes": ("notes", "remarks", "comments", "note"),
}


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w/ ]+", " ", text.lower())).strip()


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """field → column index for the headers that plainly name a field (exact synonyms)."""
    normal = [_normal(header) for header in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for key, synonyms in _SYNONYMS.items():
        for synonym in synonyms:
            found = next((i for i, h in enumerate(normal) if h == _normal(synonym)
                          and i not in used), None)
            if found is not None:
                mapping[key] = found
                used.add(found)
                break
    return mapping


def mapping_by_header(mapping: dict[str, int], headers: Sequence[str]) -> dict[str, str]:
    """What to remember for a supplier: field → header text (columns move between files)."""
    return {key: headers[index] for key, index in mapping.items() if 0 <= index < len(headers)}


def mapping_from_headers(saved: dict[str, str], headers: Sequence[str]) -> dict[str, int]:
    """A remembered mapping applied to this file's headers; fields whose header is gone are
    left out."""
    mapping: dict[str, int] = {}
    for key, header in saved.items():
        if key in FIELDS and header in headers:
            mapping[key] = list(headers).index(header)
    return mapping


@dataclass(frozen=True)
class QuoteDefaults:
    """What a mapped file does not say: chosen in the import dialog."""

    supplier_id: int
    supplier: str
    design_id: int | None  # None: the file's design code column says
    currency: str
    quoted_on: dt.date
    valid_until: dt.date | None = None
    incoterm: Incoterm = Incoterm.FOB
    reference: str = ""


@dataclass(frozen=True)
class DesignRef:
    id: int
    code: str
    name: str
    revision_id: int | None = None  # the newest issued revision: what the quote answers
    revision: str = ""


def mapped_plan(table: SourceTable, mapping: dict[str, int], defaults: QuoteDefaults,
                designs: Callable[[str | int], DesignRef | None]) -> ImportPlan:
    """The quotes a mapped table holds: each row a price tier (quantity → unit price); rows of
    one design make one quote. designs(code) (or designs(design_id)) finds a design."""
    plan = ImportPlan(table.source, "table", notes=list(table.notes))
    missing = [FIELDS[key][0] for key, (_label, required) in FIELDS.items()
               if required and key not in mapping]
    if defaults.design_id is None and "design_code" not in mapping:
        missing.append(FIELDS["design_code"][0] + " (or choose the design)")
    if missing:
        plan.problems.append("Choose the column for " + ", ".join(missing) + ": "
                             "every row needs a quantity and a unit price")
        return plan
    columns = sorted(set(mapping.values()))
    if len(columns) != len(mapping):
        twice = [FIELDS[k][0] for k, v in mapping.items()
                 if list(mapping.values()).count(v) > 1]
        plan.problems.append("One column is chosen for two fields (" + ", ".join(twice) + "): "
                             "choose a column for each")
        return plan
    last_row = table.rows[-1][0] if table.rows else table.header_row
    merged = [ref for ref in table.merged
              if _intersects(ref, (table.header_row, last_row), [c + 1 for c in columns])]
    if merged:
        plan.problems.append(_merged_problem(merged))
    formulas = [cells[i] for _n, cells in table.rows for i in columns
                if i < len(cells) and cells[i].formula]
    if formulas:
        plan.problems.append(_formula_problem(formulas))
    if plan.problems:
        return plan

    @dataclass
    class Group:
        design: DesignRef
        tiers: dict[int, tuple[Decimal, int]] = field(default_factory=dict)  # qty → price, row
        values: dict[str, tuple[Any, int]] = field(default_factory=dict)  # field → value, row
        rows: list[int] = field(default_factory=list)

    groups: dict[int, Group] = {}
    # design id → the first left-out row holding a validity date, and whether that date
    # itself is what could not be read (else the row was left out for another value)
    lost_validity: dict[int, tuple[int, bool]] = {}
    fixed_design = designs(defaults.design_id) if defaults.design_id is not None else None
    if defaults.design_id is not None and fixed_design is None:
        plan.problems.append("The design chosen is no longer in the workspace")
        return plan

    parsers: dict[str, Callable[[SourceCell], Any]] = {
        "moq": lambda c: to_whole(c, "The MOQ", minimum=1),
        "currency": lambda c: _currency(c),
        "reference": to_text, "notes": to_text,
        "quoted_on": lambda c: to_date(c, "The quote date"),
        "valid_until": lambda c: to_date(c, "The validity date"),
        "incoterm": lambda c: _incoterm(c),
        "sample_days": lambda c: to_whole(c, "The sample lead time"),
        "production_days": lambda c: to_whole(c, "The production lead time"),
        **{key: partial(to_decimal, what=FIELDS[key][0]) for key in _FEE_FIELDS},
    }

    for number, cells in table.rows:
        def at(key: str, cells: list[SourceCell] = cells, number: int = number) -> SourceCell:
            index = mapping[key]
            return cells[index] if index < len(cells) else SourceCell(
                None, _where(table, number, index))

        mapped = [at(key) for key in mapping]
        if all(cell.blank for cell in mapped):
            plan.ignored_blank_rows += 1
            continue
        quantity_cell, price_cell = at("quantity"), at("unit_price")
        if quantity_cell.blank and price_cell.blank:
            plan.skipped.append(SkippedRow(number, "no quantity and no unit price"))
            continue
        if fixed_design is not None:
            design = fixed_design
        else:
            code = to_text(at("design_code"))
            if not code:
                plan.skipped.append(SkippedRow(number, "no design code"))
                continue
            found = designs(code)
            if found is None:
                plan.skipped.append(SkippedRow(number, f"there is no design '{code}' in this "
                                                       "workspace"))
                continue
            design = found
        try:
            quantity = to_whole(quantity_cell, "The quantity", minimum=1,
                                example=PIECES_EXAMPLE)
            if price_cell.blank:
                raise BadValue(f"no unit price in {price_cell.where}")
            price = to_decimal(price_cell, "The unit price")
            values = {key: parsers[key](at(key)) for key in parsers
                      if key in mapping and not at(key).blank}
        except BadValue as error:
            plan.skipped.append(SkippedRow(number, str(error)))
            if "valid_until" in mapping and not at("valid_until").blank:
                try:
                    parsers["valid_until"](at("valid_until"))
                    unreadable = False
                except BadValue:
                    unreadable = True
                lost_validity.setdefault(design.id, (number, unreadable))
            continue
        group = groups.setdefault(design.id, Group(design))
        if quantity in group.tiers:
            plan.skipped.append(SkippedRow(number, f"a second price for {quantity:,} pieces of "
                                                   f"{design.code} (row "
                                                   f"{group.tiers[quantity][1]} has one)"))
            continue
        currency = values.get("currency")
        if currency is not None and "currency" in group.values and \
                group.values["currency"][0] != currency:
            first = group.values["currency"]
            plan.skipped.append(SkippedRow(number, f"its currency {currency} differs from "
                                                   f"{first[0]} in row {first[1]} for "
                                                   f"{design.code}"))
            continue
        group.tiers[quantity] = (price, number)
        group.rows.append(number)
        for key, value in values.items():
            group.values.setdefault(key, (value, number))

    for group in groups.values():
        values = {key: value for key, (value, _row) in group.values.items()}
        if "valid_until" not in values and group.design.id in lost_validity:
            # the other rows alone would make a quote that never expires
            lost_row, unreadable = lost_validity[group.design.id]
            why = "cannot be read" if unreadable else "is in a row left out"
            for row in group.rows:
                plan.skipped.append(SkippedRow(row, f"the validity date of {group.design.code} "
                                                    f"in row {lost_row} {why}; without it the "
                                                    "quote would never expire"))
            continue
        tiers = [QuoteTier(q, price) for q, (price, _row) in sorted(group.tiers.items())]
        moq = values.get("moq") or tiers[0].min_quantity
        fees = [QuoteFee(kind, values[key]) for key, kind in _FEE_FIELDS.items()
                if values.get(key)]
        try:
            quote = Quote(
                supplier_id=defaults.supplier_id, design_id=group.design.id,
                currency=values.get("currency") or defaults.currency,
                quoted_on=values.get("quoted_on") or defaults.quoted_on, tiers=tiers,
                valid_until=values.get("valid_until", defaults.valid_until),
                tech_pack_revision_id=group.design.revision_id,
                reference=values.get("reference") or defaults.reference, moq=moq, fees=fees,
                sample_lead_time_days=values.get("sample_days"),
                production_lead_time_days=values.get("production_days"),
                incoterm=values.get("incoterm") or defaults.incoterm,
                notes=values.get("notes") or "")
        except DomainError as error:
            for row in group.rows:
                plan.skipped.append(SkippedRow(row, f"the quote for {group.design.code} cannot "
                                                    f"be stored: {error}"))
            continue
        if warning := rising_tier_warning(quote.tiers):
            plan.notes.append(f"{group.design.code}: {warning}")
        plan.quotes.append(PlannedQuote(quote, group.design.code, group.design.name,
                                        defaults.supplier, group.rows, group.design.revision))
    plan.skipped.sort(key=lambda s: s.row or 0)
    return plan


def _where(table: SourceTable, number: int, index: int) -> str:
    letter = get_column_letter(index + 1)
    return f"{letter}{number}" if table.kind == "xlsx" else f"row {number}, column {letter}"


def _currency(cell: SourceCell) -> str:
    try:
        return check_known_currency(to_text(cell))
    except DomainError:
        raise BadValue(f"the currency in {cell.where} ('{_shown(cell)}') is not an ISO "
                       "currency code") from None


def _incoterm(cell: SourceCell) -> Incoterm:
    text = to_text(cell).upper()
    try:
        return Incoterm(text)
    except ValueError:
        raise BadValue(f"the incoterm in {cell.where} ('{_shown(cell)}') is not EXW, FOB, CIF "
                       "or DDP") from None


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
