"""Fixed-cost basis and margin, computed by hand (docs/costing.md, "Fixed-cost basis" and
"Margin"): the worked example's ring RG-100 in a workshop that also makes RG-200.

The workshop (EUR): a casting kit 12,000, 5 years, salvage 2,000 (2,000 a year, shared) and a
ring press 3,000, 3 years, no salvage (1,000 a year, marked as needed for RG-100); rent 1,000 a
month; two jewellers at 3,000 a month, 160 hours each (3,840 bench hours a year). Labour:
casting 20 + finishing 40 = 60 minutes for every design, RG-200's own finishing 70 minutes
(so 90 minutes). Error rate 20 %: a piece needs minutes ÷ 60 ÷ 0.8 bench hours.

RG-100's variable cost a piece is the worked example's: metal 346.50 + stones 21 + consumables
2.50 + labour 30 + remakes 100 + packaging 1 = 501.00 EUR.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from test_costing_cases import design, old_terms, prices, quote, scenario
from test_costing_worked_example import worked_example

from jewelbench.domain.costing import IN_HOUSE
from jewelbench.domain.costing import prepare as engine_prepare
from jewelbench.domain.costing_basis import BasisTerms, FixedCostBasis, check_basis
from jewelbench.domain.costing_figures import Component
from jewelbench.domain.costing_inputs import (
    Adjustments,
    CollectionPlan,
    LandedCostTerms,
    OutsourcedRoute,
    PlannedDesign,
)
from jewelbench.domain.costing_margin import MarginTerms, check_wholesale_factor
from jewelbench.domain.money import Money
from jewelbench.domain.quotes import Incoterm, QuoteFee
from jewelbench.domain.scenarios import Equipment, LabourOperation, Overhead, StaffRole
from jewelbench.domain.validation import DomainError

D = Decimal
POOL = (("RG-100", 1000), ("RG-200", 1000))  # a plan "AW27": 1,000 pieces of each


def prepare(plan, scenario, routes, prices, **given):
    """prepare() with the in-house options of the hand cases (docs/costing.md's worked example):
    nothing of the casting loss recovered, no cost of capital, no in-house FX buffer."""
    return engine_prepare(plan, scenario, routes, prices, old_terms(), **given)


def workshop():
    return scenario(
        equipment=[Equipment("Casting kit", D(12000), 5, D(2000)),
                   Equipment("Ring press", D(3000), 3, D(0), "RG-100")],
        overheads=[Overhead("Rent", D(1000))],
        staff=[StaffRole("Jeweller", D(3000), 2, D(160))],
        labour=[LabourOperation("Casting", D(20)), LabourOperation("Finishing", D(40)),
                LabourOperation("Finishing", D(70), "RG-200")],
        loaded_hourly_rate=D(30), casting_loss_pct=D(10), buyer_premium_pct=D(5),
        stone_breakage_pct=D(5), consumables_per_piece=D("2.50"), error_rate_pct=D(20))


def ring(**prices_given: Money):
    made = design("RG-100", gold_g="4", stones=2, stone_cost="10", packaging="1")
    for name, price in prices_given.items():
        setattr(made, name, price)
    return made


def compared(basis: FixedCostBasis, volume: int = 1000, pool=POOL, **given: Money):
    offer = quote((100, "795.00"), (500, "733.75"), (1000, "672.50"), currency="USD",
                  incoterm=Incoterm.CIF, freight_per_shipment=D(200), deposit_pct=D(30),
                  production_lead_time_days=30,
                  fees=[QuoteFee("mould", D(500)), QuoteFee("sample", D(250), True)])
    terms = LandedCostTerms(fee_life_years=1, assists_in_customs_value=False,  # issue 15 pins
                            duty_pct=D(4), fx_buffer_pct=D("2.5"), freight_per_shipment=D(300),
                            shipments_per_year=2, inspection_per_piece=D(1),
                            defect_allowance_pct=D(2))
    plan = CollectionPlan.of_design(ring(**given), volume)
    route = OutsourcedRoute.single("Supplier", "RG-100", offer, terms)
    return prepare(plan, workshop(), [route], prices(),
                   basis=BasisTerms(basis, pool, "plan 'AW27'"))


def fixed(prepared, volume=1000):
    cost = prepared.cost(IN_HOUSE, volume, Adjustments())
    return {c: cost.component(c).value for c in (Component.DEPRECIATION, Component.OVERHEADS,
                                                  Component.STAFF, Component.ADDED_STAFF)}


def test_stand_alone_carries_the_whole_workshop():
    # equipment 2,000 + 1,000; rent 12 × 1,000; staff 12 × 2 × 3,000; 1,250 hours of 3,840:
    # no one added. 501,000 + 3,000 + 12,000 + 72,000 = 588,000 (588.00 a piece)
    prepared = compared(FixedCostBasis.STAND_ALONE)
    assert fixed(prepared) == {Component.DEPRECIATION: D(3000), Component.OVERHEADS: D(12000),
                               Component.STAFF: D(72000), Component.ADDED_STAFF: D(0)}
    assert prepared.total_at(IN_HOUSE, 1000).value == D(588000)


def test_allocated_share_by_bench_minutes_of_the_plan():
    # bench minutes a year: RG-100 1,000 × 60 = 60,000; RG-200 1,000 × 90 = 90,000;
    # share = 60,000 ÷ 150,000 = 40 %.
    # equipment: casting kit 2,000 × 40 % = 800, ring press (RG-100's own) 1,000 → 1,800
    # rent 12,000 × 40 % = 4,800; staff 72,000 × 40 % = 28,800
    # capacity 3,840 × 40 % = 1,536 hours ≥ 1,250 needed: no one added
    # 501,000 + 1,800 + 4,800 + 28,800 = 536,400 (536.40 a piece)
    prepared = compared(FixedCostBasis.ALLOCATED)
    assert fixed(prepared) == {Component.DEPRECIATION: D(1800), Component.OVERHEADS: D(4800),
                               Component.STAFF: D(28800), Component.ADDED_STAFF: D(0)}
    assert prepared.total_at(IN_HOUSE, 1000).value == D(536400)
    # the share is the plan's, whatever volume is asked: at 500 pieces the same 35,400 fixed,
    # 500 × 501 = 250,500 variable → 285,900
    assert prepared.total_at(IN_HOUSE, 500).value == D(285900)
    # 1,536 hours last 1,536 ÷ 1.25 = 1,228.8 pieces: the 1,229th adds 40 % of a jeweller
    # (40 % × 160 = 64 hours a month, 768 a year; 40 % × 3,000 = 1,200 a month, 14,400 a
    # year); the next from (1,536 + 768) ÷ 1.25 = 1,843.2, the 1,844th
    assert prepared.in_house.step_starts(D(20), 2000) == [1229, 1844]
    assert fixed(prepared, 1500)[Component.ADDED_STAFF] == D(14400)
    assert fixed(prepared, 1844)[Component.ADDED_STAFF] == D(28800)
    rent = prepared.cost(IN_HOUSE, 1000, Adjustments()).component(Component.OVERHEADS)
    assert rent.formula == ("12 × 400.00 EUR a month (allocated basis: 40 % of the workshop's "
                            "overheads)")  # 1,000 × 40 % a month: the figure says its basis
    result = prepared.evaluate(1000, sweep_to=1000)
    assert result.basis_note == (
        "Fixed costs on the allocated basis: RG-100 carries 40 % of the workshop's equipment, "
        "overheads, salaried staff and capacity (by bench minutes: 60,000 of 150,000 minutes "
        "a year in plan 'AW27'); equipment marked for it in full (Ring press).")


def test_allocated_cash_buys_the_share_of_shared_equipment():
    # month 0: casting kit 12,000 × 40 % + ring press 3,000 = 7,800; the press is replaced in
    # month 36: 3,000 − 0
    cash = compared(FixedCostBasis.ALLOCATED).evaluate(1000, sweep_to=1000).cash[0]
    assert cash.monthly[0] == D(7800)
    assert cash.monthly[36] - cash.monthly[35] == D(3000)


def test_incremental_only_what_the_design_adds():
    # RG-200 uses 90,000 minutes ÷ 60 ÷ 0.8 = 1,875 hours of 3,840: 1,965 left free.
    # RG-100 at 1,000 needs 1,250: no one added. Only the ring press (1,000 a year):
    # 501,000 + 1,000 = 502,000 (502.00 a piece)
    prepared = compared(FixedCostBasis.INCREMENTAL)
    assert fixed(prepared) == {Component.DEPRECIATION: D(1000), Component.OVERHEADS: D(0),
                               Component.STAFF: D(0), Component.ADDED_STAFF: D(0)}
    assert prepared.total_at(IN_HOUSE, 1000).value == D(502000)
    # 1,965 free hours ÷ 1.25 = 1,572 pieces; the 1,573rd needs a jeweller: at 2,000,
    # 2,000 × 501 + 1,000 + 36,000 = 1,039,000
    assert prepared.in_house.step_starts(D(20), 2000) == [1573]
    assert prepared.total_at(IN_HOUSE, 2000).value == D(1039000)
    note = prepared.evaluate(1000, sweep_to=1000).basis_note
    assert note == (
        "Fixed costs on the incremental basis: the workshop exists, so RG-100 carries only "
        "what it adds: equipment marked as needed for it (Ring press); no overheads or "
        "salaries; staff added only for bench hours beyond the 1,965.0 hours a year the other "
        "designs leave free (they use 1,875.0).")


def test_incremental_when_the_others_already_fill_the_workshop():
    # RG-200 at 2,400: 2,400 × 90 ÷ 60 ÷ 0.8 = 4,500 hours against 3,840 → one jeweller
    # added for it (1,920 hours),
    # leaving 3,840 + 1,920 − 4,500 = 1,260 free; RG-100 at 1,000 needs 1,250: no one more.
    # at 1,009 pieces (1,261.25 hours) one more: 1,008 × 1.25 = 1,260 is the last that fits
    prepared = compared(FixedCostBasis.INCREMENTAL, pool=(("RG-100", 1000), ("RG-200", 2400)))
    assert prepared.total_at(IN_HOUSE, 1000).value == D(502000)
    assert prepared.in_house.step_starts(D(20), 1100) == [1009]


def test_a_plan_carries_its_own_total_and_the_old_figures_are_the_stand_alone_ones():
    old = worked_example()  # no basis given: stand-alone, every old figure as it was
    assert old.total_at(IN_HOUSE, 1000).value == D(551000)
    assert old.evaluate(1000, sweep_to=1000).basis_note.startswith(
        "Fixed costs on the stand-alone basis: a workshop for RG-100 alone")
    two = CollectionPlan("AW27", (PlannedDesign(ring(), 1000),
                                  PlannedDesign(design("RG-200"), 1000)))
    plan = prepare(two, workshop(), [], prices(),
                   basis=BasisTerms(FixedCostBasis.INCREMENTAL, POOL))
    assert plan.in_house.salaries_month == D(6000)  # the basis given is not used
    assert plan.evaluate(sweep_to=2000).basis_note == (
        "Fixed costs: the plan carries the whole workshop (equipment, overheads and salaried "
        "staff).")


def test_allocated_by_pieces_when_no_design_has_bench_minutes():
    # no labour: 300 of 300 + 600 pieces → a third of the rent, 12,000 ÷ 3 = 4,000
    bench = scenario(overheads=[Overhead("Rent", D(1000))])
    plan = CollectionPlan.of_design(design("RG-1"), 300)
    prepared = prepare(plan, bench, [], prices(), basis=BasisTerms(
        FixedCostBasis.ALLOCATED, (("RG-1", 300), ("RG-2", 600)), "the 2 active designs"))
    assert prepared.total_at(IN_HOUSE, 300).value == D(4000)
    assert "by pieces" in prepared.evaluate(300, sweep_to=300).basis_note


def test_margin_against_retail_times_the_wholesale_factor():
    # retail 1,200 EUR × 0.5 = 600 wholesale. Allocated in-house 536.40: margin 63.60,
    # 63.60 ÷ 600 = 10.6 %, markup 63.60 ÷ 536.40 = 11.8568… % → 11.86 %.
    # The quote 587.3448: margin 12.6552 → 12.66, 2.1092 % → 2.11 %
    result = compared(FixedCostBasis.ALLOCATED,
                      target_retail_price=Money(D(1200), "EUR")).evaluate(1000, sweep_to=1000)
    inh, sup = result.margins
    assert (inh.route, inh.wholesale, inh.margin) == (IN_HOUSE, D(600), D("63.60"))
    assert inh.margin_pct == D("10.6")
    assert round(inh.markup_pct, 2) == D("11.86")
    assert (sup.route, round(sup.margin, 2), round(sup.margin_pct, 2)) == (
        "Supplier", D("12.66"), D("2.11"))
    assert inh.wholesale_from == "retail × 0.5"
    assert result.losses == ()
    assert inh.line() == ("RG-100 · In-house: 536.40 EUR a piece; wholesale 600.00 EUR (retail "
                          "× 0.5), margin 63.60 EUR (10.6 %), markup 11.86 %; retail "
                          "1,200.00 EUR")


def test_a_design_that_loses_money_is_flagged():
    # its own wholesale 550 EUR: stand-alone in-house 588.00 and the quote 587.34 both above
    result = compared(FixedCostBasis.STAND_ALONE, target_retail_price=Money(D(1200), "EUR"),
                      wholesale_price=Money(D(550), "EUR")).evaluate(1000, sweep_to=1000)
    assert [m.loses_money for m in result.margins] == [True, True]
    assert result.losses == (
        "⚠ RG-100 loses money at 1,000 pieces by every route: cost per piece above its "
        "wholesale price of 550.00 EUR (In-house 588.00 EUR; Supplier 587.34 EUR).",)
    # allocated, in-house (536.40) makes money and only the quote loses
    allocated = compared(FixedCostBasis.ALLOCATED, wholesale_price=Money(D(550), "EUR"))
    assert "by some routes" in allocated.evaluate(1000, sweep_to=1000).losses[0]


def test_a_plan_shares_each_route_by_the_value_of_the_materials():
    # RG-1: 2 stones × 10 = 20 EUR, 100 pieces → 2,000; RG-2: 1 stone, 200 pieces → 2,000:
    # half each. In-house: 100 × 20 + 200 × 10 + rent 12 × 100 = 5,200:
    # RG-1 5,200 × ½ ÷ 100 = 26.00 a piece, retail 60 → wholesale 30, margin 4, 13.33 %,
    # markup 15.38 %; RG-2 5,200 × ½ ÷ 200 = 13.00 against retail 20 × 0.5 = 10: loses money
    one = design("RG-1", stones=2)
    one.target_retail_price = Money(D(60), "EUR")
    two = design("RG-2", stones=1)
    two.target_retail_price = Money(D(20), "EUR")
    plan = CollectionPlan("AW27", (PlannedDesign(one, 100), PlannedDesign(two, 200)))
    result = prepare(plan, scenario(overheads=[Overhead("Rent", D(100))]), [],
                     prices()).evaluate(sweep_to=300)
    first, second = result.margins
    assert (first.cost_per_piece, first.margin, round(first.margin_pct, 2),
            round(first.markup_pct, 2)) == (D(26), D(4), D("13.33"), D("15.38"))
    assert (second.cost_per_piece, second.wholesale, second.loses_money) == (
        D(13), D(10), True)
    assert result.losses == (
        "⚠ RG-2 loses money at 300 pieces by every route: cost per piece above its wholesale "
        "price of 10.00 EUR (In-house 13.00 EUR).",)


def test_prices_in_another_currency_and_none_at_all():
    # retail 1,000 USD at 0.80 = 800 EUR; × 0.4 = 320 wholesale
    result = prepare(CollectionPlan.of_design(design("RG-1", stones=1), 10), scenario(), [],
                     prices(), margin=MarginTerms(D("0.4"))).evaluate(sweep_to=10)
    assert result.margins[0].wholesale is None
    assert "no wholesale price" in result.margins[0].line()
    ring_usd = design("RG-1", stones=1)
    ring_usd.target_retail_price = Money(D(1000), "USD")
    result = prepare(CollectionPlan.of_design(ring_usd, 10), scenario(), [], prices(),
                     margin=MarginTerms(D("0.4"))).evaluate(sweep_to=10)
    assert (result.margins[0].retail, result.margins[0].wholesale) == (D(800), D(320))


@pytest.mark.parametrize("factor, reason", [
    ("0", "must be above 0 and at most 1"), ("-0.5", "must be above 0 and at most 1"),
    ("1.2", "must be above 0 and at most 1"), ("half", "Wholesale factor")])
def test_a_wholesale_factor_out_of_range_is_refused(factor, reason):
    with pytest.raises(DomainError, match=reason):
        check_wholesale_factor(factor)
    assert check_wholesale_factor("1") == D(1)


def test_a_negative_wholesale_price_is_refused():
    with pytest.raises(DomainError, match="Wholesale price cannot be negative"):
        design("RG-1").__class__("RG-1", "Ring", "ring", wholesale_price=Money(D(-1), "EUR"))


def test_basis_names():
    assert check_basis("Stand-alone") is FixedCostBasis.STAND_ALONE
    assert check_basis("standalone") is FixedCostBasis.STAND_ALONE
    with pytest.raises(DomainError, match="choose allocated, incremental or stand-alone"):
        check_basis("plan")
