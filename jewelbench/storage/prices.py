"""Workspace settings, alloys, and the dated metal prices and FX rates."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

from jewelbench.domain.alloys import Alloy
from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate, MetalPrice
from jewelbench.storage.convert import date_out
from jewelbench.storage.repository import (
    DuplicateError,
)
from jewelbench.storage.store import Store


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
