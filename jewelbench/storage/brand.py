"""The brand profile (one row): name, address and logo printed on every tech pack."""

from __future__ import annotations

from jewelbench.domain.brand import Brand
from jewelbench.storage.convert import stored_blob, stored_values
from jewelbench.storage.store import Store


def read_brand(db: Store) -> Brand:
    """The workspace's brand; an empty one until the user fills it in."""
    row = db.execute("SELECT name, address, logo, logo_mime_type FROM brand_profile "
                     "WHERE id = 1").fetchone()
    if row is None:
        return Brand()
    with stored_values():
        return Brand(row[0], row[1], None if row[2] is None else stored_blob(row[2]), row[3])


class BrandRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def get(self) -> Brand:
        return read_brand(self._db)

    def set(self, brand: Brand) -> None:
        """Replace the brand profile, in one transaction. Issued tech packs keep the brand
        they were issued with."""
        if not isinstance(brand, Brand):
            raise TypeError("set() takes a Brand")
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO brand_profile (id, name, address, logo, logo_mime_type) "
                "VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                "address = excluded.address, logo = excluded.logo, "
                "logo_mime_type = excluded.logo_mime_type",
                [brand.name, brand.address, brand.logo, brand.logo_mime_type])
