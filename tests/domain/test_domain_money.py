"""Money: exact Decimal amounts that always carry a checked ISO 4217 currency."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jewelbench.domain.money import (
    MAX_AMOUNT,
    Money,
    MoneyError,
    check_currency,
    money_sum,
    to_decimal,
)

# --- exactness ---------------------------------------------------------------------------


def test_amounts_are_exact_decimals_not_binary_approximations():
    total = Money.of("0.10", "USD") + Money.of("0.20", "USD")
    assert total.amount == Decimal("0.30")
    assert str(total.amount) == "0.30"
    assert isinstance(total.amount, Decimal)


def test_text_int_and_decimal_are_accepted_and_keep_their_digits():
    assert Money.of("12.3400", "EUR").amount.as_tuple() == Decimal("12.3400").as_tuple()
    assert Money.of(7, "EUR").amount == Decimal(7)
    assert Money(Decimal("0.000001"), "EUR").amount == Decimal("0.000001")


def test_text_with_spaces_and_non_breaking_spaces_is_read_as_one_number():
    assert to_decimal(" 1 234.50\u00a0") == Decimal("1234.50")


@pytest.mark.parametrize("value", [0.1, 1.0, 19.99])
def test_binary_floats_are_refused_everywhere(value):
    with pytest.raises(MoneyError, match="must be exact .* binary float"):
        Money(value, "USD")
    with pytest.raises(MoneyError, match="must be exact .* binary float"):
        Money.of(value, "USD")
    with pytest.raises(MoneyError, match="must be exact .* binary float"):
        Money.of("2", "USD") * value


def test_booleans_are_not_amounts():
    with pytest.raises(MoneyError):
        Money.of(True, "USD")


@pytest.mark.parametrize("value", ["abc", "", "1,234.50", "12.3.4"])
def test_text_that_is_not_a_number_is_refused_with_the_text_in_the_message(value):
    with pytest.raises(MoneyError, match="not a number"):
        Money.of(value, "USD")


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", Decimal("NaN")])
def test_non_finite_amounts_are_refused(value):
    with pytest.raises(MoneyError, match="finite"):
        Money.of(value, "USD")


def test_absurdly_large_amounts_are_refused_as_typos():
    assert Money.of(MAX_AMOUNT - 1, "USD").amount == MAX_AMOUNT - 1
    with pytest.raises(MoneyError, match="too large"):
        Money.of(MAX_AMOUNT, "USD")
    with pytest.raises(MoneyError, match="too large"):
        Money.of(-MAX_AMOUNT, "USD")


def test_objects_that_are_not_numbers_are_refused():
    with pytest.raises(MoneyError, match="must be a number"):
        Money.of([1], "USD")


# --- currencies --------------------------------------------------------------------------


@pytest.mark.parametrize("code, expected", [("USD", "USD"), ("eur", "EUR"), (" thb ", "THB")])
def test_currency_codes_are_normalised_to_upper_case(code, expected):
    assert check_currency(code) == expected
    assert Money.of("1", code).currency == expected


@pytest.mark.parametrize("code", ["", "US", "USDT", "U$D", "12A", None, "€"])
def test_currency_codes_that_are_not_three_letters_are_refused(code):
    with pytest.raises(MoneyError, match="not a currency code"):
        check_currency(code)
    with pytest.raises(MoneyError):
        Money.of("1", code)


def test_adding_or_subtracting_different_currencies_is_refused():
    usd, eur = Money.of("10", "USD"), Money.of("10", "EUR")
    with pytest.raises(MoneyError, match="USD.*EUR"):
        usd + eur
    with pytest.raises(MoneyError):
        usd - eur
    with pytest.raises(MoneyError):
        usd < eur  # noqa: B015 - the comparison itself must raise
    with pytest.raises(MoneyError):
        money_sum([usd, eur], "USD")


def test_money_does_not_combine_with_bare_numbers():
    with pytest.raises(TypeError):
        Money.of("10", "USD") + Decimal(1)
    with pytest.raises(TypeError):
        Money.of("10", "USD") * Money.of("2", "USD")


def test_arithmetic_in_one_currency():
    a, b = Money.of("10.25", "USD"), Money.of("0.75", "USD")
    assert a + b == Money.of("11.00", "USD")
    assert a - b == Money.of("9.50", "USD")
    assert a * 3 == Money.of("30.75", "USD")
    assert 3 * a == Money.of("30.75", "USD")
    assert a * "0.5" == Money.of("5.125", "USD")  # no rounding inside a computation
    assert -a == Money.of("-10.25", "USD")
    assert b < a and b <= a and a <= a
    assert money_sum([a, b, b], "USD") == Money.of("11.75", "USD")
    assert money_sum([], "JPY") == Money.zero("JPY")


def test_conversion_uses_the_rate_exactly():
    converted = Money.of("100", "EUR").converted(Decimal("1.0865"), "USD")
    assert converted == Money.of("108.6500", "USD")
    assert converted.currency == "USD"


# --- rounding and display ----------------------------------------------------------------


@pytest.mark.parametrize("amount, currency, expected", [
    ("2.345", "USD", "2.35"),      # half-up, not banker's rounding (which gives 2.34)
    ("2.335", "USD", "2.34"),
    ("2.344999", "USD", "2.34"),
    ("-2.345", "USD", "-2.35"),    # half away from zero
    ("0.125", "EUR", "0.13"),
    ("1234.5", "JPY", "1235"),     # yen have no minor unit
    ("1233.5", "JPY", "1234"),
    ("1234.4999", "JPY", "1234"),
    ("0.5", "KRW", "1"),
    ("1.2345", "KWD", "1.235"),    # three places for Kuwaiti dinar
    ("7", "USD", "7.00"),
    ("7", "XYZ", "7.00"),          # an unlisted currency defaults to two places
])
def test_rounding_is_half_up_to_the_currency_minor_unit(amount, currency, expected):
    rounded = Money.of(amount, currency).rounded()
    assert str(rounded.amount) == expected
    assert rounded.currency == currency


def test_rounding_is_for_presentation_and_leaves_the_amount_alone():
    price = Money.of("2.345", "USD")
    price.rounded()
    assert price.amount == Decimal("2.345")


@pytest.mark.parametrize("amount, currency, expected", [
    ("1234.5", "USD", "1,234.50 USD"),
    ("1234567.891", "EUR", "1,234,567.89 EUR"),
    ("1234.5", "JPY", "1,235 JPY"),
    ("0", "USD", "0.00 USD"),
    ("-15.5", "GBP", "-15.50 GBP"),
    ("999.995", "USD", "1,000.00 USD"),
])
def test_str_shows_the_rounded_amount_with_thousands_separators_and_the_code(
        amount, currency, expected):
    assert str(Money.of(amount, currency)) == expected


@pytest.mark.parametrize("amount", ["-0.001", "-0.004", "-0"])
def test_a_tiny_negative_amount_does_not_display_as_minus_zero(amount):
    assert str(Money.of(amount, "USD")) == "0.00 USD"
    assert str(Money.of(amount, "JPY")) == "0 JPY"


def test_equal_amounts_with_different_trailing_zeros_are_equal_money():
    assert Money.of("1.5", "USD") == Money.of("1.50", "USD")
    assert Money.of("1.5", "USD") != Money.of("1.5", "EUR")


def test_money_is_immutable():
    price = Money.of("1", "USD")
    with pytest.raises(AttributeError):
        price.amount = Decimal(2)  # type: ignore[misc]


# --- properties --------------------------------------------------------------------------

amounts = st.decimals(min_value=Decimal("-999999999"), max_value=Decimal("999999999"),
                      places=4, allow_nan=False, allow_infinity=False)
currencies = st.sampled_from(["USD", "EUR", "JPY", "KWD", "THB"])


@settings(max_examples=200, database=None, deadline=None)
@given(a=amounts, b=amounts, c=amounts, currency=currencies)
def test_addition_is_exact_associative_and_commutative(a, b, c, currency):
    x, y, z = (Money(v, currency) for v in (a, b, c))
    assert (x + y) + z == x + (y + z)
    assert x + y == y + x
    assert (x + y).amount == a + b  # no rounding hides in an addition
    assert (x + y) - y == x


@settings(max_examples=200, database=None, deadline=None)
@given(amount=amounts, currency=currencies)
def test_amount_round_trips_exactly_through_its_text(amount, currency):
    money = Money(amount, currency)
    again = Money.of(str(money.amount), money.currency)
    assert again == money
    assert again.amount.as_tuple() == money.amount.as_tuple()


@settings(max_examples=200, database=None, deadline=None)
@given(amount=amounts, currency=currencies)
def test_displayed_text_reads_back_as_the_rounded_amount(amount, currency):
    money = Money(amount, currency)
    number, code = str(money).split(" ")
    assert code == currency
    assert Decimal(number.replace(",", "")) == money.rounded().amount
    # and the rounding error is at most half a minor unit
    places = {"JPY": 0, "KWD": 3}.get(currency, 2)
    assert abs(money.rounded().amount - amount) <= Decimal(5).scaleb(-places - 1)


@pytest.mark.parametrize("value", ["1E+999999999", "-1E+999999999", Decimal("1E+999999999"),
                                   "9" * 30])
def test_an_amount_beyond_any_exponent_is_refused_as_too_large_not_overflowed(value):
    # abs() in the decimal context used to raise decimal.Overflow into the caller
    with pytest.raises(MoneyError, match="too large"):
        Money.of(value, "USD")


@pytest.mark.parametrize("value", ["1_000", "1_000.50", "１２", "١٢", "12\u0662"])
def test_digit_groups_with_underscores_and_non_ascii_digits_are_not_numbers(value):
    # Decimal() takes all of these (as 1000, 1000.50, 12, 12 and 122)
    with pytest.raises(MoneyError, match=f"'{value}' is not a number"):
        Money.of(value, "USD")


def test_plain_and_exponent_amounts_still_read():
    assert Money.of(" 12.50 ", "USD").amount == Decimal("12.50")
    assert Money.of("-.5", "EUR").amount == Decimal("-0.5")
    assert Money.of("1.5e3", "EUR").amount == Decimal(1500)
