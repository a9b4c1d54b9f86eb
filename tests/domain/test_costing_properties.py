"""Properties of the cost engine over generated inputs (hypothesis).

1. The engine's totals equal a plain design-by-design calculation of docs/costing.md's
   formulas in exact fractions (the engine keeps them as exact piecewise lines; this checks
   those lines, the MOQ, tier and minimum-order-value boundaries, the plan's mix in whole
   pieces by largest remainder and the orders a year, each order of whole pieces).
2. Raising any input cost never lowers a total.
3. The break-even volume and every crossing match a volume-by-volume search; at the
   break-even volume v, in-house ≤ route exactly, and below it (v − 1) in-house > route;
   where the crossing falls inside a segment (no tier, MOQ or staff step between v − 1 and
   v), the two straight lines through the totals at v − 1 and v are equal to the cent at the
   reported meeting volume; where it falls on a boundary, the totals jump across each other
   between v − 1 and v.
4. The plotted sweep is the exact totals, to float precision.
"""

from __future__ import annotations

import math
from dataclasses import fields
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_costing_cases import GOLD, USD, design, old_terms, prices, quote, scenario

from jewelbench.domain.costing import IN_HOUSE, PreparedComparison, prepare
from jewelbench.domain.costing_inputs import (
    Adjustments,
    CollectionPlan,
    CustomsBasis,
    LandedCostTerms,
    OutsourcedRoute,
    PlannedDesign,
)
from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate, MetalPrice
from jewelbench.domain.quotes import FeeKind, Incoterm, PricingBasis, QuoteFee
from jewelbench.domain.scenarios import Equipment, LabourOperation, Overhead, StaffRole

D = Decimal
F = Fraction
EXAMPLES = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def money(low: int, high: int) -> st.SearchStrategy[Decimal]:
    return st.integers(low, high).map(lambda cents: D(cents) / 100)


@st.composite
def quotes(draw: st.DrawFn, design_id: int) -> dict[str, object]:
    mins = sorted(draw(st.sets(st.integers(1, 300), min_size=1, max_size=4)))
    making = draw(st.booleans())
    return dict(
        design_id=design_id,
        tiers=[(m, draw(money(0, 50000))) for m in mins],
        moq=draw(st.integers(1, mins[-1])),
        min_order_value=draw(st.one_of(st.just(D(0)), money(0, 2_000_000))),
        making=making, basis=draw(money(1, 20000)),
        fees=[(kind, draw(money(0, 100000)), draw(st.booleans()))
              for kind in ("cad", "mould", "sample")],
        freight_per_shipment=draw(money(0, 50000)),
        freight_per_piece=draw(money(0, 1000)),
        deposit_pct=draw(st.integers(0, 100)))


@st.composite
def cases(draw: st.DrawFn, designs: int = 1) -> dict[str, object]:
    lines = [dict(code=f"D-{i}", gold=draw(st.integers(0, 80)), stones=draw(st.integers(0, 5)),
                  stone_cost=draw(money(0, 20000)), box=draw(money(0, 500)),
                  minutes=draw(st.integers(0, 180)), volume=draw(st.integers(1, 300)))
             for i in range(designs)]
    return dict(
        lines=lines,
        quotes=[draw(quotes(i + 1)) for i in range(designs)],
        currency=draw(st.sampled_from(["EUR", "USD"])),
        incoterm=draw(st.sampled_from(list(Incoterm))),
        terms=dict(duty_pct=D(draw(st.integers(0, 25))),
                   customs_basis=draw(st.sampled_from(list(CustomsBasis))),
                   insurance_pct=draw(money(0, 200)), fx_buffer_pct=D(draw(st.integers(0, 10))),
                   freight_per_shipment=draw(money(0, 50000)),
                   freight_per_piece=draw(money(0, 500)),
                   inspection_per_shipment=draw(money(0, 10000)),
                   inspection_per_piece=draw(money(0, 300)),
                   defect_allowance_pct=D(draw(st.integers(0, 30))),
                   shipments_per_year=draw(st.integers(1, 4)),
                   fee_life_years=draw(st.integers(1, 3)),
                   inland_freight_per_shipment=draw(money(0, 5000)),
                   inland_freight_per_piece=draw(money(0, 50)),
                   import_vat_pct=D(draw(st.integers(0, 27))),
                   vat_registered=draw(st.booleans()),
                   supplier_metal_loss_pct=D(draw(st.integers(0, 10))),
                   brand_supplied=frozenset(draw(st.sets(st.sampled_from(
                       ["stones", "packaging"]))))),
        scenario=dict(equipment=draw(money(0, 5_000_000)), life=draw(st.integers(1, 10)),
                      overhead=draw(money(0, 500_000)), salary=draw(money(0, 500_000)),
                      headcount=draw(st.integers(0, 2)), hours=draw(st.integers(20, 200)),
                      rate=draw(money(0, 6000)), loss=D(draw(st.integers(0, 15))),
                      premium=D(draw(st.integers(0, 10))),
                      breakage=D(draw(st.integers(0, 10))),
                      error=D(draw(st.integers(0, 40))), consumables=draw(money(0, 2000))),
        orders=draw(st.integers(1, 3)),
        gold_price=draw(st.integers(50, 150)),
        usd_rate=draw(st.sampled_from(["0.8", "0.91", "1.07"])),
        labour_in_salaries=draw(st.booleans()))


def build(case: dict) -> PreparedComparison:
    s = case["scenario"]
    bench = scenario(
        equipment=[Equipment("Kit", s["equipment"], s["life"])],
        overheads=[Overhead("Rent", s["overhead"])],
        staff=[StaffRole("Jeweller", s["salary"], s["headcount"], D(s["hours"]))],
        labour=[LabourOperation("Bench", D(line["minutes"]), line["code"])
                for line in case["lines"]],
        loaded_hourly_rate=s["rate"], casting_loss_pct=s["loss"], buyer_premium_pct=s["premium"],
        stone_breakage_pct=s["breakage"], error_rate_pct=s["error"],
        consumables_per_piece=s["consumables"])
    plan = CollectionPlan("Plan", tuple(
        PlannedDesign(design(line["code"], gold_g=str(D(line["gold"]) / 10) if line["gold"]
                             else None, stones=line["stones"], stone_cost=str(line["stone_cost"]),
                             packaging=str(line["box"]), design_id=i + 1, currency="USD"),
                      line["volume"])
        for i, line in enumerate(case["lines"])), orders_per_year=_orders(case))
    route_quotes = {}
    for line, q in zip(case["lines"], case["quotes"]):
        route_quotes[line["code"]] = quote(
            *q["tiers"], design_id=q["design_id"], currency=case["currency"], moq=q["moq"],
            min_order_value=q["min_order_value"],
            pricing_basis=PricingBasis.MAKING_PLUS_METAL if q["making"] else PricingBasis.ALL_IN,
            metal_price_basis_per_g=q["basis"] if q["making"] else None,
            fees=[QuoteFee(k, a, r) for k, a, r in q["fees"]],
            freight_per_shipment=q["freight_per_shipment"],
            freight_per_piece=q["freight_per_piece"], deposit_pct=D(q["deposit_pct"]),
            incoterm=case["incoterm"])
    route = OutsourcedRoute("S", route_quotes, LandedCostTerms(**case["terms"]))
    gold = MetalPrice("gold", GOLD.price_date,
                      Money(D(case["gold_price"]) * D("31.1034768"), "EUR"))
    rate = FxRate(USD.rate_date, "USD", "EUR", D(case["usd_rate"]))
    return prepare(plan, bench, [route], prices(metals=(gold,), rates=(rate,)),
                   old_terms(labour_in_salaries=case["labour_in_salaries"]))


# --- 1. the engine equals the formulas applied design by design ------------------------------


def _orders(case: dict) -> int:
    return min(case.get("orders", 1), sum(line["volume"] for line in case["lines"]))


def whole(case: dict, n: int) -> list[int]:
    """docs/costing.md's largest remainder: ⌊n × p ÷ P⌋ each, the pieces left over one each to
    the largest remainders, the design listed first among equal ones."""
    volumes = [line["volume"] for line in case["lines"]]
    big_p = sum(volumes)
    floors = [n * p // big_p for p in volumes]
    remainders = [F(n * p, big_p) - f for p, f in zip(volumes, floors)]
    left = n - sum(floors)
    for i in sorted(range(len(volumes)), key=lambda i: (-remainders[i], i))[:left]:
        floors[i] += 1
    return floors


def order_sizes(x: int, k: int) -> list[int]:
    """x pieces in k orders of whole pieces: x mod k of them one larger; empty ones dropped."""
    sizes = [x // k + (1 if i < x % k else 0) for i in range(k)]
    return [z for z in sizes if z]


def reference_route(case: dict, n: int, metal_pct: int, fx_pct: int) -> Fraction:
    """docs/costing.md's landed cost, design by design, in exact fractions."""
    t = case["terms"]
    fm, fx = 1 + F(metal_pct, 100), 1 + F(fx_pct, 100)
    foreign = case["currency"] == "USD"
    r = F(D(case["usd_rate"])) if foreign else F(1)
    phi = fx if foreign else F(1)
    usd = F(D(case["usd_rate"])) * fx  # BOM lines are priced in USD
    loss = 1 + F(t["supplier_metal_loss_pct"]) / 100
    goods = metal = freight_pieces = billed_all = brand = assist_materials = F(0)
    for line, q, x in zip(case["lines"], case["quotes"], whole(case, n)):
        fine = F(line["gold"], 10) * F(3, 4)
        basis_metal = fine * loss * F(q["basis"]) if q["making"] else F(0)
        billed = F(0)
        for size in order_sizes(x, _orders(case)):
            one = max(F(size), F(q["moq"]))
            reached = [(m, p) for m, p in q["tiers"] if m <= one]
            price = F(reached[-1][1] if reached else q["tiers"][0][1])
            goods += (price * one + max(F(0), F(q["min_order_value"])
                                        - (price + basis_metal) * one)) * r * phi
            billed += one
        if q["making"]:
            metal += fine * loss * case["gold_price"] * fm * billed
        freight_pieces += F(q["freight_per_piece"]) * billed
        billed_all += billed
        if "stones" in t["brand_supplied"]:
            brand += line["stones"] * F(line["stone_cost"]) * usd * billed
            assist_materials += line["stones"] * F(line["stone_cost"]) * usd * billed
        if "packaging" in t["brand_supplied"]:
            brand += F(line["box"]) * usd * billed
    ships = max(t["shipments_per_year"], _orders(case))  # at least one shipment per order
    fees = sum((F(a) for q in case["quotes"] for _k, a, refundable in q["fees"]
                if not refundable), F(0)) * r * phi / t["fee_life_years"]
    supplier_freight = (freight_pieces + ships * max(F(q["freight_per_shipment"])
                                                      for q in case["quotes"])) * r * phi
    international = supplier_freight + F(t["freight_per_piece"]) * billed_all + \
        F(t["freight_per_shipment"]) * ships
    inland = F(t["inland_freight_per_piece"]) * billed_all + \
        F(t["inland_freight_per_shipment"]) * ships
    freight = international + inland
    buffer = (goods + metal + fees + supplier_freight) * F(t["fx_buffer_pct"]) / 100 \
        if foreign else F(0)
    insurance = (goods + metal + international) * F(t["insurance_pct"]) / 100 \
        if case["incoterm"] in (Incoterm.EXW, Incoterm.FOB) else F(0)
    # Assists (issue 15): mould, tooling and CAD fees ÷ life, and the stones the brand supplies
    # (its packaging is added after import: not an assist).
    assist_fees = sum((F(a) for q in case["quotes"] for k, a, refundable in q["fees"]
                       if not refundable and FeeKind(k) is not FeeKind.SAMPLE),
                      F(0)) * r * phi / t["fee_life_years"]
    customs = goods + metal + assist_fees + assist_materials + (
        international + insurance if t["customs_basis"] is CustomsBasis.CIF else 0)
    duty = 0 if case["incoterm"] is Incoterm.DDP else customs * F(t["duty_pct"]) / 100
    # Import VAT on customs value + duty + inland freight (+ the freight and insurance to the
    # border on a FOB basis: EU VAT Directive Art. 86(1)(b)): a cost only when not registered.
    vat = 0 if case["incoterm"] is Incoterm.DDP or t["vat_registered"] else \
        (customs + duty + inland + (international + insurance if t["customs_basis"]
                                    is CustomsBasis.FOB else 0)) * F(t["import_vat_pct"]) / 100
    inspection = F(t["inspection_per_piece"]) * billed_all + \
        F(t["inspection_per_shipment"]) * ships
    d = F(t["defect_allowance_pct"]) / 100
    defects = (goods + metal + brand) * d / (1 - d)
    return goods + metal + brand + fees + freight + buffer + insurance + duty + inspection + \
        defects + vat


def reference_in_house(case: dict, n: int, metal_pct: int, fx_pct: int) -> Fraction:
    s = case["scenario"]
    fm, usd = 1 + F(metal_pct, 100), F(D(case["usd_rate"])) * (1 + F(fx_pct, 100))
    e = F(s["error"]) / 100
    variable = packaging = minutes = F(0)
    for line, x in zip(case["lines"], whole(case, n)):
        fine = F(line["gold"], 10) * F(3, 4)
        piece = (fine * (1 + F(s["loss"]) / 100) * case["gold_price"] * fm
                 * (1 + F(s["premium"]) / 100)
                 + line["stones"] * F(line["stone_cost"]) * usd * (1 + F(s["breakage"]) / 100)
                 + F(s["consumables"])
                 + (0 if case["labour_in_salaries"] else F(line["minutes"], 60) * F(s["rate"])))
        variable += x * piece
        packaging += x * F(line["box"]) * usd
        minutes += x * line["minutes"]
    needed = minutes / 60 / (1 - e)
    capacity = 12 * s["headcount"] * s["hours"]
    steps = max(0, math.ceil((needed - capacity) / (12 * s["hours"])))
    fixed = F(s["equipment"]) / s["life"] + 12 * F(s["overhead"]) + \
        12 * F(s["salary"]) * (s["headcount"] + steps)
    return variable / (1 - e) + packaging + fixed


def close(engine: Decimal, reference: Fraction) -> bool:
    """Equal but for the engine's 28-digit decimal rounding."""
    return abs(F(engine) - reference) <= F(1, 10**12) * max(1, abs(reference))


@EXAMPLES
@given(case=st.integers(1, 3).flatmap(cases), n=st.integers(1, 2000),
       metal_pct=st.integers(-50, 50), fx_pct=st.integers(-30, 30))
def test_the_engine_equals_the_formulas_design_by_design(case, n, metal_pct, fx_pct):
    prepared = build(case)
    adjustments = Adjustments(D(metal_pct), D(fx_pct))
    # n, and both sides of every volume where the route's lines change (MOQ, tier, minimum
    # order value) or a person is added in-house
    steps = prepared.in_house.step_starts(prepared.in_house.error_rate, 5000)
    edges = sorted({n} | {v for s in prepared.route("S").starts[:40] + steps[:10]
                          for v in (s - 1, s) if v >= 1})
    for v in edges:
        assert close(prepared.total_at("S", v, adjustments).value,
                     reference_route(case, v, metal_pct, fx_pct)), v
        assert close(prepared.total_at(IN_HOUSE, v, adjustments).value,
                     reference_in_house(case, v, metal_pct, fx_pct)), v


# --- 2. costs never fall when an input cost rises --------------------------------------------

RISES = {
    # name: how to raise it in a case (returns the changed case)
    "tier price": lambda c, k: _quote0(c, tiers=[(m, p + k) for m, p in c["quotes"][0]["tiers"]]),
    "one tier's price": lambda c, k: _quote0(c, tiers=[(m, p + (k if i == 0 else 0)) for i, (m, p)
                                                        in enumerate(c["quotes"][0]["tiers"])]),
    "fees": lambda c, k: _quote0(c, fees=[(a, b + k, r) for a, b, r in c["quotes"][0]["fees"]]),
    "minimum order value": lambda c, k: _quote0(c, min_order_value=c["quotes"][0][
        "min_order_value"] + k * 100),
    "supplier freight": lambda c, k: _quote0(c, freight_per_piece=c["quotes"][0][
        "freight_per_piece"] + k),
    "duty": lambda c, k: _terms(c, duty_pct=c["terms"]["duty_pct"] + 1),
    "FX buffer": lambda c, k: _terms(c, fx_buffer_pct=c["terms"]["fx_buffer_pct"] + 1),
    "insurance": lambda c, k: _terms(c, insurance_pct=c["terms"]["insurance_pct"] + 1),
    "defects": lambda c, k: _terms(c, defect_allowance_pct=c["terms"]["defect_allowance_pct"]
                                   + 1),
    "inspection": lambda c, k: _terms(c, inspection_per_piece=c["terms"][
        "inspection_per_piece"] + k),
    "forwarder": lambda c, k: _terms(c, freight_per_shipment=c["terms"][
        "freight_per_shipment"] + k),
    "supplier metal loss": lambda c, k: _terms(c, supplier_metal_loss_pct=c["terms"][
        "supplier_metal_loss_pct"] + 1),
    "gold price": lambda c, k: {**c, "gold_price": c["gold_price"] + 1},
    "USD rate": lambda c, k: {**c, "usd_rate": str(D(c["usd_rate"]) + D("0.01"))},
    "stone cost": lambda c, k: {**c, "lines": [{**c["lines"][0], "stone_cost": c["lines"][0][
        "stone_cost"] + k}, *c["lines"][1:]]},
    "bench minutes": lambda c, k: {**c, "lines": [{**c["lines"][0], "minutes": c["lines"][0][
        "minutes"] + 5}, *c["lines"][1:]]},
    "equipment": lambda c, k: _scenario(c, equipment=c["scenario"]["equipment"] + k),
    "overheads": lambda c, k: _scenario(c, overhead=c["scenario"]["overhead"] + k),
    "salary": lambda c, k: _scenario(c, salary=c["scenario"]["salary"] + k),
    "loaded rate": lambda c, k: _scenario(c, rate=c["scenario"]["rate"] + k),
    "casting loss": lambda c, k: _scenario(c, loss=c["scenario"]["loss"] + 1),
    "buyer premium": lambda c, k: _scenario(c, premium=c["scenario"]["premium"] + 1),
    "breakage": lambda c, k: _scenario(c, breakage=c["scenario"]["breakage"] + 1),
    "error rate": lambda c, k: _scenario(c, error=c["scenario"]["error"] + 1),
    "consumables": lambda c, k: _scenario(c, consumables=c["scenario"]["consumables"] + k),
}


def _quote0(case: dict, **changes: object) -> dict:
    return {**case, "quotes": [{**case["quotes"][0], **changes}, *case["quotes"][1:]]}


def _terms(case: dict, **changes: object) -> dict:
    return {**case, "terms": {**case["terms"], **changes}}


def _scenario(case: dict, **changes: object) -> dict:
    return {**case, "scenario": {**case["scenario"], **changes}}


@EXAMPLES
@given(case=st.integers(1, 2).flatmap(cases), rise=st.sampled_from(sorted(RISES)),
       by=money(1, 100000), n=st.integers(1, 1000))
def test_a_dearer_input_never_makes_a_route_cheaper(case, rise, by, n):
    before, after = build(case), build(RISES[rise](case, by))
    for route in (IN_HOUSE, "S"):
        assert after.total_at(route, n).value >= before.total_at(route, n).value, (rise, route)


# --- 3. break-even ---------------------------------------------------------------------------


def cents(value: Fraction) -> Decimal:
    return (D(value.numerator) / D(value.denominator)).quantize(D("0.01"), ROUND_HALF_UP)


@EXAMPLES
@given(case=st.integers(1, 3).flatmap(cases), up_to=st.integers(1, 300))
def test_break_even_is_the_first_volume_where_in_house_is_not_dearer(case, up_to):
    prepared = build(case)
    result = prepared.evaluate(1, search_to=up_to)
    found = result.break_evens[0]
    assert found.searched_to == up_to

    def diff(v: int) -> Decimal:
        return prepared.total_at(IN_HOUSE, v).value - prepared.total_at("S", v).value

    wins = {v: diff(v) <= 0 for v in range(1, up_to + 1)}
    expected_first = next((v for v in range(1, up_to + 1) if wins[v]), None)
    assert found.volume == expected_first
    changes = [(v, wins[v]) for v in range(2, up_to + 1) if wins[v] != wins[v - 1]]
    assert [(c.volume, c.in_house_wins) for c in found.crossings] == changes
    bands: list[tuple[int, int]] = []  # every run of volumes where in-house is not dearer
    for v in range(1, up_to + 1):
        if wins[v] and bands and bands[-1][1] == v - 1:
            bands[-1] = (bands[-1][0], v)
        elif wins[v]:
            bands.append((v, v))
    assert found.bands == tuple(bands)
    if found.volume is not None:
        v = found.volume
        assert diff(v) <= 0 and (v == 1 or diff(v - 1) > 0)
        assert found.in_house_total and found.route_total
        assert found.in_house_total.value <= found.route_total.value
    for crossing in found.crossings:
        v = crossing.volume
        if crossing.at_boundary:
            assert (diff(v - 1) <= 0) != (diff(v) <= 0)
            continue
        # inside a segment: the straight lines through the totals at v − 1 and v meet at
        # `meets_at` (between v − 1 and v), where they are equal to the cent
        assert crossing.meets_at is not None and v - 1 <= crossing.meets_at <= v
        q = F(crossing.meets_at) - (v - 1)
        lines = []
        for route in (IN_HOUSE, "S"):
            low = F(prepared.total_at(route, v - 1).value)
            high = F(prepared.total_at(route, v).value)
            lines.append(low + (high - low) * q)
        assert cents(lines[0]) == cents(lines[1])


# --- 4. the sweep ----------------------------------------------------------------------------


@EXAMPLES
@given(case=st.integers(1, 3).flatmap(cases), up_to=st.integers(2, 5000),
       error=st.integers(0, 60))
def test_the_sweep_is_the_exact_totals_in_floats(case, up_to, error):
    prepared = build(case)
    adjustments = Adjustments(error_rate_pct=D(error))
    sweep = prepared.evaluate(1, adjustments, sweep_to=up_to, sweep_points=40).sweep
    for i, v in enumerate(sweep.volumes.tolist()):
        for route, curve in ((IN_HOUSE, sweep.in_house), ("S", sweep.routes["S"])):
            exact = float(prepared.total_at(route, v, adjustments).value)
            assert math.isclose(curve[i], exact, rel_tol=1e-9, abs_tol=1e-6), (route, v)


def test_a_generated_case_builds():
    # the builder itself, once, outside hypothesis: a readable failure if it breaks
    case = {
        "lines": [dict(code="D-0", gold=40, stones=2, stone_cost=D(10), box=D(1), minutes=60,
                       volume=100)],
        "quotes": [dict(design_id=1, tiers=[(1, D(500))], moq=1, min_order_value=D(0),
                        making=False, basis=D(1), fees=[], freight_per_shipment=D(0),
                        freight_per_piece=D(0), deposit_pct=0)],
        "currency": "EUR", "incoterm": Incoterm.FOB,
        "terms": {f.name: getattr(LandedCostTerms(), f.name) for f in fields(LandedCostTerms)},
        "scenario": dict(equipment=D(0), life=1, overhead=D(0), salary=D(0), headcount=0,
                         hours=160, rate=D(30), loss=D(0), premium=D(0), breakage=D(0),
                         error=D(0), consumables=D(0)),
        "gold_price": 100, "usd_rate": "0.8", "labour_in_salaries": False}
    prepared = build(case)
    # 100 × 500 + 100 × 1 box (1 USD × 0.8) = 50,080
    assert prepared.total_at("S", 100).value == D(50080)
    assert close(prepared.total_at("S", 100).value, reference_route(case, 100, 0, 0))
    assert close(prepared.total_at(IN_HOUSE, 100).value, reference_in_house(case, 100, 0, 0))
