"""One metal price or FX rate changed or deleted by its id; duplicates refused by name."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate, MetalPrice
from jewelbench.storage.repository import DuplicateError, NotFound

DAY = dt.date(2026, 12, 4)


def test_a_metal_price_is_stored_changed_and_deleted_by_its_id(make_workspace):
    ws = make_workspace()
    silver_id = ws.prices.add_metal_price(MetalPrice("silver", DAY, Money.of("31.50", "USD"),
                                                     "LBMA"))
    gold_id = ws.prices.add_metal_price(MetalPrice("gold", DAY, Money.of("2950.10", "USD")))
    assert silver_id != gold_id
    stored = ws.prices.metal_price(silver_id)
    assert (stored.metal, stored.price_per_troy_oz, stored.source, stored.id) == (
        "silver", Money.of("31.50", "USD"), "LBMA", silver_id)

    ws.prices.update_metal_price(MetalPrice("silver", DAY - dt.timedelta(days=1),
                                            Money.of("1032.40", "NOK"), "bank", id=silver_id))
    changed = ws.prices.metal_price(silver_id)
    assert changed.price_date == dt.date(2026, 12, 3)
    assert changed.price_per_troy_oz == Money(Decimal("1032.40"), "NOK")
    assert changed.source == "bank"
    assert len(ws.prices.metal_prices()) == 2

    deleted = ws.prices.delete_metal_price(silver_id)
    assert deleted.id == silver_id and deleted.source == "bank"
    assert [p.metal for p in ws.prices.metal_prices()] == ["gold"]
    # put back under the same id (as undo does)
    assert ws.prices.add_metal_price(deleted) == silver_id
    assert ws.prices.metal_price(silver_id).price_per_troy_oz.amount == Decimal("1032.40")


def test_a_change_that_would_make_a_second_price_for_the_same_day_is_refused(make_workspace):
    ws = make_workspace()
    ws.prices.add_metal_price(MetalPrice("gold", DAY, Money.of("2950.10", "USD")))
    other = ws.prices.add_metal_price(MetalPrice("gold", DAY - dt.timedelta(days=1),
                                                 Money.of("2940", "USD")))
    with pytest.raises(DuplicateError, match="already a gold price in USD for 2026-12-04"):
        ws.prices.update_metal_price(MetalPrice("gold", DAY, Money.of("1", "USD"), id=other))
    assert ws.prices.metal_price(other).price_per_troy_oz.amount == Decimal("2940")
    with pytest.raises(DuplicateError):
        ws.prices.add_metal_price(MetalPrice("gold", DAY, Money.of("2", "USD")))


def test_a_price_or_rate_that_is_gone_is_named(make_workspace):
    ws = make_workspace()
    with pytest.raises(NotFound, match="Metal price #7 does not exist"):
        ws.prices.delete_metal_price(7)
    with pytest.raises(NotFound, match="Exchange rate #7 does not exist"):
        ws.prices.update_fx_rate(FxRate(DAY, "EUR", "NOK", Decimal("11.7"), id=7))
    with pytest.raises(NotFound):
        ws.prices.update_metal_price(MetalPrice("gold", DAY, Money.of("1", "USD")))


def test_an_fx_rate_is_stored_changed_and_deleted_by_its_id(make_workspace):
    ws = make_workspace()
    rate_id = ws.prices.add_fx_rate(FxRate(DAY, "EUR", "NOK", Decimal("11.7")))
    ws.prices.add_fx_rate(FxRate(DAY, "THB", "USD", Decimal("0.0285")))
    ws.prices.update_fx_rate(FxRate(DAY, "EUR", "NOK", Decimal("11.74"), id=rate_id))
    assert ws.prices.fx_rate(rate_id).rate == Decimal("11.74")
    with pytest.raises(DuplicateError, match="already a THB→USD rate for 2026-12-04"):
        ws.prices.update_fx_rate(FxRate(DAY, "THB", "USD", Decimal("0.03"), id=rate_id))
    assert ws.prices.fx_rate(rate_id).from_currency == "EUR"
    deleted = ws.prices.delete_fx_rate(rate_id)
    assert [(r.from_currency, r.to_currency) for r in ws.prices.fx_rates()] == [("THB", "USD")]
    assert ws.prices.add_fx_rate(deleted) == rate_id
    assert ws.prices.fx_rate(rate_id).rate == Decimal("11.74")


def test_the_metals_and_currencies_in_use_are_those_of_designs_quotes_and_prices(demo_copy):
    from jewelbench.storage import Workspace

    ws = Workspace.open(demo_copy)
    try:
        metals = ws.prices.metals_in_use()
        assert set(metals) <= {"silver", "gold", "platinum", "palladium"}
        assert "silver" in metals and "gold" in metals
        currencies = ws.prices.currencies_in_use()
        assert {q.currency for q in ws.quotes.summaries()} <= set(currencies)
        assert {"THB", "EUR"} <= set(currencies)
    finally:
        ws.close()


def test_an_empty_workspace_uses_no_metal_and_no_currency(make_workspace):
    ws = make_workspace()
    assert ws.prices.metals_in_use() == []
    assert ws.prices.currencies_in_use() == []
    ws.prices.add_fx_rate(FxRate(DAY, "THB", "USD", Decimal("0.0285")))
    assert ws.prices.currencies_in_use() == ["THB", "USD"]
