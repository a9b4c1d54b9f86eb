"""The "Enter Prices…" button beside a missing price or rate: a click asks the main window
(through the place's navigate signal) for Update Prices… with what is missing filled in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from jewelbench.ui.navigation import EnterPrices

__all__ = ["EnterPrices", "EnterPricesButton"]  # the button, and the target it sends


class EnterPricesButton(QPushButton):
    """The "Enter Prices…" button every place that names a missing price shows beside it:
    shown while it holds a request (offer()); a click sends asked(request), an EnterPrices
    target each place passes on as its navigate signal."""

    asked = Signal(object)  # EnterPrices

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("prices", "Enter Prices…"), parent)
        self.setObjectName("enterPricesButton")
        self.setToolTip(QCoreApplication.translate(
            "prices", "Open Update Prices… with the missing metal price or exchange rate and "
                      "its date filled in"))
        self.request: EnterPrices | None = None
        self.clicked.connect(self._ask)
        self.hide()

    def offer(self, request: EnterPrices | None) -> None:
        """What is missing now (None: nothing, and the button is hidden)."""
        self.request = request
        self.setVisible(request is not None)

    def _ask(self) -> None:
        if self.request is not None:
            self.asked.emit(self.request)
