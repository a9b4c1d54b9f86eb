"""What is missing is kept as data beside the message that names it — the metal or the
currency, and the date — so the app can open the form for exactly that price or rate."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jewelbench.domain.alloys import STANDARD_ALLOYS
from jewelbench.domain.costing_inputs import CostingInputError, PriceBook, PriceContext
from jewelbench.domain.designs import Category, Design, MetalLine, StoneLine
from jewelbench.domain.materials import material_cost
from jewelbench.domain.missing_prices import MissingPrice
from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate, MetalPrice
from jewelbench.domain.quote_comparison import compare_quotes
from jewelbench.domain.quotes import Quote, QuoteTier

ON = dt.date(2026, 11, 1)
ALLOYS = {a.code: a for a in STANDARD_ALLOYS}


def _ring() -> Design:
    return Design(code="RG-1", name="Test ring", category=Category.RING,
                  metals=[MetalLine("AU585Y", Decimal("4")), MetalLine("AG925", Decimal("2"))],
                  stones=[StoneLine("sapphire", "round", 3, Money(Decimal("12.50"), "THB"))])


def test_a_bill_of_materials_keeps_each_missing_price_and_rate_once():
    gold = MetalPrice("gold", dt.date(2026, 10, 1), Money(Decimal("3110.34768"), "USD"))
    cost = material_cost(_ring(), ALLOYS, [gold], [], ON, "USD")
    assert not cost.complete
    assert cost.gaps == [MissingPrice(ON, metal="silver"),
                         MissingPrice(ON, currency="THB", to_currency="USD")]
    assert [gap.describe() for gap in cost.gaps] == [
        "no silver price on or before 2026-11-01", "no THB→USD FX rate on or before 2026-11-01"]


def test_a_complete_bill_of_materials_misses_nothing():
    prices = [MetalPrice(metal, dt.date(2026, 10, 1), Money(Decimal("100"), "USD"))
              for metal in ("gold", "silver")]
    rates = [FxRate(dt.date(2026, 10, 1), "THB", "USD", Decimal("0.03"))]
    cost = material_cost(_ring(), ALLOYS, prices, rates, ON, "USD")
    assert cost.complete and cost.gaps == []


def test_the_price_book_hands_its_missing_prices_to_the_costing_refusal():
    book = PriceBook(PriceContext(ON, "USD"))
    assert book.fine_price("silver", "design RG-1") is None
    assert book.fine_price("silver", "design RG-2") is None
    assert book.rate("EUR", "route A") == 1
    assert book.missing == [MissingPrice(ON, metal="silver"),
                            MissingPrice(ON, currency="EUR", to_currency="USD")]
    refusal = CostingInputError(book.problems, book.missing)
    assert refusal.missing == tuple(book.missing)
    with pytest.raises(CostingInputError) as raised:
        raise refusal
    assert "no silver price on or before 2026-11-01 (needed for design RG-1)" in str(
        raised.value)


def test_a_quote_column_without_a_rate_names_the_rate_and_its_quote_date():
    quoted = dt.date(2026, 10, 15)
    gbp = Quote(id=1, supplier_id=1, design_id=5, currency="GBP", quoted_on=quoted, moq=50,
                tiers=[QuoteTier(50, Decimal("20"))])
    usd = Quote(id=2, supplier_id=2, design_id=5, currency="USD", quoted_on=quoted, moq=50,
                tiers=[QuoteTier(50, Decimal("21"))])
    comparison = compare_quotes([gbp, usd], [], "USD", ON, [50],
                                supplier_names={1: "A", 2: "B"})
    assert comparison.columns[0].missing == MissingPrice(quoted, currency="GBP",
                                                         to_currency="USD")
    assert "Costs ▸ Update Prices…" in comparison.columns[0].error
    assert comparison.columns[1].missing is None
