"""Lists read a page at a time: the sort, the filters and the search are done in SQL.

A list (the catalog, quotes, sample rounds) is described once by a `Listing`: its tables,
the sort keys its columns offer, the filters it takes. `ListQuery` is what the window asks
for: a search text, a sort key and direction, the filters. For any query storage answers
how many rows there are (`count`), the ids of all of them in order (`ids`: what the window
holds, reading the rows of a page by id when it is shown), the ids of one page (`page_ids`)
and where one row stands (`position`).

Searching uses the FTS5 `search_index` (storage/search_index.py): three characters or more are
looked up in the index; one or two are matched with LIKE over the same table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from jewelbench.storage.search_index import DESIGN, QUOTE, SAMPLE
from jewelbench.storage.store import Store

SEARCH_COLUMNS = ("code", "name", "supplier", "collection", "notes")


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: rows matching the search and the filters, in the sort key's order.

    sort is one of the listing's sort keys ('' its own order); a filter whose value is None
    is not applied; a filter given a tuple matches any of its values."""

    search: str = ""
    sort: str = ""
    descending: bool = False
    filters: Mapping[str, Any] = field(default_factory=dict)

    def active_filters(self) -> dict[str, Any]:
        return {key: value for key, value in self.filters.items() if value is not None}


@dataclass(frozen=True)
class Listing:
    kind: int  # the search index's kind (search_index.DESIGN …)
    id_column: str  # "d.id"
    tables: str  # FROM … with the joins the sort keys need
    base: str  # FROM … that counting and filtering need (filters use only its columns)
    order: tuple[str, ...]  # the list's own order (before the id, the last tie-break)
    sorts: Mapping[str, str]  # sort key → SQL expression
    filters: Mapping[str, str]  # filter key → SQL condition with one ? (or (?) for a tuple)
    # filters OR'd with the search instead of AND'd (the samples' state names)
    search_alternatives: Mapping[str, str] = field(default_factory=dict)
    # FROM … for the list's own order with no search: the tables in the order SQLite should
    # read them (the parent first, by the index of its order; each one's rows after it)
    default_tables: str = ""
    # one or two characters typed: matched with LIKE on these columns of the list's own table
    # (base) rather than over the whole search index
    short_search_columns: tuple[str, ...] = ()


def _tables(listing: Listing, query: ListQuery) -> str:
    if listing.default_tables and not query.sort and not query.search.strip():
        return listing.default_tables
    return listing.tables


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _condition(sql: str, value: Any) -> tuple[str, list[Any]]:
    if isinstance(value, (tuple, list, set, frozenset)):
        values = sorted(value) if isinstance(value, (set, frozenset)) else list(value)
        if not values:
            return "0", []
        return sql.replace("(?)", "(" + ", ".join("?" for _ in values) + ")"), values
    return sql, [value]


def _case_variants(text: str) -> list[str]:
    """The ways one or two typed letters may be written: SQLite's LIKE ignores the case of
    ASCII letters only, so "É" or "ø" is looked for as "É" and "é", "Ø" and "ø"."""
    variants = [""]
    for letter in text:
        cases = [letter] if letter.isascii() else sorted({letter, letter.lower(),
                                                           letter.upper()})
        variants = [start + case for start in variants for case in cases]
    return variants


def _search(listing: Listing, text: str) -> tuple[str, list[Any]]:
    kind = f"rowid & 3 = {listing.kind}"
    if len(text) >= 3:  # the trigram index: any run of three characters or more
        return (f"{listing.id_column} IN (SELECT rowid >> 2 FROM search_index "
                f"WHERE search_index MATCH ? AND {kind})"), ['"' + text.replace('"', '""') + '"']
    patterns = [f"%{_escape_like(variant)}%" for variant in _case_variants(text)]
    columns = listing.short_search_columns or SEARCH_COLUMNS
    likes = " OR ".join(f"{column} LIKE ? ESCAPE '\\'" for column in columns
                        for _pattern in patterns)
    values = [pattern for _column in columns for pattern in patterns]
    if listing.short_search_columns:
        return f"({likes})", values
    return (f"{listing.id_column} IN (SELECT rowid >> 2 FROM search_index "
            f"WHERE ({likes}) AND {kind})"), values


def where(listing: Listing, query: ListQuery) -> tuple[str, list[Any]]:
    """The WHERE clause (with its leading keyword, or '') and its parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    alternatives: list[tuple[str, list[Any]]] = []
    for key, value in query.active_filters().items():
        if key in listing.search_alternatives:
            alternatives.append(_condition(listing.search_alternatives[key], value))
            continue
        if key not in listing.filters:
            raise ValueError(f"This list cannot be filtered by {key!r}")
        clause, values = _condition(listing.filters[key], value)
        clauses.append(clause)
        params.extend(values)
    # control characters (a NUL pasted in) are not searched for: SQLite would cut the text there
    text = "".join(ch for ch in query.search if ch >= " ").strip()
    if text:
        clause, values = _search(listing, text)
        for alternative, alternative_values in alternatives:
            clause += f" OR {alternative}"
            values = values + alternative_values
        clauses.append(f"({clause})")
        params.extend(values)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def order_by(listing: Listing, query: ListQuery) -> str:
    """The ORDER BY terms: the sort key (missing or empty values last in both orders),
    then the list's own order, then the id, so that every page is the same on every read."""
    direction = " DESC" if query.descending else ""
    terms: list[str] = []
    if query.sort:
        if query.sort not in listing.sorts:
            raise ValueError(f"This list cannot be sorted by {query.sort!r}")
        expression = listing.sorts[query.sort]
        # missing values last in both orders (no price, not received yet, no collection):
        # NULL, or empty text ('' = '' is true for text only, never for a number)
        terms += [f"coalesce(({expression}), '') = ''", f"{expression}{direction}"]
    terms += [*listing.order, listing.id_column]
    return ", ".join(terms)


def count(db: Store, listing: Listing, query: ListQuery) -> int:
    clause, params = where(listing, query)
    return int(db.execute(f"SELECT count(*) FROM {listing.base}{clause}", params).fetchone()[0])


def ids(db: Store, listing: Listing, query: ListQuery) -> list[int]:
    """The ids of every row the query shows, in its order: one read per search, sort or
    filter; the window then reads the rows of the pages it shows by id (list_rows) and
    finds where a row stands without asking again."""
    clause, params = where(listing, query)
    rows = db.execute(f"SELECT {listing.id_column} FROM {_tables(listing, query)}{clause} "
                      f"ORDER BY {order_by(listing, query)}", params).fetchall()
    return [int(row[0]) for row in rows]


def page_ids(db: Store, listing: Listing, query: ListQuery, offset: int,
             limit: int) -> list[int]:
    """The ids of one page, in the list's order (the rows are read by id afterwards, so the
    summaries' subqueries run for the page only, not for every row skipped)."""
    clause, params = where(listing, query)
    rows = db.execute(f"SELECT {listing.id_column} FROM {_tables(listing, query)}{clause} "
                      f"ORDER BY {order_by(listing, query)} LIMIT ? OFFSET ?",
                      [*params, limit, offset]).fetchall()
    return [int(row[0]) for row in rows]


def position(db: Store, listing: Listing, query: ListQuery, row_id: int) -> int | None:
    """Where a row stands in the list (0 first), None when the query does not show it."""
    clause, params = where(listing, query)
    row = db.execute(
        f"SELECT n FROM (SELECT {listing.id_column} AS row_id, row_number() OVER "
        f"(ORDER BY {order_by(listing, query)}) AS n FROM {_tables(listing, query)}{clause}) "
        "WHERE row_id = ?", [*params, row_id]).fetchone()
    return None if row is None else int(row[0]) - 1


def in_order(rows: Sequence[Any], ids: Sequence[int]) -> list[Any]:
    """Rows read by id put back in the page's order (a row gone meanwhile is left out)."""
    by_id = {row.id: row for row in rows}
    return [by_id[row_id] for row_id in ids if row_id in by_id]


def id_list(ids: Sequence[int]) -> str:
    return "(" + ", ".join(str(int(row_id)) for row_id in ids) + ")"


_STATUS_ORDER = ("CASE d.status WHEN 'idea' THEN 0 WHEN 'development' THEN 1 "
                 "WHEN 'sampling' THEN 2 WHEN 'approved' THEN 3 WHEN 'production' THEN 4 "
                 "ELSE 5 END")

DESIGNS = Listing(
    kind=DESIGN, id_column="d.id", tables="designs d", base="designs d",
    order=("d.code COLLATE NOCASE",),
    sorts={
        "code": "d.code COLLATE NOCASE",
        "name": "d.name COLLATE NOCASE",
        "collection": "d.collection COLLATE NOCASE",
        "category": "d.category",
        "status": _STATUS_ORDER,
        # ordering only: the amounts are shown from their exact text
        "retail": "CAST(d.target_retail_price AS REAL)",
        "alloys": "coalesce((SELECT group_concat(alloy_code, ', ') FROM (SELECT DISTINCT "
                  "alloy_code FROM bom_metals m WHERE m.design_id = d.id)), '')",
        "weight": "(SELECT total(CAST(finished_weight_g AS REAL)) FROM bom_metals m "
                  "WHERE m.design_id = d.id)",
        "stones": "(SELECT total(quantity) FROM bom_stones s WHERE s.design_id = d.id)",
        "updated": "d.updated_at",
    },
    filters={
        "category": "d.category = ?",
        "status": "d.status = ?",
        "alloy": "EXISTS (SELECT 1 FROM bom_metals m WHERE m.design_id = d.id "
                 "AND m.alloy_code = ?)",
    },
    # what the index holds of a design: its code, name, collection and description
    short_search_columns=("d.code", "d.name", "d.collection", "d.description"))

QUOTES = Listing(
    kind=QUOTE, id_column="q.id",
    tables=("quotes q JOIN suppliers s ON s.id = q.supplier_id "
            "JOIN designs d ON d.id = q.design_id "
            "LEFT JOIN tech_pack_revisions r ON r.id = q.tech_pack_revision_id"),
    base="quotes q",
    order=("d.code COLLATE NOCASE", "s.name COLLATE NOCASE", "q.quoted_on"),
    sorts={
        "design": "d.code COLLATE NOCASE",
        "supplier": "s.name COLLATE NOCASE",
        "reference": "q.reference COLLATE NOCASE",
        "quoted": "q.quoted_on",
        "valid_until": "q.valid_until",
        "moq": "q.moq",
        "development": "(SELECT total(CAST(amount AS REAL)) FROM quote_fees f "
                       "WHERE f.quote_id = q.id)",
        "incoterm": "q.incoterm",
        "lead_time": "q.production_lead_time_days",
        "revision": "coalesce(r.revision, '')",
        "tiers": "(SELECT CAST(unit_price AS REAL) FROM quote_tiers t WHERE t.quote_id = q.id "
                 "ORDER BY min_quantity LIMIT 1)",
    },
    filters={"design_id": "q.design_id = ?", "supplier_id": "q.supplier_id = ?"},
    # 100,000 quotes in design-code order: the designs by their code's index, each one's
    # quotes by quotes_design, sorted by supplier a design at a time (a third quicker than
    # sorting every quote at once)
    default_tables=("designs d CROSS JOIN quotes q ON q.design_id = d.id "
                    "JOIN suppliers s ON s.id = q.supplier_id "
                    "LEFT JOIN tech_pack_revisions r ON r.id = q.tech_pack_revision_id"))

SAMPLE_STATE = ("coalesce(nullif(r.decision, ''), CASE WHEN nullif(r.received_on, '') IS NULL "
                "THEN 'requested' ELSE 'received' END)")

SAMPLES = Listing(
    kind=SAMPLE, id_column="r.id",
    tables=("sample_rounds r JOIN designs d ON d.id = r.design_id "
            "JOIN suppliers s ON s.id = r.supplier_id "
            "LEFT JOIN tech_pack_revisions t ON t.id = r.tech_pack_revision_id"),
    base="sample_rounds r",
    order=("d.code COLLATE NOCASE", "s.name COLLATE NOCASE", "r.round_number"),
    sorts={
        "design": "d.code COLLATE NOCASE",
        "supplier": "s.name COLLATE NOCASE",
        "round": "r.round_number",
        "state": SAMPLE_STATE,
        "revision": "coalesce(t.revision, '')",
        "requested": "r.requested_on",
        "received": "r.received_on",
        "qc_passed": "(SELECT count(*) FROM qc_checks c WHERE c.sample_round_id = r.id "
                     "AND c.result = 'pass')",
        "qc_failed": "(SELECT count(*) FROM qc_checks c WHERE c.sample_round_id = r.id "
                     "AND c.result = 'fail')",
    },
    filters={"design_id": "r.design_id = ?", "supplier_id": "r.supplier_id = ?"},
    search_alternatives={
        "states": f"{SAMPLE_STATE} IN (?)",
        # approved with deviations (a reason kept): the decisions whose words were typed
        "deviated": "(nullif(r.deviation_reason, '') IS NOT NULL AND r.decision IN (?))"})
