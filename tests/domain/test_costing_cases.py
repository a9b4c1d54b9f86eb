"""The cost engine on small cases computed by hand: each test writes its hand calculation.

Prices are chosen round: gold costs 100 EUR a gram of fine metal (3110.34768 EUR a troy ounce),
silver 1 EUR, and 1 USD = 0.80 EUR. The other costing test modules build their cases with the
helpers here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jewelbench.domain.costing import IN_HOUSE, PreparedComparison, prepare
from jewelbench.domain.costing_analysis import Factor
from jewelbench.domain.costing_figures import Component
from jewelbench.domain.costing_inputs import (
    Adjustments,
    CapexView,
    CollectionPlan,
    CustomsBasis,
    InHouseTerms,
    LandedCostTerms,
    OutsourcedRoute,
    PlannedDesign,
    PriceContext,
)
from jewelbench.domain.designs import Category, Design, MetalLine, PackagingLine, StoneLine
from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate, MetalPrice
from jewelbench.domain.quotes import Incoterm, PricingBasis, Quote, QuoteFee, QuoteTier
from jewelbench.domain.scenarios import (
    Equipment,
    InHouseScenario,
    LabourOperation,
    Overhead,
    StaffRole,
)
from jewelbench.domain.validation import DomainError

D = Decimal
ON = dt.date(2026, 11, 1)
GOLD = MetalPrice("gold", dt.date(2026, 10, 30), Money(D("3110.34768"), "EUR"))  # 100 EUR/g
SILVER = MetalPrice("silver", dt.date(2026, 10, 30), Money(D("31.1034768"), "EUR"))  # 1 EUR/g
USD = FxRate(dt.date(2026, 10, 31), "USD", "EUR", D("0.80"))

# Issue 15 changed two defaults: one-time fees are charged over 3 years, and assists are in
# the customs value. These hand-worked cases keep the figures they were worked out with.
PINNED = {"fee_life_years": 1, "assists_in_customs_value": False}


# --- builders shared by the costing tests ---------------------------------------------------


def prices(metals: tuple[MetalPrice, ...] = (GOLD, SILVER),
           rates: tuple[FxRate, ...] = (USD,)) -> PriceContext:
    return PriceContext(ON, "EUR", metals, rates)


def design(code: str = "RG-1", gold_g: str | None = None, stones: int = 0,
           stone_cost: str = "10", packaging: str | None = None, design_id: int | None = None,
           currency: str = "EUR") -> Design:
    """A ring: gold_g grams of 18k (750: 0.75 g fine a gram), stones and a box as asked."""
    return Design(
        code, f"Ring {code}", Category.RING, id=design_id,
        metals=[MetalLine("AU750Y", D(gold_g))] if gold_g else [],
        stones=[StoneLine("sapphire", "round", stones, Money(D(stone_cost), currency))]
        if stones else [],
        packaging=[PackagingLine("box", 1, Money(D(packaging), currency))]
        if packaging else [])


def old_terms(**overrides: object) -> InHouseTerms:
    """In-house options that keep the hand cases' figures from before issue 15: nothing of the
    casting loss or a failed piece recovered, no cost of capital, no in-house FX buffer."""
    values: dict[str, object] = dict(recoverable_pct=D(0), capital_rate_pct=D(0),
                                     fx_buffer_pct=D(0))
    values.update(overrides)
    return InHouseTerms(**values)  # type: ignore[arg-type]


def scenario(**overrides: object) -> InHouseScenario:
    """A scenario where nothing costs anything unless a test says so."""
    values: dict[str, object] = dict(name="Bench", currency="EUR", casting_loss_pct=D(0),
                                     error_rate_pct=D(0))
    values.update(overrides)
    return InHouseScenario(**values)  # type: ignore[arg-type]


def quote(*tiers: tuple[int, str], **overrides: object) -> Quote:
    values: dict[str, object] = dict(
        supplier_id=1, design_id=1, currency="EUR", quoted_on=dt.date(2026, 10, 1),
        tiers=[QuoteTier(q, D(p)) for q, p in (tiers or ((1, "10"),))],
        moq=tiers[0][0] if tiers else 1)
    values.update(overrides)
    return Quote(**values)  # type: ignore[arg-type]


def compare(designs: Design | list[tuple[Design, int]], volume: int = 1,
            in_house: InHouseScenario | None = None,
            quotes: dict[str, Quote | dict[str, Quote]] | None = None,
            terms: LandedCostTerms | None = None, in_house_terms: InHouseTerms | None = None,
            context: PriceContext | None = None) -> PreparedComparison:
    """One design at `volume` pieces (or a plan of (design, volume) lines) against routes,
    each given as one quote (for a single design) or quotes by design code."""
    if isinstance(designs, Design):
        plan = CollectionPlan.of_design(designs, volume)
    else:
        plan = CollectionPlan("Plan", tuple(PlannedDesign(d, v) for d, v in designs))
    routes = []
    for name, given in (quotes or {}).items():
        by_code = given if isinstance(given, dict) else {plan.lines[0].design.code: given}
        routes.append(OutsourcedRoute(name, by_code, terms or LandedCostTerms(**PINNED)))
    return prepare(plan, in_house or scenario(), routes, context or prices(),
                   in_house_terms or old_terms())


def total(prepared: PreparedComparison, route: str, volume: int,
          adjustments: Adjustments | None = None) -> Decimal:
    return prepared.total_at(route, volume, adjustments).value


def part(prepared: PreparedComparison, route: str, volume: int, component: Component,
         adjustments: Adjustments | None = None) -> Decimal:
    return prepared.cost(route, volume, adjustments or Adjustments()).component(
        component).value


# --- outsourced --------------------------------------------------------------------------


def test_below_the_moq_you_pay_for_the_moq():
    prepared = compare(design(), 20, quotes={"S": quote((50, "10.00"), (100, "8.00"))})
    # 20 pieces wanted, MOQ 50: billed 50 × 10.00 = 500.00 a year, 500 ÷ 20 = 25.00 a piece
    cost = prepared.cost("S", 20, Adjustments())
    assert cost.component(Component.SUPPLIER_PRICE).value == D("500.00")
    assert cost.per_piece.value == D("25")
    assert any("50 pieces billed for 20 wanted" in note for note in cost.notes)
    # at 99 the 50-tier still applies: 99 × 10.00; at 100 the next: 100 × 8.00
    assert total(prepared, "S", 99) == D("990.00")
    assert total(prepared, "S", 100) == D("800.00")


def test_a_quote_in_another_currency_is_converted_at_the_dated_rate():
    prepared = compare(design(), 10, quotes={"S": quote((1, "25.00"), currency="USD")})
    # 10 × 25.00 USD × 0.80 = 200.00 EUR; FX +10 %: 220.00
    assert total(prepared, "S", 10) == D("200.0000")
    assert total(prepared, "S", 10, Adjustments(fx_pct=D(10))) == D("220.00000")


def test_making_charge_plus_metal_is_repriced_at_the_costing_date():
    ring = design(gold_g="4")  # 4 g of 18k = 3 g fine
    making = quote((1, "50.00"), pricing_basis=PricingBasis.MAKING_PLUS_METAL,
                   metal_price_basis_per_g=D("90"))
    prepared = compare(ring, 10, quotes={"S": making})
    # per piece: making 50 + 3 g × 100 EUR/g today = 350 (the quote's basis, 3 × 90 + 50 = 320,
    # is not what is paid); 10 pieces: 3,500
    assert part(prepared, "S", 10, Component.SUPPLIER_PRICE) == D("500.00")
    assert part(prepared, "S", 10, Component.SUPPLIER_METAL) == D("3000")
    assert total(prepared, "S", 10) == D("3500")
    # metal +10 %: 3 × 110 = 330 a piece, 3,300 + 500 = 3,800
    assert total(prepared, "S", 10, Adjustments(metal_price_pct=D(10))) == D("3800")
    # the supplier's own metal loss of 5 %: 3 × 1.05 × 100 = 315 a piece
    lossy = compare(ring, 10, quotes={"S": making},
                    terms=LandedCostTerms(**PINNED, supplier_metal_loss_pct=D(5)))
    assert part(lossy, "S", 10, Component.SUPPLIER_METAL) == D("3150")


def test_an_all_in_quote_does_not_move_with_metal():
    prepared = compare(design(gold_g="4"), 10, quotes={"S": quote((1, "400"))})
    # 10 × 400 whatever gold does
    assert total(prepared, "S", 10, Adjustments(metal_price_pct=D(50))) == D("4000")


def test_one_time_fees_are_amortised_and_refundable_fees_left_out():
    fees = [QuoteFee("mould", D("600")), QuoteFee("cad", D("300")),
            QuoteFee("sample", D("450"), refundable_on_order=True)]
    prepared = compare(design(), 100, quotes={"S": quote((1, "10"), fees=fees)},
                       terms=LandedCostTerms(**{**PINNED, "fee_life_years": 3}))
    # mould + CAD = 900 (the 450 sample fee is refunded on order); over 3 years: 300 a year;
    # at 100 pieces: 3.00 a piece; total 100 × 10 + 300 = 1,300
    cost = prepared.cost("S", 100, Adjustments())
    assert cost.component(Component.FEES).value == D("300")
    assert cost.per_piece_components[cost.keys.index(Component.FEES)].value == D("3")
    assert cost.total.value == D("1300")
    # the cash flow pays every fee first and gets the sample fee back with the order
    cash = prepare_cash(prepared, "S", 100)
    assert cash.monthly[0] == D("1350")
    assert cash.monthly[1] == D("-450") + D("1000")  # refund, then the year's goods (no deposit)


def prepare_cash(prepared: PreparedComparison, route: str, volume: int):
    result = prepared.evaluate(volume, sweep_to=volume)
    return next(c for c in result.cash if c.route == route)


def test_minimum_order_value_tops_the_goods_up():
    prepared = compare(design(), 50, quotes={"S": quote((1, "10"), min_order_value=D(1000))})
    # 50 × 10 = 500 is below the 1,000 minimum: 1,000 is paid; 100 × 10 reaches it; 150: 1,500
    assert total(prepared, "S", 50) == D("1000")
    assert total(prepared, "S", 100) == D("1000")
    assert total(prepared, "S", 150) == D("1500")


def test_minimum_order_value_of_a_making_charge_quote_is_checked_at_its_basis():
    making = quote((1, "10"), pricing_basis=PricingBasis.MAKING_PLUS_METAL,
                   metal_price_basis_per_g=D("90"), min_order_value=D(1000))
    prepared = compare(design(gold_g="4", code="RG-1"), 5, quotes={"S": making})
    # 3 g fine: at the quote's basis a piece is 10 + 3 × 90 = 280; 5 pieces 1,400 ≥ 1,000: no
    # top-up. 5 × (10 + 3 × 100) = 1,550
    assert total(prepared, "S", 5) == D("1550")
    # 3 pieces at basis: 840 < 1,000, so the order is topped up by 160 to 1,000 at basis;
    # metal today is 3 × 3 × (100 − 90) = 90 dearer: 1,090
    assert total(prepared, "S", 3) == D("1090")


def test_landing_costs_term_by_term():
    ring = design(packaging="1")
    usd = quote((1, "100"), currency="USD", incoterm=Incoterm.FOB,
                freight_per_shipment=D("50"))
    terms = LandedCostTerms(**PINNED, duty_pct=D(10), insurance_pct=D(1), fx_buffer_pct=D(5),
                            inspection_per_piece=D(2), inspection_per_shipment=D(10),
                            defect_allowance_pct=D(20))
    prepared = compare(ring, 100, quotes={"S": usd}, terms=terms)
    # goods 100 × 100 USD × 0.80 = 8,000; supplier freight 1 × 50 USD × 0.80 = 40
    # FX buffer 5 % × (8,000 + 40) = 402; insurance 1 % × (8,000 + 40) = 80.40 (FOB)
    # customs value (CIF basis) 8,000 + 40 + 80.40 = 8,120.40; duty 10 % = 812.04
    # inspection 100 × 2 + 10 = 210; the box you supply 100 × 1 = 100
    # defects (8,000 + 100) × 20 ÷ 80 = 2,025
    # total 8,000 + 40 + 402 + 80.40 + 812.04 + 210 + 100 + 2,025 = 11,669.44
    expected = {Component.SUPPLIER_PRICE: "8000", Component.FREIGHT: "40",
                Component.FX_BUFFER: "402", Component.INSURANCE: "80.40",
                Component.DUTY: "812.04", Component.INSPECTION: "210",
                Component.BRAND_MATERIALS: "100", Component.DEFECTS: "2025"}
    for component, value in expected.items():
        assert part(prepared, "S", 100, component) == D(value), component
    assert total(prepared, "S", 100) == D("11669.44")
    # FOB basis: duty on the goods alone, 10 % × 8,000 = 800: 12.04 less
    fob = compare(ring, 100, quotes={"S": usd},
                  terms=LandedCostTerms(**{**terms.__dict__,
                                           "customs_basis": CustomsBasis.FOB}))
    assert total(fob, "S", 100) == D("11657.40")
    # DDP: the supplier insures and pays the duty: 11,669.44 − 80.40 − 812.04 = 10,777
    ddp = compare(ring, 100, quotes={"S": quote((1, "100"), currency="USD",
                                                 incoterm=Incoterm.DDP,
                                                 freight_per_shipment=D("50"))}, terms=terms)
    assert total(ddp, "S", 100) == D("10777")
    # a quote in the base currency carries no FX buffer
    eur = compare(ring, 100, quotes={"S": quote((1, "80"), incoterm=Incoterm.CIF)},
                  terms=terms)
    assert part(eur, "S", 100, Component.FX_BUFFER) == 0
    assert part(eur, "S", 100, Component.INSURANCE) == 0, "CIF: insured by the supplier"


def test_a_route_ships_a_collection_together():
    a, b = design("A-1", design_id=1), design("B-1", design_id=2)
    quotes = {"S": {"A-1": quote((1, "10"), design_id=1, freight_per_shipment=D(30)),
                    "B-1": quote((1, "20"), design_id=2, freight_per_shipment=D(50))}}
    prepared = compare([(a, 100), (b, 300)], quotes=quotes,
                       terms=LandedCostTerms(**PINNED, shipments_per_year=2))
    # at the plan's 400 pieces: A 100 × 10 + B 300 × 20 = 7,000; freight: 2 shipments × the
    # larger per-shipment freight 50 = 100 (not 2 × (30 + 50))
    assert total(prepared, "S", 400) == D("7100")
    # at 200 pieces the mix is kept: A 50, B 150: 500 + 3,000 + 100 = 3,600
    assert total(prepared, "S", 200) == D("3600")


# --- in-house ------------------------------------------------------------------------------


def test_in_house_materials_labour_and_fixed_costs():
    ring = design(gold_g="4", stones=2, stone_cost="10", packaging="1")
    bench = scenario(
        equipment=[Equipment("Kit", D(12000), 5, D(2000))],
        overheads=[Overhead("Rent", D(1000))],
        staff=[StaffRole("Jeweller", D(3000), 1, D(160))],
        labour=[LabourOperation("Casting", D(20)), LabourOperation("Finishing", D(40))],
        loaded_hourly_rate=D(30), casting_loss_pct=D(10), buyer_premium_pct=D(5),
        stone_breakage_pct=D(5), consumables_per_piece=D("2.50"))
    prepared = compare(ring, 1000, in_house=bench)
    cost = prepared.cost(IN_HOUSE, 1000, Adjustments())
    # per piece: metal 3 g fine × 1.10 × 100 × 1.05 = 346.50; stones 2 × 10 × 1.05 = 21;
    # labour 60 min ÷ 60 × 30 = 30; consumables 2.50; box 1
    per_piece = {Component.METAL: "346.50", Component.STONES: "21", Component.LABOUR: "30",
                 Component.CONSUMABLES: "2.50", Component.PACKAGING: "1"}
    for component, value in per_piece.items():
        assert cost.component(component).value == D(value) * 1000, component
    # fixed: (12,000 − 2,000) ÷ 5 = 2,000; rent 12 × 1,000; salary 12 × 3,000 = 36,000
    assert cost.component(Component.DEPRECIATION).value == D(2000)
    assert cost.component(Component.OVERHEADS).value == D(12000)
    assert cost.component(Component.STAFF).value == D(36000)
    # 50,000 + 1,000 × 401 = 451,000
    assert cost.total.value == D(451000)
    # the cash view puts all 12,000 of equipment in the year
    up_front = compare(ring, 1000, in_house=bench,
                       in_house_terms=old_terms(capex_view=CapexView.UP_FRONT))
    assert total(up_front, IN_HOUSE, 1000) == D(461000)
    # bench minutes paid by the salaries: the 30 a piece of labour is not paid again
    salaried = compare(ring, 1000, in_house=bench,
                       in_house_terms=old_terms(labour_in_salaries=True))
    assert total(salaried, IN_HOUSE, 1000) == D(421000)


def test_remakes_raise_the_variable_cost_but_not_the_packaging():
    ring = design(packaging="2")
    bench = scenario(consumables_per_piece=D(40), error_rate_pct=D(20))
    prepared = compare(ring, 10, in_house=bench)
    # 40 per piece made; 20 % are remade, so a good piece costs 40 ÷ (1 − 0.20) = 50:
    # remakes 10 a piece; the box (2) is only put on good pieces. 10 × 52 = 520
    assert part(prepared, IN_HOUSE, 10, Component.REMAKES) == D(100)
    assert total(prepared, IN_HOUSE, 10) == D(520)
    # the error-rate control overrides the scenario's: 50 % → 40 ÷ 0.5 = 80 + 2 = 82
    assert total(prepared, IN_HOUSE, 10, Adjustments(error_rate_pct=D(50))) == D(820)


def test_labour_minutes_per_design_override_the_default_operation():
    bench = scenario(labour=[LabourOperation("Casting", D(10)), LabourOperation("Setting", D(20)),
                             LabourOperation("Setting", D(50), "RG-1")],
                     loaded_hourly_rate=D(60))
    # RG-1: casting 10 + its own setting 50 = 60 minutes = 60.00; RG-2: 10 + 20 = 30.00
    assert total(compare(design("RG-1"), 1, in_house=bench), IN_HOUSE, 1) == D(60)
    assert total(compare(design("RG-2"), 1, in_house=bench), IN_HOUSE, 1) == D(30)


def test_staff_are_added_in_steps_when_the_hours_outgrow_capacity():
    bench = scenario(staff=[StaffRole("Jeweller", D(3000), 1, D(160))],
                     labour=[LabourOperation("All", D(60))], error_rate_pct=D(20))
    prepared = compare(design(), 1000, in_house=bench,
                       in_house_terms=old_terms(labour_in_salaries=True))
    # 1 hour a piece, 20 % remade: n pieces need 1.25 × n hours a year; one jeweller works
    # 12 × 160 = 1,920 hours. 1,536 pieces need 1,920 h: no one added; 1,537 need 1,921.25:
    # one more jeweller (12 × 3,000 = 36,000); 3,072 need 3,840 = 2 people; 3,073: a third
    for volume, added in ((1536, 0), (1537, 1), (3072, 1), (3073, 2)):
        assert part(prepared, IN_HOUSE, volume, Component.ADDED_STAFF) == added * 36000, volume
    assert prepared.in_house.step_starts(D(20), 5000) == [1537, 3073, 4609]
    figure = prepared.cost(IN_HOUSE, 1537, Adjustments()).component(Component.ADDED_STAFF)
    assert "1 × Jeweller added" in figure.formula


def test_the_step_role_is_the_cheapest_hour_unless_named():
    staff = [StaffRole("Setter", D(4800), 1, D(160)), StaffRole("Polisher", D(1700), 1, D(80))]
    bench = scenario(staff=staff, labour=[LabourOperation("All", D(60))])
    # capacity 240 h a year-month; the Polisher's hour costs 21.25, the Setter's 30
    prepared = compare(design(), 1, in_house=bench)
    assert prepared.in_house.step and prepared.in_house.step.role == "Polisher"
    named = compare(design(), 1, in_house=bench,
                    in_house_terms=old_terms(capacity_step_role="Setter"))
    assert named.in_house.step and named.in_house.step.role == "Setter"


# --- break-even ----------------------------------------------------------------------------


def _fixed_plus_ten(fixed: str) -> InHouseScenario:
    """In-house: `fixed` a year (one year of equipment) + 10 a piece (consumables)."""
    return scenario(equipment=[Equipment("Kit", D(fixed), 1)], consumables_per_piece=D(10))


def test_break_even_exactly_at_a_tier_boundary():
    prepared = compare(design(), 150, in_house=_fixed_plus_ten("1990"),
                       quotes={"S": quote((1, "30.00"), (100, "29.90"))})
    result = prepared.evaluate(150, search_to=1000)
    found = result.break_evens[0]
    # in-house 1,990 + 10 n; quote 30 n below 100 pieces, 29.90 n from 100.
    # n = 99:  2,980 against 2,970 — the quote is cheaper
    # n = 100: 2,990 against 2,990 — equal to the cent: in-house is at most the quote's total
    # above 100 the quote costs 19.90 a piece more than in-house: in-house stays cheaper
    assert found.volume == 100
    assert found.in_house_total and found.in_house_total.value == D(2990)
    assert found.route_total and found.route_total.value == D("2990.00")
    assert len(found.crossings) == 1
    crossing = found.crossings[0]
    assert crossing.at_boundary and crossing.in_house_wins and crossing.meets_at is None
    assert "reaches the tier from 100" in crossing.reason
    assert found.bands == ((100, 1000),)
    assert found.describe() == ("In-house is cheaper than S between 100 and 1,000 pieces a "
                                "year (searched up to 1,000)")


def test_break_even_inside_a_tier_where_the_lines_meet():
    prepared = compare(design(), 100, in_house=_fixed_plus_ten("1010"),
                       quotes={"S": quote((1, "30"))})
    found = prepared.evaluate(search_to=1000).break_evens[0]
    # 1,010 + 10 n = 30 n at n = 50.5: the lines meet between 50 and 51
    # n = 50: 1,510 against 1,500; n = 51: 1,520 against 1,530
    assert found.volume == 51
    assert found.crossings[0].meets_at == D("50.5")
    assert not found.crossings[0].at_boundary


def test_no_break_even_at_all():
    prepared = compare(design(), 100, in_house=_fixed_plus_ten("1000"),
                       quotes={"S": quote((1, "5"))})
    result = prepared.evaluate(search_to=10_000)
    # the quote's 5 a piece is below in-house's 10 a piece before any fixed cost: never
    found = result.break_evens[0]
    assert found.volume is None and found.crossings == ()
    assert found.describe() == "In-house is never cheaper than S up to 10,000 pieces a year"
    assert found.bands == ()
    assert result.verdict().endswith("; in-house is never cheaper up to 10,000 pieces.")


def test_the_moq_can_make_in_house_cheaper_for_a_few_pieces_only():
    prepared = compare(design(), 100, in_house=_fixed_plus_ten("100"),
                       quotes={"S": quote((50, "5"))})
    found = prepared.evaluate(search_to=1000).break_evens[0]
    # the quote bills 50 × 5 = 250 below 50 pieces; in-house 100 + 10 n ≤ 250 up to n = 15
    assert found.volume == 1
    assert found.in_house_ranges == ((1, 15),)
    assert found.describe() == ("In-house is cheaper than S between 1 and 15 pieces a year "
                                "(searched up to 1,000)")


# --- what the view shows -------------------------------------------------------------------


def test_every_figure_explains_itself_and_adds_up():
    ring = design(gold_g="4", packaging="1")
    prepared = compare(ring, 200, in_house=_fixed_plus_ten("1000"),
                       quotes={"S": quote((1, "500"), currency="USD")},
                       terms=LandedCostTerms(**PINNED, duty_pct=D(4), fx_buffer_pct=D(2)))
    result = prepared.evaluate()
    for cost in (result.in_house, *result.routes):
        terms = cost.total.explain()
        assert sum(t.value for t in terms) == cost.total.value
        assert all(t.currency == "EUR" and t.unit == "per year" and t.formula for t in terms)
        assert cost.per_piece.unit == "per piece"
        assert sum(t.value for t in cost.per_piece.explain()) * 200 == cost.total.value
    price = result.routes[0].component(Component.SUPPLIER_PRICE)
    assert "1 USD = 0.8 EUR on 2026-10-31" in price.formula
    assert "tier from 1" in price.formula


def test_cash_over_36_months():
    bench = scenario(equipment=[Equipment("Kit", D(12000), 2, D(2000))],
                     overheads=[Overhead("Rent", D(1000))])
    q = quote((1, "10"), deposit_pct=D(30), production_lead_time_days=45,
              fees=[QuoteFee("mould", D(600))])
    prepared = compare(design(), 1200, in_house=bench, quotes={"S": q},
                       terms=LandedCostTerms(**PINNED, shipments_per_year=2))
    in_house, route = prepared.evaluate().cash
    # in-house: 12,000 at month 0; 1,000 a month of rent; the kit (2-year life) replaced at
    # month 24 for 12,000 − 2,000 salvage
    assert in_house.monthly[0] == D(12000) and in_house.monthly[1] == D(1000)
    assert in_house.monthly[24] == D(11000)
    assert in_house.cumulative[36] == D(12000 + 36 * 1000 + 10000)
    # quote: fee 600 at month 0; each year's order at months 1, 13, 25 with 30 % of
    # 1,200 × 10 = 3,600 down; 45 days of lead time = 2 months, then 2 shipments 6 months
    # apart each paying half of the other 8,400 (the fee is not paid again)
    assert route.monthly[0] == D(600)
    assert route.monthly[1] == D(3600) and route.monthly[3] == D(4200)
    assert route.monthly[9] == D(4200)
    assert route.cumulative[36] == D(600 + 3 * 12000)


def test_sensitivity_moves_each_factor_by_the_swing():
    ring = design(gold_g="4")
    making = quote((1, "50"), pricing_basis=PricingBasis.MAKING_PLUS_METAL,
                   metal_price_basis_per_g=D(100))
    bench = scenario(consumables_per_piece=D(100), error_rate_pct=D(10))
    prepared = compare(ring, 100, in_house=bench, quotes={"S": making})
    tornado = prepared.evaluate(swing_pct=D(10)).sensitivity[0]
    # in-house: (300 metal + 100) ÷ 0.9 a piece; quote: 50 + 300 metal
    # difference at 100: 100 × (444.44… − 350) = 9,444.44…
    bars = {bar.factor: bar for bar in tornado.bars}
    base = tornado.base.value
    assert base.quantize(D("0.01")) == D("9444.44")
    # metal ± 10 %: ± 30 a piece on both sides, in-house's ÷ 0.9: ± 100 × (33.33 − 30)
    assert (bars[Factor.METAL_PRICE].high.value - base).quantize(D("0.01")) == D("333.33")
    # volume ± 10 %: 110 pieces: 110 × 94.44… = 10,388.89
    assert bars[Factor.VOLUME].high.value.quantize(D("0.01")) == D("10388.89")
    # error rate 10 % ± 10 % = 11 %: 100 × (400 ÷ 0.89 − 350) = 9,943.82
    assert bars[Factor.ERROR_RATE].high.value.quantize(D("0.01")) == D("9943.82")
    # FX: everything is in EUR, nothing moves
    assert bars[Factor.FX].span == 0
    assert tornado.bars[-1].factor is Factor.FX, "widest bar first"


def test_the_sweep_draws_the_exact_totals():
    prepared = compare(design(gold_g="2"), 300, in_house=_fixed_plus_ten("5000"),
                       quotes={"S": quote((50, "80"), (200, "70"), (1000, "60"))})
    sweep = prepared.evaluate(sweep_to=3000, sweep_points=200).sweep
    assert len(sweep.volumes) == 200 and sweep.volumes[0] == 1 and sweep.volumes[-1] == 3000
    for i in (0, 17, 66, 150, 199):
        n = int(sweep.volumes[i])
        for name, curve in ((IN_HOUSE, sweep.in_house), ("S", sweep.routes["S"])):
            assert curve[i] == pytest.approx(float(total(prepared, name, n)), rel=1e-12)


def test_the_verdict_names_the_cheapest_route_and_where_in_house_wins():
    prepared = compare(design(), 50, in_house=_fixed_plus_ten("1010"),
                       quotes={"Supplier B": quote((1, "30"))})
    # at 50: in-house 1,510, the quote 1,500 (1 % cheaper); in-house is cheaper from 51
    # (1,520 against 1,530) on, here up to the 500 searched
    verdict = prepared.evaluate(50, search_to=500).verdict()
    assert verdict == ("At 50 pieces a year, Supplier B is 1 % cheaper than in-house "
                       "(1,500.00 EUR per year against 1,510.00 EUR per year); in-house is "
                       "cheaper between 51 and 500 pieces (searched up to 500).")
    # by default the search goes to 10 × the volume (no staff: no capacity steps)
    assert prepared.evaluate(50).verdict().endswith(
        "in-house is cheaper between 51 and 500 pieces (searched up to 500).")
    # and never stops below the volume asked
    with pytest.raises(DomainError, match="at least the volume"):
        prepared.evaluate(50, search_to=49)


def test_an_expired_quote_is_costed_with_a_warning():
    old = quote((1, "10"), reference="Q-7", valid_until=dt.date(2026, 10, 15))
    prepared = compare(design(), 10, quotes={"S": old})
    assert prepared.warnings == ("Quote Q-7 expired on 2026-10-15",)


def test_one_design_of_a_plan_explains_how_it_was_costed():
    a, b = design("A-1", design_id=1), design("B-1", design_id=2)
    quotes = {"S": {"A-1": quote((50, "10"), (100, "9"), design_id=1),
                    "B-1": quote((1, "20"), design_id=2)}}
    prepared = compare([(a, 100), (b, 300)], in_house=scenario(
        labour=[LabourOperation("All", D(25))]), quotes=quotes)
    # at 100 pieces of the plan, A-1 gets 100 × 100 ÷ 400 = 25: below its MOQ of 50
    figures = {f.label: f for f in prepared.explain_design("S", "A-1", 100)}
    assert figures["Pieces of this design"].value == 25
    assert figures["Pieces billed"].value == 50
    assert "below the MOQ of 50" in figures["Pieces billed"].formula
    assert figures["Tier price"].value == D(10) and figures["Tier price"].currency == "EUR"
    bench = {f.label: f for f in prepared.explain_design(IN_HOUSE, "B-1", 400)}
    assert bench["Bench minutes per piece"].value == 25


def test_the_break_even_figure_is_explained_by_both_totals():
    prepared = compare(design(), 100, in_house=_fixed_plus_ten("1010"),
                       quotes={"S": quote((1, "30"))})
    figure = prepared.evaluate(search_to=100).break_evens[0].figure
    assert figure is not None and figure.value == 51 and figure.unit == "pieces per year"
    assert [t.value for t in figure.explain()] == [D(1520), D(1530)]


def test_the_callers_decimal_context_does_not_change_the_figures():
    import decimal

    prepared = compare(design(gold_g="4"), 7, quotes={"S": quote((1, "33.33"),
                                                               currency="USD")})
    exact = total(prepared, "S", 7)
    with decimal.localcontext() as context:
        context.prec = 4
        assert total(prepared, "S", 7) == exact == D("186.6480")  # 7 × 33.33 × 0.80
