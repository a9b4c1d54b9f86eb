"""What a user types into a number field, checked before it reaches an entity.

One rule for every numeric field: exact decimals only, the field's bounds and places, and a
message that says what to type instead. The UI's fields call this; so do tests and imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message, grouped

THAT_IS_TOO_LONG = QT_TRANSLATE_NOOP("inputs", "That is too long for a number. Enter {describe}.")
IS_NOT_A_NUMBER = QT_TRANSLATE_NOOP("inputs", "“{cleaned}” is not a number. Enter {describe}.")
ENTER = QT_TRANSLATE_NOOP("inputs", "Enter {describe}.")
ZERO_IS_NOT_ALLOWED = QT_TRANSLATE_NOOP("inputs", "Zero is not allowed here. Enter {describe}.")
IS_TOO_SMALL_ENTER = QT_TRANSLATE_NOOP("inputs", "{cleaned} is too small. Enter {describe}.")
IS_TOO_LARGE_ENTER = QT_TRANSLATE_NOOP("inputs", "{cleaned} is too large. Enter {describe}.")
HAS_TOO_MANY_DECIMAL = QT_TRANSLATE_NOOP(
    "inputs", "{cleaned} has too many decimal places. Enter {describe}.")
# What a field takes, as the refusals above end ("Enter a number g, above 0 …")
A_NUMBER = QT_TRANSLATE_NOOP("inputs", "a number")
A_NUMBER_IN = QT_TRANSLATE_NOOP("inputs", "a number {unit}")
ABOVE_ZERO = QT_TRANSLATE_NOOP("inputs", "above 0")
AT_LEAST = QT_TRANSLATE_NOOP("inputs", "at least {minimum}")
AT_MOST = QT_TRANSLATE_NOOP("inputs", "at most {maximum}")
BOTH_BOUNDS = QT_TRANSLATE_NOOP("inputs", "{number}, {low} and {high}")
ONE_BOUND = QT_TRANSLATE_NOOP("inputs", "{number}, {bound}")
WITH_PLACES = QT_TRANSLATE_NOOP("inputs", "{number}, with up to {places} decimal places")
WHOLE = QT_TRANSLATE_NOOP("inputs", "{number}, whole")


class InputError(ValueError):
    """Text that is not an acceptable value; str() says what to type instead (English), and
    .message the same as a Message for jewelbench.ui.i18n.say."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(str(message))
        self.message: Message | str = message


@dataclass(frozen=True)
class NumberRule:
    """The bounds of one kind of field: a weight in grams, a price, a percentage …"""

    unit: str = ""
    minimum: Decimal | None = Decimal(0)
    maximum: Decimal | None = Decimal("1e9")
    places: int = 2
    allow_zero: bool = True
    required: bool = True

    def describe(self) -> str:
        return str(self.describe_message())

    def describe_message(self) -> Message:
        """What to type, as a refusal ends: "a number g, above 0 and at most 1,000,000,000,
        with up to 2 decimal places"."""
        low = ABOVE_ZERO() if not self.allow_zero and self.minimum == 0 else (
            AT_LEAST(minimum=self.minimum) if self.minimum is not None else None)
        high = AT_MOST(maximum=grouped(self.maximum)) if self.maximum is not None else None
        said = A_NUMBER_IN(unit=self.unit) if self.unit else A_NUMBER()
        if low is not None and high is not None:
            said = BOTH_BOUNDS(number=said, low=low, high=high)
        elif low is not None or high is not None:
            said = ONE_BOUND(number=said, bound=low if low is not None else high)
        return WITH_PLACES(number=said, places=self.places) if self.places \
            else WHOLE(number=said)


# ASCII digits only: Python's \d (and Decimal) also take full-width "１２", Arabic-Indic and
# other scripts' digits, and Decimal takes "1_000"; a number field takes none of them.
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$", re.ASCII)
_PLAIN = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$", re.ASCII)
MAX_INPUT_LENGTH = 40


def parse_number(text: str, rule: NumberRule, *, decimal_point: str = ".",
                 group_separator: str = ",") -> Decimal | None:
    """The exact value typed, or None for an empty optional field; InputError otherwise.

    Accepts the locale's decimal point and digit grouping ("1,234.50" or "1.234,50"),
    surrounding spaces and the field's unit typed after the number ("4.2 g")."""
    cleaned = (text or "").strip()
    if rule.unit and cleaned.lower().endswith(rule.unit.lower()):
        cleaned = cleaned[: -len(rule.unit)].strip()
    if not cleaned:
        if rule.required:
            raise InputError(ENTER(describe=rule.describe_message()))
        return None
    if len(cleaned) > MAX_INPUT_LENGTH:
        raise InputError(THAT_IS_TOO_LONG(describe=rule.describe_message()))
    # Normalise to "1234.5": drop the locale's grouping, then use '.' as the decimal point.
    canonical = cleaned.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if group_separator and group_separator != decimal_point:
        canonical = canonical.replace(group_separator, "\x00")
    canonical = canonical.replace(decimal_point, ".")
    if "\x00" in canonical:
        if not _GROUPED.match(canonical.replace("\x00", ",")):
            raise InputError(IS_NOT_A_NUMBER(cleaned=cleaned, describe=rule.describe_message()))
        canonical = canonical.replace("\x00", "")
    if not _PLAIN.match(canonical):
        raise InputError(IS_NOT_A_NUMBER(cleaned=cleaned, describe=rule.describe_message()))
    try:
        value = Decimal(canonical)
    except InvalidOperation:
        raise InputError(IS_NOT_A_NUMBER(cleaned=cleaned,
                                         describe=rule.describe_message())) from None
    if not value.is_finite():
        raise InputError(ENTER(describe=rule.describe_message()))
    if value == 0 and not rule.allow_zero:
        raise InputError(ZERO_IS_NOT_ALLOWED(describe=rule.describe_message()))
    if rule.minimum is not None and value < rule.minimum:
        raise InputError(IS_TOO_SMALL_ENTER(cleaned=cleaned, describe=rule.describe_message()))
    if rule.maximum is not None and value > rule.maximum:
        raise InputError(IS_TOO_LARGE_ENTER(cleaned=cleaned, describe=rule.describe_message()))
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > rule.places:
        raise InputError(HAS_TOO_MANY_DECIMAL(cleaned=cleaned, describe=rule.describe_message()))
    return value + Decimal(0)  # normalises -0 to 0


# The kinds of field the app has, in one place so every editor uses the same bounds.
PRICE = NumberRule(places=4, maximum=Decimal("1e9"))
RETAIL_PRICE = NumberRule(places=2, maximum=Decimal("1e8"), required=False)
WEIGHT_G = NumberRule(unit="g", places=3, maximum=Decimal(100000), allow_zero=False)
PERCENT = NumberRule(unit="%", places=2, maximum=Decimal(100))
LENGTH_MM = NumberRule(unit="mm", places=2, maximum=Decimal(2000), allow_zero=False)
THICKNESS_UM = NumberRule(unit="µm", places=2, maximum=Decimal(100))
