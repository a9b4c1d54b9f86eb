"""Dated metal prices and FX rates: every cost uses the newest one at or before its date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from jewelbench.domain.messages import QT_TRANSLATE_NOOP
from jewelbench.domain.money import Money, check_currency
from jewelbench.domain.validation import DomainError, check_money, check_number

IS_NOT_A_METAL = QT_TRANSLATE_NOOP(
    "prices", "'{metal}' is not a metal with a market price ({priced_metals})")
METAL_PRICE_MUST_BE = QT_TRANSLATE_NOOP("prices", "Metal price must be above zero")
AN_FX_RATE_NEEDS = QT_TRANSLATE_NOOP("prices", "An FX rate needs two different currencies")

RATE_PLACES = 10  # the decimal places a rate is typed with (and a worked-out one shown with)

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
            raise DomainError(IS_NOT_A_METAL(
                metal=self.metal, priced_metals=', '.join(PRICED_METALS)))
        check_money(self.price_per_troy_oz, QT_TRANSLATE_NOOP("fields", "Metal price"))
        if self.price_per_troy_oz.amount <= 0:
            raise DomainError(METAL_PRICE_MUST_BE())


@dataclass(frozen=True)
class FxRate:
    """1 unit of from_currency = rate units of to_currency on rate_date.

    A rate the workspace keeps has no derived_from. A rate worked out from kept ones (a cross
    rate through a common currency) names the kept rows it came from, and its rate_date is
    the older of their dates."""

    rate_date: dt.date
    from_currency: str
    to_currency: str
    rate: Decimal
    derived_from: tuple[FxRate, ...] = ()
    id: int | None = field(default=None, compare=False)  # its row, once stored

    def __post_init__(self) -> None:
        object.__setattr__(self, "from_currency", check_currency(self.from_currency))
        object.__setattr__(self, "to_currency", check_currency(self.to_currency))
        object.__setattr__(self, "rate", check_number(self.rate, QT_TRANSLATE_NOOP(
            "fields", "FX rate"), allow_equal=False))
        if self.from_currency == self.to_currency:
            raise DomainError(AN_FX_RATE_NEEDS())

    @property
    def derived(self) -> bool:
        """Worked out from kept rates rather than kept itself."""
        return bool(self.derived_from)

    def stated(self) -> str:
        """'1 EUR = 11.684 NOK'."""
        return f"1 {self.from_currency} = {shown_rate(self.rate)} {self.to_currency}"

    def derivation(self) -> str:
        """A short explanation of how a derived rate was worked out ('' for a kept rate):
        'derived from 1 EUR = 11.684 NOK and 1 EUR = 1.0842 USD of 2026-11-27'."""
        if not self.derived_from:
            return ""
        rows = " and ".join(row.stated() for row in self.derived_from)
        dates = sorted({row.rate_date.isoformat() for row in self.derived_from})
        return f"derived from {rows} of {' and '.join(dates)}"


def shown_rate(rate: Decimal) -> str:
    """A rate as written beside a figure: a kept one as kept, a worked-out one (a cross rate
    or an inverse, exact to 28 digits) to 10 decimal places at most, as rates are typed:
    '13.7276326766', not '13.72763267655939750684384289'."""
    exponent = rate.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > RATE_PLACES:
        rate = rate.quantize(Decimal(1).scaleb(-RATE_PLACES))
    return f"{rate.normalize():f}"


class PriceNotFound(LookupError):
    """No price or rate on or before the date asked for."""


def metal_price_on(prices: Iterable[MetalPrice], metal: str, on: dt.date) -> MetalPrice:
    candidates = [p for p in prices if p.metal == metal and p.price_date <= on]
    if not candidates:
        raise PriceNotFound(f"no {metal} price on or before {on.isoformat()}")
    return max(candidates, key=lambda p: p.price_date)


# Preferred common currencies for a cross rate when several give one of the same date.
PIVOT_PREFERENCE: tuple[str, ...] = ("EUR", "USD")


def fx_rate_on(rates: Iterable[FxRate], from_currency: str, to_currency: str,
               on: dt.date) -> tuple[Decimal, FxRate | None]:
    """The rate to multiply from_currency amounts by, from the newest rate on or before `on`.

    In order: a kept rate between the two currencies, either way round (the newest of those;
    kept the other way round, its inverse); otherwise a cross rate through one common currency
    (see cross_rate_on). Returns the rate and the dated row it came from: the kept row itself
    (which may be the other way round: see rate_note), a derived FxRate naming the rows a
    cross rate came from, or None when the currencies are the same.
    """
    if from_currency == to_currency:
        return Decimal(1), None
    index = _index_of(rates)
    direct = [r for r in index.rows(index.pairs.get(frozenset((from_currency, to_currency)), []))
              if r.rate_date <= on]
    if direct:
        newest = max(direct, key=lambda r: r.rate_date)
        rate = newest.rate if newest.from_currency == from_currency else Decimal(1) / newest.rate
        return rate, newest
    touching = sorted({*index.currencies.get(from_currency, ()),
                       *index.currencies.get(to_currency, ())})
    kept = [r for r in index.rows(touching) if r.rate_date <= on]
    cross = cross_rate_on(kept, from_currency, to_currency, on)
    if cross is None:
        raise PriceNotFound(
            f"no {from_currency}→{to_currency} rate on or before {on.isoformat()}")
    return cross.rate, cross


class _RateIndex:
    """Where each pair's and each currency's rows are in one list of rates (positions, in
    order): a lookup reads the rows of its own two currencies, not the whole ECB history."""

    def __init__(self, rates: tuple[FxRate, ...]) -> None:
        self.rates = rates
        self.pairs: dict[frozenset[str], list[int]] = {}
        self.currencies: dict[str, list[int]] = {}
        for position, rate in enumerate(rates):
            self.pairs.setdefault(frozenset((rate.from_currency, rate.to_currency)),
                                  []).append(position)
            self.currencies.setdefault(rate.from_currency, []).append(position)
            self.currencies.setdefault(rate.to_currency, []).append(position)

    def rows(self, positions: Iterable[int]) -> list[FxRate]:
        return [self.rates[p] for p in positions]


_INDEXES: dict[int, _RateIndex] = {}  # by id() of the lists and tuples last looked in
_INDEXES_KEPT = 4


def _index_of(rates: Iterable[FxRate]) -> _RateIndex:
    """The index of these rates. A list's or tuple's is kept for the next lookup in it and
    checked against its rows (compared by identity, at C speed), so a list changed since is
    indexed again, never read stale."""
    snapshot = tuple(rates)
    if not isinstance(rates, list | tuple):
        return _RateIndex(snapshot)
    index = _INDEXES.get(id(rates))
    if index is None or index.rates != snapshot:
        index = _RateIndex(snapshot)
        _INDEXES.pop(id(rates), None)
        _INDEXES[id(rates)] = index
        while len(_INDEXES) > _INDEXES_KEPT:
            del _INDEXES[next(iter(_INDEXES))]
    return index


def cross_rate_on(rates: Iterable[FxRate], from_currency: str, to_currency: str,
                  on: dt.date) -> FxRate | None:
    """A from→to rate through a common currency P, from kept from–P and P–to rates (either way
    round), or None when no currency links the two.

    For each P the two legs are taken from the newest date on or before `on` that has both (one
    fixing, as the ECB and Norges Bank publish them); when no date has both, the newest of each.
    The P whose legs are newest wins (EUR, then USD, then alphabetical on a tie). The result is
    worked out with one division: (a × b) ÷ (c × d), from the legs' fractions."""
    legs: dict[str, dict[dt.date, FxRate]] = {}  # "F|P" / "P|T" → date → row
    for r in rates:
        if r.derived_from or r.rate_date > on:
            continue
        pair = {r.from_currency, r.to_currency}
        for end in (from_currency, to_currency):
            if end in pair:
                other = (pair - {end}).pop()
                if other in (from_currency, to_currency):
                    continue
                found = legs.setdefault(f"{end}|{other}", {})
                if r.rate_date not in found or r.from_currency == end:
                    found[r.rate_date] = r
    best: tuple[tuple[dt.date, dt.date, int, str], FxRate, FxRate] | None = None
    for key, first in legs.items():
        end, pivot = key.split("|")
        if end != from_currency:
            continue
        second = legs.get(f"{to_currency}|{pivot}")
        if not second:
            continue
        shared = set(first) & set(second)
        if shared:
            day = max(shared)
            a, b = first[day], second[day]
        else:
            a, b = first[max(first)], second[max(second)]
        dates = sorted((a.rate_date, b.rate_date))
        rank = PIVOT_PREFERENCE.index(pivot) if pivot in PIVOT_PREFERENCE else \
            len(PIVOT_PREFERENCE)
        score = (dates[0], dates[1], -rank, _reverse_alphabetical(pivot))
        if best is None or score > best[0]:
            best = (score, a, b)
    if best is None:
        return None
    _score, a, b = best
    # from→P as a fraction num/den, then P→to
    num1, den1 = (a.rate, Decimal(1)) if a.from_currency == from_currency else \
        (Decimal(1), a.rate)
    num2, den2 = (b.rate, Decimal(1)) if b.to_currency == to_currency else (Decimal(1), b.rate)
    rate = (num1 * num2) / (den1 * den2)
    return FxRate(min(a.rate_date, b.rate_date), from_currency, to_currency, rate,
                  derived_from=(a, b))


def _reverse_alphabetical(code: str) -> str:
    """Sorts 'AUD' after 'CHF' so that the higher score is the earlier code."""
    return "".join(chr(0x10FFFF - ord(c)) for c in code)


def rate_note(used: FxRate | None, from_currency: str) -> str:
    """What to say beside a rate that is not simply a kept from→to rate ('' when it is):
    'the inverse of 1 USD = 34 THB' or 'derived from 1 EUR = … and 1 EUR = … of 2026-11-27'."""
    if used is None:
        return ""
    if used.derived_from:
        return used.derivation()
    if used.from_currency != from_currency:
        return f"the inverse of {used.stated()} of {used.rate_date.isoformat()}"
    return ""
