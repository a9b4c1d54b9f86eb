"""The reader's forms of numbers, money, percentages, dates and weights, from babel's data.

One locale for the process (set_locale: "nb_NO", "en_GB", "en_US", "en_IN" …), chosen at start
from the user's region; reading_in() overrides it for one piece of work (a worker, a printout
for a factory) without touching the rest, through a context variable. Until set_locale is
called the locale is the system's: the ui tells it (set_system_locale, from Qt), else the
environment (LC_ALL, LC_NUMERIC, LANG); a C/POSIX system reads as en_US, with ISO dates.

Babel is pure Python, so every layer may use this, the domain included: numbers grouped as
the locale groups them (en_IN 12,34,567.50; nb 1 234,50 with a no-break space), money as
"1 234,50 NOK" (amount, then its ISO code, in the currency's own decimals: JPY 0, KWD 3).

parse_decimal reads what a person types in the locale's own forms (nb: "1 234,50",
"1.234,50", "1234,50", "kr 1 234,50", "1 234,-"; en: "1,234.50") and refuses text written in
another locale's form or that could be read two ways, with the form this locale expects.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.numbers import NumberPattern, get_currency_symbol, get_territory_currencies

from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message
from jewelbench.domain.money import Money, minor_units
from jewelbench.domain.units import GRAMS_PER_PENNYWEIGHT, GRAMS_PER_TROY_OUNCE
from jewelbench.domain.validation import DomainError

__all__ = [
    "NumberFormError", "WeightUnit", "current_locale", "decimal_point", "format_date",
    "format_decimal", "format_integer", "format_money", "format_percent", "format_weight",
    "held", "parse_decimal", "reading_in", "set_locale", "set_system_locale", "set_weight_unit",
    "weight_in_unit", "weight_unit",
]

POSIX = "C"  # the system's locale when none is set: numbers as en_US, dates as ISO 8601
_POSIX_NAMES = {"", "C", "POSIX", "c", "posix", "en_US_POSIX"}

_chosen: str | None = None  # set_locale
_system: Callable[[], str] | None = None  # set_system_locale (the ui asks Qt)
_reading: ContextVar[str | None] = ContextVar("jewelbench_reading_locale", default=None)


class NumberFormError(DomainError):
    """Text that is not a number in the reader's locale; .message says the form expected."""


# What parse_decimal says (values: the text typed, and examples in the locale's own form).
EMPTY = QT_TRANSLATE_NOOP("locale_forms", "Enter {what}, such as {example}.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "locale_forms", "“{typed}” is not a number: write {what} such as {example}.")
OTHER_FORM = QT_TRANSLATE_NOOP(
    "locale_forms", "“{typed}” is written in another region's form: write {example}.")
TWO_READINGS = QT_TRANSLATE_NOOP(
    "locale_forms", "“{typed}” can be read two ways: write {grouped} or {decimal}.")


# --- which locale ----------------------------------------------------------------------------

@lru_cache(maxsize=64)
def _normalised(locale_id: str) -> str:
    """A locale id babel knows ("nb-NO", "nb_NO.UTF-8" -> "nb_NO"), POSIX for C, or
    ValueError."""
    text = (locale_id or "").strip().split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    if text in _POSIX_NAMES:
        return POSIX
    try:
        parsed = Locale.parse(text)
    except (UnknownLocaleError, ValueError, TypeError) as error:
        raise ValueError(f"{locale_id!r} is not a locale jewelbench knows: {error}") from None
    return str(parsed)


def set_locale(locale_id: str) -> None:
    """The process's reading locale from now on ("nb_NO", "en_GB" …; "" for the system's)."""
    global _chosen
    _chosen = _normalised(locale_id) if locale_id else None


def set_system_locale(locale_id: str | Callable[[], str] | None) -> None:
    """What 'the system's locale' is: a name, or a function asked each time (the ui gives
    Qt's default locale's name, as figures were written before a region could be chosen);
    None for the environment's. A name babel does not know reads as the environment's."""
    global _system
    _system = (lambda: locale_id) if isinstance(locale_id, str) else locale_id


def _system_locale() -> str:
    if _system is not None:
        try:
            return _normalised(_system())
        except ValueError:
            pass
    return _environment_locale()


def _environment_locale() -> str:
    for name in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = os.environ.get(name)
        if value:
            try:
                return _normalised(value)
            except ValueError:
                return POSIX
    return POSIX


def _effective() -> str:
    return _reading.get() or _chosen or _system_locale()


def current_locale() -> str:
    """The locale figures are written in now ("nb_NO"); a C/POSIX system reads as "en_US"."""
    effective = _effective()
    return "en_US" if effective == POSIX else effective


@contextmanager
def reading_in(locale_id: str) -> Iterator[str]:
    """Write and read figures in locale_id until the block ends (this thread or task only)."""
    token = _reading.set(_normalised(locale_id))
    try:
        yield current_locale()
    finally:
        _reading.reset(token)


@contextmanager
def held() -> Iterator[None]:
    """Write every figure of the block in the locale of its start (this thread or task only),
    without asking the environment or the ui again for each one: the cost engine writes
    thousands of figures a call, and one call is written in one locale."""
    if _reading.get() is not None:
        yield
        return
    token = _reading.set(_effective())
    try:
        yield
    finally:
        _reading.reset(token)


def _locale() -> Locale:
    return _parsed(current_locale())


@lru_cache(maxsize=64)
def _parsed(locale_id: str) -> Locale:
    return Locale.parse(locale_id)


def _symbols(locale: Locale) -> tuple[str, str]:
    symbols = locale.number_symbols["latn"]
    return str(symbols["decimal"]), str(symbols["group"])


def decimal_point() -> str:
    """The locale's decimal point ("," in nb, "." in en)."""
    return _symbols(_locale())[0]


# --- writing ---------------------------------------------------------------------------------

def _rounded(value: Decimal, places: int) -> Decimal:
    """value half-up to places (the app's rule for presentation); -0.00 becomes 0.00."""
    amount = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return amount.copy_abs() if amount.is_zero() else amount


def _apply(pattern: NumberPattern | None, value: Decimal, places: int, locale: Locale) -> str:
    if pattern is None:  # every CLDR locale has its standard patterns
        raise ValueError(f"{locale} has no number pattern")
    fixed = copy.copy(pattern)
    fixed.frac_prec = (places, places)
    return str(fixed.apply(_rounded(value, places), locale, currency_digits=False))


def format_decimal(value: Decimal, places: int = 2) -> str:
    """value rounded half-up to places, grouped as the locale groups ("1 234,50",
    "12,34,567.50")."""
    return _decimal_text(current_locale(), _rounded(value, places), places)


@lru_cache(maxsize=8192)
def _decimal_text(locale_id: str, rounded: Decimal, places: int) -> str:
    """format_decimal's text, kept: a list draws and measures the same figures over and over,
    and babel's pattern takes far longer than the lookup. rounded is already at places
    decimals, so equal values here are written alike (1.5 and 1.50 both arrive as 1.50)."""
    locale = _parsed(locale_id)
    return _apply(locale.decimal_formats[None], rounded, places, locale)


def format_integer(number: int) -> str:
    """A whole number grouped as the locale groups ("12 345", "12,345")."""
    return format_decimal(Decimal(number), 0)


def format_money(money: Money) -> str:
    """The amount in the currency's own decimals, then its ISO code: "1 234,50 NOK",
    "1,235 JPY", "12.345 KWD"."""
    return f"{format_decimal(money.amount, minor_units(money.currency))} {money.currency}"


def format_percent(value: Decimal, places: int = 1) -> str:
    """A percentage given in percent (12.5 -> "12.5%" in en, "12,5 %" in nb)."""
    locale = _locale()
    pattern = locale.percent_formats[None]
    if pattern is None:
        raise ValueError(f"{locale} has no percent pattern")
    fixed = copy.copy(pattern)
    fixed.frac_prec = (places, places)
    # babel multiplies by 100 (the pattern's scale): give it the fraction, exactly
    return str(fixed.apply(_rounded(value, places) / 100, locale, currency_digits=False))


def format_date(value: dt.date) -> str:
    """A date in the locale's short form ("06.12.2026" in nb, "06/12/2026" in en_GB); ISO 8601
    on a C/POSIX system (its short form "12/6/26" reads badly)."""
    if _effective() == POSIX:
        return value.isoformat()
    return babel_format_date(value, "short", locale=_locale())


# --- weights ---------------------------------------------------------------------------------

class WeightUnit(enum.Enum):
    """How weights are shown (they are stored in grams): the metric gram, or the troy units
    of the bullion trade (1 ozt = 31.1034768 g = 20 dwt)."""

    GRAM = "g"
    PENNYWEIGHT = "dwt"
    TROY_OUNCE = "ozt"

    @property
    def grams(self) -> Decimal:
        """Grams in one of this unit."""
        return {WeightUnit.GRAM: Decimal(1), WeightUnit.PENNYWEIGHT: GRAMS_PER_PENNYWEIGHT,
                WeightUnit.TROY_OUNCE: GRAMS_PER_TROY_OUNCE}[self]

    @property
    def symbol(self) -> str:
        """As written after a figure: "g", "dwt", "troy oz" (the value is the setting's)."""
        return "troy oz" if self is WeightUnit.TROY_OUNCE else self.value

    @property
    def places(self) -> int:
        """Decimals shown: a hundredth of a gram or pennyweight, a thousandth of an ounce."""
        return 3 if self is WeightUnit.TROY_OUNCE else 2


_weight_unit = WeightUnit.GRAM


def set_weight_unit(unit: WeightUnit | str) -> None:
    """Show weights in unit from now on ("g", "dwt", "ozt"; an unknown value keeps grams)."""
    global _weight_unit
    try:
        _weight_unit = unit if isinstance(unit, WeightUnit) else WeightUnit(unit)
    except ValueError:
        _weight_unit = WeightUnit.GRAM


def weight_unit() -> WeightUnit:
    return _weight_unit


def weight_in_unit(grams: Decimal) -> tuple[Decimal, WeightUnit]:
    """grams in the unit chosen, exactly (rounded only when written)."""
    unit = _weight_unit
    return (grams if unit is WeightUnit.GRAM else grams / unit.grams), unit


def format_weight(grams: Decimal) -> str:
    """A weight in the unit chosen: "4,20 g", "2,70 dwt", "0,135 troy oz"."""
    value, unit = weight_in_unit(grams)
    return f"{format_decimal(value, unit.places)} {unit.symbol}"


# --- reading ---------------------------------------------------------------------------------

_DIGITS = frozenset("0123456789")
_SPACES = frozenset(" \u00a0\u202f\u2009")
_MINUS = ("-", "\u2212", "\u2013")  # hyphen-minus, minus sign (babel's nb), en dash
_MARKS = frozenset(".,'’")


def _currency_words(locale: Locale) -> list[str]:
    """The locale's own currency as it may be typed before or after an amount ("kr", "NOK")."""
    words: list[str] = []
    if locale.territory:
        for code in get_territory_currencies(locale.territory)[:1]:
            if isinstance(code, str):
                words += [code, get_currency_symbol(code, locale=locale)]
    words += [word + "." for word in words if word.isalpha()]  # "kr."
    return sorted({w.casefold() for w in words if w}, key=len, reverse=True)


def _strip_currency(text: str, locale: Locale) -> str:
    folded = text.casefold()
    for word in _currency_words(locale):
        if folded.startswith(word):
            return text[len(word):].strip()
        if folded.endswith(word):
            return text[: -len(word)].strip()
    return text


def _grouped_well(groups: list[str], locale: Locale) -> bool:
    """Digit groups as written in threes (1 234 567) or as the locale groups (en_IN's
    12,34,567)."""
    if not all(g and set(g) <= _DIGITS for g in groups) or len(groups[0]) > 3:
        return False
    pattern = locale.decimal_formats[None]
    primary, secondary = pattern.grouping if pattern is not None else (3, 3)
    threes = all(len(g) == 3 for g in groups[1:])
    local = len(groups[-1]) == primary and all(len(g) == secondary for g in groups[1:-1]) \
        and len(groups[0]) <= secondary
    return threes or local


def _other_way(body: str, point: str) -> tuple[Decimal, int] | None:
    """body read with the other decimal point ("1,234.50" in nb: as en reads it), and the
    decimals it was written with; None unless it is a well-formed number that way too."""
    other = "." if point == "," else ","
    whole, _, fraction = body.rpartition(other) if other in body else (body, "", "")
    marks = set(whole) - _DIGITS
    if not set(fraction) <= _DIGITS or len(marks) > 1 or not (whole or fraction):
        return None
    if marks:
        groups = whole.split(marks.pop())
        if not groups[0] or len(groups[0]) > 3 or any(
                len(g) != 3 or not set(g) <= _DIGITS for g in groups[1:]):
            return None
    digits = "".join(c for c in whole if c in _DIGITS)
    return Decimal(f"{digits or '0'}.{fraction or '0'}"), len(fraction)


def parse_decimal(text: str, what: str | Message = "a number") -> Decimal:
    """The exact number typed, in the reader's locale; NumberFormError (carrying a Message
    that shows the form expected) for empty text, text that is not a number, a number in
    another locale's form ("1,234.50" in nb) or one that can be read two ways ("1.234" in nb).
    what names the value in the messages ("a price")."""
    locale = _locale()
    point, group = _symbols(locale)
    example = format_decimal(Decimal("1234.50"), 2)
    typed = (text or "").strip()
    if not typed:
        raise NumberFormError(EMPTY(what=what, example=example))

    def not_a_number() -> NumberFormError:
        return NumberFormError(NOT_A_NUMBER(typed=typed, what=what, example=example))

    body = _strip_currency(typed, locale)
    sign = ""
    if body.startswith(("+", *_MINUS)):
        sign = "-" if body[0] in _MINUS else ""
        body = body[1:].strip()
    for whole_units in (point + "-", point + "\u2013"):  # "1 234,-": whole kroner
        if body.endswith(whole_units):
            body = body[: -len(whole_units)]
    body = "".join(" " if c in _SPACES else c for c in body)
    if not body or not set(body) <= _DIGITS | _MARKS | {" "}:
        raise not_a_number()

    group_marks = {" ", group} | ({"'", "’"} if group in "'’" else set())
    if point == "," and group in _SPACES:
        group_marks.add(".")  # Norwegians also write 1.234,50
    whole, _, fraction = body.rpartition(point) if point in body else (body, "", "")

    def refuse_other_form() -> NumberFormError:
        other = _other_way(body, point)
        if other is None:
            return not_a_number()
        return NumberFormError(OTHER_FORM(typed=typed, example=format_decimal(*other)))

    if not set(fraction) <= _DIGITS:
        raise refuse_other_form()  # "1,234.50" in nb: the part after the comma has a point
    marks = set(whole) - _DIGITS
    if not marks:
        digits = whole
    elif len(marks) > 1 or not marks <= group_marks:
        raise refuse_other_form() if marks <= _MARKS | {" "} else not_a_number()
    else:
        (mark,) = marks
        groups = whole.split(mark)
        if not _grouped_well(groups, locale):
            # "1,5" in en or "1.5" in nb: another locale's decimal point
            another_point = mark in ".," and len(groups) == 2 and point not in body
            raise refuse_other_form() if another_point else not_a_number()
        if mark == "." and mark != group and len(groups) == 2 and point not in body:
            # "1.234" in nb: a thousand and more (grouped) or one and a bit (en's point)?
            raise NumberFormError(TWO_READINGS(
                typed=typed, grouped=format_integer(int("".join(groups))),
                decimal=format_decimal(Decimal(".".join(groups)), len(groups[1]))))
        digits = "".join(groups)
    if not (digits or fraction):
        raise not_a_number()
    number = Decimal(f"{sign}{digits or '0'}" + (f".{fraction}" if fraction else ""))
    return number + Decimal(0)  # -0 reads as 0
