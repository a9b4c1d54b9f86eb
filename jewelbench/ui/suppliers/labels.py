"""User-facing names for suppliers' checklists and countries, translated."""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from jewelbench.domain.messages import fill
from jewelbench.domain.suppliers import Certification, CertificationStatus
from jewelbench.domain.validation import DomainError
from jewelbench.ui.formatting import date_text

translate = QCoreApplication.translate


def _tr(text: object) -> str:  # a QT_TRANSLATE_NOOP text (typed object by PySide)
    return QCoreApplication.translate("suppliers", str(text))


_DUE_DILIGENCE = {
    "references_checked": QT_TRANSLATE_NOOP("suppliers", "References checked"),
    "sample_portfolio_seen": QT_TRANSLATE_NOOP("suppliers", "Sample portfolio seen"),
    "factory_visited": QT_TRANSLATE_NOOP("suppliers", "Factory visited"),
    "certifications_verified": QT_TRANSLATE_NOOP("suppliers", "Certifications verified"),
    "track_record_similar_brands": QT_TRANSLATE_NOOP("suppliers",
                                                     "Track record with similar brands"),
}

# Where jewelry is commonly made: offered first in the country list (any code can be typed).
COMMON_COUNTRIES: tuple[str, ...] = (
    "IT", "TH", "CN", "IN", "HK", "TR", "ID", "VN", "PH", "LK", "IL", "AE", "US", "MX", "PE",
    "GB", "FR", "DE", "ES", "PT", "DK", "CH", "BE", "JP", "KR", "AU")


def due_diligence_label(item: str) -> str:
    return _tr(_DUE_DILIGENCE.get(item, item))


def country_name(code: str) -> str:
    """'IT' → 'Italy' ('' for a code Qt does not know)."""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return ""
    return QLocale.territoryToString(territory)


def country_label(code: str) -> str:
    name = country_name(code)
    return f"{code} — {name}" if name else code


@cache
def _codes_by_name() -> dict[str, str]:
    codes: dict[str, str] = {}
    for territory in QLocale.Country:
        if territory == QLocale.Country.AnyTerritory:
            continue
        code = QLocale.territoryToCode(territory)
        if len(code) == 2:
            codes[QLocale.territoryToString(territory).casefold()] = code
    return codes


def resolve_country(text: str) -> str:
    """A country as typed ('it', 'Italy', 'IT — Italy') as its two-letter code, or DomainError
    saying what to type."""
    typed = (text or "").strip()
    if not typed:
        raise DomainError(translate("suppliers", "Enter the supplier's country: its two-letter "
                                                 "code (IT, TH, CN …) or choose it from the list"))
    code = typed.split("—")[0].strip().upper() if "—" in typed else typed.upper()
    if len(code) == 2 and code.isalpha() and country_name(code):
        return code
    named = _codes_by_name().get(typed.casefold())
    if named:
        return named
    raise DomainError(fill(translate("suppliers", "“{typed}” is not a country jewelbench knows: "
                                                  "type its two-letter code (IT, TH, CN …) or "
                                                  "choose it from the list"), typed=typed))


def certification_status_text(certification: Certification, today: dt.date) -> str:
    status = certification.status_on(today)
    expires = certification.expires_on
    if status is CertificationStatus.NO_EXPIRY or expires is None:
        return translate("suppliers", "No expiry date")
    days = (expires - today).days
    if status is CertificationStatus.EXPIRED:
        return fill(translate("suppliers", "Expired {days} days ago"),
                    days=str(-days)) if days < -1 else translate("suppliers",
            "Expired yesterday")
    if status is CertificationStatus.EXPIRING:
        if days == 0:
            return translate("suppliers", "Expires today")
        return fill(translate("suppliers", "Expires in {days} days"),
                    days=str(days)) if days > 1 else translate("suppliers",
            "Expires tomorrow")
    return fill(translate("suppliers", "Valid until {expires}"), expires=date_text(expires))
