"""Hostile inputs found by re-running issue 13's attacks with variations: each one ends in a
refusal with its reason or a clean result, never in an uncaught exception (the crash dialog),
and the big ones are refused by what they declare before they take the time or the memory."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jewelbench.reports.price_import import PriceFileRefused, read_price_bytes

TODAY = dt.date(2026, 11, 20)
NORGES = "BASE_CUR;QUOTE_CUR;TIME_PERIOD;OBS_VALUE;UNIT_MULT\n"


@pytest.mark.parametrize("multiplier", ["²", "١", "³", "٣", "Ⅵ"])
def test_a_norges_bank_unit_multiplier_in_other_digits_leaves_its_row_out(multiplier):
    # '²'.isdigit() is True but int('²') raised ValueError into the crash dialog; '١' was
    # read as 1 (only 0-9 are digits in every number field)
    found = read_price_bytes((NORGES + f"USD;NOK;2026-11-02;10,5;{multiplier}\n"
                              "EUR;NOK;2026-11-02;11,7;0\n").encode(),
                             "EXR.csv", today=TODAY)
    assert [(r.value.from_currency, r.value.rate) for r in found.rows] == [("EUR", Decimal("11.7"))]
    assert [(r.where, r.reason) for r in found.refused] == [
        ("line 2, USD", f"UNIT_MULT '{multiplier}' is not 0 to 6 (per 1, 10, 100 … units)")]


def test_a_huge_price_is_refused_naming_it_short():
    # the reason quoted all 5,000 digits
    found = read_price_bytes(("date,item,price,currency,unit\n"
                              f"2026-11-02,gold,{'9' * 5000},USD,g\n").encode(), "p.csv",
                             today=TODAY)
    assert not found.rows
    [refusal] = found.refused
    assert len(refusal.reason) < 120, refusal.reason
    assert refusal.reason.startswith("the price 99999"), refusal.reason
    assert "is not a plausible price" in refusal.reason


def test_refusal_type_is_the_price_files():
    with pytest.raises(PriceFileRefused):
        read_price_bytes(b"\x00\x01", "p.csv", today=TODAY)
