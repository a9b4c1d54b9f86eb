"""The workbook's margin (docs/costing.md, "Margin"): each design's selling prices on the Inputs
sheet (retail, its own wholesale price, the workspace's wholesale factor) and, on the cover,
each route's cost per piece of each design against the wholesale price — margin, margin %,
markup % and a LOSES MONEY flag — every figure a formula over Inputs.

    wholesale used = own wholesale × its rate, else retail × its rate × Wholesale_factor
    weight         = planned pieces × materials a piece ÷ Σ planned pieces × materials a piece
                     (by pieces when no design has a materials value)
    cost per piece = route's total × weight ÷ (Volume × planned pieces ÷ Plan_total)
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jewelbench.domain.costing_inputs import PriceBook
from jewelbench.domain.messages import QT_TRANSLATE_NOOP
from jewelbench.reports.wording import say, translate
from jewelbench.reports.workbook_inputs import COL_AMOUNT, InputsLayout, f
from jewelbench.reports.workbook_sheet import PERCENT, RATE, Grid, currency_format, labels

INPUTS = "Inputs"
HEAD = ("Design", "Retail price", "Currency", "Rate used", "Own wholesale price", "Currency",
        "Rate used", "Wholesale used", "Retail", "Materials a piece", "Share of a route")

# Its words on the Inputs sheet and on the cover, written in the language chosen
labels(
    QT_TRANSLATE_NOOP("workbook_inputs", "Retail price"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Rate used"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Own wholesale price"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Wholesale used"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Retail"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Materials a piece"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Share of a route"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Selling prices (margin)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Wholesale used: the design's own wholesale price, else "
                                         "its retail price × the wholesale factor. A plan's route "
                                         "is shared among its designs by the value of their "
                                         "materials (planned pieces × materials a piece)."),
    QT_TRANSLATE_NOOP("workbook_inputs", "Wholesale factor"),
    QT_TRANSLATE_NOOP("workbook_inputs", "wholesale = retail × this, for designs without their "
                                         "own (above 0, at most 1)"),
    QT_TRANSLATE_NOOP("workbook", "Margin at the volume costed"),
    QT_TRANSLATE_NOOP("workbook", "Design · route"),
    QT_TRANSLATE_NOOP("workbook", "Cost per piece"),
    QT_TRANSLATE_NOOP("workbook", "Wholesale"),
    QT_TRANSLATE_NOOP("workbook", "Margin"),
    QT_TRANSLATE_NOOP("workbook", "Margin %"),
    QT_TRANSLATE_NOOP("workbook", "Markup %"),
    QT_TRANSLATE_NOOP("workbook", "Retail"),
)


def margin_inputs(lay: InputsLayout, setup: Any) -> None:
    """The selling prices of the plan's designs, with the factor, as Inputs rows by name."""
    grid, base = lay.grid, lay.base
    money = currency_format(base)
    grid.skip()
    grid.put(grid.next_row(), 1, "Selling prices (margin)", "section")
    grid.lines("Wholesale used: the design's own wholesale price, else its retail price × the "
               "wholesale factor. A plan's route is shared among its designs by the value of "
               "their materials (planned pieces × materials a piece).")
    row = grid.next_row()
    grid.put(row, 1, "Wholesale factor", "label")
    ref = grid.put(row, 2, setup.margin.wholesale_factor, "input", "0.00##")
    grid.put(row, 3, "wholesale = retail × this, for designs without their own (above 0, at "
                     "most 1)", "note")
    lay.names.define("Wholesale_factor", ref)
    grid.put_row(grid.next_row(), 1, HEAD, "header")
    book = PriceBook(setup.prices)
    first = grid.row
    rows: list[int] = []
    for line in setup.plan.lines:
        design = line.design
        row = grid.next_row()
        rows.append(row)
        grid.put(row, 1, design.code, "label")
        for col, price in ((2, design.target_retail_price), (5, design.wholesale_price)):
            if price is None:
                continue
            grid.put(row, col, price.amount, "input",
                     currency_format(price.currency, code_shown=False))
            grid.put(row, col + 1, price.currency)
            grid.put(row, col + 2, *_rate(lay, book, price.currency))
        grid.put(row, 8, f(f'IF(E{row}<>"",E{row}*G{row},IF(B{row}<>"",'
                           f'B{row}*D{row}*Wholesale_factor,""))'), "calc", money)
        grid.put(row, 9, f(f'IF(B{row}<>"",B{row}*D{row},"")'), "calc", money)
        parts = [p for p in lay.bom.get(design.code, {}).values() if p is not None]
        materials = "+".join(f"SUM(K{a}:K{b})" for a, b in parts) if parts else "0"
        assert COL_AMOUNT == 11  # column K of the BOM
        grid.put(row, 10, f(materials), "calc", money)
    last = grid.row - 1
    total = f"SUMPRODUCT(Plan_volumes,J{first}:J{last})"
    for line, row in zip(setup.plan.lines, rows):
        planned = f"C{lay.plan_rows[line.design.code]}"
        grid.put(row, 11, f(f"IF({total}>0,{planned}*J{row}/{total},{planned}/Plan_total)"),
                 "calc", PERCENT)
        lay.names.define(f"Wholesale_{_name(line.design.code)}", grid.ref(row, 8))
        lay.names.define(f"Retail_{_name(line.design.code)}", grid.ref(row, 9))
        lay.names.define(f"Route_share_{_name(line.design.code)}", grid.ref(row, 11))
        lay.names.define(f"Planned_{_name(line.design.code)}", grid.ref(
            lay.plan_rows[line.design.code], 3))


def margin_cover(grid: Grid, lay: InputsLayout, cells: dict[str, str], setup: Any,
                 comparison: Any) -> dict[str, str]:
    """The cover's margin table; returns the cells by "margin.<code>.<route key>.<what>"."""
    money = currency_format(lay.base)
    out: dict[str, str] = {}
    grid.skip()
    grid.put(grid.next_row(), 1, "Margin at the volume costed", "section")
    grid.put_row(grid.next_row(), 1, ("Design · route", "Cost per piece", "Wholesale",
                                      "Margin", "Margin %", "Markup %", "Retail", ""), "header")
    routes = [("in_house", translate("workbook", "In-house")),
              *((r.prefix, r.route.name) for r in lay.routes)]
    loses = translate("workbook", "LOSES MONEY").replace('"', '""')  # a text in a formula
    for line in setup.plan.lines:
        code = _name(line.design.code)
        for key, name in routes:
            row = grid.next_row()
            grid.put(row, 1, f"{line.design.code} · {name}", "label")
            cost = grid.put(row, 2, f(f"{cells[f'{key}.total']}*Route_share_{code}/"
                                      f"(Volume*Planned_{code}/Plan_total)"), "calc", money)
            grid.put(row, 3, f(f"Wholesale_{code}"), "calc", money)
            grid.put(row, 4, f(f'IF(C{row}="","",C{row}-B{row})'), "calc", money)
            grid.put(row, 5, f(f'IF(OR(C{row}="",C{row}=0),"",(C{row}-B{row})/C{row})'),
                     "calc", PERCENT)
            grid.put(row, 6, f(f'IF(OR(C{row}="",B{row}<=0),"",(C{row}-B{row})/B{row})'),
                     "calc", PERCENT)
            grid.put(row, 7, f(f"Retail_{code}"), "calc", money)
            flag = grid.put(row, 8, f(f'IF(C{row}="","",IF(B{row}>C{row},"{loses}",""))'),
                            "warning")
            out[f"margin.{line.design.code}.{key}.cost"] = cost
            out[f"margin.{line.design.code}.{key}.flag"] = flag
    for text in comparison.losses:
        grid.lines(say(text), "warning")
    return out


def _name(code: str) -> str:
    """A design code as part of a defined name (letters, digits and _ only)."""
    return "".join(c if c.isalnum() else "_" for c in code)


def _rate(lay: InputsLayout, book: PriceBook, currency: str) -> tuple[Any, str, str]:
    if currency == lay.base:
        return 1, "calc", RATE
    if currency in lay.fx:
        return f(lay.fx[currency]), "calc", RATE
    found = book.rate_row(currency, "a selling price")
    value: Decimal | str = found[0] if found else ""  # no rate: no wholesale, as the engine
    return value, "input", RATE
