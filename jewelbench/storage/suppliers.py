"""Suppliers and their contacts, capabilities, certifications, due diligence."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from jewelbench.domain.suppliers import Certification, Contact, DueDiligenceItem, Supplier
from jewelbench.storage.convert import date_in, date_out
from jewelbench.storage.repository import (
    DuplicateError,
    NotFound,
    replace_children,
)
from jewelbench.storage.store import Store


@dataclass(frozen=True)
class SupplierSummary:
    id: int
    name: str
    country: str
    currency: str
    capabilities: str
    due_diligence_done: int
    quote_count: int
    sample_count: int


class SupplierRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def add(self, supplier: Supplier) -> int:
        with self._db.atomic():
            try:
                cursor = self._db.execute(
                    "INSERT INTO suppliers (name, country, currency, notes) VALUES (?, ?, ?, ?)",
                    [supplier.name, supplier.country, supplier.currency, supplier.notes])
            except sqlite3.IntegrityError:
                raise DuplicateError(f"A supplier named '{supplier.name}' already exists") from None
            supplier.id = int(cursor.lastrowid or 0)
            self._db.on_rollback(lambda: setattr(supplier, "id", None))
            self._save_children(supplier.id, supplier)
        return supplier.id

    def update(self, supplier: Supplier) -> None:
        if supplier.id is None:
            raise NotFound("This supplier has not been saved yet")
        with self._db.atomic():
            try:
                self._db.execute(
                    "UPDATE suppliers SET name = ?, country = ?, currency = ?, notes = ? "
                    "WHERE id = ?",
                    [supplier.name, supplier.country, supplier.currency, supplier.notes,
                     supplier.id])
            except sqlite3.IntegrityError:
                raise DuplicateError(f"A supplier named '{supplier.name}' already exists") from None
            self._save_children(supplier.id, supplier)

    def _save_children(self, supplier_id: int, supplier: Supplier) -> None:
        db = self._db
        replace_children(db, "supplier_contacts", "supplier_id", supplier_id, (
            {"name": c.name, "role": c.role, "email": c.email, "phone": c.phone}
            for c in supplier.contacts))
        replace_children(db, "supplier_capabilities", "supplier_id", supplier_id, (
            {"capability": c} for c in dict.fromkeys(supplier.capabilities)))
        replace_children(db, "supplier_certifications", "supplier_id", supplier_id, (
            {"name": c.name, "reference": c.reference, "expires_on": date_out(c.expires_on)}
            for c in supplier.certifications))
        replace_children(db, "due_diligence_items", "supplier_id", supplier_id, (
            {"item": d.item, "done": int(d.done), "done_on": date_out(d.done_on),
             "notes": d.notes}
            for d in supplier.due_diligence))

    def get(self, supplier_id: int) -> Supplier:
        rows = list(self._db.query("SELECT * FROM suppliers WHERE id = ?", [supplier_id]))
        if not rows:
            raise NotFound(f"Supplier #{supplier_id} does not exist")
        r = rows[0]

        def children(table: str) -> list[dict[str, Any]]:
            return list(self._db.query(
                f"SELECT * FROM {table} WHERE supplier_id = ? ORDER BY rowid", [supplier_id]))

        return Supplier(
            id=r["id"], name=r["name"], country=r["country"], currency=r["currency"],
            notes=r["notes"],
            capabilities=[c["capability"] for c in children("supplier_capabilities")],
            contacts=[Contact(c["name"], c["role"], c["email"], c["phone"])
                      for c in children("supplier_contacts")],
            certifications=[Certification(c["name"], date_in(c["expires_on"]), c["reference"])
                            for c in children("supplier_certifications")],
            due_diligence=[DueDiligenceItem(d["item"], bool(d["done"]), date_in(d["done_on"]),
                                            d["notes"])
                           for d in children("due_diligence_items")])

    def id_for_name(self, name: str) -> int | None:
        row = self._db.execute("SELECT id FROM suppliers WHERE name = ?", [name]).fetchone()
        return row[0] if row else None

    def summaries(self) -> list[SupplierSummary]:
        rows = self._db.execute("""
            SELECT s.id, s.name, s.country, s.currency,
              (SELECT group_concat(capability, ', ') FROM supplier_capabilities c
                 WHERE c.supplier_id = s.id),
              (SELECT count(*) FROM due_diligence_items d WHERE d.supplier_id = s.id AND d.done),
              (SELECT count(*) FROM quotes q WHERE q.supplier_id = s.id),
              (SELECT count(*) FROM sample_rounds r WHERE r.supplier_id = s.id)
            FROM suppliers s ORDER BY s.name""").fetchall()
        return [SupplierSummary(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6], r[7])
                for r in rows]

    def delete(self, supplier_id: int) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM suppliers WHERE id = ?", [supplier_id])
