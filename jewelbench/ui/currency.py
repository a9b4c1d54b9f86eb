"""Currencies as the user picks them: the list offered in cells and dialogs, and the base
currency a new workspace starts with (the system locale's, where it names a real one)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from jewelbench.domain.currencies import COMMON_CURRENCIES, ISO_4217
from jewelbench.ui.widgets.table_model import Choices

# Where the locale names no currency jewelbench knows: the euro in Europe, else the dollar.
_EUROPE = {
    QLocale.Country.Austria, QLocale.Country.Belgium, QLocale.Country.Croatia,
    QLocale.Country.Cyprus, QLocale.Country.Estonia, QLocale.Country.Finland,
    QLocale.Country.France, QLocale.Country.Germany, QLocale.Country.Greece,
    QLocale.Country.Ireland, QLocale.Country.Italy, QLocale.Country.Latvia,
    QLocale.Country.Lithuania, QLocale.Country.Luxembourg, QLocale.Country.Malta,
    QLocale.Country.Netherlands, QLocale.Country.Portugal, QLocale.Country.Slovakia,
    QLocale.Country.Slovenia, QLocale.Country.Spain, QLocale.Country.Andorra,
    QLocale.Country.Monaco, QLocale.Country.SanMarino, QLocale.Country.Montenegro,
    QLocale.Country.Kosovo,
}


def currency_codes(first: str = "") -> list[str]:
    """Every ISO 4217 code: the one given, then the common ones, then the rest A–Z."""
    head = [c for c in dict.fromkeys([first, *COMMON_CURRENCIES]) if c in ISO_4217]
    return head + sorted(ISO_4217 - set(head))


def currency_choices(first: str = "") -> Choices:
    """A currency cell: type the code (any case) or pick it from the list."""

    def find(text: str) -> str | None:
        code = text.strip().upper()
        return code if code in ISO_4217 else None

    return Choices(lambda: [(code, code) for code in currency_codes(first)], find,
                   refusal=QCoreApplication.translate(
                       "currency", "“{typed}” is not a currency jewelbench knows: use an ISO 4217 "
                                   "code such as EUR, USD, THB or NOK"))


def default_base_currency(locale: QLocale | None = None) -> str:
    """The system locale's currency (NOK for nb_NO), or EUR in the euro area and USD
    elsewhere when the locale names none jewelbench knows (the C locale, for one)."""
    locale = locale or QLocale()  # the system locale unless the app set another
    code = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode).upper()
    if code in ISO_4217:
        return code
    return "EUR" if locale.territory() in _EUROPE else "USD"
