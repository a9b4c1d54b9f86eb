"""Quotes side by side: tier selection, the MOQ rule, dated FX conversion, best values,
development costs kept apart, and the quantities a user types."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate
from jewelbench.domain.quote_comparison import (
    RowKind,
    compare_quotes,
    default_quantities,
    parse_quantities,
    price_at,
)
from jewelbench.domain.quotes import FeeKind, PricingBasis, Quote, QuoteFee, QuoteTier
from jewelbench.domain.validation import DomainError

D = Decimal
OCT_1, OCT_15, NOV_1 = dt.date(2026, 10, 1), dt.date(2026, 10, 15), dt.date(2026, 11, 1)
TODAY = dt.date(2026, 11, 24)
NAMES = {1: "Fonderia Berica", 2: "Siam Gem", 3: "Panyu Jinhui"}


def quote(**overrides) -> Quote:
    values = dict(id=10, supplier_id=1, design_id=5, currency="USD", quoted_on=OCT_15,
                  valid_until=dt.date(2026, 12, 31), moq=50,
                  tiers=[QuoteTier(50, D("20.00")), QuoteTier(100, D("16.00")),
                         QuoteTier(300, D("12.50"))])
    values.update(overrides)
    return Quote(**values)


# --- tier selection and the MOQ rule -----------------------------------------------------


def test_below_the_moq_you_are_billed_for_the_moq():
    price = price_at(quote(), 30)
    assert price.below_moq
    assert (price.billed_quantity, price.tier_quantity) == (50, 50)
    assert price.unit_price == Money(D("20.00"), "USD")
    assert price.order_total == Money(D("1000.00"), "USD"), "50 × 20.00, not 30 × 20.00"
    assert price.per_piece.amount.quantize(D("0.01")) == D("33.33"), "1000 ÷ 30 pieces wanted"


def test_exactly_at_a_tier_that_tier_applies():
    price = price_at(quote(), 100)
    assert not price.below_moq
    assert (price.billed_quantity, price.tier_quantity) == (100, 100)
    assert price.per_piece == Money(D("16.00"), "USD")
    assert price.order_total == Money(D("1600.00"), "USD")


def test_between_tiers_the_lower_tier_applies():
    price = price_at(quote(), 299)
    assert price.tier_quantity == 100
    assert price.per_piece == Money(D("16.00"), "USD")
    assert price_at(quote(), 5000).tier_quantity == 300, "above the last tier: the last tier"


def test_a_quantity_below_one_cannot_be_priced():
    with pytest.raises(DomainError, match="at least 1"):
        price_at(quote(), 0)


def test_a_moq_between_tiers_bills_the_moq_at_its_tier():
    q = quote(moq=120)
    price = price_at(q, 50)
    assert (price.billed_quantity, price.tier_quantity) == (120, 100)
    assert price.order_total == Money(D("1920.00"), "USD")


def test_a_making_charge_quote_adds_the_metal_at_its_stated_basis():
    q = quote(pricing_basis=PricingBasis.MAKING_PLUS_METAL, metal_price_basis_per_g=D("110"))
    price = price_at(q, 100, fine_metal_g=D("2.5"))
    assert price.making_charge == Money(D("16.00"), "USD")
    assert price.metal == Money(D("275.0"), "USD")
    assert price.unit_price == Money(D("291.00"), "USD")
    assert not price.metal_unknown
    alone = price_at(q, 100)
    assert alone.metal_unknown and alone.unit_price == Money(D("16.00"), "USD")


def test_the_minimum_order_value_is_checked_per_quantity():
    q = quote(min_order_value=D("1500"))
    assert price_at(q, 50).below_min_order_value, "50 × 20 = 1000 < 1500"
    assert not price_at(q, 100).below_min_order_value


# --- development costs kept apart --------------------------------------------------------


def test_development_costs_are_summed_apart_from_the_unit_price_with_refunds():
    q = quote(fees=[QuoteFee(FeeKind.CAD, D("250")), QuoteFee(FeeKind.MOULD, D("150")),
                    QuoteFee(FeeKind.SAMPLE, D("320"), refundable_on_order=True)])
    assert q.development_cost() == Money(D("720"), "USD")
    assert q.refundable_development_cost() == Money(D("320"), "USD")
    assert q.development_cost_on_order() == Money(D("400"), "USD")
    assert q.fee_total(FeeKind.MOULD) == Money(D("150"), "USD")
    assert price_at(q, 100).per_piece == Money(D("16.00"), "USD"), "fees stay out of it"


# --- the bad cases the issue names, each with a message saying what to fix ---------------


@pytest.mark.parametrize("overrides, message", [
    (dict(tiers=[]), "at least one price tier"),
    (dict(tiers=[QuoteTier(100, D(9)), QuoteTier(50, D(10))]),
     "rising minimum quantity: the tier from 50 pieces comes after the one from 100"),
    (dict(tiers=[QuoteTier(50, D(10)), QuoteTier(50, D(9))]),
     r"same minimum quantity \(50 pieces\)"),
    (dict(moq=400), r"MOQ \(400\) is above every price tier \(the highest starts at 300"),
    (dict(valid_until=dt.date(2026, 10, 1)),
     "valid until 2026-10-01 is before the quote date 2026-10-15"),
])
def test_each_bad_quote_says_what_to_fix(overrides, message):
    with pytest.raises(DomainError, match=message):
        quote(**overrides)


def test_negative_prices_and_fees_name_the_tier_and_the_fee():
    with pytest.raises(DomainError, match=r"must be at least 0, not -1.*tier from 100 pieces"):
        QuoteTier(100, D("-1"))
    with pytest.raises(DomainError, match=r"not -80.*wax/mould fee"):
        QuoteFee(FeeKind.MOULD, D("-80"))
    with pytest.raises(DomainError, match="not a kind of development fee"):
        QuoteFee("polishing", D("1"))


# --- conversion at the dated rate -------------------------------------------------------

RATES = [FxRate(OCT_1, "EUR", "USD", D("1.10")), FxRate(NOV_1, "EUR", "USD", D("1.20")),
         FxRate(OCT_1, "USD", "THB", D("32.00"))]  # kept the other way round: inverted


def test_each_quote_is_converted_at_the_rate_dated_on_or_before_its_own_date():
    early = quote(id=1, supplier_id=1, currency="EUR", quoted_on=OCT_15)
    late = quote(id=2, supplier_id=3, currency="EUR", quoted_on=dt.date(2026, 11, 2))
    comparison = compare_quotes([early, late], RATES, "USD", TODAY, [100],
                                supplier_names=NAMES)
    first, second = comparison.columns
    assert (first.conversion.rate, first.conversion.rate_date) == (D("1.10"), OCT_1)
    assert (second.conversion.rate, second.conversion.rate_date) == (D("1.20"), NOV_1)
    assert first.conversion.describe() == "1 EUR = 1.1 USD (rate of 2026-10-01)"
    row = comparison.row(RowKind.UNIT_PRICE, 100)
    assert row.cells[0].value == Money(D("17.6"), "USD"), "16.00 EUR × 1.10"
    assert row.cells[1].value == Money(D("19.2"), "USD"), "16.00 EUR × 1.20"
    assert row.cells[0].quoted == Money(D("16.00"), "EUR")


def test_a_rate_kept_the_other_way_round_is_inverted_and_the_base_currency_is_not_converted():
    thb = quote(id=1, currency="THB", tiers=[QuoteTier(50, D("640"))], moq=50)
    usd = quote(id=2, supplier_id=2)
    comparison = compare_quotes([thb, usd], RATES, "USD", TODAY, [50], supplier_names=NAMES)
    assert comparison.row(RowKind.UNIT_PRICE, 50).cells[0].value == Money(D(640) / D(32), "USD")
    assert comparison.columns[1].conversion.rate_date is None
    assert "nothing to convert" in comparison.columns[1].conversion.describe()


def test_a_missing_rate_shows_in_that_quotes_column_and_the_others_still_compare():
    inr = quote(id=1, supplier_id=1, currency="INR")
    eur = quote(id=2, supplier_id=2, currency="EUR", tiers=[QuoteTier(50, D("15"))])
    usd = quote(id=3, supplier_id=3)
    comparison = compare_quotes([inr, eur, usd], RATES, "USD", TODAY, [50, 100],
                                supplier_names=NAMES)
    broken = comparison.columns[0]
    assert broken.conversion is None
    assert broken.error.startswith("No INR→USD exchange rate on or before the quote date "
                                   "2026-10-15")
    cell = comparison.row(RowKind.UNIT_PRICE, 50).cells[0]
    assert cell.value is None and cell.error == broken.error
    assert cell.quoted == Money(D("20.00"), "INR"), "the quote's own figure is still there"
    assert comparison.row(RowKind.DEVELOPMENT).cells[0].error == broken.error
    assert comparison.row(RowKind.SAMPLE_LEAD_TIME).cells[0].error == ""
    prices = comparison.row(RowKind.UNIT_PRICE, 50).cells
    assert prices[1].value == Money(D("16.5"), "USD") and prices[1].best, "15 EUR × 1.10"
    assert not prices[2].best and not prices[0].best


def test_a_rate_dated_only_after_the_quote_is_not_used_and_the_message_says_so():
    early = quote(currency="EUR", quoted_on=dt.date(2026, 9, 1))
    comparison = compare_quotes([early], RATES, "USD", TODAY, [50], supplier_names=NAMES)
    assert "the first one is dated 2026-10-01, after the quote" in comparison.columns[0].error


# --- the best in each row ---------------------------------------------------------------


def test_the_best_value_in_each_row_is_flagged_and_an_expired_quote_never_is():
    cheap_slow = quote(id=1, supplier_id=1, production_lead_time_days=45, deposit_pct=D(50),
                       fees=[QuoteFee(FeeKind.MOULD, D("400"))])
    dear_fast = quote(id=2, supplier_id=2, production_lead_time_days=20, deposit_pct=D(30),
                      tiers=[QuoteTier(50, D("25")), QuoteTier(100, D("15.50"))],
                      fees=[QuoteFee(FeeKind.MOULD, D("100"))])
    expired = quote(id=3, supplier_id=3, valid_until=dt.date(2026, 10, 31),
                    production_lead_time_days=5, tiers=[QuoteTier(50, D("1"))],
                    fees=[])
    comparison = compare_quotes([cheap_slow, dear_fast, expired], [], "USD", TODAY, [50, 100],
                                supplier_names=NAMES, scores={1: "75 % first pass"})
    assert comparison.columns[2].expired

    def best(kind, quantity=None):
        return [c.best for c in comparison.row(kind, quantity).cells]

    assert best(RowKind.UNIT_PRICE, 50) == [True, False, False], "20 < 25; expired 1.00 ignored"
    assert best(RowKind.UNIT_PRICE, 100) == [False, True, False], "15.50 < 16.00"
    assert best(RowKind.DEVELOPMENT) == [False, True, False]
    assert best(RowKind.PRODUCTION_LEAD_TIME) == [False, True, False]
    assert best(RowKind.DEPOSIT) == [False, True, False]
    assert best(RowKind.MOQ) == [True, True, False], "a tie: both flagged"
    assert not comparison.row(RowKind.INCOTERM).flagged
    assert [c.value for c in comparison.row(RowKind.SCORE).cells] == [
        "75 % first pass", None, None]
    assert [c.supplier for c in comparison.columns] == list(NAMES.values())


def test_below_the_moq_the_price_compared_is_per_piece_wanted():
    small_moq = quote(id=1, supplier_id=1, moq=10, tiers=[QuoteTier(10, D("30"))])
    big_moq = quote(id=2, supplier_id=2, moq=100, tiers=[QuoteTier(100, D("20"))])
    comparison = compare_quotes([small_moq, big_moq], [], "USD", TODAY, [20],
                                supplier_names=NAMES)
    cells = comparison.row(RowKind.UNIT_PRICE, 20).cells
    assert cells[1].price.below_moq and cells[1].value == Money(D(100), "USD"), \
        "100 pieces × 20 billed for 20 wanted: 100 per piece"
    assert [c.best for c in cells] == [True, False]


def test_a_single_quote_has_nothing_to_be_best_against():
    comparison = compare_quotes([quote()], [], "USD", TODAY, [50], supplier_names=NAMES)
    assert not any(row.flagged for row in comparison.rows)


def test_a_making_charge_without_metal_weight_is_not_ranked_against_all_in_prices():
    making = quote(id=1, pricing_basis="making_plus_metal", metal_price_basis_per_g=D("100"),
                   tiers=[QuoteTier(50, D("5"))])
    all_in = quote(id=2, supplier_id=2)
    plain = compare_quotes([making, all_in], [], "USD", TODAY, [50], supplier_names=NAMES)
    assert not plain.row(RowKind.UNIT_PRICE, 50).flagged, "5 + unknown metal vs 20"
    weighed = compare_quotes([making, all_in], [], "USD", TODAY, [50], supplier_names=NAMES,
                             fine_metal_g=D("0.1"))
    assert [c.best for c in weighed.row(RowKind.UNIT_PRICE, 50).cells] == [True, False], \
        "5 + 0.1 g × 100 = 15 < 20"


# --- the quantities compared ------------------------------------------------------------


def test_default_quantities_are_the_tiers_starts():
    a = quote(tiers=[QuoteTier(50, D(1)), QuoteTier(300, D(1))])
    b = quote(tiers=[QuoteTier(100, D(1)), QuoteTier(300, D(1)), QuoteTier(1000, D(1))])
    assert default_quantities([a, b]) == [50, 100, 300, 1000]


@pytest.mark.parametrize("typed, expected", [
    ("50, 100, 300, 1000", [50, 100, 300, 1000]),
    ("50 / 100 / 300 / 1,000", [50, 100, 300, 1000]),
    ("1000;50 100", [50, 100, 1000]),
    ("50,100,300", [50, 100, 300]),
    ("1,000", [1000]),
    ("100, 100, 50", [50, 100]),
])
def test_typed_quantities_are_read(typed, expected):
    assert parse_quantities(typed) == expected


@pytest.mark.parametrize("typed, message", [
    ("", "Type the quantities"), ("50, lots", "“lots” is not a number of pieces"),
    ("0, 50", "between 1 and"), ("2.5", "not a number of pieces"),
    (", ".join(str(n) for n in range(1, 20)), "at most 12 quantities"),
])
def test_bad_quantities_say_what_to_type(typed, message):
    with pytest.raises(DomainError, match=message):
        parse_quantities(typed)
