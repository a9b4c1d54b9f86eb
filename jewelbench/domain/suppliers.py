"""Suppliers with their contacts, capabilities, certifications and due diligence."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from jewelbench.domain.money import MoneyError, check_currency
from jewelbench.domain.validation import (
    DomainError,
    check_text,
)

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
        self.name = check_text(self.name, "Contact name", required=True)
        self.email = check_text(self.email, "E-mail")
        if self.email and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", self.email):
            raise DomainError(f"'{self.email}' is not an e-mail address")


@dataclass
class Certification:
    name: str  # RJC, ISO 9001 …
    expires_on: dt.date | None = None
    reference: str = ""

    def __post_init__(self) -> None:
        self.name = check_text(self.name, "Certification", required=True)


@dataclass
class DueDiligenceItem:
    item: str
    done: bool = False
    done_on: dt.date | None = None
    notes: str = ""

    def __post_init__(self) -> None:
        if self.item not in DUE_DILIGENCE_ITEMS:
            raise DomainError(f"'{self.item}' is not a due-diligence item")


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

    def __post_init__(self) -> None:
        self.name = check_text(self.name, "Supplier name", required=True)
        country = (self.country or "").strip().upper()
        if not re.match(r"^[A-Z]{2}$", country):
            raise DomainError(f"Country '{self.country}' must be a two-letter code (IT, TH, CN …)")
        self.country = country
        try:
            self.currency = check_currency(self.currency)
        except MoneyError as error:
            raise DomainError(str(error)) from None
        unknown = [c for c in self.capabilities if c not in CAPABILITIES]
        if unknown:
            raise DomainError(f"Unknown capability: {', '.join(unknown)}")

    @property
    def due_diligence_done(self) -> int:
        return sum(1 for item in self.due_diligence if item.done)
