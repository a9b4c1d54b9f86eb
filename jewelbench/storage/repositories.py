"""Repositories: domain objects in, domain objects out. Every write is one transaction.

Aggregates (a design with its BOM and images, a supplier with contacts, a quote with tiers)
are saved whole: the children are replaced inside the same transaction as the parent row.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jewelbench.domain.alloys import Alloy
from jewelbench.domain.entities import (
    Category,
    Certification,
    Contact,
    Design,
    DesignImage,
    DueDiligenceItem,
    Equipment,
    FindingLine,
    FxRate,
    InHouseScenario,
    LabourOperation,
    LifecycleStatus,
    Measurement,
    MetalLine,
    MetalPrice,
    Overhead,
    PackagingLine,
    PlatingLine,
    QcCheck,
    Quote,
    QuoteFee,
    QuoteTier,
    RevisionStatus,
    SamplePhoto,
    SampleRound,
    StaffRole,
    StoneLine,
    Supplier,
    TechPackRevision,
)
from jewelbench.domain.money import Money
from jewelbench.storage.convert import date_in, date_out, dec_in, dec_out, money_in
from jewelbench.storage.store import Store


class StorageError(Exception):
    """A write the workspace refused; str() is meant for the user."""


class DuplicateError(StorageError):
    pass


class NotFound(StorageError):
    pass


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _replace_children(db: Store, table: str, key: str, parent_id: int,
                      rows: Iterable[dict[str, Any]]) -> None:
    db.execute(f"DELETE FROM {table} WHERE {key} = ?", [parent_id])
    records = [{key: parent_id, **row} for row in rows]
    if records:
        db[table].insert_all(records)


# --- settings and prices -----------------------------------------------------------------


class SettingsRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def get(self, key: str, default: str = "") -> str:
        row = self._db.execute("SELECT value FROM workspace_settings WHERE key = ?",
                               [key]).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO workspace_settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])


class PriceRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def add_alloy(self, alloy: Alloy) -> None:
        with self._db.atomic():
            self._db["alloys"].insert({
                "code": alloy.code, "name": alloy.name, "metal": alloy.metal,
                "fineness": alloy.fineness, "specific_gravity": str(alloy.specific_gravity),
                "stamp": alloy.stamp}, replace=True)

    def alloys(self) -> list[Alloy]:
        return [Alloy(r["code"], r["name"], r["metal"], r["fineness"],
                      Decimal(r["specific_gravity"]), r["stamp"])
                for r in self._db.query("SELECT * FROM alloys ORDER BY metal, fineness, code")]

    def add_metal_price(self, price: MetalPrice) -> None:
        with self._db.atomic():
            try:
                self._db["metal_prices"].insert({
                    "metal": price.metal, "price_date": date_out(price.price_date),
                    "price_per_troy_oz": str(price.price_per_troy_oz.amount),
                    "currency": price.price_per_troy_oz.currency, "source": price.source})
            except sqlite3.IntegrityError:
                raise DuplicateError(
                    f"There is already a {price.metal} price in "
                    f"{price.price_per_troy_oz.currency} for {price.price_date}") from None

    def metal_prices(self) -> list[MetalPrice]:
        return [MetalPrice(r["metal"], dt.date.fromisoformat(r["price_date"]),
                           Money(Decimal(r["price_per_troy_oz"]), r["currency"]), r["source"])
                for r in self._db.query(
                    "SELECT * FROM metal_prices ORDER BY metal, price_date DESC")]

    def add_fx_rate(self, rate: FxRate) -> None:
        with self._db.atomic():
            try:
                self._db["fx_rates"].insert({
                    "rate_date": date_out(rate.rate_date), "from_currency": rate.from_currency,
                    "to_currency": rate.to_currency, "rate": str(rate.rate)})
            except sqlite3.IntegrityError:
                raise DuplicateError(
                    f"There is already a {rate.from_currency}→{rate.to_currency} rate "
                    f"for {rate.rate_date}") from None

    def fx_rates(self) -> list[FxRate]:
        return [FxRate(dt.date.fromisoformat(r["rate_date"]), r["from_currency"],
                       r["to_currency"], Decimal(r["rate"]))
                for r in self._db.query("SELECT * FROM fx_rates ORDER BY rate_date DESC, "
                                        "from_currency, to_currency")]


# --- designs -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DesignSummary:
    """One row of the design catalog: what a list shows, without the BOM or images."""

    id: int
    code: str
    name: str
    collection: str
    category: Category
    status: LifecycleStatus
    alloys: str
    metal_weight_g: Decimal
    stone_count: int
    has_image: bool
    updated_at: str


_DESIGN_SUMMARY_SQL = """
SELECT d.id, d.code, d.name, d.collection, d.category, d.status, d.updated_at,
  (SELECT group_concat(alloy_code, ', ') FROM
     (SELECT DISTINCT alloy_code FROM bom_metals m WHERE m.design_id = d.id)) AS alloys,
  (SELECT group_concat(finished_weight_g, ' ') FROM bom_metals m WHERE m.design_id = d.id)
     AS weights,
  (SELECT coalesce(sum(quantity), 0) FROM bom_stones s WHERE s.design_id = d.id) AS stones,
  EXISTS (SELECT 1 FROM design_images i WHERE i.design_id = d.id) AS has_image
FROM designs d
"""


_CATEGORIES = {c.value: c for c in Category}
_STATUSES = {s.value: s for s in LifecycleStatus}


class DesignRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def catalog_stats(self) -> tuple[int, int]:
        """(designs, collections): the catalog's headline without reading every row."""
        row = self._db.execute("SELECT count(*), count(DISTINCT nullif(collection, '')) "
                               "FROM designs").fetchone()
        return int(row[0]), int(row[1])

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM designs").fetchone()[0])

    def summaries(self, offset: int = 0, limit: int | None = None) -> list[DesignSummary]:
        """Catalog rows in code order; offset/limit read one page for lazily loaded lists."""
        rows = self._db.execute(_DESIGN_SUMMARY_SQL + " ORDER BY d.code LIMIT ? OFFSET ?",
                                [-1 if limit is None else limit, offset]).fetchall()
        categories, statuses = _CATEGORIES, _STATUSES
        return [
            DesignSummary(
                id=r[0], code=r[1], name=r[2], collection=r[3], category=categories[r[4]],
                status=statuses[r[5]], updated_at=r[6], alloys=r[7] or "",
                # weights are exact decimal text: add them as Decimals, not as SQL floats
                metal_weight_g=sum((Decimal(w) for w in (r[8] or "").split()), Decimal(0)),
                stone_count=int(r[9]), has_image=bool(r[10]))
            for r in rows]

    def cover_thumbnail(self, design_id: int) -> bytes | None:
        row = self._db.execute(
            "SELECT thumbnail FROM design_images WHERE design_id = ? "
            "ORDER BY is_cover DESC, position LIMIT 1", [design_id]).fetchone()
        return row[0] if row else None

    def id_for_code(self, code: str) -> int | None:
        row = self._db.execute("SELECT id FROM designs WHERE code = ?", [code]).fetchone()
        return row[0] if row else None

    def add(self, design: Design) -> int:
        with self._db.atomic():
            if self.id_for_code(design.code) is not None:
                raise DuplicateError(f"A design with code '{design.code}' already exists")
            self._check_alloys(design)
            now = _now()
            cursor = self._db.execute(
                "INSERT INTO designs (code, name, collection, category, status, description, "
                "target_retail_price, target_retail_currency, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [design.code, design.name, design.collection, design.category.value,
                 design.status.value, design.description, *self._price(design), now, now])
            design_id = int(cursor.lastrowid or 0)
            self._save_children(design_id, design)
        design.id = design_id
        return design_id

    def update(self, design: Design) -> None:
        if design.id is None:
            raise NotFound("This design has not been saved yet")
        with self._db.atomic():
            other = self.id_for_code(design.code)
            if other is not None and other != design.id:
                raise DuplicateError(f"A design with code '{design.code}' already exists")
            self._check_alloys(design)
            cursor = self._db.execute(
                "UPDATE designs SET code = ?, name = ?, collection = ?, category = ?, "
                "status = ?, description = ?, target_retail_price = ?, "
                "target_retail_currency = ?, updated_at = ? WHERE id = ?",
                [design.code, design.name, design.collection, design.category.value,
                 design.status.value, design.description, *self._price(design), _now(),
                 design.id])
            if cursor.rowcount != 1:
                raise NotFound(f"Design '{design.code}' no longer exists")
            self._save_children(design.id, design)

    def delete(self, design_id: int) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM designs WHERE id = ?", [design_id])

    def _check_alloys(self, design: Design) -> None:
        # bom_metals references alloys: say which code is unknown rather than "FOREIGN KEY"
        known = {row[0] for row in self._db.execute("SELECT code FROM alloys")}
        unknown = sorted({m.alloy_code for m in design.metals} - known)
        if unknown:
            raise StorageError(
                f"Design '{design.code}' uses an alloy this workspace does not have: "
                f"{', '.join(unknown)}")

    @staticmethod
    def _price(design: Design) -> list[str | None]:
        price = design.target_retail_price
        return [None, None] if price is None else [str(price.amount), price.currency]

    def _save_children(self, design_id: int, design: Design) -> None:
        db = self._db
        _replace_children(db, "bom_metals", "design_id", design_id, (
            {"position": i, "alloy_code": m.alloy_code,
             "finished_weight_g": str(m.finished_weight_g), "notes": m.notes}
            for i, m in enumerate(design.metals)))
        _replace_children(db, "bom_stones", "design_id", design_id, (
            {"position": i, "stone_type": s.stone_type, "origin": s.origin.value,
             "shape": s.shape, "size_mm": dec_out(s.size_mm), "carat": dec_out(s.carat),
             "colour": s.colour, "clarity": s.clarity, "quantity": s.quantity,
             "setting_style": s.setting_style, "unit_cost": str(s.unit_cost.amount),
             "currency": s.unit_cost.currency}
            for i, s in enumerate(design.stones)))
        _replace_children(db, "bom_findings", "design_id", design_id, (
            {"position": i, "kind": f.kind, "description": f.description,
             "length_mm": dec_out(f.length_mm), "quantity": f.quantity,
             "unit_cost": str(f.unit_cost.amount), "currency": f.unit_cost.currency}
            for i, f in enumerate(design.findings)))
        _replace_children(db, "bom_platings", "design_id", design_id, (
            {"position": i, "plating_type": p.plating_type, "colour": p.colour,
             "thickness_um": str(p.thickness_um), "area_cm2": dec_out(p.area_cm2),
             "guaranteed": int(p.guaranteed), "unit_cost": str(p.unit_cost.amount),
             "currency": p.unit_cost.currency}
            for i, p in enumerate(design.platings)))
        _replace_children(db, "bom_packaging", "design_id", design_id, (
            {"position": i, "description": p.description, "quantity": p.quantity,
             "unit_cost": str(p.unit_cost.amount), "currency": p.unit_cost.currency}
            for i, p in enumerate(design.packaging)))
        _replace_children(db, "design_images", "design_id", design_id, (
            {"position": i, "caption": img.caption, "is_cover": int(img.is_cover),
             "mime_type": img.mime_type, "width": img.width, "height": img.height,
             "image": img.image, "thumbnail": img.thumbnail}
            for i, img in enumerate(design.images)))

    def get(self, design_id: int) -> Design:
        row = self._db.execute("SELECT * FROM designs WHERE id = ?", [design_id]).fetchone()
        if row is None:
            raise NotFound(f"Design #{design_id} does not exist")
        cols = [d[0] for d in self._db.execute("SELECT * FROM designs LIMIT 0").description]
        r = dict(zip(cols, row))

        def children(table: str) -> list[dict[str, Any]]:
            return list(self._db.query(
                f"SELECT * FROM {table} WHERE design_id = ? ORDER BY position", [design_id]))

        return Design(
            id=r["id"], code=r["code"], name=r["name"], collection=r["collection"],
            category=Category(r["category"]), status=LifecycleStatus(r["status"]),
            description=r["description"],
            target_retail_price=money_in(r["target_retail_price"], r["target_retail_currency"]),
            metals=[MetalLine(m["alloy_code"], Decimal(m["finished_weight_g"]), m["notes"])
                    for m in children("bom_metals")],
            stones=[StoneLine(s["stone_type"], s["shape"], s["quantity"],
                              Money(Decimal(s["unit_cost"]), s["currency"]),
                              size_mm=dec_in(s["size_mm"]), carat=dec_in(s["carat"]),
                              origin=s["origin"], setting_style=s["setting_style"],
                              colour=s["colour"], clarity=s["clarity"])
                    for s in children("bom_stones")],
            findings=[FindingLine(f["kind"], f["description"], f["quantity"],
                                  Money(Decimal(f["unit_cost"]), f["currency"]),
                                  length_mm=dec_in(f["length_mm"]))
                      for f in children("bom_findings")],
            platings=[PlatingLine(p["plating_type"], p["colour"], Decimal(p["thickness_um"]),
                                  Money(Decimal(p["unit_cost"]), p["currency"]),
                                  area_cm2=dec_in(p["area_cm2"]), guaranteed=bool(p["guaranteed"]))
                      for p in children("bom_platings")],
            packaging=[PackagingLine(p["description"], p["quantity"],
                                     Money(Decimal(p["unit_cost"]), p["currency"]))
                       for p in children("bom_packaging")],
            images=[DesignImage(i["image"], i["thumbnail"], i["mime_type"], i["width"],
                                i["height"], i["caption"], bool(i["is_cover"]), i["id"])
                    for i in children("design_images")],
        )

    def get_by_code(self, code: str) -> Design:
        design_id = self.id_for_code(code)
        if design_id is None:
            raise NotFound(f"There is no design with code '{code}'")
        return self.get(design_id)


# --- tech packs --------------------------------------------------------------------------


class TechPackRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def add(self, revision: TechPackRevision) -> int:
        with self._db.atomic():
            try:
                cursor = self._db.execute(
                    "INSERT INTO tech_pack_revisions (design_id, revision, status, issued_on, "
                    "change_note, content) VALUES (?, ?, ?, ?, ?, ?)",
                    [revision.design_id, revision.revision, revision.status.value,
                     date_out(revision.issued_on), revision.change_note,
                     json.dumps(revision.content, sort_keys=True)])
            except sqlite3.IntegrityError as error:
                if "UNIQUE" in str(error):
                    raise DuplicateError(
                        f"Revision {revision.revision} already exists for this design") from None
                raise StorageError(f"This design does not exist ({error})") from None
        revision.id = int(cursor.lastrowid or 0)
        return revision.id

    def for_design(self, design_id: int) -> list[TechPackRevision]:
        return [TechPackRevision(r["design_id"], r["revision"], RevisionStatus(r["status"]),
                                 json.loads(r["content"]), date_in(r["issued_on"]),
                                 r["change_note"], r["id"])
                for r in self._db.query(
                    "SELECT * FROM tech_pack_revisions WHERE design_id = ? "
                    "ORDER BY length(revision), revision", [design_id])]

    def labels(self) -> dict[int, str]:
        """Revision id → 'RG-014 rev B', for lists that show which revision a row answers."""
        return {r[0]: f"{r[1]} rev {r[2]}" for r in self._db.execute(
            "SELECT t.id, d.code, t.revision FROM tech_pack_revisions t "
            "JOIN designs d ON d.id = t.design_id")}


# --- suppliers ---------------------------------------------------------------------------


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
        _replace_children(db, "supplier_contacts", "supplier_id", supplier_id, (
            {"name": c.name, "role": c.role, "email": c.email, "phone": c.phone}
            for c in supplier.contacts))
        _replace_children(db, "supplier_capabilities", "supplier_id", supplier_id, (
            {"capability": c} for c in dict.fromkeys(supplier.capabilities)))
        _replace_children(db, "supplier_certifications", "supplier_id", supplier_id, (
            {"name": c.name, "reference": c.reference, "expires_on": date_out(c.expires_on)}
            for c in supplier.certifications))
        _replace_children(db, "due_diligence_items", "supplier_id", supplier_id, (
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


# --- quotes ------------------------------------------------------------------------------


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
            _replace_children(self._db, "quote_tiers", "quote_id", quote.id, (
                {"min_quantity": t.min_quantity, "unit_price": str(t.unit_price)}
                for t in quote.tiers))
            _replace_children(self._db, "quote_fees", "quote_id", quote.id, (
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


# --- samples -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SampleSummary:
    id: int
    design_code: str
    supplier: str
    round_number: int
    revision: str
    requested_on: dt.date
    received_on: dt.date | None
    decision: str | None
    qc_passed: int
    qc_failed: int

    @property
    def state(self) -> str:
        if self.decision:
            return self.decision
        return "received" if self.received_on else "requested"


class SampleRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def add(self, sample: SampleRound) -> int:
        with self._db.atomic():
            try:
                cursor = self._db.execute(
                    "INSERT INTO sample_rounds (design_id, supplier_id, tech_pack_revision_id, "
                    "round_number, requested_on, received_on, measured_weight_g, dfm_feedback, "
                    "decision, decided_on, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [sample.design_id, sample.supplier_id, sample.tech_pack_revision_id,
                     sample.round_number, date_out(sample.requested_on),
                     date_out(sample.received_on), dec_out(sample.measured_weight_g),
                     sample.dfm_feedback, sample.decision.value if sample.decision else None,
                     date_out(sample.decided_on), sample.notes])
            except sqlite3.IntegrityError as error:
                if "UNIQUE" in str(error):
                    raise DuplicateError(
                        f"Round {sample.round_number} already exists for this design and "
                        "supplier") from None
                raise StorageError(
                    f"The sample's design, supplier or revision does not exist ({error})") from None
            sample.id = int(cursor.lastrowid or 0)
            _replace_children(self._db, "sample_measurements", "sample_round_id", sample.id, (
                {"dimension": m.dimension, "unit": m.unit, "nominal": str(m.nominal),
                 "tolerance": str(m.tolerance), "measured": str(m.measured)}
                for m in sample.measurements))
            _replace_children(self._db, "qc_checks", "sample_round_id", sample.id, (
                {"stage": int(c.stage), "result": c.result.value if c.result else None,
                 "notes": c.notes} for c in sample.qc_checks))
            _replace_children(self._db, "sample_photos", "sample_round_id", sample.id, (
                {"caption": p.caption, "is_golden": int(p.is_golden), "mime_type": p.mime_type,
                 "image": p.image, "thumbnail": p.thumbnail} for p in sample.photos))
        return sample.id

    def get(self, sample_id: int) -> SampleRound:
        rows = list(self._db.query("SELECT * FROM sample_rounds WHERE id = ?", [sample_id]))
        if not rows:
            raise NotFound(f"Sample round #{sample_id} does not exist")
        r = rows[0]

        def children(table: str) -> list[dict[str, Any]]:
            return list(self._db.query(
                f"SELECT * FROM {table} WHERE sample_round_id = ? ORDER BY rowid", [sample_id]))

        return SampleRound(
            id=r["id"], design_id=r["design_id"], supplier_id=r["supplier_id"],
            tech_pack_revision_id=r["tech_pack_revision_id"], round_number=r["round_number"],
            requested_on=dt.date.fromisoformat(r["requested_on"]),
            received_on=date_in(r["received_on"]),
            measured_weight_g=dec_in(r["measured_weight_g"]), dfm_feedback=r["dfm_feedback"],
            decision=r["decision"], decided_on=date_in(r["decided_on"]), notes=r["notes"],
            measurements=[Measurement(m["dimension"], Decimal(m["nominal"]),
                                      Decimal(m["tolerance"]), Decimal(m["measured"]), m["unit"])
                          for m in children("sample_measurements")],
            qc_checks=[QcCheck(c["stage"], c["result"], c["notes"])
                       for c in children("qc_checks")],
            photos=[SamplePhoto(p["image"], p["thumbnail"], p["mime_type"], p["caption"],
                                bool(p["is_golden"]), p["id"])
                    for p in children("sample_photos")])

    def summaries(self) -> list[SampleSummary]:
        rows = self._db.execute("""
            SELECT r.id, d.code, s.name, r.round_number, coalesce(t.revision, ''),
                   r.requested_on, r.received_on, r.decision,
              (SELECT count(*) FROM qc_checks c WHERE c.sample_round_id = r.id
                 AND c.result = 'pass'),
              (SELECT count(*) FROM qc_checks c WHERE c.sample_round_id = r.id
                 AND c.result = 'fail')
            FROM sample_rounds r JOIN designs d ON d.id = r.design_id
            JOIN suppliers s ON s.id = r.supplier_id
            LEFT JOIN tech_pack_revisions t ON t.id = r.tech_pack_revision_id
            ORDER BY d.code, s.name, r.round_number""").fetchall()
        return [SampleSummary(r[0], r[1], r[2], r[3], r[4], dt.date.fromisoformat(r[5]),
                              date_in(r[6]), r[7], r[8], r[9]) for r in rows]


# --- in-house scenarios ------------------------------------------------------------------


class ScenarioRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def add(self, scenario: InHouseScenario) -> int:
        with self._db.atomic():
            try:
                cursor = self._db.execute(
                    "INSERT INTO inhouse_scenarios (name, currency, loaded_hourly_rate, "
                    "casting_loss_pct, buyer_premium_pct, stone_breakage_pct, error_rate_pct, "
                    "consumables_per_piece, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [scenario.name, scenario.currency, str(scenario.loaded_hourly_rate),
                     str(scenario.casting_loss_pct), str(scenario.buyer_premium_pct),
                     str(scenario.stone_breakage_pct), str(scenario.error_rate_pct),
                     str(scenario.consumables_per_piece), scenario.notes])
            except sqlite3.IntegrityError:
                raise DuplicateError(f"A scenario named '{scenario.name}' already exists") from None
            scenario.id = int(cursor.lastrowid or 0)
            db, sid = self._db, scenario.id
            _replace_children(db, "scenario_equipment", "scenario_id", sid, (
                {"name": e.name, "cost": str(e.cost), "useful_life_years": e.useful_life_years,
                 "salvage_value": str(e.salvage_value)} for e in scenario.equipment))
            _replace_children(db, "scenario_overheads", "scenario_id", sid, (
                {"name": o.name, "monthly_cost": str(o.monthly_cost)}
                for o in scenario.overheads))
            _replace_children(db, "scenario_staff", "scenario_id", sid, (
                {"role": s.role, "monthly_salary": str(s.monthly_salary),
                 "headcount": s.headcount, "hours_per_month": str(s.hours_per_month)}
                for s in scenario.staff))
            _replace_children(db, "scenario_labour", "scenario_id", sid, (
                {"design_code": lab.design_code, "operation": lab.operation,
                 "minutes_per_piece": str(lab.minutes_per_piece)} for lab in scenario.labour))
        return scenario.id

    def names(self) -> list[tuple[int, str]]:
        return [(r[0], r[1]) for r in self._db.execute(
            "SELECT id, name FROM inhouse_scenarios ORDER BY name")]

    def get(self, scenario_id: int) -> InHouseScenario:
        rows = list(self._db.query("SELECT * FROM inhouse_scenarios WHERE id = ?",
                                   [scenario_id]))
        if not rows:
            raise NotFound(f"Scenario #{scenario_id} does not exist")
        r = rows[0]

        def children(table: str) -> list[dict[str, Any]]:
            return list(self._db.query(
                f"SELECT * FROM {table} WHERE scenario_id = ? ORDER BY id", [scenario_id]))

        return InHouseScenario(
            id=r["id"], name=r["name"], currency=r["currency"],
            loaded_hourly_rate=Decimal(r["loaded_hourly_rate"]),
            casting_loss_pct=Decimal(r["casting_loss_pct"]),
            buyer_premium_pct=Decimal(r["buyer_premium_pct"]),
            stone_breakage_pct=Decimal(r["stone_breakage_pct"]),
            error_rate_pct=Decimal(r["error_rate_pct"]),
            consumables_per_piece=Decimal(r["consumables_per_piece"]), notes=r["notes"],
            equipment=[Equipment(e["name"], Decimal(e["cost"]), e["useful_life_years"],
                                 Decimal(e["salvage_value"]))
                       for e in children("scenario_equipment")],
            overheads=[Overhead(o["name"], Decimal(o["monthly_cost"]))
                       for o in children("scenario_overheads")],
            staff=[StaffRole(s["role"], Decimal(s["monthly_salary"]), s["headcount"],
                             Decimal(s["hours_per_month"])) for s in children("scenario_staff")],
            labour=[LabourOperation(lab["operation"], Decimal(lab["minutes_per_piece"]),
                                    lab["design_code"]) for lab in children("scenario_labour")])
