"""Crash consistency of restores: whatever lies beside a workspace file after a crash, a copy
or a restore, opening it either shows every one of the workspace's designs, whole, or is refused
and leaves the file byte-for-byte as it was.

The cases are what SQLite's "How To Corrupt An SQLite Database File" names for restores: the
write-ahead log of another database beside the file, a stale log of an older state beside a
backup copied over the file, a hot rollback journal beside it, and a truncated file. Each is
opened as the window opens a file (full_check=False, the quick check in the background) and as
the command line does (full_check=True).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import fault_helpers
import pytest
import writer

from jewelbench.domain.suppliers import Supplier
from jewelbench.storage import Workspace, WorkspaceError
from jewelbench.storage.opening import quick_check

PAGE = 4096


@dataclass
class Expected:
    """The designs the user must find (code -> image digests), and those that may also be
    there, whole (what a crash's log that fits the file exactly holds)."""

    images: dict[str, list[str]]
    may_also: dict[str, list[str]] = field(default_factory=dict)


def fill(path: Path, seed: int, count: int) -> None:
    """Save count designs (full BOM, two images, a quote each), one action per design."""
    workspace = Workspace.open(path) if path.exists() else Workspace.create(path)
    with workspace:
        supplier_id = workspace.suppliers.id_for_name(writer.SUPPLIER_NAME)
        if supplier_id is None:
            supplier_id = workspace.suppliers.add(Supplier(writer.SUPPLIER_NAME, "IT", "EUR"))
        designs = writer.designs_to_save(seed)
        for _ in range(count):
            with workspace.transaction():
                design_id = workspace.designs.add(next(designs))
                workspace.quotes.add(writer.quote(supplier_id, design_id))


def images_in(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        return fault_helpers.image_digests(conn)
    finally:
        conn.close()


def crashed_with_wal(path: Path, seed: int, count: int) -> bytes:
    """Save count more designs into path and return its -wal as a crash leaves it (the designs
    committed, not yet checkpointed into the file); the file is then closed normally."""
    workspace = Workspace.open(path)
    supplier_id = workspace.suppliers.id_for_name(writer.SUPPLIER_NAME)
    assert supplier_id is not None
    designs = writer.designs_to_save(seed)
    for _ in range(count):
        with workspace.transaction():
            design_id = workspace.designs.add(next(designs))
            workspace.quotes.add(writer.quote(supplier_id, design_id))
    wal = Path(str(path) + "-wal").read_bytes()
    workspace.close()
    assert len(wal) > PAGE
    return wal


def backup_of(path: Path, target: Path) -> None:
    with Workspace.open(path) as workspace:
        workspace.save_copy_as(target)  # SQLite's backup API; rollback mode, as every backup
    assert target.read_bytes()[18:20] == b"\x01\x01"


def crashed_mid_transaction(path: Path) -> tuple[bytes, bytes]:
    """The file and its hot journal as a crash in a rollback-mode transaction leaves them."""
    work = path.with_name("crashing.jewelbench")
    shutil.copyfile(path, work)
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA cache_size = 2")  # spill changed pages into the file before commit
    conn.execute("BEGIN")
    conn.execute("UPDATE designs SET name = name || ' — half saved'")
    conn.execute("DELETE FROM design_images WHERE position > 0")
    conn.execute("DELETE FROM quotes")
    crashed = work.read_bytes(), Path(str(work) + "-journal").read_bytes()
    conn.execute("ROLLBACK")
    conn.close()
    work.unlink()
    assert crashed[1][:8] == bytes.fromhex("d9d505f920a163d7")
    return crashed


# --- the cases: each makes folder/"studio.jewelbench" and what must be found in it -----------


def other_apps_wal(folder: Path) -> Expected:
    path = folder / "studio.jewelbench"
    fill(path, 1, 5)
    other = folder / "inventory.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE stock (id INTEGER PRIMARY KEY, item TEXT, picture BLOB)")
    noise = random.Random(3)
    conn.executemany("INSERT INTO stock (item, picture) VALUES (?, ?)",
                     [(f"item {n}", noise.randbytes(3000)) for n in range(120)])
    conn.commit()
    shutil.copyfile(str(other) + "-wal", str(path) + "-wal")
    conn.close()
    return Expected(images_in(path))


def another_workspaces_wal(folder: Path) -> Expected:
    path = folder / "studio.jewelbench"
    fill(path, 1, 5)
    (folder / "other").mkdir()
    other = folder / "other" / "studio.jewelbench"
    fill(other, 2, 3)
    Path(str(path) + "-wal").write_bytes(crashed_with_wal(other, 3, 2))
    return Expected(images_in(path))


def stale_wal_beside_restored_backup(folder: Path) -> Expected:
    path = folder / "studio.jewelbench"
    fill(path, 1, 4)
    backup = folder / "backup.jewelbench"
    backup_of(path, backup)
    stale = crashed_with_wal(path, 2, 3)  # the app crashed after more work …
    shutil.copyfile(backup, path)  # … and the user copied the backup over the file
    Path(str(path) + "-wal").write_bytes(stale)
    return Expected(images_in(backup))


def stale_wal_beside_a_copy_put_back_by_hand(folder: Path) -> Expected:
    """The closed file copied aside by hand (WAL mode, no log), work done, a crash, and the
    copy put back over the file with the crash's log still beside it."""
    path = folder / "studio.jewelbench"
    fill(path, 1, 4)
    kept = folder / "kept by hand.jewelbench"
    shutil.copyfile(path, kept)
    stale = crashed_with_wal(path, 2, 3)
    crashed = images_in(path)
    shutil.copyfile(kept, path)
    Path(str(path) + "-wal").write_bytes(stale)
    # The log was written over exactly this file: SQLite cannot tell it from the file's own
    # log after a crash, and replays it. The crash's designs then come back too, whole.
    kept_images = images_in(kept)
    return Expected(kept_images, {code: digests for code, digests in crashed.items()
                                  if code not in kept_images})


def stale_wal_across_a_checkpoint_beside_a_copy_put_back_by_hand(folder: Path) -> Expected:
    """As above, but the log was begun after a checkpoint the copy never saw: replaying it
    over the copy would mix two moments of the workspace."""
    path = folder / "studio.jewelbench"
    fill(path, 1, 4)
    kept = folder / "kept by hand.jewelbench"
    shutil.copyfile(path, kept)
    fill(path, 2, 2)  # more work, checkpointed into the file when it was closed
    stale = crashed_with_wal(path, 3, 2)
    shutil.copyfile(kept, path)
    Path(str(path) + "-wal").write_bytes(stale)
    return Expected(images_in(kept))


def stale_committing_journal_beside_restored_backup(folder: Path) -> Expected:
    """A journal left by a crash in the middle of a commit (page 1 already in it) of an
    older copy, beside a newer backup restored over it."""
    path = folder / "studio.jewelbench"
    fill(path, 1, 3)
    old = folder / "old.jewelbench"
    backup_of(path, old)
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("BEGIN")
    conn.execute("UPDATE workspace_settings SET value = value || '!' WHERE key = 'name'")
    conn.execute("DELETE FROM quotes")
    conn.execute("PRAGMA cache_size = 1")
    conn.execute("UPDATE designs SET name = name || '?'")
    journal = Path(str(old) + "-journal").read_bytes()
    conn.execute("ROLLBACK")
    conn.close()
    fill(path, 2, 3)
    backup = folder / "backup.jewelbench"
    backup_of(path, backup)
    shutil.copyfile(backup, path)
    Path(str(path) + "-journal").write_bytes(journal)
    return Expected(images_in(path))


def own_hot_journal(folder: Path) -> Expected:
    path = folder / "studio.jewelbench"
    fill(path, 1, 5)
    backup = folder / "backup.jewelbench"
    backup_of(path, backup)
    shutil.copyfile(backup, path)  # a restored backup: rollback mode
    expected = Expected(images_in(path))
    data, journal = crashed_mid_transaction(path)
    path.write_bytes(data)
    Path(str(path) + "-journal").write_bytes(journal)
    return expected


def another_workspaces_hot_journal(folder: Path) -> Expected:
    path = folder / "studio.jewelbench"
    fill(path, 1, 5)
    backup = folder / "backup.jewelbench"
    backup_of(path, backup)
    shutil.copyfile(backup, path)
    (folder / "other").mkdir()
    other = folder / "other" / "other.jewelbench"
    fill(other, 2, 3)
    backup_of(other, folder / "other" / "other rollback.jewelbench")
    _, journal = crashed_mid_transaction(folder / "other" / "other rollback.jewelbench")
    Path(str(path) + "-journal").write_bytes(journal)
    return Expected(images_in(path))


def stale_hot_journal_beside_restored_backup(folder: Path) -> Expected:
    path = folder / "studio.jewelbench"
    fill(path, 1, 3)
    old = folder / "old.jewelbench"
    backup_of(path, old)
    _, journal = crashed_mid_transaction(old)  # a crash while the old copy was in use …
    fill(path, 2, 3)
    backup = folder / "backup.jewelbench"
    backup_of(path, backup)
    shutil.copyfile(backup, path)  # … and a newer backup restored over it
    Path(str(path) + "-journal").write_bytes(journal)
    return Expected(images_in(path))


def truncated(keep: Callable[[int], int], rollback: bool, with_wal: bool = False
              ) -> Callable[[Path], Expected]:
    def make(folder: Path) -> Expected:
        path = folder / "studio.jewelbench"
        fill(path, 1, 5)
        wal = b""
        if rollback:
            backup = folder / "backup.jewelbench"
            backup_of(path, backup)
            shutil.copyfile(backup, path)
        if with_wal:
            wal = crashed_with_wal(path, 2, 1)
        expected = Expected(images_in(path))
        data = path.read_bytes()
        path.write_bytes(data[:keep(len(data))])
        if with_wal:
            Path(str(path) + "-wal").write_bytes(wal)
        return expected
    return make


CASES: dict[str, Callable[[Path], Expected]] = {
    "wal of another app's database": other_apps_wal,
    "wal of another workspace": another_workspaces_wal,
    "stale wal beside a restored backup": stale_wal_beside_restored_backup,
    "stale wal beside a copy put back by hand": stale_wal_beside_a_copy_put_back_by_hand,
    "stale wal across a checkpoint beside a copy put back by hand":
        stale_wal_across_a_checkpoint_beside_a_copy_put_back_by_hand,
    "stale committing journal beside a restored backup":
        stale_committing_journal_beside_restored_backup,
    "its own hot journal": own_hot_journal,
    "hot journal of another workspace": another_workspaces_hot_journal,
    "stale hot journal beside a restored backup": stale_hot_journal_beside_restored_backup,
    "truncated to half": truncated(lambda n: n // 2, rollback=False),
    "truncated by one page": truncated(lambda n: n - PAGE, rollback=False),
    "truncated backup to half": truncated(lambda n: n // 2, rollback=True),
    "truncated backup by one page": truncated(lambda n: n - PAGE, rollback=True),
    "truncated backup inside a page": truncated(lambda n: n - 100, rollback=True),
    "truncated with its log beside": truncated(lambda n: n // 2, rollback=False, with_wal=True),
}


@pytest.mark.parametrize("full_check", [False, True], ids=["window", "command line"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_restored_workspace_opens_whole_or_is_refused_untouched(tmp_path, case, full_check):
    expected = CASES[case](tmp_path)
    path = tmp_path / "studio.jewelbench"
    assert expected.images, "the case left designs to look for"
    before = path.read_bytes()
    try:
        workspace = Workspace.open(path, full_check=full_check)
    except WorkspaceError as refused:
        assert refused.path == path
        assert path.read_bytes() == before, "refused, and the file was changed"
        return
    with workspace:
        conn = workspace.db.conn
        found = fault_helpers.image_digests(conn)
        assert {code: found.get(code) for code in expected.images} == expected.images
        assert {code: found[code] for code in found if code not in expected.images} == {
            code: expected.may_also.get(code) for code in found if code not in expected.images}
        assert fault_helpers.incomplete_designs(conn) == []
    assert quick_check(path) == ["ok"]  # what the window's background check then finds
    assert images_in(path) == found  # and what is in the file once closed
    conn = sqlite3.connect(path)
    try:
        assert fault_helpers.health_problems(conn) == []
    finally:
        conn.close()
