"""Dated prices: each cost uses the newest price or rate at or before its date."""

import datetime as dt
from decimal import Decimal

import pytest

from jewelbench.domain.entities import FxRate, MetalPrice
from jewelbench.domain.money import Money
from jewelbench.domain.prices import PriceNotFound, fx_rate_on, metal_price_on

JAN, FEB, MAR = dt.date(2025, 1, 2), dt.date(2025, 2, 3), dt.date(2025, 3, 3)


def gold(on: dt.date, price: str) -> MetalPrice:
    return MetalPrice("gold", on, Money.of(price, "USD"), source="LBMA PM")


PRICES = [
    gold(FEB, "2850"),
    gold(JAN, "2650"),
    gold(MAR, "2900"),
    MetalPrice("silver", MAR, Money.of("32.10", "USD")),
]


@pytest.mark.parametrize("on, expected", [
    (JAN, "2650"),                       # a price on the day itself counts
    (FEB - dt.timedelta(days=1), "2650"),
    (FEB, "2850"),
    (dt.date(2025, 2, 28), "2850"),
    (dt.date(2030, 1, 1), "2900"),       # newest one, however old
])
def test_metal_price_on_uses_the_newest_price_at_or_before_the_date(on, expected):
    price = metal_price_on(PRICES, "gold", on)
    assert price.price_per_troy_oz == Money.of(expected, "USD")
    assert price.price_date <= on


def test_metal_price_on_says_which_price_it_used():
    price = metal_price_on(PRICES, "gold", dt.date(2025, 2, 10))
    assert price.price_date == FEB
    assert price.source == "LBMA PM"


def test_metal_price_on_ignores_other_metals_and_later_prices():
    assert metal_price_on(PRICES, "silver", MAR).price_per_troy_oz == Money.of("32.10", "USD")
    with pytest.raises(PriceNotFound, match="no silver price on or before 2025-02-03"):
        metal_price_on(PRICES, "silver", FEB)


def test_no_price_at_all_is_price_not_found():
    with pytest.raises(PriceNotFound, match="platinum"):
        metal_price_on(PRICES, "platinum", MAR)
    with pytest.raises(PriceNotFound):
        metal_price_on([], "gold", MAR)
    assert issubclass(PriceNotFound, LookupError)


def test_metal_price_on_accepts_any_iterable_once():
    price = metal_price_on(iter(PRICES), "gold", MAR)
    assert price.price_date == MAR


RATES = [
    FxRate(JAN, "EUR", "USD", Decimal("1.0300")),
    FxRate(FEB, "EUR", "USD", Decimal("1.0400")),
    FxRate(MAR, "USD", "THB", Decimal("34.00")),
]


def test_fx_rate_on_uses_the_newest_direct_rate_and_returns_its_row():
    rate, row = fx_rate_on(RATES, "EUR", "USD", dt.date(2025, 2, 15))
    assert rate == Decimal("1.0400")
    assert row is RATES[1]
    rate, row = fx_rate_on(RATES, "EUR", "USD", JAN)
    assert rate == Decimal("1.0300") and row is RATES[0]


def test_fx_rate_on_inverts_a_rate_kept_the_other_way_round():
    rate, row = fx_rate_on(RATES, "THB", "USD", MAR)
    assert row is RATES[2]
    assert rate == Decimal(1) / Decimal("34.00")
    # 3 400 baht is 100 dollars, to within the last of 28 digits
    assert abs(Money.of("3400", "THB").converted(rate, "USD").amount - 100) < Decimal("1e-20")


def test_fx_rate_on_for_the_same_currency_is_one_and_cites_no_row():
    assert fx_rate_on(RATES, "USD", "USD", JAN) == (Decimal(1), None)
    assert fx_rate_on([], "JPY", "JPY", JAN) == (Decimal(1), None)


def test_fx_rate_on_picks_the_newest_whichever_way_it_was_kept():
    rates = [FxRate(JAN, "EUR", "USD", Decimal("1.25")),
             FxRate(FEB, "USD", "EUR", Decimal("0.5"))]
    rate, row = fx_rate_on(rates, "EUR", "USD", MAR)
    assert rate == Decimal(2)
    assert row is rates[1]


def test_no_rate_on_or_before_the_date_is_price_not_found():
    with pytest.raises(PriceNotFound, match="EUR→USD rate on or before 2025-01-01"):
        fx_rate_on(RATES, "EUR", "USD", dt.date(2025, 1, 1))
    with pytest.raises(PriceNotFound, match="GBP→USD"):
        fx_rate_on(RATES, "GBP", "USD", MAR)
