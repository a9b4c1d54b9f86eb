"""Suppliers with their contacts, capabilities, certifications and due diligence."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from jewelbench.domain.currencies import check_known_currency
from jewelbench.domain.messages import QT_TRANSLATE_NOOP
from jewelbench.domain.validation import (
    DomainError,
    check_text,
)

IS_NOT_AN_E = QT_TRANSLATE_NOOP("suppliers", "'{email}' is not an e-mail address")
IS_NOT_A_DUE = QT_TRANSLATE_NOOP("suppliers", "'{item}' is not a due-diligence item")
COUNTRY_MUST_BE_A = QT_TRANSLATE_NOOP(
    "suppliers", "Country '{country}' must be a two-letter code (IT, TH, CN …)")
UNKNOWN_CAPABILITY = QT_TRANSLATE_NOOP("suppliers", "Unknown capability: {unknown}")
A_DUE_DILIGENCE_ITEM = QT_TRANSLATE_NOOP("suppliers", "A due-diligence item is listed twice")
PRINT_LANGUAGE_MUST_BE = QT_TRANSLATE_NOOP(
    "suppliers", "Print language '{language}' must be one of {languages}, or empty for the "
    "country's")

DUE_DILIGENCE_ITEMS: tuple[str, ...] = (
    "references_checked",
    "sample_portfolio_seen",
    "factory_visited",
    "certifications_verified",
    "track_record_similar_brands",
)


CAPABILITIES: tuple[str, ...] = (
    "3d_printing", "casting", "stone_setting", "laser_welding", "plating", "engraving",
    "enamelling", "chain_making", "electroforming", "cad_design",
)


@dataclass
class Contact:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""

    def __post_init__(self) -> None:
        self.name = check_text(self.name, QT_TRANSLATE_NOOP(
            "fields", "Contact name"), required=True)
        self.role = check_text(self.role, QT_TRANSLATE_NOOP("fields", "Role"))
        self.phone = check_text(self.phone, QT_TRANSLATE_NOOP("fields", "Phone"))
        self.email = check_text(self.email, QT_TRANSLATE_NOOP("fields", "E-mail"))
        if self.email and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", self.email):
            raise DomainError(IS_NOT_AN_E(email=self.email))


# A certificate this close to its expiry date is flagged, so the renewal can be asked for.
EXPIRY_WARNING_DAYS = 60


class CertificationStatus(StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"  # within EXPIRY_WARNING_DAYS
    EXPIRED = "expired"
    NO_EXPIRY = "no_expiry"  # no date given


@dataclass
class Certification:
    name: str  # RJC, ISO 9001 …
    expires_on: dt.date | None = None
    reference: str = ""

    def __post_init__(self) -> None:
        self.name = check_text(self.name, QT_TRANSLATE_NOOP(
            "fields", "Certification"), required=True)
        self.reference = check_text(self.reference, QT_TRANSLATE_NOOP(
            "fields", "Certificate reference"))

    def status_on(self, today: dt.date) -> CertificationStatus:
        """Expired after its expiry date; expiring when that is EXPIRY_WARNING_DAYS or less away."""
        if self.expires_on is None:
            return CertificationStatus.NO_EXPIRY
        if self.expires_on < today:
            return CertificationStatus.EXPIRED
        if (self.expires_on - today).days <= EXPIRY_WARNING_DAYS:
            return CertificationStatus.EXPIRING
        return CertificationStatus.VALID


@dataclass
class DueDiligenceItem:
    item: str
    done: bool = False
    done_on: dt.date | None = None
    notes: str = ""

    def __post_init__(self) -> None:
        if self.item not in DUE_DILIGENCE_ITEMS:
            raise DomainError(IS_NOT_A_DUE(item=self.item))
        self.notes = check_text(self.notes, QT_TRANSLATE_NOOP(
            "fields", "Due-diligence notes"), max_len=2000)


# The languages a tech pack or an RFQ can be printed in, and the one a supplier gets when it
# has chosen none: Norwegian Bokmål in Norway, English everywhere else.
PRINT_LANGUAGES: tuple[str, ...] = ("en", "nb")
COUNTRY_PRINT_LANGUAGES = {"NO": "nb"}


def print_language_for(country: str) -> str:
    """The language a supplier in country reads when it has chosen none."""
    return COUNTRY_PRINT_LANGUAGES.get(country.strip().upper(), "en")


@dataclass
class Supplier:
    name: str
    country: str  # ISO 3166 alpha-2
    currency: str
    capabilities: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    certifications: list[Certification] = field(default_factory=list)
    due_diligence: list[DueDiligenceItem] = field(default_factory=list)
    notes: str = ""
    id: int | None = None
    print_language: str = ""  # '' = from the country (print_language_for); 'en' or 'nb'

    def __post_init__(self) -> None:
        self.name = check_text(self.name, QT_TRANSLATE_NOOP(
            "fields", "Supplier name"), required=True)
        language = (self.print_language or "").strip().lower()
        if language and language not in PRINT_LANGUAGES:
            raise DomainError(PRINT_LANGUAGE_MUST_BE(
                language=self.print_language, languages=", ".join(PRINT_LANGUAGES)))
        self.print_language = language
        country = (self.country or "").strip().upper()
        if not re.match(r"^[A-Z]{2}$", country):
            raise DomainError(COUNTRY_MUST_BE_A(country=self.country))
        self.country = country
        self.currency = check_known_currency(self.currency)
        unknown = [c for c in self.capabilities if c not in CAPABILITIES]
        if unknown:
            raise DomainError(UNKNOWN_CAPABILITY(unknown=', '.join(unknown)))
        self.capabilities = list(dict.fromkeys(self.capabilities))
        items = [d.item for d in self.due_diligence]
        if len(set(items)) != len(items):
            raise DomainError(A_DUE_DILIGENCE_ITEM())
        self.notes = check_text(self.notes, QT_TRANSLATE_NOOP("fields", "Notes"), max_len=5000)

    @property
    def reads(self) -> str:
        """The language its tech packs and RFQs are printed in: its own choice, else its
        country's."""
        return self.print_language or print_language_for(self.country)

    @property
    def due_diligence_done(self) -> int:
        return sum(1 for item in self.due_diligence if item.done)
