"""Every foreign key has an index that covers it, and reading a record or a list looks its
children up by index instead of reading a whole child table (issue 16: 885 s to open the
Quotes list at 100,000 quotes while `quote_fees(quote_id)` had no index)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import storage_helpers as make

from jewelbench.domain.techpacks import RevisionStatus, TechPackRevision
from jewelbench.storage import Workspace

SCHEMA_9 = Path(__file__).parent / "workspaces" / "schema-9.jewelbench"


def uncovered_foreign_keys(conn: sqlite3.Connection) -> list[str]:
    """'table(columns) -> parent' for each foreign key whose columns are not the first columns
    of one of the table's indexes (or its INTEGER PRIMARY KEY): deleting a parent, or reading
    its children, would then read the whole table."""
    missing = []
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        indexes = [[info[2] for info in conn.execute(f"PRAGMA index_info('{index[1]}')")]
                   for index in conn.execute(f"PRAGMA index_list('{table}')")]
        rowid = [column[1] for column in conn.execute(f"PRAGMA table_info('{table}')")
                 if column[5] == 1 and column[2].upper() == "INTEGER"]
        pk_columns = sum(1 for column in conn.execute(f"PRAGMA table_info('{table}')")
                         if column[5])
        if pk_columns == 1 and rowid:
            indexes.append(rowid)
        keys: dict[int, tuple[str, list[str]]] = {}
        for fk in conn.execute(f"PRAGMA foreign_key_list('{table}')"):
            keys.setdefault(fk[0], (fk[2], []))[1].append(fk[3])
        for parent, columns in keys.values():
            if not any(set(index[:len(columns)]) == set(columns) for index in indexes):
                missing.append(f"{table}({', '.join(columns)}) -> {parent}")
    return sorted(missing)


def test_a_new_workspace_indexes_every_foreign_key(tmp_path):
    Workspace.create(tmp_path / "new.jewelbench").close()
    with sqlite3.connect(tmp_path / "new.jewelbench") as conn:
        assert uncovered_foreign_keys(conn) == []


def test_the_check_finds_a_foreign_key_without_an_index():
    conn = sqlite3.connect(":memory:")
    conn.executescript("""
        CREATE TABLE parent (id INTEGER PRIMARY KEY);
        CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id),
                            kind TEXT);
        CREATE TABLE other (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id));
        CREATE INDEX other_kind ON child (kind, parent_id);  -- the key second covers nothing
    """)
    assert uncovered_foreign_keys(conn) == ["child(parent_id) -> parent",
                                            "other(parent_id) -> parent"]
    conn.execute("CREATE INDEX child_parent ON child (parent_id, kind)")
    conn.execute("CREATE INDEX other_parent ON other (parent_id)")
    assert uncovered_foreign_keys(conn) == []


def test_an_older_workspace_gets_the_indexes_when_it_is_opened(tmp_path):
    path = tmp_path / "old.jewelbench"
    shutil.copy(SCHEMA_9, path)
    with sqlite3.connect(path) as conn:
        assert "quote_fees(quote_id) -> quotes" in uncovered_foreign_keys(conn)
    with Workspace.open(path) as workspace:
        assert len(workspace.quotes.summaries()) == 1  # nothing lost on the way
    with sqlite3.connect(path) as conn:
        assert uncovered_foreign_keys(conn) == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


# --- query plans ---------------------------------------------------------------------------

@contextmanager
def traced(workspace: Workspace) -> Iterator[list[str]]:
    """Every statement the workspace's connection runs meanwhile, with its values filled in."""
    statements: list[str] = []
    workspace.db.conn.set_trace_callback(statements.append)
    try:
        yield statements
    finally:
        workspace.db.conn.set_trace_callback(None)


def scans(workspace: Workspace, read: Callable[[], object]) -> list[tuple[str, str]]:
    """(table, statement) for each table that one of read()'s SELECTs reads whole, except the
    table a list query runs over (the first one after its outer FROM)."""
    with traced(workspace) as statements:
        read()
    found: list[tuple[str, str]] = []
    for sql in statements:
        if not sql.lstrip().upper().startswith("SELECT"):
            continue
        aliases: dict[str, str] = {}
        for table, alias in re.findall(r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?",
                                       sql, re.IGNORECASE):
            aliases[table] = table
            if alias and alias.upper() not in {"WHERE", "JOIN", "ON", "ORDER", "LEFT",
                                               "GROUP", "LIMIT", "INNER", "UNION"}:
                aliases[alias] = table
        flat, previous = sql, ""
        while flat != previous:  # subqueries and calls taken out, innermost first
            previous, flat = flat, re.sub(r"\([^()]*\)", "", flat)
        outer = re.search(r"^\s*SELECT\b.*?\bFROM\s+(\w+)", flat, re.IGNORECASE | re.DOTALL)
        driving = aliases.get(outer[1], outer[1]) if outer else ""
        for row in workspace.db.conn.execute("EXPLAIN QUERY PLAN " + sql):
            scan = re.match(r"SCAN (\w+)", row[3])
            table = aliases.get(scan[1], scan[1]) if scan else driving
            if table != driving:
                found.append((table, sql))
    return found


@pytest.fixture
def history(make_workspace):
    """Two designs, two suppliers, quotes and sample rounds with every child filled in."""
    workspace = make_workspace()
    ring = workspace.designs.add(make.design("RG-014"))
    pendant = workspace.designs.add(make.design("PD-003"))
    siam = workspace.suppliers.add(make.supplier())
    berica = workspace.suppliers.add(make.supplier("Berica"))
    revision = workspace.tech_packs.add(TechPackRevision(
        ring, "A", RevisionStatus.ISSUED, {"spec": 1}, dt.date(2025, 2, 1)))
    quotes = [workspace.quotes.add(make.quote(s, d)) for s in (siam, berica)
              for d in (ring, pendant)]
    rounds = [workspace.samples.add(make.sample_round(ring, siam, revision)),
              workspace.samples.add(make.sample_round(pendant, berica))]
    scenario = workspace.scenarios.add(make.scenario())
    return workspace, dict(design=ring, supplier=siam, quote=quotes[0], sample=rounds[0],
                           scenario=scenario)


def test_reading_one_record_reads_no_table_whole(history):
    """Opening a quote, a sample round, a supplier, a design or a scenario: each child row is
    found by index (EXPLAIN QUERY PLAN says SEARCH ... USING INDEX, never SCAN)."""
    workspace, ids = history
    reads = {
        "quote": lambda: workspace.quotes.get(ids["quote"]),
        "sample round": lambda: workspace.samples.get(ids["sample"]),
        "supplier": lambda: workspace.suppliers.get(ids["supplier"]),
        "design": lambda: workspace.designs.get(ids["design"]),
        "scenario": lambda: workspace.scenarios.get(ids["scenario"]),
        "design's quotes": lambda: workspace.quotes.for_design(ids["design"]),
        "design's rounds": lambda: workspace.samples.history(ids["design"]),
    }
    for what, read in reads.items():
        with traced(workspace) as statements:
            read()
        assert statements, what
        for sql in statements:
            if sql.rstrip().upper().endswith("LIMIT 0"):  # the column names only
                continue
            plan = [row[3] for row in workspace.db.conn.execute("EXPLAIN QUERY PLAN " + sql)]
            assert not [step for step in plan if step.startswith("SCAN ")], (what, sql, plan)


def test_the_lists_read_each_rows_children_by_index(history):
    """A list reads its own table once; the tiers, fees, checks, photos, BOM lines and counts
    beside each row are looked up by index, never by reading their table for every row."""
    workspace, _ = history
    lists = {
        "quotes": workspace.quotes.summaries,
        "sample rounds": workspace.samples.summaries,
        "designs": workspace.designs.summaries,
        "suppliers": workspace.suppliers.summaries,
        "one supplier's quotes": lambda: workspace.quotes.summaries(supplier_id=1),
    }
    for what, read in lists.items():
        assert scans(workspace, read) == [], what


def test_the_plan_check_sees_a_child_table_read_whole(history):
    """Without quote_fees' index the Quotes list reads every fee for every quote: caught."""
    workspace, _ = history
    workspace.db.conn.execute("DROP INDEX quote_fees_quote")
    assert [table for table, _ in scans(workspace, workspace.quotes.summaries)] == [
        "quote_fees"]
    with traced(workspace) as statements:
        workspace.quotes.get(1)
    plans = [row[3] for sql in statements
             for row in workspace.db.conn.execute("EXPLAIN QUERY PLAN " + sql)]
    assert "SCAN quote_fees" in plans
