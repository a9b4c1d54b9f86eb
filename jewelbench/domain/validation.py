"""The checks every entity applies to what it is given, with messages meant for the user."""

from __future__ import annotations

from decimal import Decimal

from jewelbench.domain.messages import Message
from jewelbench.domain.money import Money, MoneyError, to_decimal


class DomainError(ValueError):
    """A value the domain refuses, with a message meant for the user: a Message (rendered in
    the reader's language by jewelbench.ui.i18n.say) or, until each is given one, English
    text. str(error) is always the English sentence."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(str(message))
        self.message: Message | str = message


def check_text(value: str, what: str, *, required: bool = False, max_len: int = 200) -> str:
    text = (value or "").strip()
    if required and not text:
        raise DomainError(f"{what} is required")
    if len(text) > max_len:
        raise DomainError(f"{what} is longer than {max_len} characters")
    return text


def check_number(value: object, what: str, *, minimum: Decimal | None = Decimal(0),
            allow_equal: bool = True, maximum: Decimal | None = None) -> Decimal:
    try:
        number = to_decimal(value, what)
    except MoneyError as error:
        raise DomainError(str(error)) from None
    if minimum is not None and (number < minimum or (not allow_equal and number == minimum)):
        bound = "above" if not allow_equal else "at least"
        raise DomainError(f"{what} must be {bound} {minimum}, not {number}")
    if maximum is not None and number > maximum:
        raise DomainError(f"{what} must be at most {maximum}, not {number}")
    return number


def check_count(value: int, what: str, *, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(f"{what} must be a whole number")
    if value < minimum:
        raise DomainError(f"{what} must be at least {minimum}, not {value}")
    return value


def check_percent(value: object, what: str) -> Decimal:
    return check_number(value, what, minimum=Decimal(0), maximum=Decimal(100))


def check_money(value: Money, what: str, *, allow_negative: bool = False) -> Money:
    if not isinstance(value, Money):
        raise DomainError(f"{what} must be an amount with a currency")
    if not allow_negative and value.amount < 0:
        raise DomainError(f"{what} cannot be negative")
    return value
