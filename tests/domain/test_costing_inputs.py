"""Inputs the cost engine refuses, each with a message that names the wrong or missing input —
and what it never does: show NaN, infinity or a silent zero."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

import pytest
from test_costing_cases import ON, USD, compare, design, old_terms, prices, quote, scenario

from jewelbench.domain.costing import IN_HOUSE, prepare
from jewelbench.domain.costing_inputs import (
    Adjustments,
    CollectionPlan,
    CostingInputError,
    LandedCostTerms,
    OutsourcedRoute,
    PlannedDesign,
)
from jewelbench.domain.designs import Category, Design, MetalLine, StoneLine
from jewelbench.domain.money import Money
from jewelbench.domain.prices import MetalPrice
from jewelbench.domain.scenarios import Equipment, LabourOperation, StaffRole
from jewelbench.domain.validation import DomainError

D = Decimal


@pytest.mark.parametrize("volume", [0, -3])
def test_a_volume_below_one_piece(volume):
    prepared = compare(design(), 10, quotes={"S": quote()})
    message = f"Volume must be at least 1 piece, not {volume}"
    with pytest.raises(DomainError, match=message):
        prepared.evaluate(volume)
    with pytest.raises(DomainError, match=message):
        prepared.total_at("S", volume)
    with pytest.raises(DomainError, match=f"Planned volume of RG-1 must be at least 1 piece, "
                                          f"not {volume}"):
        PlannedDesign(design(), volume)


def test_a_volume_that_is_not_a_whole_number():
    with pytest.raises(DomainError, match="Volume must be a whole number of pieces"):
        compare(design(), 10).evaluate(D("10.5"))  # type: ignore[arg-type]


def test_a_sweep_that_ends_below_one_piece():
    with pytest.raises(DomainError, match="The sweep's largest volume must be at least 1 piece"):
        compare(design(), 10).evaluate(sweep_to=0)
    with pytest.raises(DomainError, match="A sweep needs at least 2 points, not 1"):
        compare(design(), 10).evaluate(sweep_points=1)


def test_a_useful_life_of_zero():
    kit = Equipment("Kit", D(1000), 5)
    bench = scenario(equipment=[kit])
    kit.useful_life_years = 0  # edited after it was made: the engine checks again
    with pytest.raises(DomainError, match="Useful life of “Kit” must be at least 1 year, not 0"):
        compare(design(), 10, in_house=bench)


def test_an_error_rate_of_100_percent_or_more():
    with pytest.raises(DomainError, match="Error rate % must be below 100 %, not 100"):
        Adjustments(error_rate_pct=D(100))
    bench = scenario()
    bench.error_rate_pct = D(120)
    with pytest.raises(DomainError,
                       match="Error rate % of scenario “Bench” must be below 100 %, not 120"):
        compare(design(), 10, in_house=bench)


def test_the_error_rate_swing_reaching_100_percent():
    prepared = compare(design(), 10, in_house=scenario(error_rate_pct=D(90)),
                       quotes={"S": quote()})
    with pytest.raises(DomainError, match=r"Error rate 90 % \+ 20 % reaches 100 %"):
        prepared.evaluate()


def test_a_missing_metal_price_names_the_metal_the_date_and_the_design():
    ring = design(gold_g="4")
    with pytest.raises(CostingInputError) as raised:
        compare(ring, 10, context=prices(metals=()))
    assert raised.value.problems == (
        "no gold price on or before 2026-11-01 (needed for design RG-1)",)
    # a price dated after the costing date does not count
    later = MetalPrice("gold", ON + dt.timedelta(days=1), Money(D(4000), "EUR"))
    with pytest.raises(CostingInputError, match="no gold price on or before 2026-11-01"):
        compare(ring, 10, context=prices(metals=(later,)))


def test_a_missing_rate_for_a_bom_line():
    ring = Design("RG-1", "Ring", Category.RING,
                  stones=[StoneLine("ruby", "oval", 1, Money(D(500), "THB"))])
    with pytest.raises(CostingInputError,
                       match="no THB→EUR FX rate on or before 2026-11-01 \\(needed for stones "
                             "of design RG-1\\)"):
        compare(ring, 10)


def test_a_quote_whose_currency_has_no_rate():
    with pytest.raises(CostingInputError,
                       match="no THB→EUR FX rate on or before 2026-11-01 \\(needed for route "
                             "“Siam”\\)"):
        compare(design(), 10, quotes={"Siam": quote(currency="THB")})


def test_every_missing_price_is_listed_at_once():
    ring = design(gold_g="2", stones=1, currency="USD")
    with pytest.raises(CostingInputError) as raised:
        compare(ring, 10, quotes={"Siam": quote(currency="THB")},
                context=prices(metals=(), rates=()))
    assert raised.value.problems == (
        "no gold price on or before 2026-11-01 (needed for design RG-1)",
        "no USD→EUR FX rate on or before 2026-11-01 (needed for stones of design RG-1)",
        "no THB→EUR FX rate on or before 2026-11-01 (needed for route “Siam”)")
    assert str(raised.value).startswith("Cannot compute the costs: no gold price")


def test_an_unknown_alloy():
    ring = Design("RG-1", "Ring", Category.RING, metals=[MetalLine("AU999X", D(3))])
    with pytest.raises(CostingInputError, match="alloy “AU999X” of design RG-1 is not known"):
        compare(ring, 10)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"metal_price_pct": D("NaN")}, "Metal price change % must be a finite number"),
    ({"fx_pct": D("Infinity")}, "FX change % must be a finite number"),
    ({"fx_pct": D(-100)}, "FX change % must be above -100 %, not -100"),
    ({"metal_price_pct": 1.5}, "must be exact"),
    ({"error_rate_pct": D(-1)}, "Error rate % must be at least 0, not -1"),
])
def test_adjustments_that_are_not_numbers_or_out_of_range(kwargs, message):
    with pytest.raises(DomainError, match=message):
        Adjustments(**kwargs)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"defect_allowance_pct": D(100)}, "Defect allowance % must be below 100 %, not 100"),
    ({"duty_pct": D(-1)}, "Import duty % must be at least 0, not -1"),
    ({"fx_buffer_pct": D(101)}, "FX risk buffer % must be at most 100, not 101"),
    ({"shipments_per_year": 0}, "Shipments per year must be at least 1, not 0"),
    ({"fee_life_years": 0}, "Life of the one-time fees must be at least 1 year"),
    ({"fee_life_years": 51}, "Life of the one-time fees must be at most 50 years"),
    ({"import_vat_pct": D(-1)}, "Import VAT % must be at least 0"),
    ({"import_vat_pct": D(101)}, "Import VAT % must be at most 100"),
    ({"inland_freight_per_piece": D(-1)}, "Inland freight per piece must be at least 0"),
    ({"inspection_per_piece": D("NaN")}, "Inspection per piece must be a finite number"),
    ({"brand_supplied": frozenset({"gems"})}, "“gems” is not a part of the bill of materials"),
])
def test_landed_cost_terms_out_of_range(kwargs, message):
    with pytest.raises(DomainError, match=message):
        LandedCostTerms(**kwargs)


def test_routes_that_cannot_be_costed():
    a, b = design("A-1", design_id=1), design("B-1", design_id=2)
    plan = [(a, 10), (b, 10)]
    with pytest.raises(DomainError, match="Route “S” has no quote for design B-1"):
        compare(plan, quotes={"S": {"A-1": quote(design_id=1)}})
    with pytest.raises(DomainError, match=r"Route “S” mixes currencies \(EUR, USD\)"):
        compare(plan, quotes={"S": {"A-1": quote(design_id=1),
                                    "B-1": quote(design_id=2, currency="USD")}})
    with pytest.raises(DomainError, match="Route “S”: the quote given for B-1 is for another "
                                          "design"):
        compare(plan, quotes={"S": {"A-1": quote(design_id=1), "B-1": quote(design_id=1)}})
    with pytest.raises(DomainError, match="Route “S” has no quotes"):
        OutsourcedRoute("S", {})
    plan_ = CollectionPlan.of_design(a, 10)
    twice = [OutsourcedRoute.single("S", "A-1", quote()), OutsourcedRoute.single("S", "A-1",
                                                                              quote())]
    with pytest.raises(DomainError, match="Two routes are named “S”"):
        prepare(plan_, scenario(), twice, prices())
    with pytest.raises(DomainError, match="Two routes are named “In-house”"):
        prepare(plan_, scenario(), [OutsourcedRoute.single(IN_HOUSE, "A-1", quote())],
                prices())


def test_plans_that_cannot_be_costed():
    with pytest.raises(DomainError, match="Plan “P” has no designs"):
        CollectionPlan("P", ())
    with pytest.raises(DomainError, match="Plan “P” lists RG-1 twice"):
        CollectionPlan("P", (PlannedDesign(design(), 1), PlannedDesign(design(), 2)))


def test_view_settings_out_of_range():
    prepared = compare(design(), 10, quotes={"S": quote()})
    with pytest.raises(DomainError, match="Sensitivity swing must be between 0 and 100 %"):
        prepared.evaluate(swing_pct=D(0))
    with pytest.raises(DomainError, match="The cash flow needs at least 1 month, not 0"):
        prepared.evaluate(months=0)
    with pytest.raises(DomainError, match="There is no route named “T”"):
        prepared.total_at("T", 10)


def test_a_capacity_step_role_the_scenario_does_not_have():
    bench = scenario(staff=[StaffRole("Setter", D(4000))])
    with pytest.raises(DomainError, match="Capacity step role “Caster” is not a staff role of "
                                          "scenario “Bench”"):
        compare(design(), 10, in_house=bench,
                in_house_terms=old_terms(capacity_step_role="Caster"))


def test_nothing_is_nan_infinite_or_divided_by_zero():
    # a design with nothing in it, a scenario with nothing in it, a free quote: every figure
    # is a real zero, computed — not a gap
    prepared = compare(Design("X-1", "Empty", Category.OTHER), 1,
                       in_house=scenario(staff=[StaffRole("Idle", D(0), 0)],
                                         labour=[LabourOperation("Look", D(0))]),
                       quotes={"S": quote((1, "0"))}, context=prices(rates=(USD,)))
    result = prepared.evaluate(sweep_to=50)
    figures = [f for cost in (result.in_house, *result.routes)
               for f in (cost.total, cost.per_piece, *cost.components,
                         *cost.per_piece_components)]
    assert all(f.value.is_finite() and f.value == 0 for f in figures)
    assert all(math.isfinite(v) for v in result.sweep.in_house.tolist())
    assert result.break_evens[0].volume == 1, "equal totals: in-house is at most the quote"
