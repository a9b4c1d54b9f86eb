"""docs/costing.md, "Worked example: in-house wins in bands": a stud whose in-house route is
cheaper in two separate bands below 10,000 pieces (a capacity step and a tier break end them)
and in three more further up. Every expected figure is worked out by hand below."""

from __future__ import annotations

from decimal import Decimal

import pytest
from test_costing_cases import compare, design, quote, scenario

from jewelbench.domain.costing import IN_HOUSE, PreparedComparison
from jewelbench.domain.scenarios import LabourOperation, Overhead, StaffRole
from jewelbench.domain.validation import DomainError

D = Decimal


def stud() -> PreparedComparison:
    """ST-200: one stone at 50 EUR, nothing else.

    In-house: rent 3,000 a month, one setter at 2,000 a month for 100 hours, 30 bench minutes
    a piece (no loaded rate: the salary pays them), no error rate:
        fixed = 12 × 3,000 + 12 × 2,000 = 60,000 a year; per piece 50
        capacity 12 × 100 = 1,200 hours = 2,400 pieces at ½ hour; one more setter
        (24,000 a year) every 2,400 pieces: from 2,401, 4,801, 7,201 …, the k-th from
        2,400 k + 1.
    The workshop's quote, in EUR, all-in, no fees: 80.00 a piece from 100 (its MOQ), 62.00 from
    4,000."""
    bench = scenario(overheads=[Overhead("Rent", D(3000))],
                     staff=[StaffRole("Setter", D(2000), 1, D(100))],
                     labour=[LabourOperation("Setting", D(30))])
    return compare(design("ST-200", stones=1, stone_cost="50"), 1000, in_house=bench,
                   quotes={"Workshop": quote((100, "80.00"), (4000, "62.00"))})


def test_the_two_totals_by_hand():
    prepared = stud()
    # in-house 60,000 + 50 n + 24,000 × people added
    for n, expected in ((1000, 110_000), (2400, 180_000), (2401, 204_050), (4800, 324_000),
                        (4801, 348_050)):
        assert prepared.total_at(IN_HOUSE, n).value == expected, n
    # the quote: 80 n from 100 to 3,999, 62 n from 4,000; below 100, 100 × 80 = 8,000
    for n, expected in ((1, 8000), (1000, 80_000), (3999, 319_920), (4000, 248_000)):
        assert prepared.total_at("Workshop", n).value == expected, n


def test_two_bands_up_to_ten_thousand():
    found = stud().evaluate(1000, search_to=10_000).break_evens[0]
    # in-house − quote, segment by segment:
    #   100 … 2,400     60,000 − 30 n ≤ 0 from n = 2,000          → in-house wins 2,000 …
    #   2,401 … 3,999   84,000 − 30 n: at 2,401 it is 11,970 > 0 (a setter added): loses;
    #                   ≤ 0 from n = 2,800                          → band 2,000 … 2,400
    #   4,000 … 4,800   84,000 − 12 n: at 4,000, 36,000 > 0 (the 62.00 tier): loses;
    #                   ≤ 0 only from 7,000, past the segment        → band 2,800 … 3,999
    #   k setters added (2,400 k + 1 … 2,400 (k + 1)): 60,000 + 24,000 k − 12 n; at the top of
    #   the segment 31,200 − 4,800 k > 0 for k ≤ 6: no band up to 16,800, and 10,000 < 16,800.
    #   Below 100 the quote bills 8,000: in-house (≥ 60,000) is dearer.
    assert found.bands == ((2000, 2400), (2800, 3999))
    assert [(c.volume, c.in_house_wins) for c in found.crossings] == [
        (2000, True), (2401, False), (2800, True), (4000, False)]
    assert found.describe() == ("In-house is cheaper than Workshop between 2,000 and 2,400 and "
                                "between 2,800 and 3,999 pieces a year (searched up to 10,000)")
    assert found.crossings[0].meets_at == 2000  # 60,000 ÷ 30: equal to the cent at 2,000
    assert found.crossings[2].meets_at == 2800  # 84,000 ÷ 30


def test_the_default_search_finds_the_bands_past_the_seventh_setter():
    prepared = stud()
    # default maximum at 1,000: the larger of 10 × 1,000 and the tenth setter's start,
    # 2,400 × 10 + 1 = 24,001
    assert prepared.search_end(1000) == 24_001
    result = prepared.evaluate(1000)
    found = result.break_evens[0]
    # with k setters added, 60,000 + 24,000 k − 12 n ≤ 0 from n = 5,000 + 2,000 k:
    #   k = 7 (16,801 … 19,200): from 19,000;  k = 8 (19,201 … 21,600): from 21,000;
    #   k = 9 (21,601 … 24,000): from 23,000;  k = 10 at 24,001: 300,000 − 288,012 > 0
    assert found.bands == ((2000, 2400), (2800, 3999), (19_000, 19_200), (21_000, 21_600),
                           (23_000, 24_000))
    # at 1,000 pieces: in-house 110,000, the quote 80,000: (110,000 − 80,000) ÷ 110,000 = 27 %
    assert result.verdict() == (
        "At 1,000 pieces a year, Workshop is 27 % cheaper than in-house (80,000.00 EUR per "
        "year against 110,000.00 EUR per year); in-house is cheaper between 2,000 and 2,400 "
        "and between 2,800 and 3,999 and between 19,000 and 19,200 and between 21,000 and "
        "21,600 and between 23,000 and 24,000 pieces (searched up to 24,001).")


def test_in_house_cheaper_at_the_volume_still_names_the_bands():
    # at 3,000: in-house 60,000 + 150,000 + 24,000 = 234,000; the quote 240,000: in-house is
    # (240,000 − 234,000) ÷ 240,000 = 2.5 %, shown 3 % cheaper; searched to 10 × 3,000
    verdict = stud().evaluate(3000, search_to=5000).verdict()
    assert verdict == (
        "At 3,000 pieces a year, in-house is 3 % cheaper than the best quote, Workshop "
        "(234,000.00 EUR per year against 240,000.00 EUR per year); in-house is cheaper "
        "between 2,000 and 2,400 and between 2,800 and 3,999 pieces (searched up to 5,000).")


@pytest.mark.parametrize("bad", [999, 0])
def test_a_maximum_below_the_volume_is_refused(bad):
    with pytest.raises(DomainError) as refused:
        stud().evaluate(1000, search_to=bad)
    assert "break-even search" in str(refused.value)


def test_the_default_search_never_needs_more_people_than_the_engine_counts():
    # A setter every 2,400 pieces: 100,000 added setters (MAX_STEPS) are reached at
    # 2,400 × 100,000 = 240,000,000 pieces, beyond the largest volume (100,000,000): at
    # 20,000,000 pieces the default is 10 × that, capped at 100,000,000.
    assert stud().search_end(20_000_000) == 100_000_000
    # One hour a piece instead of ½: a setter every 1,200 pieces, the 100,001st added from
    # 1,200 × 100,001 + 1 = 120,001,201 — still beyond. With 1,200 bench minutes (20 hours) a
    # piece, the staff's 1,200 hours make 60 pieces and each added setter 60 more: the k-th is
    # added from 60 + 60 (k − 1) + 1 = 60 k + 1, the 100,001st from 6,000,061. The default
    # stops at 6,000,060, where 100,000 setters are added, and the search is solved there.
    bench = scenario(overheads=[Overhead("Rent", D(3000))],
                     staff=[StaffRole("Setter", D(2000), 1, D(100))],
                     labour=[LabourOperation("Setting", D(1200))])
    slow = compare(design("ST-200", stones=1, stone_cost="50"), 1000, in_house=bench,
                   quotes={"Workshop": quote((100, "80.00"), (4000, "62.00"))})
    assert slow.search_end(1_000_000) == 6_000_060
    assert slow.evaluate(1_000_000).searched_to == 6_000_060
