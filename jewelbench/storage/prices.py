"""Workspace settings, alloys, and the dated metal prices and FX rates."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from jewelbench.domain.alloys import Alloy
from jewelbench.domain.prices import FxRate, MetalPrice
from jewelbench.storage.convert import (
    date_out,
    stored_date,
    stored_decimal,
    stored_money,
    stored_values,
)
from jewelbench.storage.repository import (
    DuplicateError,
    NotFound,
)
from jewelbench.storage.store import Store


class _HasStore(Protocol):
    """An open workspace, as far as a bulk import needs it (no import of storage/workspace.py,
    which imports this module)."""

    @property
    def db(self) -> Store: ...


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
        with stored_values():
            return [Alloy(r["code"], r["name"], r["metal"], r["fineness"],
                          stored_decimal(r["specific_gravity"]), r["stamp"])
                    for r in self._db.query("SELECT * FROM alloys ORDER BY metal, fineness, code")]

    def add_metal_price(self, price: MetalPrice) -> int:
        """Store a new price; its id (the one it carries when it comes back by undo)."""
        with self._db.atomic():
            try:
                return int(self._db.execute(
                    "INSERT INTO metal_prices (id, metal, price_date, price_per_troy_oz, "
                    "currency, source) VALUES (?, ?, ?, ?, ?, ?)",
                    [price.id, price.metal, *self._metal_price_values(price).values()]
                ).lastrowid)
            except sqlite3.IntegrityError:
                raise self._metal_duplicate(price) from None

    @staticmethod
    def _metal_price_values(price: MetalPrice) -> dict[str, str | None]:
        return {"price_date": date_out(price.price_date),
                "price_per_troy_oz": str(price.price_per_troy_oz.amount),
                "currency": price.price_per_troy_oz.currency, "source": price.source}

    @staticmethod
    def _metal_duplicate(price: MetalPrice) -> DuplicateError:
        return DuplicateError(
            f"There is already a {price.metal} price in "
            f"{price.price_per_troy_oz.currency} for {price.price_date}")

    @staticmethod
    def _metal_price(r: dict[str, Any]) -> MetalPrice:
        with stored_values():
            return MetalPrice(r["metal"], stored_date(r["price_date"]),
                              stored_money(r["price_per_troy_oz"], r["currency"]), r["source"],
                              id=r["id"])

    def metal_prices(self) -> list[MetalPrice]:
        return [self._metal_price(r) for r in self._db.query(
            "SELECT * FROM metal_prices ORDER BY metal, price_date DESC")]

    def metal_price(self, price_id: int) -> MetalPrice:
        rows = list(self._db.query("SELECT * FROM metal_prices WHERE id = ?", [price_id]))
        if not rows:
            raise NotFound(f"Metal price #{price_id} does not exist (was it deleted?)")
        return self._metal_price(rows[0])

    def update_metal_price(self, price: MetalPrice) -> None:
        """Change one stored price (found by its id): metal, date, amount, currency, source.
        Another price of the same metal, currency and date is refused (DuplicateError)."""
        if price.id is None:
            raise NotFound("This metal price has not been stored")
        with self._db.atomic():
            try:
                changed = self._db.execute(
                    "UPDATE metal_prices SET metal = ?, price_date = ?, price_per_troy_oz = ?, "
                    "currency = ?, source = ? WHERE id = ?",
                    [price.metal, *self._metal_price_values(price).values(), price.id]).rowcount
            except sqlite3.IntegrityError:
                raise self._metal_duplicate(price) from None
            if not changed:
                raise NotFound(f"Metal price #{price.id} does not exist (was it deleted?)")

    def delete_metal_price(self, price_id: int) -> MetalPrice:
        """Delete one price; the price deleted (to put back on undo)."""
        with self._db.atomic():
            price = self.metal_price(price_id)
            self._db.execute("DELETE FROM metal_prices WHERE id = ?", [price_id])
        return price

    def add_fx_rate(self, rate: FxRate) -> int:
        """Store a new rate; its id (the one it carries when it comes back by undo)."""
        with self._db.atomic():
            try:
                return int(self._db.execute(
                    "INSERT INTO fx_rates (id, rate_date, from_currency, to_currency, rate) "
                    "VALUES (?, ?, ?, ?, ?)", [rate.id, *self._fx_values(rate).values()]
                ).lastrowid)
            except sqlite3.IntegrityError:
                raise self._fx_duplicate(rate) from None

    @staticmethod
    def _fx_values(rate: FxRate) -> dict[str, object]:
        return {"rate_date": date_out(rate.rate_date), "from_currency": rate.from_currency,
                "to_currency": rate.to_currency, "rate": str(rate.rate)}

    @staticmethod
    def _fx_duplicate(rate: FxRate) -> DuplicateError:
        return DuplicateError(
            f"There is already a {rate.from_currency}→{rate.to_currency} rate "
            f"for {rate.rate_date}")

    @staticmethod
    def _fx_rate(r: dict[str, Any]) -> FxRate:
        with stored_values():
            return FxRate(stored_date(r["rate_date"]), r["from_currency"],
                          r["to_currency"], stored_decimal(r["rate"]), id=r["id"])

    def fx_rates(self) -> list[FxRate]:
        return [self._fx_rate(r) for r in self._db.query(
            "SELECT * FROM fx_rates ORDER BY rate_date DESC, from_currency, to_currency")]

    def fx_rate(self, rate_id: int) -> FxRate:
        rows = list(self._db.query("SELECT * FROM fx_rates WHERE id = ?", [rate_id]))
        if not rows:
            raise NotFound(f"Exchange rate #{rate_id} does not exist (was it deleted?)")
        return self._fx_rate(rows[0])

    def update_fx_rate(self, rate: FxRate) -> None:
        """Change one stored rate (found by its id). Another rate for the same date and pair
        of currencies is refused (DuplicateError)."""
        if rate.id is None:
            raise NotFound("This exchange rate has not been stored")
        with self._db.atomic():
            try:
                changed = self._db.execute(
                    "UPDATE fx_rates SET rate_date = ?, from_currency = ?, to_currency = ?, "
                    "rate = ? WHERE id = ?", [*self._fx_values(rate).values(), rate.id]
                ).rowcount
            except sqlite3.IntegrityError:
                raise self._fx_duplicate(rate) from None
            if not changed:
                raise NotFound(f"Exchange rate #{rate.id} does not exist (was it deleted?)")

    def delete_fx_rate(self, rate_id: int) -> FxRate:
        """Delete one rate; the rate deleted (to put back on undo)."""
        with self._db.atomic():
            rate = self.fx_rate(rate_id)
            self._db.execute("DELETE FROM fx_rates WHERE id = ?", [rate_id])
        return rate

    # --- what the workspace needs prices for (Update Prices…) ----------------------------

    def metals_in_use(self) -> list[str]:
        """The priced metals (silver, gold …) in the alloys of the designs' metal lines."""
        return [r["metal"] for r in self._db.query(
            "SELECT DISTINCT a.metal FROM bom_metals m JOIN alloys a ON a.code = m.alloy_code "
            "WHERE a.metal != 'base' AND a.fineness > 0 ORDER BY a.metal")]

    def currencies_in_use(self, *, with_rates: bool = True) -> list[str]:
        """Every currency the quotes, suppliers, bills of materials, scenarios, metal prices
        and FX rates are in (the base currency among them if it is used); with_rates=False
        leaves out the currencies that only FX rates are in (an imported history's)."""
        rates = ("UNION SELECT from_currency FROM fx_rates "
                 "UNION SELECT to_currency FROM fx_rates " if with_rates else "")
        found = self._db.query(
            "SELECT currency FROM quotes UNION SELECT currency FROM suppliers "
            "UNION SELECT currency FROM inhouse_scenarios "
            "UNION SELECT currency FROM metal_prices " + rates
            + "UNION SELECT currency FROM bom_stones "
            "UNION SELECT currency FROM bom_findings UNION SELECT currency FROM bom_platings "
            "UNION SELECT currency FROM bom_packaging")
        return sorted({r["currency"] for r in found if r["currency"]})


# --- bulk import (File ▸ Import Prices and Rates…, `jewelbench prices WS import FILE`) ----------


@dataclass
class PriceImportReport:
    """What one bulk import did: stored, replaced (old, new), and skipped with why."""

    stored: list[MetalPrice | FxRate] = field(default_factory=list)
    replaced: list[tuple[MetalPrice | FxRate, MetalPrice | FxRate]] = field(default_factory=list)
    skipped: list[tuple[MetalPrice | FxRate, str]] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return len(self.stored) + len(self.replaced)


def _price_key(price: MetalPrice) -> tuple[str, str, str]:
    return price.metal, price.price_date.isoformat(), price.price_per_troy_oz.currency


def _rate_key(rate: FxRate) -> tuple[str, str, str]:
    return rate.rate_date.isoformat(), rate.from_currency, rate.to_currency


class _Preview(Exception):
    def __init__(self, report: PriceImportReport) -> None:
        super().__init__("preview")
        self.report = report


class PriceImports:
    """Many metal prices and FX rates stored in ONE transaction, and taken out again (undo).

    A row whose key (metal, date and currency; or date and the two currencies, either way
    round) is already stored is skipped and said so; with replace=True a stored metal price or
    rate of the same key and direction but another value is replaced instead (the old value is
    kept in the report, so undo puts it back). A rate stored the other way round is never
    replaced: both directions on one date would leave it to chance which one a cost uses."""

    def __init__(self, db: Store) -> None:
        self._db = db

    @classmethod
    def of(cls, workspace: _HasStore) -> PriceImports:
        return cls(workspace.db)

    def add(self, prices: Iterable[MetalPrice], rates: Iterable[FxRate], *,
            replace: bool = False) -> PriceImportReport:
        report = PriceImportReport()
        with self._db.atomic():
            stored_prices = {
                (r["metal"], r["price_date"], r["currency"]): r for r in self._db.query(
                    "SELECT metal, price_date, currency, price_per_troy_oz, source "
                    "FROM metal_prices")}
            for price in prices:
                key = _price_key(price)
                old = stored_prices.get(key)
                if old is None:
                    self._insert_price(price)
                    stored_prices[key] = self._price_row(price)
                    report.stored.append(price)
                    continue
                old_price = MetalPrice(price.metal, price.price_date,
                                       stored_money(old["price_per_troy_oz"], old["currency"]),
                                       old["source"])
                if old.get("imported"):
                    report.skipped.append((price, "given twice in this import; the first "
                                                  f"({old_price.price_per_troy_oz}) is kept"))
                elif old_price.price_per_troy_oz == price.price_per_troy_oz:
                    report.skipped.append((price, "already stored, the same price"))
                elif replace:
                    self._set_price(price)
                    stored_prices[key] = self._price_row(price)
                    report.replaced.append((old_price, price))
                else:
                    report.skipped.append((price, "already stored at "
                                                  f"{old_price.price_per_troy_oz}; kept"))
            stored_rates = {
                (r["rate_date"], r["from_currency"], r["to_currency"]): r for r in self._db.query(
                    "SELECT rate_date, from_currency, to_currency, rate FROM fx_rates")}
            for rate in rates:
                key = _rate_key(rate)
                day, a, b = key
                old = stored_rates.get(key)
                if old is None and (day, b, a) in stored_rates:
                    reverse = stored_rates[(day, b, a)]
                    report.skipped.append((rate, (
                        "already stored the other way round: 1 "
                        f"{b} = {stored_decimal(reverse['rate']).normalize():f} {a}")))
                    continue
                if old is None:
                    self._insert_rate(rate)
                    stored_rates[key] = {"rate": str(rate.rate), "imported": True}
                    report.stored.append(rate)
                    continue
                old_rate = FxRate(rate.rate_date, a, b, stored_decimal(old["rate"]))
                if old.get("imported"):
                    report.skipped.append((rate, "given twice in this import; the first "
                                                 f"({old_rate.stated()}) is kept"))
                elif old_rate.rate == rate.rate:
                    report.skipped.append((rate, "already stored, the same rate"))
                elif replace:
                    self._set_rate(rate)
                    stored_rates[key] = {"rate": str(rate.rate), "imported": True}
                    report.replaced.append((old_rate, rate))
                else:
                    report.skipped.append((rate, f"already stored as {old_rate.stated()}; kept"))
        return report

    def preview(self, prices: Iterable[MetalPrice], rates: Iterable[FxRate], *,
                replace: bool = False) -> PriceImportReport:
        """What add() would do, without storing anything (its transaction is rolled back)."""
        try:
            with self._db.atomic():
                raise _Preview(self.add(prices, rates, replace=replace))
        except _Preview as preview:
            return preview.report

    def remove(self, report: PriceImportReport) -> None:
        """Undo an import: delete what it stored and put back what it replaced."""
        with self._db.atomic():
            for value in report.stored:
                if isinstance(value, MetalPrice):
                    self._db.execute("DELETE FROM metal_prices WHERE metal = ? AND "
                                     "price_date = ? AND currency = ?", list(_price_key(value)))
                else:
                    self._db.execute("DELETE FROM fx_rates WHERE rate_date = ? AND "
                                     "from_currency = ? AND to_currency = ?",
                                     list(_rate_key(value)))
            for old, _new in report.replaced:
                if isinstance(old, MetalPrice):
                    self._set_price(old)
                else:
                    self._set_rate(old)

    def reapply(self, report: PriceImportReport) -> None:
        """Redo an import that remove() undid: the same rows, the same replacements."""
        with self._db.atomic():
            for value in report.stored:
                if isinstance(value, MetalPrice):
                    self._insert_price(value)
                else:
                    self._insert_rate(value)
            for _old, new in report.replaced:
                if isinstance(new, MetalPrice):
                    self._set_price(new)
                else:
                    self._set_rate(new)

    @staticmethod
    def _price_row(price: MetalPrice) -> dict[str, object]:
        return {"price_per_troy_oz": str(price.price_per_troy_oz.amount),
                "currency": price.price_per_troy_oz.currency, "source": price.source,
                "imported": True}

    def _insert_price(self, price: MetalPrice) -> None:
        self._db.execute(
            "INSERT INTO metal_prices (metal, price_date, price_per_troy_oz, currency, source) "
            "VALUES (?, ?, ?, ?, ?)",
            [price.metal, date_out(price.price_date), str(price.price_per_troy_oz.amount),
             price.price_per_troy_oz.currency, price.source])

    def _set_price(self, price: MetalPrice) -> None:
        self._db.execute(
            "UPDATE metal_prices SET price_per_troy_oz = ?, source = ? "
            "WHERE metal = ? AND price_date = ? AND currency = ?",
            [str(price.price_per_troy_oz.amount), price.source, *_price_key(price)])

    def _insert_rate(self, rate: FxRate) -> None:
        self._db.execute(
            "INSERT INTO fx_rates (rate_date, from_currency, to_currency, rate) "
            "VALUES (?, ?, ?, ?)", [*_rate_key(rate), str(rate.rate)])

    def _set_rate(self, rate: FxRate) -> None:
        self._db.execute(
            "UPDATE fx_rates SET rate = ? WHERE rate_date = ? AND from_currency = ? "
            "AND to_currency = ?", [str(rate.rate), *_rate_key(rate)])
