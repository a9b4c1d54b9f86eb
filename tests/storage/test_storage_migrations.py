"""Schema migrations: a copy is kept before migrating, and a failed migration changes nothing.

A future release is simulated by a migration set holding today's migrations plus a test one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import storage_helpers as make
from sqlite_utils import Database
from storage_helpers import query, sha256, sidecars

from jewelbench.storage import Workspace, WorkspaceError, schema

CODES = ["RG-000", "RG-001", "RG-002"]
TODAY = schema.SCHEMA_VERSION
FUTURE = TODAY + 1
TODAYS_MIGRATIONS = [name for name, _ in schema._STEPS]


@pytest.fixture
def version_1(tmp_path) -> Path:
    """A closed workspace at today's schema holding three designs."""
    path = tmp_path / "studio.jewelbench"
    with Workspace.create(path) as workspace:
        for code in CODES:
            workspace.designs.add(make.design(code))
    return path


def install_future(monkeypatch, second_migration) -> None:
    """Make this app believe it is a release whose schema has one more migration."""
    future, version = make.future_migrations(second_migration)
    monkeypatch.setattr(schema, "migrations", future)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", version)


def add_finish_column(db: Database) -> None:
    db.execute("ALTER TABLE designs ADD COLUMN finish TEXT NOT NULL DEFAULT 'polished'")


def columns(path: Path, table: str) -> list[str]:
    return [row[1] for row in query(path, f"PRAGMA table_info({table})")]


def applied(path: Path) -> list[str]:
    return [row[0] for row in query(
        path, "SELECT name FROM _sqlite_migrations WHERE migration_set = 'jewelbench' "
              "ORDER BY id")]


def backups_of(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.before-schema-*{path.suffix}"))


def test_the_app_knows_its_migrations_in_order_today():
    assert schema.known_migration_names() == ["m001_initial_schema", "m002_tech_pack_details",
                                              "m003_rfqs", "m004_costing_inputs",
                                              "m005_sample_deviations", "m006_customs_rules",
                                              "m007_inhouse_model", "m009_plan_orders",
                                              "m008_cost_basis_margin", "m010_list_indexes",
                                              "m011_search_index", "m012_supplier_language"]
    assert schema.SCHEMA_VERSION == 12


def test_opening_an_older_workspace_migrates_it_after_keeping_a_copy(version_1, monkeypatch):
    install_future(monkeypatch, add_finish_column)
    with Workspace.open(version_1) as workspace:
        backup = workspace.pre_migration_backup
        assert backup is not None and backup.exists()
        assert backup.parent == version_1.parent
        assert backup.suffix == ".jewelbench"
        assert backup.name.startswith(f"studio.before-schema-{FUTURE}-")
        assert backups_of(version_1) == [backup]
        assert workspace.schema_version == FUTURE
        # the migrated file works through the app: the designs are all there
        assert [s.code for s in workspace.designs.summaries()] == CODES
        assert workspace.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1

    # the copy is the file as it was: today's schema, same designs, no new column, standalone
    assert sidecars(backup) == []
    assert backup.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: readable anywhere
    assert applied(backup) == TODAYS_MIGRATIONS
    assert query(backup, "PRAGMA user_version") == [(TODAY,)]
    assert query(backup, "SELECT code FROM designs ORDER BY code") == [(c,) for c in CODES]
    assert "finish" not in columns(backup, "designs")
    assert query(backup, "PRAGMA integrity_check") == [("ok",)]
    assert query(backup, "SELECT count(*) FROM design_images") == [(2 * len(CODES),)]

    # the workspace itself now has the new column, filled for the old rows
    assert applied(version_1) == [*TODAYS_MIGRATIONS, make.future_migration_name()]
    assert query(version_1, "PRAGMA user_version") == [(FUTURE,)]
    assert "finish" in columns(version_1, "designs")
    assert query(version_1, "SELECT DISTINCT finish FROM designs") == [("polished",)]


def test_the_pre_migration_copy_opens_with_the_older_app(version_1, monkeypatch):
    install_future(monkeypatch, add_finish_column)
    with Workspace.open(version_1) as workspace:
        backup = workspace.pre_migration_backup
    monkeypatch.undo()  # back to today's app
    with Workspace.open(backup) as old:
        assert old.schema_version == TODAY
        assert old.pre_migration_backup is None
        assert [s.code for s in old.designs.summaries()] == CODES
    # while the migrated file is now too new for that app
    with pytest.raises(WorkspaceError, match="newer jewelbench"):
        Workspace.open(version_1)


def test_an_up_to_date_workspace_is_not_copied_again(version_1, monkeypatch):
    install_future(monkeypatch, add_finish_column)
    Workspace.open(version_1).close()
    with Workspace.open(version_1) as again:
        assert again.pre_migration_backup is None
        assert again.schema_version == FUTURE
    assert len(backups_of(version_1)) == 1


def test_a_new_workspace_is_created_at_the_newest_schema_without_a_copy(tmp_path, monkeypatch):
    install_future(monkeypatch, add_finish_column)
    path = tmp_path / "fresh.jewelbench"
    with Workspace.create(path) as workspace:
        assert workspace.schema_version == FUTURE
        assert workspace.pre_migration_backup is None
    assert "finish" in columns(path, "designs")
    assert query(path, "PRAGMA user_version") == [(FUTURE,)]
    assert backups_of(path) == []


def test_a_failing_migration_leaves_the_file_at_its_version_with_its_data(version_1, monkeypatch):
    def half_done_then_fail(db: Database) -> None:
        add_finish_column(db)
        db.execute("DELETE FROM bom_metals")
        raise RuntimeError("disk quota exceeded")

    data_before = query(version_1, "SELECT * FROM bom_metals ORDER BY id")
    install_future(monkeypatch, half_done_then_fail)
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(version_1)
    error = caught.value
    assert isinstance(error.__cause__, RuntimeError)
    assert "disk quota exceeded" in error.reason
    assert "\n" not in str(error)

    [backup] = backups_of(version_1)
    assert str(backup) in error.reason  # the user is told where the copy is
    assert sidecars(version_1) == []
    for path in (version_1, backup):
        assert applied(path) == TODAYS_MIGRATIONS
        assert "finish" not in columns(path, "designs")
        assert query(path, "SELECT * FROM bom_metals ORDER BY id") == data_before
        assert query(path, "SELECT code FROM designs ORDER BY code") == [(c,) for c in CODES]
        assert query(path, "PRAGMA integrity_check") == [("ok",)]
    assert query(version_1, "PRAGMA user_version") == [(TODAY,)]

    monkeypatch.undo()
    with Workspace.open(version_1) as workspace:  # today's app still opens it
        assert workspace.designs.count() == len(CODES)
        assert workspace.designs.get_by_code("RG-000").metals


def test_a_failing_migration_can_be_retried_once_fixed(version_1, monkeypatch):
    def fail(db: Database) -> None:
        raise sqlite3.OperationalError("simulated")

    install_future(monkeypatch, fail)
    with pytest.raises(WorkspaceError):
        Workspace.open(version_1)
    install_future(monkeypatch, add_finish_column)
    with Workspace.open(version_1) as workspace:
        assert workspace.schema_version == FUTURE
        assert workspace.pre_migration_backup is not None


def test_a_workspace_refused_as_too_new_is_not_copied_or_changed(version_1, monkeypatch):
    install_future(monkeypatch, add_finish_column)
    Workspace.open(version_1).close()
    monkeypatch.undo()
    before = sha256(version_1)
    copies = backups_of(version_1)
    report = Workspace.check(version_1)
    assert not report.ok
    assert report.schema_version == FUTURE
    assert "newer" in report.error
    assert sha256(version_1) == before
    assert backups_of(version_1) == copies


def test_two_files_whose_copies_would_share_a_name_each_keep_their_own(version_1, monkeypatch):
    """'studio' and 'studio.jewelbench' upgraded in the same second would both be copied to
    'studio.before-schema-N-<time>.jewelbench': the second copy takes the next free name,
    never the first one's place."""
    import shutil

    twin = version_1.with_name("studio")  # the same workspace, saved without its suffix
    shutil.copyfile(version_1, twin)
    with Workspace.create(version_1.with_name("other.jewelbench")) as other:
        other.designs.add(make.design("OT-1"))
    shutil.copyfile(version_1.with_name("other.jewelbench"), twin)  # a different workspace
    install_future(monkeypatch, add_finish_column)
    import datetime as dt

    from jewelbench.storage import workspace as workspace_module

    class FrozenClock(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return dt.datetime(2026, 12, 6, 12, 0, 0)

    monkeypatch.setattr(workspace_module.dt, "datetime", FrozenClock)
    with Workspace.open(version_1) as first, Workspace.open(twin) as second:
        copies = {first.pre_migration_backup, second.pre_migration_backup}
    assert sorted(p.name for p in copies) == [
        f"studio.before-schema-{FUTURE}-20261206-120000-2.jewelbench",
        f"studio.before-schema-{FUTURE}-20261206-120000.jewelbench"]
    codes = sorted(row[0] for copy in copies
                   for row in query(copy, "SELECT code FROM designs"))
    assert codes == sorted([*CODES, "OT-1"])  # each file's own copy, neither overwritten
