"""What a picker offers as the user types: a few designs or suppliers matching the text.

A picker never reads every design: each keystroke asks for at most `limit` matches (the
code or name starting with the text, or a word of the name starting with it), best first,
so 20,000 designs answer as quickly as twenty.
"""

from __future__ import annotations

from dataclasses import dataclass

from jewelbench.storage.store import Store

PICK_LIMIT = 50


@dataclass(frozen=True)
class Pick:
    """One design (code, name) or supplier (its name twice) a picker offers."""

    id: int
    code: str
    name: str
    quotes: int = 0  # a design's quotes, when asked for (with_quotes)


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
        rows = self._db.execute(f"""
            SELECT d.id, d.code, d.name, {quotes} FROM (
              SELECT id, code, name FROM designs
              WHERE ? = '' OR code LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'
                 OR name LIKE ? ESCAPE '\\'
              ORDER BY lower(code) <> lower(?), code LIMIT ?) d
            ORDER BY lower(d.code) <> lower(?), d.code""",
            [text, pattern, pattern, "% " + pattern, text, limit, text]).fetchall()
        return [Pick(int(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]

    def design(self, design_id: int, *, with_quotes: bool = False) -> Pick | None:
        quotes = ("(SELECT count(*) FROM quotes q WHERE q.design_id = d.id)" if with_quotes
                  else "0")
        row = self._db.execute(f"SELECT d.id, d.code, d.name, {quotes} FROM designs d "
                               "WHERE d.id = ?", [design_id]).fetchone()
        return None if row is None else Pick(int(row[0]), str(row[1]), str(row[2]),
                                             int(row[3]))

    def most_quoted_design(self) -> int | None:
        """The design with the most quotes (the lowest id of those with as many), by one
        GROUP BY over the quotes' design index; None when there is no quote."""
        row = self._db.execute("SELECT design_id FROM quotes GROUP BY design_id "
                               "ORDER BY count(*) DESC, design_id LIMIT 1").fetchone()
        return None if row is None else int(row[0])

    # --- suppliers -------------------------------------------------------------------------

    def suppliers(self, text: str, limit: int = PICK_LIMIT) -> list[Pick]:
        """Suppliers whose name (or a word of it) starts with `text`, by name."""
        text = text.strip()
        pattern = _like(text)
        rows = self._db.execute("""
            SELECT id, name FROM suppliers
            WHERE ? = '' OR name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'
            ORDER BY lower(name) <> lower(?), name COLLATE NOCASE LIMIT ?""",
            [text, pattern, "% " + pattern, text, limit]).fetchall()
        return [Pick(int(r[0]), str(r[1]), str(r[1])) for r in rows]

    def supplier(self, supplier_id: int) -> Pick | None:
        row = self._db.execute("SELECT id, name FROM suppliers WHERE id = ?",
                               [supplier_id]).fetchone()
        return None if row is None else Pick(int(row[0]), str(row[1]), str(row[1]))

    def supplier_currencies(self) -> dict[int, str]:
        """Each supplier's currency, by id (what a new quote is priced in by default)."""
        return {int(r[0]): str(r[1]) for r in self._db.execute(
            "SELECT id, currency FROM suppliers")}

    # --- plans -----------------------------------------------------------------------------

    def plans(self, text: str, limit: int = PICK_LIMIT) -> list[Pick]:
        """Collection plans whose name (or a word of it) starts with `text`, by name."""
        text = text.strip()
        pattern = _like(text)
        rows = self._db.execute("""
            SELECT id, name FROM collection_plans
            WHERE ? = '' OR name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'
            ORDER BY name COLLATE NOCASE, id LIMIT ?""",
            [text, pattern, "% " + pattern, limit]).fetchall()
        return [Pick(int(r[0]), str(r[1]), str(r[1])) for r in rows]

    def plan(self, plan_id: int) -> Pick | None:
        row = self._db.execute("SELECT id, name FROM collection_plans WHERE id = ?",
                               [plan_id]).fetchone()
        return None if row is None else Pick(int(row[0]), str(row[1]), str(row[1]))
