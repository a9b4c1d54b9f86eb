"""The in-house model of issue 15 against docs/costing.md's formulas in exact fractions, over
random plans and options: recovered metal and stones with a refining charge, the in-house FX
buffer on what is priced in USD (stones, boxes), the capital charge, and the present value of
the cash at the cost of capital."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction as F

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_costing_properties import build, cases, whole

from jewelbench.domain.costing import IN_HOUSE, prepare
from jewelbench.domain.costing_inputs import Adjustments, InHouseTerms

D = Decimal


@st.composite
def options(draw: st.DrawFn) -> InHouseTerms:
    return InHouseTerms(recoverable_pct=D(draw(st.integers(0, 100))),
                        refining_pct=D(draw(st.integers(0, 100))),
                        fx_buffer_pct=D(draw(st.integers(0, 10))),
                        capital_rate_pct=D(draw(st.integers(0, 20))),
                        labour_in_salaries=draw(st.booleans()))


def reference(case: dict, terms: InHouseTerms, n: int, metal_pct: int, fx_pct: int) -> F:
    s = case["scenario"]
    fm = 1 + F(metal_pct, 100)
    usd = F(D(case["usd_rate"])) * (1 + F(fx_pct, 100)) * (1 + F(terms.fx_buffer_pct) / 100)
    r, f = F(terms.recoverable_pct) / 100, F(terms.refining_pct) / 100
    k = r * (1 - f)
    c, p, b = F(s["loss"]) / 100, F(s["premium"]) / 100, F(s["breakage"]) / 100
    e = F(s["error"]) / 100
    year = packaging = minutes = F(0)
    # each design at its whole pieces (largest remainder, docs/costing.md "Collections")
    for line, x in zip(case["lines"], whole(case, n)):
        fine_value = F(line["gold"], 10) * F(3, 4) * case["gold_price"] * fm
        stones = line["stones"] * F(line["stone_cost"]) * usd
        labour = 0 if terms.labour_in_salaries else F(line["minutes"], 60) * F(s["rate"])
        variable = (fine_value * ((1 + c) * (1 + p) - c * k) + stones * (1 + b)
                    + F(s["consumables"]) + labour)
        remake = variable - fine_value * k - stones * r
        year += x * (variable + remake * e / (1 - e))
        packaging += x * F(line["box"]) * usd
        minutes += x * line["minutes"]
    needed = minutes / 60 / (1 - e)
    capacity = 12 * s["headcount"] * s["hours"]
    steps = max(0, math.ceil((needed - capacity) / (12 * s["hours"])))
    fixed = (F(s["equipment"]) / s["life"] + 12 * F(s["overhead"])
             + 12 * F(s["salary"]) * (s["headcount"] + steps)
             + F(terms.capital_rate_pct) / 100 * F(s["equipment"]) / 2)  # salvage 0
    return year + packaging + fixed


def close(engine: Decimal, expected: F) -> bool:
    """Equal but for the engine's 28-digit decimal rounding."""
    return abs(F(engine) - expected) <= F(1, 10**12) * max(1, abs(expected))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=st.integers(1, 3).flatmap(cases), terms=options(), n=st.integers(1, 3000),
       metal_pct=st.integers(-50, 50), fx_pct=st.integers(-30, 30))
def test_in_house_equals_the_formulas(case, terms, n, metal_pct, fx_pct):
    old = build(case)
    prepared = prepare(old.plan, old.scenario, [], old.context, terms)
    adjustments = Adjustments(D(metal_pct), D(fx_pct))
    assert close(prepared.total_at(IN_HOUSE, n, adjustments).value,
                 reference(case, terms, n, metal_pct, fx_pct))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=st.integers(1, 2).flatmap(cases), terms=options(), n=st.integers(1, 3000))
def test_present_values_discount_each_month_at_the_rate(case, terms, n):
    old = build(case)
    prepared = prepare(old.plan, old.scenario, [], old.context, terms)
    (cash,) = prepared.evaluate(n, sweep_to=n).cash
    monthly = 1 + F(terms.capital_rate_pct) / 1200
    expected = sum(F(paid) / monthly ** t for t, paid in enumerate(cash.monthly))
    assert close(cash.present_value.value, expected)
    assert cash.present_value.value <= cash.cumulative[-1]  # never more than the cash paid
