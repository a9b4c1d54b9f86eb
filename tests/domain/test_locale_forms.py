"""Figures in the reader's locale (domain/locale_forms.py): what a reader sees for each
locale and currency, and what each typed form gets. Every expected figure is worked by hand
in the comment beside it (never copied from babel's output)."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jewelbench.domain import locale_forms
from jewelbench.domain.currencies import ISO_4217, check_known_currency
from jewelbench.domain.locale_forms import (
    NumberFormError,
    WeightUnit,
    current_locale,
    format_date,
    format_decimal,
    format_integer,
    format_money,
    format_percent,
    format_weight,
    parse_decimal,
    reading_in,
    set_locale,
    set_weight_unit,
)
from jewelbench.domain.messages import Message
from jewelbench.domain.money import MINOR_UNITS, Money, minor_units
from jewelbench.domain.validation import DomainError

NBSP = "\u00a0"  # CLDR's group separator for Norwegian: a space that never breaks a figure


@pytest.fixture(autouse=True)
def _process_defaults():
    """Each test starts and ends with no region chosen and weights in grams."""
    set_locale("")
    set_weight_unit(WeightUnit.GRAM)
    yield
    set_locale("")
    set_weight_unit(WeightUnit.GRAM)


# --- currencies: minor units and codes from babel's data ------------------------------------

@pytest.mark.parametrize("currency, places", [
    ("JPY", 0), ("ISK", 0), ("KRW", 0),  # yen, króna and won have no minor unit
    ("KWD", 3), ("BHD", 3), ("OMR", 3), ("JOD", 3), ("TND", 3),  # dinars and rial: fils/baisa
    ("NOK", 2), ("EUR", 2), ("USD", 2),
])
def test_each_currency_has_its_own_decimals(currency, places):
    assert minor_units(currency) == places
    assert MINOR_UNITS.get(currency, 2) == places


@pytest.mark.parametrize("money, shown", [
    # 1234.5 yen rounds half-up to 1 235 (no sen are written)
    (Money.of("1234.5", "JPY"), "1,235 JPY"),
    # 999.5 króna rounds half-up to 1 000
    (Money.of("999.5", "ISK"), "1,000 ISK"),
    # 12 345.49 won rounds down to 12 345
    (Money.of("12345.49", "KRW"), "12,345 KRW"),
    # 1 234.5675 dinars: the fourth decimal 5 rounds the third up, 1 234.568
    (Money.of("1234.5675", "KWD"), "1,234.568 KWD"),
    # 0.1 rial written with its three baisa places
    (Money.of("0.1", "OMR"), "0.100 OMR"),
    (Money.of("7", "JOD"), "7.000 JOD"),
    (Money.of("2.0005", "TND"), "2.001 TND"),
    (Money.of("-0.0004", "BHD"), "0.000 BHD"),  # rounds to zero: no minus on nothing
])
def test_money_is_written_in_its_currency_decimals(money, shown):
    with reading_in("en_US"):
        assert format_money(money) == shown
    assert str(money) == shown, "str() (logs, the command line) agrees"


def test_norwegian_money_keeps_the_amount_then_its_code():
    with reading_in("nb_NO"):
        # 1 234.5 kroner: a no-break space groups the thousands, a comma before the øre
        assert format_money(Money.of("1234.5", "NOK")) == f"1{NBSP}234,50 NOK"
        assert format_money(Money.of("1234.5", "JPY")) == f"1{NBSP}235 JPY"


def test_the_currency_list_is_legal_tender_today_or_lately():
    for code in ("NOK", "EUR", "USD", "THB", "INR", "JPY", "OMR", "XCG", "ZWG"):
        assert code in ISO_4217
    # metals, funds and test codes are not money a supplier quotes in; the kuna went in 2023
    # and the mark in 2002
    for code in ("XAU", "XTS", "HRK", "DEM"):
        assert code not in ISO_4217
    with pytest.raises(DomainError, match="not a currency jewelbench knows"):
        check_known_currency("DEM")
    assert check_known_currency(" nok ") == "NOK"


# --- numbers, percentages, dates --------------------------------------------------------------

def test_indian_english_groups_lakhs_and_crores():
    with reading_in("en_IN"):
        # 1 234 567.5: the last three digits, then pairs: 12,34,567
        assert format_decimal(Decimal("1234567.5"), 2) == "12,34,567.50"
        assert format_integer(123456789) == "12,34,56,789"
        assert format_money(Money.of("1234567.5", "INR")) == "12,34,567.50 INR"


def test_norwegian_and_english_forms_of_the_same_figure():
    with reading_in("nb_NO"):
        assert format_decimal(Decimal("1234.5"), 2) == f"1{NBSP}234,50"
        assert format_integer(1234567) == f"1{NBSP}234{NBSP}567"
        # 1 234.505 rounds half-up at the second decimal: 1 234.51
        assert format_decimal(Decimal("1234.505"), 2) == f"1{NBSP}234,51"
        assert format_percent(Decimal("12.5")) == f"12,5{NBSP}%"
        assert format_date(dt.date(2026, 12, 6)) == "06.12.2026"
    with reading_in("en_GB"):
        assert format_decimal(Decimal("1234.5"), 2) == "1,234.50"
        assert format_percent(Decimal("12.5")) == "12.5%"
        assert format_date(dt.date(2026, 12, 6)) == "06/12/2026"
    with reading_in("en_US"):
        assert format_decimal(Decimal("0.125"), 2) == "0.13", "half-up, not banker's 0.12"
        assert format_decimal(Decimal("-0.001"), 2) == "0.00"


def test_a_negative_figure_reads_back_in_either_minus():
    with reading_in("nb_NO"):
        shown = format_decimal(Decimal("-1234.5"), 2)
        assert shown == f"-1{NBSP}234,50"  # the hyphen-minus a keyboard types
        assert parse_decimal(shown) == Decimal("-1234.50"), "and it reads back"
        # CLDR's Norwegian minus sign (U+2212), as text pasted from elsewhere has it
        assert parse_decimal(f"\u22121{NBSP}234,50") == Decimal("-1234.50")


def test_the_process_locale_and_an_override_for_one_piece_of_work():
    set_locale("nb_NO")
    assert current_locale() == "nb_NO"
    with reading_in("en_GB") as spoken:
        assert spoken == "en_GB" and current_locale() == "en_GB"
        seen_by_a_worker = []
        worker = threading.Thread(target=lambda: seen_by_a_worker.append(current_locale()))
        worker.start()
        worker.join()
        assert seen_by_a_worker == ["nb_NO"], "another thread keeps the process's locale"
    assert current_locale() == "nb_NO"
    set_locale("en-IN")  # as a setting may spell it
    assert current_locale() == "en_IN"
    with pytest.raises(ValueError, match="not a locale"):
        set_locale("xx_NOWHERE_LONG_NAME")


def test_without_a_chosen_region_a_c_system_reads_as_us_english_with_iso_dates():
    locale_forms.set_system_locale("C")
    try:
        assert current_locale() == "en_US"
        assert format_decimal(Decimal("1234.5"), 2) == "1,234.50"
        assert format_date(dt.date(2026, 12, 6)) == "2026-12-06"
        locale_forms.set_system_locale(lambda: "nb_NO")
        assert format_date(dt.date(2026, 12, 6)) == "06.12.2026"
    finally:
        locale_forms.set_system_locale(None)


def test_a_held_block_asks_the_system_for_its_locale_once_and_keeps_a_c_system_iso_dates():
    asked = []
    locale_forms.set_system_locale(lambda: asked.append("asked") or "nb_NO")
    try:
        with locale_forms.held():
            figures = [format_decimal(Decimal("1234.5"), 2) for _ in range(3)]
            locale_forms.set_system_locale(lambda: "en_GB")  # changed mid-block: not seen
            figures.append(format_decimal(Decimal("1234.5"), 2))
        assert figures == ["1\u00a0234,50"] * 4 and asked == ["asked"]
        assert format_decimal(Decimal("1234.5"), 2) == "1,234.50"  # asked again after it
        with locale_forms.reading_in("nb_NO"), locale_forms.held():  # a held reading stays
            assert format_decimal(Decimal("0.5"), 1) == "0,5"
        locale_forms.set_system_locale("C")
        with locale_forms.held():
            assert format_date(dt.date(2026, 12, 6)) == "2026-12-06"
    finally:
        locale_forms.set_system_locale(None)


# --- weights ----------------------------------------------------------------------------------

@pytest.mark.parametrize("unit, grams, shown", [
    ("g", Decimal("4.2"), "4.20 g"),
    # a pennyweight is 31.1034768 / 20 = 1.55517384 g: 4.2 g = 2.7007 dwt
    ("dwt", Decimal("4.2"), "2.70 dwt"),
    # 4.2 / 31.1034768 = 0.13503 ozt
    ("ozt", Decimal("4.2"), "0.135 troy oz"),
    ("ozt", Decimal("31.1034768"), "1.000 troy oz"),
    ("dwt", Decimal("31.1034768"), "20.00 dwt"),
    ("carats?", Decimal("4.2"), "4.20 g"),  # a damaged setting shows grams
])
def test_weights_are_shown_in_the_unit_chosen(unit, grams, shown):
    set_weight_unit(unit)
    with reading_in("en_GB"):
        assert format_weight(grams) == shown


# --- reading what is typed ----------------------------------------------------------------

@pytest.mark.parametrize("typed, value", [
    ("1 234,50", "1234.50"),
    (f"1{NBSP}234,50", "1234.50"),
    ("1\u202f234,50", "1234.50"),  # a narrow no-break space, as French text groups
    ("1.234,50", "1234.50"),
    ("1234,50", "1234.50"),
    ("kr 1 234,50", "1234.50"),
    ("1 234,50 kr", "1234.50"),
    ("NOK 1 234,50", "1234.50"),
    ("1 234,-", "1234"),  # whole kroner
    ("1.234.567", "1234567"),  # two points can only be grouping
    ("0,5", "0.5"),
    ("-12,5", "-12.5"),
    ("\u221212,5", "-12.5"),
    ("  7  ", "7"),
])
def test_norwegian_forms_are_read(typed, value):
    with reading_in("nb_NO"):
        assert parse_decimal(typed, "a price") == Decimal(value)


@pytest.mark.parametrize("typed, value", [
    ("1,234.50", "1234.50"),
    ("1234.50", "1234.50"),
    ("1,234", "1234"),  # en's own grouping
    ("1 234.50", "1234.50"),
    ("$1,234.50", "1234.50"),
    ("USD 1,234.50", "1234.50"),
    (".5", "0.5"),
])
def test_english_forms_are_read(typed, value):
    with reading_in("en_US"):
        assert parse_decimal(typed) == Decimal(value)


def test_indian_english_reads_its_own_grouping_and_the_western_one():
    with reading_in("en_IN"):
        assert parse_decimal("12,34,567.50") == Decimal("1234567.50")
        assert parse_decimal("1,234,567.50") == Decimal("1234567.50")


def _refusal(typed: str, locale_id: str) -> NumberFormError:
    with reading_in(locale_id), pytest.raises(NumberFormError) as caught:
        parse_decimal(typed, "a price")
    assert isinstance(caught.value.message, Message), "the ui says it in the reader's language"
    return caught.value


@pytest.mark.parametrize("typed, locale_id, expected", [
    # the English form in Norway: the figure the user meant, written the Norwegian way
    ("1,234.50", "nb_NO",
     f"“1,234.50” is written in another region's form: write 1{NBSP}234,50."),
    ("1.5", "nb_NO", "“1.5” is written in another region's form: write 1,5."),
    ("1,234,567", "nb_NO",
     f"“1,234,567” is written in another region's form: write 1{NBSP}234{NBSP}567."),
    # the Norwegian (or German) form in England and America
    ("1.234,50", "en_GB", "“1.234,50” is written in another region's form: write 1,234.50."),
    ("1,5", "en_US", "“1,5” is written in another region's form: write 1.5."),
    ("1.234.567", "en_US", "“1.234.567” is written in another region's form: write 1,234,567."),
])
def test_another_regions_form_is_refused_with_the_form_expected(typed, locale_id, expected):
    assert str(_refusal(typed, locale_id)) == expected


def test_a_figure_that_reads_two_ways_is_refused_with_both():
    # "1.234" in Norway: a thousand two hundred and thirty-four (grouped with a point, as
    # some write) or one and 234 thousandths (an English decimal point)? Never guessed.
    assert str(_refusal("1.234", "nb_NO")) == (
        f"“1.234” can be read two ways: write 1{NBSP}234 or 1,234.")


@pytest.mark.parametrize("typed, locale_id, expected", [
    ("twelve", "en_US", "“twelve” is not a number: write a price such as 1,234.50."),
    ("1e3", "nb_NO", f"“1e3” is not a number: write a price such as 1{NBSP}234,50."),
    ("12 34", "nb_NO", f"“12 34” is not a number: write a price such as 1{NBSP}234,50."),
    ("１２", "en_US", "“１２” is not a number: write a price such as 1,234.50."),
    ("--5", "en_US", "“--5” is not a number: write a price such as 1,234.50."),
    ("6..5", "en_US", "“6..5” is not a number: write a price such as 1,234.50."),
    ("6,,5", "nb_NO", f"“6,,5” is not a number: write a price such as 1{NBSP}234,50."),
    ("1,2345.5", "nb_NO", f"“1,2345.5” is not a number: write a price such as 1{NBSP}234,50."),
    ("kr", "nb_NO", f"“kr” is not a number: write a price such as 1{NBSP}234,50."),
    ("   ", "en_US", "Enter a price, such as 1,234.50."),
])
def test_text_that_is_no_number_is_refused_with_an_example(typed, locale_id, expected):
    assert str(_refusal(typed, locale_id)) == expected


@settings(max_examples=150, deadline=None)
@given(st.decimals(min_value=Decimal("-999999999.99"), max_value=Decimal("999999999.99"),
                   places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from(["nb_NO", "en_GB", "en_US", "en_IN", "de_DE", "fr_FR", "de_CH"]))
def test_every_figure_written_reads_back_the_same(amount, locale_id):
    with reading_in(locale_id):
        assert parse_decimal(format_decimal(amount, 2)) == amount


def test_the_cost_engines_figures_are_written_in_the_readers_locale():
    from jewelbench.domain.costing_figures import show, show_pct

    with reading_in("nb_NO"):
        # 1 234.5678 euros half-up to cents: 1 234.57
        assert show(Decimal("1234.5678"), "EUR") == f"1{NBSP}234,57 EUR"
        assert show(Decimal("1234.5"), "JPY") == f"1{NBSP}235 JPY"
        assert show(Decimal("4200.000")) == f"4{NBSP}200"
        assert show(Decimal("3.14159")) == "3,1416", "four places at most"
        assert show_pct(Decimal("12.50")) == "12,5 %"
    with reading_in("en_US"):
        assert show(Decimal("1234.5678"), "EUR") == "1,234.57 EUR"
        assert show(Decimal("7.0005"), "KWD") == "7.001 KWD"
