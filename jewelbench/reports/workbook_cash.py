"""The workbook's Cash sheet (issue 15, item 7; docs/costing.md, "Cumulative cash over 36
months"): each route's cash month by month at the volume costed, its cumulative sum, its present
value at the scenario's cost of capital (the Inputs cell Cost_of_capital, discounted monthly at
rate ÷ 12, month 0 undiscounted) and each route's payback month against in-house — the last two
live formulas, so they follow an edited cost of capital.

The monthly amounts are the cost engine's, written as values at export: the cash timing (fees at
month 0, deposits with each order, deliveries after the lead time, equipment replaced at the end
of its life) is not rebuilt by formula here, and the sheet says so.
"""

from __future__ import annotations

from typing import Any

from openpyxl.utils import get_column_letter

from jewelbench.domain.costing import IN_HOUSE, Comparison
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, fill
from jewelbench.reports.wording import count_text, translate
from jewelbench.reports.workbook_inputs import f
from jewelbench.reports.workbook_sheet import Grid, currency_format, formula_text, labels

CASH = "Cash"
CONTEXT = "workbook_cash"
labels(
    QT_TRANSLATE_NOOP("workbook_cash", "Cash over 36 months"),
    QT_TRANSLATE_NOOP("workbook_cash", "Month"),
    QT_TRANSLATE_NOOP("workbook_cash", "Present value"),
    QT_TRANSLATE_NOOP("workbook_cash", "Σ paid in month t ÷ (1 + cost of capital ÷ 12)^t"),
    QT_TRANSLATE_NOOP("workbook_cash", "Payback against in-house"),
    QT_TRANSLATE_NOOP("workbook_cash", "the first month from which the cheaper cumulative cash "
                                       "(at the last month) stays cheaper; helper columns on the "
                                       "right"),
)


def build_cash(comparison: Comparison, base: str) -> tuple[Grid, dict[str, str]]:
    """The Cash sheet and its cells: "cash.<route>.present_value", "cash.<route>.payback"."""
    money = currency_format(base)
    flows = comparison.cash
    grid = Grid(CASH, widths={1: 14, **{c: 18 for c in range(2, 2 + 2 * len(flows) + 2)}},
                freeze="B6", context=CONTEXT)
    cells: dict[str, str] = {}
    grid.put(1, 1, "Cash over 36 months", "title")
    grid.row = 2
    grid.lines(fill(translate(
        "workbook_cash", "Cash paid each month at {pieces} pieces a year, in {currency}: "
        "jewelbench's figures at export (not recalculated here: export again after changing an "
        "input). Present values and paybacks are formulas over them and the cost of capital on "
        "Inputs."), pieces=count_text(comparison.volume), currency=base))
    months = len(flows[0].monthly) - 1 if flows else 0
    header = 5
    first, last = header + 1, header + 1 + months
    grid.put(header, 1, "Month", "header")
    for i, flow in enumerate(flows):
        grid.put(header, 2 + 2 * i, fill(translate("workbook_cash", "{route}: paid"),
                                         route=_route_name(flow.route)), "header")
        grid.put(header, 3 + 2 * i, fill(translate("workbook_cash", "{route}: cumulative"),
                                         route=_route_name(flow.route)), "header")
    for month in range(months + 1):
        row = first + month
        grid.put(row, 1, month, "plain", "0")
        for i, flow in enumerate(flows):
            paid, cumulative = get_column_letter(2 + 2 * i), 3 + 2 * i
            grid.put(row, 2 + 2 * i, float(flow.monthly[month]), "input", money)
            grid.put(row, cumulative, f(f"SUM({paid}${first}:{paid}{row})"), "calc", money)
    row = last + 2
    grid.put(row, 1, "Present value", "total")
    for i, flow in enumerate(flows):
        paid = get_column_letter(2 + 2 * i)
        cells[f"cash.{flow.route}.present_value"] = grid.put(
            row, 2 + 2 * i, f(f"{paid}{first}+NPV(Cost_of_capital/12,{paid}{first + 1}:"
                              f"{paid}{last})"), "total", money)
    grid.put(row, 2 + 2 * len(flows), "Σ paid in month t ÷ (1 + cost of capital ÷ 12)^t", "note")
    if len(flows) > 1:
        _paybacks(grid, flows, first, last, row + 2, cells)
    return grid, cells


def _paybacks(grid: Grid, flows: Any, first: int, last: int, top: int,
              cells: dict[str, str]) -> None:
    """Per route: the side whose cumulative cash is lower at the last month, and the first
    month from which it stays strictly lower (a suffix of 'stays' flags counted)."""
    grid.put(top, 1, "Payback against in-house", "section")
    grid.put(top + 1, 1, "the first month from which the cheaper cumulative cash (at the last "
                         "month) stays cheaper; helper columns on the right", "note")
    inh = get_column_letter(3)  # in-house's cumulative
    helper = 2 + 2 * len(flows) + 1
    for i, flow in enumerate(flows[1:], start=1):
        theirs = get_column_letter(3 + 2 * i)
        col = get_column_letter(helper + i - 1)
        grid.put(first - 1, helper + i - 1, fill(translate("workbook_cash", "{route}: stays"),
                                                 route=_route_name(flow.route)), "header")
        sign = f"SIGN(${theirs}$" + f"{last}-${inh}${last})"  # 1: in-house lower at the end
        for row in range(last, first - 1, -1):
            here = f"SIGN({theirs}{row}-{inh}{row})"
            below = "1" if row == last else f"{col}{row + 1}"
            grid.put(row, helper + i - 1, f(f"IF(AND({below}=1,{sign}<>0,{here}={sign}),1,0)"),
                     "calc", "0")
        row = top + 1 + i
        grid.put(row, 1, _route_name(flow.route), "label")
        stays = f"SUM({col}{first}:{col}{last})"
        month = f"{last - first + 1}-{stays}"
        none = fill(translate("workbook_cash", "none within {months} months"),
                    months=last - first)
        cells[f"cash.{flow.route}.payback"] = grid.put(row, 2, f(
            f'IF({sign}=0,{formula_text(none)},{month})'), "calc", "0")
        in_house = formula_text(translate("workbook_cash", "in-house"))
        neither = formula_text(translate("workbook_cash", "neither"))
        side = (f'IF({sign}>0,{in_house},IF({sign}<0,"{_quoted(_route_name(flow.route))}",'
                f'{neither}))')
        grid.put(row, 3, f(formula_text(translate("workbook_cash",
                                                  "{side} is cheaper from that month"),
                                        side=side)), "calc")


def _route_name(route: str) -> str:
    """A route as the sheet names it: in-house's in the language being written."""
    return translate("workbook_cash", "In-house") if route == IN_HOUSE else route


def _quoted(text: str) -> str:
    """A route's name inside a formula's string: quotes doubled."""
    return text.replace('"', '""')
