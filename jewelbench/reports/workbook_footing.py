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

from collections.abc import Callable, Sequence

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


# --- the per-design tables: each line's sums and products -------------------------------------

LineRounding = tuple[int, str, str, Callable[[int], str]]  # column, key, header, expr at row


def in_house_line_roundings(currency: str) -> list[LineRounding]:
    """In-house by design: variable = metal + … + labour; good piece = variable + remakes +
    packaging; a year = pieces × good piece (pieces printed to 2 places)."""
    d = minor_units(currency)

    def r(ref: str) -> str:
        return f"ROUND({ref},{d})"
    return [
        (16, "variable", f"{ROUNDING}: variable",
         lambda row: f"{r(f'J{row}')}-SUMPRODUCT(ROUND(D{row}:I{row},{d}))"),
        (17, "good_piece", f"{ROUNDING}: good piece",
         lambda row: f"{r(f'M{row}')}-{r(f'J{row}')}-{r(f'K{row}')}-{r(f'L{row}')}"),
        (18, "year", f"{ROUNDING}: a year",
         lambda row: f"{r(f'N{row}')}-ROUND(C{row},2)*{r(f'M{row}')}"),
    ]


def route_line_roundings(currency: str) -> list[LineRounding]:
    """A route by design: metal, supplier freight, materials and assists = billed (printed to
    2 places) × the amount per billed piece."""
    d = minor_units(currency)

    def r(ref: str) -> str:
        return f"ROUND({ref},{d})"
    def product(total: str, each: str) -> Callable[[int], str]:
        return lambda row: f"{r(f'{total}{row}')}-ROUND(D{row},2)*{r(f'{each}{row}')}"
    return [(col, key, f"{ROUNDING}: {key}", product(total, each))
            for col, key, total, each in ((19, "metal", "L", "K"), (20, "freight", "N", "M"),
                                          (21, "materials", "P", "O"), (22, "assists", "R", "Q"))]


def put_line_roundings(grid: Grid, first: int, codes: Sequence[str],
                       columns: Sequence[LineRounding], currency: str, prefix: str,
                       cells: dict[str, str]) -> None:
    """For each design's line (rows first … first + len(codes) − 1, its header on the row
    above), a rounding per column; cells["{prefix}.{code}.rounding_{key}"] → its cell."""
    money = currency_format(currency)
    for col, key, header, expr in columns:
        grid.put(first - 1, col, header, "header")
        for row, code in enumerate(codes, start=first):
            cells[f"{prefix}.{code}.rounding_{key}"] = grid.put(
                row, col, f(round_to(expr(row), currency)), "calc", money)
