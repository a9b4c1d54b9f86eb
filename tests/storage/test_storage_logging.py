"""What storage writes into the log, so a bug report carries its story (issue 18): creating and
opening a workspace, each migration, upgrades, backups and restores at INFO; a refused opening,
a refused write and damage at WARNING. File names only, never a folder's path or the user's
data. Real files, real logging records (caplog), one logger per module under "jewelbench.".
"""

from __future__ import annotations

import logging
import sqlite3

import pytest
import storage_helpers as make

from jewelbench.storage import DiskFull, Workspace, WorkspaceError, schema
from jewelbench.storage.backups import Backups


def said(caplog, level: int) -> list[str]:
    return [record.getMessage() for record in caplog.records
            if record.levelno == level and record.name.startswith("jewelbench.storage")]


def test_creating_a_workspace_logs_each_migration_and_the_new_file(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="jewelbench")
    path = tmp_path / "studio.jewelbench"
    with Workspace.create(path, base_currency="eur"):
        pass
    info = said(caplog, logging.INFO)
    assert [line for line in info if line.startswith("Applying migration")] == [
        f"Applying migration {name}" for name, _ in schema._STEPS]
    assert (f"Created workspace studio.jewelbench (schema {schema.SCHEMA_VERSION}, base "
            "currency EUR)") in info
    assert not any(str(tmp_path) in line for line in info)  # the file's name, not its folder


def test_opening_logs_the_file_and_its_schema_and_a_refusal_as_a_warning(tmp_path, caplog):
    path = tmp_path / "studio.jewelbench"
    Workspace.create(path).close()
    caplog.set_level(logging.INFO, logger="jewelbench")
    with Workspace.open(path, read_only=True):
        pass
    assert (f"Opened workspace studio.jewelbench (schema {schema.SCHEMA_VERSION}, read-only)"
            in said(caplog, logging.INFO))

    not_ours = tmp_path / "notes.jewelbench"
    not_ours.write_text("shopping list")
    with pytest.raises(WorkspaceError):
        Workspace.open(not_ours)
    assert said(caplog, logging.WARNING) == [
        "Opening notes.jewelbench refused: this is not a jewelbench workspace (not an SQLite "
        "database)"]


def test_a_backup_and_a_restore_are_logged(make_workspace, tmp_path, caplog):
    workspace = make_workspace("studio")
    workspace.designs.add(make.design("RG-014"))
    backups = Backups(workspace, tmp_path / "backups")
    caplog.set_level(logging.INFO, logger="jewelbench")
    taken = backups.take("manual")
    workspace.designs.add(make.design("RG-015"))
    before = backups.restore(taken)
    info = said(caplog, logging.INFO)
    assert any(line.startswith(f"Backup (manual) of studio.jewelbench written: "
                               f"{taken.path.name}, {taken.size} bytes in ") for line in info)
    assert (f"Backup {taken.path.name} restored into studio.jewelbench (what it held before: "
            f"{before.path.name})") in info
    assert [s.code for s in workspace.designs.summaries()] == ["RG-014"]


def test_a_refused_write_and_damage_are_warnings(make_workspace, caplog):
    workspace = make_workspace()
    conn = workspace.db.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    caplog.set_level(logging.INFO, logger="jewelbench")
    with pytest.raises(DiskFull):
        workspace.designs.add(make.design("RG-900", images=[make.DesignImage(
            bytes(range(256)) * 2000, b"\x89PNG", "image/png", 4000, 3000)]))
    assert said(caplog, logging.WARNING) == [
        "A write was refused (SQLITE_FULL): The disk is full, so nothing was saved. Free some "
        "space and try again."]

    caplog.clear()
    conn.execute(f"PRAGMA max_page_count = {1073741823}")
    other = sqlite3.connect(workspace.path)
    other.execute("DROP TABLE bom_packaging")
    other.commit()
    other.close()
    with pytest.raises(Exception, match="the workspace file is damaged"):
        workspace.designs.get_many([1])
    warnings = said(caplog, logging.WARNING)
    assert len(warnings) == 1 and warnings[0].startswith(
        "A read met damage: the workspace file is damaged (no such table: bom_packaging")
