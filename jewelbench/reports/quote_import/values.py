"""What one cell of a quote file holds, read as what its column needs: a number (a spreadsheet
number, or text such as '12,50' or '1.250,00'), a whole number, a date, text or yes/no. A cell
that does not hold it raises BadValue, whose str() names the cell and the value."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from jewelbench.domain.money import MAX_AMOUNT

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


def shown(cell: SourceCell) -> str:
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
        raise BadValue(f"{what} in {cell.where} is not a number ({shown(cell)})")
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
        raise BadValue(f"{what} in {cell.where} is not a number ({shown(cell)})")
    if abs(number) >= MAX_AMOUNT:  # the largest amount the workspace stores
        raise BadValue(f"{what} in {cell.where} is too large ({shown(cell)})")
    if minimum is not None and number < minimum:
        raise BadValue(f"{what} in {cell.where} must be at least {minimum}, not {number}")
    if maximum is not None and number > maximum:
        raise BadValue(f"{what} in {cell.where} must be at most {maximum}, not {number}")
    return number


def _text_number(raw: str, cell: SourceCell, what: str, example: str) -> Decimal:
    text = raw.strip().replace("\u00a0", " ").replace("\u202f", " ")
    bad = BadValue(f"{what} in {cell.where} is not a number ('{shown(cell)}'): type {example}")
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
            raise BadValue(f"{what} in {cell.where} is ambiguous ('{shown(cell)}': "
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
                   f"guessing ('{shown(cell)}'): write it as 2026-03-31 or as a date cell")


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
    raise BadValue(f"{what} in {cell.where} must be Y or N, not '{shown(cell)}'")
