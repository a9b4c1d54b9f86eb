"""What a user types into a number field, checked before it reaches an entity.

One rule for every numeric field: exact decimals only, the field's bounds and places, and a
message that says what to type instead. The UI's fields call this; so do tests and imports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation


class InputError(ValueError):
    """Text that is not an acceptable value; str() says what to type instead."""


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
        low = "above 0" if not self.allow_zero and self.minimum == 0 else (
            f"at least {self.minimum:f}" if self.minimum is not None else "")
        high = f"at most {self.maximum:,f}" if self.maximum is not None else ""  # not 1E+9
        parts = [p for p in (low, high) if p]
        unit = f" {self.unit}" if self.unit else ""
        return f"a number{unit}" + (f", {' and '.join(parts)}" if parts else "") + (
            f", with up to {self.places} decimal places" if self.places else ", whole")


# ASCII digits only: Python's \d (and Decimal) also take full-width "１２", Arabic-Indic and
# other scripts' digits, and Decimal takes "1_000"; a number field takes none of them.
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$", re.ASCII)
_PLAIN = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$", re.ASCII)
MAX_INPUT_LENGTH = 40


def parse_number(text: str, rule: NumberRule, *, decimal_point: str = ".",
                 group_separator: str = ",",
                 read: Callable[[str], Decimal | None] | None = None) -> Decimal | None:
    """The exact value typed, or None for an empty optional field; InputError otherwise.

    Accepts the locale's decimal point and digit grouping ("1,234.50" or "1.234,50"),
    surrounding spaces and the field's unit typed after the number ("4.2 g"). read, when
    given, reads the number instead (the reader's locale's forms, locale_forms.parse_decimal):
    the number typed, None for text that is not one, or InputError saying the form expected."""
    cleaned = (text or "").strip()
    if rule.unit and cleaned.lower().endswith(rule.unit.lower()):
        cleaned = cleaned[: -len(rule.unit)].strip()
    if not cleaned:
        if rule.required:
            raise InputError(f"Enter {rule.describe()}.")
        return None
    if len(cleaned) > MAX_INPUT_LENGTH:
        raise InputError(f"That is too long for a number. Enter {rule.describe()}.")
    if read is not None:
        read_value = read(cleaned)
        if read_value is None:
            raise InputError(f"“{cleaned}” is not a number. Enter {rule.describe()}.")
        return _within(read_value, cleaned, rule)
    # Normalise to "1234.5": drop the locale's grouping, then use '.' as the decimal point.
    canonical = cleaned.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if group_separator and group_separator != decimal_point:
        canonical = canonical.replace(group_separator, "\x00")
    canonical = canonical.replace(decimal_point, ".")
    if "\x00" in canonical:
        if not _GROUPED.match(canonical.replace("\x00", ",")):
            raise InputError(f"“{cleaned}” is not a number. Enter {rule.describe()}.")
        canonical = canonical.replace("\x00", "")
    if not _PLAIN.match(canonical):
        raise InputError(f"“{cleaned}” is not a number. Enter {rule.describe()}.")
    try:
        value = Decimal(canonical)
    except InvalidOperation:
        raise InputError(f"“{cleaned}” is not a number. Enter {rule.describe()}.") from None
    if not value.is_finite():
        raise InputError(f"Enter {rule.describe()}.")
    return _within(value, cleaned, rule)


def _within(value: Decimal, cleaned: str, rule: NumberRule) -> Decimal:
    """value if rule allows it (zero, bounds, places), else InputError about cleaned."""
    if value == 0 and not rule.allow_zero:
        raise InputError(f"Zero is not allowed here. Enter {rule.describe()}.")
    if rule.minimum is not None and value < rule.minimum:
        raise InputError(f"{cleaned} is too small. Enter {rule.describe()}.")
    if rule.maximum is not None and value > rule.maximum:
        raise InputError(f"{cleaned} is too large. Enter {rule.describe()}.")
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > rule.places:
        raise InputError(f"{cleaned} has too many decimal places. Enter {rule.describe()}.")
    return value + Decimal(0)  # normalises -0 to 0


# The kinds of field the app has, in one place so every editor uses the same bounds.
PRICE = NumberRule(places=4, maximum=Decimal("1e9"))
RETAIL_PRICE = NumberRule(places=2, maximum=Decimal("1e8"), required=False)
WEIGHT_G = NumberRule(unit="g", places=3, maximum=Decimal(100000), allow_zero=False)
PERCENT = NumberRule(unit="%", places=2, maximum=Decimal(100))
LENGTH_MM = NumberRule(unit="mm", places=2, maximum=Decimal(2000), allow_zero=False)
THICKNESS_UM = NumberRule(unit="µm", places=2, maximum=Decimal(100))
