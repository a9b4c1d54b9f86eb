"""Exact money: a Decimal amount that always carries its ISO 4217 currency."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.core import get_global
from babel.numbers import get_currency_precision

_CURRENCY = re.compile(r"^[A-Z]{3}$")
# What Decimal() may be given: ASCII digits only (Decimal also takes full-width "１２",
# other scripts' digits and "1_000", which no one types as an amount on purpose).
_NUMBER_TEXT = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$", re.ASCII)
_NOT_FINITE = re.compile(r"^[+-]?(nan|snan|inf|infinity)$", re.IGNORECASE)


def minor_units(currency: str) -> int:
    """The decimal places a currency is written with, from babel's data (CLDR, after ISO 4217):
    JPY, ISK and KRW 0; KWD, BHD, OMR, JOD and TND 3; a code the data does not know, 2."""
    return int(get_currency_precision(currency))


class _MinorUnits(Mapping[str, int]):
    """MINOR_UNITS[code] / .get(code, 2): the places of any currency code (babel's data lists
    only the currencies that differ from 2; iterating gives those)."""

    def __getitem__(self, currency: str) -> int:
        if not isinstance(currency, str) or not _CURRENCY.match(currency):
            raise KeyError(currency)
        return minor_units(currency)

    def __iter__(self) -> Iterator[str]:
        return (code for code in _fractions() if code != "DEFAULT")

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _fractions() -> Mapping[str, object]:
    fractions: Mapping[str, object] = get_global("currency_fractions")
    return fractions


# Minor units per currency: never a hand-kept list (it gave OMR, JOD and TND 2 places, ISK 2).
MINOR_UNITS: Mapping[str, int] = _MinorUnits()

# Bounds that keep an amount printable and storable; a larger figure is almost always a typo.
MAX_AMOUNT = Decimal("1e12")


class MoneyError(ValueError):
    """An amount or currency that cannot be money."""


def check_currency(code: str) -> str:
    """Return the currency code upper-cased, or raise MoneyError if it is not three letters."""
    normalised = (code or "").strip().upper()
    if not _CURRENCY.match(normalised):
        raise MoneyError(f"'{code}' is not a currency code (three letters, such as USD or EUR)")
    return normalised


def to_decimal(value: object, what: str = "amount") -> Decimal:
    """Parse text, int or Decimal into a finite Decimal. Floats are refused: they are not exact."""
    if isinstance(value, bool) or isinstance(value, float):
        raise MoneyError(f"{what} must be exact (text or Decimal), not a binary float: {value!r}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if not (_NUMBER_TEXT.match(text) or _NOT_FINITE.match(text)):
            raise MoneyError(f"{what} '{value}' is not a number")
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise MoneyError(f"{what} '{value}' is not a number") from None
    else:
        raise MoneyError(f"{what} must be a number, not {type(value).__name__}")
    if not result.is_finite():
        raise MoneyError(f"{what} must be a finite number, not {value!r}")
    # copy_abs() is exact: abs() would round in the context and raise decimal.Overflow on
    # "1E+999999999"
    if result.copy_abs() >= MAX_AMOUNT:
        raise MoneyError(f"{what} {value} is too large")
    return result


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", to_decimal(self.amount))
        object.__setattr__(self, "currency", check_currency(self.currency))

    @classmethod
    def of(cls, amount: object, currency: str) -> Money:
        return cls(to_decimal(amount), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(Decimal(0), currency)

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise MoneyError(f"cannot combine {self.currency} with {other.currency}: convert first")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor: object) -> Money:
        if isinstance(factor, Money):
            raise TypeError("cannot multiply money by money")
        return Money(self.amount * to_decimal(factor, "factor"), self.currency)

    __rmul__ = __mul__

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def converted(self, rate: Decimal, currency: str) -> Money:
        """This amount in another currency, where 1 unit of self.currency = rate units of it."""
        return Money(self.amount * rate, currency)

    def rounded(self) -> Money:
        """Rounded half-up to the currency's minor unit: for presentation only."""
        places = minor_units(self.currency)
        quantum = Decimal(1).scaleb(-places)
        amount = self.amount.quantize(quantum, rounding=ROUND_HALF_UP)
        # -0.001 rounds to -0.00: show it as 0.00, as a person would write it
        return Money(amount.copy_abs() if amount.is_zero() else amount, self.currency)

    def __str__(self) -> str:
        r = self.rounded()
        return f"{r.amount:,} {r.currency}"


def money_sum(items: list[Money], currency: str) -> Money:
    total = Money.zero(currency)
    for item in items:
        total = total + item
    return total
