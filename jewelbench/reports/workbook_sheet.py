"""The workbook's building blocks: number formats, cell styles, defined names, and a sheet laid
out cell by cell in memory and then streamed row by row to a write-only openpyxl worksheet.

Every text a sheet holds goes through reports/cells.py (`set_text`): a supplier named
`=HYPERLINK(…)` is a string cell with the quote prefix, never a formula. Formulas are written
only as `Formula` values, which this module makes and nothing a user typed can become.
"""

from __future__ import annotations

import datetime as dt
import re
import string
import textwrap
from collections.abc import Iterable
from copy import copy
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.filters import AutoFilter

from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Text
from jewelbench.domain.money import MINOR_UNITS
from jewelbench.reports.cells import clean_text, is_formula_like, set_text
from jewelbench.reports.wording import translate, words

# --- number formats --------------------------------------------------------------------------

DATE = "yyyy-mm-dd"
PERCENT = "0.00%"
GRAMS = '#,##0.00 "g"'
FINE_GRAMS = '#,##0.000 "g"'
PIECES = "#,##0"
PIECES_FRACTION = "#,##0.##"
MINUTES = '#,##0.00 "min"'
HOURS = '#,##0.0 "h"'
HOURS_MONTH = '#,##0.0 "h/month"'
YEARS = '[=1]0 "year";0 "years"'  # "1 year", "5 years"
RATE = "0.000000####"
FINENESS = '0 "‰"'
NUMBER = "#,##0.00####"
MM = '0.00 "mm"'
DAYS = '[=1]0 "day";0 "days"'

# The words inside number formats, written in the workbook's language ("5 år", "12,5 t"):
# the figure stays a number, which the reader's spreadsheet shows in its own form.
UNIT_WORDS = {
    "min": QT_TRANSLATE_NOOP("workbook_units", "min"),
    "h": QT_TRANSLATE_NOOP("workbook_units", "h"),
    "h/month": QT_TRANSLATE_NOOP("workbook_units", "h/month"),
    "year": QT_TRANSLATE_NOOP("workbook_units", "year"),
    "years": QT_TRANSLATE_NOOP("workbook_units", "years"),
    "day": QT_TRANSLATE_NOOP("workbook_units", "day"),
    "days": QT_TRANSLATE_NOOP("workbook_units", "days"),
    "yes": QT_TRANSLATE_NOOP("workbook_units", "yes"),
    "no": QT_TRANSLATE_NOOP("workbook_units", "no"),
}
METAL_NAMES = {
    "gold": QT_TRANSLATE_NOOP("workbook_units", "Gold"),
    "silver": QT_TRANSLATE_NOOP("workbook_units", "Silver"),
    "platinum": QT_TRANSLATE_NOOP("workbook_units", "Platinum"),
    "palladium": QT_TRANSLATE_NOOP("workbook_units", "Palladium"),
}
_QUOTED = re.compile(r'"([^"]*)"')


# A date cell's form in the language being written (a translator may only reorder d, m, y
# and choose the separators: "dd.mm.yyyy").
DATE_FORM = QT_TRANSLATE_NOOP("workbook_units", "yyyy-mm-dd")
_DATE_LETTERS = re.compile(r"^(?=.*d)(?=.*m)(?=.*y)[dmy./ -]{6,12}$")


def in_words(number_format: str) -> str:
    """number_format with its unit words in the language being written ('0 "years"' ->
    '0 "år"'), and a date's form ('yyyy-mm-dd' -> 'dd.mm.yyyy'); codes, symbols and
    everything else as they are."""
    if number_format == DATE:
        form = translate(DATE_FORM.context, str(DATE_FORM))
        return form if _DATE_LETTERS.match(form) else DATE
    def say(found: re.Match[str]) -> str:
        unit = UNIT_WORDS.get(found.group(1))
        return found.group(0) if unit is None else '"' + translate(
            unit.context, str(unit)).replace('"', "") + '"'
    return _QUOTED.sub(say, number_format) if '"' in number_format else number_format


def metal_name(metal: str) -> str:
    """A priced metal's name in the language being written ("gold" -> "Gold" / "Gull")."""
    marked = METAL_NAMES.get(metal)
    return metal.capitalize() if marked is None else translate(marked.context, str(marked))


def currency_format(code: str | None, places: int | None = None, *,
                    code_shown: bool = True) -> str:
    """'#,##0.00 "EUR"': thousands separated, the currency's minor unit, its code after.
    code_shown=False where the code stands in a Currency column of its own beside the amount
    (else it reads "51.68 USD USD")."""
    if not code:
        return "#,##0.00"
    places = MINOR_UNITS.get(code, 2) if places is None else places
    decimals = "." + "0" * places if places else ""
    if not code_shown:
        return f"#,##0{decimals}"
    safe = code.replace('"', "")
    return f'#,##0{decimals} "{safe}"'


# --- cell styles -----------------------------------------------------------------------------

INPUT_FILL = "FFF2CC"  # the usual spreadsheet convention: inputs on light yellow, blue text
INPUT_FONT = "1F4E79"
HEADER_FILL = "D9E1F2"
NOTE_FONT = "595959"
WARN_FONT = "9C5700"

_THIN = Side(style="thin", color="8EA9DB")
ROLES = ("plain", "title", "section", "header", "label", "input", "calc", "total", "note",
         "warning", "strong")


@dataclass
class Styles:
    """Style arrays made once per (role, number format) and copied onto each cell: openpyxl's
    per-cell style assignment is what makes big sheets slow."""

    anchor: Any  # any worksheet of the workbook: styles are registered workbook-wide
    _made: dict[tuple[str, str | None], Any] = field(default_factory=dict)

    def array(self, role: str, number_format: str | None = None) -> Any:
        key = (role, number_format)
        found = self._made.get(key)
        if found is None:
            cell = WriteOnlyCell(self.anchor)
            _apply(cell, role)
            if number_format:
                cell.number_format = in_words(number_format)
            # openpyxl's style array: private, not in its stubs
            found = copy(cell._style)  # type: ignore[attr-defined]
            self._made[key] = found
        return found

    def cell(self, ws: Any, value: Any, role: str = "plain",
             number_format: str | None = None) -> Cell:
        """A write-only cell holding value (text through set_text, Formula as a formula)."""
        styled = role != "plain" or number_format
        return fast_cell(ws, value, self.array(role, number_format) if styled else None)


def fast_cell(ws: Any, value: Any, style: Any = None) -> Cell:
    """A write-only cell holding value, with the style array `style` (shared, not copied:
    openpyxl only reads it when writing) — a formula, a number or a date set as it is, text
    through set_text. A text a spreadsheet would read as a formula gets a copy of the style
    with the quote prefix (set_text sets it in the cell's own array)."""
    cell = WriteOnlyCell(ws)
    # openpyxl's _value and _style: private, not in its stubs
    if isinstance(value, Formula):
        cell._value = str(value)  # type: ignore[attr-defined]
        cell.data_type = "f"
    elif isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool)):
        cell._value = value  # type: ignore[attr-defined]
    elif isinstance(value, Decimal):
        cell._value = float(value)  # type: ignore[attr-defined]
    elif isinstance(value, str) and style is not None:
        # the style first: set_text's quote prefix lives in the style array (replacing the
        # array after it dropped it from every styled cell: the Cover's workspace name in B5)
        cell._style = copy(style) if is_formula_like(value) else style  # type: ignore[attr-defined]
        style = None
        put_value(cell, value)
    else:
        put_value(cell, value)
    if style is not None:
        cell._style = style  # type: ignore[attr-defined]
    return cell


def _apply(cell: Any, role: str) -> None:
    if role == "title":
        cell.font = Font(bold=True, size=15)
    elif role == "section":
        cell.font = Font(bold=True, size=12)
    elif role == "header":
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.border = Border(bottom=_THIN)
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
    elif role == "input":
        cell.font = Font(color=INPUT_FONT)
        cell.fill = PatternFill("solid", fgColor=INPUT_FILL)
    elif role == "total":
        cell.font = Font(bold=True)
        cell.border = Border(top=_THIN)
    elif role == "strong":
        cell.font = Font(bold=True)
    elif role == "note":
        cell.font = Font(italic=True, color=NOTE_FONT)
    elif role == "warning":
        cell.font = Font(color=WARN_FONT)


class Formula(str):
    """A formula this module wrote ('=SUM(B2:B9)'): the only str written as a formula."""

    __slots__ = ()


def put_value(cell: Any, value: Any) -> None:
    """Put value in cell: Formula as a formula, any other text as text (never a formula),
    Decimal as a number, dates as dates."""
    if isinstance(value, Formula):
        cell.value = str(value)
    elif isinstance(value, str):
        set_text(cell, value)
    elif isinstance(value, Decimal):
        cell.value = float(value)
    else:
        cell.value = value


def plain_value(value: Any) -> Any:
    """A value a write-only append() may take as it is (no style): text that could never be
    read as a formula and has no character an xlsx cannot hold; else None (needs a cell)."""
    if isinstance(value, str):
        if isinstance(value, Formula) or is_formula_like(value) or clean_text(value) != value:
            return None
        return value
    if isinstance(value, Decimal):
        return float(value)
    if value is None or isinstance(value, (int, float, bool)):
        return value
    return None


# --- references and defined names ------------------------------------------------------------

_NAME_BAD = re.compile(r"[^A-Za-z0-9_]+")
_LOOKS_LIKE_CELL = re.compile(r"^(?:[A-Za-z]{1,3}\d+|[RrCc]\d*|[Rr]\d+[Cc]\d+)$")


def cell_ref(sheet: str, row: int, col: int, absolute: bool = True) -> str:
    letter = get_column_letter(col)
    local = f"${letter}${row}" if absolute else f"{letter}{row}"
    return f"{quote_sheetname(sheet)}!{local}"


def range_ref(sheet: str, first_row: int, first_col: int, last_row: int, last_col: int) -> str:
    return (f"{quote_sheetname(sheet)}!${get_column_letter(first_col)}${first_row}:"
            f"${get_column_letter(last_col)}${last_row}")


def local_ref(row: int, col: int, absolute: bool = False) -> str:
    letter = get_column_letter(col)
    return f"${letter}${row}" if absolute else f"{letter}{row}"


def name_part(text: str, limit: int = 24) -> str:
    """A piece of a defined name made from free text: 'Siam Gem Co.' → 'Siam_Gem_Co'."""
    part = _NAME_BAD.sub("_", text).strip("_")[:limit].strip("_")
    return part or "x"


class Names:
    """The workbook's defined names: each input gets one ('Gold_price_per_g', 'FX_THB')."""

    def __init__(self) -> None:
        self.refs: dict[str, str] = {}
        self._folded: set[str] = set()

    def define(self, wanted: str, ref: str) -> str:
        """Define a name for ref (made valid and unique: 'Route 1' → 'Route_1', a second
        'FX' → 'FX_2') and return the name to use in formulas."""
        base = name_part(wanted, 120)
        if base[0].isdigit():
            base = "_" + base
        if _LOOKS_LIKE_CELL.match(base):
            base += "_"
        name, n = base, 1
        while name.casefold() in self._folded:  # names are not case-sensitive
            n += 1
            name = f"{base}_{n}"
        self._folded.add(name.casefold())
        self.refs[name] = ref
        return name

    def add_to(self, workbook: Any) -> None:
        for name, ref in self.refs.items():
            workbook.defined_names[name] = DefinedName(name, attr_text=ref)


# --- the words of the sheets ------------------------------------------------------------------

_LABELS: dict[str, set[str]] = {}


def labels(*texts: Text) -> None:
    """Declare a sheet's labels, headings and notes, each marked with QT_TRANSLATE_NOOP in the
    context of the sheets that write it (pyside6-lupdate lists them for the translators): a
    Grid of that context writes each in the language being written when it places it."""
    for text in texts:
        _LABELS.setdefault(text.context, set()).add(str(text))


def is_label(context: str, text: str) -> bool:
    """Whether text is one of the labels declared for context."""
    return text in _LABELS.get(context, ())


def formula_text(template: str, **parts: str) -> str:
    """A sentence as a spreadsheet expression: template's words as quoted text and each
    {name} the expression parts[name], joined by &: ("between {start} and {end}", start="A1",
    end="B1") -> '"between "&A1&" and "&B1'. A template that is not valid (a broken
    translation) is written whole as text."""
    try:
        pieces = list(string.Formatter().parse(template))
    except ValueError:
        pieces = [(template, None, None, None)]
    out: list[str] = []
    for literal, name, _spec, _conversion in pieces:
        if literal:
            out.append('"' + literal.replace('"', '""') + '"')
        if name is not None:
            out.append(parts.get(name) or '"{' + name.replace('"', '""') + '}"')
    return "&".join(out) or '""'


# --- a sheet laid out in memory --------------------------------------------------------------


@dataclass
class Grid:
    """A small sheet (cover, inputs, the cost model) placed cell by cell, then written in row
    order. Rows and columns count from 1."""

    title: str
    cells: dict[tuple[int, int], tuple[Any, str, str | None]] = field(default_factory=dict)
    widths: dict[int, float] = field(default_factory=dict)
    freeze: str | None = None
    autofilter: str | None = None
    charts: list[tuple[Any, str]] = field(default_factory=list)
    row: int = 1  # the next free row, for code that writes top to bottom
    context: str = ""  # the translation context of its labels (labels() declares them)

    def say(self, value: Any) -> Any:
        """value in the language being written when it is a marked Text or a label declared
        for this sheet's context; anything else (a name, a code, a figure) as it is."""
        if isinstance(value, Text):
            return words(value)
        if (self.context and type(value) is str  # a Formula is a str too: never translated
                and is_label(self.context, value)):
            return translate(self.context, value)
        return value

    def put(self, row: int, col: int, value: Any, role: str = "plain",
            number_format: str | None = None) -> str:
        """Place a value (a marked Text in the language being written); returns its absolute
        reference with the sheet name."""
        self.cells[(row, col)] = (self.say(value), role, number_format)
        return cell_ref(self.title, row, col)

    def put_row(self, row: int, col: int, values: Iterable[Any], role: str = "plain",
                number_format: str | None = None) -> None:
        for offset, value in enumerate(values):
            self.put(row, col + offset, value, role, number_format)

    def ref(self, row: int, col: int) -> str:
        return cell_ref(self.title, row, col)

    def range(self, first_row: int, col: int, last_row: int, last_col: int | None = None) -> str:
        return range_ref(self.title, first_row, col, last_row, last_col or col)

    def lines(self, text: str, role: str = "note", width: int = 110, col: int = 1) -> int:
        """Text wrapped to `width` characters, one line per row from the next free row (a long
        line would run off the printed page); returns the first row."""
        first = self.row
        for line in textwrap.wrap(str(self.say(text)), width) or [""]:
            self.put(self.next_row(), col, line, role)
        return first

    def skip(self, rows: int = 1) -> int:
        self.row += rows
        return self.row

    def next_row(self) -> int:
        row = self.row
        self.row += 1
        return row

    @property
    def max_row(self) -> int:
        return max((r for r, _ in self.cells), default=0)

    @property
    def max_col(self) -> int:
        return max((c for _, c in self.cells), default=0)

    def header_heights(self, by_row: dict[int, list[tuple[int, tuple[Any, str, str | None]]]]
                       ) -> dict[int, float]:
        """Row heights for header rows whose titles wrap: spreadsheets do not grow a row to
        fit wrapped text they did not lay out themselves."""
        heights: dict[int, float] = {}
        for r, entries in by_row.items():
            lines = 1
            for c, (value, role, _) in entries:
                if role == "header" and isinstance(value, str):
                    width = self.widths.get(c, 8.43)
                    lines = max(lines, wrapped_lines(value, width))
            if lines > 1:
                heights[r] = row_height(lines)
        return heights

    def formula_cells(self) -> int:
        return sum(1 for value, _, _ in self.cells.values() if isinstance(value, Formula))

    def emit(self, workbook: Any, styles: Styles | None = None) -> tuple[Any, Styles]:
        """Write the sheet into workbook (write-only) and return it with the style book."""
        ws = workbook.create_sheet(self.title)
        styles = styles or Styles(ws)
        prepare_sheet(ws, self.widths, self.freeze)
        by_row: dict[int, list[tuple[int, tuple[Any, str, str | None]]]] = {}
        for (r, c), entry in self.cells.items():
            by_row.setdefault(r, []).append((c, entry))
        for r, height in self.header_heights(by_row).items():
            ws.row_dimensions[r].height = height
        for r in range(1, self.max_row + 1):
            entries = sorted(by_row.get(r, []), key=lambda item: item[0])
            out: list[Any] = [None] * (entries[-1][0] if entries else 0)
            for c, (value, role, number_format) in entries:
                out[c - 1] = styles.cell(ws, value, role, number_format)
            ws.append(out)
        if self.autofilter:
            ws.auto_filter = AutoFilter(ref=self.autofilter)
        for chart, anchor in self.charts:
            ws.add_chart(chart, anchor)
        return ws, styles


def take_cells_as_they_are(ws: Any) -> None:
    """Let a write-only sheet's append() take the cells it is given as they are. openpyxl
    first tries every value as a plain value and takes a cell only once that failed, with an
    exception and the cell's repr made each time: a third of the time of a big sheet."""
    if not hasattr(ws, "_values_to_row"):
        return

    def values_to_row(values: Iterable[Any], row_idx: int) -> Iterable[Any]:
        plain = WriteOnlyCell(ws)  # one cell for the plain values, as openpyxl does: each is
        # written before the next is set (a fresh one after a date gave it a number format)
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            else:
                if plain.has_style:
                    plain = WriteOnlyCell(ws)
                cell = plain
                cell.value = value
            cell.column = col_idx
            cell.row = row_idx
            yield cell

    ws._values_to_row = values_to_row


def prepare_sheet(ws: Any, widths: dict[int, float], freeze: str | None,
                  landscape: bool = True) -> None:
    """What a write-only sheet needs before its first row: column widths, frozen panes, and a
    page set up to print one page wide; its append() takes cells as they are."""
    take_cells_as_they_are(ws)
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width
    if freeze:
        ws.freeze_panes = freeze
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = "9"  # A4; Letter users get it fitted
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    title_rows = int(re.sub(r"^[A-Z]+", "", freeze)) - 1 if freeze else 0
    if title_rows >= 1:
        ws.print_title_rows = f"1:{title_rows}"  # the header on every printed page


def wrapped_lines(text: str, width: float) -> int:
    """How many lines a bold header takes in a column `width` characters wide."""
    return min(4, len(textwrap.wrap(text, max(1, int(width / 1.15)))) or 1)


def row_height(lines: int) -> float:
    return 15.0 * lines + 1


def as_date(value: Any) -> Any:
    """A date (not a datetime) for a date cell; anything else as it is."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value
