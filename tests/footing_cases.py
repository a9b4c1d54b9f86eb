"""Random plans and scenarios for the footing tests (issue 15, item 10), and readers that take
the figures back from what is printed.

A case is a plan of 1–3 designs (gold, stones, findings and a box in USD), an in-house
scenario (equipment, rent, staff, a loaded rate, casting loss, remakes), one or two suppliers
(tiers, MOQ, minimum order value, fees, freight, duty, insurance, FX buffer, defects, several
shipments) and a volume, in a base currency of 0, 2 or 3 decimals (JPY, EUR, KWD).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from hypothesis import strategies as st

from jewelbench.domain.costing import prepare
from jewelbench.domain.costing_inputs import (
    CollectionPlan,
    InHouseTerms,
    LandedCostTerms,
    OutsourcedRoute,
    PlannedDesign,
    PriceContext,
)
from jewelbench.domain.designs import (
    Category,
    Design,
    FindingLine,
    MetalLine,
    PackagingLine,
    StoneLine,
)
from jewelbench.domain.money import MINOR_UNITS, Money
from jewelbench.domain.prices import FxRate, MetalPrice
from jewelbench.domain.quotes import Incoterm, Quote, QuoteFee, QuoteTier
from jewelbench.domain.scenarios import (
    Equipment,
    InHouseScenario,
    LabourOperation,
    Overhead,
    StaffRole,
)
from jewelbench.storage.costing import CostingSetup

D = Decimal
ON = dt.date(2026, 11, 1)
# 1 USD in each base currency, and a gram of fine gold in it (about 100 EUR)
USD_IN = {"JPY": D("150.37"), "EUR": D("0.913"), "KWD": D("0.3071")}
GRAM_IN = {"JPY": D(16000), "EUR": D(100), "KWD": D("33.5")}
TROY_OUNCE = D("31.1034768")


def amount(low: int, high: int, places: int = 2) -> st.SearchStrategy[Decimal]:
    """An amount with up to `places` decimals (3 gives amounts no cent can hold)."""
    return st.integers(low * 10 ** places, high * 10 ** places).map(
        lambda units: D(units).scaleb(-places))


@st.composite
def cases(draw: st.DrawFn, max_designs: int = 3, base: str | None = None) -> dict:
    base = base or draw(st.sampled_from(sorted(USD_IN)))
    designs = draw(st.integers(1, max_designs))
    lines = [dict(code=f"D-{i}", gold=draw(st.integers(0, 80)), stones=draw(st.integers(0, 4)),
                  stone=draw(amount(0, 300)), findings=draw(amount(0, 20)),
                  box=draw(amount(0, 9)), minutes=draw(st.integers(0, 180)),
                  volume=draw(st.integers(1, 400)))
             for i in range(designs)]
    suppliers = []
    for s in range(draw(st.integers(1, 2))):
        quotes = []
        currency = draw(st.sampled_from([base, "USD"]))  # a route is in one currency
        for _ in lines:
            mins = sorted(draw(st.sets(st.integers(1, 300), min_size=1, max_size=3)))
            quotes.append(dict(
                currency=currency,
                tiers=[(m, draw(amount(1, 900, 3))) for m in mins],
                moq=draw(st.integers(1, mins[-1])),
                min_order_value=draw(st.one_of(st.just(D(0)), amount(0, 20000))),
                fees=[draw(amount(0, 3000)) for _ in range(2)],
                freight_per_shipment=draw(amount(0, 500)),
                freight_per_piece=draw(amount(0, 9, 3))))
        suppliers.append(dict(
            name=f"Supplier {s + 1}", quotes=quotes,
            incoterm=draw(st.sampled_from(list(Incoterm))),
            terms=dict(duty_pct=draw(amount(0, 25, 1)), insurance_pct=draw(amount(0, 1, 2)),
                       fx_buffer_pct=draw(amount(0, 5, 1)),
                       inspection_per_shipment=draw(amount(0, 300)),
                       defect_allowance_pct=draw(amount(0, 5, 1)),
                       shipments_per_year=draw(st.integers(1, 4)))))
    return dict(
        base=base, lines=lines, suppliers=suppliers,
        scenario=dict(equipment=draw(amount(0, 50000)), life=draw(st.integers(1, 10)),
                      rent=draw(amount(0, 3000)), salary=draw(amount(0, 6000)),
                      headcount=draw(st.integers(0, 2)), rate=draw(amount(0, 60)),
                      loss=draw(amount(0, 8, 1)), error=draw(amount(0, 15, 1)),
                      consumables=draw(amount(0, 5, 3))),
        volume=draw(st.one_of(st.none(), st.integers(1, 5000))))


def setup_for(case: dict) -> CostingSetup:
    """The case as `jewelbench compare` and the workbook read it from a workspace."""
    base = case["base"]
    scale = GRAM_IN[base] / 100  # the scenario's amounts are drawn about EUR-sized
    s = case["scenario"]
    bench = InHouseScenario(
        "Bench", base, equipment=[Equipment("Kit", s["equipment"] * scale, s["life"])],
        overheads=[Overhead("Rent", s["rent"] * scale)],
        staff=[StaffRole("Jeweller", s["salary"] * scale, s["headcount"], D(140))],
        labour=[LabourOperation("Bench", D(line["minutes"]), line["code"])
                for line in case["lines"]],
        loaded_hourly_rate=s["rate"] * scale, casting_loss_pct=s["loss"],
        error_rate_pct=s["error"], consumables_per_piece=s["consumables"] * scale)
    designs = [Design(
        line["code"], f"Ring {line['code']}", Category.RING, id=i + 1,
        metals=[MetalLine("AU750Y", D(line["gold"]) / 10)] if line["gold"] else [],
        stones=[StoneLine("sapphire", "round", line["stones"], Money(line["stone"], "USD"))]
        if line["stones"] else [],
        findings=[FindingLine("clasp", "spring ring", 2, Money(line["findings"], "USD"))]
        if line["findings"] else [],
        packaging=[PackagingLine("box", 1, Money(line["box"], "USD"))] if line["box"] else [])
        for i, line in enumerate(case["lines"])]
    plan = CollectionPlan("Plan" if len(designs) > 1 else designs[0].code, tuple(
        PlannedDesign(design, line["volume"]) for design, line in zip(designs, case["lines"])))
    routes = []
    for s_i, supplier in enumerate(case["suppliers"]):
        quotes = {}
        for design, q in zip(designs, supplier["quotes"]):
            factor = 1 if q["currency"] == "USD" else USD_IN[base]
            quotes[design.code] = Quote(
                supplier_id=s_i + 1, design_id=design.id or 0, currency=q["currency"],
                quoted_on=ON, tiers=[QuoteTier(m, p * factor) for m, p in q["tiers"]],
                moq=q["moq"], min_order_value=q["min_order_value"] * factor,
                fees=[QuoteFee(kind, fee * factor, False)
                      for kind, fee in zip(("mould", "cad"), q["fees"])],
                freight_per_shipment=q["freight_per_shipment"] * factor,
                freight_per_piece=q["freight_per_piece"] * factor,
                incoterm=supplier["incoterm"])
        t = supplier["terms"]
        terms = LandedCostTerms(**{**t, "inspection_per_shipment":
                                   t["inspection_per_shipment"] * scale})
        routes.append(OutsourcedRoute(supplier["name"], quotes, terms))
    gold = MetalPrice("gold", ON, Money(GRAM_IN[base] * TROY_OUNCE, base))
    rate = FxRate(ON, "USD", base, USD_IN[base])
    prices = PriceContext(ON, base, (gold,), (rate,))
    return CostingSetup(plan.name, plan, bench, routes, prices, InHouseTerms(), [])


def evaluate(setup: CostingSetup, volume: int | None):
    prepared = prepare(setup.plan, setup.scenario, setup.routes, setup.prices,
                       setup.in_house_terms)
    return prepared, prepared.evaluate(volume, sweep_points=50)


def fixed_case(seed: int) -> dict:
    """Twelve plain cases: one design, 3–5 decimal prices, in each currency in turn."""
    base = ("EUR", "JPY", "KWD")[seed % 3]
    return dict(
        base=base,
        lines=[dict(code="RG-1", gold=10 + seed, stones=1, stone=D("12.345"), findings=D(0),
                    box=D("1.111"), minutes=37 + seed, volume=300 + 7 * seed)],
        suppliers=[dict(name="Supplier 1", quotes=[dict(
            currency=base, tiers=[(1, D("138.883") + seed)], moq=1, min_order_value=D(0),
            fees=[D("123.45"), D(0)], freight_per_shipment=D("47.11"),
            freight_per_piece=D("0.333"))], incoterm=list(Incoterm)[seed % 4],
            terms=dict(duty_pct=D("4.5"), insurance_pct=D("0.3"), fx_buffer_pct=D(0),
                       inspection_per_shipment=D("99.99"),
                       defect_allowance_pct=D("1.5"), shipments_per_year=3))],
        scenario=dict(equipment=D("12345.67"), life=7, rent=D("777.77"), salary=D("3333.33"),
                      headcount=1, rate=D("31.7"), loss=D("4.5"), error=D("3.3"),
                      consumables=D("1.234")),
        volume=None)


# --- reading printed figures back -------------------------------------------------------------

NUMBER = re.compile(r"^[+-]?\d{1,3}(,\d{3})*(\.\d+)?$")


def read_amount(text: str, currency: str) -> Decimal:
    """A printed amount ("41,665.00 USD", "+0.01", "-3") as the Decimal a reader sees; checks
    it has exactly the currency's decimals."""
    number = text.strip().removesuffix(currency).strip().replace("\u2212", "-")  # − in the view
    assert NUMBER.match(number), f"not a printed amount: {text!r}"
    places = MINOR_UNITS.get(currency, 2)
    decimals = len(number.split(".")[1]) if "." in number else 0
    assert decimals == places, f"{text!r}: {currency} is printed with {places} decimals"
    return D(number.replace(",", ""))
