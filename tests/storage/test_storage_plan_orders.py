"""A plan's orders a year in the file (m009_plan_orders): stored, read back into the
plan the engine costs, kept by undo, and refused beside nothing when out of range."""

from __future__ import annotations

import pytest
from storage_helpers import query
from test_storage_costing import ON, studio  # noqa: F401  (the fixture)

from jewelbench.domain.validation import DomainError


def test_orders_a_year_are_stored_and_reach_the_engine(studio):  # noqa: F811
    costing = studio.ws.costing
    plan_id = costing.save_plan("SS25", [(studio.ring, 120), (studio.pendant, 300)],
                                orders_per_year=4)
    assert costing.plan_record(plan_id).orders_per_year == 4
    assert costing.plan(plan_id).orders_per_year == 4
    setup = costing.setup_for_plan(plan_id, studio.scenario, ON)
    assert setup.plan.orders_per_year == 4
    # a change that does not say keeps them; a new plan gets 1
    costing.save_plan("SS25 core", [(studio.ring, 100)], plan_id)
    assert costing.plan_record(plan_id).orders_per_year == 4
    other = costing.save_plan("AW25", [(studio.ring, 10)])
    assert costing.plan(other).orders_per_year == 1


def test_a_deleted_plan_comes_back_with_its_orders(studio):  # noqa: F811
    costing = studio.ws.costing
    plan_id = costing.save_plan("SS25", [(studio.ring, 120)], orders_per_year=2)
    record = costing.plan_record(plan_id)
    costing.delete_plan(plan_id)
    costing.restore_plan(record)
    assert costing.plan_record(plan_id).orders_per_year == 2


@pytest.mark.parametrize("orders, message", [
    (0, "Orders per year must be at least 1, not 0"),
    (-3, "Orders per year must be at least 1, not -3"),
    (421, r"Orders per year \(421\) cannot be more than the plan's 420 pieces a year"),
])
def test_orders_out_of_range_are_refused_and_nothing_is_stored(studio, orders,  # noqa: F811
                                                               message):
    costing = studio.ws.costing
    plan_id = costing.save_plan("SS25", [(studio.ring, 120), (studio.pendant, 300)],
                                orders_per_year=3)
    before = query(studio.ws.path, "SELECT * FROM collection_plans")
    with pytest.raises(DomainError, match=message):
        costing.save_plan("SS25", [(studio.ring, 120), (studio.pendant, 300)], plan_id,
                          orders_per_year=orders)
    with pytest.raises(DomainError, match=message):
        costing.save_plan("New", [(studio.ring, 120), (studio.pendant, 300)],
                          orders_per_year=orders)
    assert query(studio.ws.path, "SELECT * FROM collection_plans") == before
