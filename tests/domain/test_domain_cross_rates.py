"""Rates the other way round or across currencies, derived from the kept ones (worked by hand)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jewelbench.domain.prices import FxRate, PriceNotFound, cross_rate_on, fx_rate_on, rate_note

NOV26, NOV27, NOV28 = dt.date(2026, 11, 26), dt.date(2026, 11, 27), dt.date(2026, 11, 28)

# as the ECB publishes them: 1 EUR = x of the other currency
ECB = [
    FxRate(NOV26, "EUR", "NOK", Decimal("11.7015")),
    FxRate(NOV26, "EUR", "USD", Decimal("1.0815")),
    FxRate(NOV27, "EUR", "NOK", Decimal("11.6840")),
    FxRate(NOV27, "EUR", "USD", Decimal("1.0842")),
]


def test_nok_to_usd_goes_through_the_euro_of_the_same_newest_date():
    rate, row = fx_rate_on(ECB, "NOK", "USD", NOV28)
    # 1 NOK = 1/11.6840 EUR, and 1 EUR = 1.0842 USD: 1.0842 / 11.6840 = 0.0927935...
    assert rate == Decimal("1.0842") / Decimal("11.6840")
    assert rate.quantize(Decimal("0.000001")) == Decimal("0.092794")
    assert row is not None and row.derived
    assert (row.from_currency, row.to_currency, row.rate_date) == ("NOK", "USD", NOV27)
    assert row.derived_from == (ECB[2], ECB[3])
    assert row.derivation() == ("derived from 1 EUR = 11.684 NOK and 1 EUR = 1.0842 USD "
                                "of 2026-11-27")
    assert rate_note(row, "NOK") == row.derivation()


def test_the_other_way_round_is_the_reciprocal():
    rate, _row = fx_rate_on(ECB, "USD", "NOK", NOV27)
    # 11.6840 / 1.0842 = 10.776609...
    assert rate == Decimal("11.6840") / Decimal("1.0842")
    assert rate.quantize(Decimal("0.0001")) == Decimal("10.7766")


def test_a_day_with_only_one_leg_uses_the_last_day_with_both():
    rates = [*ECB, FxRate(NOV28, "EUR", "NOK", Decimal("11.5000"))]  # no EUR→USD on the 28th
    rate, row = fx_rate_on(rates, "NOK", "USD", NOV28)
    assert rate == Decimal("1.0842") / Decimal("11.6840")
    assert row is not None and row.rate_date == NOV27


def test_legs_of_different_dates_when_no_date_has_both():
    rates = [FxRate(NOV26, "THB", "USD", Decimal("0.03")),
             FxRate(NOV27, "EUR", "USD", Decimal("1.2"))]
    rate, row = fx_rate_on(rates, "THB", "EUR", NOV28)
    # 0.03 USD per baht, 1.2 USD per euro: 0.03 / 1.2 = 0.025 euro per baht
    assert rate == Decimal("0.025")
    assert row is not None and row.rate_date == NOV26  # the older of the two
    assert row.derivation() == ("derived from 1 THB = 0.03 USD and 1 EUR = 1.2 USD "
                                "of 2026-11-26 and 2026-11-27")


def test_a_kept_rate_wins_over_a_newer_cross_rate():
    rates = [*ECB, FxRate(NOV26, "NOK", "USD", Decimal("0.09"))]
    rate, row = fx_rate_on(rates, "NOK", "USD", NOV28)
    assert rate == Decimal("0.09") and row is rates[-1] and not row.derived
    assert rate_note(row, "NOK") == ""


def test_the_euro_is_the_preferred_common_currency_on_a_tie():
    rates = [FxRate(NOV27, "GBP", "NOK", Decimal("14")),
             FxRate(NOV27, "GBP", "USD", Decimal("1.25")),
             FxRate(NOV27, "EUR", "NOK", Decimal("12")),
             FxRate(NOV27, "EUR", "USD", Decimal("1.5"))]
    rate, row = fx_rate_on(rates, "NOK", "USD", NOV27)
    assert rate == Decimal("0.125")  # 1.5 / 12, through EUR (GBP would give 1.25 / 14)
    assert row is not None and row.derived_from[0].from_currency == "EUR"


def test_a_newer_common_currency_wins_over_the_euro():
    rates = [FxRate(NOV27, "GBP", "NOK", Decimal("14")),
             FxRate(NOV27, "GBP", "USD", Decimal("1.75")),
             FxRate(NOV26, "EUR", "NOK", Decimal("12")),
             FxRate(NOV26, "EUR", "USD", Decimal("1.5"))]
    rate, _row = fx_rate_on(rates, "NOK", "USD", NOV27)
    assert rate == Decimal("0.125")  # 1.75 / 14 through GBP, of the 27th


def test_later_rates_are_not_used_and_unlinked_currencies_are_not_found():
    with pytest.raises(PriceNotFound, match="NOK→USD rate on or before 2026-11-25"):
        fx_rate_on(ECB, "NOK", "USD", dt.date(2026, 11, 25))
    with pytest.raises(PriceNotFound, match="THB→NOK"):
        fx_rate_on(ECB, "THB", "NOK", NOV27)
    assert cross_rate_on(ECB, "THB", "NOK", NOV27) is None


def test_the_inverse_of_a_kept_rate_says_so():
    kept = FxRate(NOV27, "USD", "THB", Decimal("34.00"))
    rate, row = fx_rate_on([kept], "THB", "USD", NOV27)
    assert row is kept
    assert rate_note(row, "THB") == "the inverse of 1 USD = 34 THB of 2026-11-27"
    assert rate_note(row, "USD") == "" and rate_note(None, "USD") == ""


def test_a_derived_rate_is_not_used_as_a_leg():
    derived = FxRate(NOV27, "NOK", "USD", Decimal("0.09"), derived_from=(ECB[2], ECB[3]))
    with pytest.raises(PriceNotFound):
        fx_rate_on([derived, FxRate(NOV27, "USD", "THB", Decimal("34"))], "NOK", "THB", NOV27)


def test_a_bom_priced_in_euros_costed_in_nok_through_a_cross_rate_says_so():
    from jewelbench.domain.alloys import STANDARD_ALLOYS
    from jewelbench.domain.designs import Category, Design, StoneLine
    from jewelbench.domain.materials import material_cost
    from jewelbench.domain.money import Money

    design = Design(code="RG-1", name="Test ring", category=Category.RING,
                    stones=[StoneLine("sapphire", "round", 2, Money(Decimal("10"), "GBP"))])
    rates = [FxRate(NOV27, "EUR", "GBP", Decimal("0.8")),
             FxRate(NOV27, "EUR", "NOK", Decimal("12"))]
    cost = material_cost(design, {a.code: a for a in STANDARD_ALLOYS}, [], rates, NOV28, "NOK")
    # 1 GBP = 12 / 0.8 = 15 NOK; 2 stones × 10 GBP × 15 = 300 NOK
    assert cost.stones == Decimal("300")
    assert any("derived from 1 EUR = 0.8 GBP and 1 EUR = 12 NOK of 2026-11-27" in term
               for term in cost.terms), cost.terms


def test_a_list_changed_in_place_is_looked_up_anew_never_from_its_old_index():
    day = dt.date(2026, 11, 27)
    rates = [FxRate(day, "EUR", "USD", Decimal("1.0842")),
             FxRate(day, "EUR", "NOK", Decimal("11.684"))]
    assert fx_rate_on(rates, "EUR", "USD", day)[0] == Decimal("1.0842")
    rates[0] = FxRate(day, "EUR", "USD", Decimal("1.1000"))  # same list, same length
    assert fx_rate_on(rates, "EUR", "USD", day)[0] == Decimal("1.1000")
    rates.append(FxRate(day, "USD", "THB", Decimal("34")))
    assert fx_rate_on(rates, "THB", "USD", day)[0] == Decimal(1) / Decimal(34)
    del rates[0]
    # EUR→USD now only through the dollar's other rates: none link it, so it is missing
    with pytest.raises(PriceNotFound):
        fx_rate_on(rates, "EUR", "USD", day)


def test_a_lookup_in_a_generator_reads_every_row_once():
    day = dt.date(2026, 11, 27)
    rows = (FxRate(day, "EUR", code, Decimal(rate))
            for code, rate in (("USD", "1.0842"), ("NOK", "11.684")))
    rate, used = fx_rate_on(rows, "NOK", "USD", day)
    assert rate == Decimal("1.0842") / Decimal("11.684")
    assert used is not None and used.derived
