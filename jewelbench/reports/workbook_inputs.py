"""The workbook's Inputs sheet: every figure the cost engine takes, in yellow cells, each with a
defined name — the costing date and volume, FX rates and metal prices of the date, alloys, the
in-house scenario (rates and losses, equipment, overheads, staff, labour minutes), the plan,
the bill of materials of its designs, each route's landed-cost terms, and the quotes, tiers and
fees the routes use.

Values are laid out here; the cost sheets (workbook_costs.py) refer to them by name or cell, so
an accountant who changes a yellow cell sees every cost follow. What is fixed when the file is
written is the structure: which designs, routes, tiers and BOM lines there are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jewelbench.domain.alloys import Alloy
from jewelbench.domain.costing_inputs import BOM_GROUPS, OutsourcedRoute
from jewelbench.domain.designs import Design
from jewelbench.domain.messages import fill
from jewelbench.domain.prices import PRICED_METALS, PriceNotFound, fx_rate_on, metal_price_on
from jewelbench.domain.quotes import FEE_NAMES, PricingBasis
from jewelbench.domain.units import GRAMS_PER_TROY_OUNCE
from jewelbench.reports.wording import translate
from jewelbench.reports.workbook_sheet import (
    DATE,
    FINE_GRAMS,
    FINENESS,
    GRAMS,
    HOURS,
    HOURS_MONTH,
    MINUTES,
    NUMBER,
    PERCENT,
    PIECES,
    RATE,
    YEARS,
    Formula,
    Grid,
    Names,
    currency_format,
    labels,
    metal_name,
)
from jewelbench.reports.workbook_words import INPUTS_WORDS

INPUTS = "Inputs"  # formulas refer to it: its name stays English in every language
FAR = "1E+12"  # "no end": a volume far above any the workbook holds
CONTEXT = "workbook_inputs"

# The sheet's labels, headings and notes, written in the language chosen (workbook_sheet.labels)
labels(*INPUTS_WORDS)



def f(expr: str) -> Formula:
    return Formula("=" + expr)


def pct(value: Decimal) -> float:
    """A percentage as the fraction a spreadsheet's % format shows (5 → 0.05)."""
    return float(Decimal(value) / 100)


@dataclass
class RouteInputs:
    """Where one route's inputs are: its defined names and its rows on the Inputs sheet."""

    index: int
    route: OutsourcedRoute
    prefix: str  # "Route1"
    currency: str
    making: dict[str, bool] = field(default_factory=dict)  # by design code
    names: dict[str, str] = field(default_factory=dict)  # "duty" → "Route1_duty"
    quote_row: dict[str, int] = field(default_factory=dict)  # design code → Quotes used row
    tiers: dict[str, tuple[int, int]] = field(default_factory=dict)  # code → first, last row

    def name(self, key: str) -> str:
        return self.names[key]


@dataclass
class InputsLayout:
    """What the cost sheets need to know about the Inputs sheet."""

    grid: Grid
    names: Names
    base: str
    fx: dict[str, str] = field(default_factory=dict)  # currency → name of the rate used
    metal_per_g: dict[str, str] = field(default_factory=dict)  # metal → name
    metal_currency: dict[str, str] = field(default_factory=dict)  # metal → its price's
    fineness: dict[str, str] = field(default_factory=dict)  # alloy code → name
    plan_rows: dict[str, int] = field(default_factory=dict)  # design code → Plan row
    plan_first: int = 0
    plan_last: int = 0
    bom: dict[str, dict[str, tuple[int, int] | None]] = field(default_factory=dict)
    labour_cells: dict[str, list[str]] = field(default_factory=dict)  # code → minute cells
    routes: list[RouteInputs] = field(default_factory=list)
    metals_used: list[tuple[str, Any]] = field(default_factory=list)  # (metal, MetalPrice)
    rates_used: list[tuple[str, Decimal, Any]] = field(default_factory=list)
    has_staff: bool = False

    def rate(self, currency: str) -> str:
        """The expression converting an amount in `currency` to the base: '' for the base."""
        return "" if currency == self.base else f"*{self.fx[currency]}"


# Column A holds labels; tables use as many columns as they need.
WIDTHS = {1: 40, 2: 17, 3: 16, 4: 16, 5: 16, 6: 16, 7: 16, 8: 14, 9: 14, 10: 12, 11: 16,
          12: 14, 13: 14}
BOM_COLUMNS = ("Design", "Part", "Item", "Alloy", "Finished weight", "Fineness",
               "Fine metal", "Quantity", "Unit cost", "Currency", "Per piece")
COL_FINE_G, COL_CURRENCY, COL_AMOUNT = 7, 10, 11  # BOM columns the cost sheets add up


def build_inputs(setup: Any, volume: int, sweep_to: int, metal_pct: Decimal,
                 fx_pct: Decimal, error_rate_pct: Decimal | None, *,
                 search_to: int | None = None, basis: Any = None) -> InputsLayout:
    """Lay out the Inputs sheet for `setup` (a CostingSetup) costed at `volume`; basis: the
    prepared comparison's BasisSummary (None: the whole workshop). The selling prices for the
    margin come last, added by workbook_margin.margin_inputs (workbook.py calls it), which
    builds on this layout."""
    prices = setup.prices
    base = prices.base_currency
    grid = Grid(INPUTS, widths=dict(WIDTHS), context=CONTEXT)
    names = Names()
    lay = InputsLayout(grid, names, base)
    grid.put(1, 1, "Inputs", "title")
    grid.row = 2
    grid.lines("Yellow cells are inputs: change one and every cost in the workbook follows. Each "
               "has a defined name (Excel: Formulas ▸ Name Manager; LibreOffice: Sheet ▸ Named "
               "Ranges). Percentages are % cells: type 6% or 0.06.")
    _costing(lay, prices.on, volume, sweep_to, metal_pct, fx_pct)
    _scalar(lay, "Break-evens searched up to (pieces a year)", "Break_even_up_to",
            search_to or sweep_to, PIECES,
            note="the Break-even sheet solves every band from 1 to here (at least the Volume)")
    designs = [line.design for line in setup.plan.lines]
    _fx_rates(lay, setup)
    _metal_prices(lay, prices)
    _alloys(lay, designs, prices.alloys)
    _scenario(lay, setup, error_rate_pct, basis)
    _plan(lay, setup.plan)
    _bom(lay, designs, prices.alloys)
    _routes(lay, setup.routes)
    return lay


def _section(grid: Grid, title: str, note: str = "") -> None:
    grid.skip()
    grid.put(grid.next_row(), 1, title, "section")
    if note:
        grid.lines(note)


def _scalar(lay: InputsLayout, label: str, name: str, value: Any, number_format: str | None,
            role: str = "input", note: str = "") -> str:
    """A labelled input in column B with a defined name; returns the name."""
    grid = lay.grid
    row = grid.next_row()
    grid.put(row, 1, label, "label")
    ref = grid.put(row, 2, value, role, number_format)
    if note:
        grid.put(row, 3, note, "note")
    return lay.names.define(name, ref)


def _costing(lay: InputsLayout, on: dt.date, volume: int, sweep_to: int, metal_pct: Decimal,
             fx_pct: Decimal) -> None:
    _section(lay.grid, "Costing")
    # Not an input: the prices, rates and quotes are picked for it when the file is written.
    _scalar(lay, "Costing date", "Costing_date", on, DATE, "plain",
            note="prices and rates below are the newest on or before it; for another date, "
                 "export again")
    _scalar(lay, "Base currency", "Base_currency", lay.base, None, "plain",
            note="every cost is in it")
    _scalar(lay, "Volume costed (pieces a year)", "Volume", volume, PIECES,
            note="the plan's mix: each design gets Volume × its planned pieces ÷ the plan's, "
                 "in whole pieces (largest remainder)")
    _scalar(lay, "Volumes tabled (Volumes sheet)", "Volumes_to", sweep_to, PIECES, "plain",
            note="both totals at every volume from 1 to here, for the chart")
    _scalar(lay, "Grams in a troy ounce", "Grams_per_troy_oz", float(GRAMS_PER_TROY_OUNCE),
            "0.0000000", "plain")
    _scalar(lay, "Metal price change (what-if)", "Metal_price_change", pct(metal_pct), PERCENT,
            note="+10 % = every metal price 10 % above the dated price")
    _scalar(lay, "FX change (what-if)", "FX_change", pct(fx_pct), PERCENT,
            note="+10 % = every foreign currency 10 % dearer")


def _needed_currencies(setup: Any) -> set[str]:
    needed = {q.currency for r in setup.routes for q in r.quotes.values()}
    needed.add(setup.scenario.currency)
    for line in setup.plan.lines:
        d = line.design
        for part in (*d.stones, *d.findings, *d.platings, *d.packaging):
            needed.add(part.unit_cost.currency)
    for metal in PRICED_METALS:
        try:
            needed.add(metal_price_on(setup.prices.metal_prices, metal,
                                      setup.prices.on).price_per_troy_oz.currency)
        except PriceNotFound:
            pass
    return needed


def _fx_rates(lay: InputsLayout, setup: Any) -> None:
    prices = setup.prices
    base = lay.base
    grid = lay.grid
    _section(grid, "FX rates", fill(translate(
        "workbook_inputs", "The newest rate on or before the costing date for each currency; "
        "the rate used converts 1 unit into {currency} (the inverse when only the opposite "
        "rate is stored), with the FX change."), currency=base))
    header = grid.next_row()
    grid.put_row(header, 1, ("Currency", "Rate as stored", "Stored as", "Rate date",
                             fill(translate("workbook_inputs", "Rate used ({currency} per unit)"),
                                  currency=base)), "header")
    seen = {r.from_currency for r in prices.fx_rates if r.to_currency == base} | \
        {r.to_currency for r in prices.fx_rates if r.from_currency == base}
    currencies = sorted((seen | _needed_currencies(setup)) - {base})
    for currency in currencies:
        try:
            rate, row_used = fx_rate_on(prices.fx_rates, currency, base, prices.on)
        except PriceNotFound:
            continue  # not needed (prepare() has refused a missing rate that is)
        assert row_used is not None
        row = grid.next_row()
        grid.put(row, 1, currency, "label")
        stored = grid.put(row, 2, row_used.rate, "input", RATE)
        lay.names.define(f"FX_{currency}_as_stored", stored)
        direct = row_used.from_currency == currency
        as_stored = f"{row_used.from_currency} → {row_used.to_currency}"
        grid.put(row, 3, f"{as_stored} ({row_used.derivation()})" if row_used.derived else
                 as_stored if direct else
                 fill(translate("workbook_inputs", "{pair} (inverted)"), pair=as_stored))
        grid.put(row, 4, row_used.rate_date, "plain", DATE)
        b = f"B{row}"
        used = grid.put(row, 5, f(f"{b}*(1+FX_change)" if direct else
                                  f"1/{b}*(1+FX_change)"), "calc", RATE)
        lay.fx[currency] = lay.names.define(f"FX_{currency}", used)
        lay.rates_used.append((currency, rate, row_used))


def _metal_prices(lay: InputsLayout, prices: Any) -> None:
    grid = lay.grid
    _section(grid, "Metal prices", "Per troy ounce of fine (pure) metal, the newest on or "
                                   "before the costing date; per gram of fine metal in the base "
                                   "currency with the metal price change.")
    header = grid.next_row()
    grid.put_row(header, 1, ("Metal", "Price per troy oz", "Currency", "Price date", "Source",
                             fill(translate("workbook_inputs", "Fine metal per g ({currency})"),
                                  currency=lay.base)), "header")
    for metal in PRICED_METALS:
        try:
            found = metal_price_on(prices.metal_prices, metal, prices.on)
        except PriceNotFound:
            continue
        money = found.price_per_troy_oz
        row = grid.next_row()
        title = metal.capitalize()  # in the names: Gold_price_per_g
        grid.put(row, 1, metal_name(metal), "label")
        oz = grid.put(row, 2, money.amount, "input",
                      currency_format(money.currency, code_shown=False))
        lay.names.define(f"{title}_price_per_oz", oz)
        grid.put(row, 3, money.currency)
        grid.put(row, 4, found.price_date, "plain", DATE)
        grid.put(row, 5, found.source)
        per_g = grid.put(row, 6, f(f"B{row}/Grams_per_troy_oz{lay.rate(money.currency)}"
                                   "*(1+Metal_price_change)"), "calc",
                         currency_format(lay.base, 4))
        lay.metal_per_g[metal] = lay.names.define(f"{title}_price_per_g", per_g)
        lay.metal_currency[metal] = money.currency
        lay.metals_used.append((metal, found))


def _alloys(lay: InputsLayout, designs: list[Design], alloys: dict[str, Alloy]) -> None:
    grid = lay.grid
    codes = sorted({m.alloy_code for d in designs for m in d.metals})
    if not codes:
        return
    _section(grid, "Alloys", "Fineness in parts per thousand of fine metal (750 = 18k gold).")
    grid.put_row(grid.next_row(), 1, ("Alloy", "Name", "Metal", "Fineness"), "header")
    for code in codes:
        alloy = alloys.get(code)
        if alloy is None:
            continue
        row = grid.next_row()
        grid.put(row, 1, code, "label")
        grid.put(row, 2, alloy.name)
        grid.put(row, 3, alloy.metal)
        ref = grid.put(row, 4, alloy.fineness, "input", FINENESS)
        lay.fineness[code] = lay.names.define(f"Fineness_{code}", ref)


def _scenario(lay: InputsLayout, setup: Any, error_rate_pct: Decimal | None,
              basis: Any = None) -> None:
    grid, s, terms = lay.grid, setup.scenario, setup.in_house_terms
    cur = currency_format(s.currency)
    _section(grid, fill(translate("workbook_inputs", "In-house scenario: {scenario}"),
                        scenario=s.name),
             fill(translate("workbook_inputs", "Amounts in {currency}.") if s.currency == lay.base
                  else translate("workbook_inputs", "Amounts in {currency}, converted at {rate}."),
                  currency=s.currency, rate=f"FX_{s.currency}"))
    _scalar(lay, "Scenario currency rate", "Scenario_FX",
            f(lay.fx[s.currency]) if s.currency != lay.base else 1, RATE, "calc",
            note=fill(translate("workbook_inputs", "{base} per {currency}"), base=lay.base,
                      currency=s.currency))
    _scalar(lay, "Loaded hourly rate", "Loaded_hourly_rate", s.loaded_hourly_rate, cur,
            note="bench labour, per hour")
    _scalar(lay, "Casting loss", "Casting_loss", pct(s.casting_loss_pct), PERCENT)
    _scalar(lay, "Small-buyer premium on metal", "Buyer_premium", pct(s.buyer_premium_pct),
            PERCENT)
    _scalar(lay, "Stone breakage", "Stone_breakage", pct(s.stone_breakage_pct), PERCENT)
    error = s.error_rate_pct if error_rate_pct is None else error_rate_pct
    _scalar(lay, "Error rate (remakes)", "Error_rate", pct(error), PERCENT,
            note="a good piece costs variable ÷ (1 − error rate); below 100 %")
    _scalar(lay, "Consumables per piece", "Consumables_per_piece", s.consumables_per_piece, cur)
    _scalar(lay, "Equipment paid up front", "Equipment_up_front",
            terms.capex_view.value == "up_front", None,
            note="TRUE: the year carries the equipment's cost; FALSE: its depreciation")
    _scalar(lay, "Bench labour paid by the salaries", "Labour_in_salaries",
            bool(terms.labour_in_salaries), None,
            note="TRUE: bench minutes cost nothing on top of the salaries (they still use "
                 "capacity)")
    _in_house_model(lay, s, terms)
    _equipment(lay, s, cur, basis)
    _overheads(lay, s, cur)
    _staff(lay, s, terms, cur)
    fixed_cost_basis(lay, basis)
    _labour(lay, setup)


def _in_house_model(lay: InputsLayout, s: Any, terms: Any) -> None:
    """Recovered metal, the in-house FX buffer, the cost of capital and the benches (issue 15;
    docs/costing.md, "Recovered metal" … "Bench capacity")."""
    _scalar(lay, "Recoverable share (casting loss, failed pieces)", "Recoverable_share",
            pct(terms.recoverable_pct), PERCENT,
            note="of the casting loss and of a failed piece's metal and stones")
    _scalar(lay, "Refining charge", "Refining_charge", pct(terms.refining_pct), PERCENT,
            note="of the recovered metal's value at the fine price")
    _scalar(lay, "Recovered, of a gram's value", "Recovered_value",
            f("Recoverable_share*(1-Refining_charge)"), PERCENT, "calc",
            note="recoverable share × (1 − refining charge)")
    _scalar(lay, "FX risk buffer on in-house inputs", "InHouse_FX_buffer",
            pct(terms.fx_buffer_pct), PERCENT,
            note="on metal, BOM lines and scenario amounts priced in a foreign currency")
    foreign = s.currency != lay.base
    _scalar(lay, "Scenario amounts in the base currency", "Scenario_FX_buffered",
            f("Scenario_FX*(1+InHouse_FX_buffer)") if foreign else 1, RATE, "calc",
            note="the scenario's rate with the buffer" if foreign else
            "the scenario is kept in the base currency: no buffer")
    _scalar(lay, "Cost of capital a year", "Cost_of_capital", pct(terms.capital_rate_pct),
            PERCENT, note="capital charge = rate × Σ (cost + salvage) ÷ 2; never negative")
    _scalar(lay, "Hours one bench gives a year", "Bench_hours_a_bench", terms.bench_hours_year,
            HOURS, note="above 0")
    _scalar(lay, "Benches", "Benches", terms.benches, PIECES,
            note="0: one bench per person on the staff (people added included), at least one")


def _equipment(lay: InputsLayout, s: Any, cur: str, basis: Any = None) -> None:
    grid = lay.grid
    grid.skip()
    grid.put_row(grid.next_row(), 1, ("Equipment", "Cost", "Useful life", "Salvage value",
                                      "Depreciation a year", "Share carried"), "header")
    first = grid.row
    for item in s.equipment:
        row = grid.next_row()
        grid.put(row, 1, item.name, "label")
        grid.put(row, 2, item.cost, "input", cur)
        grid.put(row, 3, item.useful_life_years, "input", YEARS)
        grid.put(row, 4, item.salvage_value, "input", cur)
        grid.put(row, 5, f(f"(B{row}-D{row})/C{row}"), "calc", cur)
        grid.put(row, 6, *equipment_share(item, basis))
    last = grid.row - 1
    row = grid.next_row()
    grid.put(row, 1, "Total", "total")
    if s.equipment:
        for col, key in ((2, "cost"), (3, "life"), (4, "salvage"), (5, "depreciation")):
            lay.names.define(f"Equipment_{key}", grid.range(first, col, last))
        capex = grid.put(row, 2, f(f"SUMPRODUCT(B{first}:B{last},F{first}:F{last})"),
                         "total", cur)
        salvage = grid.put(row, 4, f(f"SUMPRODUCT(D{first}:D{last},F{first}:F{last})"),
                           "total", cur)
        depreciation = grid.put(row, 5, f(f"SUMPRODUCT(E{first}:E{last},F{first}:F{last})"),
                                "total", cur)
    else:
        capex = grid.put(row, 2, 0, "total", cur)
        salvage = grid.put(row, 4, 0, "total", cur)
        depreciation = grid.put(row, 5, 0, "total", cur)
    lay.names.define("Equipment_capex_total", capex)
    lay.names.define("Equipment_salvage_total", salvage)
    lay.names.define("Equipment_depreciation_total", depreciation)


def equipment_share(item: Any, basis: Any) -> tuple[Any, str, str]:
    """(value, role, format) of an equipment row's share carried: the basis's share for
    shared equipment, 1 for equipment marked as needed for the design, 0 for equipment
    marked for another design; 1 for everything on the stand-alone basis or for a plan."""
    if basis is None or basis.basis.value in ("stand-alone", "plan"):
        return 1, "calc", PERCENT
    if item.design_code is None:
        return f("Basis_share"), "calc", PERCENT
    return (1 if item.design_code == basis.design else 0), "calc", PERCENT


def fixed_cost_basis(lay: InputsLayout, basis: Any) -> None:
    """The fixed-cost basis (docs/costing.md, "Fixed-cost basis"): the share of shared
    equipment, overheads, salaries and capacity the costed design carries, and on the
    incremental basis the bench hours the other designs use first."""
    kind = "plan" if basis is None else basis.basis.value
    share = 1 if basis is None or kind in ("stand-alone", "plan") else (
        0 if kind == "incremental" else basis.share)
    lay.grid.skip()
    _scalar(lay, "Fixed-cost basis", "Basis", kind, None, "plain",
            note=basis.note() if basis is not None else "the whole workshop")
    _scalar(lay, "Share of the workshop carried", "Basis_share", share, PERCENT,
            note="of shared equipment, overheads, salaries and the staff's capacity")
    _scalar(lay, "Incremental: other designs' bench hours", "Others_bench_hours",
            basis.others_hours if basis is not None and kind == "incremental" else 0,
            HOURS, note="a year, remakes included: they use the staff's capacity first")


def _overheads(lay: InputsLayout, s: Any, cur: str) -> None:
    grid = lay.grid
    grid.skip()
    grid.put_row(grid.next_row(), 1, ("Overhead", "Per month"), "header")
    first = grid.row
    for item in s.overheads:
        row = grid.next_row()
        grid.put(row, 1, item.name, "label")
        grid.put(row, 2, item.monthly_cost, "input", cur)
    last = grid.row - 1
    row = grid.next_row()
    grid.put(row, 1, "Total a month", "total")
    if s.overheads:
        lay.names.define("Overheads_monthly", grid.range(first, 2, last))
    total = grid.put(row, 2, f(f"SUM(B{first}:B{last})") if s.overheads else 0, "total", cur)
    lay.names.define("Overheads_per_month", total)


def _staff(lay: InputsLayout, s: Any, terms: Any, cur: str) -> None:
    grid = lay.grid
    grid.skip()
    grid.put_row(grid.next_row(), 1, ("Staff role", "Monthly salary", "Headcount",
                                      "Hours a month", "Cost of an hour"), "header")
    first = grid.row
    role_rows: dict[str, int] = {}
    for role in s.staff:
        row = grid.next_row()
        role_rows.setdefault(role.role, row)
        grid.put(row, 1, role.role, "label")
        grid.put(row, 2, role.monthly_salary, "input", cur)
        grid.put(row, 3, role.headcount, "input", PIECES)
        grid.put(row, 4, role.hours_per_month, "input", HOURS_MONTH)
        grid.put(row, 5, f(f"B{row}/D{row}"), "calc", currency_format(s.currency, 4))
    last = grid.row - 1
    lay.has_staff = bool(s.staff)
    row = grid.next_row()
    grid.put(row, 1, "Total", "total")
    if s.staff:
        for col, key in ((1, "roles"), (2, "salaries"), (3, "headcounts"), (4, "hours"),
                         (5, "hour_costs")):
            lay.names.define(f"Staff_{key}", grid.range(first, col, last))
        salaries = grid.put(row, 2, f(f"SUMPRODUCT(B{first}:B{last},C{first}:C{last})"),
                            "total", cur)
        capacity = grid.put(row, 4, f(f"SUMPRODUCT(C{first}:C{last},D{first}:D{last})"),
                            "total", HOURS_MONTH)
        headcount = grid.put(row, 3, f(f"SUM(C{first}:C{last})"), "total", PIECES)
    else:
        salaries = grid.put(row, 2, 0, "total", cur)
        capacity = grid.put(row, 4, 0, "total", HOURS_MONTH)
        headcount = grid.put(row, 3, 0, "total", PIECES)
    lay.names.define("Staff_headcount_total", headcount)
    lay.names.define("Salaries_per_month", salaries)
    lay.names.define("Capacity_hours_per_month", capacity)
    grid.skip()
    named = terms.capacity_step_role
    if not s.staff:
        _scalar(lay, "Capacity limit", "Has_capacity_limit", False, None, "calc",
                note="no salaried staff: no capacity limit")
        _scalar(lay, "Role added for capacity", "Step_role", "(none)", None, "calc")
        _scalar(lay, "Its monthly salary", "Step_salary", 0, cur, "calc")
        _scalar(lay, "Its hours a month", "Step_hours", 1, HOURS_MONTH, "calc")
        return
    _scalar(lay, "Capacity limit", "Has_capacity_limit", True, None, "calc",
            note="the staff's hours a month; more bench hours add people one at a time")
    if named is not None and named in role_rows:
        r = role_rows[named]
        _scalar(lay, "Role added for capacity", "Step_role", f(f"A{r}"), None, "calc",
                note="as the scenario names it")
        _scalar(lay, "Its monthly salary", "Step_salary", f(f"B{r}"), cur, "calc")
        _scalar(lay, "Its hours a month", "Step_hours", f(f"D{r}"), HOURS_MONTH, "calc")
        return
    costs = f"E{first}:E{last}"
    pick = f"MATCH(MIN({costs}),{costs},0)"
    _scalar(lay, "Role added for capacity", "Step_role", f(f"INDEX(A{first}:A{last},{pick})"),
            None, "calc", note="the role whose hour is cheapest (the first, on a tie)")
    _scalar(lay, "Its monthly salary", "Step_salary", f(f"INDEX(B{first}:B{last},{pick})"),
            cur, "calc")
    _scalar(lay, "Its hours a month", "Step_hours", f(f"INDEX(D{first}:D{last},{pick})"),
            HOURS_MONTH, "calc")


def _labour(lay: InputsLayout, setup: Any) -> None:
    """Labour rows as the scenario keeps them; for each design the minute cells that apply:
    per operation its own rows where it has some, else the operation's default rows."""
    grid, s = lay.grid, setup.scenario
    grid.skip()
    grid.put_row(grid.next_row(), 1, ("Labour operation", "Design",
                                      "Minutes per piece"), "header")
    grid.put(grid.row - 1, 4, "an empty design: every design without its own figure", "note")
    default: dict[str, list[str]] = {}
    specific: dict[tuple[str, str], list[str]] = {}
    first = grid.row
    for op in s.labour:
        row = grid.next_row()
        grid.put(row, 1, op.operation, "label")
        grid.put(row, 2, op.design_code or "")
        ref = grid.put(row, 3, op.minutes_per_piece, "input", MINUTES)
        key = op.operation.strip().lower()
        if op.design_code is None:
            default.setdefault(key, []).append(ref)
        else:
            specific.setdefault((key, op.design_code), []).append(ref)
    if s.labour:
        lay.names.define("Labour_minutes", grid.range(first, 3, grid.row - 1))
    for line in setup.plan.lines:
        code = line.design.code
        cells: list[str] = []
        keys = list(dict.fromkeys([*default, *(k for k, c in specific if c == code)]))
        for key in keys:
            cells.extend(specific.get((key, code)) or default.get(key, []))
        lay.labour_cells[code] = cells


def _plan(lay: InputsLayout, plan: Any) -> None:
    grid = lay.grid
    _section(grid, fill(translate("workbook_inputs", "Plan: {plan}"), plan=plan.name),
             "Pieces a year planned for each design: the mix the Volume is spread by.")
    grid.put_row(grid.next_row(), 1, ("Design", "Name", "Planned pieces a year"), "header")
    lay.plan_first = grid.row
    for line in plan.lines:
        row = grid.next_row()
        grid.put(row, 1, line.design.code, "label")
        grid.put(row, 2, line.design.name)
        grid.put(row, 3, line.volume, "input", PIECES)
        lay.plan_rows[line.design.code] = row
    lay.plan_last = grid.row - 1
    lay.names.define("Plan_volumes", grid.range(lay.plan_first, 3, lay.plan_last))
    row = grid.next_row()
    grid.put(row, 1, "Total", "total")
    total = grid.put(row, 3, f(f"SUM(C{lay.plan_first}:C{lay.plan_last})"), "total", PIECES)
    lay.names.define("Plan_total", total)
    row = grid.next_row()
    grid.put(row, 1, "Orders a year", "label")
    grid.put(row, 2, "MOQ, tiers and minimum order value apply to each order; each order is "
                     "shipped at least once", "note")
    orders = grid.put(row, 3, getattr(plan, "orders_per_year", 1), "input", PIECES)
    lay.names.define("Orders_per_year", orders)


def _bom(lay: InputsLayout, designs: list[Design], alloys: dict[str, Alloy]) -> None:
    grid, base = lay.grid, lay.base
    _section(grid, "Bill of materials of the costed designs (one piece)",
             fill(translate("workbook_inputs", "Metal: finished weight × fineness ÷ 1000 = fine "
                            "metal, × the fine price per g. Other parts: quantity × unit cost, "
                            "converted to {currency}."), currency=base))
    grid.put_row(grid.next_row(), 1, BOM_COLUMNS, "header")
    money = currency_format(base)
    for design in designs:
        parts: dict[str, tuple[int, int] | None] = {}
        start = grid.row
        for line in design.metals:
            row = grid.next_row()
            alloy = alloys.get(line.alloy_code)
            grid.put_row(row, 1, (design.code, "metal", line.notes or
                                  (alloy.name if alloy else line.alloy_code),
                                  line.alloy_code))
            grid.put(row, 5, line.finished_weight_g, "input", GRAMS)
            fineness = lay.fineness.get(line.alloy_code)
            grid.put(row, 6, f(fineness) if fineness else 0, "calc", FINENESS)
            grid.put(row, 7, f(f"E{row}*F{row}/1000"), "calc", FINE_GRAMS)
            per_g = lay.metal_per_g.get(alloy.metal) if alloy and alloy.fineness else None
            grid.put(row, COL_AMOUNT, f(f"G{row}*{per_g}") if per_g else 0, "calc", money)
            priced_in = lay.metal_currency.get(alloy.metal) if alloy else None
            if per_g and priced_in:
                grid.put(row, COL_CURRENCY, priced_in)  # the fine price's currency
        parts["metal"] = (start, grid.row - 1) if grid.row > start else None
        groups = (("stones", [(s.stone_type, s.shape, s.quantity, s.unit_cost)
                              for s in design.stones]),
                  ("findings", [(x.kind, x.description, x.quantity, x.unit_cost)
                                for x in design.findings]),
                  ("plating", [(p.plating_type, p.colour, 1, p.unit_cost)
                               for p in design.platings]),
                  ("packaging", [(p.description, "", p.quantity, p.unit_cost)
                                 for p in design.packaging]))
        for group, lines in groups:
            start = grid.row
            for item, details, quantity, unit_cost in lines:
                row = grid.next_row()
                text = f"{item} ({details})" if details else item
                grid.put_row(row, 1, (design.code, group, text))
                grid.put(row, 8, quantity, "input", PIECES)
                grid.put(row, 9, unit_cost.amount, "input",
                         currency_format(unit_cost.currency, code_shown=False))
                grid.put(row, 10, unit_cost.currency)
                grid.put(row, COL_AMOUNT, f(f"H{row}*I{row}{lay.rate(unit_cost.currency)}"),
                         "calc", money)
            parts[group] = (start, grid.row - 1) if grid.row > start else None
        assert set(parts) == {"metal", *BOM_GROUPS}
        lay.bom[design.code] = parts


ROUTE_TERMS = (
    # key, label, number format kind, value from (route, quote) — see _routes
    ("currency", "Quote currency"),
    ("incoterm", "Incoterm (EXW, FOB, CIF, DDP)"),
    ("duty", "Import duty"),
    ("customs_basis", "Duty charged on (CIF or FOB value)"),
    ("insurance", "Cargo insurance (EXW and FOB quotes)"),
    ("own_freight_per_shipment", "Your freight to the border per shipment"),
    ("own_freight_per_piece", "Your freight to the border per piece"),
    ("inspection_per_shipment", "Inspection per shipment"),
    ("inspection_per_piece", "Inspection per piece"),
    ("fx_buffer", "FX risk buffer (foreign quotes)"),
    ("defects", "Defect allowance"),
    ("shipments", "Shipments a year"),
    ("fee_years", "Life of one-time fees, years (the design's or plan's)"),
    ("metal_loss", "Supplier's metal loss (making-charge quotes)"),
    ("you_supply", "BOM parts you supply"),
    ("rate", "Rate used"),
    ("foreign", "Invoiced in a foreign currency"),
    ("fees", "One-time fees not refunded on order"),
    ("freight_per_shipment", "Supplier freight per shipment"),
    ("inland_freight_per_shipment", "Your inland freight per shipment (after the border)"),
    ("inland_freight_per_piece", "Your inland freight per piece (after the border)"),
    ("assists_in_value", "Assists in the customs value (WTO CVA Art. 8.1(b))"),
    ("assist_fees", "Mould, tooling and CAD fees not refunded (assists)"),
    ("import_vat", "Import VAT"),
    ("vat_registered", "VAT-registered (import VAT reclaimed)"),
    ("basis_source", "Duty basis from (the importing country's rule, or your choice)"),
)


def _routes(lay: InputsLayout, routes: list[OutsourcedRoute]) -> None:
    if not routes:
        return
    grid, names, base = lay.grid, lay.names, lay.base
    for index, route in enumerate(routes, start=1):
        quotes = list(route.quotes.values())
        lay.routes.append(RouteInputs(index, route, f"Route{index}", quotes[0].currency))
    # Quotes, tiers and fees first (below), so the terms can sum them: rows are known ahead.
    _section(grid, "Landed-cost terms, by route",
             fill(translate("workbook_inputs", "A route is one supplier's offer for the plan. "
                            "Amounts you pay (freight, inspection) are in {currency}; the "
                            "supplier's in its quote currency."), currency=base))
    header = grid.next_row()
    grid.put(header, 1, "Route", "header")
    for r in lay.routes:
        grid.put(header, 1 + r.index, f"{r.prefix}: {r.route.name}", "header")
    term_rows: dict[str, int] = {}
    for key, label in ROUTE_TERMS:
        row = grid.next_row()
        term_rows[key] = row
        grid.put(row, 1, label, "label")
    quote_header = grid.row + 1
    quotes_first = quote_header + 2
    n_quotes = sum(len(r.route.quotes) for r in lay.routes)
    tiers_header = quotes_first + n_quotes + 2
    tiers_first = tiers_header + 2
    n_tiers = sum(len(q.tiers) for r in lay.routes for q in r.route.quotes.values())
    fees_header = tiers_first + n_tiers + 2
    fees_first = fees_header + 2
    # Quotes used.
    grid.row = quote_header
    _section_at(grid, quote_header, "Quotes used", "The quote that prices each design on each "
                                                  "route: minimum order (MOQ), minimum order "
                                                  "value, metal basis of a making charge, "
                                                  "freight the supplier invoices.")
    grid.put_row(quote_header + 2, 1, ("Route", "Design", "Quote", "Pricing basis",
                                       "Metal basis per g", "MOQ", "Minimum order value",
                                       "Freight per shipment", "Freight per piece",
                                       "Quoted on", "Valid until"), "header")
    row = quotes_first + 1
    quote_rows: dict[int, list[int]] = {}
    for r in lay.routes:
        for code, quote in r.route.quotes.items():
            cur = currency_format(quote.currency)
            making = quote.pricing_basis is PricingBasis.MAKING_PLUS_METAL
            r.making[code] = making
            grid.put_row(row, 1, (r.prefix, code, quote.reference or f"#{quote.id or ''}",
                                  "making charge + metal" if making else "all-in price"))
            grid.put(row, 5, quote.metal_price_basis_per_g if making else None,
                     "input" if making else "plain", currency_format(quote.currency, 4))
            grid.put(row, 6, quote.moq, "input", PIECES)
            grid.put(row, 7, quote.min_order_value, "input", cur)
            grid.put(row, 8, quote.freight_per_shipment, "input", cur)
            grid.put(row, 9, quote.freight_per_piece, "input", cur)
            grid.put(row, 10, quote.quoted_on, "plain", DATE)
            grid.put(row, 11, quote.valid_until, "plain", DATE)
            r.quote_row[code] = row
            quote_rows.setdefault(r.index, []).append(row)
            row += 1
    # Quote tiers used.
    _section_at(grid, tiers_header, "Quote tiers used", "Unit price from each minimum "
                                                        "quantity, in rising order: the "
                                                        "billed quantity takes the highest tier "
                                                        "it reaches (the first below it).")
    grid.put_row(tiers_header + 2, 1, ("Route", "Design", "Quote", "From (pieces)",
                                       "Unit price"), "header")
    row = tiers_first + 1
    for r in lay.routes:
        for code, quote in r.route.quotes.items():
            first = row
            for tier in quote.tiers:
                grid.put_row(row, 1, (r.prefix, code, quote.reference or ""))
                grid.put(row, 4, tier.min_quantity, "input", PIECES)
                grid.put(row, 5, tier.unit_price, "input", currency_format(quote.currency))
                row += 1
            r.tiers[code] = (first, row - 1)
    # Development fees used.
    _section_at(grid, fees_header, "Development fees used", "One-time fees; a fee refunded "
                                                            "on order is left out of the cost.")
    grid.put_row(fees_header + 2, 1, ("Route", "Design", "Quote", "Fee", "Amount",
                                      "Refunded on order"), "header")
    row = fees_first + 1
    fee_rows: dict[int, tuple[int, int]] = {}
    for r in lay.routes:
        first = row
        for code, quote in r.route.quotes.items():
            for fee in quote.fees:
                grid.put_row(row, 1, (r.prefix, code, quote.reference or "",
                                      FEE_NAMES[fee.kind]))
                grid.put(row, 5, fee.amount, "input", currency_format(quote.currency))
                grid.put(row, 6, bool(fee.refundable_on_order), "input")
                row += 1
        if row > first:
            fee_rows[r.index] = (first, row - 1)
    end_row = row
    # The terms, one column per route.
    for r in lay.routes:
        col = 1 + r.index
        t = r.route.terms
        quote = next(iter(r.route.quotes.values()))
        cur = currency_format(r.currency)
        own = currency_format(base)

        def put(key: str, value: Any, role: str = "input", fmt: str | None = None,
                r: RouteInputs = r, col: int = col) -> None:
            ref = grid.put(term_rows[key], col, value, role, fmt)
            r.names[key] = names.define(f"{r.prefix}_{key}", ref)

        put("currency", r.currency, "plain")
        put("incoterm", quote.incoterm.value)
        put("duty", pct(t.duty_pct), fmt=PERCENT)
        put("customs_basis", t.customs_basis.value.upper())
        put("insurance", pct(t.insurance_pct), fmt=PERCENT)
        put("own_freight_per_shipment", t.freight_per_shipment, fmt=own)
        put("own_freight_per_piece", t.freight_per_piece, fmt=own)
        put("inspection_per_shipment", t.inspection_per_shipment, fmt=own)
        put("inspection_per_piece", t.inspection_per_piece, fmt=own)
        put("fx_buffer", pct(t.fx_buffer_pct), fmt=PERCENT)
        put("defects", pct(t.defect_allowance_pct), fmt=PERCENT)
        put("shipments", t.shipments_per_year, fmt=PIECES)
        put("fee_years", t.fee_life_years, fmt=YEARS)
        put("metal_loss", pct(t.supplier_metal_loss_pct), fmt=PERCENT)
        put("you_supply", ", ".join(translate(CONTEXT, g) for g in BOM_GROUPS
                                    if g in t.brand_supplied) or "(nothing)", "plain")
        put("rate", f(lay.fx[r.currency]) if r.currency != base else 1, "calc", RATE)
        put("foreign", f(f"{r.names['currency']}<>Base_currency"), "calc")
        fees = fee_rows.get(r.index)
        put("fees", f(f"SUMPRODUCT(E{fees[0]}:E{fees[1]}*(1-F{fees[0]}:F{fees[1]}))")
            if fees else 0, "calc", cur)
        rows = quote_rows[r.index]
        put("freight_per_shipment", f("MAX(" + ",".join(f"H{x}" for x in rows) + ")"),
            "calc", cur)
        put("inland_freight_per_shipment", t.inland_freight_per_shipment, fmt=own)
        put("inland_freight_per_piece", t.inland_freight_per_piece, fmt=own)
        put("assists_in_value", t.assists_in_customs_value)
        put("assist_fees", f(f'SUMPRODUCT(E{fees[0]}:E{fees[1]}*(1-F{fees[0]}:F{fees[1]})'
                             f'*(D{fees[0]}:D{fees[1]}<>"sample"))')
            if fees else 0, "calc", cur)
        put("import_vat", pct(t.import_vat_pct), fmt=PERCENT)
        put("vat_registered", t.vat_registered)
        put("basis_source", t.basis_source or "as entered", "plain")
    grid.row = end_row


def _section_at(grid: Grid, row: int, title: str, note: str) -> None:
    grid.put(row, 1, title, "section")
    grid.put(row + 1, 1, note, "note")


__all__ = ["COL_AMOUNT", "COL_FINE_G", "FAR", "INPUTS", "InputsLayout", "NUMBER",
           "RouteInputs", "build_inputs", "f", "pct"]
