"""The batched scorecards (storage/scorecards.py, domain/scorecard.py's one pass) give exactly
the scorecards of the computation they replaced, on random histories: the old computation is
kept here, as it was, as the oracle — one Quote read whole per quote id, and for every sample
history a scan of every quote.

Random histories crowd few designs, dates and suppliers together so that ties (two quotes of
the same day, a round requested on a quote's date, equal prices) happen often."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

import pytest
import storage_helpers as make
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate, PriceNotFound, fx_rate_on
from jewelbench.domain.quotes import PricingBasis, Quote, QuoteTier
from jewelbench.domain.samples import SampleDecision, SampleRound
from jewelbench.domain.scorecard import (
    LeadTimeCheck,
    PriceComparison,
    SampleHistory,
    Scorecard,
    compute_scorecards,
)
from jewelbench.storage import Workspace
from jewelbench.storage.quotes import QuoteRepository
from jewelbench.storage.scorecards import read_only_store, scorecards

# --- the oracle: the computation as it was before the batched pass -------------------------


def _old_histories(supplier_id: int, samples: Iterable[SampleRound],
                   design_codes: Mapping[int, str]) -> tuple[SampleHistory, ...]:
    by_design: dict[int, list[SampleRound]] = {}
    for sample in samples:
        if sample.supplier_id == supplier_id:
            by_design.setdefault(sample.design_id, []).append(sample)
    histories = [SampleHistory(design_id, design_codes.get(design_id, f"#{design_id}"),
                               tuple(sorted(rounds, key=lambda r: r.round_number)))
                 for design_id, rounds in by_design.items()]
    return tuple(sorted(histories, key=lambda h: h.design_code))


def _old_promise(quotes: Sequence[Quote], requested_on: dt.date) -> Quote | None:
    promising = sorted((q for q in quotes if q.sample_lead_time_days is not None),
                       key=lambda q: q.quoted_on)
    if not promising:
        return None
    before = [q for q in promising if q.quoted_on <= requested_on]
    return before[-1] if before else promising[0]


def _old_lead_times(supplier_id: int, histories: Sequence[SampleHistory],
                    quotes: Sequence[Quote], today: dt.date
                    ) -> tuple[tuple[LeadTimeCheck, ...], tuple[tuple[LeadTimeCheck, int], ...]]:
    checks: list[LeadTimeCheck] = []
    overdue: list[tuple[LeadTimeCheck, int]] = []
    for history in histories:
        own = [q for q in quotes if q.supplier_id == supplier_id and
               q.design_id == history.design_id]
        for sample in history.rounds:
            quote = _old_promise(own, sample.requested_on)
            check = LeadTimeCheck(
                history.design_code, sample.round_number, sample.requested_on,
                sample.received_on, quote.sample_lead_time_days if quote else None,
                quote.reference if quote else "")
            if sample.received_on is not None:
                checks.append(check)
            elif check.promised_days is not None:
                late = (today - sample.requested_on).days - check.promised_days
                if late > 0:
                    overdue.append((check, late))
    return tuple(checks), tuple(overdue)


def _old_newest(quotes: Iterable[Quote]) -> Quote:
    return max(quotes, key=lambda q: (q.quoted_on, q.id or 0))


def _old_converted(quote: Quote, quantity: int, fx_rates: Sequence[FxRate],
                   base_currency: str) -> tuple[Money, Money]:
    price = quote.unit_price(quantity)
    rate, _row = fx_rate_on(fx_rates, price.currency, base_currency, quote.quoted_on)
    return price, price.converted(rate, base_currency)


def _old_prices(supplier_id: int, quotes: Sequence[Quote], fx_rates: Sequence[FxRate],
                base_currency: str, today: dt.date, design_codes: Mapping[int, str],
                supplier_names: Mapping[int, str]
                ) -> tuple[tuple[PriceComparison, ...], tuple[str, ...]]:
    current = [q for q in quotes if q.quoted_on <= today]
    by_design: dict[int, dict[int, list[Quote]]] = {}
    for quote in current:
        by_design.setdefault(quote.design_id, {}).setdefault(quote.supplier_id, []).append(quote)
    comparisons: list[PriceComparison] = []
    refused: list[str] = []
    for design_id, by_supplier in by_design.items():
        if supplier_id not in by_supplier or len(by_supplier) < 2:
            continue
        code = design_codes.get(design_id, f"#{design_id}")
        own = _old_newest(by_supplier[supplier_id])
        others = [_old_newest(qs) for sid, qs in by_supplier.items() if sid != supplier_id]
        same_basis = [q for q in others if q.pricing_basis == own.pricing_basis]
        if not same_basis:
            refused.append(f"{code}: not comparable — the other quotes are priced on another "
                           "basis (all-in vs making charge + metal)")
            continue
        quantity = max(q.moq for q in (own, *same_basis))
        try:
            own_price, own_base = _old_converted(own, quantity, fx_rates, base_currency)
            priced = [(q, *_old_converted(q, quantity, fx_rates, base_currency))
                      for q in same_basis]
        except PriceNotFound as missing:
            refused.append(f"{code}: not comparable — {missing}")
            continue
        best, best_price, best_base = min(priced, key=lambda item: item[2].amount)
        if best_base.amount <= 0:
            refused.append(f"{code}: not comparable — another quote's price is zero")
            continue
        comparisons.append(PriceComparison(
            code, quantity, own.reference or f"#{own.id}", own_price, own_base,
            supplier_names.get(best.supplier_id, f"#{best.supplier_id}"),
            best.reference or f"#{best.id}", best_price, best_base))
    comparisons.sort(key=lambda p: p.design_code)
    return tuple(comparisons), tuple(sorted(refused))


def old_scorecard(supplier_id: int, *, supplier_names: Mapping[int, str],
                  design_codes: Mapping[int, str], quotes: Sequence[Quote],
                  samples: Sequence[SampleRound], fx_rates: Sequence[FxRate],
                  base_currency: str, today: dt.date) -> Scorecard:
    histories = _old_histories(supplier_id, samples, design_codes)
    lead_times, overdue = _old_lead_times(supplier_id, histories, quotes, today)
    prices, refused = _old_prices(supplier_id, quotes, fx_rates, base_currency, today,
                                  design_codes, supplier_names)
    return Scorecard(supplier_names.get(supplier_id, f"#{supplier_id}"), base_currency,
                     histories, lead_times, overdue, prices, refused)


def old_stored_scorecards(workspace: Workspace, today: dt.date) -> dict[int, Scorecard]:
    """The old storage path: every quote of the suppliers' designs read with one get() each,
    and every round of theirs."""
    names = workspace.suppliers.names()
    quote_ids = [r[0] for r in workspace.db.execute("SELECT id FROM quotes ORDER BY id")]
    repository = QuoteRepository(workspace.db)
    quotes = [repository.get(quote_id) for quote_id in quote_ids]
    samples = [workspace.samples.get(r[0]) for r in workspace.db.execute(
        "SELECT id FROM sample_rounds ORDER BY id")]
    codes = {r[0]: r[1] for r in workspace.db.execute("SELECT id, code FROM designs")}
    fx_rates = workspace.prices.fx_rates()
    base = workspace.settings.get("base_currency", "USD")
    return {sid: old_scorecard(sid, supplier_names=names, design_codes=codes, quotes=quotes,
                               samples=samples, fx_rates=fx_rates, base_currency=base,
                               today=today)
            for sid in names}


# --- random histories ----------------------------------------------------------------------

TODAY = dt.date(2026, 3, 31)
START = dt.date(2026, 1, 1)
SUPPLIERS = {1: "Casa Oro", 2: "Siam Silver", 3: "Jaipur Craft", 4: "Oaxaca Plata"}
CODES = {10: "RG-010", 11: "RG-011", 12: "PD-012", 13: "ER-013", 14: "BR-014"}
CURRENCIES = ("USD", "EUR", "THB")
DECISIONS = (None, SampleDecision.APPROVED, SampleDecision.APPROVED_WITH_CHANGES,
             SampleDecision.REJECTED)


def random_history(rng: random.Random, *, ids: bool = True
                   ) -> tuple[list[Quote], list[SampleRound], list[FxRate]]:
    """Quotes, sample rounds and FX rates crowded into a few designs and weeks. Dates run past
    TODAY (quotes dated later are left out of the prices; rounds may be overdue)."""
    def day() -> dt.date:
        return START + dt.timedelta(days=rng.randrange(0, 120, rng.choice((1, 7, 30))))

    quotes: list[Quote] = []
    for number in range(rng.randrange(0, 25)):
        moq = rng.choice((1, 1, 10, 50))
        quantities = sorted({moq, *rng.sample((1, 10, 50, 100, 500), rng.randrange(0, 3))})
        quantities = [q for q in quantities if q >= min(quantities)]
        basis = rng.choice((PricingBasis.ALL_IN, PricingBasis.ALL_IN,
                            PricingBasis.MAKING_PLUS_METAL))
        quotes.append(Quote(
            supplier_id=rng.choice(list(SUPPLIERS)), design_id=rng.choice(list(CODES)),
            currency=rng.choice(CURRENCIES), quoted_on=day(),
            tiers=[QuoteTier(q, Decimal(rng.choice(("0", "5", "9.5", "10", "12.25"))))
                   for q in quantities],
            moq=moq, pricing_basis=basis,
            metal_price_basis_per_g=None if basis is PricingBasis.ALL_IN else Decimal("1.2"),
            sample_lead_time_days=rng.choice((None, 7, 14, 21)),
            reference=rng.choice(("", f"Q-{number}")),
            id=(number + 1 if ids else rng.choice((None, number + 1)))))
    samples: list[SampleRound] = []
    for design_id in CODES:
        for supplier_id in SUPPLIERS:
            for round_number in rng.sample(range(1, 6), rng.randrange(0, 4)):
                requested = day()
                received = (requested + dt.timedelta(days=rng.randrange(0, 40))
                            if rng.random() < 0.7 else None)
                samples.append(SampleRound(
                    design_id=design_id, supplier_id=supplier_id, round_number=round_number,
                    requested_on=requested, received_on=received,
                    decision=rng.choice(DECISIONS) if received else None))
    rng.shuffle(samples)
    rates = [FxRate(day(), rng.choice(("EUR", "THB")), "USD",
                    Decimal(rng.choice(("1.1", "0.03", "1.08", "0.028"))))
             for _ in range(rng.randrange(0, 5))]
    rates = list({(r.rate_date, r.from_currency): r for r in rates}.values())
    return quotes, samples, rates


def both(quotes: list[Quote], samples: list[SampleRound], rates: list[FxRate],
         supplier_ids: list[int]) -> tuple[dict[int, Scorecard], dict[int, Scorecard]]:
    kwargs = dict(supplier_names=SUPPLIERS, design_codes=CODES, quotes=quotes,
                  samples=samples, fx_rates=rates, base_currency="USD", today=TODAY)
    batched = compute_scorecards(supplier_ids, **kwargs)  # type: ignore[arg-type]
    old = {sid: old_scorecard(sid, **kwargs) for sid in supplier_ids}  # type: ignore[arg-type]
    return batched, old


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), ids=st.booleans(),
       chosen=st.lists(st.sampled_from(sorted(SUPPLIERS)), min_size=1, max_size=4))
def test_the_one_pass_gives_the_old_scorecards_on_random_histories(seed, ids, chosen):
    quotes, samples, rates = random_history(random.Random(seed), ids=ids)
    batched, old = both(quotes, samples, rates, chosen)
    assert list(batched) == list(dict.fromkeys(chosen)), "one card per supplier, in order"
    for supplier_id, card in old.items():
        assert batched[supplier_id] == card
        assert batched[supplier_id].explain() == card.explain()
        assert batched[supplier_id].headline() == card.headline()


def test_the_random_histories_reach_every_figure():
    """The oracle test above is only worth something if the histories it draws produce every
    kind of line: lead times compared and overdue, prices compared and refused."""
    seen: set[str] = set()
    for seed in range(200):
        quotes, samples, rates = random_history(random.Random(seed))
        for card in both(quotes, samples, rates, list(SUPPLIERS))[1].values():
            seen.update(name for name, present in (
                ("lead time", card.compared_lead_times), ("overdue", card.overdue),
                ("price", card.prices), ("refused", card.not_comparable),
                ("first pass", card.first_pass_rate is not None)) if present)
    assert seen == {"lead time", "overdue", "price", "refused", "first pass"}


# --- the same through the file -------------------------------------------------------------


def store_history(workspace: Workspace, rng: random.Random) -> None:
    quotes, samples, rates = random_history(rng)
    with workspace.transaction():
        supplier_ids = {sid: workspace.suppliers.add(make.supplier(name))
                        for sid, name in SUPPLIERS.items()}
        design_ids = {did: workspace.designs.add(make.design(code))
                      for did, code in CODES.items()}
        for rate in rates:
            workspace.prices.add_fx_rate(rate)
        for quote in quotes:
            quote.id = None
            quote.supplier_id = supplier_ids[quote.supplier_id]
            quote.design_id = design_ids[quote.design_id]
            workspace.quotes.add(quote)
        for sample in samples:
            sample.supplier_id = supplier_ids[sample.supplier_id]
            sample.design_id = design_ids[sample.design_id]
            workspace.samples.add(sample)


@pytest.mark.parametrize("seed", range(12))
def test_the_stored_scorecards_are_the_old_ones(make_workspace, seed):
    workspace = make_workspace(f"history{seed}")
    store_history(workspace, random.Random(seed))
    old = old_stored_scorecards(workspace, TODAY)
    assert workspace.suppliers.scorecards(TODAY) == old
    for supplier_id, card in old.items():
        assert workspace.suppliers.scorecard(supplier_id, TODAY) == card
    some = sorted(old)[1:3]
    assert workspace.suppliers.scorecards(TODAY, some) == {s: old[s] for s in some}


def test_a_worker_reads_the_same_scorecards_through_its_own_read_only_connection(
        make_workspace):
    workspace = make_workspace()
    store_history(workspace, random.Random(5))
    own = read_only_store(workspace.path)
    try:
        assert scorecards(own, TODAY) == old_stored_scorecards(workspace, TODAY)
        with pytest.raises(Exception, match="readonly|read-only|query_only"):
            own.conn.execute("DELETE FROM quotes")
    finally:
        own.close()


# --- damage --------------------------------------------------------------------------------


@pytest.mark.parametrize("table, column, value, said", [
    ("quotes", "quoted_on", "'someday'", "a stored date reads 'someday'"),
    ("quotes", "pricing_basis", "'bogus'", "a stored value reads 'bogus'"),
    ("quotes", "moq", "'abc'", "a stored number reads 'abc'"),
    ("quotes", "currency", "'E1'", "'E1' is not a currency code"),
    ("quote_tiers", "unit_price", "'abc'", "a stored number reads 'abc'"),
    ("sample_rounds", "requested_on", "'someday'", "a stored date reads 'someday'"),
])
def test_a_damaged_value_in_the_history_is_refused_with_its_reason(
        make_workspace, table, column, value, said):
    from jewelbench.storage.store import ReadError

    workspace = make_workspace()
    store_history(workspace, random.Random(3))
    workspace.db.conn.execute("PRAGMA ignore_check_constraints = ON")
    workspace.db.conn.execute(f"UPDATE {table} SET {column} = {value}")
    workspace.db.conn.commit()
    with pytest.raises(ReadError, match="the workspace file is damaged") as refused:
        workspace.suppliers.scorecards(TODAY)
    assert said in str(refused.value)


def test_a_quote_without_a_price_tier_is_refused_as_damage(make_workspace):
    from jewelbench.storage.store import ReadError

    workspace = make_workspace()
    store_history(workspace, random.Random(3))
    workspace.db.conn.execute("DELETE FROM quote_tiers WHERE quote_id = "
                              "(SELECT min(id) FROM quotes)")
    workspace.db.conn.commit()
    with pytest.raises(ReadError, match="A quote needs at least one price tier"):
        workspace.suppliers.scorecards(TODAY)


# --- query plans ---------------------------------------------------------------------------


def _statements(workspace: Workspace, read) -> list[str]:
    """The SELECTs `read` sends to SQLite, as SQLite received them (parameters inlined)."""
    sent: list[str] = []
    workspace.db.conn.set_trace_callback(sent.append)
    try:
        read()
    finally:
        workspace.db.conn.set_trace_callback(None)
    return [s for s in sent if s.lstrip().upper().startswith(("SELECT", "WITH"))]


def _scans_per_row(workspace: Workspace, statement: str) -> list[str]:
    """The table scans SQLite would run once per row of an outer query: a SCAN inside a
    correlated subquery."""
    plan = workspace.db.conn.execute(f"EXPLAIN QUERY PLAN {statement}").fetchall()
    details = {row[0]: (row[1], row[3]) for row in plan}
    per_row = []
    for parent, detail in details.values():
        if not detail.startswith("SCAN"):
            continue
        while parent in details:
            parent, above = details[parent]
            if above.startswith("CORRELATED"):
                per_row.append(f"{detail} (in {statement[:60]}…)")
                break
    return per_row


def test_the_suppliers_list_and_the_scorecards_read_no_table_once_per_row(make_workspace):
    workspace = make_workspace()
    store_history(workspace, random.Random(4))
    some = sorted(workspace.suppliers.names())[:2]
    reads = [workspace.suppliers.summaries, lambda: workspace.suppliers.scorecards(TODAY),
             lambda: workspace.suppliers.scorecards(TODAY, some)]
    statements = [s for read in reads for s in _statements(workspace, read)]
    assert len(statements) >= 10, statements
    assert [scan for s in statements for scan in _scans_per_row(workspace, s)] == []
    quote_reads = [s for s in _statements(workspace, reads[1]) if "quote" in s]
    assert len(quote_reads) == 2, "the quotes and their tiers, each in one query"
