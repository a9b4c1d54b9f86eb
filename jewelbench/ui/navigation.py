"""Where a click can lead: one frozen dataclass per destination the main window goes to.

A view, editor or dialog that leads elsewhere ("Quotes for This Design", "Open Tech Pack
Revision B", an Enter Prices… button) emits its `navigate` signal with one of these targets;
the signal is declared `Signal(object)` (Qt knows no Python types), but every emitter sends a
`Target` and the main window's `navigate` (ui/window/navigator.py) matches on its type. A new
destination is a new class here and a new case there; mypy sees both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeAlias

from jewelbench.domain.missing_prices import MissingPrice


@dataclass(frozen=True)
class ShowQuotes:
    """The Quotes section, showing only a design's or a supplier's quotes (None: every one)."""

    design_id: int | None = None
    supplier_id: int | None = None


@dataclass(frozen=True)
class ShowSamples:
    """The Samples section, showing only a design's or a supplier's sample rounds."""

    design_id: int | None = None
    supplier_id: int | None = None


@dataclass(frozen=True)
class ShowSuppliers:
    """The Suppliers section, showing only one supplier or those quoting for a design."""

    design_id: int | None = None
    supplier_id: int | None = None


@dataclass(frozen=True)
class OpenTechPack:
    """A design's tech pack, at one revision (None: the one it opens at)."""

    design_id: int
    revision_id: int | None = None


@dataclass(frozen=True)
class CompareQuotes:
    """Every quote for a design side by side (the Quotes section's comparison)."""

    design_id: int | None = None


@dataclass(frozen=True)
class NewQuote:
    """Sourcing ▸ New Quote…, for a design when one is given."""

    design_id: int | None = None


@dataclass(frozen=True)
class RequestSample:
    """Sourcing ▸ Request a Sample…, for a design when one is given."""

    design_id: int | None = None


@dataclass(frozen=True)
class CompareCosts:
    """Costs ▸ Compare (make or buy), with a design chosen when one is given."""

    design_id: int | None = None


@dataclass(frozen=True)
class OpenRfqs:
    """Sourcing ▸ Requests for Quotation…: every RFQ sent (a design's when one is given)."""

    design_id: int | None = None


@dataclass(frozen=True)
class NewRfq:
    """Sourcing ▸ New Request for Quotation…, for a design when one is given."""

    design_id: int | None = None


@dataclass(frozen=True)
class EnterPrices:
    """Costs ▸ Update Prices… with a metal, a currency and a date filled in: what an
    "Enter Prices…" button beside a missing price or rate asks for (all None: the plain form)."""

    metal: str | None = None
    currency: str | None = None
    on: dt.date | None = None

    @classmethod
    def for_missing(cls, missing: Iterable[MissingPrice]) -> EnterPrices | None:
        """The first missing metal and the first missing currency, at the date of the first
        thing missing; None when nothing is."""
        found = list(missing)
        if not found:
            return None
        metal = next((m.metal for m in found if m.metal is not None), None)
        currency = next((m.currency for m in found if m.currency is not None), None)
        return cls(metal, currency, found[0].on)


@dataclass(frozen=True)
class ImportPrices:
    """File ▸ Import Prices and Rates… (from Scenarios & Prices ▸ Import…)."""


# The destinations made from a design's id alone (the Designs section's Sourcing menu).
DesignTarget: TypeAlias = (ShowQuotes | ShowSamples | ShowSuppliers | CompareQuotes | NewQuote
                           | RequestSample | CompareCosts | OpenRfqs | NewRfq)

# Every destination: what a navigate signal carries and MainWindow.navigate follows.
Target: TypeAlias = DesignTarget | OpenTechPack | EnterPrices | ImportPrices
