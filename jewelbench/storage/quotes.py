"""Quotes with their price tiers and development fees."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from jewelbench.domain.quotes import Quote, QuoteFee, QuoteTier
from jewelbench.storage.convert import date_in, date_out, dec_in, dec_out
from jewelbench.storage.repository import (
    NotFound,
    StorageError,
    replace_children,
)
from jewelbench.storage.store import Store


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

    def is_expired(self, on: dt.date) -> bool:
        return self.valid_until is not None and on > self.valid_until


class QuoteRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def add(self, quote: Quote) -> int:
        with self._db.atomic():
            try:
                cursor = self._db.execute(
                    "INSERT INTO quotes (supplier_id, design_id, tech_pack_revision_id, "
                    "reference, currency, quoted_on, valid_until, moq, min_order_value, "
                    "pricing_basis, metal_price_basis_per_g, sample_lead_time_days, "
                    "production_lead_time_days, deposit_pct, incoterm, freight_per_shipment, "
                    "freight_per_piece, notes) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [quote.supplier_id, quote.design_id, quote.tech_pack_revision_id,
                     quote.reference, quote.currency, date_out(quote.quoted_on),
                     date_out(quote.valid_until), quote.moq, str(quote.min_order_value),
                     quote.pricing_basis.value, dec_out(quote.metal_price_basis_per_g),
                     quote.sample_lead_time_days, quote.production_lead_time_days,
                     str(quote.deposit_pct), quote.incoterm.value,
                     str(quote.freight_per_shipment), str(quote.freight_per_piece),
                     quote.notes])
            except sqlite3.IntegrityError as error:
                raise StorageError(
                    f"The quote's supplier, design or revision does not exist ({error})") from None
            quote.id = int(cursor.lastrowid or 0)
            self._db.on_rollback(lambda: setattr(quote, "id", None))
            replace_children(self._db, "quote_tiers", "quote_id", quote.id, (
                {"min_quantity": t.min_quantity, "unit_price": str(t.unit_price)}
                for t in quote.tiers))
            replace_children(self._db, "quote_fees", "quote_id", quote.id, (
                {"kind": f.kind.value, "amount": str(f.amount),
                 "refundable_on_order": int(f.refundable_on_order)} for f in quote.fees))
        return quote.id

    def get(self, quote_id: int) -> Quote:
        rows = list(self._db.query("SELECT * FROM quotes WHERE id = ?", [quote_id]))
        if not rows:
            raise NotFound(f"Quote #{quote_id} does not exist")
        r = rows[0]
        tiers = [QuoteTier(t["min_quantity"], Decimal(t["unit_price"])) for t in self._db.query(
            "SELECT * FROM quote_tiers WHERE quote_id = ? ORDER BY min_quantity", [quote_id])]
        fees = [QuoteFee(f["kind"], Decimal(f["amount"]), bool(f["refundable_on_order"]))
                for f in self._db.query("SELECT * FROM quote_fees WHERE quote_id = ?",
                                        [quote_id])]
        return Quote(
            id=r["id"], supplier_id=r["supplier_id"], design_id=r["design_id"],
            tech_pack_revision_id=r["tech_pack_revision_id"], reference=r["reference"],
            currency=r["currency"], quoted_on=dt.date.fromisoformat(r["quoted_on"]),
            valid_until=date_in(r["valid_until"]), moq=r["moq"],
            min_order_value=Decimal(r["min_order_value"]), pricing_basis=r["pricing_basis"],
            metal_price_basis_per_g=dec_in(r["metal_price_basis_per_g"]),
            sample_lead_time_days=r["sample_lead_time_days"],
            production_lead_time_days=r["production_lead_time_days"],
            deposit_pct=Decimal(r["deposit_pct"]), incoterm=r["incoterm"],
            freight_per_shipment=Decimal(r["freight_per_shipment"]),
            freight_per_piece=Decimal(r["freight_per_piece"]), notes=r["notes"],
            tiers=tiers, fees=fees)

    def summaries(self, design_id: int | None = None) -> list[QuoteSummary]:
        where, params = ("WHERE q.design_id = ?", [design_id]) if design_id else ("", [])
        rows = self._db.execute(f"""
            SELECT q.id, s.name, d.code, d.name, q.reference, q.currency, q.quoted_on,
                   q.valid_until, q.moq, q.incoterm, q.production_lead_time_days,
              (SELECT group_concat(min_quantity || ':' || unit_price, ' ') FROM
                 (SELECT * FROM quote_tiers t WHERE t.quote_id = q.id ORDER BY min_quantity)),
              (SELECT group_concat(amount, ' ') FROM quote_fees f WHERE f.quote_id = q.id)
            FROM quotes q JOIN suppliers s ON s.id = q.supplier_id
            JOIN designs d ON d.id = q.design_id {where}
            ORDER BY d.code, s.name, q.quoted_on""", params).fetchall()
        result = []
        for r in rows:
            tiers = tuple((int(q), Decimal(p)) for q, p in
                          (pair.split(":") for pair in (r[11] or "").split()))
            fees = sum((Decimal(a) for a in (r[12] or "").split()), Decimal(0))
            result.append(QuoteSummary(
                r[0], r[1], r[2], r[3], r[4], r[5], dt.date.fromisoformat(r[6]),
                date_in(r[7]), r[8], r[9], tiers, fees, r[10]))
        return result

    def delete(self, quote_id: int) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM quotes WHERE id = ?", [quote_id])
