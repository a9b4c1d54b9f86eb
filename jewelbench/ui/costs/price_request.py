"""A request to open Update Prices… with a metal, a currency and a date filled in: what a
"Enter prices…" button beside a missing price or rate sends to the main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from jewelbench.domain.missing_prices import MissingPrice

ENTER_PRICES = "enter_prices"  # the navigate target the main window follows
IMPORT_PRICES = "import_prices"  # File ▸ Import Prices and Rates…, from Scenarios & Prices


@dataclass(frozen=True)
class PriceRequest:
    metal: str | None = None
    currency: str | None = None
    on: dt.date | None = None

    @classmethod
    def for_missing(cls, missing: Iterable[MissingPrice]) -> PriceRequest | None:
        """The first missing metal and the first missing currency, at the date of the first
        thing missing; None when nothing is."""
        found = list(missing)
        if not found:
            return None
        metal = next((m.metal for m in found if m.metal is not None), None)
        currency = next((m.currency for m in found if m.currency is not None), None)
        return cls(metal, currency, found[0].on)


def enter_prices_button(parent: QWidget | None = None) -> QPushButton:
    """The "Enter prices…" button every place that names a missing price shows beside it."""
    button = QPushButton(QCoreApplication.translate("prices", "Enter Prices…"), parent)
    button.setObjectName("enterPricesButton")
    button.setToolTip(QCoreApplication.translate(
        "prices", "Open Update Prices… with the missing metal price or exchange rate and its "
                  "date filled in"))
    button.hide()
    return button
