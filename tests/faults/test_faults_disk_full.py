"""Disk full during a save: a clear message, a rollback, the data unchanged, the app usable.

First with SQLite's own ceiling (PRAGMA max_page_count on the workspace's connection), then,
where root may mount one, on a real 2 MB tmpfs that the saves fill up.
"""

from __future__ import annotations

import copy
import os
import random
import shutil
import sqlite3
import subprocess
from pathlib import Path

import fault_helpers
import pytest
import writer

from jewelbench.domain.designs import Design, DesignImage
from jewelbench.domain.suppliers import Supplier
from jewelbench.storage import DiskFull, Workspace, WriteError

UNLIMITED_PAGES = 1073741823  # SQLite's default max_page_count


def assert_says_disk_full(error: DiskFull) -> None:
    assert isinstance(error, WriteError)
    message = str(error)
    assert "disk is full" in message
    assert "nothing was saved" in message


def design_with_big_image(code: str, rng: random.Random) -> Design:
    design = writer.design(code, rng)
    design.images.append(DesignImage(rng.randbytes(500_000), b"\x89PNG" + rng.randbytes(64),
                                      "image/png", 4000, 3000, caption="full-size render"))
    return design


def save_with_quote(workspace: Workspace, design: Design, supplier_id: int) -> None:
    """One user action, as the design editor's Save does it: the design and its quote."""
    with workspace.transaction():
        design_id = workspace.designs.add(design)
        workspace.quotes.add(writer.quote(supplier_id, design_id))


@pytest.fixture
def workspace_near_its_limit(make_workspace):
    """A workspace with a design and a supplier, allowed only a few more pages."""
    workspace = make_workspace("nearly-full")
    rng = random.Random(7)
    supplier_id = workspace.suppliers.add(Supplier("Casting Co.", "IT", "EUR"))
    save_with_quote(workspace, writer.design("EXISTING-1", rng), supplier_id)
    conn = workspace.db.conn
    page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    limit = conn.execute(f"PRAGMA max_page_count = {page_count + 4}").fetchone()[0]
    assert limit == page_count + 4
    return workspace, supplier_id, rng


@pytest.mark.parametrize("action", ["add a design", "add a design with its quote",
                                    "add an image to a design"])
def test_a_save_beyond_max_page_count_is_refused_whole_and_can_be_retried(
        workspace_near_its_limit, action):
    workspace, supplier_id, rng = workspace_near_its_limit
    if action == "add an image to a design":
        design = workspace.designs.get_by_code("EXISTING-1")
        design.images.append(DesignImage(rng.randbytes(500_000), b"thumb", "image/jpeg", 1, 1))
        save = workspace.designs.update
    else:
        design = design_with_big_image("BIG-1", rng)
        save = (workspace.designs.add if action == "add a design"
                else lambda d: save_with_quote(workspace, d, supplier_id))
    in_the_form = copy.deepcopy(design)
    own_view_before = fault_helpers.content_hashes(workspace.db.conn)
    file_before = fault_helpers.file_content_hashes(workspace.path)

    with pytest.raises(DiskFull) as refused:
        save(design)

    assert_says_disk_full(refused.value)
    assert not workspace.db.conn.in_transaction
    assert design == in_the_form  # the user's edit is untouched, still without an id
    assert fault_helpers.content_hashes(workspace.db.conn) == own_view_before
    assert fault_helpers.file_content_hashes(workspace.path) == file_before
    conn = sqlite3.connect(str(workspace.path))
    try:
        assert fault_helpers.health_problems(conn) == []
    finally:
        conn.close()

    # space freed: the very same save now goes through
    workspace.db.conn.execute(f"PRAGMA max_page_count = {UNLIMITED_PAGES}")
    save(design)
    saved = workspace.designs.get_by_code(design.code)
    assert [image.image for image in saved.images] == [image.image for image in design.images]
    assert fault_helpers.file_content_hashes(workspace.path) != file_before


def test_a_save_refused_after_its_design_step_leaves_the_form_design_unsaved(
        workspace_near_its_limit):
    workspace, supplier_id, rng = workspace_near_its_limit
    workspace.db.conn.execute(f"PRAGMA max_page_count = {UNLIMITED_PAGES}")
    design = writer.design("FORM-1", rng)
    with pytest.raises(DiskFull), workspace.transaction():
        design_id = workspace.designs.add(design)
        # the disk fills up between the two steps of the one save
        conn = workspace.db.conn
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
        quote = writer.quote(supplier_id, design_id)
        quote.notes = "long notes " * 10_000  # needs pages the disk no longer has
        workspace.quotes.add(quote)
    assert workspace.designs.id_for_code("FORM-1") is None  # rolled back: holds today
    assert design.id is None  # the form still shows an unsaved design: fails today


# --- a real, small disk --------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs mounted for this test, unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a 2 MB tmpfs needs root")
    if shutil.which("mount") is None or shutil.which("umount") is None:
        pytest.skip("no mount/umount command on this machine")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip() or 'no reason given'})")
    try:
        yield mount_point
    finally:
        if subprocess.run(["umount", str(mount_point)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


@pytest.mark.integration
def test_filling_a_real_disk_refuses_the_save_that_does_not_fit_and_keeps_the_rest(
        small_disk: Path):
    path = small_disk / "full.jewelbench"
    workspace = Workspace.create(path)
    try:
        supplier_id = workspace.suppliers.add(Supplier("Casting Co.", "IT", "EUR"))
        committed: list[str] = []
        refused: DiskFull | None = None
        for design in writer.designs_to_save(seed=11):
            assert len(committed) < 100, "2 MB took 100 designs with images: no disk full"
            in_the_form = copy.deepcopy(design)
            before = fault_helpers.content_hashes(workspace.db.conn)
            try:
                save_with_quote(workspace, design, supplier_id)
            except DiskFull as error:
                refused = error
                break
            committed.append(design.code)
        assert refused is not None
        assert committed, "the disk was full before the first design"
        assert_says_disk_full(refused)
        assert not workspace.db.conn.in_transaction
        # the save was refused at COMMIT, after designs.add had given the design an id: the
        # rollback takes the id back too, so the form's design is exactly as typed
        assert design == in_the_form
        assert design.id is None
        assert fault_helpers.content_hashes(workspace.db.conn) == before

        conn = sqlite3.connect(str(path))
        try:
            assert fault_helpers.health_problems(conn) == []
            assert fault_helpers.incomplete_designs(conn) == []
            assert [row[0] for row in conn.execute("SELECT code FROM designs ORDER BY id")] \
                == committed
        finally:
            conn.close()

        # space freed: the same save goes through on the same open workspace
        grown = subprocess.run(["mount", "-o", "remount,size=16m", str(small_disk)],
                               capture_output=True, text=True)
        assert grown.returncode == 0, grown.stderr
        save_with_quote(workspace, design, supplier_id)
        committed.append(design.code)
    finally:
        workspace.close()

    assert Workspace.check(path).ok
    with Workspace.open(path) as reopened:
        assert [summary.code for summary in reopened.designs.summaries()] == sorted(committed)
        last = reopened.designs.get_by_code(design.code)
        assert [image.image for image in last.images] == [image.image for image in design.images]
