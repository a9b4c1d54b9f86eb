"""Column values ⇄ Python values: Decimal as exact text, dates as ISO text, bools as 0/1."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from jewelbench.domain.money import Money


def dec_out(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def dec_in(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def date_out(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def date_in(text: str | None) -> dt.date | None:
    return None if not text else dt.date.fromisoformat(text)


def money_in(amount: str | None, currency: str | None) -> Money | None:
    if amount is None or not currency:
        return None
    return Money(Decimal(amount), currency)
