"""A request to open Update Prices… with a metal, a currency and a date filled in: what a
"Enter prices…" button beside a missing price or rate sends to the main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
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


class EnterPricesButton(QPushButton):
    """The "Enter Prices…" button every place that names a missing price shows beside it:
    shown while it holds a request (offer()); a click sends asked(ENTER_PRICES, request),
    which each place passes on as its navigate signal."""

    asked = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("prices", "Enter Prices…"), parent)
        self.setObjectName("enterPricesButton")
        self.setToolTip(QCoreApplication.translate(
            "prices", "Open Update Prices… with the missing metal price or exchange rate and "
                      "its date filled in"))
        self.request: PriceRequest | None = None
        self.clicked.connect(self._ask)
        self.hide()

    def offer(self, request: PriceRequest | None) -> None:
        """What is missing now (None: nothing, and the button is hidden)."""
        self.request = request
        self.setVisible(request is not None)

    def _ask(self) -> None:
        if self.request is not None:
            self.asked.emit(ENTER_PRICES, self.request)
