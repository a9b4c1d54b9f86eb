"""Every number field's rule: exact values in, clear refusals out (hypothesis-driven)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jewelbench.domain.inputs import (
    LENGTH_MM,
    PERCENT,
    PRICE,
    RETAIL_PRICE,
    THICKNESS_UM,
    WEIGHT_G,
    InputError,
    NumberRule,
    parse_number,
)

RULES = [PRICE, RETAIL_PRICE, WEIGHT_G, PERCENT, LENGTH_MM, THICKNESS_UM]


def _in_bounds(rule: NumberRule) -> st.SearchStrategy[Decimal]:
    low = rule.minimum if rule.minimum is not None else Decimal("-1e9")
    high = rule.maximum if rule.maximum is not None else Decimal("1e9")
    values = st.decimals(min_value=low, max_value=high, places=rule.places,
                         allow_nan=False, allow_infinity=False)
    return values.filter(lambda v: rule.allow_zero or v != 0)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.unit or f"{r.places} places")
@given(data=st.data())
def test_every_value_within_the_rule_reads_back_exactly(rule, data):
    value = data.draw(_in_bounds(rule))
    assert parse_number(str(value), rule) == value
    assert parse_number(f"  {value}  ", rule) == value
    if rule.unit:
        assert parse_number(f"{value} {rule.unit}", rule) == value


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.unit or f"{r.places} places")
@given(data=st.data())
def test_values_outside_the_bounds_are_refused_with_the_bounds_named(rule, data):
    assert rule.maximum is not None
    above = data.draw(st.decimals(min_value=rule.maximum + 1, max_value=rule.maximum * 1000,
                                  places=0, allow_nan=False, allow_infinity=False))
    with pytest.raises(InputError, match="too large"):
        parse_number(str(above), rule)
    below = data.draw(st.decimals(min_value=Decimal("-1e6"), max_value=Decimal("-0.01"),
                                  places=2, allow_nan=False, allow_infinity=False))
    with pytest.raises(InputError, match="too small"):
        parse_number(str(below), rule)


@given(st.text(max_size=60))
def test_any_text_gives_a_value_within_bounds_or_an_input_error(text):
    for rule in RULES:
        try:
            value = parse_number(text, rule)
        except InputError as error:
            assert str(error).endswith(".") and "Enter" in str(error)
            continue
        if value is None:
            assert not rule.required
            continue
        assert value.is_finite()
        assert rule.minimum is None or value >= rule.minimum
        assert rule.maximum is None or value <= rule.maximum
        assert rule.allow_zero or value != 0


@given(st.decimals(min_value=Decimal("1000"), max_value=Decimal("99999999"), places=2,
                   allow_nan=False, allow_infinity=False))
def test_grouped_digits_in_either_locale_convention(value):
    english = f"{value:,.2f}"
    german = english.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    assert parse_number(english, PRICE) == value
    assert parse_number(german, PRICE, decimal_point=",", group_separator=".") == value


@pytest.mark.parametrize("text, message", [
    ("", "Enter a number g"),
    ("abc", "is not a number"),
    ("1e5", "is not a number"),
    ("NaN", "is not a number"),
    ("Infinity", "is not a number"),
    ("0", "Zero is not allowed"),
    ("-1", "too small"),
    ("100001", "too large"),
    ("1.2345", "too many decimal places"),
    ("12,34", "is not a number"),
    ("1" * 50, "too long"),
])
def test_each_bad_weight_gets_its_own_reason(text, message):
    with pytest.raises(InputError, match=message):
        parse_number(text, WEIGHT_G)


def test_an_empty_optional_field_is_none_and_minus_zero_is_zero():
    assert parse_number("", RETAIL_PRICE) is None
    assert str(parse_number("-0", PRICE)) == "0"


def test_bounds_are_said_in_plain_digits_never_in_exponent_notation():
    from jewelbench.domain.inputs import PRICE

    assert "at most 1,000,000,000" in PRICE.describe()
    assert "E+" not in PRICE.describe()


@pytest.mark.parametrize("text", ["1_000", "1_000.5", "１２", "１２.５", "١٢", "1,０００"])
def test_underscores_and_non_ascii_digits_are_refused_like_any_other_non_number(text):
    # the same message as "abc": Python's \d and Decimal() would take every one of these
    with pytest.raises(InputError) as refused:
        parse_number(text, PRICE)
    assert str(refused.value) == (f"“{text}” is not a number. Enter a number, at least 0 and "
                                  "at most 1,000,000,000, with up to 4 decimal places.")
    with pytest.raises(InputError, match="is not a number"):
        parse_number(text, WEIGHT_G, decimal_point=",", group_separator=".")
