"""Requests for quotation with their quantities and suppliers, and who has answered.

An RFQ is saved whole (quantities and suppliers in the same transaction). Whether a supplier
answered is read from the quotes table each time: its first quote for the design dated on or
after the day the RFQ went to it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from jewelbench.domain.quotes import Incoterm
from jewelbench.domain.rfqs import (
    ReplyState,
    Rfq,
    RfqRecipient,
    RfqSummary,
    SupplierReply,
    reply_state,
)
from jewelbench.storage.convert import date_out, stored_date, stored_enum, stored_int, stored_values
from jewelbench.storage.repository import NotFound, StorageError, replace_children
from jewelbench.storage.store import Store


class RevisionNotIssued(StorageError):
    """An RFQ for a draft revision, or for a revision of another design."""


class RfqRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    # --- writing -------------------------------------------------------------------------

    def add(self, rfq: Rfq) -> int:
        """Save a new RFQ (its id, when it has one, is kept: undoing a deletion brings the
        same RFQ back)."""
        with self._db.atomic():
            self._check_revision(rfq)
            self._check_suppliers(rfq)
            try:
                cursor = self._db.execute(
                    "INSERT INTO rfqs (id, design_id, tech_pack_revision_id, created_on, "
                    "reply_by, currency, incoterm, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [rfq.id, rfq.design_id, rfq.tech_pack_revision_id,
                     date_out(rfq.created_on), date_out(rfq.reply_by), rfq.currency,
                     rfq.incoterm.value, rfq.notes])
            except sqlite3.IntegrityError as error:
                raise StorageError(f"The RFQ could not be saved ({error})") from None
            given = rfq.id
            rfq.id = int(cursor.lastrowid or 0)
            self._db.on_rollback(lambda: setattr(rfq, "id", given))
            replace_children(self._db, "rfq_quantities", "rfq_id", rfq.id, (
                {"quantity": quantity} for quantity in rfq.quantities))
            replace_children(self._db, "rfq_suppliers", "rfq_id", rfq.id, (
                {"supplier_id": r.supplier_id, "sent_on": date_out(r.sent_on)}
                for r in rfq.recipients))
        return rfq.id

    def delete(self, rfq_id: int) -> None:
        """The RFQ, its quantities and its supplier list; the quotes suppliers sent stay."""
        with self._db.atomic():
            self._db.execute("DELETE FROM rfqs WHERE id = ?", [rfq_id])

    def _check_revision(self, rfq: Rfq) -> None:
        row = self._db.execute(
            "SELECT t.design_id, t.revision, t.status, d.code FROM tech_pack_revisions t "
            "JOIN designs d ON d.id = t.design_id WHERE t.id = ?",
            [rfq.tech_pack_revision_id]).fetchone()
        if row is None:
            raise NotFound(f"Tech pack revision #{rfq.tech_pack_revision_id} does not exist")
        design_id, label, status, code = row
        if design_id != rfq.design_id:
            raise RevisionNotIssued(f"Revision {label} belongs to {code}, not to the design "
                                    "this RFQ is for")
        if status != "issued":
            raise RevisionNotIssued(f"Issue a tech pack revision first: revision {label} of "
                                    f"{code} is still a draft")

    def _check_suppliers(self, rfq: Rfq) -> None:
        wanted = set(rfq.supplier_ids)
        marks = ", ".join("?" * len(wanted))
        found = {row[0] for row in self._db.execute(
            f"SELECT id FROM suppliers WHERE id IN ({marks})", sorted(wanted))}
        missing = sorted(wanted - found)
        if missing:
            raise NotFound(f"Supplier #{missing[0]} does not exist (was it deleted?)")

    # --- reading -------------------------------------------------------------------------

    def get(self, rfq_id: int) -> Rfq:
        rows = self._db.query("SELECT * FROM rfqs WHERE id = ?", [rfq_id])
        if not rows:
            raise NotFound(f"RFQ #{rfq_id} does not exist")
        r = rows[0]
        quantities = [stored_int(row[0]) for row in self._db.execute(
            "SELECT quantity FROM rfq_quantities WHERE rfq_id = ? ORDER BY quantity",
            [rfq_id])]
        with stored_values():
            recipients = [RfqRecipient(row["supplier_id"], stored_date(row["sent_on"]))
                          for row in self._db.query(
                              "SELECT r.supplier_id, r.sent_on FROM rfq_suppliers r JOIN "
                              "suppliers s ON s.id = r.supplier_id WHERE r.rfq_id = ? "
                              "ORDER BY s.name", [rfq_id])]
            return Rfq(id=r["id"], design_id=r["design_id"],
                       tech_pack_revision_id=r["tech_pack_revision_id"], quantities=quantities,
                       recipients=recipients, created_on=stored_date(r["created_on"]),
                       reply_by=stored_date(r["reply_by"]), currency=r["currency"],
                       incoterm=stored_enum(Incoterm, r["incoterm"]), notes=r["notes"])

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM rfqs").fetchone()[0])

    def summaries(self, today: dt.date, design_id: int | None = None,
                  supplier_id: int | None = None) -> list[RfqSummary]:
        """Every RFQ (of one design, or sent to one supplier), newest first, with each
        supplier's reply as of today."""
        conditions, params = [], []
        if design_id is not None:
            conditions.append("f.design_id = ?")
            params.append(design_id)
        if supplier_id is not None:
            conditions.append("EXISTS (SELECT 1 FROM rfq_suppliers x WHERE x.rfq_id = f.id "
                              "AND x.supplier_id = ?)")
            params.append(supplier_id)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = self._db.query(f"""
            SELECT f.*, d.code AS design_code, d.name AS design_name, t.revision,
              (SELECT group_concat(quantity, ' ') FROM
                 (SELECT quantity FROM rfq_quantities q WHERE q.rfq_id = f.id
                  ORDER BY quantity)) AS quantities
            FROM rfqs f JOIN designs d ON d.id = f.design_id
            JOIN tech_pack_revisions t ON t.id = f.tech_pack_revision_id
            {where} ORDER BY f.created_on DESC, f.id DESC""", params)
        replies = self._replies([int(r["id"]) for r in rows], today)
        return [_summary(r, tuple(replies.get(int(r["id"]), []))) for r in rows]

    def summary(self, rfq_id: int, today: dt.date) -> RfqSummary:
        for found in self.summaries(today):
            if found.id == rfq_id:
                return found
        raise NotFound(f"RFQ #{rfq_id} does not exist")

    def replies(self, rfq_id: int, today: dt.date) -> list[SupplierReply]:
        """Each supplier the RFQ went to, by name: answered, awaiting or overdue today."""
        return self._replies([rfq_id], today).get(rfq_id, [])

    def _replies(self, rfq_ids: list[int], today: dt.date) -> dict[int, list[SupplierReply]]:
        if not rfq_ids:
            return {}
        marks = ", ".join("?" * len(rfq_ids))
        # The answer is the supplier's first quote for the design on or after sent_on.
        rows = self._db.query(f"""
            SELECT r.rfq_id, s.id AS supplier_id, s.name, s.country, s.currency, r.sent_on,
              f.reply_by,
              (SELECT q.id FROM quotes q WHERE q.supplier_id = r.supplier_id
                 AND q.design_id = f.design_id AND q.quoted_on >= r.sent_on
                 ORDER BY q.quoted_on, q.id LIMIT 1) AS quote_id
            FROM rfq_suppliers r JOIN rfqs f ON f.id = r.rfq_id
            JOIN suppliers s ON s.id = r.supplier_id
            WHERE r.rfq_id IN ({marks}) ORDER BY r.rfq_id, s.name""", rfq_ids)
        quote_ids = [row["quote_id"] for row in rows if row["quote_id"] is not None]
        quoted_on: dict[int, dt.date] = {}
        if quote_ids:
            marks = ", ".join("?" * len(quote_ids))
            quoted_on = {row["id"]: stored_date(row["quoted_on"]) for row in self._db.query(
                f"SELECT id, quoted_on FROM quotes WHERE id IN ({marks})", quote_ids)}
        result: dict[int, list[SupplierReply]] = {}
        for row in rows:
            sent_on = stored_date(row["sent_on"])
            reply_by = stored_date(row["reply_by"])
            quote_id = row["quote_id"]
            answered_on = quoted_on.get(quote_id) if quote_id is not None else None
            state = reply_state(sent_on, reply_by, answered_on, today)
            result.setdefault(row["rfq_id"], []).append(SupplierReply(
                row["supplier_id"], row["name"], row["country"], row["currency"], sent_on,
                reply_by, state, quote_id if state is ReplyState.ANSWERED else None,
                answered_on))
        return result

    def design_choices(self) -> list[tuple[int, str, str, int]]:
        """(id, code, name, issued revisions) of every design by code: what an RFQ can be
        for, read in one query however large the catalog."""
        rows = self._db.query(
            "SELECT d.id, d.code, d.name, (SELECT count(*) FROM tech_pack_revisions t "
            "WHERE t.design_id = d.id AND t.status = 'issued') AS issued FROM designs d "
            "ORDER BY d.code COLLATE NOCASE")
        return [(int(r["id"]), str(r["code"]), str(r["name"]), int(r["issued"])) for r in rows]

    def quantities_for_design(self, design_id: int) -> list[int]:
        """The quantities of the design's newest RFQ ([] when it has none): what its quotes
        are compared at."""
        row = self._db.execute(
            "SELECT id FROM rfqs WHERE design_id = ? ORDER BY created_on DESC, id DESC LIMIT 1",
            [design_id]).fetchone()
        if row is None:
            return []
        return [stored_int(r[0]) for r in self._db.execute(
            "SELECT quantity FROM rfq_quantities WHERE rfq_id = ? ORDER BY quantity", [row[0]])]

    def count_for_supplier(self, supplier_id: int) -> int:
        """RFQs sent to the supplier: what goes with it if it is deleted."""
        return int(self._db.execute(
            "SELECT count(*) FROM rfq_suppliers WHERE supplier_id = ?",
            [supplier_id]).fetchone()[0])

    def count_for_design(self, design_id: int) -> int:
        return int(self._db.execute("SELECT count(*) FROM rfqs WHERE design_id = ?",
                                    [design_id]).fetchone()[0])


def _summary(r: dict[str, Any], replies: tuple[SupplierReply, ...]) -> RfqSummary:
    quantities = tuple(stored_int(q) for q in str(r["quantities"] or "").split())
    created_on = stored_date(r["created_on"])
    reply_by = stored_date(r["reply_by"])
    return RfqSummary(
        id=int(r["id"]), design_id=int(r["design_id"]), design_code=str(r["design_code"]),
        design_name=str(r["design_name"]),
        tech_pack_revision_id=int(r["tech_pack_revision_id"]), revision=str(r["revision"]),
        created_on=created_on, reply_by=reply_by, quantities=quantities, replies=replies,
        currency=r["currency"], incoterm=stored_enum(Incoterm, r["incoterm"]).value,
        notes=str(r["notes"]))
