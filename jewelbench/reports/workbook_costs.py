"""The workbook's cost sheets, every figure a live formula over the Inputs sheet, reproducing
the cost engine's formulas (docs/costing.md):

- **Cost comparison**: at the Volume costed, each design's materials per piece; in-house per
  design (metal with casting loss and buyer premium, stones with breakage, labour, remakes
  ÷ (1 − error rate), packaging) and by component (equipment, overheads, salaries, people added
  for capacity); each route per design (billed = max(pieces, MOQ), the tier the billed pieces
  reach, goods topped up to the minimum order value, metal re-priced for making-charge quotes)
  and by component (fees spread over years, freight, insurance, duty on the customs value, FX
  buffer, inspection, defects); a summary with each total, per piece and break-even.
- **Volume model**: both totals as straight lines between the volumes where something steps —
  in-house: fixed + per piece × n + per person × people added(n); a route: its fixed part and
  the weight of each of its six sums (goods, metal, supplier freight by the piece, pieces
  billed, materials you supply, assists you supply), and for each tier of each design the
  volumes it covers below the MOQ, under the minimum order value and beyond, with the cost
  there.
The Volumes sheet (both totals for each volume 1 … N, for the chart) is written by
workbook_volumes.py; the break-evens are solved by segment on the Break-even sheet
(workbook_breakeven.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import column_index_from_string, get_column_letter

from jewelbench.domain.costing_figures import COMPONENT_LABELS, Component
from jewelbench.domain.messages import fill
from jewelbench.reports.wording import translate
from jewelbench.reports.workbook_footing import (
    in_house_line_roundings,
    pieces_rounding,
    put_line_roundings,
    put_parts_rounding,
    put_pieces_rounding,
    round_to,
    route_line_roundings,
)
from jewelbench.reports.workbook_inputs import (
    COL_AMOUNT,
    COL_CURRENCY,
    COL_FINE_G,
    FAR,
    INPUTS,
    InputsLayout,
    RouteInputs,
    f,
)
from jewelbench.reports.workbook_pieces import billed, goods, order_size, whole_pieces
from jewelbench.reports.workbook_sheet import (
    HOURS,
    MINUTES,
    PIECES,
    PIECES_FRACTION,
    Formula,
    Grid,
    cell_ref,
    currency_format,
    formula_text,
    labels,
    range_ref,
)
from jewelbench.reports.workbook_words import COSTS_WORDS

COMPARISON = "Cost comparison"
VOLUME = '[>=1000000000000]"no end";#,##0'  # FAR shows as "no end"
MODEL = "Volume model"

IN_HOUSE_ORDER = (Component.METAL, Component.STONES, Component.FINDINGS, Component.PLATING,
                  Component.CONSUMABLES, Component.LABOUR, Component.REMAKES,
                  Component.PACKAGING, Component.DEPRECIATION, Component.OVERHEADS,
                  Component.STAFF, Component.ADDED_STAFF, Component.CAPITAL_CHARGE)
ROUTE_ORDER = (Component.SUPPLIER_PRICE, Component.SUPPLIER_METAL, Component.BRAND_MATERIALS,
               Component.FEES, Component.FREIGHT, Component.INSURANCE, Component.DUTY,
               Component.FX_BUFFER, Component.INSPECTION, Component.DEFECTS,
               Component.IMPORT_VAT)
SUMS = ("goods", "metal", "freight", "piece", "materials", "assists")
SUM_LABELS = ("Goods", "Metal (re-priced)", "Supplier freight by the piece", "Pieces billed",
              "Materials you supply", "Assists you supply")
CONTEXT = "workbook_costs"

# The cost sheets' labels, headings and notes (the components' names, the footing's rows
# included), written in the language chosen (workbook_sheet.labels)
labels(*COSTS_WORDS)


@dataclass
class CostLayout:
    """Where the cost sheets put what a reader (or a test) looks up."""

    comparison: Grid
    model: Grid
    cells: dict[str, str] = field(default_factory=dict)  # "in_house.total" → reference
    volumes_rows: int = 0
    volume_columns: dict[str, int] = field(default_factory=dict)  # "in_house", "Route1" …
    piece_rows: dict[str, int] = field(default_factory=dict)  # tier pieces of each route
    flag_columns: dict[str, int] = field(default_factory=dict)


def steps_for_hours(hours: str) -> str:
    """People added for capacity when `hours` bench hours are needed (as steps_at)."""
    return (f"IF(Has_capacity_limit,ROUNDUP(MAX(0,ROUND(({hours}"
            f"-Capacity_hours_per_year)/Step_hours_per_year,9)),0),0)")


# --- the cost comparison ---------------------------------------------------------------------


def build_costs(lay: InputsLayout, setup: Any, sweep_to: int) -> CostLayout:
    grid = Grid(COMPARISON, widths={1: 32, **{c: 16 for c in range(2, 24)}},
                freeze="B4", context=CONTEXT)
    model = Grid(MODEL, widths={1: 34, **{c: 15 for c in range(2, 25)}}, freeze="B1",
                 context=CONTEXT)
    out = CostLayout(grid, model)
    base = lay.base
    money = currency_format(base)
    grid.put(1, 1, fill(translate("workbook_costs", "Cost comparison — {subject}"),
                        subject=setup.title), "title")
    grid.put(2, 1, fill(translate("workbook_costs", "At the Volume costed (Inputs), in "
                                  "{currency} a year unless marked per piece; every figure is a "
                                  "formula over Inputs, as docs/costing.md gives it."),
                        currency=base), "note")
    routes = lay.routes
    out.volume_columns["in_house"] = 2
    for r in routes:
        out.volume_columns[r.prefix] = 2 + 2 * r.index
        out.flag_columns[r.prefix] = 3 + 2 * r.index
    summary = 4
    grid.row = summary + 3 + len(routes) + 2
    materials = _materials(lay, grid)
    in_house = _in_house(lay, grid, materials, out)
    _in_house_line(lay, model, in_house, materials, out)
    blocks = []
    for r in routes:
        blocks.append(_route(lay, grid, r, materials, out))
    for r, block in zip(routes, blocks):
        out.piece_rows[r.prefix] = _route_line(lay, model, r, block, out.cells)
    # The summary on top.
    grid.put(summary, 1, "Summary at the volume costed", "section")
    grid.put_row(summary + 1, 1, ("Route", "Total a year", "Per piece",
                                  "Route − in-house", "Break-even (pieces a year)",
                                  "Where in-house is cheaper", "Rounding: per piece × pieces"),
                 "header")
    grid.put(summary + 1, 8, "break-even: the first volume at which in-house costs at most "
                             "the route; every band on the Break-even sheet", "note")
    row = summary + 2
    grid.put(row, 1, fill(translate("workbook_costs", "In-house ({scenario})"),
                          scenario=setup.scenario.name), "label")
    grid.put(row, 2, f(out.cells["in_house.total"]), "calc", money)
    grid.put(row, 3, f(out.cells["in_house.per_piece"]), "calc", money)
    out.cells["summary.in_house"] = grid.ref(row, 2)
    out.cells["summary.in_house.rounding"] = put_summary_rounding(grid, row, base)
    for r in routes:
        row += 1
        key = r.prefix
        grid.put(row, 1, f"{key}: {r.route.name}", "label")
        grid.put(row, 2, f(out.cells[f"{key}.total"]), "calc", money)
        grid.put(row, 3, f(out.cells[f"{key}.per_piece"]), "calc", money)
        # the difference of the printed totals, so the row foots as printed
        out.cells[f"summary.{key}.difference"] = grid.put(
            row, 4, f(round_to(f"{round_to(f'B{row}', base)}-"
                               f"{round_to(f'B{summary + 2}', base)}", base)),
            "calc", money)
        out.cells[f"summary.{key}.rounding"] = put_summary_rounding(grid, row, base)
        # solved on the Break-even sheet (workbook_breakeven.py), which defines these names
        out.cells[f"{key}.break_even"] = grid.put(row, 5, f(f"{key}_break_even"), "calc",
                                                  PIECES)
        out.cells[f"{key}.bands"] = grid.put(row, 6, f(f"{key}_bands"), "calc")
    return out


def put_summary_rounding(grid: Grid, row: int, currency: str) -> str:
    """The summary's rounding between a route's printed year and its printed per piece."""
    return grid.put(row, 7, pieces_rounding(f"B{row}", f"C{row}", currency), "calc",
                    currency_format(currency))


@dataclass
class Materials:
    rows: dict[str, int]  # design code → row on the comparison sheet
    first: int
    last: int


def _materials(lay: InputsLayout, grid: Grid) -> Materials:
    money = currency_format(lay.base)
    grid.put(grid.next_row(), 1, "Materials of one piece at the costing date", "section")
    grid.lines("From the bill of materials on Inputs, before any route's "
                                 "losses; bench minutes from the scenario's labour rows.")
    grid.put_row(grid.next_row(), 1, ("Design", "Fine metal", "Fine metal value", "Stones",
                                      "Findings", "Plating", "Packaging", "Bench minutes",
                                      "Priced abroad: metal", "Stones", "Findings", "Plating",
                                      "Packaging"), "header")
    rows: dict[str, int] = {}
    first = grid.row
    for code, parts in lay.bom.items():
        row = grid.next_row()
        rows[code] = row
        grid.put(row, 1, code, "label")

        def total(part: str, col: int, parts: dict[str, tuple[int, int] | None] = parts
                  ) -> Formula | int:
            span = parts[part]
            if span is None:
                return 0
            return f(f"SUM({range_ref(INPUTS, span[0], col, span[1], col)})")

        grid.put(row, 2, total("metal", COL_FINE_G), "calc", '#,##0.000 "g"')
        grid.put(row, 3, total("metal", COL_AMOUNT), "calc", money)
        for col, part in ((4, "stones"), (5, "findings"), (6, "plating"), (7, "packaging")):
            grid.put(row, col, total(part, COL_AMOUNT), "calc", money)
        minutes = lay.labour_cells.get(code, [])
        grid.put(row, 8, f("+".join(minutes)) if minutes else 0, "calc", MINUTES)
        for col, part in ((9, "metal"), (10, "stones"), (11, "findings"), (12, "plating"),
                          (13, "packaging")):
            span = parts[part]
            grid.put(row, col, 0 if span is None else f(
                f"SUMPRODUCT(({range_ref(INPUTS, span[0], COL_CURRENCY, span[1], COL_CURRENCY)}"
                f"<>Base_currency)*{range_ref(INPUTS, span[0], COL_AMOUNT, span[1], COL_AMOUNT)})"),
                "calc", money)
    return Materials(rows, first, grid.row - 1)


@dataclass
class InHouseBlock:
    first: int
    last: int
    good_col: int
    components: dict[Component, str]


def _in_house(lay: InputsLayout, grid: Grid, materials: Materials,
              out: CostLayout) -> InHouseBlock:
    money = currency_format(lay.base)
    grid.skip()
    grid.put(grid.next_row(), 1, "In-house", "section")
    grid.lines("Per piece: metal = fine metal value × ((1 + casting loss) × (1 + buyer "
               "premium) − casting loss × recovered); stones × (1 + breakage); labour = bench "
               "minutes ÷ 60 × loaded hourly rate; a remake = variable − fine metal value × "
               "recovered − stones × recoverable share, × e ÷ (1 − e); packaging after QC, not "
               "remade. Amounts priced abroad carry the in-house FX buffer.")
    header = ("Design", "Planned", "Pieces", "Metal", "Stones", "Findings", "Plating",
              "Consumables", "Bench labour", "Variable", "Remakes", "Packaging",
              "Good piece, packed", "A year", "Bench hours a year")
    grid.put_row(grid.next_row(), 1, header, "header")
    first = grid.row
    for code, m in materials.rows.items():
        row = grid.next_row()
        plan = cell_ref(INPUTS, lay.plan_rows[code], 3)
        grid.put(row, 1, code, "label")
        grid.put(row, 2, f(plan), "calc", PIECES)
        grid.put(row, 3, f(whole_pieces("Volume", plan)), "calc", PIECES)
        fine = f"(C{m}+I{m}*InHouse_FX_buffer)"
        stones = f"(D{m}+J{m}*InHouse_FX_buffer)"
        grid.put(row, 4, f(f"{fine}*((1+Casting_loss)*(1+Buyer_premium)"
                           "-Casting_loss*Recovered_value)"), "calc", money)
        grid.put(row, 5, f(f"{stones}*(1+Stone_breakage)"), "calc", money)
        grid.put(row, 6, f(f"E{m}+K{m}*InHouse_FX_buffer"), "calc", money)
        grid.put(row, 7, f(f"F{m}+L{m}*InHouse_FX_buffer"), "calc", money)
        grid.put(row, 8, f("Consumables_per_piece*Scenario_FX_buffered"), "calc", money)
        grid.put(row, 9, f(f"IF(Labour_in_salaries,0,H{m}/60*Loaded_hourly_rate"
                           "*Scenario_FX_buffered)"), "calc", money)
        grid.put(row, 10, f(f"SUM(D{row}:I{row})"), "calc", money)
        grid.put(row, 11, f(f"(J{row}-{fine}*Recovered_value-{stones}*Recoverable_share)"
                            "*Error_rate/(1-Error_rate)"), "calc", money)
        grid.put(row, 12, f(f"G{m}+M{m}*InHouse_FX_buffer"), "calc", money)
        grid.put(row, 13, f(f"J{row}+K{row}+L{row}"), "calc", money)
        grid.put(row, 14, f(f"C{row}*M{row}"), "calc", money)
        grid.put(row, 15, f(f"C{row}*H{m}/60/(1-Error_rate)"), "calc", HOURS)
    last = grid.row - 1
    row = grid.next_row()
    hours_total = f"O{row}"
    grid.put(row, 1, "Total", "total")
    for col, fmt in ((3, PIECES), (14, money), (15, HOURS)):
        letter = get_column_letter(col)
        grid.put(row, col, f(f"SUM({letter}{first}:{letter}{last})"), "total", fmt)
    out.cells["in_house.designs.rounding"] = put_parts_rounding(
        grid, grid.next_row(), first, last, row, (14,), lay.base)[14]
    put_line_roundings(grid, first, list(materials.rows), in_house_line_roundings(lay.base),
                       lay.base, "in_house", out.cells)

    def sp(col: str) -> str:
        return f"SUMPRODUCT(C{first}:C{last},{col}{first}:{col}{last})"

    grid.skip()
    grid.put_row(grid.next_row(), 1, ("In-house by component", "A year", "Per piece",
                                      "How"), "header")
    refs: dict[Component, str] = {}
    rows: dict[Component, int] = {}
    start = grid.row
    for component in IN_HOUSE_ORDER:
        rows[component] = grid.next_row()
    formulas = {
        Component.METAL: (sp("D"), "Σ pieces × metal per piece"),
        Component.STONES: (sp("E"), "Σ pieces × stones per piece (with breakage)"),
        Component.FINDINGS: (sp("F"), "Σ pieces × findings"),
        Component.PLATING: (sp("G"), "Σ pieces × plating"),
        Component.CONSUMABLES: (sp("H"), "Σ pieces × consumables per piece"),
        Component.LABOUR: (sp("I"), "Σ pieces × bench minutes ÷ 60 × loaded hourly rate "
                                    "(0 when the salaries pay it)"),
        Component.REMAKES: (sp("K"), "Σ pieces × a remake (variable less the recovered "
                                     "metal and stones) × e ÷ (1 − e)"),
        Component.PACKAGING: (sp("L"), "Σ pieces × packaging (good pieces only)"),
        Component.DEPRECIATION: ("IF(Equipment_up_front,Equipment_capex_total,"
                                 "Equipment_depreciation_total)*Scenario_FX_buffered",
                                 "Σ (cost − salvage) ÷ useful life, or Σ cost up front"),
        Component.OVERHEADS: ("12*Overheads_per_month*Scenario_FX_buffered*Basis_share",
                              "12 × monthly overheads × the share carried"),
        Component.STAFF: ("12*Salaries_per_month*Scenario_FX_buffered*Basis_share",
                          "12 × Σ monthly salary × headcount × the share carried"),
        Component.ADDED_STAFF: (None, "people added × 12 × the step role's salary"),
        Component.CAPITAL_CHARGE: ("IF(Equipment_up_front,0,Cost_of_capital*"
                                   "(Equipment_capex_total+Equipment_salvage_total)/2)"
                                   "*Scenario_FX_buffered",
                                   "cost of capital × Σ (cost + salvage) ÷ 2 (none up front)"),
    }
    # below: rounding, total, per piece, its rounding, a blank row, the capacity header,
    # hours, capacity, people
    people_row = grid.row + 8
    for component in IN_HOUSE_ORDER:
        row = rows[component]
        given, how = formulas[component]
        expr = f"B{people_row}*Added_person_per_year" if given is None else given
        grid.put(row, 1, COMPONENT_LABELS[component], "label")
        refs[component] = grid.put(row, 2, f(expr), "calc", money)
        grid.put(row, 3, f(f"B{row}/Volume"), "calc", money)
        grid.put(row, 4, how, "note")
        out.cells[f"in_house.{component.value}"] = refs[component]
    end = grid.row - 1
    rounding = put_parts_rounding(grid, grid.next_row(), start, end, grid.row, (2, 3),
                                  lay.base, 4)
    out.cells["in_house.rounding"], out.cells["in_house.rounding_per_piece"] = \
        rounding[2], rounding[3]
    row = grid.next_row()
    grid.put(row, 1, "Total a year", "total")
    out.cells["in_house.total"] = grid.put(row, 2, f(f"SUM(B{start}:B{end})"), "total", money)
    grid.put(row, 3, f(f"B{row}/Volume"), "total", money)
    row = grid.next_row()
    grid.put(row, 1, "Per piece", "total")
    out.cells["in_house.per_piece"] = grid.put(row, 2, f(f"B{row - 1}/Volume"), "total",
                                               money)
    out.cells["in_house.rounding_pieces"] = put_pieces_rounding(
        grid, grid.next_row(), f"B{row - 1}", f"B{row}", lay.base)
    grid.skip()
    grid.put_row(grid.next_row(), 1, ("Capacity", "", "Role added", "How"), "header")
    row = grid.next_row()
    grid.put(row, 1, "Bench hours needed a year", "label")
    grid.put(row, 2, f(hours_total), "calc", HOURS)
    grid.put(row, 4, "Σ whole pieces × bench minutes ÷ 60 ÷ (1 − e): remade pieces use the "
             "bench too", "note")
    row = grid.next_row()
    grid.put(row, 1, "Staff's capacity a year", "label")
    grid.put(row, 2, f("IF(Has_capacity_limit,Capacity_hours_per_year,\"no limit\")"), "calc",
             HOURS)
    grid.put(row, 4, "12 × Σ headcount × hours a month", "note")
    row = grid.next_row()
    grid.put(row, 1, "People added", "label")
    out.cells["in_house.steps"] = grid.put(row, 2, f(steps_for_hours(hours_total)), "calc",
                                           PIECES)
    grid.put(row, 3, f("Step_role"))
    grid.put(row, 4, "⌈(hours needed − capacity) ÷ (12 × the step role's hours a month)⌉, "
                     "at least 0", "note")
    assert row == people_row
    needed = f"B{people_row - 2}"
    row = grid.next_row()
    grid.put(row, 1, "Benches", "label")
    grid.put(row, 2, f(f"IF(Benches>0,Benches,MAX(1,Staff_headcount_total+B{people_row}))"),
             "calc", PIECES)
    benches = f"B{row}"
    grid.put(row, 4, "the scenario's benches, or one per person (people added included), at "
                     "least one", "note")
    row = grid.next_row()
    grid.put(row, 1, "Hours the benches give a year", "label")
    grid.put(row, 2, f(f"{benches}*Bench_hours_a_bench"), "calc", HOURS)
    available = f"B{row}"
    grid.put(row, 4, "benches × hours one bench gives a year", "note")
    row = grid.next_row()
    grid.put(row, 1, "Capacity", "label")
    over = formula_text(translate("workbook_costs",
                                  "warning: more bench hours than the benches give"))
    within = formula_text(translate("workbook_costs", "within the benches"))
    out.cells["in_house.capacity"] = grid.put(row, 2, f(
        f'IF(ROUND({needed}-{available},9)>0,{over},{within})'), "calc")
    grid.put(row, 4, "a warning when the bench hours needed pass what the benches give",
             "note")
    return InHouseBlock(first, last, 13, refs)


def _in_house_line(lay: InputsLayout, model: Grid, block: InHouseBlock, materials: Materials,
                   out: CostLayout) -> None:
    money = currency_format(lay.base)
    names = lay.names
    model.put(1, 1, "Volume model", "title")
    model.row = 2
    model.lines("Both totals as straight lines between the volumes where something steps (a "
                "design reaches its MOQ, a tier or its minimum order value; a person is added). "
                "The Volumes sheet adds them up for every volume. Each design is taken at its "
                "share n × planned ÷ plan total in one order a year: exact for one design "
                "bought in one order; for a plan it is the curve of the plan's mix, and the "
                "Cost comparison (whole pieces, orders) holds the figures at the Volume.")
    model.skip()
    model.put(model.next_row(), 1, "In-house: fixed + per piece × n + per person × people "
                                   "added at n", "section")
    c = out.cells
    fixed = (f"{c['in_house.depreciation']}+{c['in_house.overheads']}"
             f"+{c['in_house.staff']}+{c['in_house.capital_charge']}")
    good = range_ref(COMPARISON, block.first, block.good_col, block.last, block.good_col)
    minutes = range_ref(COMPARISON, materials.first, 8, materials.last, 8)
    rows = (
        ("Fixed a year", "InHouse_fixed", fixed, money,
         "equipment + overheads + salaries + capital charge"),
        ("Per piece (the plan's mix)", "InHouse_per_piece",
         f"SUMPRODUCT(Plan_volumes,{good})/Plan_total", money,
         "Σ planned × good piece, packed ÷ the plan's pieces"),
        ("Per person added, a year", "Added_person_per_year",
         '12*Step_salary*Scenario_FX_buffered*IF(Basis="allocated",Basis_share,1)', money,
         "12 × the step role's monthly salary (× the share carried, allocated)"),
        ("Bench hours per piece", "Bench_hours_per_piece",
         f"SUMPRODUCT(Plan_volumes,{minutes})/60/Plan_total/(1-Error_rate)", "0.0000 \"h\"",
         "remakes included"),
        ("Staff's capacity, hours a year", "Capacity_hours_per_year",
         'IF(Basis="incremental",12*Capacity_hours_per_month+ROUNDUP(MAX(0,ROUND(('
         'Others_bench_hours-12*Capacity_hours_per_month)/Step_hours_per_year,9)),0)'
         '*Step_hours_per_year-Others_bench_hours,12*Capacity_hours_per_month*Basis_share)',
         HOURS, "× the share carried; incremental: what the other designs leave free"),
        ("Step role's hours a year", "Step_hours_per_year",
         '12*Step_hours*IF(Basis="allocated",Basis_share,1)', HOURS,
         "× the share carried, allocated"),
    )
    for label, name, expr, fmt, how in rows:
        row = model.next_row()
        model.put(row, 1, label, "label")
        names.define(name, model.put(row, 2, f(expr), "calc", fmt))
        model.put(row, 3, how, "note")


# --- a route ---------------------------------------------------------------------------------


@dataclass
class RouteBlock:
    lines: dict[str, int]  # design code → row of its line on the comparison sheet
    sums: dict[str, str]  # "goods" … → cell of the route's sum


def route_components(r: RouteInputs, sums: dict[str, str],
                     at: Callable[[Component], str]) -> dict[Component, tuple[str, str]]:
    """The formula of each component of a route's year from its six sums (docs/costing.md,
    "Outsourced: the landed cost of a quote"), and how it reads in words; `at` gives the cell
    of another component in the same column."""
    n = r.name
    goods, metal, freight, pieces, materials, assists = (sums[k] for k in SUMS)
    shipments = f"MAX({n('shipments')},Orders_per_year)"  # every order is shipped
    supplier_freight = f"({freight}+{shipments}*{n('freight_per_shipment')}*{n('rate')})"
    inland = (f"({n('inland_freight_per_piece')}*{pieces}"
              f"+{n('inland_freight_per_shipment')}*{shipments})")
    international = f"({at(Component.FREIGHT)}-{inland})"
    customs_value = (f'({goods}+{metal}+IF({n("assists_in_value")},{n("assist_fees")}'
                     f'*{n("rate")}/{n("fee_years")}+{assists},0)'
                     f'+IF({n("customs_basis")}="CIF",{international}'
                     f'+{at(Component.INSURANCE)},0))')
    return {
        Component.SUPPLIER_PRICE: (goods, "Σ goods: billed × tier price (or topped up to the "
                                          "minimum order value) × rate"),
        Component.SUPPLIER_METAL: (metal, "Σ billed × fine metal × (1 + supplier loss) × fine "
                                          "price today (making-charge quotes)"),
        Component.BRAND_MATERIALS: (materials, "Σ billed × the BOM parts you supply"),
        Component.FEES: (f"{n('fees')}*{n('rate')}/{n('fee_years')}",
                         "fees not refunded × rate ÷ the design's life in years (the yearly "
                         "charge; the cash view pays each fee once)"),
        Component.FREIGHT: (f"{supplier_freight}+{n('own_freight_per_piece')}*{pieces}"
                            f"+{n('own_freight_per_shipment')}*{shipments}+{inland}",
                            "supplier's (by the piece + shipments × per shipment × rate) + "
                            "yours to the border (billed × per piece + shipments × per "
                            "shipment) + yours inland after the border"),
        Component.INSURANCE: (f'IF(OR({n("incoterm")}="EXW",{n("incoterm")}="FOB"),'
                              f'{n("insurance")}*({goods}+{metal}+{international}),0)',
                              "insurance % × (goods + metal + freight to the border); EXW and "
                              "FOB only"),
        Component.DUTY: (f'IF({n("incoterm")}="DDP",0,{n("duty")}*{customs_value})',
                         "duty % × customs value: goods + metal + assists (mould, tooling and "
                         "CAD fees ÷ life + stones, findings, plating you supply; WTO CVA "
                         "Art. 8.1(b)) (+ freight and insurance to the border on a CIF basis; "
                         "inland freight never); none under DDP"),
        Component.IMPORT_VAT: (f'IF(OR({n("incoterm")}="DDP",{n("vat_registered")}),0,'
                               f'{n("import_vat")}*({customs_value}+{at(Component.DUTY)}'
                               f'+{inland}+IF({n("customs_basis")}="FOB",{international}'
                               f'+{at(Component.INSURANCE)},0)))',
                               "import VAT % × (customs value + duty + inland freight; + "
                               "freight and insurance to the border on a FOB basis) when "
                               "you are not VAT-registered; reclaimed (0 here) when you are"),
        Component.FX_BUFFER: (f"IF({n('foreign')},{n('fx_buffer')}*({goods}+{metal}"
                              f"+{at(Component.FEES)}+{supplier_freight}),0)",
                              "buffer % × (goods + metal + fees + supplier freight); foreign "
                              "quotes only"),
        Component.INSPECTION: (f"{n('inspection_per_piece')}*{pieces}"
                               f"+{n('inspection_per_shipment')}*{shipments}",
                               "billed × per piece + shipments × per shipment"),
        Component.DEFECTS: (f"({goods}+{metal}+{materials})*{n('defects')}/(1-{n('defects')})",
                            "(goods + metal + materials) × d ÷ (1 − d)"),
    }


def _route(lay: InputsLayout, grid: Grid, r: RouteInputs, materials: Materials,
           out: CostLayout) -> RouteBlock:
    money = currency_format(lay.base)
    qmoney = currency_format(r.currency)
    n = r.name
    grid.skip()
    quote = next(iter(r.route.quotes.values()))
    grid.put(grid.next_row(), 1, f"{r.prefix}: {r.route.name} ({r.currency}, "
                                 f"{quote.incoterm.value})", "section")
    grid.lines("Pieces: whole pieces by largest remainder; bought in Orders_per_year orders "
               "of whole pieces, each order billed on its own: billed = max(order, MOQ); the "
               "tier is the highest the billed pieces of the order reach; goods = max(billed "
               "× tier price, minimum order value − billed × basis metal), × rate. Tier from "
               "and Tier price: those of the larger orders.")
    header = ("Design", "Pieces", "MOQ", "Billed", "Tier from", "Tier price",
              "Basis metal per piece", "Minimum order value",
              fill(translate("workbook_costs", "Goods ({currency})"), currency=r.currency),
              "Goods", "Metal per billed piece", "Metal (re-priced)",
              "Freight per billed piece", "Supplier freight by the piece",
              "Materials per billed piece", "Materials you supply",
              "Assists per billed piece", "Assists you supply")
    grid.put_row(grid.next_row(), 1, header, "header")
    lines: dict[str, int] = {}
    first = grid.row
    for code in r.route.quotes:
        if code not in materials.rows:
            continue
        row = grid.next_row()
        lines[code] = row
        for key, col in (("pieces", 2), ("billed", 4), ("tier_price", 6)):
            out.cells[f"{r.prefix}.{code}.{key}"] = grid.ref(row, col)
        m = materials.rows[code]
        q = r.quote_row[code]
        t0, t1 = r.tiers[code]
        mins = range_ref(INPUTS, t0, 4, t1, 4)
        prices = range_ref(INPUTS, t0, 5, t1, 5)
        # the tier of the larger orders (all of them with 1 order a year)
        pick = (f"MAX(1,IFERROR(MATCH(MAX({order_size(f'B{row}', True)},C{row}),{mins},1),"
                "1))")
        making = r.making[code]
        grid.put(row, 1, code, "label")
        grid.put(row, 2, f(whole_pieces("Volume", cell_ref(INPUTS, lay.plan_rows[code], 3))),
                 "calc", PIECES)
        grid.put(row, 3, f(cell_ref(INPUTS, q, 6)), "calc", PIECES)
        grid.put(row, 4, f(billed(f"B{row}", f"C{row}")), "calc", PIECES)
        grid.put(row, 5, f(f"INDEX({mins},{pick})"), "calc", PIECES)
        grid.put(row, 6, f(f"INDEX({prices},{pick})"), "calc", qmoney)
        grid.put(row, 7, f(f"B{m}*(1+{n('metal_loss')})*{cell_ref(INPUTS, q, 5)}")
                 if making else 0, "calc", currency_format(r.currency, 4))
        grid.put(row, 8, f(cell_ref(INPUTS, q, 7)), "calc", qmoney)
        grid.put(row, 9, f(goods(f"B{row}", f"C{row}", mins, prices, f"G{row}", f"H{row}")),
                 "calc", qmoney)
        grid.put(row, 10, f(f"I{row}*{n('rate')}"), "calc", money)
        grid.put(row, 11, f(f"C{m}*(1+{n('metal_loss')})") if making else 0, "calc", money)
        grid.put(row, 12, f(f"D{row}*K{row}"), "calc", money)
        grid.put(row, 13, f(f"{cell_ref(INPUTS, q, 9)}*{n('rate')}"), "calc", money)
        grid.put(row, 14, f(f"D{row}*M{row}"), "calc", money)
        supplied = [col for part, col in (("stones", "D"), ("findings", "E"), ("plating", "F"),
                                          ("packaging", "G"))
                    if part in r.route.terms.brand_supplied]
        grid.put(row, 15, f("+".join(f"{col}{m}" for col in supplied)) if supplied else 0,
                 "calc", money)
        grid.put(row, 16, f(f"D{row}*O{row}"), "calc", money)
        assisting = [col for part, col in (("stones", "D"), ("findings", "E"),
                                           ("plating", "F"))
                     if part in r.route.terms.brand_supplied]
        grid.put(row, 17, f("+".join(f"{col}{m}" for col in assisting)) if assisting else 0,
                 "calc", money)
        grid.put(row, 18, f(f"D{row}*Q{row}"), "calc", money)
    last = grid.row - 1
    put_line_roundings(grid, first, list(lines), route_line_roundings(lay.base), lay.base,
                       r.prefix, out.cells)
    sums_row = grid.next_row()
    grid.put(sums_row, 1, "Sums", "total")
    sums: dict[str, str] = {}
    for key, letter, fmt in (("piece", "D", PIECES_FRACTION), ("goods", "J", money),
                             ("metal", "L", money), ("freight", "N", money),
                             ("materials", "P", money), ("assists", "R", money)):
        sums[key] = grid.put(sums_row, column_index_from_string(letter),
                             f(f"SUM({letter}{first}:{letter}{last})"), "total", fmt)
    rounding = put_parts_rounding(grid, grid.next_row(), first, last, sums_row,
                                  (10, 12, 14, 16, 18), lay.base)
    for col, key in ((10, "goods"), (12, "metal"), (14, "freight"), (16, "materials"),
                     (18, "assists")):
        out.cells[f"{r.prefix}.sums.{key}.rounding"] = rounding[col]
    grid.skip()
    grid.put_row(grid.next_row(), 1, (fill(translate("workbook_costs", "{route} by component"),
                                           route=r.prefix), "A year", "Per piece", "How"),
                 "header")
    rows = {component: grid.row + i for i, component in enumerate(ROUTE_ORDER)}
    formulas = route_components(r, sums, lambda c: f"B{rows[c]}")
    for component in ROUTE_ORDER:
        row = grid.next_row()
        expr, how = formulas[component]
        grid.put(row, 1, COMPONENT_LABELS[component], "label")
        out.cells[f"{r.prefix}.{component.value}"] = grid.put(row, 2, f(expr), "calc", money)
        grid.put(row, 3, f(f"B{row}/Volume"), "calc", money)
        grid.put(row, 4, how, "note")
    start, end = rows[ROUTE_ORDER[0]], rows[ROUTE_ORDER[-1]]
    rounding = put_parts_rounding(grid, grid.next_row(), start, end, grid.row, (2, 3),
                                  lay.base, 4)
    out.cells[f"{r.prefix}.rounding"], out.cells[f"{r.prefix}.rounding_per_piece"] = \
        rounding[2], rounding[3]
    row = grid.next_row()
    grid.put(row, 1, "Total a year", "total")
    out.cells[f"{r.prefix}.total"] = grid.put(row, 2, f(f"SUM(B{start}:B{end})"), "total",
                                              money)
    grid.put(row, 3, f(f"B{row}/Volume"), "total", money)
    row = grid.next_row()
    grid.put(row, 1, "Per piece", "total")
    out.cells[f"{r.prefix}.per_piece"] = grid.put(row, 2, f(f"B{row - 1}/Volume"), "total",
                                                  money)
    out.cells[f"{r.prefix}.rounding_pieces"] = put_pieces_rounding(
        grid, grid.next_row(), f"B{row - 1}", f"B{row}", lay.base)
    return RouteBlock(lines, sums)


def _route_line(lay: InputsLayout, model: Grid, r: RouteInputs, block: RouteBlock,
                cells: dict[str, str] | None = None) -> int:
    """The route's total as fixed + Σ weight × sum, and its tier pieces."""
    money = currency_format(lay.base)
    names = lay.names
    model.skip()
    model.put(model.next_row(), 1, f"{r.prefix}: {r.route.name}", "section")
    model.lines("The year's total is a straight line in six sums: it is "
                                   "computed at no sums (its fixed part) and with one more of "
                                   "each; the difference is that sum's weight.")
    header = model.next_row()
    model.put_row(header, 1, ("", "Fixed", *SUM_LABELS), "header")
    sum_rows = {key: model.next_row() for key in SUMS}
    for key, row in sum_rows.items():
        model.put(row, 1, SUM_LABELS[SUMS.index(key)], "label")
        for j in range(len(SUMS) + 1):
            model.put(row, 2 + j, 1 if j and SUMS[j - 1] == key else 0, "plain", PIECES)
    comp_rows = {c: model.row + i for i, c in enumerate(ROUTE_ORDER)}
    model.row += len(ROUTE_ORDER)
    total_row = model.next_row()
    weight_row = model.next_row()
    model.put(total_row, 1, "Total a year", "total")
    model.put(weight_row, 1, "Weight of the sum", "total")
    for j in range(len(SUMS) + 1):
        col = 2 + j
        letter = get_column_letter(col)
        sums = {key: f"{letter}{sum_rows[key]}" for key in SUMS}
        formulas = route_components(r, sums, _cell_in(letter, comp_rows))
        for component in ROUTE_ORDER:
            row = comp_rows[component]
            if j == 0:
                model.put(row, 1, COMPONENT_LABELS[component], "label")
            model.put(row, col, f(formulas[component][0]), "calc", money)
        model.put(total_row, col, f(f"SUM({letter}{comp_rows[ROUTE_ORDER[0]]}:"
                                    f"{letter}{comp_rows[ROUTE_ORDER[-1]]})"), "total", money)
        if j == 0:
            r.names["fixed"] = names.define(f"{r.prefix}_fixed", model.ref(total_row, col))
        else:
            ref = model.put(weight_row, col, f(f"{letter}{total_row}-B{total_row}"), "total",
                            "#,##0.000000")
            key = f"w_{SUMS[j - 1]}"
            r.names[key] = names.define(f"{r.prefix}_{key}", ref)
    columns = len(SUMS) + 1  # the fixed part, then one more of each sum
    rounding = put_parts_rounding(model, model.next_row(), comp_rows[ROUTE_ORDER[0]],
                                  comp_rows[ROUTE_ORDER[-1]], total_row,
                                  tuple(range(2, 2 + columns)), lay.base)
    if cells is not None:
        cells.update({f"{r.prefix}.model.rounding.{j}": rounding[2 + j]
                      for j in range(columns)})
    return _pieces(lay, model, r, block)


def _cell_in(letter: str, rows: dict[Component, int]) -> Callable[[Component], str]:
    def at(component: Component) -> str:
        return f"{letter}{rows[component]}"
    return at


PIECE_HEADER = ("Design", "Tier from", "Tier price", "Planned", "MOQ", "Minimum order value",
                "Basis metal per piece", "Extras per billed piece", "Tier low", "Tier high",
                "First volume in tier", "First volume past it", "Volume reaching MOQ",
                "Volume reaching MOV", "Below MOQ: from", "to (excl.)", "cost",
                "Under MOV: from", "to (excl.)", "cost", "+ per piece", "Tier: from",
                "to (excl.)", "per piece")


def _pieces(lay: InputsLayout, model: Grid, r: RouteInputs, block: RouteBlock) -> int:
    """The route's tier pieces on the Volume model; returns how many."""
    money = currency_format(lay.base)
    names = lay.names
    n = r.name
    model.skip()
    model.lines("For each tier of each design: the volumes n it prices (billed = max(n × "
                "planned ÷ plan, MOQ) between the tier's low and high), split below the MOQ "
                "(billed = MOQ), under the minimum order value, and beyond; cost at n = cost + "
                "per piece × n.")
    model.put_row(model.next_row(), 1, PIECE_HEADER, "header")
    first = model.row
    w = {key: n(f"w_{key}") for key in SUMS}
    for code, line in block.lines.items():
        t0, t1 = r.tiers[code]
        q = r.quote_row[code]
        for t in range(t0, t1 + 1):
            row = model.next_row()
            model.put(row, 1, code, "label")
            model.put(row, 2, f(cell_ref(INPUTS, t, 4)), "calc", PIECES)
            model.put(row, 3, f(cell_ref(INPUTS, t, 5)), "calc", currency_format(r.currency))
            model.put(row, 4, f(cell_ref(INPUTS, lay.plan_rows[code], 3)), "calc", PIECES)
            model.put(row, 5, f(cell_ref(INPUTS, q, 6)), "calc", PIECES)
            model.put(row, 6, f(cell_ref(INPUTS, q, 7)), "calc", currency_format(r.currency))
            model.put(row, 7, f(cell_ref(COMPARISON, line, 7)), "calc",
                      currency_format(r.currency, 4))
            k, mm, o, qq = (cell_ref(COMPARISON, line, col) for col in (11, 13, 15, 17))
            model.put(row, 8, f(f"{w['metal']}*{k}+{w['freight']}*{mm}+{w['piece']}"
                                f"+{w['materials']}*{o}+{w['assists']}*{qq}"), "calc", money)
            model.put(row, 9, 0 if t == t0 else f(f"B{row}"), "calc", PIECES)
            model.put(row, 10, f(f"B{row + 1}") if t < t1 else f(FAR), "calc", VOLUME)
            model.put(row, 11, f(f"IF(E{row}>=I{row},1,ROUNDUP(I{row}*Plan_total/D{row},0))"),
                      "calc", PIECES)
            model.put(row, 12, f(f"IF(E{row}>=J{row},1,ROUNDUP(J{row}*Plan_total/D{row},0))")
                      if t < t1 else f(FAR), "calc", VOLUME)
            model.put(row, 13, f(f"MAX(1,ROUNDUP(E{row}*Plan_total/D{row},0))"), "calc", PIECES)
            model.put(row, 14, f(f"IF(F{row}<=0,1,IF(C{row}+G{row}<=0,{FAR},"
                                 f"MAX(1,ROUNDUP(F{row}*Plan_total/(D{row}*(C{row}+G{row})),"
                                 "0))))"), "calc", VOLUME)
            model.put(row, 15, f(f"K{row}"), "calc", PIECES)
            model.put(row, 16, f(f"MIN(L{row},M{row})"), "calc", VOLUME)
            model.put(row, 17, f(f"{w['goods']}*MAX(E{row}*C{row},F{row}-E{row}*G{row})"
                                 f"*{n('rate')}+E{row}*H{row}"), "calc", money)
            model.put(row, 18, f(f"MAX(M{row},K{row})"), "calc", PIECES)
            model.put(row, 19, f(f"MIN(L{row},N{row})"), "calc", VOLUME)
            model.put(row, 20, f(f"{w['goods']}*F{row}*{n('rate')}"), "calc", money)
            model.put(row, 21, f(f"D{row}/Plan_total*(H{row}-{w['goods']}*G{row}*{n('rate')})"),
                      "calc", money)
            model.put(row, 22, f(f"MAX(M{row},K{row},N{row})"), "calc", PIECES)
            model.put(row, 23, f(f"L{row}"), "calc", VOLUME)
            model.put(row, 24, f(f"D{row}/Plan_total*({w['goods']}*C{row}*{n('rate')}"
                                 f"+H{row})"), "calc", money)
    last = model.row - 1
    # the volumes at which a piece starts or ends (each piece's from and to is one of them):
    # the Break-even sheet's segment ends
    for col, key in ((11, "first_volume"), (12, "past_volume"), (13, "moq_volume"),
                     (14, "mov_volume"),
                     (15, "below_from"), (16, "below_to"), (17, "below_cost"),
                     (18, "mov_from"), (19, "mov_to"), (20, "mov_cost"),
                     (21, "mov_per_piece"), (22, "tier_from"), (23, "tier_to"),
                     (24, "tier_per_piece")):
        r.names[key] = names.define(f"{r.prefix}_{key}", model.range(first, col, last))
    return last - first + 1
