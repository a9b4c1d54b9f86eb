"""Whole pieces per design at any plan total, and orders a year (docs/costing.md, "Collections"
and its worked example "Two designs in two orders a year"). Figures worked out by hand in the
comments; base currency EUR, every price in EUR so no rate enters.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from test_costing_cases import design, prices, quote, scenario

from jewelbench.domain.costing import IN_HOUSE, PreparedComparison, prepare
from jewelbench.domain.costing_figures import Component
from jewelbench.domain.costing_inputs import (
    CollectionPlan,
    LandedCostTerms,
    OutsourcedRoute,
    PlannedDesign,
)
from jewelbench.domain.costing_pieces import whole_pieces
from jewelbench.domain.scenarios import LabourOperation, Overhead, StaffRole
from jewelbench.domain.validation import DomainError

D = Decimal


def duo(orders: int) -> PreparedComparison:
    """The worked example: RG-A planned 300 a year, RG-B planned 200 (P = 500).

    RG-A: 2 sapphires at 3.00 EUR in-house; the supplier's tiers 12.00 from 1 piece, 10.00 from
    150, MOQ 50. RG-B: 1 sapphire at 10.00 in-house; the supplier's 20.00 from 80, MOQ 80.
    The brand's forwarder: 100.00 a shipment, 1 shipment a year on the terms. In-house: rent
    100.00 a month, nothing else."""
    a = design("RG-A", stones=2, stone_cost="3", design_id=1)
    b = design("RG-B", stones=1, stone_cost="10", design_id=2)
    plan = CollectionPlan("Duo", (PlannedDesign(a, 300), PlannedDesign(b, 200)),
                          orders_per_year=orders)
    route = OutsourcedRoute("Supplier", {
        "RG-A": quote((1, "12.00"), (150, "10.00"), design_id=1, moq=50),
        "RG-B": quote((80, "20.00"), design_id=2, moq=80)},
        LandedCostTerms(freight_per_shipment=D("100"), shipments_per_year=1))
    bench = scenario(overheads=[Overhead("Rent", D("100"))])
    return prepare(plan, bench, [route], prices())


def test_largest_remainder_gives_whole_pieces_that_add_up():
    # 333 × 300 ÷ 500 = 199.8 and 333 × 200 ÷ 500 = 133.2: 199 + 133 = 332, the 1 piece left
    # goes to the larger remainder (0.8): RG-A 200, RG-B 133
    assert whole_pieces([300, 200], 333) == (200, 133)
    # a tie: 301 × 250 ÷ 500 = 150.5 each; the design listed first gets the piece
    assert whole_pieces([250, 250], 301) == (151, 150)
    # three designs 1 : 1 : 1 at 2 pieces: remainders ⅔, ⅔, ⅔: the first two listed get them
    assert whole_pieces([7, 7, 7], 2) == (1, 1, 0)
    # at the plan's own total every design has its planned pieces
    assert whole_pieces([3, 5, 11], 19) == (3, 5, 11)
    for n in range(0, 60):
        assert sum(whole_pieces([3, 5, 11], n)) == n


def test_two_orders_a_year_apply_the_tier_and_the_moq_per_order():
    prepared = duo(orders=2)
    # at 333 pieces: RG-A 200, RG-B 133 (largest remainder, above)
    # RG-A: 2 orders of 100; the tier from 150 is reached by the year (200) but not by an
    #   order (100), so 12.00: 2 × 100 × 12.00 = 2,400.00
    # RG-B: orders of 67 and 66, each below the MOQ of 80: billed 2 × 80 = 160 × 20.00
    #   = 3,200.00
    # supplier price 2,400.00 + 3,200.00 = 5,600.00
    # freight: 2 orders need 2 shipments (terms say 1): 2 × 100.00 = 200.00
    # total 5,800.00
    cost = prepared.cost("Supplier", 333, prepared_adjustments())
    assert cost.component(Component.SUPPLIER_PRICE).value == D("5600.00")
    assert cost.component(Component.FREIGHT).value == D("200.00")
    assert cost.total.value == D("5800.00")
    # in-house: RG-A 200 × 2 × 3.00 = 1,200.00; RG-B 133 × 10.00 = 1,330.00; rent 12 × 100.00
    # = 1,200.00: 3,730.00
    assert prepared.total_at(IN_HOUSE, 333).value == D("3730.00")
    price = cost.component(Component.SUPPLIER_PRICE).formula
    assert "whole pieces by largest remainder" in price
    assert "each of 2 orders a year" in price
    assert "at least 1 shipment per order" in cost.component(Component.FREIGHT).formula
    # 160 + 200 = 360 pieces billed for 333 wanted
    assert "360 pieces billed for 333 wanted (MOQ per order, 2 orders a year)" in cost.notes
    figures = {f.label: f for f in prepared.explain_design("Supplier", "RG-B", 333)}
    assert figures["Pieces of this design"].value == 133
    assert "largest remainder" in figures["Pieces of this design"].formula
    assert figures["Pieces billed"].value == 160
    assert "1 order of 67 and 1 of 66 pieces" in figures["Orders a year"].formula
    a = {f.label: f for f in prepared.explain_design("Supplier", "RG-A", 333)}
    assert a["Pieces of this design"].value == 200
    assert a["Tier price"].value == D("12.00")
    assert "2 orders of 100 pieces" in a["Tier price"].formula


def test_one_order_a_year_reaches_the_tier_for_the_year():
    prepared = duo(orders=1)
    # RG-A 200 in one order: tier from 150, 200 × 10.00 = 2,000.00
    # RG-B 133 ≥ MOQ 80: 133 × 20.00 = 2,660.00; freight 1 × 100.00; total 4,760.00
    cost = prepared.cost("Supplier", 333, prepared_adjustments())
    assert cost.component(Component.SUPPLIER_PRICE).value == D("4660.00")
    assert cost.total.value == D("4760.00")


def test_two_orders_at_the_plan_volume():
    prepared = duo(orders=2)
    # at 500: RG-A 300 in 2 orders of 150 (tier from 150 reached): 300 × 10.00 = 3,000.00;
    # RG-B 200 in 2 orders of 100 (≥ MOQ 80): 200 × 20.00 = 4,000.00; freight 200.00
    # total 7,200.00
    assert prepared.total_at("Supplier", 500).value == D("7200.00")
    # one piece fewer, 499: 499 × 300 ÷ 500 = 299.4, 499 × 200 ÷ 500 = 199.6: floors 299 +
    # 199 = 498, the piece left to RG-B (0.6): RG-A 299, RG-B 200. RG-A's orders are 150
    # and 149: 150 × 10.00 + 149 × 12.00 = 1,500.00 + 1,788.00 = 3,288.00;
    # RG-B 4,000.00; freight 200.00: 7,488.00 — a whole piece falls below the tier, never a
    # fraction of one
    assert prepared.total_at("Supplier", 499).value == D("7488.00")


def prepared_adjustments():
    from jewelbench.domain.costing_inputs import Adjustments

    return Adjustments()


@pytest.mark.parametrize("orders, reason", [
    (0, "Orders per year must be at least 1, not 0"),
    (501, "Orders per year (501) cannot be more than the plan's 500 pieces a year"),
    ("2", "Orders per year must be a whole number"),
])
def test_orders_a_year_out_of_range_are_refused_with_the_reason(orders, reason):
    a, b = design("RG-A", design_id=1), design("RG-B", design_id=2)
    with pytest.raises(DomainError) as error:
        CollectionPlan("Duo", (PlannedDesign(a, 300), PlannedDesign(b, 200)),
                       orders_per_year=orders)
    assert reason in str(error.value)


# --- the break-even stays exact with whole pieces: every volume checked --------------------


def small_plan(orders: int, staff: bool) -> PreparedComparison:
    """Three designs with MOQs, tiers and a minimum order value; in-house with a jeweller who
    is joined by another past capacity (when staff)."""
    a = design("RG-A", stones=2, stone_cost="7", design_id=1)
    b = design("RG-B", stones=1, stone_cost="19", design_id=2)
    c = design("RG-C", stones=3, stone_cost="2", design_id=3)
    plan = CollectionPlan("Three", (PlannedDesign(a, 37), PlannedDesign(b, 23),
                                    PlannedDesign(c, 11)), orders_per_year=orders)
    route = OutsourcedRoute("S", {
        "RG-A": quote((1, "31.00"), (40, "24.00"), (120, "17.00"), design_id=1, moq=15),
        "RG-B": quote((1, "44.00"), (60, "35.00"), design_id=2, moq=25,
                      min_order_value=D("1500")),
        "RG-C": quote((1, "12.00"), (30, "9.50"), design_id=3, moq=10)},
        LandedCostTerms(freight_per_shipment=D("85"), shipments_per_year=1))
    extra = dict(staff=[StaffRole("Jeweller", D("60"), 1, D("5"))],
                 labour=[LabourOperation("Bench", D("30"))],
                 loaded_hourly_rate=D("3")) if staff else {}
    bench = scenario(overheads=[Overhead("Rent", D("160"))], **extra)
    return prepare(plan, bench, [route], prices())


@pytest.mark.parametrize("orders, staff", [(1, False), (2, False), (3, True), (2, True)])
def test_every_crossing_matches_a_volume_by_volume_search(orders, staff):
    prepared = small_plan(orders, staff)
    up_to = 700
    found = prepared.evaluate(71, sweep_to=up_to).break_evens[0]
    wins = {v: prepared.total_at(IN_HOUSE, v).value <= prepared.total_at("S", v).value
            for v in range(1, up_to + 1)}
    expected = [(v, wins[v]) for v in range(2, up_to + 1) if wins[v] != wins[v - 1]]
    assert expected, "the case should cross at least once"
    assert [(c.volume, c.in_house_wins) for c in found.crossings] == expected
    assert found.volume == next((v for v in range(1, up_to + 1) if wins[v]), None)


def test_the_plotted_curves_are_the_whole_piece_totals():
    prepared = small_plan(2, True)
    result = prepared.evaluate(71, sweep_to=400)
    for index in range(0, len(result.sweep.volumes), 37):
        v = int(result.sweep.volumes[index])
        assert abs(result.sweep.routes["S"][index]
                   - float(prepared.total_at("S", v).value)) < 1e-6
        assert abs(result.sweep.in_house[index]
                   - float(prepared.total_at(IN_HOUSE, v).value)) < 1e-6
