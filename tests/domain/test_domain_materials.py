"""A design's material cost: checked by hand against the formula in the module docstring."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from jewelbench.domain.alloys import STANDARD_ALLOYS
from jewelbench.domain.designs import (
    Category,
    Design,
    FindingLine,
    MetalLine,
    PackagingLine,
    PlatingLine,
    StoneLine,
)
from jewelbench.domain.materials import fine_metal_by_metal, material_cost
from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate, MetalPrice

ALLOYS = {a.code: a for a in STANDARD_ALLOYS}
ON = dt.date(2026, 11, 1)


def _design() -> Design:
    return Design(
        code="RG-1", name="Test ring", category=Category.RING,
        metals=[MetalLine("AU585Y", Decimal("4.000")), MetalLine("AG925", Decimal("2.000"))],
        stones=[StoneLine("sapphire", "round", 3, Money(Decimal("12.50"), "EUR"))],
        findings=[FindingLine("jump ring", "", 2, Money(Decimal("0.40"), "USD"))],
        platings=[PlatingLine("rhodium", "white", Decimal("0.3"), Money(Decimal("1.10"), "USD"))],
        packaging=[PackagingLine("box", 1, Money(Decimal("2.00"), "USD"))])


PRICES = [
    MetalPrice("gold", dt.date(2026, 10, 1), Money(Decimal("3110.34768"), "USD")),  # 100 USD/g
    MetalPrice("gold", dt.date(2026, 12, 1), Money(Decimal("9999"), "USD")),  # after the date
    MetalPrice("silver", dt.date(2026, 9, 1), Money(Decimal("31.1034768"), "USD")),  # 1 USD/g
]
RATES = [FxRate(dt.date(2026, 10, 15), "EUR", "USD", Decimal("1.20"))]


def test_fine_metal_per_metal():
    assert fine_metal_by_metal(_design(), ALLOYS) == {"gold": Decimal("2.340000"),
                                                      "silver": Decimal("1.850000")}


def test_the_cost_matches_the_hand_calculation():
    cost = material_cost(_design(), ALLOYS, PRICES, RATES, ON, "USD")
    assert cost.complete
    # gold 4 g × 0.585 × 100 = 234; silver 2 g × 0.925 × 1 = 1.85
    assert cost.metal.quantize(Decimal("0.0001")) == Decimal("235.8500")
    assert cost.stones == Decimal("45.0000")  # 3 × 12.50 EUR × 1.20
    assert cost.findings == Decimal("0.80")
    assert cost.plating == Decimal("1.10")
    assert cost.packaging == Decimal("2.00")
    assert cost.total.rounded() == Money(Decimal("284.75"), "USD")
    assert any("price of 2026-10-01" in term for term in cost.terms), "the price used is named"


def test_missing_prices_and_rates_are_listed_not_guessed():
    cost = material_cost(_design(), ALLOYS, PRICES[2:], [], ON, "USD")
    assert not cost.complete
    assert any("gold" in m for m in cost.missing)
    assert any("EUR" in m for m in cost.missing)
    assert cost.metal.quantize(Decimal("0.01")) == Decimal("1.85")
