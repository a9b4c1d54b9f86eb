"""The supplier scorecard on hand-made histories: every figure exact, and how it was computed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate
from jewelbench.domain.quotes import PricingBasis, Quote, QuoteTier
from jewelbench.domain.samples import SampleDecision, SampleRound
from jewelbench.domain.scorecard import Scorecard, compute_scorecard

OK, CHANGES, REJECT = (SampleDecision.APPROVED, SampleDecision.APPROVED_WITH_CHANGES,
                       SampleDecision.REJECTED)
TODAY = dt.date(2026, 6, 30)
US, THEM, OTHER = 1, 2, 3
NAMES = {US: "Casa Oro", THEM: "Siam Silver", OTHER: "Jaipur Craft"}
CODES = {10: "RG-010", 11: "RG-011", 12: "PD-012", 13: "ER-013", 14: "BR-014", 15: "NK-015"}


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def sample(design: int, number: int, requested: str, received: str | None = None,
           decision: SampleDecision | None = None, supplier: int = US) -> SampleRound:
    return SampleRound(design_id=design, supplier_id=supplier, round_number=number,
                       requested_on=day(requested),
                       received_on=day(received) if received else None, decision=decision)


def quote(design: int, supplier: int, currency: str, quoted: str, tiers: list[tuple[int, str]],
          *, moq: int = 1, lead: int | None = None, reference: str = "",
          basis: PricingBasis = PricingBasis.ALL_IN) -> Quote:
    return Quote(supplier_id=supplier, design_id=design, currency=currency,
                 quoted_on=day(quoted), tiers=[QuoteTier(q, Decimal(p)) for q, p in tiers],
                 moq=moq, sample_lead_time_days=lead, reference=reference,
                 pricing_basis=basis,
                 metal_price_basis_per_g=Decimal("1.5") if basis is not PricingBasis.ALL_IN
                 else None)


def card(*, quotes: list[Quote] | None = None, samples: list[SampleRound] | None = None,
         rates: list[FxRate] | None = None, today: dt.date = TODAY) -> Scorecard:
    return compute_scorecard(US, supplier_names=NAMES, design_codes=CODES, quotes=quotes or [],
                             samples=samples or [], fx_rates=rates or [], base_currency="USD",
                             today=today)


# --- no history ----------------------------------------------------------------------------


def test_a_supplier_without_history_has_no_figures_and_says_so():
    scorecard = card()
    assert scorecard.first_pass_rate is None
    assert scorecard.average_rounds_to_approval is None
    assert scorecard.average_promised_days is None and scorecard.average_actual_days is None
    assert scorecard.average_delay_days is None
    assert scorecard.price_ratio is None
    assert scorecard.headline() == "no history yet"
    assert scorecard.explain() == [
        "First-pass approval: no decided sample rounds yet",
        "Rounds to approval: no design approved yet",
        "Sample lead time: no received sample to compare with a quoted lead time",
        "Price position: no design quoted by another supplier too",
    ]


# --- first pass and rounds to approval ---------------------------------------------------------

HISTORY = [
    sample(10, 1, "2026-01-05", "2026-01-20", OK),
    sample(11, 1, "2026-01-05", "2026-01-25", OK),
    sample(12, 1, "2026-02-01", "2026-02-20", CHANGES),
    sample(13, 1, "2026-02-01", "2026-02-22", REJECT),
    sample(13, 2, "2026-03-01", "2026-03-20", OK),
    sample(14, 1, "2026-06-01"),  # not decided yet: not counted either way
    # another supplier's rounds are not ours
    sample(10, 1, "2026-01-05", "2026-01-10", REJECT, supplier=THEM),
    sample(15, 1, "2026-01-05", "2026-01-10", OK, supplier=THEM),
]


def test_first_pass_rate_is_the_share_of_decided_first_rounds_approved():
    scorecard = card(samples=HISTORY)
    assert scorecard.first_pass_approved == 3
    assert len(scorecard.decided_first_rounds) == 4
    assert scorecard.first_pass_rate == Decimal("0.75")
    lines = scorecard.explain()
    assert "First-pass approval: 3 of 4 designs approved on the first round → 75 %" in lines
    assert "    ER-013: round 1 rejected" in lines
    assert "    BR-014: round 1 not decided yet (not counted)" in lines
    assert "    PD-012: round 1 approved with changes" in lines
    assert "    Approved with changes counts as approved." in lines


def test_average_rounds_to_approval_counts_rounds_up_to_the_first_approval():
    scorecard = card(samples=HISTORY)
    # ER-013 2, PD-012 1, RG-010 1, RG-011 1 → 5 / 4
    assert scorecard.average_rounds_to_approval == Decimal("1.25")
    assert ("Rounds to approval: 2 + 1 + 1 + 1 = 5 rounds for 4 approved designs → "
            "1.25 rounds on average") in scorecard.explain()
    assert "    ER-013: approved in round 2 (2 rounds recorded)" in scorecard.explain()


def test_the_earliest_recorded_round_is_the_first_pass_when_round_one_is_gone():
    scorecard = card(samples=[sample(10, 3, "2026-03-01", "2026-03-10", REJECT),
                              sample(10, 2, "2026-02-01", "2026-02-10", REJECT),
                              sample(10, 4, "2026-04-01", "2026-04-10", OK)])
    assert scorecard.first_pass_rate == Decimal(0)
    assert scorecard.average_rounds_to_approval == Decimal(3)
    assert "    RG-010: round 2 rejected" in scorecard.explain()
    assert "    RG-010: approved in round 4 (3 rounds recorded)" in scorecard.explain()


def test_a_design_never_approved_is_left_out_of_rounds_to_approval():
    scorecard = card(samples=[sample(10, 1, "2026-01-01", "2026-01-09", REJECT),
                              sample(10, 2, "2026-02-01", "2026-02-09", REJECT),
                              sample(11, 1, "2026-01-01", "2026-01-09", OK)])
    assert scorecard.first_pass_rate == Decimal(1) / Decimal(2)
    assert scorecard.average_rounds_to_approval == Decimal(1)
    assert scorecard.headline() == "50 % first pass · 1 round"


def test_a_third_rounds_to_a_whole_percent_half_up():
    scorecard = card(samples=[sample(10, 1, "2026-01-01", "2026-01-21", OK),
                              sample(11, 1, "2026-01-01", "2026-01-21", REJECT),
                              sample(12, 1, "2026-01-01", "2026-01-21", REJECT)])
    assert scorecard.first_pass_rate == Decimal(1) / Decimal(3)
    assert scorecard.headline() == "33 % first pass · 1 round"


# --- lead times ----------------------------------------------------------------------------


def test_promised_vs_actual_lead_time_per_received_round():
    quotes = [quote(10, US, "USD", "2026-01-01", [(1, "10")], lead=14, reference="Q-1"),
              quote(10, US, "USD", "2026-03-01", [(1, "10")], lead=21, reference="Q-2"),
              quote(11, US, "USD", "2026-05-01", [(1, "10")], lead=10, reference="Q-3"),
              quote(12, THEM, "USD", "2026-01-01", [(1, "10")], lead=5)]
    samples = [
        sample(10, 1, "2026-02-01", "2026-02-19", REJECT),  # Q-1 (14 d): took 18 → 4 late
        sample(10, 2, "2026-04-01", "2026-04-20", OK),      # Q-2 (21 d): took 19 → on time
        sample(11, 1, "2026-01-10", "2026-01-30", OK),      # only Q-3, quoted later: 10 d → 20
        sample(12, 1, "2026-01-10", "2026-01-17", OK),      # no quote of ours: not averaged
        sample(13, 1, "2026-06-01"),                        # not received, no promise
    ]
    scorecard = card(quotes=quotes, samples=samples)
    assert [c.promised_days for c in scorecard.compared_lead_times] == [14, 21, 10]
    assert [c.actual_days for c in scorecard.compared_lead_times] == [18, 19, 20]
    assert scorecard.average_promised_days == Decimal(45) / Decimal(3)
    assert scorecard.average_actual_days == Decimal(19)
    assert scorecard.average_delay_days == Decimal(19) - Decimal(45) / Decimal(3)
    assert scorecard.on_time_count == 1
    lines = scorecard.explain()
    assert ("Sample lead time: promised 15 d, took 19 d on average over 3 rounds → 4 d late; "
            "1 of 3 on time") in lines
    assert ("    RG-010 round 1: requested 2026-02-01, received 2026-02-19 = 18 d vs 14 d "
            "promised in Q-1 → 4 d late") in lines
    assert ("    RG-010 round 2: requested 2026-04-01, received 2026-04-20 = 19 d vs 21 d "
            "promised in Q-2 → on time") in lines
    assert ("    PD-012 round 1: took 7 d; no quote for PD-012 states a sample lead time "
            "(not counted)") in lines
    assert scorecard.headline() == "67 % first pass · 1.3 rounds · 4 d late"


def test_a_round_not_received_past_its_promise_is_overdue_as_of_today():
    quotes = [quote(10, US, "USD", "2026-01-01", [(1, "10")], lead=14, reference="Q-1")]
    scorecard = card(quotes=quotes, samples=[sample(10, 1, "2026-06-01")],
                     today=dt.date(2026, 6, 20))
    assert scorecard.compared_lead_times == ()
    assert [(c.design_code, late) for c, late in scorecard.overdue] == [("RG-010", 5)]
    assert ("    RG-010 round 1: requested 2026-06-01, not received; 14 d promised → overdue "
            "by 5 d") in scorecard.explain()
    not_yet = card(quotes=quotes, samples=[sample(10, 1, "2026-06-01")],
                   today=dt.date(2026, 6, 15))
    assert not_yet.overdue == ()


def test_early_samples_show_as_early():
    quotes = [quote(10, US, "USD", "2026-01-01", [(1, "10")], lead=20)]
    scorecard = card(quotes=quotes, samples=[sample(10, 1, "2026-02-01", "2026-02-16")])
    assert scorecard.average_delay_days == Decimal(-5)
    assert scorecard.headline() == "5 d early"


# --- price position ------------------------------------------------------------------------

RATES = [FxRate(day("2026-01-01"), "EUR", "USD", Decimal("1.10")),
         FxRate(day("2026-03-01"), "EUR", "USD", Decimal("1.20")),
         FxRate(day("2026-01-01"), "INR", "USD", Decimal("0.012"))]


def test_price_is_compared_at_the_largest_moq_in_the_base_currency_at_each_quotes_date():
    quotes = [
        # ours: EUR on 2026-03-05 → 1.20; at 100 pcs (their MOQ) the 100 tier: 25 EUR = 30 USD
        quote(10, US, "EUR", "2026-03-05", [(50, "30"), (100, "25")], moq=50, reference="Q-US"),
        # theirs: 2,000 INR × 0.012 = 24 USD (the cheapest other)
        quote(10, THEM, "INR", "2026-02-01", [(100, "2000")], moq=100, reference="Q-TH"),
        # another: 27 USD
        quote(10, OTHER, "USD", "2026-02-01", [(10, "29"), (100, "27")], moq=10,
              reference="Q-OT"),
    ]
    scorecard = card(quotes=quotes, rates=RATES)
    [comparison] = scorecard.prices
    assert comparison.quantity == 100
    assert comparison.own_price == Money(Decimal("25"), "EUR")
    assert comparison.own_converted == Money(Decimal("30.00"), "USD")
    assert comparison.other_supplier == "Siam Silver"
    assert comparison.other_converted == Money(Decimal("24.000"), "USD")
    assert comparison.ratio == Decimal("1.25")
    assert scorecard.price_ratio == Decimal("1.25")
    lines = scorecard.explain()
    assert "Price position: 1.25× the best other quote, 25 % above (1 design compared)" in lines
    assert ("    RG-010 at 100 pcs: 25.00 EUR = 30.00 USD (Q-US) vs 2,000.00 INR = 24.00 USD "
            "from Siam Silver (Q-TH) → 1.25×") in lines
    assert scorecard.headline() == "price +25 % vs best"


def test_the_figure_is_the_median_of_the_designs_ratios():
    quotes = [
        quote(10, US, "USD", "2026-02-01", [(1, "9")]), quote(10, THEM, "USD", "2026-02-01",
                                                              [(1, "10")]),   # 0.9
        quote(11, US, "USD", "2026-02-01", [(1, "12")]), quote(11, THEM, "USD", "2026-02-01",
                                                               [(1, "10")]),  # 1.2
        quote(12, US, "USD", "2026-02-01", [(1, "30")]), quote(12, OTHER, "USD", "2026-02-01",
                                                               [(1, "10")]),  # 3
    ]
    scorecard = card(quotes=quotes)
    assert sorted(p.ratio for p in scorecard.prices) == [Decimal("0.9"), Decimal("1.2"),
                                                         Decimal(3)]
    assert scorecard.price_ratio == Decimal("1.2")
    even = card(quotes=quotes[:4])
    assert even.price_ratio == Decimal("1.05")
    assert ("Price position: 1.05× the best other quote, 5 % above (median over 2 designs)"
            in even.explain())


def test_the_newest_quote_of_each_supplier_up_to_today_is_the_one_compared():
    quotes = [
        quote(10, US, "USD", "2026-01-01", [(1, "50")]),
        quote(10, US, "USD", "2026-04-01", [(1, "8")]),   # newest of ours
        quote(10, US, "USD", "2026-08-01", [(1, "1")]),   # after today: not yet
        quote(10, THEM, "USD", "2026-02-01", [(1, "10")]),
    ]
    assert card(quotes=quotes).price_ratio == Decimal("0.8")
    assert card(quotes=quotes).headline() == "price −20 % vs best"


def test_a_missing_fx_rate_makes_a_design_not_comparable():
    quotes = [quote(10, US, "EUR", "2025-12-01", [(1, "10")]),  # before the first EUR rate
              quote(10, THEM, "USD", "2026-02-01", [(1, "10")])]
    scorecard = card(quotes=quotes, rates=RATES)
    assert scorecard.price_ratio is None
    assert scorecard.not_comparable == (
        "RG-010: not comparable — no EUR→USD rate on or before 2025-12-01",)
    assert scorecard.headline() == "not comparable"
    assert "Price position: not comparable" in scorecard.explain()


def test_quotes_on_another_pricing_basis_are_not_compared():
    quotes = [quote(10, US, "USD", "2026-02-01", [(1, "10")],
                    basis=PricingBasis.MAKING_PLUS_METAL),
              quote(10, THEM, "USD", "2026-02-01", [(1, "30")])]
    scorecard = card(quotes=quotes)
    assert scorecard.prices == ()
    assert scorecard.not_comparable[0].startswith("RG-010: not comparable — the other quotes "
                                                  "are priced on another basis")


def test_a_design_only_we_quoted_is_not_a_comparison():
    scorecard = card(quotes=[quote(10, US, "USD", "2026-02-01", [(1, "10")]),
                             quote(11, THEM, "USD", "2026-02-01", [(1, "10")])])
    assert scorecard.prices == () and scorecard.not_comparable == ()
    assert scorecard.price_ratio is None


@pytest.mark.parametrize("ratio_text, expected", [("1", "price = best"),
                                                  ("1.004", "price = best"),
                                                  ("1.006", "price +1 % vs best")])
def test_the_same_price_reads_as_the_best(ratio_text, expected):
    quotes = [quote(10, US, "USD", "2026-02-01", [(1, ratio_text)]),
              quote(10, THEM, "USD", "2026-02-01", [(1, "1")])]
    assert card(quotes=quotes).headline() == expected
