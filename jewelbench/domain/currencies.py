"""The currencies a supplier can price in: ISO 4217's active codes.

money.check_currency accepts any three letters (an amount only needs a code); a supplier's
currency must also be one that exists, so that "EUO" or "BTH" is caught where it is typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from babel.core import get_global
from babel.numbers import get_territory_currencies

from jewelbench.domain.money import check_currency
from jewelbench.domain.validation import DomainError

# A currency retired this long ago still reads: last year's quotes and a central bank's rate
# history keep it (the lev in the ECB's file after Bulgaria took the euro on 2026-01-01).
RETIRED_CURRENCIES_READ_FOR = dt.timedelta(days=2 * 365)


def _tender_currencies(since: dt.date, until: dt.date) -> frozenset[str]:
    """Every territory's legal tender on any day from since to until, from babel's data
    (CLDR, after ISO 4217): not a hand-kept list, so a new currency (XCG, ZWG) or a retired
    one follows the data, and funds, metals and test codes (XAU, XTS) are left out."""
    territories: Mapping[str, object] = get_global("territory_currencies")
    codes: set[str] = set()
    for territory in territories:
        for code in get_territory_currencies(territory, start_date=since, end_date=until,
                                             tender=True, non_tender=False):
            if isinstance(code, str):
                codes.add(code)
    return frozenset(codes)


# The ISO 4217 codes jewelbench takes: legal tender somewhere today or in the last two years.
ISO_4217: frozenset[str] = _tender_currencies(dt.date.today() - RETIRED_CURRENCIES_READ_FOR,
                                              dt.date.today())

# Where jewelry is made and bought: offered first in currency lists.
COMMON_CURRENCIES: tuple[str, ...] = (
    "USD", "EUR", "GBP", "CHF", "THB", "CNY", "HKD", "INR", "IDR", "TRY", "VND", "MXN", "JPY",
    "AUD", "CAD")


def check_known_currency(code: str) -> str:
    """The code upper-cased, or DomainError when it is malformed or not an ISO 4217 currency."""
    try:
        normalised = check_currency(code)
    except ValueError as error:
        raise DomainError(str(error)) from None
    if normalised not in ISO_4217:
        raise DomainError(f"'{normalised}' is not a currency jewelbench knows: use an ISO 4217 "
                          "code such as EUR, USD, THB or INR")
    return normalised
