"""Column values ⇄ Python values: Decimal as exact text, dates as ISO text, bools as 0/1.

What is read back was written by jewelbench, unless another program changed it: a value that
is no longer a number, a whole number, a finite amount, a date, one of its choices (a status,
a category …), a JSON object or bytes is damage, and raises ReadError (the window and the
commands say the file is damaged, showing the value) rather than an error from deep in the
domain. A value of the right kind that the domain refuses (a weight of -5) is damage too:
repositories build their domain objects inside `with stored_values():`."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TypeVar

from jewelbench.domain.money import Money, MoneyError
from jewelbench.domain.validation import DomainError
from jewelbench.storage.store import ReadError

E = TypeVar("E", bound=Enum)


@contextmanager
def stored_values() -> Iterator[None]:
    """Domain objects built from stored rows: a value the domain refuses (a weight that is
    not above 0, an unknown due-diligence item, a currency that is no code) was not written
    by jewelbench, so it is damage (ReadError), said with the domain's own reason."""
    try:
        yield
    except (DomainError, MoneyError) as error:
        raise ReadError(f"the workspace file is damaged ({error})") from None


def dec_out(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def dec_in(text: str | None) -> Decimal | None:
    return None if text is None else stored_decimal(text)


def stored_decimal(text: object) -> Decimal:
    """A stored number; ReadError when it is not one (or not finite)."""
    try:  # only 0-9 are digits ('١٢' is not a number), as in every number field
        value = (Decimal(text) if isinstance(text, int) or (isinstance(text, str)
                                                             and text.isascii()) else None)
    except (InvalidOperation, ValueError):
        value = None
    if value is None or not value.is_finite():
        shown = repr(text)[:40]
        raise ReadError(f"the workspace file is damaged (a stored number reads {shown})")
    return value


def stored_int(value: object) -> int:
    """A stored whole number (a count, a quantity, a year); ReadError when it is not one."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and re.fullmatch(r"[+-]?[0-9]+", value.strip()):
        return int(value)
    raise ReadError(f"the workspace file is damaged (a stored number reads {repr(value)[:40]})")


def int_in(value: object) -> int | None:
    """A stored whole number that may be left open (NULL); ReadError when it is not one."""
    return None if value is None else stored_int(value)


def stored_enum(kind: type[E], value: object) -> E:
    """A stored choice (a status, a category …) that `kind` knows; ReadError otherwise."""
    try:
        return kind(value)
    except (ValueError, TypeError):
        raise ReadError(f"the workspace file is damaged (a stored value reads "
                        f"{repr(value)[:40]})") from None


def enum_in(kind: type[E], value: object) -> E | None:
    """A stored choice that may be left open (NULL); ReadError when `kind` does not know it."""
    return None if value is None else stored_enum(kind, value)


def stored_date(text: object) -> dt.date:
    """A stored date that must be there; ReadError when it is missing or not a date."""
    day = date_in(text) if isinstance(text, str) else None
    if day is None:
        raise ReadError(f"the workspace file is damaged (a stored date reads "
                        f"{repr(text)[:40]})")
    return day


def stored_blob(value: object) -> bytes:
    """Stored bytes (an image, a logo); ReadError when another program left text or a number."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise ReadError(f"the workspace file is damaged (a stored image reads {repr(value)[:40]})")


def stored_content(text: object) -> dict[str, Any]:
    """A stored JSON object (a tech pack revision's content); ReadError when it is not one."""
    try:
        content = json.loads(text) if isinstance(text, (str, bytes)) else None
    except ValueError:
        content = None
    if not isinstance(content, dict):
        raise ReadError(f"the workspace file is damaged (a stored tech pack reads "
                        f"{repr(text)[:40]})")
    return content


def content_out(content: dict[str, Any]) -> str:
    """A tech pack revision's content as stored: JSON, keys sorted."""
    return json.dumps(content, sort_keys=True)


def date_out(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def date_in(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise ReadError(f"the workspace file is damaged (a stored date reads "
                        f"{repr(text)[:40]})") from None


def money_in(amount: str | None, currency: str | None) -> Money | None:
    if amount is None or not currency:
        return None
    return stored_money(amount, currency)


def stored_money(amount: object, currency: object) -> Money:
    """A stored amount in its currency; ReadError when it cannot be money."""
    try:
        return Money(stored_decimal(amount), str(currency))
    except MoneyError as error:
        raise ReadError(f"the workspace file is damaged ({error})") from None
