"""Spreadsheet-safe text: what every writer (workbook, CSV, quote template) puts in a text cell.

A spreadsheet treats a cell that starts with `=`, `+`, `-` or `@` as a formula, and a leading
tab or carriage return can hide one ("formula injection"): a supplier named
`=HYPERLINK("http://…","Click")` must arrive in the accountant's Excel as those characters,
never as a live link or a calculation. So:

- **xlsx** (`set_text`, `text_cell`): the value is stored as a *string* cell (data type `s`,
  written inline), never as a formula, whatever it starts with; a formula-like text also gets
  the `quotePrefix` style, so the spreadsheet keeps it text even when the user edits the cell
  and presses Enter.
- **CSV** (`safe_text`): a CSV has no cell types, so a formula-like text is written with one
  apostrophe in front (`'=HYPERLINK(…)`), which Excel and LibreOffice show as text. This is the
  documented convention (OWASP, "CSV Injection"); `restore_text` takes that apostrophe off again
  when jewelbench reads such a file back, so a round trip keeps the text as typed.

Numbers, dates and booleans are not text and are written as themselves: a negative price is a
number, not a formula. Characters an xlsx file cannot hold at all (control characters other
than tab, line feed and carriage return) are replaced with U+FFFD so the export never fails on
a stray byte pasted into a name.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell.cell import Cell, WriteOnlyCell

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CSV_TEXT_PREFIX = "'"

# The characters XML 1.0 (and so xlsx) cannot carry; openpyxl raises IllegalCharacterError.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
REPLACEMENT = "\ufffd"


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet would read the text as a formula (or could, on editing)."""
    return text.startswith(FORMULA_TRIGGERS)


def clean_text(value: Any) -> str:
    """The value as text an xlsx cell can hold: None → '', a carriage return → a line feed
    (what any xlsx reader gives back), illegal control characters → U+FFFD."""
    if value is None:
        return ""
    # XML turns a carriage return into a line feed when read back: write the line feed.
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL.sub(REPLACEMENT, text)


def safe_text(value: Any) -> str:
    """The value as CSV-safe text: formula-like text gets a leading apostrophe.

    `'=SUM(A1)` shows as `=SUM(A1)` in Excel and LibreOffice and is never evaluated."""
    text = "" if value is None else str(value)
    return CSV_TEXT_PREFIX + text if is_formula_like(text) else text


def restore_text(text: str) -> str:
    """The inverse of safe_text, for reading a CSV back: `'=X` → `=X`.

    Only an apostrophe followed by a formula trigger is taken off (what safe_text adds); any
    other leading apostrophe is the user's and stays."""
    if text.startswith(CSV_TEXT_PREFIX) and is_formula_like(text[1:]):
        return text[1:]
    return text


def set_text(cell: Any, value: Any) -> Any:
    """Put value in an openpyxl cell as text, never as a formula. Returns the cell.

    Works on a normal worksheet cell or a WriteOnlyCell."""
    text = clean_text(value)
    cell.value = text
    cell.data_type = "s"  # openpyxl would make '=…' a formula ('f'): force a string
    if is_formula_like(str(value or "")):
        cell.quotePrefix = True
    return cell


def text_cell(worksheet: Any, value: Any) -> Cell:  # WriteOnlyCell() makes a Cell
    """A text cell for a write-only worksheet's append(): set_text on a new WriteOnlyCell."""
    cell = WriteOnlyCell(worksheet)
    set_text(cell, value)
    return cell

