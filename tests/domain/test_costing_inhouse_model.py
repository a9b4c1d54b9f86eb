"""Issue 15, items 5, 6, 7 and 9 on cases computed by hand (docs/costing.md, "Recovered metal",
"FX risk on in-house inputs", "Cost of capital", "Bench capacity" and the worked example's
"### In-house with recovered metal and the cost of capital"): each test writes its hand
calculation. Prices as in test_costing_cases: gold 100 EUR a fine gram, 1 USD = 0.80 EUR."""

from __future__ import annotations

from decimal import Decimal

import pytest
from test_costing_cases import GOLD, USD, compare, design, old_terms, prices, quote, scenario
from test_costing_worked_example import worked_example

from jewelbench.domain.costing import IN_HOUSE, prepare
from jewelbench.domain.costing_analysis import Payback
from jewelbench.domain.costing_figures import Component
from jewelbench.domain.costing_inputs import (
    Adjustments,
    CapexView,
    CollectionPlan,
    InHouseTerms,
    LandedCostTerms,
)
from jewelbench.domain.designs import Category, Design, MetalLine, StoneLine
from jewelbench.domain.money import Money
from jewelbench.domain.prices import MetalPrice
from jewelbench.domain.quotes import Incoterm, QuoteFee
from jewelbench.domain.scenarios import Equipment, LabourOperation, Overhead
from jewelbench.domain.validation import DomainError

D = Decimal
NEW = InHouseTerms()  # the new defaults: 90 % recoverable, 5 % refining, 8 % capital, 0 % buffer


def test_the_new_defaults():
    assert (NEW.recoverable_pct, NEW.refining_pct, NEW.capital_rate_pct, NEW.fx_buffer_pct,
            NEW.bench_hours_year, NEW.benches) == (D(90), D(5), D(8), D(0), D(1600), 0)


def with_new_defaults():
    """docs/costing.md's worked example (the ring RG-100 and its bench), with InHouseTerms()."""
    old = worked_example()
    return prepare(old.plan, old.scenario, [], old.context, NEW)


def test_remakes_with_recovered_metal_per_piece():
    cost = with_new_defaults().cost(IN_HOUSE, 1000, Adjustments())
    # k = 90 % × (1 − 5 %) = 0.855 of a gram's value comes back from the refiner
    # metal  = 3 g × 100 × ((1 + 10 %) × (1 + 5 %) − 10 % × 0.855) = 300 × 1.0695 = 320.85
    # stones = 2 × 10 × (1 + 5 %) = 21; consumables 2.50; labour 60 min ÷ 60 × 30 = 30
    # a remake = 30 + 2.50 + (320.85 − 300 × 0.855) + 2 × 10 × (1 − 90 % + 5 %)
    #          = 30 + 2.50 + 64.35 + 3.00 = 99.85; per good piece × 20 % ÷ 80 % = 24.9625
    per_piece = {Component.METAL: "320.85", Component.STONES: "21",
                 Component.CONSUMABLES: "2.50", Component.LABOUR: "30",
                 Component.REMAKES: "24.9625", Component.PACKAGING: "1"}
    for component, value in per_piece.items():
        assert cost.component(component).value == D(value) * 1000, component


def test_capital_charge_and_total_in_the_yearly_view():
    cost = with_new_defaults().cost(IN_HOUSE, 1000, Adjustments())
    # capital charge = 8 % × (12,000 + 2,000) ÷ 2 = 8 % × 7,000 = 560 a year
    assert cost.component(Component.CAPITAL_CHARGE).value == D(560)
    assert cost.component(Component.DEPRECIATION).value == D(2000)
    # fixed 2,000 + 560 + 12,000 + 36,000 = 50,560;
    # a good piece, packed: 320.85 + 21 + 2.50 + 30 + 24.9625 + 1 = 400.3125
    # at 1,000 pieces: 50,560 + 400,312.50 = 450,872.50, 450.87 a piece
    assert cost.total.value == D("450872.50")
    assert cost.per_piece.value == D("450.8725")
    assert "8 % cost of capital" in cost.component(Component.CAPITAL_CHARGE).formula


def test_no_capital_charge_in_the_up_front_view():
    old = worked_example()
    prepared = prepare(old.plan, old.scenario, [], old.context,
                       InHouseTerms(capex_view=CapexView.UP_FRONT))
    cost = prepared.cost(IN_HOUSE, 1000, Adjustments())
    # the whole 12,000 is charged in the year: no capital charge on top
    assert cost.component(Component.DEPRECIATION).value == D(12000)
    assert cost.component(Component.CAPITAL_CHARGE).value == D(0)


def test_recovery_without_refining_and_nothing_recovered():
    ring = design("RG-1", gold_g="4")  # 3 g fine = 300 EUR a piece
    bench = scenario(casting_loss_pct=D(10), error_rate_pct=D(50))
    # r = 100 %, refining 0 %: k = 1; metal = 300 × (1.1 − 0.1) = 300;
    # a remake = 300 − 300 = 0 (all of the failed piece comes back)
    full = compare(ring, 10, in_house=bench,
                   in_house_terms=old_terms(recoverable_pct=D(100), refining_pct=D(0)))
    assert full.cost(IN_HOUSE, 10, Adjustments()).component(Component.METAL).value == D(3000)
    assert full.cost(IN_HOUSE, 10, Adjustments()).component(Component.REMAKES).value == D(0)
    # r = 0 %: the old rule; metal 300 × 1.1 = 330, remakes 330 × 50 % ÷ 50 % = 330 a piece
    none = compare(ring, 10, in_house=bench, in_house_terms=old_terms())
    assert none.cost(IN_HOUSE, 10, Adjustments()).component(Component.METAL).value == D(3300)
    assert none.cost(IN_HOUSE, 10, Adjustments()).component(Component.REMAKES).value == D(3300)


def usd_gold_ring() -> Design:
    """3 g fine gold; two stones at 12.50 USD (20 EUR)."""
    return Design("RG-9", "Ring RG-9", Category.RING, metals=[MetalLine("AU750Y", D(4))],
                  stones=[StoneLine("sapphire", "round", 2, Money(D("12.50"), "USD"))])


def test_fx_buffer_on_foreign_priced_in_house_inputs():
    gold_usd = MetalPrice("gold", GOLD.price_date, Money(D("3887.9346"), "USD"))  # 125 USD/g
    plan = CollectionPlan.of_design(usd_gold_ring(), 100)
    bench = scenario(currency="USD", overheads=[Overhead("Rent", D(1000))],
                     consumables_per_piece=D(5))
    terms = old_terms(fx_buffer_pct=D(5))
    prepared = prepare(plan, bench, [], prices(metals=(gold_usd,), rates=(USD,)), terms)
    cost = prepared.cost(IN_HOUSE, 100, Adjustments())
    # metal: 3 g × 125 USD × 0.80 = 300 EUR × (1 + 5 %) = 315 a piece, 31,500 a year
    assert cost.component(Component.METAL).value == D(31500)
    # stones: 2 × 12.50 USD × 0.80 = 20 EUR × 1.05 = 21 a piece, 2,100 a year
    assert cost.component(Component.STONES).value == D(2100)
    # a scenario kept in USD: consumables 5 USD × 0.80 × 1.05 = 4.20 a piece, 420 a year;
    # rent 12 × 1,000 USD × 0.80 × 1.05 = 10,080
    assert cost.component(Component.CONSUMABLES).value == D(420)
    assert cost.component(Component.OVERHEADS).value == D(10080)
    assert "5 % FX buffer" in cost.component(Component.METAL).formula
    # the same in EUR with no buffer: 300, 20, 4 and 9,600
    plain = prepare(plan, bench, [], prices(metals=(gold_usd,), rates=(USD,)), old_terms())
    assert plain.cost(IN_HOUSE, 100, Adjustments()).total.value == D(30000 + 2000 + 400 + 9600)


def test_fx_buffer_leaves_home_priced_inputs_alone():
    ring = design("RG-1", gold_g="4", stones=2, packaging="1")  # all priced in EUR
    bench = scenario(overheads=[Overhead("Rent", D(1000))])
    plain = compare(ring, 10, in_house=bench)
    buffered = compare(ring, 10, in_house=bench, in_house_terms=old_terms(fx_buffer_pct=D(10)))
    # 10 × (300 + 20 + 1) + 12,000 = 15,210 either way
    assert plain.total_at(IN_HOUSE, 10).value == buffered.total_at(IN_HOUSE, 10).value == D(15210)


def test_cash_present_value_and_payback():
    result = _worked_with(NEW).evaluate(1000, sweep_to=1000)
    in_house, route = result.cash
    # in-house: 12,000 at month 0, then (450,872.50 − 2,000 − 560 capital charge) ÷ 12 =
    # 37,359.375 a month (the capital charge is no cash)
    assert in_house.monthly[0] == D(12000)
    assert in_house.monthly[1] == D("37359.375")
    assert in_house.cumulative[36] == D("1356937.50")
    # the quote's cash is as in the worked example: 1,761,214.40 by month 36
    assert route.cumulative[36] == D("1761214.40")
    # present value at 8 % a year, 8 % ÷ 12 a month: 1 ÷ (151/150)^t;
    # in-house: 12,000 + 37,359.375 × (1 − (150/151)^36) ÷ (0.08 ÷ 12)
    #   the annuity factor (1 − 0.787255…) ÷ 0.0066… = 31.911806 → 1,204,205.11
    assert round(in_house.present_value.value, 2) == D("1204205.11")
    # the quote: 615 + 165,230 × 150/151 + 210,749.90 × ((150/151)^2 + (150/151)^8 + …)
    #   + 165,435 × ((150/151)^13 + (150/151)^25) = 1,588,667.04
    assert round(route.present_value.value, 2) == D("1588667.04")
    # cumulative cash: the quote's 615 at month 0 is below in-house's 12,000; from month 1
    # (165,845 against 49,359.375) in-house stays below to month 36: payback month 1
    assert result.paybacks == (Payback("Supplier", IN_HOUSE, 1, 36),)
    assert result.paybacks[0].describe() == (
        "Against Supplier: in-house pays back in month 1 (its cumulative cash stays below "
        "Supplier's from then to month 36)")


def _worked_with(terms: InHouseTerms):
    """The worked example with its quote, and these in-house options."""
    ring = design("RG-100", gold_g="4", stones=2, stone_cost="10", packaging="1")
    old = worked_example()
    offer = quote((100, "795.00"), (500, "733.75"), (1000, "672.50"), currency="USD",
                  incoterm=Incoterm.CIF, freight_per_shipment=D(200), deposit_pct=D(30),
                  production_lead_time_days=30,
                  fees=[QuoteFee("mould", D(500)), QuoteFee("sample", D(250), True)])
    route_terms = LandedCostTerms(fee_life_years=1, assists_in_customs_value=False,  # issue 15
                                  duty_pct=D(4), fx_buffer_pct=D("2.5"),
                                  freight_per_shipment=D(300), shipments_per_year=2,
                                  inspection_per_piece=D(1), defect_allowance_pct=D(2))
    return compare(ring, 1000, in_house=old.scenario, quotes={"Supplier": offer},
                   terms=route_terms, in_house_terms=terms)


def test_present_value_at_no_cost_of_capital_is_the_cash():
    in_house, route = _worked_with(old_terms()).evaluate(1000, sweep_to=1000).cash
    assert in_house.present_value.value == in_house.cumulative[36] == D(1659000)
    assert route.present_value.value == route.cumulative[36]


def test_payback_when_the_route_stays_cheaper_and_when_equal():
    # a quote at 1 EUR a piece and no fees against a bench with a 1,000 EUR machine: the
    # quote is cheaper from month 0 and in-house never pays back
    ring = design("RG-1")
    bench = scenario(equipment=[Equipment("Kit", D(1000), 5)])
    result = compare(ring, 12, in_house=bench, quotes={"Cheap": quote((1, "1"))}).evaluate(
        12, sweep_to=12)
    assert result.paybacks == (Payback("Cheap", "Cheap", 0, 36),)
    assert "in-house does not pay back within 36 months" in result.paybacks[0].describe()
    # nothing costs anything on either side: equal at month 36, no payback
    free = compare(ring, 12, in_house=scenario(), quotes={"Free": quote((1, "0"))}).evaluate(
        12, sweep_to=12)
    assert free.paybacks == (Payback("Free", None, None, 36),)
    assert free.paybacks[0].describe().endswith("(no payback within 36 months)")


def no_staff(**terms: object):
    ring = design("RG-1")
    bench = scenario(labour=[LabourOperation("Making", D(30))])
    return compare(ring, 7600, in_house=bench, in_house_terms=old_terms(**terms))


def test_capacity_with_no_salaried_staff():
    # 7,600 pieces × 30 minutes ÷ 60 = 3,800 bench hours; no staff: one bench × 1,600 hours
    result = no_staff().evaluate(7600, sweep_to=7600)
    assert result.capacity_warning == (
        "Capacity: 7,600 pieces need 3,800 bench hours a year (remakes included), more than "
        "the 1,600 that 1 bench (one per person) gives (1,600 hours a bench): add benches or "
        "people, or plan fewer pieces")
    assert result.capacity_warning in result.warnings
    # two benches of 1,900 hours give 3,800: enough at 7,600, short at 7,601 (3,800.5 hours)
    assert no_staff(benches=2, bench_hours_year=D(1900)).evaluate(
        7600, sweep_to=7600).capacity_warning is None
    short = no_staff(benches=2, bench_hours_year=D(1900)).evaluate(7601, sweep_to=7601)
    assert short.capacity_warning is not None
    assert "7,601 pieces need 3,800.5 bench hours" in short.capacity_warning
    assert "more than the 3,800 that 2 benches give" in short.capacity_warning


def test_capacity_counts_remakes_and_one_bench_per_person():
    # the worked example: 1 jeweller, so 1 bench × 1,600 hours; 1,000 pieces need 1,250 hours
    prepared = with_new_defaults()
    assert prepared.evaluate(1000, sweep_to=1000).capacity_warning is None
    # 1,300 pieces × 1 hour ÷ 80 % = 1,625 hours > 1,600: warned (no one added below 1,537)
    warned = prepared.evaluate(1300, sweep_to=1300).capacity_warning
    assert warned is not None and "1,625 bench hours" in warned
    # from 1,537 pieces a second jeweller is added, and with them a second bench: 3,200 hours
    assert prepared.evaluate(1537, sweep_to=1537).capacity_warning is None


@pytest.mark.parametrize(("field", "value", "message"), [
    ("capital_rate_pct", D(-1), "Cost of capital % cannot be negative, not -1"),
    ("recoverable_pct", D(101), "Recoverable share % must be at most 100, not 101"),
    ("refining_pct", D("100.5"), "Refining charge % must be at most 100, not 100.5"),
    ("bench_hours_year", D(0), "Hours one bench gives a year must be above 0, not 0"),
    ("fx_buffer_pct", D(-2), "In-house FX risk buffer % must be at least 0, not -2"),
    ("benches", -1, "Benches must be at least 0, not -1"),
])
def test_bad_in_house_options_are_refused(field, value, message):
    with pytest.raises(DomainError) as refused:
        InHouseTerms(**{field: value})
    assert str(refused.value).startswith(message)
