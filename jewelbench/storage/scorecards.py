"""Supplier scorecards read in one batched pass: a handful of queries, whatever the number of
quotes, then domain/scorecard.py's one-pass computation, O(quotes + samples).

Only what a scorecard needs is read (a quote's date, reference, MOQ, basis, promised sample lead
time and tiers; a round's dates and decision): no fees, terms, notes, photos or measurements.
`read_only_store` opens a workspace file a second time, read-only, for a worker thread: the
window's own connection stays on its thread (sqlite3 connections are not shared).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from jewelbench.domain.money import check_currency
from jewelbench.domain.quotes import PricingBasis
from jewelbench.domain.samples import SampleDecision, SampleRound
from jewelbench.domain.scorecard import QuoteFacts, Scorecard, compute_scorecards
from jewelbench.domain.validation import DomainError
from jewelbench.storage.convert import (
    date_in,
    enum_in,
    int_in,
    stored_date,
    stored_decimal,
    stored_enum,
    stored_int,
    stored_values,
)
from jewelbench.storage.opening import BUSY_TIMEOUT_S, read_only_uri
from jewelbench.storage.store import ReadError, Store

_CHUNK = 500  # SQLite's limit on bound parameters, with room to spare


def read_only_store(path: Path) -> Store:
    """A second, read-only connection to the workspace file at path, for one worker thread.
    ReadError when the file cannot be opened so."""
    try:
        conn = sqlite3.connect(read_only_uri(Path(path)), uri=True, timeout=BUSY_TIMEOUT_S,
                               check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error as error:
        raise ReadError(f"the workspace file cannot be read ({error})") from None
    return Store(conn, read_only=True)


def scorecards(db: Store, today: dt.date,
               supplier_ids: Sequence[int] | None = None) -> dict[int, Scorecard]:
    """The scorecards of the suppliers asked for (every supplier when None), in that order.
    An id that is no supplier gets no scorecard."""
    from jewelbench.storage.prices import PriceRepository, SettingsRepository

    names = {r[0]: r[1] for r in db.execute("SELECT id, name FROM suppliers")}
    wanted = [s for s in dict.fromkeys(names if supplier_ids is None else supplier_ids)
              if s in names]
    if not wanted:
        return {}
    everyone = len(wanted) == len(names)
    quotes = _quotes(db, None if everyone else wanted)
    samples = _samples(db, None if everyone else wanted)
    design_ids = {q.design_id for q in quotes} | {s.design_id for s in samples}
    codes = _design_codes(db, design_ids, everyone)
    fx_rates = PriceRepository(db).fx_rates()
    base = SettingsRepository(db).get("base_currency", "USD")
    return compute_scorecards(wanted, supplier_names=names, design_codes=codes, quotes=quotes,
                              samples=samples, fx_rates=fx_rates, base_currency=base,
                              today=today)


def _quote_filter(wanted: Sequence[int] | None) -> tuple[str, list[int]]:
    """Every quote of a design that one of these suppliers quoted: theirs and the others'."""
    if wanted is None:
        return "", []
    marks = ", ".join("?" for _ in wanted)
    return (f"WHERE q.design_id IN (SELECT design_id FROM quotes WHERE supplier_id IN "
            f"({marks}))", list(wanted))


def _quotes(db: Store, wanted: Sequence[int] | None) -> list[QuoteFacts]:
    where, parameters = _quote_filter(wanted)
    tiers: dict[int, list[tuple[int, Decimal]]] = {}
    # The same prices, dates and currencies come back again and again: each read once.
    prices: dict[object, Decimal] = {}
    dates: dict[object, dt.date] = {}
    currencies: dict[object, str] = {}
    with stored_values():
        for quote_id, minimum, price in db.execute(
                f"SELECT t.quote_id, t.min_quantity, t.unit_price FROM quote_tiers t "
                f"JOIN quotes q ON q.id = t.quote_id {where} "
                f"ORDER BY t.quote_id, t.min_quantity", parameters):
            amount = prices.get((type(price), price))  # 1 and 1.0 are not the same here
            if amount is None:
                amount = prices[(type(price), price)] = stored_decimal(price)
            tiers.setdefault(quote_id, []).append((stored_int(minimum), amount))
        quotes: list[QuoteFacts] = []
        for row in db.query(
                f"SELECT q.id, q.supplier_id, q.design_id, q.quoted_on, q.reference, "
                f"q.sample_lead_time_days, q.pricing_basis, q.moq, q.currency "
                f"FROM quotes q {where} ORDER BY q.id", parameters):
            quote_tiers = tiers.get(row["id"])
            if not quote_tiers:
                raise DomainError("A quote needs at least one price tier (minimum quantity → "
                                  "price)")
            date_key = (type(row["quoted_on"]), row["quoted_on"])
            quoted_on = dates.get(date_key)
            if quoted_on is None:
                quoted_on = dates[date_key] = stored_date(row["quoted_on"])
            currency_key = (type(row["currency"]), row["currency"])
            currency = currencies.get(currency_key)
            if currency is None:
                currency = currencies[currency_key] = check_currency(row["currency"])
            quotes.append(QuoteFacts(
                row["id"], row["supplier_id"], row["design_id"], quoted_on,
                row["reference"] or "", int_in(row["sample_lead_time_days"]),
                stored_enum(PricingBasis, row["pricing_basis"]), stored_int(row["moq"]),
                currency, tuple(quote_tiers)))
    return quotes


def _samples(db: Store, wanted: Sequence[int] | None) -> list[SampleRound]:
    where = "" if wanted is None else (
        f"WHERE supplier_id IN ({', '.join('?' for _ in wanted)})")
    with stored_values():
        # The rounds' dates and decisions only: their photos are not needed here.
        return [SampleRound(
            id=r["id"], design_id=r["design_id"], supplier_id=r["supplier_id"],
            round_number=stored_int(r["round_number"]),
            requested_on=stored_date(r["requested_on"]), received_on=date_in(r["received_on"]),
            decision=enum_in(SampleDecision, r["decision"]), decided_on=date_in(r["decided_on"]))
            for r in db.query(
                f"SELECT id, design_id, supplier_id, round_number, requested_on, received_on, "
                f"decision, decided_on FROM sample_rounds {where} ORDER BY id",
                list(wanted or []))]


def _design_codes(db: Store, design_ids: set[int], everyone: bool) -> dict[int, str]:
    if everyone:  # one read of the codes rather than thousands of lookups
        return {r[0]: r[1] for r in db.execute("SELECT id, code FROM designs")
                if r[0] in design_ids}
    chosen = sorted(design_ids)
    codes: dict[int, str] = {}
    for start in range(0, len(chosen), _CHUNK):
        chunk = chosen[start:start + _CHUNK]
        codes.update((r[0], r[1]) for r in db.execute(
            f"SELECT id, code FROM designs WHERE id IN ({', '.join('?' for _ in chunk)})",
            chunk))
    return codes
