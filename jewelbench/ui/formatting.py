"""Numbers, money and dates for display: exact Decimals, the user's locale separators."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from jewelbench.domain.messages import fill
from jewelbench.domain.money import Money


def _localise(text: str) -> str:
    locale = QLocale()
    group, point = locale.groupSeparator(), locale.decimalPoint()
    return text.replace(",", "\x00").replace(".", point).replace("\x00", group)


def decimal_text(value: Decimal | None, places: int = 2) -> str:
    """A Decimal rounded half-up for display, with the locale's separators; '' for None."""
    if value is None:
        return ""
    quantum = Decimal(1).scaleb(-places)
    return _localise(f"{value.quantize(quantum, rounding=ROUND_HALF_UP):,}")


def integer_text(number: int) -> str:
    """A whole number with the locale's grouping ("12,345")."""
    return _localise(f"{number:,}")


def money_text(money: Money | None) -> str:
    if money is None:
        return ""
    rounded = money.rounded()
    return f"{_localise(f'{rounded.amount:,}')} {rounded.currency}"


def amount_text(amount: Decimal, currency: str) -> str:
    return money_text(Money(amount, currency))


def grams_text(grams: Decimal | None) -> str:
    return "" if grams is None else fill(QCoreApplication.translate("units", "{grams} g"),
                                         grams=decimal_text(grams, 2))


def date_text(value: dt.date | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return value.isoformat()  # the C locale's short format ("2 11 2026") reads badly
    return locale.toString(QDate(value.year, value.month, value.day),
                           QLocale.FormatType.ShortFormat)


def counted(number: int, one: str, many: str) -> str:
    """'1 design' or '3 designs': one and many already through tr() (English has no plural
    forms without a translation file, so %n alone would say '1 designs'); many holds {count}
    (one may too: a translation is free to write the number)."""
    return fill(one if number == 1 else many, count=_localise(f"{number:,}"))


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
