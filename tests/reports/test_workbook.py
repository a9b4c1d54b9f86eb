"""The accountant's workbook (reports/workbook.py), recalculated by a real spreadsheet engine.

LibreOffice headless recalculates each exported workbook; every formula's value must then be
the cost engine's figure to the cent — each component, total and per-piece cost of in-house
and of every route, the break-even, and both totals at every volume of the Volumes sheet.
Then the gold price input is changed with openpyxl, LibreOffice recalculates again, and the
totals must be the engine's for the new price (issue 8: "an accountant opens the demo's
workbook in LibreOffice, changes the gold price, and every cost follows").

One module fixture writes all the workbooks and recalculates them in one LibreOffice run (and
once more for the changed gold price): a few seconds in all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import stat
import zipfile
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from openpyxl import load_workbook
from spreadsheet_helpers import ERRORS, defined_cell, recalculate, soffice, value

from jewelbench.app.demo import DEMO_TODAY
from jewelbench.domain.alloys import STANDARD_ALLOYS
from jewelbench.domain.costing import IN_HOUSE, Adjustments, prepare
from jewelbench.domain.costing_analysis import in_house_curve, route_curve
from jewelbench.domain.costing_basis import BasisTerms, FixedCostBasis
from jewelbench.domain.costing_inputs import (
    CapexView,
    CollectionPlan,
    CustomsBasis,
    InHouseTerms,
    LandedCostTerms,
    OutsourcedRoute,
    PriceContext,
)
from jewelbench.domain.costing_whole import surrogate_curves
from jewelbench.domain.designs import Category, Design, MetalLine, PackagingLine, StoneLine
from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate, MetalPrice
from jewelbench.domain.quotes import Incoterm, Quote, QuoteFee, QuoteTier
from jewelbench.domain.scenarios import (
    Equipment,
    InHouseScenario,
    LabourOperation,
    Overhead,
    StaffRole,
)
from jewelbench.reports.output import ExportCancelled, ExportError
from jewelbench.reports.workbook import sweep_for, write_workbook
from jewelbench.storage import Workspace
from jewelbench.storage.costing import CostingSetup
from jewelbench.storage.workbook_data import LISTED_TABLES, WorkbookData, workbook_data

D = Decimal
INJECTION = '=HYPERLINK("http://evil.example","Click")'
LOCAL = "@Local workshop (USD)"  # a name a spreadsheet would read as a function call
CENT = 0.005
NO_LISTINGS = WorkbookData("Test", ())


# --- setups ----------------------------------------------------------------------------------


# The worked example's in-house options before issue 15 (its hand figures): nothing recovered,
# no cost of capital, no in-house FX buffer.
OLD_TERMS = InHouseTerms(recoverable_pct=D(0), capital_rate_pct=D(0), fx_buffer_pct=D(0))
# docs/costing.md's "In-house with recovered metal and the cost of capital", with gold and the
# stones priced in USD, a 3 % in-house FX buffer and one bench of 1,000 hours (too few).
BUFFERED_TERMS = InHouseTerms(fx_buffer_pct=D(3), benches=1, bench_hours_year=D(1000))


def worked_example(equal_at_255: bool = False, buffered: bool = False) -> CostingSetup:
    """docs/costing.md's worked example. equal_at_255: a quote from 1 piece (no MOQ) and a rent
    that makes in-house and the quote exactly equal at 255 pieces (equal counts as in-house).
    buffered: gold and the stones priced in USD (the same EUR amounts) and BUFFERED_TERMS."""
    on = dt.date(2026, 11, 2)
    stone = Money(D("12.50"), "USD") if buffered else Money(D(10), "EUR")
    ring = Design("RG-100", "Worked ring", Category.RING,
                  metals=[MetalLine("AU750Y", D(4))],
                  stones=[StoneLine("sapphire", "round", 2, stone)],
                  packaging=[PackagingLine("Box", 1, Money(D(1), "EUR"))])
    rent = D("1013.875") if equal_at_255 else D(1000)
    bench = InHouseScenario(
        "Worked bench", "EUR", equipment=[Equipment("Casting kit", D(12000), 5, D(2000))],
        overheads=[Overhead("Rent", rent)], staff=[StaffRole("Jeweller", D(3000), 1, D(160))],
        labour=[LabourOperation("Casting", D(20)), LabourOperation("Finishing", D(40))],
        loaded_hourly_rate=D(30), casting_loss_pct=D(10), buyer_premium_pct=D(5),
        stone_breakage_pct=D(5), consumables_per_piece=D("2.50"), error_rate_pct=D(20))
    first = 1 if equal_at_255 else 100
    offer = Quote(supplier_id=1, design_id=1, currency="USD", quoted_on=on,
                  tiers=[QuoteTier(first, D("795.00")), QuoteTier(500, D("733.75")),
                         QuoteTier(1000, D("672.50"))], moq=first, incoterm=Incoterm.CIF,
                  freight_per_shipment=D(200), reference="W-1",
                  fees=[QuoteFee("mould", D(500)), QuoteFee("sample", D(250), True)])
    terms = LandedCostTerms(fee_life_years=1, assists_in_customs_value=False,  # issue 15 pins
                            duty_pct=D(4), fx_buffer_pct=D("2.5"), freight_per_shipment=D(300),
                            shipments_per_year=2, inspection_per_piece=D(1),
                            defect_allowance_pct=D(2))
    gold = Money(D("3887.9346"), "USD") if buffered else Money(D("3110.34768"), "EUR")
    prices = PriceContext(on, "EUR", (MetalPrice("gold", on, gold),),
                          (FxRate(on, "USD", "EUR", D("0.80")),),
                          {a.code: a for a in STANDARD_ALLOYS})
    return CostingSetup("RG-100 Worked ring", CollectionPlan.of_design(ring, 1000), bench,
                        [OutsourcedRoute.single("Supplier", "RG-100", offer, terms)], prices,
                        BUFFERED_TERMS if buffered else OLD_TERMS, [])


def worked_basis(basis: FixedCostBasis) -> CostingSetup:
    """tests/domain/test_costing_fixed_basis.py's workshop in the workbook: the worked ring, retail
    1,200 EUR, sharing the workshop with RG-200 (1,000 pieces each of a plan 'AW27'); two
    jewellers, a casting kit (shared) and a ring press (marked for RG-100)."""
    setup = worked_example()
    ring = dataclasses.replace(setup.plan.lines[0].design,
                               target_retail_price=Money(D(1200), "EUR"))
    bench = dataclasses.replace(
        setup.scenario, equipment=[Equipment("Casting kit", D(12000), 5, D(2000)),
                                   Equipment("Ring press", D(3000), 3, D(0), "RG-100")],
        staff=[StaffRole("Jeweller", D(3000), 2, D(160))],
        labour=[*setup.scenario.labour, LabourOperation("Finishing", D(70), "RG-200")])
    return dataclasses.replace(setup, plan=CollectionPlan.of_design(ring, 1000), scenario=bench,
                               basis=BasisTerms(basis, (("RG-100", 1000), ("RG-200", 1000)),
                                                "plan 'AW27'"))


def crafted(costing, ids) -> CostingSetup:
    """NK-004 against its DDP quote and a quote in the base currency (USD), EXW, with a
    minimum order value, duty on the FOB value and the equipment paid up front."""
    setup = costing.setup_for_design(ids["NK-004"], ids["Small studio workshop"], DEMO_TODAY,
                                     150)
    ddp = setup.routes[0]
    local = dataclasses.replace(
        next(iter(ddp.quotes.values())), currency="USD", incoterm=Incoterm.EXW, id=None,
        reference="US-1", moq=40, min_order_value=D(4000), freight_per_piece=D("0.75"),
        tiers=[QuoteTier(20, D("95")), QuoteTier(60, D("82.5")), QuoteTier(200, D("74"))],
        fees=[QuoteFee("cad", D(120)), QuoteFee("sample", D(60), True)])
    # Issue 15: the CAD fee over the default 3-year life and the findings you supply are
    # assists in the FOB customs value; inland freight apart; 20 % import VAT, a cost here (not
    # VAT-registered).
    terms = LandedCostTerms(duty_pct=D(3), customs_basis=CustomsBasis.FOB,
                            insurance_pct=D("0.4"), inspection_per_piece=D(1),
                            inspection_per_shipment=D(35), freight_per_piece=D("0.5"),
                            inland_freight_per_shipment=D(25), inland_freight_per_piece=D("0.1"),
                            shipments_per_year=4, defect_allowance_pct=D(3),
                            brand_supplied=frozenset({"findings", "packaging"}),
                            import_vat_pct=D(20), vat_registered=False)
    # the newest CNY rate is kept the other way round: 1 USD = 7.05 CNY
    inverted = FxRate(DEMO_TODAY - dt.timedelta(days=3), "USD", "CNY", D("7.05"))
    prices = dataclasses.replace(setup.prices, fx_rates=(*setup.prices.fx_rates, inverted))
    return dataclasses.replace(
        setup, routes=[ddp, OutsourcedRoute.single(LOCAL, "NK-004", local, terms)],
        in_house_terms=InHouseTerms(capex_view=CapexView.UP_FRONT), prices=prices)


def euro_gold(setup: CostingSetup) -> CostingSetup:
    """The newest gold price quoted in EUR: converted at the EUR rate (18k RG-027, made by a
    making-charge supplier whose metal is re-priced)."""
    gold = MetalPrice("gold", DEMO_TODAY - dt.timedelta(days=2), Money(D("3592.40"), "EUR"))
    prices = dataclasses.replace(setup.prices,
                                 metal_prices=(*setup.prices.metal_prices, gold))
    return dataclasses.replace(setup, prices=prices)


ADJUSTED = Adjustments(metal_price_pct=D(12), fx_pct=D(-7), error_rate_pct=D(9))


@dataclasses.dataclass
class Case:
    setup: CostingSetup
    report: object
    adjustments: Adjustments
    recalculated: object = None  # openpyxl workbook, values only


@pytest.fixture(scope="module")
def demo(demo_path, tmp_path_factory):
    """A writable copy of the demo with a supplier named like a formula."""
    path = tmp_path_factory.mktemp("workbook-demo") / "demo.jewelbench"
    shutil.copy(demo_path, path)
    workspace = Workspace.open(path)
    panyu = workspace.suppliers.id_for_name("Panyu Jinhui Jewelry Manufacturing Co., Ltd.")
    supplier = workspace.suppliers.get(panyu)
    supplier.name = INJECTION
    workspace.suppliers.update(supplier)
    yield workspace
    workspace.close()


@pytest.fixture(scope="module")
def cases(demo, tmp_path_factory):
    """Every workbook written, then recalculated by LibreOffice in one run."""
    soffice()
    folder = tmp_path_factory.mktemp("workbooks")
    costing = demo.costing
    ids = {name: sid for sid, name in demo.scenarios.names()}
    ids.update({code: demo.designs.id_for_code(code)
                for code in ("RG-027", "BR-005", "RG-021", "NK-004")})
    plans = {name: pid for pid, name in costing.plans()}
    studio, lean = ids["Small studio workshop"], ids["Lean bench (one setter)"]
    setups = {
        "fine": (costing.setup_for_plan(plans["Aurelia Fine 2027"], studio, DEMO_TODAY), None),
        "tidal": (costing.setup_for_plan(plans["Tidal 2027"], lean, DEMO_TODAY), None),
        "making": (euro_gold(costing.setup_for_design(ids["RG-027"], lean, DEMO_TODAY, 120)),
                   None),
        "mov": (costing.setup_for_design(ids["BR-005"], lean, DEMO_TODAY, 20), None),
        "two_routes": (costing.setup_for_design(ids["RG-021"], studio, DEMO_TODAY, 400), None),
        "crafted": (crafted(costing, ids), ADJUSTED),
        "worked": (worked_example(), None),
        "worked_equal": (worked_example(equal_at_255=True), None),
        "buffered": (worked_example(buffered=True), None),
        "allocated": (worked_basis(FixedCostBasis.ALLOCATED), None),
        "incremental": (worked_basis(FixedCostBasis.INCREMENTAL), None),
    }
    full = workbook_data(demo)
    out: dict[str, Case] = {}
    for name, (setup, adjustments) in setups.items():
        data = full if name in ("fine", "tidal") else NO_LISTINGS
        report = write_workbook(setup, data, folder / f"{name}.xlsx", adjustments=adjustments)
        out[name] = Case(setup, report, adjustments or Adjustments())
    # Tidal 2027 bought in 3 orders a year, at 777 pieces (not its own 1,150): whole pieces by
    # largest remainder and each order billed on its own, in the formulas
    tidal = setups["tidal"][0]
    orders = dataclasses.replace(tidal, plan=dataclasses.replace(tidal.plan, orders_per_year=3))
    report = write_workbook(orders, NO_LISTINGS, folder / "orders.xlsx", 777)
    out["orders"] = Case(orders, report, Adjustments())
    done = recalculate([c.report.path for c in out.values()], folder / "recalculated",
                       tmp_path_factory.mktemp("lo"))
    for case in out.values():
        case.recalculated = load_workbook(done[case.report.path], data_only=True)
    return out


def close(got, expected, what):
    assert isinstance(got, (int, float)), f"{what}: {got!r}"
    assert abs(got - float(expected)) < CENT, f"{what}: {got} in the workbook, {expected} by " \
                                              "the engine"


def check_costs(book, report, comparison, label):
    """Every component, total and per piece, and each break-even, as the engine has them."""
    c = report.cells
    for figure, key in zip(comparison.in_house.components, comparison.in_house.keys):
        close(value(book, c[f"in_house.{key.value}"]), figure.value, f"{label} in-house {key}")
    close(value(book, c["in_house.total"]), comparison.in_house.total.value, "in-house total")
    close(value(book, c["in_house.per_piece"]), comparison.in_house.per_piece.value,
          "in-house per piece")
    warned = str(value(book, c["in_house.capacity"]))
    assert warned.startswith("warning") == (comparison.capacity_warning is not None), (
        label, warned, comparison.capacity_warning)
    for prefix, cost, found in zip(report.routes, comparison.routes, comparison.break_evens):
        for figure, key in zip(cost.components, cost.keys):
            close(value(book, c[f"{prefix}.{key.value}"]), figure.value, f"{label} {prefix} {key}")
        close(value(book, c[f"{prefix}.total"]), cost.total.value, f"{label} {prefix} total")
        close(value(book, c[f"{prefix}.per_piece"]), cost.per_piece.value,
              f"{label} {prefix} per piece")
        got = value(book, c[f"{prefix}.break_even"])
        if found.volume is None:
            assert got == f"none up to {found.searched_to:,}", (label, prefix, got)
        else:
            assert got == found.volume, (label, prefix, got, found.volume)
        # every band, solved by segment on the Break-even sheet, in jewelbench's words
        assert value(book, c[f"{prefix}.bands"]) == found.describe(), (label, prefix)


# --- the recalculated workbooks ---------------------------------------------------------------


CASES = ("fine", "tidal", "making", "mov", "two_routes", "crafted", "worked", "worked_equal",
         "buffered", "allocated", "incremental")


@pytest.mark.integration
@pytest.mark.parametrize("name", CASES)
def test_every_cost_is_the_engines_to_the_cent(cases, name):
    case = cases[name]
    check_costs(case.recalculated, case.report, case.report.comparison, name)


def share_route_total(model, n: int, adjustments: Adjustments) -> Decimal:
    """A route's total at n with each design at its fractional share n × planned ÷ plan, one
    order a year: what the Volumes sheet draws for a plan (docs/workbook.md)."""
    from jewelbench.domain.costing_outsourced import SUMS

    sums = [D(0)] * SUMS
    for d in model.designs:
        q, r = d.quote, d.rate
        billed = max(D(n * d.volume) / model.plan_volume, D(q.moq))
        reached = [t for t in q.tiers if t.min_quantity <= billed]
        tier = reached[-1] if reached else q.tiers[0]
        goods = max(tier.unit_price * billed, q.min_order_value - d.basis_metal * billed)
        deposit = q.deposit_pct / 100
        values = (goods * r, d.metal.home * billed, d.metal.foreign * billed,
                  q.freight_per_piece * r * billed, billed, d.brand.home * billed,
                  d.brand.foreign * billed, deposit * goods * r,
                  deposit * d.metal.home * billed, deposit * d.metal.foreign * billed,
                  d.assist.home * billed, d.assist.foreign * billed)  # issue 15's assists
        sums = [a + v for a, v in zip(sums, values)]
    return sum(model.components(sums, adjustments).values(), D(0))


@pytest.mark.integration
@pytest.mark.parametrize("name", CASES)
def test_present_values_and_paybacks_are_the_engines(cases, name):
    """The Cash sheet: the engine's monthly cash (values at export), each route's present value
    at the cost of capital and its payback month against in-house by formula."""
    case = cases[name]
    book, c, comparison = case.recalculated, case.report.cells, case.report.comparison
    for flow in comparison.cash:
        close(value(book, c[f"cash.{flow.route}.present_value"]), flow.present_value.value,
              f"{name} {flow.route} present value")
    for found in comparison.paybacks:
        got = value(book, c[f"cash.{found.route}.payback"])
        assert got == (found.month if found.month is not None else "none within 36 months"), (
            name, found, got)


@pytest.mark.integration
@pytest.mark.parametrize("name", CASES)
def test_both_totals_at_every_volume_are_the_engines(cases, name):
    case = cases[name]
    setup, report = case.setup, case.report
    prepared = prepare(setup.plan, setup.scenario, setup.routes, setup.prices,
                       setup.in_house_terms, basis=setup.basis,
                       margin=setup.margin)
    rows = list(case.recalculated["Volumes"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == report.sweep_to == sweep_for(report.volume)
    volumes = np.arange(1, report.sweep_to + 1)
    assert [row[0] for row in rows] == volumes.tolist()
    # the Volumes sheet draws each design at its share n × planned ÷ plan (docs/workbook.md):
    # for one design those are its whole pieces, the engine's totals; for a plan, the
    # engine's surrogate lines (its totals in whole pieces are at most a few pieces' cost away)
    single = len(setup.plan.lines) == 1
    expected = in_house_curve(prepared.in_house, case.adjustments, volumes) if single else \
        surrogate_curves(prepared.in_house, prepared.routes[0], case.adjustments, volumes)[0]
    got = np.array([row[1] for row in rows], dtype=float)
    assert np.max(np.abs(got - expected)) < CENT
    e = prepared.in_house.error_rate_for(case.adjustments)
    starts = prepared.in_house.step_starts(e, report.sweep_to)
    assert [row[2] for row in rows] == np.searchsorted(starts, volumes, side="right").tolist()
    for model, prefix in zip(prepared.routes, report.routes):
        column = report.volume_columns[prefix] - 1
        got = np.array([row[column] for row in rows], dtype=float)
        expected = route_curve(model, case.adjustments, volumes) if single else \
            np.array([float(share_route_total(model, v, case.adjustments))
                      for v in volumes.tolist()])
        assert np.max(np.abs(got - expected)) < CENT
        flags = [row[report.flag_columns[prefix] - 1] for row in rows]
        assert set(flags) <= {0, 1}


@pytest.mark.integration
def test_whole_pieces_and_orders_are_the_engines_in_the_formulas(cases):
    case = cases["orders"]
    book, report, comparison = case.recalculated, case.report, case.report.comparison
    assert report.volume == 777 and case.setup.plan.orders_per_year == 3
    c = report.cells
    # the pieces: 777 × 250 ÷ 1,150 = 168.91…, × 600 ÷ 1,150 = 405.39…, × 300 ÷ 1,150 =
    # 202.69…: 168 + 405 + 202 = 775, the 2 left to the largest remainders (0.91, 0.69):
    # BR-002 169, PD-003 405, PD-009 203
    pieces = {code: value(book, c[f"Route1.{code}.pieces"]) for code in
              ("BR-002", "PD-003", "PD-009")}
    assert pieces == {"BR-002": 169, "PD-003": 405, "PD-009": 203}
    for figure, key in zip(comparison.in_house.components, comparison.in_house.keys):
        close(value(book, c[f"in_house.{key.value}"]), figure.value, f"in-house {key}")
    close(value(book, c["in_house.total"]), comparison.in_house.total.value, "in-house")
    for prefix, cost in zip(report.routes, comparison.routes):
        for figure, key in zip(cost.components, cost.keys):
            close(value(book, c[f"{prefix}.{key.value}"]), figure.value, f"{prefix} {key}")
        close(value(book, c[f"{prefix}.total"]), cost.total.value, f"{prefix} total")
        close(value(book, c[f"{prefix}.per_piece"]), cost.per_piece.value, prefix)
    test_each_designs_billed_pieces_and_tier_are_the_engines(cases, "orders")


@pytest.mark.integration
@pytest.mark.parametrize("name", ["fine", "tidal", "mov", "two_routes"])
def test_each_designs_billed_pieces_and_tier_are_the_engines(cases, name):
    case = cases[name]
    setup, report = case.setup, case.report
    prepared = prepare(setup.plan, setup.scenario, setup.routes, setup.prices,
                       setup.in_house_terms, basis=setup.basis,
                       margin=setup.margin)
    book = case.recalculated
    for prefix, route in zip(report.routes, setup.routes):
        for line in setup.plan.lines:
            code = line.design.code
            explained: dict[str, Decimal] = {}
            for figure in prepared.explain_design(route.name, code, report.volume,
                                                  case.adjustments):
                # with several orders a year: the larger orders' tier comes first
                explained.setdefault(figure.label, figure.value)
            cell = f"{prefix}.{code}"
            close(value(book, report.cells[f"{cell}.pieces"]), explained["Pieces of this design"],
                  f"{name} {cell} pieces")
            close(value(book, report.cells[f"{cell}.billed"]), explained["Pieces billed"],
                  f"{name} {cell} billed")
            close(value(book, report.cells[f"{cell}.tier_price"]), explained["Tier price"],
                  f"{name} {cell} tier price")


@pytest.mark.integration
def test_recovered_metal_fx_buffer_capital_and_benches_by_hand(cases):
    """The worked example with gold (125 USD/g fine) and the stones (12.50 USD) priced in USD,
    1 USD = 0.80 EUR, and the in-house defaults of issue 15 with a 3 % in-house FX buffer:
    fine metal 300 EUR × 1.03 = 309; metal 309 × (1.1 × 1.05 − 0.1 × 0.9 × 0.95) = 330.4755;
    stones 20 × 1.03 = 20.60 × 1.05 = 21.63; variable 330.4755 + 21.63 + 2.50 + 30 = 384.6055;
    a remake 384.6055 − 309 × 0.855 − 20.60 × 0.90 = 101.8705, × 20 % ÷ 80 % = 25.467625;
    a good piece, packed 384.6055 + 25.467625 + 1 = 411.073125; fixed 2,000 + 560 capital
    charge (8 % × (12,000 + 2,000) ÷ 2) + 12,000 + 36,000 = 50,560; at 1,000 pieces
    461,633.125 a year. 1,250 bench hours against 1 bench × 1,000 hours: warned."""
    case = cases["buffered"]
    book, c = case.recalculated, case.report.cells
    for key, expected in (("metal", "330475.5"), ("stones", "21630"), ("remakes", "25467.625"),
                          ("capital_charge", "560"), ("total", "461633.125")):
        close(value(book, c[f"in_house.{key}"]), D(expected), key)
    assert case.report.comparison.in_house.total.value == D("461633.125")
    assert str(value(book, c["in_house.capacity"])).startswith("warning")
    assert "1,250 bench hours" in case.report.comparison.capacity_warning
    cover = [str(v) for row in book["Cover"].iter_rows(values_only=True) for v in row if v]
    assert "warning: more bench hours than the benches give" in cover  # live, in the summary
    assert any(v.startswith("Capacity: 1,000 pieces need 1,250 bench hours") for v in cover)


@pytest.mark.integration
def test_the_worked_example_breaks_even_below_the_moq_and_exactly_at_255(cases):
    assert cases["worked"].report.comparison.break_evens[0].volume == 1
    assert cases["worked_equal"].report.comparison.break_evens[0].volume == 255
    book = cases["worked_equal"].recalculated
    assert value(book, cases["worked_equal"].report.cells["Route1.break_even"]) == 255
    row = book["Volumes"][256]  # volume 255: both totals are 177,921.50 EUR
    assert abs(row[1].value - 177921.50) < CENT and abs(row[3].value - 177921.50) < CENT
    # docs/costing.md: 551,000 EUR a year in-house and 587,344.80 for the quote at 1,000
    worked = cases["worked"]
    assert abs(value(worked.recalculated, worked.report.cells["in_house.total"]) - 551000) < CENT
    assert abs(value(worked.recalculated, worked.report.cells["Route1.total"])
               - 587344.80) < CENT
    # the capacity steps: a second jeweller from 1,537 pieces
    steps = [r[2] for r in worked.recalculated["Volumes"].iter_rows(min_row=1537, max_row=1538,
                                                                    values_only=True)]
    assert steps == [0, 1]


@pytest.mark.integration
def test_no_formula_leaves_an_error(cases):
    for name, case in cases.items():
        for sheet in case.recalculated.worksheets:
            for row in sheet.iter_rows(values_only=True):
                for cell in row:
                    assert not (isinstance(cell, str) and cell.startswith(ERRORS)), \
                        (name, sheet.title, cell)


@pytest.mark.integration
def test_the_gold_price_changed_in_the_workbook_moves_every_cost_as_the_engine(cases,
                                                                              tmp_path):
    """Issue 8, "Done when": the demo's workbook, the gold price changed, recalculated."""
    case = cases["fine"]
    setup, report = case.setup, case.report
    book = load_workbook(report.path)
    cell = defined_cell(book, "Gold_price_per_oz")
    old = D(str(cell.value))
    new = (old * D("1.2")).quantize(D("0.01"))
    cell.value = float(new)
    changed = tmp_path / "fine-gold.xlsx"
    book.save(changed)
    recalculated = load_workbook(recalculate([changed], tmp_path / "out", tmp_path)[changed],
                                 data_only=True)
    prices = setup.prices
    used = max((p for p in prices.metal_prices if p.metal == "gold" and p.price_date <= prices.on),
               key=lambda p: p.price_date)
    moved = tuple(dataclasses.replace(p, price_per_troy_oz=Money(new, p.price_per_troy_oz.currency))
                  if p == used else p for p in prices.metal_prices)
    setup = dataclasses.replace(setup, prices=dataclasses.replace(prices, metal_prices=moved))
    comparison = prepare(setup.plan, setup.scenario, setup.routes, setup.prices,
                         setup.in_house_terms, basis=setup.basis,
                         margin=setup.margin).evaluate(report.volume, sweep_to=report.sweep_to,
                                                       search_to=report.searched_to)
    assert comparison.in_house.total.value != report.comparison.in_house.total.value
    check_costs(recalculated, report, comparison, "gold +20 %")


@pytest.mark.integration
def test_text_that_looks_like_a_formula_stays_text_after_recalculation(cases):
    tidal = cases["tidal"].recalculated
    suppliers = [row[0] for row in tidal["Suppliers"].iter_rows(min_row=2, values_only=True)]
    assert INJECTION in suppliers
    cover = [c for row in tidal["Cover"].iter_rows(values_only=True) for c in row]
    assert INJECTION in cover  # the route, named after the supplier
    crafted_cover = [c for row in cases["crafted"].recalculated["Cover"].iter_rows(
        values_only=True) for c in row]
    assert LOCAL in crafted_cover and INJECTION in crafted_cover
    # nothing turned into a link or a number
    assert not any(isinstance(c, str) and c.startswith("Click") for c in cover)


# --- the file as written ----------------------------------------------------------------------


@pytest.mark.integration
def test_sheets_names_and_formats(cases):
    report = cases["fine"].report
    book = load_workbook(report.path)
    assert book.sheetnames == ["Cover", "Inputs", "Cost comparison", "Volumes", "Volume model",
                               "Break-even", "Cash", "Designs", "Bill of materials", "Suppliers",
                               "Quotes and tiers", "Development fees", "Sample rounds"]
    for name in ("Gold_price_per_oz", "Gold_price_per_g", "Silver_price_per_g", "FX_THB",
                 "FX_EUR", "Casting_loss", "Buyer_premium", "Error_rate", "Loaded_hourly_rate",
                 "Volume", "Plan_total", "Route1_duty", "Route1_fx_buffer", "Route1_rate",
                 "Equipment_cost", "Staff_salaries", "Overheads_per_month"):
        assert name in book.defined_names, name
    gold = defined_cell(book, "Gold_price_per_oz")
    assert gold.parent.title == "Inputs" and gold.number_format == "#,##0.00"  # USD beside it
    assert gold.offset(column=1).value == "USD"
    assert gold.value == pytest.approx(4182.30)
    assert defined_cell(book, "Casting_loss").number_format == "0.00%"
    assert defined_cell(book, "Casting_loss").value == pytest.approx(0.06)
    assert defined_cell(book, "Costing_date").is_date
    assert str(defined_cell(book, "Gold_price_per_g").value).startswith("=")
    assert str(book["Cost comparison"][report.cells["in_house.total"].split("!")[1]
                                       .replace("$", "")].value).startswith("=SUM(")
    quotes = book["Quotes and tiers"]
    header = [c.value for c in quotes[1]]
    price, currency = header.index("Tier 1 unit price") + 1, header.index("Currency") + 1
    for row in range(2, quotes.max_row + 1):
        code = quotes.cell(row, currency).value
        assert code and quotes.cell(row, price).number_format.startswith("#,##0"), row
        assert '"' not in quotes.cell(row, price).number_format, "the code has its column"
        assert quotes.cell(row, header.index("Quoted on") + 1).is_date
    deposit = quotes.cell(2, header.index("Deposit %") + 1)
    assert deposit.number_format == "0.00%" and 0 < deposit.value < 1
    bom = book["Bill of materials"]
    weight = [c.value for c in bom[1]].index("Weight (g)") + 1
    assert any(bom.cell(r, weight).number_format == '#,##0.00 "g"'
               for r in range(2, bom.max_row + 1) if bom.cell(r, weight).value)
    for title in ("Designs", "Bill of materials", "Suppliers", "Quotes and tiers",
                  "Development fees", "Sample rounds"):
        sheet = book[title]
        assert sheet.freeze_panes == "A2", title
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}" \
                                        f"{sheet.max_row}", title
        assert sheet.column_dimensions["A"].width >= 8
    assert book["Volumes"].freeze_panes == "B2"
    with zipfile.ZipFile(report.path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1
        xml = archive.read(charts[0]).decode()
    assert "<scatterChart>" in xml and "'Volumes'!$A$2:$A$" in xml


def test_only_what_formulas_read_is_a_yellow_input(tmp_path):
    """The prices and rates are picked for the costing date when the file is written: a
    yellow costing date would invite the accountant to change it and expect new prices."""
    report = write_workbook(worked_example(), NO_LISTINGS, tmp_path / "w.xlsx")
    book = load_workbook(report.path)
    yellow = defined_cell(book, "Gold_price_per_oz").fill.fgColor.rgb
    date = defined_cell(book, "Costing_date")
    assert date.fill.fgColor.rgb != yellow
    note = date.parent.cell(date.row, date.column + 1).value
    assert "export again" in note
    formulas = [c.value for sheet in book.worksheets if sheet.title != "Cover"
                for row in sheet.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("=")]
    assert not any("Costing_date" in text for text in formulas)


@pytest.mark.integration
def test_formula_like_text_is_written_as_text(cases):
    book = load_workbook(cases["tidal"].report.path)
    found = [c for row in book["Suppliers"].iter_rows() for c in row if c.value == INJECTION]
    assert found and all(c.data_type == "s" and c.quotePrefix for c in found)
    cover = [c for row in book["Cover"].iter_rows() for c in row if c.value == INJECTION]
    assert cover and all(c.data_type == "s" and c.quotePrefix for c in cover)  # styled too


@pytest.mark.integration
def test_the_listing_sheets_hold_every_row(demo, cases):
    book = load_workbook(cases["fine"].report.path)
    counts = demo.counts()
    assert book["Designs"].max_row - 1 == counts["designs"]
    assert book["Suppliers"].max_row - 1 == counts["suppliers"]
    assert book["Sample rounds"].max_row - 1 == counts["sample_rounds"]
    # one row per quote, its tiers as column groups (Tier 1 from, Tier 1 unit price, …)
    quotes = {q.id: demo.quotes.get(q.id) for q in demo.quotes.summaries()}
    sheet = book["Quotes and tiers"]
    assert sheet.max_row - 1 == len(quotes)
    header = [c.value for c in sheet[1]]
    most = max(len(q.tiers) for q in quotes.values())
    assert f"Tier {most} unit price" in header and f"Tier {most + 1} from" not in header
    for row in sheet.iter_rows(min_row=2, values_only=True):
        quote = quotes[row[0]]
        listed = [(row[header.index(f"Tier {k} from")],
                   row[header.index(f"Tier {k} unit price")]) for k in range(1, most + 1)]
        expected = [(t.min_quantity, pytest.approx(float(t.unit_price)))
                    for t in sorted(quote.tiers, key=lambda t: t.min_quantity)]
        assert listed == expected + [(None, None)] * (most - len(quote.tiers)), row[0]
        assert row[header.index("Tiers")] == len(quote.tiers)
    data = workbook_data(demo)
    assert [t.name for t in data.tables] == list(LISTED_TABLES)


@pytest.mark.integration
def test_the_file_is_readable_like_any_new_file(cases):
    mode = stat.S_IMODE(cases["fine"].report.path.stat().st_mode)
    mask = os.umask(0o022)
    os.umask(mask)
    assert mode == 0o666 & ~mask


# --- refusals: nothing half-written ---------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".partial" in p.name)


def test_a_missing_folder_a_folder_and_a_wrong_name_are_refused(tmp_path):
    setup = worked_example()
    with pytest.raises(ExportError, match="does not exist"):
        write_workbook(setup, NO_LISTINGS, tmp_path / "nowhere" / "costs.xlsx")
    (tmp_path / "costs.xlsx").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        write_workbook(setup, NO_LISTINGS, tmp_path / "costs.xlsx")
    with pytest.raises(ExportError, match=r"\.xlsx"):
        write_workbook(setup, NO_LISTINGS, tmp_path / "costs.csv")
    assert _leftovers(tmp_path) == []


def test_a_read_only_target_is_left_as_it_was_even_for_root(tmp_path):
    target = tmp_path / "costs.xlsx"
    target.write_bytes(b"the accountant's own file")
    target.chmod(0o444)
    with pytest.raises(ExportError, match="cannot be written.*read-only"):
        write_workbook(worked_example(), NO_LISTINGS, target)
    assert target.read_bytes() == b"the accountant's own file"
    assert _leftovers(tmp_path) == []


def test_a_target_open_in_another_program_is_refused(tmp_path, monkeypatch):
    """Excel on Windows holds the file it has open: opening it to write is refused."""
    target = tmp_path / "costs.xlsx"
    target.write_bytes(b"open in Excel")
    real_open = Path.open

    def locked(self, mode="r", *args, **kwargs):
        if self == target and mode != "r" and "r" not in mode:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked)
    with pytest.raises(ExportError, match="open in another program"):
        write_workbook(worked_example(), NO_LISTINGS, target)
    assert target.read_bytes() == b"open in Excel"
    assert _leftovers(tmp_path) == []


def test_a_target_open_in_libreoffice_is_refused(tmp_path):
    """LibreOffice keeps no lock on the file it has open, only a lock file beside it: the
    export replaced under it would be overwritten by its next save."""
    target = tmp_path / "costs.xlsx"
    target.write_bytes(b"open in LibreOffice")
    (tmp_path / ".~lock.costs.xlsx#").write_text("accountant,pc,...", encoding="utf-8")
    with pytest.raises(ExportError, match="costs.xlsx is open in LibreOffice.*close it"):
        write_workbook(worked_example(), NO_LISTINGS, target)
    assert target.read_bytes() == b"open in LibreOffice"
    assert _leftovers(tmp_path) == []


def test_a_failed_rename_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "costs.xlsx"

    def refused(source, destination):
        raise PermissionError(13, "Permission denied", str(destination))

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(ExportError, match="cannot be written"):
        write_workbook(worked_example(), NO_LISTINGS, target)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_while_saving_leaves_nothing_behind(tmp_path, monkeypatch):
    from openpyxl.writer.excel import ExcelWriter

    target = tmp_path / "costs.xlsx"
    target.write_bytes(b"before")

    def broken(self):
        self._archive.writestr("half.xml", b"half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ExcelWriter, "write_data", broken)
    with pytest.raises(ExportError, match="disk is full"):
        write_workbook(worked_example(), NO_LISTINGS, target)
    assert target.read_bytes() == b"before"
    assert _leftovers(tmp_path) == []


def test_cancelling_writes_nothing(tmp_path):
    target = tmp_path / "costs.xlsx"
    seen = []

    def progress(done, total, what):
        seen.append(what)
        return done < 2

    with pytest.raises(ExportCancelled):
        write_workbook(worked_example(), NO_LISTINGS, target, progress=progress)
    assert not target.exists() and _leftovers(tmp_path) == []
    assert seen[:2] == ["Inputs", "Cost comparison"]


def test_a_missing_price_is_refused_with_its_name(tmp_path):
    setup = worked_example()
    setup = dataclasses.replace(setup, prices=dataclasses.replace(setup.prices, fx_rates=()))
    with pytest.raises(ExportError, match="no USD→EUR FX rate on or before 2026-11-02"):
        write_workbook(setup, NO_LISTINGS, tmp_path / "costs.xlsx")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.integration
def test_a_foreign_metal_price_and_an_inverted_rate_are_converted_in_the_formulas(cases):
    making = load_workbook(cases["making"].report.path)
    assert "FX_EUR" in defined_cell(making, "Gold_price_per_g").value
    price = defined_cell(making, "Gold_price_per_oz")
    row = [cell.value for cell in price.parent[price.row]]
    assert "EUR" in row, "the price's currency is said beside it (its own Currency column)"
    crafted_book = load_workbook(cases["crafted"].report.path)
    assert defined_cell(crafted_book, "FX_CNY").value.startswith("=1/")
    assert defined_cell(crafted_book, "FX_CNY_as_stored").value == pytest.approx(7.05)
    assert defined_cell(crafted_book, "FX_change").value == pytest.approx(-0.07)
    assert defined_cell(crafted_book, "Equipment_up_front").value is True


def test_a_workspace_name_like_a_formula_on_the_cover_keeps_its_quote_prefix(tmp_path):
    # B5, the workspace's name, is a styled ("strong") cell: its style used to replace the
    # quote prefix set_text gives formula-like text
    target = tmp_path / "costs.xlsx"
    write_workbook(worked_example(), WorkbookData(INJECTION, (), "studio.jewelbench"), target)
    cover = load_workbook(target)["Cover"]
    assert cover["A5"].value == "Workspace"
    b5 = cover["B5"]
    assert (b5.value, b5.data_type, b5.quotePrefix, b5.font.b) == (
        f"{INJECTION} (studio.jewelbench)", "s", True, True)


# --- fixed-cost basis and margin (docs/costing.md, "Fixed-cost basis", "Margin") -------------


@pytest.mark.integration
@pytest.mark.parametrize("name", CASES)
def test_every_margin_and_loss_flag_is_the_engines(cases, name):
    case = cases[name]
    book, report, c = case.recalculated, case.report, case.report.cells
    keys = {IN_HOUSE: "in_house", **{n: p for p, n in report.routes.items()}}
    assert report.comparison.margins
    for m in report.comparison.margins:
        key = f"margin.{m.design}.{keys[m.route]}"
        close(value(book, c[f"{key}.cost"]), m.cost_per_piece, f"{name} {key} cost")
        flag = value(book, c[f"{key}.flag"])
        assert (flag == "LOSES MONEY") == m.loses_money, (name, key, flag)


@pytest.mark.integration
@pytest.mark.parametrize(("name", "total", "fixed"), [
    # by hand (tests/domain/test_costing_fixed_basis.py): allocated 40 % of the casting kit 2,000 +
    # the ring press 1,000, of rent 12,000 and staff 72,000 → 1,800 + 4,800 + 28,800;
    # 501,000 variable → 536,400. Incremental: the press only, 501,000 + 1,000 = 502,000
    ("allocated", "536400", ("1800", "4800", "28800")),
    ("incremental", "502000", ("1000", "0", "0")),
])
def test_the_basis_by_hand_in_the_workbook(cases, name, total, fixed):
    book, c = cases[name].recalculated, cases[name].report.cells
    close(value(book, c["in_house.total"]), D(total), f"{name} total")
    for key, expected in zip(("depreciation", "overheads", "staff"), fixed):
        close(value(book, c[f"in_house.{key}"]), D(expected), f"{name} {key}")
    # retail 1,200 × 0.5 = 600 wholesale; allocated 536.40 a piece: margin 63.60, no loss
    cost = value(book, c["margin.RG-100.in_house.cost"])
    close(cost, D(total) / 1000, f"{name} cost per piece")
    assert value(book, c["margin.RG-100.in_house.flag"]) in ("", None)
