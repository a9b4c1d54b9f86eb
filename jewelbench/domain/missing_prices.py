"""What a figure needed and the workspace does not hold: a metal price or an FX rate on a date.

Kept beside each message that names it, so the app can offer to enter exactly that price."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class MissingPrice:
    """A metal with no price on or before `on`, or a currency with no rate into `to_currency`
    on or before `on` (exactly one of metal and currency is set)."""

    on: dt.date
    metal: str | None = None
    currency: str | None = None
    to_currency: str | None = None

    def describe(self) -> str:
        if self.metal is not None:
            return f"no {self.metal} price on or before {self.on.isoformat()}"
        return (f"no {self.currency}→{self.to_currency} FX rate on or before "
                f"{self.on.isoformat()}")

