"""The checks every entity applies to what it is given, with messages meant for the user."""

from __future__ import annotations

from decimal import Decimal

from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message
from jewelbench.domain.money import Money, MoneyError, to_decimal


class DomainError(ValueError):
    """A value the domain refuses, with a message meant for the user: a Message (rendered in
    the reader's language by jewelbench.ui.i18n.say) or, until each is given one, English
    text. str(error) is always the English sentence."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(str(message))
        self.message: Message | str = message


# What each check refuses; {what} is the name of the field (a marked Text, a Message or,
# for a name the user typed, plain text), translated with the sentence.
REQUIRED = QT_TRANSLATE_NOOP("validation", "{what} is required")
TOO_LONG = QT_TRANSLATE_NOOP("validation", "{what} is longer than {most} characters")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("validation", "{what} '{text}' is not a number")
NOT_FINITE = QT_TRANSLATE_NOOP("validation", "{what} must be a finite number, not {text}")
TOO_LARGE = QT_TRANSLATE_NOOP("validation", "{what} {text} is too large")
AT_LEAST = QT_TRANSLATE_NOOP("validation", "{what} must be at least {least}, not {value}")
ABOVE = QT_TRANSLATE_NOOP("validation", "{what} must be above {least}, not {value}")
AT_MOST = QT_TRANSLATE_NOOP("validation", "{what} must be at most {most}, not {value}")
WHOLE_NUMBER = QT_TRANSLATE_NOOP("validation", "{what} must be a whole number")
AN_AMOUNT = QT_TRANSLATE_NOOP("validation", "{what} must be an amount with a currency")
NOT_NEGATIVE = QT_TRANSLATE_NOOP("validation", "{what} cannot be negative")

What = str | Message  # the name of what is checked: a marked Text, a Message or plain text


def check_text(value: str, what: What, *, required: bool = False, max_len: int = 200) -> str:
    text = (value or "").strip()
    if required and not text:
        raise DomainError(REQUIRED(what=what))
    if len(text) > max_len:
        raise DomainError(TOO_LONG(what=what, most=str(max_len)))
    return text


def check_number(value: object, what: What, *, minimum: Decimal | None = Decimal(0),
            allow_equal: bool = True, maximum: Decimal | None = None) -> Decimal:
    try:
        number = to_decimal(value, str(what))
    except MoneyError as error:
        raise DomainError(_not_a_number(error, value, what)) from None
    if minimum is not None and (number < minimum or (not allow_equal and number == minimum)):
        said = ABOVE if not allow_equal else AT_LEAST
        raise DomainError(said(what=what, least=minimum, value=number))
    if maximum is not None and number > maximum:
        raise DomainError(AT_MOST(what=what, most=maximum, value=number))
    return number


def _not_a_number(error: MoneyError, value: object, what: What) -> Message | str:
    """to_decimal's refusal (domain/money.py, English) as the Message that says the same."""
    for said in (NOT_A_NUMBER(what=what, text=str(value)),
                 NOT_FINITE(what=what, text=repr(value)), TOO_LARGE(what=what, text=str(value))):
        if str(said) == str(error):
            return said
    return str(error)


def check_count(value: int, what: What, *, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(WHOLE_NUMBER(what=what))
    if value < minimum:
        raise DomainError(AT_LEAST(what=what, least=minimum, value=value))
    return value


def check_percent(value: object, what: What) -> Decimal:
    return check_number(value, what, minimum=Decimal(0), maximum=Decimal(100))


def check_money(value: Money, what: What, *, allow_negative: bool = False) -> Money:
    if not isinstance(value, Money):
        raise DomainError(AN_AMOUNT(what=what))
    if not allow_negative and value.amount < 0:
        raise DomainError(NOT_NEGATIVE(what=what))
    return value
