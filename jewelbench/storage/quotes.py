"""Quotes with their price tiers and development fees, each saved whole in one transaction."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import jewelbench.storage.listing as listing
from jewelbench.domain.quotes import FeeKind, Incoterm, PricingBasis, Quote, QuoteFee, QuoteTier
from jewelbench.storage.convert import (
    date_in,
    date_out,
    dec_in,
    dec_out,
    int_in,
    stored_date,
    stored_decimal,
    stored_enum,
    stored_int,
    stored_values,
)
from jewelbench.storage.repository import (
    NotFound,
    StorageError,
    replace_children,
)
from jewelbench.storage.store import Store, is_duplicate

_COLUMNS = ("supplier_id", "design_id", "tech_pack_revision_id", "reference", "currency",
            "quoted_on", "valid_until", "moq", "min_order_value", "pricing_basis",
            "metal_price_basis_per_g", "sample_lead_time_days", "production_lead_time_days",
            "deposit_pct", "incoterm", "freight_per_shipment", "freight_per_piece", "notes")


@dataclass(frozen=True)
class QuoteSummary:
    id: int
    supplier: str
    design_code: str
    design_name: str
    reference: str
    currency: str
    quoted_on: dt.date
    valid_until: dt.date | None
    moq: int
    incoterm: str
    tiers: tuple[tuple[int, Decimal], ...]
    development_cost: Decimal
    production_lead_time_days: int | None
    supplier_id: int = 0
    design_id: int = 0
    tech_pack_revision_id: int | None = None
    revision: str = ""  # the tech pack revision's label ("B"), '' when none

    def is_expired(self, on: dt.date) -> bool:
        return self.valid_until is not None and on > self.valid_until


def _values(quote: Quote) -> list[Any]:
    return [quote.supplier_id, quote.design_id, quote.tech_pack_revision_id,
            quote.reference, quote.currency, date_out(quote.quoted_on),
            date_out(quote.valid_until), quote.moq, str(quote.min_order_value),
            quote.pricing_basis.value, dec_out(quote.metal_price_basis_per_g),
            quote.sample_lead_time_days, quote.production_lead_time_days,
            str(quote.deposit_pct), quote.incoterm.value,
            str(quote.freight_per_shipment), str(quote.freight_per_piece), quote.notes]


_BATCH = 500  # ids in one IN (...): well under SQLite's limit on parameters


def _quote(r: dict[str, Any], tiers: list[QuoteTier], fees: list[QuoteFee]) -> Quote:
    """A stored quote row with its tiers and fees (inside stored_values())."""
    return Quote(
        id=r["id"], supplier_id=r["supplier_id"], design_id=r["design_id"],
        tech_pack_revision_id=r["tech_pack_revision_id"], reference=r["reference"],
        currency=r["currency"], quoted_on=stored_date(r["quoted_on"]),
        valid_until=date_in(r["valid_until"]), moq=stored_int(r["moq"]),
        min_order_value=stored_decimal(r["min_order_value"]),
        pricing_basis=stored_enum(PricingBasis, r["pricing_basis"]),
        metal_price_basis_per_g=dec_in(r["metal_price_basis_per_g"]),
        sample_lead_time_days=int_in(r["sample_lead_time_days"]),
        production_lead_time_days=int_in(r["production_lead_time_days"]),
        deposit_pct=stored_decimal(r["deposit_pct"]),
        incoterm=stored_enum(Incoterm, r["incoterm"]),
        freight_per_shipment=stored_decimal(r["freight_per_shipment"]),
        freight_per_piece=stored_decimal(r["freight_per_piece"]), notes=r["notes"],
        tiers=tiers, fees=fees)


class QuoteRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    # --- writing -------------------------------------------------------------------------

    def add(self, quote: Quote, *, keep_id: bool = False) -> int:
        """Store a new quote and give it an id. keep_id: put a deleted quote back under the
        id it had (undo), so whatever pointed at it finds it again."""
        columns = list(_COLUMNS)
        values = _values(quote)
        if keep_id and quote.id is not None:
            columns.insert(0, "id")
            values.insert(0, quote.id)
        with self._db.atomic():
            self._check_revision(quote)
            try:
                cursor = self._db.execute(
                    f"INSERT INTO quotes ({', '.join(columns)}) VALUES "
                    f"({', '.join('?' for _ in columns)})", values)
            except sqlite3.IntegrityError as error:
                if keep_id and is_duplicate(error):
                    raise StorageError(f"Quote #{quote.id} exists already") from None
                raise StorageError(
                    f"The quote's supplier, design or revision does not exist ({error})") from None
            had = quote.id
            quote.id = int(cursor.lastrowid or 0)
            self._db.on_rollback(lambda: setattr(quote, "id", had))
            self._save_children(quote.id, quote)
        return quote.id

    def update(self, quote: Quote) -> None:
        """Replace a stored quote with this one: its row, tiers and fees, in one transaction."""
        if quote.id is None:
            raise NotFound("This quote has not been saved yet")
        with self._db.atomic():
            self._check_revision(quote)
            try:
                cursor = self._db.execute(
                    f"UPDATE quotes SET {', '.join(f'{c} = ?' for c in _COLUMNS)} WHERE id = ?",
                    [*_values(quote), quote.id])
            except sqlite3.IntegrityError as error:
                raise StorageError(
                    f"The quote's supplier, design or revision does not exist ({error})") from None
            if cursor.rowcount == 0:
                raise NotFound(f"Quote #{quote.id} does not exist (it may have been deleted)")
            self._save_children(quote.id, quote)

    def _save_children(self, quote_id: int, quote: Quote) -> None:
        replace_children(self._db, "quote_tiers", "quote_id", quote_id, (
            {"min_quantity": t.min_quantity, "unit_price": str(t.unit_price)}
            for t in quote.tiers))
        replace_children(self._db, "quote_fees", "quote_id", quote_id, (
            {"kind": f.kind.value, "amount": str(f.amount),
             "refundable_on_order": int(f.refundable_on_order)} for f in quote.fees))

    def _check_revision(self, quote: Quote) -> None:
        """A quote answers a tech pack revision of its own design, never another's."""
        if quote.tech_pack_revision_id is None:
            return
        rows = self._db.query("SELECT design_id, revision FROM tech_pack_revisions "
                              "WHERE id = ?", [quote.tech_pack_revision_id])
        if not rows:
            raise StorageError(
                f"Tech pack revision #{quote.tech_pack_revision_id} does not exist")
        if rows[0]["design_id"] != quote.design_id:
            raise StorageError(f"Tech pack revision {rows[0]['revision']} belongs to another "
                               "design: choose one of this design's revisions")

    def delete(self, quote_id: int) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM quotes WHERE id = ?", [quote_id])

    # --- reading -------------------------------------------------------------------------

    def get(self, quote_id: int) -> Quote:
        rows = list(self._db.query("SELECT * FROM quotes WHERE id = ?", [quote_id]))
        if not rows:
            raise NotFound(f"Quote #{quote_id} does not exist")
        r = rows[0]
        with stored_values():
            tiers = [QuoteTier(stored_int(t["min_quantity"]), stored_decimal(t["unit_price"]))
                     for t in self._db.query("SELECT * FROM quote_tiers WHERE quote_id = ? "
                                             "ORDER BY min_quantity", [quote_id])]
            fees = [QuoteFee(stored_enum(FeeKind, f["kind"]), stored_decimal(f["amount"]),
                             bool(f["refundable_on_order"]))
                    for f in self._db.query("SELECT * FROM quote_fees WHERE quote_id = ? "
                                            "ORDER BY id", [quote_id])]
            return _quote(r, tiers, fees)

    def get_many(self, quote_ids: list[int]) -> list[Quote]:
        """These quotes whole (tiers and fees), in the order asked, in three reads however
        many there are (a plan's quotes: no get() per quote). NotFound for an id not stored."""
        if not quote_ids:
            return []
        wanted = list(dict.fromkeys(int(i) for i in quote_ids))
        rows: dict[int, dict[str, Any]] = {}
        tiers: dict[int, list[QuoteTier]] = {i: [] for i in wanted}
        fees: dict[int, list[QuoteFee]] = {i: [] for i in wanted}
        with stored_values():
            for start in range(0, len(wanted), _BATCH):
                batch = wanted[start:start + _BATCH]
                marks = ", ".join("?" for _ in batch)
                for r in self._db.query(f"SELECT * FROM quotes WHERE id IN ({marks})", batch):
                    rows[int(r["id"])] = r
                for t in self._db.query(
                        f"SELECT quote_id, min_quantity, unit_price FROM quote_tiers "
                        f"WHERE quote_id IN ({marks}) ORDER BY quote_id, min_quantity", batch):
                    tiers[int(t["quote_id"])].append(QuoteTier(
                        stored_int(t["min_quantity"]), stored_decimal(t["unit_price"])))
                for f in self._db.query(
                        f"SELECT quote_id, kind, amount, refundable_on_order FROM quote_fees "
                        f"WHERE quote_id IN ({marks}) ORDER BY quote_id, id", batch):
                    fees[int(f["quote_id"])].append(QuoteFee(
                        stored_enum(FeeKind, f["kind"]), stored_decimal(f["amount"]),
                        bool(f["refundable_on_order"])))
            missing = [i for i in wanted if i not in rows]
            if missing:
                raise NotFound(f"Quote #{missing[0]} does not exist")
            made = {i: _quote(rows[i], tiers[i], fees[i]) for i in wanted}
        return [made[int(i)] for i in quote_ids]

    def counts_by_design(self) -> dict[int, int]:
        """How many quotes each design has (designs without any are left out): one GROUP BY."""
        return {int(r["design_id"]): int(r["quotes"]) for r in self._db.query(
            "SELECT design_id, count(*) AS quotes FROM quotes GROUP BY design_id")}

    def for_design(self, design_id: int) -> list[Quote]:
        """Every quote for one design, whole (tiers and fees): what a comparison needs."""
        ids = [r[0] for r in self._db.execute(
            "SELECT q.id FROM quotes q JOIN suppliers s ON s.id = q.supplier_id "
            "WHERE q.design_id = ? ORDER BY s.name, q.quoted_on, q.id", [design_id])]
        return [self.get(quote_id) for quote_id in ids]

    def summaries(self, design_id: int | None = None,
                  supplier_id: int | None = None) -> list[QuoteSummary]:
        conditions: list[str] = []
        params: list[int] = []
        if design_id is not None:
            conditions.append("q.design_id = ?")
            params.append(design_id)
        if supplier_id is not None:
            conditions.append("q.supplier_id = ?")
            params.append(supplier_id)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        return self._read_summaries(where, params, "ORDER BY d.code, s.name, q.quoted_on")

    def _read_summaries(self, where: str, params: list[int], order: str) -> list[QuoteSummary]:
        rows = self._db.query(f"""
            SELECT q.id, s.name AS supplier, d.code AS design_code, d.name AS design_name,
                   q.reference, q.currency, q.quoted_on, q.valid_until, q.moq, q.incoterm,
                   q.production_lead_time_days,
              (SELECT group_concat(min_quantity || ':' || unit_price, ' ') FROM
                 (SELECT * FROM quote_tiers t WHERE t.quote_id = q.id ORDER BY min_quantity))
                 AS tiers,
              (SELECT group_concat(amount, ' ') FROM quote_fees f WHERE f.quote_id = q.id)
                 AS fees,
              q.supplier_id, q.design_id, q.tech_pack_revision_id, r.revision
            FROM quotes q JOIN suppliers s ON s.id = q.supplier_id
            JOIN designs d ON d.id = q.design_id
            LEFT JOIN tech_pack_revisions r ON r.id = q.tech_pack_revision_id {where}
            {order}""", params)
        result = []
        for r in rows:
            tiers = tuple((stored_int(q), stored_decimal(p)) for q, _, p in
                          (pair.partition(":") for pair in (r["tiers"] or "").split()))
            fees = sum((stored_decimal(a) for a in (r["fees"] or "").split()), Decimal(0))
            result.append(QuoteSummary(
                id=r["id"], supplier=r["supplier"], design_code=r["design_code"],
                design_name=r["design_name"], reference=r["reference"],
                currency=r["currency"], quoted_on=stored_date(r["quoted_on"]),
                valid_until=date_in(r["valid_until"]), moq=stored_int(r["moq"]),
                incoterm=stored_enum(Incoterm, r["incoterm"]).value, tiers=tiers,
                development_cost=fees,
                production_lead_time_days=int_in(r["production_lead_time_days"]),
                supplier_id=r["supplier_id"], design_id=r["design_id"],
                tech_pack_revision_id=r["tech_pack_revision_id"],
                revision=r["revision"] or ""))
        return result

    # --- the list read a page at a time (sorted, filtered and searched in SQL) -----------

    def list_count(self, query: listing.ListQuery) -> int:
        """How many quotes the query shows (filters: design_id, supplier_id)."""
        return listing.count(self._db, listing.QUOTES, query)

    def list_ids(self, query: listing.ListQuery) -> list[int]:
        """The ids of every row the query shows, in its order."""
        return listing.ids(self._db, listing.QUOTES, query)

    def list_rows(self, ids: Sequence[int]) -> list[QuoteSummary]:
        """The rows of these ids, in this order (one gone meanwhile left out)."""
        if not ids:
            return []
        return listing.in_order(self._read_summaries(
            "WHERE q.id IN " + listing.id_list(ids), [], ""), ids)

    def list_page(self, query: listing.ListQuery, offset: int,
                  limit: int) -> list[QuoteSummary]:
        return self.list_rows(listing.page_ids(self._db, listing.QUOTES, query, offset, limit))

    def summary(self, quote_id: int) -> QuoteSummary:
        rows = self._read_summaries("WHERE q.id = ?", [quote_id], "")
        if not rows:
            raise NotFound(f"Quote #{quote_id} does not exist")
        return rows[0]

    def list_position(self, query: listing.ListQuery, quote_id: int) -> int | None:
        return listing.position(self._db, listing.QUOTES, query, quote_id)

    def list_stats(self, query: listing.ListQuery, today: dt.date) -> tuple[int, int, int]:
        """(quotes, designs quoted, expired on today) among the quotes the query shows."""
        clause, params = listing.where(listing.QUOTES, query)
        row = self._db.query(
            "SELECT count(*) AS quotes, count(DISTINCT q.design_id) AS designs, "
            "total(q.valid_until IS NOT NULL AND q.valid_until < ?) AS expired "
            f"FROM {listing.QUOTES.base}{clause}", [date_out(today), *params])[0]
        return int(row["quotes"]), int(row["designs"]), int(row["expired"])
