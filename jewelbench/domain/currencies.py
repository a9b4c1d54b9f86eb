"""The currencies a supplier can price in: ISO 4217's active codes.

money.check_currency accepts any three letters (an amount only needs a code); a supplier's
currency must also be one that exists, so that "EUO" or "BTH" is caught where it is typed.
"""

from __future__ import annotations

from jewelbench.domain.money import check_currency
from jewelbench.domain.validation import DomainError

ISO_4217: frozenset[str] = frozenset("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP
GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK
MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR
SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS
UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG
""".split())

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
