"""SQLite's errors told apart by their code, not by words in their message (issue 18).

A write SQLite refuses for the disk, a lock or a read-only file becomes the WriteError that
says so; an error whose message merely contains one of those words ("full", "locked",
"readonly") is what it is, and a duplicate key is told by its constraint code. Real errors from
a real file throughout: a column named "full", a table named "locked", a page ceiling.
"""

from __future__ import annotations

import sqlite3

import pytest
import storage_helpers as make

from jewelbench.domain.designs import DesignImage
from jewelbench.storage import DiskFull, WorkspaceLocked, WriteError
from jewelbench.storage.repository import DuplicateError
from jewelbench.storage.store import is_busy, is_duplicate, is_duplicate_id, is_full


def test_a_misspelt_column_named_full_is_a_bug_not_a_full_disk(make_workspace):
    """Its message says 'no such column: full': once taken for a full disk (the user would
    have been told to free space); now the programming error it is."""
    workspace = make_workspace()
    with pytest.raises(sqlite3.OperationalError) as raised:
        workspace.db.execute("UPDATE designs SET full = 1")
    assert not isinstance(raised.value, WriteError)
    assert "full" in str(raised.value)
    assert not is_full(raised.value)


def test_a_table_named_locked_is_missing_not_busy(make_workspace):
    workspace = make_workspace()
    with pytest.raises(sqlite3.OperationalError) as raised:
        workspace.db.execute("DELETE FROM locked_readonly_notes")
    assert not isinstance(raised.value, WriteError)
    assert not is_busy(raised.value)


def test_the_page_ceiling_is_a_full_disk_whatever_sqlite_calls_it(make_workspace):
    workspace = make_workspace()
    conn = workspace.db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull) as refused:
        workspace.designs.add(make.design("RG-900", images=[DesignImage(
            bytes(range(256)) * 2000, b"\x89PNG", "image/png", 4000, 3000)]))
    assert "The disk is full, so nothing was saved" in str(refused.value)
    assert isinstance(refused.value.__cause__, sqlite3.OperationalError)
    assert refused.value.__cause__.sqlite_errorname == "SQLITE_FULL"
    assert workspace.designs.count() == 0


def test_a_write_waiting_on_another_program_is_workspace_locked(make_workspace):
    workspace = make_workspace()
    workspace.db.conn.execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(workspace.path, isolation_level=None, timeout=0.1)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(WorkspaceLocked) as refused:
            workspace.designs.add(make.design("RG-902"))
        assert is_busy(refused.value.__cause__)
        assert "Another program is writing to this workspace" in str(refused.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    workspace.designs.add(make.design("RG-902"))  # once it lets go, the same save goes through
    assert workspace.designs.id_for_code("RG-902") is not None


def test_duplicates_are_told_apart_by_constraint_code(make_workspace):
    workspace = make_workspace()
    design_id = workspace.designs.add(make.design("RG-903"))
    supplier_id = workspace.suppliers.add(make.supplier())
    first = make.sample_round(design_id, supplier_id)
    workspace.samples.add(first)
    # the same round number again for the design and supplier: a UNIQUE key
    again = make.sample_round(design_id, supplier_id)
    with pytest.raises(DuplicateError, match="Round 1 already exists for this design and "
                                             "supplier"):
        workspace.samples.add(again)
    # a round put back under an id another round has: the primary key
    taken = make.sample_round(design_id, supplier_id)
    taken.round_number, taken.id = 2, first.id
    with pytest.raises(DuplicateError, match=f"Sample round #{first.id} already exists"):
        workspace.samples.add(taken)

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT UNIQUE)")
    conn.execute("INSERT INTO t VALUES (1, 'a')")
    with pytest.raises(sqlite3.IntegrityError) as by_id:
        conn.execute("INSERT INTO t VALUES (1, 'b')")
    with pytest.raises(sqlite3.IntegrityError) as by_code:
        conn.execute("INSERT INTO t VALUES (2, 'a')")
    assert is_duplicate(by_id.value) and is_duplicate_id(by_id.value)
    assert is_duplicate(by_code.value) and not is_duplicate_id(by_code.value)
