"""Numbers, money, weights and dates for display, in the reader's locale (domain/locale_forms).

Exact Decimals rounded half-up only here; grouping and separators from babel's data for the
locale chosen (Settings' region), or, until one is chosen, Qt's default locale, as before.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from jewelbench.domain import locale_forms
from jewelbench.domain.locale_forms import WeightUnit
from jewelbench.domain.messages import fill
from jewelbench.domain.money import Money


def _qt_default_locale() -> str:
    return QLocale().name()  # the system's unless the app (or a test) set a default


# Until a region is chosen (locale_forms.set_locale), figures follow Qt's default locale.
locale_forms.set_system_locale(_qt_default_locale)


def decimal_text(value: Decimal | None, places: int = 2) -> str:
    """A Decimal rounded half-up for display, grouped as the locale groups; '' for None."""
    if value is None:
        return ""
    return locale_forms.format_decimal(value, places)


def integer_text(number: int) -> str:
    """A whole number grouped as the locale groups ("12,345", "12 345", "1,23,456")."""
    return locale_forms.format_integer(number)


def money_text(money: Money | None) -> str:
    """"1,234.50 USD", "1 234,50 NOK", "1,235 JPY": the currency's own decimals."""
    if money is None:
        return ""
    return locale_forms.format_money(money)


def amount_text(amount: Decimal, currency: str) -> str:
    return money_text(Money(amount, currency))


def exact_text(value: Decimal | None) -> str:
    """Every decimal a value is given with (a rate, a factor, a price as quoted), with the
    locale's decimal point and no grouping, as it would be typed: "13,7276326766" in nb."""
    if value is None:
        return ""
    return f"{value:f}".replace(".", locale_forms.decimal_point())


def percent_text(percent: Decimal | None, places: int = 1) -> str:
    """A percentage given in percent: "12.5%" in en, "12,5 %" in nb; '' for None."""
    return "" if percent is None else locale_forms.format_percent(percent, places)


def weight_text(grams: Decimal | None) -> str:
    """A weight in the unit chosen in Settings (g, dwt or troy oz); '' for None."""
    if grams is None:
        return ""
    value, unit = locale_forms.weight_in_unit(grams)
    number = decimal_text(value, unit.places)
    if unit is WeightUnit.PENNYWEIGHT:
        return fill(QCoreApplication.translate("units", "{weight} dwt"), weight=number)
    if unit is WeightUnit.TROY_OUNCE:
        return fill(QCoreApplication.translate("units", "{weight} troy oz"), weight=number)
    return fill(QCoreApplication.translate("units", "{weight} g"), weight=number)


def grams_text(grams: Decimal | None) -> str:
    """A weight stored in grams, shown in the unit chosen in Settings."""
    return weight_text(grams)


def date_text(value: dt.date | None) -> str:
    """A date in the locale's short form; ISO 8601 under the C locale."""
    if value is None:
        return ""
    return locale_forms.format_date(value)


def counted(number: int, one: str, many: str) -> str:
    """'1 design' or '3 designs': one and many already through tr() (English has no plural
    forms without a translation file, so %n alone would say '1 designs'); many holds {count}
    (one may too: a translation is free to write the number)."""
    return fill(one if number == 1 else many, count=integer_text(number))


def sentence(reason: str) -> str:
    """A lower-case reason from the storage layer ("the file is truncated") as a sentence."""
    reason = reason.strip()
    if not reason:
        return ""
    first_word = reason.split(None, 1)[0].rstrip(".,;:")
    # a file's name ("studio.jewelbench-wal beside it …") keeps its case: on most disks
    # "Studio.jewelbench-wal" is another file
    if not ("." in first_word or "/" in first_word or "\\" in first_word):
        reason = reason[:1].upper() + reason[1:]
    return reason + ("" if reason.endswith((".", "!", "?")) else ".")
