"""Dated metal prices and FX rates: every cost uses the newest one at or before its date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from jewelbench.domain.money import Money, check_currency
from jewelbench.domain.validation import DomainError, check_money, check_number

PRICED_METALS: tuple[str, ...] = ("silver", "gold", "platinum", "palladium")


@dataclass(frozen=True)
class MetalPrice:
    """Price of the fine (pure) metal on a date, per troy ounce."""

    metal: str
    price_date: dt.date
    price_per_troy_oz: Money
    source: str = ""
    id: int | None = field(default=None, compare=False)  # its row, once stored

    def __post_init__(self) -> None:
        if self.metal not in PRICED_METALS:
            raise DomainError(f"'{self.metal}' is not a metal with a market price "
                              f"({', '.join(PRICED_METALS)})")
        check_money(self.price_per_troy_oz, "Metal price")
        if self.price_per_troy_oz.amount <= 0:
            raise DomainError("Metal price must be above zero")


@dataclass(frozen=True)
class FxRate:
    """1 unit of from_currency = rate units of to_currency on rate_date."""

    rate_date: dt.date
    from_currency: str
    to_currency: str
    rate: Decimal
    id: int | None = field(default=None, compare=False)  # its row, once stored

    def __post_init__(self) -> None:
        object.__setattr__(self, "from_currency", check_currency(self.from_currency))
        object.__setattr__(self, "to_currency", check_currency(self.to_currency))
        object.__setattr__(self, "rate", check_number(self.rate, "FX rate", allow_equal=False))
        if self.from_currency == self.to_currency:
            raise DomainError("An FX rate needs two different currencies")


class PriceNotFound(LookupError):
    """No price or rate on or before the date asked for."""


def metal_price_on(prices: Iterable[MetalPrice], metal: str, on: dt.date) -> MetalPrice:
    candidates = [p for p in prices if p.metal == metal and p.price_date <= on]
    if not candidates:
        raise PriceNotFound(f"no {metal} price on or before {on.isoformat()}")
    return max(candidates, key=lambda p: p.price_date)


def fx_rate_on(rates: Iterable[FxRate], from_currency: str, to_currency: str,
               on: dt.date) -> tuple[Decimal, FxRate | None]:
    """The rate to multiply from_currency amounts by; uses the inverse rate if only that is kept.

    Returns the rate and the dated row it came from (None when the currencies are the same).
    """
    if from_currency == to_currency:
        return Decimal(1), None
    direct = [r for r in rates if r.rate_date <= on and
              {r.from_currency, r.to_currency} == {from_currency, to_currency}]
    if not direct:
        raise PriceNotFound(
            f"no {from_currency}→{to_currency} rate on or before {on.isoformat()}")
    newest = max(direct, key=lambda r: r.rate_date)
    rate = newest.rate if newest.from_currency == from_currency else Decimal(1) / newest.rate
    return rate, newest
