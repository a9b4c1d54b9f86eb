"""Suppliers and their contacts, capabilities, certifications, due diligence; their
scorecards; and deleting one with everything that goes with it, in a way that undo restores."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from jewelbench.domain.scorecard import Scorecard
from jewelbench.domain.suppliers import (
    Certification,
    Contact,
    DueDiligenceItem,
    Supplier,
    print_language_for,
)
from jewelbench.storage.convert import (
    date_in,
    date_out,
    stored_values,
)
from jewelbench.storage.repository import (
    DuplicateError,
    NotFound,
    StorageError,
    replace_children,
)
from jewelbench.storage.store import Store


@dataclass(frozen=True)
class DeleteImpact:
    """What else goes when a supplier is deleted."""

    quotes: int
    sample_rounds: int
    rfqs: int = 0  # requests for quotation it is taken off


@dataclass(frozen=True)
class SupplierSnapshot:
    """A supplier and every row that is deleted with it (quotes with their tiers and fees,
    sample rounds with their measurements, QC and photos, and whatever later tables cascade
    from those), as the file held them, ids included; plus the references that deleting it
    would set to NULL. restore() puts all of it back exactly."""

    supplier_id: int
    name: str
    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]  # table → rows, parents first
    nulled: tuple[tuple[str, str, int, Any], ...]  # table, column, rowid, value before


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
    print_language: str = ""  # '' = its country's

    @property
    def reads(self) -> str:
        """The language its tech packs and RFQs are printed in (Supplier.reads)."""
        return self.print_language or print_language_for(self.country)


class SupplierRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def add(self, supplier: Supplier) -> int:
        with self._db.atomic():
            try:
                cursor = self._db.execute(
                    "INSERT INTO suppliers (name, country, currency, notes, print_language) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [supplier.name, supplier.country, supplier.currency, supplier.notes,
                     supplier.print_language])
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
                cursor = self._db.execute(
                    "UPDATE suppliers SET name = ?, country = ?, currency = ?, notes = ?, "
                    "print_language = ? WHERE id = ?",
                    [supplier.name, supplier.country, supplier.currency, supplier.notes,
                     supplier.print_language, supplier.id])
            except sqlite3.IntegrityError:
                raise DuplicateError(f"A supplier named '{supplier.name}' already exists") from None
            if cursor.rowcount == 0:
                raise NotFound(f"Supplier '{supplier.name}' no longer exists")
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

        with stored_values():
            return Supplier(
                id=r["id"], name=r["name"], country=r["country"], currency=r["currency"],
                notes=r["notes"], print_language=r["print_language"],
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
        rows = self._db.query("""
            SELECT s.id, s.name, s.country, s.currency,
              (SELECT group_concat(capability, ', ') FROM supplier_capabilities c
                 WHERE c.supplier_id = s.id) AS capabilities,
              (SELECT count(*) FROM due_diligence_items d WHERE d.supplier_id = s.id AND d.done)
                 AS due_diligence_done,
              (SELECT count(*) FROM quotes q WHERE q.supplier_id = s.id) AS quote_count,
              (SELECT count(*) FROM sample_rounds r WHERE r.supplier_id = s.id) AS sample_count,
              s.print_language
            FROM suppliers s ORDER BY s.name""")
        return [SupplierSummary(
            id=r["id"], name=r["name"], country=r["country"], currency=r["currency"],
            capabilities=r["capabilities"] or "", due_diligence_done=r["due_diligence_done"],
            quote_count=r["quote_count"], sample_count=r["sample_count"],
            print_language=r["print_language"]) for r in rows]

    def ids_for_design(self, design_id: int) -> set[int]:
        """The suppliers that quoted or sampled a design."""
        return {r[0] for r in self._db.execute(
            "SELECT supplier_id FROM quotes WHERE design_id = ? UNION "
            "SELECT supplier_id FROM sample_rounds WHERE design_id = ?", [design_id, design_id])}

    def names(self) -> dict[int, str]:
        return {r["id"]: r["name"] for r in self._db.query("SELECT id, name FROM suppliers")}

    # --- deleting, and undoing it ---------------------------------------------------------

    def delete_impact(self, supplier_id: int) -> DeleteImpact:
        """How many quotes and sample rounds are deleted with the supplier, and how many RFQs
        it is taken off."""
        row = self._db.query(
            "SELECT (SELECT count(*) FROM quotes WHERE supplier_id = ?) AS quotes, "
            "(SELECT count(*) FROM sample_rounds WHERE supplier_id = ?) AS sample_rounds, "
            "(SELECT count(*) FROM rfq_suppliers WHERE supplier_id = ?) AS rfqs",
            [supplier_id, supplier_id, supplier_id])[0]
        return DeleteImpact(quotes=row["quotes"], sample_rounds=row["sample_rounds"],
                            rfqs=row["rfqs"])

    def delete(self, supplier_id: int) -> None:
        with self._db.atomic():
            try:
                self._db.execute("DELETE FROM suppliers WHERE id = ?", [supplier_id])
            except sqlite3.IntegrityError as error:
                raise StorageError(f"This supplier cannot be deleted while other records "
                                   f"still refer to it ({error})") from None

    def snapshot(self, supplier_id: int) -> SupplierSnapshot:
        """Everything delete() would remove, read from the file (see SupplierSnapshot).

        Follows the schema's foreign keys rather than a list of tables, so a table added by a
        later migration that cascades from suppliers, quotes or sample rounds is kept too."""
        found = self._db.execute("SELECT name FROM suppliers WHERE id = ?",
                                 [supplier_id]).fetchone()
        if found is None:
            raise NotFound(f"Supplier #{supplier_id} does not exist")
        references = _references(self._db)
        captured: dict[str, dict[int, dict[str, Any]]] = {}
        nulled: list[tuple[str, str, int, Any]] = []

        def capture(table: str, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
            seen = captured.setdefault(table, {})
            new = [r for r in rows if r["__rowid__"] not in seen]
            for row in new:
                seen[row["__rowid__"]] = row
            return new

        pending = [("suppliers", capture("suppliers", self._select(
            "suppliers", ["id"], {(supplier_id,)})))]
        while pending:
            parent, rows = pending.pop(0)
            for reference in references.get(parent, ()):
                keys = {tuple(r["__rowid__"] if c == "rowid" else r[c]
                              for c in reference.parent_columns) for r in rows}
                keys = {k for k in keys if None not in k}
                if not keys:
                    continue
                children = self._select(reference.table, reference.columns, keys)
                if reference.on_delete == "CASCADE":
                    new = capture(reference.table, children)
                    if new:
                        pending.append((reference.table, new))
                elif reference.on_delete in ("SET NULL", "SET DEFAULT"):
                    nulled.extend((reference.table, column, r["__rowid__"], r[column])
                                  for r in children for column in reference.columns)
        # A row deleted anyway needs no reference put back.
        nulled = [n for n in nulled if n[2] not in captured.get(n[0], {})]
        order = _parents_first(list(captured), references)
        return SupplierSnapshot(
            supplier_id, found[0],
            tuple((t, tuple(captured[t].values())) for t in order), tuple(nulled))

    def restore(self, snapshot: SupplierSnapshot) -> None:
        """Put a deleted supplier back with everything that went with it, ids and all."""
        taken = self._db.execute("SELECT 1 FROM suppliers WHERE name = ? COLLATE NOCASE",
                                 [snapshot.name]).fetchone()
        if taken is not None:
            raise DuplicateError(f"A supplier named '{snapshot.name}' already exists, so the "
                                 "deleted one cannot come back")
        with self._db.atomic():
            try:
                for table, rows in snapshot.rows:
                    has_rowid = _has_rowid(self._db, table)
                    for row in rows:
                        values = {k: v for k, v in row.items() if k != "__rowid__"}
                        if has_rowid:
                            values["rowid"] = row["__rowid__"]  # the rows' order comes back too
                        columns = ", ".join(f'"{c}"' for c in values)
                        marks = ", ".join("?" for _ in values)
                        self._db.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})',
                                         list(values.values()))
                for table, column, rowid, value in snapshot.nulled:
                    self._db.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?',
                                     [value, rowid])
            except sqlite3.IntegrityError as error:
                raise StorageError(f"Supplier '{snapshot.name}' cannot be put back: what it "
                                   f"referred to has changed ({error})") from None

    def _select(self, table: str, columns: tuple[str, ...] | list[str],
                keys: set[tuple[Any, ...]]) -> list[dict[str, Any]]:
        """The rows of table whose columns hold one of the key tuples, with their rowid."""
        has_rowid = _has_rowid(self._db, table)
        rowid = "rowid AS __rowid__, " if has_rowid else ""
        first = sorted({k[0] for k in keys}, key=repr)
        rows: list[dict[str, Any]] = []
        for start in range(0, len(first), 500):  # SQLite's limit on bound parameters
            chunk = first[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            rows.extend(self._db.query(
                f'SELECT {rowid}* FROM "{table}" WHERE "{columns[0]}" IN ({marks})'
                + (" ORDER BY rowid" if has_rowid else ""), chunk))
        rows = [r for r in rows if tuple(r[c] for c in columns) in keys]
        if not has_rowid:
            for row in rows:  # a WITHOUT ROWID table: its key identifies the row
                row["__rowid__"] = hash(tuple(row.values()))
        return rows

    # --- the scorecard --------------------------------------------------------------------

    def scorecard(self, supplier_id: int, today: dt.date) -> Scorecard:
        """The supplier's scorecard from its sample rounds and quotes (domain/scorecard.py)."""
        names = self.names()
        if supplier_id not in names:
            raise NotFound(f"Supplier #{supplier_id} does not exist")
        return self.scorecards(today, [supplier_id])[supplier_id]

    def scorecards(self, today: dt.date,
                   supplier_ids: list[int] | None = None) -> dict[int, Scorecard]:
        """Scorecards of several suppliers (all when None), reading the history once
        (storage/scorecards.py: a few queries and one pass, O(quotes + samples))."""
        from jewelbench.storage.scorecards import scorecards

        return scorecards(self._db, today, supplier_ids)

    def history_size(self) -> int:
        """How many quotes and sample rounds the workspace holds: what computing the
        scorecards costs (the window computes a small history at once, a large one in the
        background)."""
        row = self._db.execute("SELECT (SELECT count(*) FROM quotes) + "
                               "(SELECT count(*) FROM sample_rounds)").fetchone()
        return int(row[0])


@dataclass(frozen=True)
class _Reference:
    """A foreign key: table.columns refer to the parent's parent_columns."""

    table: str
    columns: tuple[str, ...]
    parent_columns: tuple[str, ...]
    on_delete: str


def _references(db: Store) -> dict[str, list[_Reference]]:
    """parent table → the foreign keys that refer to it."""
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    references: dict[str, list[_Reference]] = {}
    for table in tables:
        keys: dict[int, list[dict[str, Any]]] = {}
        for fk in db.query(f'PRAGMA foreign_key_list("{table}")'):
            keys.setdefault(fk["id"], []).append(fk)
        for parts in keys.values():
            parts.sort(key=lambda fk: fk["seq"])
            parent = parts[0]["table"].lower()
            references.setdefault(parent, []).append(_Reference(
                table, tuple(fk["from"] for fk in parts),
                tuple(fk["to"] or "rowid" for fk in parts), parts[0]["on_delete"].upper()))
    return references


def _parents_first(tables: list[str], references: dict[str, list[_Reference]]) -> list[str]:
    """The tables ordered so that a table comes after every other one it refers to."""
    parents = {t: {p for p, refs in references.items() for r in refs
                   if r.table == t and p in tables and p != t} for t in tables}
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in ordered and parents[t] <= set(ordered)]
        if not ready:  # a cycle: keep the order they were found in
            ready = [t for t in tables if t not in ordered]
        ordered.extend(ready[:1])
    return ordered


def _has_rowid(db: Store, table: str) -> bool:
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                     [table]).fetchone()
    return row is not None and "WITHOUT ROWID" not in (row[0] or "").upper()
