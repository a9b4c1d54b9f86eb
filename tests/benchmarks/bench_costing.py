"""Cost engine benchmark: a full recompute of the comparison view for a 200-design collection.

Run on demand (not in CI):  .venv/bin/python tests/benchmarks/bench_costing.py [--runs 21]

Builds in memory a collection of 200 designs (gold and silver, stones, findings, packaging),
an in-house scenario like the demo's, and 5 suppliers quoting every design (five currencies,
four incoterms, 3–6 price tiers, MOQs, some minimum order values and making-charge quotes).
Then, in one process, it times:
  prepare    prepare(): every BOM priced at the costing date, each route made into its exact
             piecewise model (once per change of the inputs, not per control move)
  recompute  PreparedComparison.evaluate(): what one move of a control redraws — each
             route's exact total and breakdown at the volume, the 500-point sweep of all 6
             curves, every break-even band against each quote solved exactly up to the
             default maximum (the larger of 10 × the volume and the tenth added person),
             cash over 36 months and the tornado data
  plain loop the same 500-point sweep computed the plain way: for every volume, every route
             and every design (its whole pieces by largest remainder, each order on its own),
             the design's landed (or in-house) cost in Decimal, summed
             (the sweep only: a plain loop would need far more for the break-evens)
and prints the medians and the ratio. The plain loop's totals are checked against the
engine's: exactly at a few volumes, and at every sweep point to float precision. Target: a
recompute under 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from decimal import Decimal

from jewelbench.domain.costing import IN_HOUSE, prepare
from jewelbench.domain.costing_inputs import (
    Adjustments,
    CollectionPlan,
    CustomsBasis,
    LandedCostTerms,
    OutsourcedRoute,
    PlannedDesign,
    PriceContext,
)
from jewelbench.domain.costing_outsourced import SUMS, RouteModel
from jewelbench.domain.designs import (
    Category,
    Design,
    FindingLine,
    MetalLine,
    PackagingLine,
    StoneLine,
)
from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate, MetalPrice
from jewelbench.domain.quotes import (
    FeeKind,
    Incoterm,
    PricingBasis,
    Quote,
    QuoteFee,
    QuoteTier,
)
from jewelbench.domain.scenarios import (
    Equipment,
    InHouseScenario,
    LabourOperation,
    Overhead,
    StaffRole,
)

D = Decimal
ON = dt.date(2026, 11, 2)
DESIGNS, SWEEP_POINTS = 200, 500
SUPPLIERS = (("Vicenza", "EUR", Incoterm.EXW), ("Bangkok", "THB", Incoterm.FOB),
             ("Panyu", "CNY", Incoterm.FOB), ("Jaipur", "INR", Incoterm.CIF),
             ("New York", "USD", Incoterm.DDP))
TO_USD = {"EUR": D("1.1681"), "THB": D("0.03089"), "CNY": D("0.14118"), "INR": D("0.011391")}


def build(seed: int = 7) -> tuple[CollectionPlan, InHouseScenario, list[OutsourcedRoute],
                                   PriceContext]:
    rnd = random.Random(seed)
    lines = []
    for i in range(DESIGNS):
        gold = rnd.random() < 0.4
        design = Design(
            f"D-{i:03d}", f"Design {i}", Category.RING, id=i + 1,
            metals=[MetalLine("AU750Y" if gold else "AG925", D(rnd.randint(20, 120)) / 10)],
            stones=[StoneLine("sapphire", "round", rnd.randint(1, 12),
                              Money(D(rnd.randint(50, 4000)) / 100, "USD"))],
            findings=[FindingLine("jump ring", "", 2, Money(D("0.40"), "EUR"))],
            packaging=[PackagingLine("box", 1, Money(D("2.50"), "USD"))])
        lines.append(PlannedDesign(design, rnd.randint(20, 500)))
    plan = CollectionPlan("Benchmark collection", tuple(lines))
    e, o, st, lab = Equipment, Overhead, StaffRole, LabourOperation
    scenario = InHouseScenario(
        "Studio", "USD",
        equipment=[e("3D printer", D("25000"), 5, D("2500")),
                   e("Casting machine", D("12000"), 10, D("1500")),
                   e("Laser welder", D("28000"), 8, D("3000")),
                   e("Polishing", D("3500"), 8, D("200"))],
        overheads=[o("Rent", D("3200")), o("Utilities", D("650")), o("Insurance", D("420"))],
        staff=[st("Caster", D("3900")), st("Setter", D("4800")), st("Polisher", D("3600"))],
        labour=[lab("Casting", D("6")), lab("Clean-up", D("12")), lab("Setting", D("10")),
                lab("Polishing", D("15")), lab("Setting", D("40"), "D-007")],
        loaded_hourly_rate=D("38"), casting_loss_pct=D("6"), buyer_premium_pct=D("4"),
        stone_breakage_pct=D("2"), error_rate_pct=D("5"), consumables_per_piece=D("2.80"))
    routes = []
    for s, (name, currency, incoterm) in enumerate(SUPPLIERS):
        scale = D(1) / TO_USD.get(currency, D(1))
        quotes = {}
        for line in lines:
            tiers_n = rnd.randint(3, 6)
            base = D(rnd.randint(2000, 30000)) / 100 * scale
            mins = sorted(rnd.sample([25, 50, 100, 200, 300, 500, 1000, 2000], tiers_n))
            tiers = [QuoteTier(m, (base * (1 - D(k) / 20)).quantize(D("0.01")))
                     for k, m in enumerate(mins)]
            making = s == 0 or (s == 2 and rnd.random() < 0.5)
            quotes[line.design.code] = Quote(
                s + 1, line.design.id or 0, currency, ON, tiers, moq=mins[0],
                min_order_value=(base * 40).quantize(D("1")) if rnd.random() < 0.2 else D(0),
                pricing_basis=PricingBasis.MAKING_PLUS_METAL if making else PricingBasis.ALL_IN,
                metal_price_basis_per_g=(D("110") * scale / D("1.1681")).quantize(D("0.01"))
                if making else None,
                fees=[QuoteFee(FeeKind.MOULD, (D(150) * scale).quantize(D("1"))),
                      QuoteFee(FeeKind.SAMPLE, (D(80) * scale).quantize(D("1")), True)],
                deposit_pct=D(rnd.choice([0, 30, 50])), incoterm=incoterm,
                freight_per_shipment=(D(120) * scale).quantize(D("1")),
                production_lead_time_days=rnd.choice([None, 30, 45]))
        terms = LandedCostTerms(duty_pct=D("5.5"), customs_basis=CustomsBasis.FOB,
                                insurance_pct=D("0.5"), freight_per_shipment=D("250"),
                                inspection_per_piece=D("0.30"), fx_buffer_pct=D("3"),
                                defect_allowance_pct=D("2"), shipments_per_year=4,
                                supplier_metal_loss_pct=D("6"))
        routes.append(OutsourcedRoute(name, quotes, terms))
    metals = tuple(MetalPrice(m, ON, Money(D(p), "USD"))
                   for m, p in (("gold", "4182.30"), ("silver", "51.68")))
    rates = tuple(FxRate(ON, c, "USD", r) for c, r in TO_USD.items())
    return plan, scenario, routes, PriceContext(ON, "USD", metals, rates)


# --- the plain way: every design, every volume, every route, in Decimal ---------------------


def plain_pieces(volumes: list[int], n: int) -> list[int]:
    """Largest remainder (docs/costing.md, "Collections"), written out plainly."""
    big_p = sum(volumes)
    floors = [n * p // big_p for p in volumes]
    left = n - sum(floors)
    by_remainder = sorted(range(len(volumes)), key=lambda i: (-(n * volumes[i] % big_p), i))
    for i in by_remainder[:left]:
        floors[i] += 1
    return floors


def plain_route_total(model: RouteModel, n: int, adjustments: Adjustments) -> Decimal:
    """A route's total at plan volume n, design by design and order by order (the formulas of
    docs/costing.md applied directly, without the engine's segments): whole pieces by largest
    remainder, each of the plan's orders billed on its own."""
    sums = [Decimal(0)] * SUMS
    k = model.orders
    pieces = plain_pieces([d.volume for d in model.designs], n)
    for d, x in zip(model.designs, pieces):
        q, r = d.quote, d.rate
        sizes = [x // k + (1 if i < x % k else 0) for i in range(k)]
        for size in (z for z in sizes if z):
            billed = Decimal(max(size, q.moq))
            reached = [t for t in q.tiers if t.min_quantity <= billed]
            tier = reached[-1] if reached else q.tiers[0]
            goods = tier.unit_price * billed
            floor = q.min_order_value - (tier.unit_price + d.basis_metal) * billed
            if floor > 0:
                goods += floor
            deposit = q.deposit_pct / 100
            values = (goods * r, d.metal.home * billed, d.metal.foreign * billed,
                      q.freight_per_piece * r * billed, billed, d.brand.home * billed,
                      d.brand.foreign * billed, deposit * goods * r,
                      deposit * d.metal.home * billed, deposit * d.metal.foreign * billed,
                      d.assist.home * billed, d.assist.foreign * billed)
            sums = [s + v for s, v in zip(sums, values)]
    return sum(model.components(sums, adjustments).values(), Decimal(0))


def plain_sweep(prepared, volumes: list[int], adjustments: Adjustments) -> dict[str, list]:
    curves: dict[str, list] = {IN_HOUSE: [prepared.in_house.total(n, adjustments)
                                          for n in volumes]}
    for model in prepared.routes:
        curves[model.name] = [plain_route_total(model, n, adjustments) for n in volumes]
    return curves


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--plain-runs", type=int, default=3)
    args = parser.parse_args()
    plan, scenario, routes, prices = build()
    volume = plan.total_volume
    sweep_to = 4 * volume

    start = time.perf_counter()
    import numpy  # noqa: F401  (imported on first use by the engine: timed apart)
    numpy_ms = (time.perf_counter() - start) * 1000

    prepare_times = []
    for _ in range(5):
        start = time.perf_counter()
        prepared = prepare(plan, scenario, routes, prices)
        prepare_times.append(time.perf_counter() - start)

    # Each run moves the controls, as a user dragging the sliders would.
    moves = [Adjustments(D(k % 7 - 3) * 5, D(k % 5 - 2) * 3, D(2 + k % 4)) for k in
             range(args.runs)]
    result = prepared.evaluate(volume, moves[0], sweep_to=sweep_to, sweep_points=SWEEP_POINTS)
    recompute: list[float] = []
    for adjustments in moves:
        start = time.perf_counter()
        result = prepared.evaluate(volume + 37 * (len(recompute) % 5), adjustments,
                                   sweep_to=sweep_to, sweep_points=SWEEP_POINTS)
        recompute.append(time.perf_counter() - start)

    volumes = [int(v) for v in result.sweep.volumes]
    plain: list[float] = []
    for adjustments in moves[: args.plain_runs]:
        start = time.perf_counter()
        curves = plain_sweep(prepared, volumes, adjustments)
        plain.append(time.perf_counter() - start)

    # The plain loop and the engine agree: exactly at a few volumes, and at every point of the
    # plotted sweep to float precision (same controls as the plain loop's last run).
    checked = 0
    same = moves[args.plain_runs - 1]
    for model in prepared.routes:
        for n in (1, volumes[len(volumes) // 3], volume, volumes[-1]):
            engine = prepared.total_at(model.name, n, same).value
            assert abs(engine - plain_route_total(model, n, same)) < D("1e-12"), (model.name, n)
            checked += 1
    drawn = prepared.evaluate(volume, same, sweep_to=sweep_to, sweep_points=SWEEP_POINTS).sweep
    for name, curve in curves.items():
        floats = drawn.in_house if name == IN_HOUSE else drawn.routes[name]
        for exact, plotted in zip(curve, floats.tolist()):
            assert abs(float(exact) - plotted) <= 1e-9 * max(1.0, abs(float(exact))), name
    points = sum(len(c) for c in curves.values())

    # The break-evens are solved over the default range (docs/costing.md, "Break-even"): the
    # larger of 10 × the volume and the tenth added person, not the sweep's end. Each band
    # holds where it says, checked exactly at its ends and just outside them.
    searched = result.searched_to
    assert searched == prepared.search_end(result.volume, moves[-1]) and searched is not None
    edges = 0
    for found in result.break_evens:
        def wins(n: int, route: str = found.route) -> bool:
            return (prepared.total_at(IN_HOUSE, n, moves[-1]).value
                    <= prepared.total_at(route, n, moves[-1]).value)

        for first, last in found.bands:
            assert wins(first) and wins(last), (found.route, first, last)
            assert first == 1 or not wins(first - 1), (found.route, first)
            assert last == searched or not wins(last + 1), (found.route, last)
            edges += 4
    crossings = sum(len(found.crossings) for found in result.break_evens)

    ours = statistics.median(recompute) * 1000
    base = statistics.median(plain) * 1000
    print(f"{DESIGNS} designs × {len(routes)} quotes each, {len(volumes)}-point sweep to "
          f"{sweep_to:,} pieces; plan volume {volume:,}")
    print(f"  numpy import (once per process)    {numpy_ms:8.1f} ms")
    print(f"  prepare()                 median   {statistics.median(prepare_times) * 1000:8.1f} ms")
    print(f"  recompute (evaluate())    median   {ours:8.1f} ms   worst "
          f"{max(recompute) * 1000:6.1f} ms   ({args.runs} runs)")
    print(f"  plain Decimal loop, sweep only     {base:8.1f} ms   ({args.plain_runs} runs)")
    print(f"  ratio plain ÷ recompute            {base / ours:8.0f} ×   (the plain loop does "
          "the sweep only: no break-even, cash or tornado)")
    print(f"  plain loop = engine: exactly at {checked} (route, volume) points, and all "
          f"{points:,} sweep points to 1e-9")
    print(f"  break-evens solved exactly up to {searched:,} pieces (default: max(10 × volume, "
          f"tenth added person)); {crossings} crossings, every band's edges checked exactly "
          f"({edges} volumes)")
    plain_prices = prepared.evaluate(volume, sweep_to=sweep_to, sweep_points=SWEEP_POINTS)
    print(f"  at the dated prices: {plain_prices.verdict()}")
    for be in plain_prices.break_evens:
        print(f"    {be.describe()}")
    print(f"target: a recompute under 50 ms — {'met' if ours < 50 else 'NOT met'}")


if __name__ == "__main__":
    main()
