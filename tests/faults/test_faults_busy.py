"""Another program holds the write lock: the save waits within the busy timeout, then says so,
and the user's edit stays in the form, ready to be saved again once the lock is gone."""

from __future__ import annotations

import copy
import random
import select
import sqlite3
import subprocess
import sys
import textwrap
import time

import fault_helpers
import pytest
import writer

from jewelbench.domain.designs import Design
from jewelbench.domain.suppliers import Supplier
from jewelbench.storage import Workspace, WorkspaceLocked, WriteError
from jewelbench.storage import workspace as workspace_module
from jewelbench.ui.commands import refusal

BUSY_TIMEOUT_S = 0.5
# the program's own busy timeout, before the tests set their shorter one: the waits below are
# bounded by it, 10 times the test's. A save that waited that long did not give up by the
# test's timeout; a loaded machine makes a wait longer, not ten times longer
DEFAULT_BUSY_TIMEOUT_S = workspace_module.BUSY_TIMEOUT_S

# Plain sqlite3 in another process: it takes SQLite's write lock and holds it for a while.
HOLD_WRITE_LOCK = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("COMMIT")
""")


@pytest.fixture
def write_lock_holder():
    """Start a process that holds the workspace's write lock for hold_s, or until killed."""
    started = []

    def start(path, hold_s=120.0):
        process = subprocess.Popen([sys.executable, "-c", HOLD_WRITE_LOCK, str(path), str(hold_s)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        started.append(process)
        readable, _, _ = select.select([process.stdout], [], [], 30)
        line = process.stdout.readline() if readable else b""
        if line != b"locked\n":
            process.kill()
            _, stderr = process.communicate(timeout=30)
            pytest.fail(f"the lock holder did not lock ({line!r}):\n{stderr.decode()}")
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


@pytest.fixture
def shared_workspace(make_workspace, monkeypatch):
    """A workspace with a supplier, opened with a short busy timeout; (workspace, supplier)."""
    created = make_workspace("shared")
    supplier_id = created.suppliers.add(Supplier("Casting Co.", "IT", "EUR"))
    created.close()
    # the timeout is applied to the connection when a workspace is opened
    monkeypatch.setattr(workspace_module, "BUSY_TIMEOUT_S", BUSY_TIMEOUT_S)
    workspace = Workspace.open(created.path)
    yield workspace, supplier_id
    workspace.close()


def save_with_quote(workspace: Workspace, design: Design, supplier_id: int) -> None:
    """One user action, as the design editor's Save does it: the design and its quote."""
    with workspace.transaction():
        design_id = workspace.designs.add(design)
        workspace.quotes.add(writer.quote(supplier_id, design_id))


def timed_refusal(workspace: Workspace, design: Design, supplier_id: int
                  ) -> tuple[WorkspaceLocked, float]:
    started = time.monotonic()
    with pytest.raises(WorkspaceLocked) as refused:
        save_with_quote(workspace, design, supplier_id)
    return refused.value, time.monotonic() - started


def test_the_busy_timeout_can_be_set_per_test(shared_workspace):
    workspace, _ = shared_workspace
    timeout_ms = workspace.db.conn.execute("PRAGMA busy_timeout").fetchone()[0]
    assert timeout_ms == BUSY_TIMEOUT_S * 1000


@pytest.mark.integration
def test_a_save_while_another_program_writes_is_refused_whole_and_keeps_the_edit(
        shared_workspace, write_lock_holder):
    workspace, supplier_id = shared_workspace
    design = writer.design("BUSY-1", random.Random(3))
    in_the_form = copy.deepcopy(design)
    before = fault_helpers.content_hashes(workspace.db.conn)
    holder = write_lock_holder(workspace.path)

    error, waited = timed_refusal(workspace, design, supplier_id)

    assert waited < DEFAULT_BUSY_TIMEOUT_S, \
        f"gave up only after {waited:.2f} s with a {BUSY_TIMEOUT_S} s timeout"
    assert isinstance(error, WriteError)
    message = str(error)
    assert "Another program is writing to this workspace" in message
    assert "nothing was saved" in message
    assert "form" not in message  # storage speaks of the file; the window of its form:
    assert "still in the form" in refusal(error)
    assert not workspace.db.conn.in_transaction
    assert design == in_the_form  # the edit stays, still unsaved (no id)
    assert workspace.designs.id_for_code("BUSY-1") is None
    assert fault_helpers.content_hashes(workspace.db.conn) == before

    # the other program lets go: the same save, tried again, goes through
    holder.kill()
    holder.wait(timeout=30)
    save_with_quote(workspace, design, supplier_id)
    conn = sqlite3.connect(str(workspace.path))
    try:
        assert fault_helpers.health_problems(conn) == []
        assert fault_helpers.incomplete_designs(conn) == []
        assert conn.execute("SELECT code FROM designs").fetchall() == [("BUSY-1",)]
    finally:
        conn.close()


@pytest.mark.integration
def test_a_save_waits_for_the_busy_timeout_before_giving_up(shared_workspace,
                                                            write_lock_holder):
    workspace, supplier_id = shared_workspace
    write_lock_holder(workspace.path)
    _, waited = timed_refusal(workspace, writer.design("BUSY-2", random.Random(4)), supplier_id)
    # the program's own timer: it waits at least that long (a loaded machine only adds), and
    # gives up by it, not by the default
    assert BUSY_TIMEOUT_S * 0.9 <= waited < DEFAULT_BUSY_TIMEOUT_S, \
        f"gave up after {waited:.3f} s"


@pytest.mark.integration
def test_a_save_while_another_program_writes_briefly_waits_and_goes_through(
        shared_workspace, write_lock_holder):
    workspace, supplier_id = shared_workspace
    write_lock_holder(workspace.path, hold_s=BUSY_TIMEOUT_S / 5)
    save_with_quote(workspace, writer.design("BUSY-3", random.Random(5)), supplier_id)
    assert workspace.designs.id_for_code("BUSY-3") is not None
