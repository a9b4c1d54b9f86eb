"""Pricing a comparison off the GUI thread, and the swing its sensitivity is evaluated at.

The view reads the comparison's inputs on the GUI thread (workspace.costing.setup_for_design /
setup_for_plan) and hands them to a PricingTask on its pool: prepare() runs there, touching no
widget and no database, and its answer (a PreparedComparison, or the error raised) comes back
through PricingSignals.done with the token it was started with, so an answer for a choice
changed meanwhile is dropped.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from jewelbench.domain.costing import prepare

SWING = Decimal(20)


def swing_for(error_rate_pct: Decimal) -> Decimal:
    """The sensitivity swing: 20 %, less when the error rate raised by 20 % would reach
    100 % (the engine refuses that), so a high error rate still gets its tornado."""
    if error_rate_pct <= 0 or error_rate_pct * (1 + SWING / 100) < 100:
        return SWING
    room = ((Decimal(100) / error_rate_pct - 1) * 100).quantize(Decimal("0.1"),
                                                                rounding=ROUND_FLOOR)
    return max(Decimal("0.1"), room - Decimal("0.1"))


class PricingSignals(QObject):
    done = Signal(int, object)  # token, PreparedComparison or the error raised


class PricingTask(QRunnable):
    """prepare() on a pool thread: pure domain objects in, one signal back. It touches no
    widget and no database (the setup was read on the GUI thread)."""

    def __init__(self, token: int, setup: Any, signals: PricingSignals) -> None:
        super().__init__()
        self.token = token
        self.setup = setup
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        setup = self.setup
        try:
            result: object = prepare(setup.plan, setup.scenario, setup.routes, setup.prices,
                                     setup.in_house_terms, basis=setup.basis,
                                     margin=setup.margin)
        except Exception as error:  # handed to the GUI thread: shown, or raised there
            result = error
        self.signals.done.emit(self.token, result)
