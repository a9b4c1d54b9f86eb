"""The search index behind the lists' search boxes (migration m011_search_index).

One FTS5 table, `search_index`, holds a row for every design, quote and sample round with
the text a user searches for: code, name, supplier, collection and notes. Its tokenizer is
`trigram`, so a search finds any part of a word ("dal" finds "Tidal"), case-insensitively, as
the lists did when they searched in memory. A row's rowid says what it is about:
`id * 4 + kind`, kind 1 a design, 2 a quote, 3 a sample round.

Triggers keep it current: a design, quote or round written or deleted (a design's or a
supplier's deletion cascades through its quotes and rounds, whose own triggers then fire),
and a design or supplier renamed (its quotes' and rounds' rows take the new name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

DESIGN, QUOTE, SAMPLE = 1, 2, 3

# what each kind's row holds, from its own row (NEW or OLD) and its design and supplier
_QUOTE_ROW = ("SELECT {row}.id * 4 + 2, d.code, d.name, s.name, d.collection, "
              "trim({row}.reference || ' ' || {row}.notes) FROM designs d, suppliers s "
              "WHERE d.id = {row}.design_id AND s.id = {row}.supplier_id")
_SAMPLE_ROW = ("SELECT {row}.id * 4 + 3, d.code, d.name, s.name, d.collection, "
               "trim({row}.notes || ' ' || {row}.dfm_feedback) FROM designs d, suppliers s "
               "WHERE d.id = {row}.design_id AND s.id = {row}.supplier_id")
_COLUMNS = "(rowid, code, name, supplier, collection, notes)"

STATEMENTS = [
    "CREATE VIRTUAL TABLE search_index USING fts5(code, name, supplier, collection, notes, "
    "tokenize = 'trigram')",
    # designs
    "CREATE TRIGGER search_designs_insert AFTER INSERT ON designs BEGIN "
    f"INSERT INTO search_index {_COLUMNS} VALUES (new.id * 4 + 1, new.code, new.name, '', "
    "new.collection, new.description); END",
    "CREATE TRIGGER search_designs_update AFTER UPDATE OF code, name, collection, description "
    "ON designs BEGIN "
    "DELETE FROM search_index WHERE rowid = old.id * 4 + 1; "
    f"INSERT INTO search_index {_COLUMNS} VALUES (new.id * 4 + 1, new.code, new.name, '', "
    "new.collection, new.description); END",
    "CREATE TRIGGER search_designs_renamed AFTER UPDATE OF code, name, collection ON designs "
    "WHEN old.code IS NOT new.code OR old.name IS NOT new.name "
    "OR old.collection IS NOT new.collection BEGIN "
    "UPDATE search_index SET code = new.code, name = new.name, collection = new.collection "
    "WHERE rowid IN (SELECT id * 4 + 2 FROM quotes WHERE design_id = new.id "
    "UNION ALL SELECT id * 4 + 3 FROM sample_rounds WHERE design_id = new.id); END",
    "CREATE TRIGGER search_designs_delete AFTER DELETE ON designs BEGIN "
    "DELETE FROM search_index WHERE rowid = old.id * 4 + 1; END",
    # suppliers: only their name is searched, in their quotes' and rounds' rows
    "CREATE TRIGGER search_suppliers_renamed AFTER UPDATE OF name ON suppliers "
    "WHEN old.name IS NOT new.name BEGIN "
    "UPDATE search_index SET supplier = new.name "
    "WHERE rowid IN (SELECT id * 4 + 2 FROM quotes WHERE supplier_id = new.id "
    "UNION ALL SELECT id * 4 + 3 FROM sample_rounds WHERE supplier_id = new.id); END",
    # quotes
    "CREATE TRIGGER search_quotes_insert AFTER INSERT ON quotes BEGIN "
    f"INSERT INTO search_index {_COLUMNS} {_QUOTE_ROW.format(row='new')}; END",
    "CREATE TRIGGER search_quotes_update AFTER UPDATE OF design_id, supplier_id, reference, "
    "notes ON quotes BEGIN "
    "DELETE FROM search_index WHERE rowid = old.id * 4 + 2; "
    f"INSERT INTO search_index {_COLUMNS} {_QUOTE_ROW.format(row='new')}; END",
    "CREATE TRIGGER search_quotes_delete AFTER DELETE ON quotes BEGIN "
    "DELETE FROM search_index WHERE rowid = old.id * 4 + 2; END",
    # sample rounds
    "CREATE TRIGGER search_samples_insert AFTER INSERT ON sample_rounds BEGIN "
    f"INSERT INTO search_index {_COLUMNS} {_SAMPLE_ROW.format(row='new')}; END",
    "CREATE TRIGGER search_samples_update AFTER UPDATE OF design_id, supplier_id, notes, "
    "dfm_feedback ON sample_rounds BEGIN "
    "DELETE FROM search_index WHERE rowid = old.id * 4 + 3; "
    f"INSERT INTO search_index {_COLUMNS} {_SAMPLE_ROW.format(row='new')}; END",
    "CREATE TRIGGER search_samples_delete AFTER DELETE ON sample_rounds BEGIN "
    "DELETE FROM search_index WHERE rowid = old.id * 4 + 3; END",
    # what the file holds already
    f"INSERT INTO search_index {_COLUMNS} SELECT id * 4 + 1, code, name, '', collection, "
    "description FROM designs",
    f"INSERT INTO search_index {_COLUMNS} SELECT q.id * 4 + 2, d.code, d.name, s.name, "
    "d.collection, trim(q.reference || ' ' || q.notes) FROM quotes q "
    "JOIN designs d ON d.id = q.design_id JOIN suppliers s ON s.id = q.supplier_id",
    f"INSERT INTO search_index {_COLUMNS} SELECT r.id * 4 + 3, d.code, d.name, s.name, "
    "d.collection, trim(r.notes || ' ' || r.dfm_feedback) FROM sample_rounds r "
    "JOIN designs d ON d.id = r.design_id JOIN suppliers s ON s.id = r.supplier_id",
]


def create_search_index(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
