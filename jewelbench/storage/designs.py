"""The design catalog and each design's bill of materials and images."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import jewelbench.storage.listing as listing
from jewelbench.domain.designs import (
    Category,
    Design,
    DesignImage,
    FindingLine,
    LifecycleStatus,
    MetalLine,
    PackagingLine,
    PlatingLine,
    StoneLine,
    StoneOrigin,
)
from jewelbench.domain.messages import QT_TRANSLATE_NOOP
from jewelbench.domain.money import Money
from jewelbench.domain.validation import check_money, check_text
from jewelbench.storage.callouts import forget_design_images
from jewelbench.storage.convert import (
    dec_in,
    dec_out,
    money_in,
    stored_decimal,
    stored_enum,
    stored_int,
    stored_money,
    stored_values,
)
from jewelbench.storage.production import check_production
from jewelbench.storage.repository import (
    DuplicateError,
    NotFound,
    StorageError,
    now_text,
    replace_children,
)
from jewelbench.storage.store import Store


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
    target_retail_price: Money | None = None


@dataclass(frozen=True)
class DesignDetails:
    """The fields of a design's own row that the catalog edits in place."""

    name: str
    collection: str
    target_retail_price: Money | None


_DESIGN_SUMMARY_SQL = """
SELECT d.id, d.code, d.name, d.collection, d.category, d.status, d.updated_at,
  d.target_retail_price, d.target_retail_currency,
  (SELECT group_concat(alloy_code, ', ') FROM
     (SELECT DISTINCT alloy_code FROM bom_metals m WHERE m.design_id = d.id)) AS alloys,
  (SELECT group_concat(finished_weight_g, ' ') FROM bom_metals m WHERE m.design_id = d.id)
     AS weights,
  (SELECT group_concat(quantity, ' ') FROM bom_stones s WHERE s.design_id = d.id) AS stones,
  EXISTS (SELECT 1 FROM design_images i WHERE i.design_id = d.id) AS has_image
FROM designs d
"""


_CHILD_TABLES = ("bom_metals", "bom_stones", "bom_findings", "bom_platings", "bom_packaging",
                 "design_images")


def _design(r: Any, children: dict[str, list[dict[str, Any]]]) -> Design:
    """A design from its row and its child rows by table (a table left out: none)."""
    def lines(table: str) -> list[dict[str, Any]]:
        return children.get(table, [])

    with stored_values():
        return Design(
            id=r["id"], code=r["code"], name=r["name"], collection=r["collection"],
            category=stored_enum(Category, r["category"]),
            status=stored_enum(LifecycleStatus, r["status"]),
            description=r["description"],
            target_retail_price=money_in(r["target_retail_price"], r["target_retail_currency"]),
            wholesale_price=money_in(r["wholesale_price"], r["wholesale_currency"]),
            metals=[MetalLine(m["alloy_code"], stored_decimal(m["finished_weight_g"]),
                              m["notes"])
                    for m in lines("bom_metals")],
            stones=[StoneLine(s["stone_type"], s["shape"], stored_int(s["quantity"]),
                              stored_money(s["unit_cost"], s["currency"]),
                              size_mm=dec_in(s["size_mm"]), carat=dec_in(s["carat"]),
                              origin=stored_enum(StoneOrigin, s["origin"]),
                              setting_style=s["setting_style"],
                              colour=s["colour"], clarity=s["clarity"])
                    for s in lines("bom_stones")],
            findings=[FindingLine(f["kind"], f["description"], stored_int(f["quantity"]),
                                  stored_money(f["unit_cost"], f["currency"]),
                                  length_mm=dec_in(f["length_mm"]))
                      for f in lines("bom_findings")],
            platings=[PlatingLine(p["plating_type"], p["colour"],
                                  stored_decimal(p["thickness_um"]),
                                  stored_money(p["unit_cost"], p["currency"]),
                                  area_cm2=dec_in(p["area_cm2"]),
                                  guaranteed=bool(p["guaranteed"]))
                      for p in lines("bom_platings")],
            packaging=[PackagingLine(p["description"], stored_int(p["quantity"]),
                                     stored_money(p["unit_cost"], p["currency"]))
                       for p in lines("bom_packaging")],
            images=[DesignImage(i["image"], i["thumbnail"], i["mime_type"], i["width"],
                                i["height"], i["caption"], bool(i["is_cover"]), i["id"])
                    for i in lines("design_images")],
        )


def _summary(r: dict[str, Any]) -> DesignSummary:
    return DesignSummary(
        id=r["id"], code=r["code"], name=r["name"], collection=r["collection"],
        category=stored_enum(Category, r["category"]),
        status=stored_enum(LifecycleStatus, r["status"]), updated_at=r["updated_at"],
        target_retail_price=money_in(r["target_retail_price"], r["target_retail_currency"]),
        alloys=r["alloys"] or "",
        # weights are exact decimal text: add them as Decimals, not as SQL floats
        metal_weight_g=sum((stored_decimal(w) for w in (r["weights"] or "").split()),
                           Decimal(0)),
        stone_count=sum(stored_int(q) for q in (r["stones"] or "").split()),
        has_image=bool(r["has_image"]))


class DesignRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def catalog_stats(self) -> tuple[int, int]:
        """(designs, collections): the catalog's headline without reading every row."""
        row = self._db.query("SELECT count(*) AS designs, "
                             "count(DISTINCT nullif(collection, '')) AS collections "
                             "FROM designs")[0]
        return int(row["designs"]), int(row["collections"])

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM designs").fetchone()[0])

    def summaries(self, offset: int = 0, limit: int | None = None) -> list[DesignSummary]:
        """Catalog rows in code order; offset/limit read one page for lazily loaded lists."""
        rows = self._db.query(_DESIGN_SUMMARY_SQL + " ORDER BY d.code LIMIT ? OFFSET ?",
                              [-1 if limit is None else limit, offset])
        return [_summary(r) for r in rows]

    # --- the catalog read a page at a time (sorted, filtered and searched in SQL) ---------

    def list_count(self, query: listing.ListQuery) -> int:
        """How many designs the query shows (filters: category, status, alloy)."""
        return listing.count(self._db, listing.DESIGNS, query)

    def list_ids(self, query: listing.ListQuery) -> list[int]:
        """The ids of every row the query shows, in its order."""
        return listing.ids(self._db, listing.DESIGNS, query)

    def list_rows(self, ids: Sequence[int]) -> list[DesignSummary]:
        """The rows of these ids, in this order (one gone meanwhile left out)."""
        if not ids:
            return []
        rows = self._db.query(_DESIGN_SUMMARY_SQL + " WHERE d.id IN " + listing.id_list(ids))
        return listing.in_order([_summary(r) for r in rows], ids)

    def list_page(self, query: listing.ListQuery, offset: int,
                  limit: int) -> list[DesignSummary]:
        return self.list_rows(listing.page_ids(self._db, listing.DESIGNS, query, offset, limit))

    def list_position(self, query: listing.ListQuery, design_id: int) -> int | None:
        return listing.position(self._db, listing.DESIGNS, query, design_id)

    def summary(self, design_id: int) -> DesignSummary:
        rows = self._db.query(_DESIGN_SUMMARY_SQL + " WHERE d.id = ?", [design_id])
        if not rows:
            raise NotFound(f"Design #{design_id} no longer exists")
        return _summary(rows[0])

    def details(self, design_id: int) -> DesignDetails:
        rows = self._db.query(
            "SELECT name, collection, target_retail_price, target_retail_currency "
            "FROM designs WHERE id = ?", [design_id])
        if not rows:
            raise NotFound(f"Design #{design_id} no longer exists")
        row = rows[0]
        return DesignDetails(row["name"], row["collection"],
                             money_in(row["target_retail_price"], row["target_retail_currency"]))

    def set_details(self, design_id: int, details: DesignDetails) -> None:
        """Change the design's own row only (not its BOM or images), in one transaction."""
        name = check_text(details.name, QT_TRANSLATE_NOOP("fields", "Design name"), required=True)
        collection = check_text(details.collection, QT_TRANSLATE_NOOP("fields", "Collection"))
        price = details.target_retail_price
        if price is not None:
            check_money(price, QT_TRANSLATE_NOOP("fields", "Target retail price"))
        with self._db.atomic():
            cursor = self._db.execute(
                "UPDATE designs SET name = ?, collection = ?, target_retail_price = ?, "
                "target_retail_currency = ?, updated_at = ? WHERE id = ?",
                [name, collection, None if price is None else str(price.amount),
                 None if price is None else price.currency, now_text(), design_id])
            if cursor.rowcount != 1:
                raise NotFound(f"Design #{design_id} no longer exists")

    def codes(self) -> set[str]:
        """Every design code in use (for suggesting and checking new ones)."""
        return {row[0] for row in self._db.execute("SELECT code FROM designs").fetchall()}

    def collections(self) -> list[str]:
        return [row[0] for row in self._db.execute(
            "SELECT DISTINCT collection FROM designs WHERE collection <> '' "
            "ORDER BY collection").fetchall()]

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
            now = now_text()
            # the wholesale columns only when there is one (NULL otherwise, their default)
            wholesale = ", wholesale_price, wholesale_currency" \
                if design.wholesale_price is not None else ""
            cursor = self._db.execute(
                "INSERT INTO designs (code, name, collection, category, status, description, "
                f"target_retail_price, target_retail_currency{wholesale}, created_at, "
                f"updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?{', ?, ?' if wholesale else ''}, "
                "?, ?)",
                [design.code, design.name, design.collection, design.category.value,
                 design.status.value, design.description, *self._price(design),
                 *(self._wholesale(design) if wholesale else []), now, now])
            design_id = int(cursor.lastrowid or 0)
            self._save_children(design_id, design)
        design.id = design_id
        self._db.on_rollback(lambda: setattr(design, "id", None))
        return design_id

    def update(self, design: Design) -> None:
        if design.id is None:
            raise NotFound("This design has not been saved yet")
        with self._db.atomic():
            other = self.id_for_code(design.code)
            if other is not None and other != design.id:
                raise DuplicateError(f"A design with code '{design.code}' already exists")
            self._check_alloys(design)
            if design.status is LifecycleStatus.PRODUCTION:  # held to an approved sample
                check_production(self._db, design.id, design.code)
            cursor = self._db.execute(
                "UPDATE designs SET code = ?, name = ?, collection = ?, category = ?, "
                "status = ?, description = ?, target_retail_price = ?, "
                "target_retail_currency = ?, wholesale_price = ?, wholesale_currency = ?, "
                "updated_at = ? WHERE id = ?",
                [design.code, design.name, design.collection, design.category.value,
                 design.status.value, design.description, *self._price(design),
                 *self._wholesale(design), now_text(), design.id])
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

    @staticmethod
    def _wholesale(design: Design) -> list[str | None]:
        price = design.wholesale_price
        return [None, None] if price is None else [str(price.amount), price.currency]

    def _save_children(self, design_id: int, design: Design) -> None:
        db = self._db
        replace_children(db, "bom_metals", "design_id", design_id, (
            {"position": i, "alloy_code": m.alloy_code,
             "finished_weight_g": str(m.finished_weight_g), "notes": m.notes}
            for i, m in enumerate(design.metals)))
        replace_children(db, "bom_stones", "design_id", design_id, (
            {"position": i, "stone_type": s.stone_type, "origin": s.origin.value,
             "shape": s.shape, "size_mm": dec_out(s.size_mm), "carat": dec_out(s.carat),
             "colour": s.colour, "clarity": s.clarity, "quantity": s.quantity,
             "setting_style": s.setting_style, "unit_cost": str(s.unit_cost.amount),
             "currency": s.unit_cost.currency}
            for i, s in enumerate(design.stones)))
        replace_children(db, "bom_findings", "design_id", design_id, (
            {"position": i, "kind": f.kind, "description": f.description,
             "length_mm": dec_out(f.length_mm), "quantity": f.quantity,
             "unit_cost": str(f.unit_cost.amount), "currency": f.unit_cost.currency}
            for i, f in enumerate(design.findings)))
        replace_children(db, "bom_platings", "design_id", design_id, (
            {"position": i, "plating_type": p.plating_type, "colour": p.colour,
             "thickness_um": str(p.thickness_um), "area_cm2": dec_out(p.area_cm2),
             "guaranteed": int(p.guaranteed), "unit_cost": str(p.unit_cost.amount),
             "currency": p.unit_cost.currency}
            for i, p in enumerate(design.platings)))
        replace_children(db, "bom_packaging", "design_id", design_id, (
            {"position": i, "description": p.description, "quantity": p.quantity,
             "unit_cost": str(p.unit_cost.amount), "currency": p.unit_cost.currency}
            for i, p in enumerate(design.packaging)))
        # An image keeps its id while the design keeps it: tech pack callouts point at it.
        # Kept ids go in first, so that a new image's fresh id cannot take one of them.
        own = {row[0] for row in db.execute(
            "SELECT id FROM design_images WHERE design_id = ?", [design_id])}
        records = []
        for i, img in enumerate(design.images):
            kept = img.id if img.id in own else None
            own.discard(img.id)  # the same image listed twice gets a new id the second time
            records.append({"id": kept, "position": i, "caption": img.caption,
                            "is_cover": int(img.is_cover), "mime_type": img.mime_type,
                            "width": img.width, "height": img.height, "image": img.image,
                            "thumbnail": img.thumbnail})
        records.sort(key=lambda record: record["id"] is None)
        if own:  # images taken away: a draft's callouts on them would land on a new image
            forget_design_images(db, design_id, own)
        db.execute("DELETE FROM design_images WHERE design_id = ?", [design_id])
        for record in records:
            db.execute(
                "INSERT INTO design_images (id, design_id, position, caption, is_cover, "
                "mime_type, width, height, image, thumbnail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?)", [record["id"], design_id, record["position"], record["caption"],
                          record["is_cover"], record["mime_type"], record["width"],
                          record["height"], record["image"], record["thumbnail"]])

    def get(self, design_id: int) -> Design:
        found = self.get_many([design_id])
        if not found:
            raise NotFound(f"Design #{design_id} does not exist")
        return found[0]

    def get_many(self, design_ids: Sequence[int], *, images: bool = True) -> list[Design]:
        """The designs with these ids, whole, in the order asked (ids not found are left
        out), read in one query per table for each batch of 500 — not seven per design. With
        images=False their images are left out (a plan's costing never needs the photos)."""
        found: dict[int, Design] = {}
        tables = _CHILD_TABLES if images else _CHILD_TABLES[:-1]
        for start in range(0, len(design_ids), 500):
            batch = list(dict.fromkeys(design_ids[start:start + 500]))
            marks = ", ".join("?" for _ in batch)
            rows = list(self._db.query(f"SELECT * FROM designs WHERE id IN ({marks})", batch))
            children: dict[str, dict[int, list[dict[str, Any]]]] = {}
            for table in tables:
                grouped: dict[int, list[dict[str, Any]]] = {}
                for child in self._db.query(
                        f"SELECT * FROM {table} WHERE design_id IN ({marks}) "
                        f"ORDER BY design_id, position", batch):
                    grouped.setdefault(child["design_id"], []).append(child)
                children[table] = grouped
            for r in rows:
                found[r["id"]] = _design(r, {table: children[table].get(r["id"], [])
                                             for table in tables})
        return [found[design_id] for design_id in design_ids if design_id in found]

    def get_by_code(self, code: str) -> Design:
        design_id = self.id_for_code(code)
        if design_id is None:
            raise NotFound(f"There is no design with code '{code}'")
        return self.get(design_id)
