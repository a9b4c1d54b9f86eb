"""The workbook's Rounding rows: every table of the Cost comparison sheet adds up as printed
(jewelbench.domain.footing gives the rule; docs/costing.md, "Money, rounding and units").

The cells keep their exact formulas (the engine's figures to the cent); a currency format
shows each rounded to the currency's minor unit. Under the parts of a table a Rounding row
gives ROUND(total) − Σ ROUND(parts), and beside a total and its cost per piece a rounding gives
ROUND(total) − ROUND(per piece) × Volume, so the printed parts plus the printed rounding are
the printed total. Each rounding is itself rounded to the minor unit: a spreadsheet's binary
arithmetic would otherwise leave 0.00999999… where the difference is 0.01.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from jewelbench.domain.footing import ROUNDING, minor_units
from jewelbench.reports.workbook_inputs import f
from jewelbench.reports.workbook_sheet import Grid, currency_format

PARTS_NOTE = "the printed total less the sum of the printed parts above (each rounded once)"
PIECES_NOTE = "the printed year less the printed cost per piece × the Volume costed"


def round_to(expr: str, currency: str) -> str:
    """The formula rounding `expr` to the currency's minor unit, as its format shows it."""
    return f"ROUND({expr},{minor_units(currency)})"


def parts_rounding(parts_first: int, parts_last: int, total_row: int, col: int,
                   currency: str) -> str:
    """ROUND(total) − Σ ROUND(part) over one column of a table (a formula)."""
    letter = get_column_letter(col)
    places = minor_units(currency)
    return f(f"ROUND(ROUND({letter}{total_row},{places})"
             f"-SUMPRODUCT(ROUND({letter}{parts_first}:{letter}{parts_last},{places})),"
             f"{places})")


def pieces_rounding(total: str, per_piece: str, currency: str) -> str:
    """ROUND(total) − ROUND(per piece) × Volume (a formula)."""
    return f(round_to(f"{round_to(total, currency)}-{round_to(per_piece, currency)}*Volume",
                      currency))


def put_parts_rounding(grid: Grid, row: int, parts_first: int, parts_last: int,
                       total_row: int, columns: tuple[int, ...], currency: str,
                       note_col: int | None = None) -> dict[int, str]:
    """A Rounding row at `row` under the parts, for each money column; returns col → cell."""
    money = currency_format(currency)
    grid.put(row, 1, ROUNDING, "label")
    cells = {col: grid.put(row, col, parts_rounding(parts_first, parts_last, total_row, col,
                                                    currency), "calc", money)
             for col in columns}
    if note_col is not None:
        grid.put(row, note_col, PARTS_NOTE, "note")
    return cells


def put_pieces_rounding(grid: Grid, row: int, total: str, per_piece: str, currency: str,
                        note_col: int = 4) -> str:
    """The row "Rounding: per piece × pieces" under a table's total and per piece."""
    grid.put(row, 1, f"{ROUNDING}: per piece × pieces", "label")
    cell = grid.put(row, 2, pieces_rounding(total, per_piece, currency), "calc",
                    currency_format(currency))
    grid.put(row, note_col, PIECES_NOTE, "note")
    return cell
