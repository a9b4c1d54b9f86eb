"""What every part of the demo is written in: its name, its currency, the day its story is told
on, and the small makers that turn the data's text into Decimals, money and dates (money and
weights are Decimals built from text; dates are fixed, so the demo reads the same on every
machine)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from jewelbench.domain.money import Money

DEMO_NAME = "Demo — Aurelia Studio"
BASE_CURRENCY = "USD"
# The day the demo's story is told: quotes valid after it are current, one before it expired.
DEMO_TODAY = dt.date(2026, 11, 24)


def d(text: str) -> Decimal:
    return Decimal(text)


def usd(text: str) -> Money:
    return Money(Decimal(text), BASE_CURRENCY)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@dataclass
class Written:
    """The ids the writer gave what it wrote, by the names the demo's data uses for them."""

    suppliers: dict[str, int] = field(default_factory=dict)  # by supplier name
    designs: dict[str, int] = field(default_factory=dict)  # by design code
    revisions: dict[tuple[str, str], int] = field(default_factory=dict)  # (code, revision)
    quotes: dict[str, int] = field(default_factory=dict)  # by quote reference

    def revision(self, code: str, label: str | None) -> int | None:
        return self.revisions[(code, label)] if label else None
