"""What a picker offers as the user types: a few designs or suppliers matching the text.

A picker never reads every design: each keystroke asks for at most `limit` matches (the
code or name starting with the text, or a word of the name starting with it), best first,
so 20,000 designs answer as quickly as twenty.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jewelbench.storage.store import Store

PICK_LIMIT = 50


@dataclass(frozen=True)
class Pick:
    """One design (code, name) or supplier (its name twice) a picker offers."""

    id: int
    code: str
    name: str
    quotes: int = 0  # a design's quotes, when asked for (with_quotes)


def _design(row: dict[str, Any]) -> Pick:
    return Pick(int(row["id"]), str(row["code"]), str(row["name"]), int(row["quotes"]))


def _named(row: dict[str, Any]) -> Pick:
    """A supplier or plan: its name is its code too."""
    return Pick(int(row["id"]), str(row["name"]), str(row["name"]))


def _like(text: str) -> str:
    """The text as a LIKE prefix pattern, its own % and _ taken literally (ESCAPE '\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class PickRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    # --- designs ---------------------------------------------------------------------------

    def designs(self, text: str, limit: int = PICK_LIMIT, *,
                with_quotes: bool = False) -> list[Pick]:
        """Designs whose code or name starts with `text` (or a word of the name does), the
        exact code first, then by code; every design by code when text is empty."""
        text = text.strip()
        pattern = _like(text)
        quotes = ("(SELECT count(*) FROM quotes q WHERE q.design_id = d.id)" if with_quotes
                  else "0")
        # the quotes are counted for the few designs kept, after the LIMIT (not for every
        # design that matches: the sorter would count them all)
        rows = self._db.query(f"""
            SELECT d.id, d.code, d.name, {quotes} AS quotes FROM (
              SELECT id, code, name FROM designs
              WHERE ? = '' OR code LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'
                 OR name LIKE ? ESCAPE '\\'
              ORDER BY lower(code) <> lower(?), code LIMIT ?) d
            ORDER BY lower(d.code) <> lower(?), d.code""",
            [text, pattern, pattern, "% " + pattern, text, limit, text])
        return [_design(r) for r in rows]

    def design(self, design_id: int, *, with_quotes: bool = False) -> Pick | None:
        quotes = ("(SELECT count(*) FROM quotes q WHERE q.design_id = d.id)" if with_quotes
                  else "0")
        rows = self._db.query(f"SELECT d.id, d.code, d.name, {quotes} AS quotes FROM designs d "
                              "WHERE d.id = ?", [design_id])
        return _design(rows[0]) if rows else None

    def most_quoted_design(self) -> int | None:
        """The design with the most quotes (the lowest id of those with as many), by one
        GROUP BY over the quotes' design index; None when there is no quote."""
        rows = self._db.query("SELECT design_id FROM quotes GROUP BY design_id "
                              "ORDER BY count(*) DESC, design_id LIMIT 1")
        return int(rows[0]["design_id"]) if rows else None

    # --- suppliers -------------------------------------------------------------------------

    def suppliers(self, text: str, limit: int = PICK_LIMIT) -> list[Pick]:
        """Suppliers whose name (or a word of it) starts with `text`, by name."""
        text = text.strip()
        pattern = _like(text)
        rows = self._db.query("""
            SELECT id, name FROM suppliers
            WHERE ? = '' OR name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'
            ORDER BY lower(name) <> lower(?), name COLLATE NOCASE LIMIT ?""",
            [text, pattern, "% " + pattern, text, limit])
        return [_named(r) for r in rows]

    def supplier(self, supplier_id: int) -> Pick | None:
        rows = self._db.query("SELECT id, name FROM suppliers WHERE id = ?", [supplier_id])
        return _named(rows[0]) if rows else None

    def supplier_currencies(self) -> dict[int, str]:
        """Each supplier's currency, by id (what a new quote is priced in by default)."""
        return {int(r["id"]): str(r["currency"]) for r in self._db.query(
            "SELECT id, currency FROM suppliers")}

    # --- plans -----------------------------------------------------------------------------

    def plans(self, text: str, limit: int = PICK_LIMIT) -> list[Pick]:
        """Collection plans whose name (or a word of it) starts with `text`, by name."""
        text = text.strip()
        pattern = _like(text)
        rows = self._db.query("""
            SELECT id, name FROM collection_plans
            WHERE ? = '' OR name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'
            ORDER BY name COLLATE NOCASE, id LIMIT ?""",
            [text, pattern, "% " + pattern, limit])
        return [_named(r) for r in rows]

    def plan(self, plan_id: int) -> Pick | None:
        rows = self._db.query("SELECT id, name FROM collection_plans WHERE id = ?", [plan_id])
        return _named(rows[0]) if rows else None
