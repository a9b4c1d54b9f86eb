"""A write-ahead log is replayed only over the file it was written over.

SQLite replays any log it finds beside a file: its frames name pages, not the database, so a
crash's log replayed over another jewelbench workspace, or over a copy of the same workspace
from another moment, mixes the two page by page. When the pages the log holds happen to fit
(two workspaces of the same schema, a log that never touched the pages that differ) SQLite's
checks find nothing wrong, and the workspace silently loses what the log wrote over: designs of
another workspace in place of the user's, or the work saved after the copy was made.

Every write transaction counts itself in the workspace's settings (the page that also holds
when the workspace was created), so a log says whose it is and at which saves it begins and
ends. A log that does not fit the file is moved aside, and the file opens as it was saved;
the log a crash left over its own file is replayed, whatever checkpoints ran before the crash.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import pytest
import storage_helpers as make

from jewelbench.domain.suppliers import Supplier
from jewelbench.storage import Workspace


def dump(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every row of every table, as a user's data (the save count aside)."""
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'search_index%'")]
    found = {table: conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
             for table in tables}
    found["workspace_settings"] = [row for row in found["workspace_settings"]
                                   if row[0] != "saves"]
    return found


def dump_of(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        return dump(conn)
    finally:
        conn.close()


def workspace_file(folder: Path, name: str = "studio", codes: tuple[str, ...] = (
        "RG-000", "RG-001", "RG-002")) -> Path:
    path = folder / f"{name}.jewelbench"
    with Workspace.create(path) as workspace:
        for code in codes:
            workspace.designs.add(make.design(code))
    return path


def crash(workspace: Workspace) -> tuple[bytes, bytes, dict[str, list[tuple]]]:
    """The file and its -wal as a crash would leave them now, and what the user had saved."""
    path = workspace.path
    state = (path.read_bytes(), Path(str(path) + "-wal").read_bytes(),
             dump(workspace.db.conn))
    workspace.close()
    return state


def put_back(path: Path, data: bytes, wal: bytes) -> None:
    path.write_bytes(data)
    Path(str(path) + "-wal").write_bytes(wal)


def opened(path: Path) -> tuple[dict[str, list[tuple]], list[str]]:
    """What the user finds on opening path as the window does, and what they are told; then
    what is in the file once it is closed must be the same."""
    with Workspace.open(path, full_check=False) as workspace:
        found, notices = dump(workspace.db.conn), list(workspace.notices)
    assert dump_of(path) == found
    assert Workspace.check(path).ok
    return found, notices


def strays(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + "-wal.stray-*"))


# --- logs that do not fit the file: moved aside ----------------------------------------------


def test_the_log_of_another_workspace_is_moved_aside_even_where_its_pages_fit(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    other = workspace_file(tmp_path / "elsewhere", "studio", ("OT-1",))
    time.sleep(1.1)  # created_at has whole seconds
    path = workspace_file(tmp_path)
    expected = dump_of(path)
    workspace = Workspace.open(other)
    for code in ("OT-2", "OT-3"):  # pages that are the same pages in both files
        workspace.designs.add(make.design(code))
    _, wal, _ = crash(workspace)
    Path(str(path) + "-wal").write_bytes(wal)

    found, notices = opened(path)

    assert found == expected
    assert len(notices) == 1 and "(it belongs to another workspace)" in notices[0]
    assert [stray.read_bytes() for stray in strays(path)] == [wal]


def test_a_crash_log_beside_a_later_copy_of_the_workspace_is_moved_aside(tmp_path):
    path = workspace_file(tmp_path)
    workspace = Workspace.open(path)
    workspace.designs.add(make.design("RG-100"))
    _, stale, _ = crash(workspace)  # closing checkpoints RG-100 into the file …
    with Workspace.open(path) as workspace:
        workspace.designs.add(make.design("RG-200"))  # … and the work goes on
    expected = dump_of(path)
    Path(str(path) + "-wal").write_bytes(stale)  # the old log comes back (a sync, a copy)

    found, notices = opened(path)

    assert found == expected
    assert "RG-200" in {row[1] for row in found["designs"]}
    assert len(notices) == 1 and "replaced by a later copy" in notices[0]
    assert [stray.read_bytes() for stray in strays(path)] == [stale]


def test_an_earlier_copy_put_back_beside_a_crash_log_opens_as_the_copy(tmp_path):
    """The log fits the copy's pages (SQLite's checks pass on the mixture), but the copy
    missed a save the log was written after: replaying would mix two moments."""
    path = workspace_file(tmp_path)
    with Workspace.open(path) as workspace:
        workspace.suppliers.add(Supplier("Siam Silver Works", "TH", "THB"))
    kept = path.read_bytes()  # copied aside by hand
    expected = dump_of(path)
    with Workspace.open(path) as workspace, workspace.transaction():
        workspace.db.execute("UPDATE suppliers SET name = 'Siam Silver Works Co.'")
    workspace = Workspace.open(path)
    with workspace.transaction():
        workspace.db.execute("UPDATE designs SET name = 'Renamed' WHERE code = 'RG-001'")
    _, wal, _ = crash(workspace)
    put_back(path, kept, wal)
    mixture = tmp_path / "mixture"
    mixture.mkdir()
    shutil.copyfile(path, mixture / path.name)
    shutil.copyfile(str(path) + "-wal", mixture / (path.name + "-wal"))
    conn = sqlite3.connect(mixture / path.name)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]  # SQLite sees no harm
    conn.close()

    found, notices = opened(path)

    assert found == expected
    assert len(notices) == 1 and "replaced by an earlier copy" in notices[0]


# --- the log a crash left over its own file: replayed ----------------------------------------


@pytest.mark.parametrize("moment", ["no checkpoint", "after a checkpoint", "after a restart"])
def test_the_log_a_crash_left_over_its_own_file_is_replayed_whole(tmp_path, moment):
    path = workspace_file(tmp_path)
    workspace = Workspace.open(path)
    if moment == "no checkpoint":
        workspace.designs.add(make.design("RG-100"))
    elif moment == "after a checkpoint":  # the file already holds part of the log
        workspace.designs.add(make.design("RG-100"))
        with workspace.db.ensure_autocommit_on():
            workspace.db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        workspace.designs.add(make.design("RG-101"))
    else:  # past SQLite's automatic checkpoint: the log began again over the file
        for number in range(220):
            workspace.designs.add(make.design(f"RS-{number:03d}"))
        header = Path(str(path) + "-wal").read_bytes()[:16]
        assert int.from_bytes(header[12:16], "big") > 0, "the log was never begun again"
    data, wal, saved = crash(workspace)
    put_back(path, data, wal)

    found, notices = opened(path)

    assert found == saved
    assert notices == [] and strays(path) == []


def test_a_crash_after_a_backup_was_restored_keeps_the_restore_and_what_was_typed_since(
        tmp_path):
    """Restoring copies the backup's pages in whole, its older save count with them; the count
    goes on from where the workspace was, so the log a crash leaves afterwards is still the
    file's own (it was set aside with the restore and everything typed since)."""
    from jewelbench.storage.backups import Backups

    path = workspace_file(tmp_path)
    workspace = Workspace.open(path)
    backup = Backups(workspace, tmp_path / "backups").take("manual")  # three designs
    for code in ("RG-010", "RG-011", "RG-012", "RG-013"):
        workspace.designs.add(make.design(code))
    workspace.close()

    workspace = Workspace.open(path)
    Backups(workspace, tmp_path / "backups").restore(backup)
    workspace.designs.add(make.design("RG-AFTER"))  # typed after the restore
    data, wal, saved = crash(workspace)
    put_back(path, data, wal)

    found, notices = opened(path)
    assert (found, notices, strays(path)) == (saved, [], [])
    assert [row[1] for row in found["designs"]] == ["RG-000", "RG-001", "RG-002", "RG-AFTER"]
