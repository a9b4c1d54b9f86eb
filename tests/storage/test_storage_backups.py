"""Automatic backups: each one a checked, standalone snapshot; rotation; restore; recovery.

Real workspace files, a real writer process, SQLite's own checks: what a user relies on when
they open File ▸ Backups after a bad day.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import storage_helpers as make
from storage_helpers import sha256, sidecars

from jewelbench.storage import Workspace, backups, schema
from jewelbench.storage.backups import (
    BackupError,
    BackupInfo,
    BackupPolicy,
    Backups,
    backup_folder_for,
    describe,
    generations_to_keep,
    list_backups,
    newest_good_backup,
    restore_to,
    set_aside_damaged,
)
from jewelbench.storage.store import StorageError

T = dt.datetime
HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DESIGN_CHILDREN = ("bom_metals", "bom_stones", "bom_findings", "bom_platings",
                   "bom_packaging", "design_images")


# --- looking at files -------------------------------------------------------------------------


def content(conn: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    """Every table's row count and a hash of its rows in rowid order: 'the same data' (the
    save count aside: bookkeeping that goes on rising when a backup is restored)."""
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'search_index%' "
        "ORDER BY name")]
    result = {}
    for table in tables:
        rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
        if table == "workspace_settings":
            rows = [row for row in rows if row[0] != "saves"]
        result[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
    return result


def reader(path: Path) -> sqlite3.Connection:
    """A plain read-only connection, as the sqlite3 shell with -readonly would make."""
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def file_content(path: Path) -> dict[str, tuple[int, str]]:
    conn = reader(path)
    try:
        return content(conn)
    finally:
        conn.close()


def pragma(path: Path, name: str) -> list:
    conn = reader(path)
    try:
        return [row[0] for row in conn.execute(f"PRAGMA {name}")]
    finally:
        conn.close()


def fill(workspace: Workspace, prefix: str = "RG", designs: int = 3) -> None:
    supplier_id = workspace.suppliers.add(make.supplier(f"{prefix} Casting"))
    for number in range(designs):
        design_id = workspace.designs.add(make.design(f"{prefix}-{number:03}"))
        workspace.quotes.add(make.quote(supplier_id, design_id))
        workspace.samples.add(make.sample_round(design_id, supplier_id))


@pytest.fixture
def studio(make_workspace):
    workspace = make_workspace("studio")
    fill(workspace)
    return workspace


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "data" / "backups" / "studio-0000abcd"


# --- taking a backup --------------------------------------------------------------------------


def test_a_backup_is_a_checked_standalone_copy_with_the_same_content(studio, folder):
    before = dt.datetime.now().replace(microsecond=0)  # the file name has whole seconds
    info = Backups(studio, folder).take()
    after = dt.datetime.now()

    assert info.path.parent == folder and info.path.exists()
    assert re.fullmatch(r"studio \d{4}-\d\d-\d\d \d\d-\d\d-\d\d manual\.jewelbench",
                        info.path.name)
    assert info.reason == "manual"
    assert info.size == info.path.stat().st_size > 0
    assert before <= info.taken_at <= after  # the moment it was taken, however long it took
    assert list_backups(folder) == [info]
    assert list(folder.iterdir()) == [info.path]  # no .partial, -wal or -shm left

    assert file_content(info.path) == content(studio.db.conn)
    assert pragma(info.path, "integrity_check") == ["ok"]
    assert pragma(info.path, "application_id") == [schema.APPLICATION_ID]
    assert info.path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: one file
    with Workspace.open(info.path, read_only=True) as copy:  # and jewelbench opens it
        assert [s.code for s in copy.designs.summaries()] == ["RG-000", "RG-001", "RG-002"]
        assert make.exact(copy.designs.get_by_code("RG-001")) == make.exact(
            studio.designs.get_by_code("RG-001"))
    assert sidecars(info.path) == []


def test_two_backups_in_the_same_second_never_share_a_name(studio, folder, monkeypatch):
    monkeypatch.setattr(backups, "_now", lambda: T(2025, 3, 14, 21, 40, 5))
    first = Backups(studio, folder).take("on close")
    second = Backups(studio, folder).take("on close")
    assert first.path.name == "studio 2025-03-14 21-40-05 on close.jewelbench"
    assert second.path.name == "studio 2025-03-14 21-40-05 on close-2.jewelbench"
    assert [b.path for b in list_backups(folder)] == [second.path, first.path]
    assert {b.reason for b in list_backups(folder)} == {"on close"}


def test_a_reason_that_cannot_stand_in_a_file_name_is_cleaned(studio, folder):
    info = Backups(studio, folder).take("before import: ../../etc/passwd*")
    assert info.path.parent == folder
    assert info.reason == "before import etc passwd"


WRITER = """
import sys, time
from pathlib import Path
sys.path.insert(0, {helpers!r})
import storage_helpers as make
from jewelbench.storage import Workspace

path, stop = Path(sys.argv[1]), Path(sys.argv[2])
workspace = Workspace.open(path, full_check=False)
number = 0
print("ready", flush=True)
deadline = time.monotonic() + 10
while not stop.exists() and time.monotonic() < deadline:
    workspace.designs.add(make.design(f"W-{{number:05}}"))
    number += 1
workspace.close()
print(number, flush=True)
"""


@pytest.mark.integration
def test_a_backup_taken_while_another_process_writes_is_a_consistent_snapshot(
        make_workspace, tmp_path, folder):
    workspace = make_workspace("studio")
    path = workspace.path
    workspace.close()  # the writer below is the workspace's one writer
    stop = tmp_path / "stop"
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER.format(helpers=str(HERE)), str(path), str(stop)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert child.stdout.readline() == "ready\n", child.stderr.read()
        taken: list[BackupInfo] = []
        with Workspace.open(path, read_only=True, full_check=False) as watcher:
            backups_of = Backups(watcher, folder, BackupPolicy(keep_latest=100))
            deadline = time.monotonic() + 1.5
            while time.monotonic() < deadline:
                taken.append(backups_of.take(f"during write {len(taken)}"))
                time.sleep(0.1)
        stop.touch()
        out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err
    written = int(out.strip())

    counts = []
    for info in taken:
        conn = reader(info.path)
        try:
            assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"], info
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            codes = [r[0] for r in conn.execute("SELECT code FROM designs ORDER BY id")]
            # every design the writer had committed, in order, and nothing half-written
            assert codes == [f"W-{n:05}" for n in range(len(codes))]
            for table in DESIGN_CHILDREN:
                per_design = conn.execute(
                    f"SELECT d.code, (SELECT count(*) FROM {table} c WHERE c.design_id = d.id) "
                    "FROM designs d").fetchall()
                assert {n for _, n in per_design} <= {2}, (info.path.name, table, per_design)
        finally:
            conn.close()
        counts.append(len(codes))
    assert counts == sorted(counts)
    # the backups really were taken while designs were being added
    assert any(0 < count < written for count in counts), (counts, written)
    assert len(set(counts)) > 1, counts


def corrupt_after_copy(damage):
    real_copy = backups._copy

    def copy_then_damage(conn, partial):
        real_copy(conn, partial)
        damage(partial)

    return copy_then_damage


def garbage_pages(partial: Path) -> None:
    data = bytearray(partial.read_bytes())
    noise = random.Random(5)
    data[4096:] = bytes(noise.getrandbits(8) for _ in range(len(data) - 4096))
    partial.write_bytes(bytes(data))


def foreign_application_id(partial: Path) -> None:
    conn = sqlite3.connect(partial)
    conn.execute("PRAGMA application_id = 0")
    conn.close()


def older_schema(partial: Path) -> None:
    conn = sqlite3.connect(partial)
    conn.execute("DELETE FROM _sqlite_migrations")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("damage, why", [
    (garbage_pages, "damaged"),
    (foreign_application_id, "not a jewelbench workspace"),
    (older_schema, "schema"),
])
def test_a_backup_that_fails_its_check_is_not_kept_and_older_ones_are_untouched(
        studio, folder, monkeypatch, damage, why):
    keeper = Backups(studio, folder, BackupPolicy(keep_latest=1, daily=0, weekly=0, monthly=0))
    real_copy = backups._copy
    older = keeper.take()
    before = {p.name: sha256(p) for p in folder.iterdir()}
    studio.designs.add(make.design("PD-001"))

    monkeypatch.setattr(backups, "_copy", corrupt_after_copy(damage))
    with pytest.raises(BackupError) as caught:
        keeper.take()
    assert why in str(caught.value)
    assert "older backups are untouched" in str(caught.value)
    assert isinstance(caught.value, StorageError)
    # the older backup is still there, byte for byte, and no broken one appeared
    assert {p.name: sha256(p) for p in folder.iterdir()} == before
    assert list_backups(folder) == [older]
    assert keeper.changed  # the edit is still waiting for a good backup

    monkeypatch.setattr(backups, "_copy", real_copy)
    newer = keeper.take()
    # only now, with a good new backup, is the older one rotated out (keep_latest=1)
    assert list_backups(folder) == [newer]
    assert file_content(newer.path) == content(studio.db.conn)


def test_no_backup_is_taken_in_the_middle_of_a_change(studio, folder):
    with pytest.raises(BackupError, match="still being saved"):
        with studio.transaction():
            studio.designs.add(make.design("PD-001"))
            Backups(studio, folder).take()
    assert list_backups(folder) == []


# --- when backups are due ---------------------------------------------------------------------


def test_an_automatic_backup_needs_a_change_and_the_interval_to_have_passed(studio, folder):
    keeper = Backups(studio, folder, BackupPolicy(interval_minutes=30))
    assert keeper.take_if_due() is None  # nothing changed since it was opened
    assert keeper.take_on_close() is None
    assert list_backups(folder) == []

    studio.designs.add(make.design("PD-001"))
    first = keeper.take_if_due()
    assert first is not None and first.reason == "automatic"  # no backup yet: due at once
    assert keeper.take_if_due(first.taken_at + dt.timedelta(hours=5)) is None  # no change

    studio.designs.update(studio.designs.get_by_code("PD-001"))
    assert keeper.take_if_due(first.taken_at + dt.timedelta(minutes=29)) is None
    assert list_backups(folder) == [first]
    second = keeper.take_if_due(first.taken_at + dt.timedelta(minutes=30))
    assert second is not None and second.reason == "automatic"
    assert [b.path for b in list_backups(folder)] == [second.path, first.path]
    assert file_content(second.path) == content(studio.db.conn)

    assert keeper.take_on_close() is None  # nothing new since the last one
    studio.suppliers.add(make.supplier("Late Edit Ltd"))
    on_close = keeper.take_on_close()
    assert on_close is not None and on_close.reason == "on close"
    assert file_content(on_close.path) == content(studio.db.conn)


def test_a_failed_edit_is_not_a_change(studio, folder):
    keeper = Backups(studio, folder)
    with pytest.raises(StorageError):
        studio.designs.add(make.design("RG-000"))  # duplicate code: rolled back
    assert keeper.take_if_due() is None


# --- rotation ---------------------------------------------------------------------------------

NOW = T(2025, 3, 14, 12, 0)  # a Friday


def every_six_hours(days: int, now: dt.datetime = NOW) -> list[dt.datetime]:
    first = (now - dt.timedelta(days=days)).replace(hour=0)
    count = int((now - first) / dt.timedelta(hours=6)) + 1
    return [first + dt.timedelta(hours=6 * n) for n in range(count)]


def test_rotation_over_400_days_keeps_latest_daily_weekly_and_monthly_generations():
    history = every_six_hours(400)
    assert history[-1] == NOW and len(history) == 1603
    kept = generations_to_keep(history, NOW, BackupPolicy())
    assert sorted(kept) == sorted({
        # the newest 5
        T(2025, 3, 14, 12), T(2025, 3, 14, 6), T(2025, 3, 14, 0),
        T(2025, 3, 13, 18), T(2025, 3, 13, 12),
        # the newest of each of the last 7 days (14th and 13th already kept)
        T(2025, 3, 12, 18), T(2025, 3, 11, 18), T(2025, 3, 10, 18), T(2025, 3, 9, 18),
        T(2025, 3, 8, 18),
        # the newest of each of the last 4 ISO weeks (Sundays; this week's is the 14th)
        T(2025, 3, 2, 18), T(2025, 2, 23, 18),
        # the newest of each of the last 12 months (March's is the 14th)
        T(2025, 2, 28, 18), T(2025, 1, 31, 18), T(2024, 12, 31, 18), T(2024, 11, 30, 18),
        T(2024, 10, 31, 18), T(2024, 9, 30, 18), T(2024, 8, 31, 18), T(2024, 7, 31, 18),
        T(2024, 6, 30, 18), T(2024, 5, 31, 18), T(2024, 4, 30, 18),
    })
    assert len(kept) == 23


def test_rotation_counts_iso_weeks_and_months_across_the_new_year():
    now = T(2025, 1, 2, 9)  # Thursday of ISO week 2025-W01, which began on 30 December
    history = every_six_hours(60, now)
    kept = generations_to_keep(history, now, BackupPolicy(keep_latest=1, daily=0, weekly=3,
                                                          monthly=3))
    assert sorted(kept) == [
        T(2024, 11, 30, 18),  # November
        T(2024, 12, 22, 18),  # Sunday of 2024-W51
        T(2024, 12, 29, 18),  # Sunday of 2024-W52
        T(2024, 12, 31, 18),  # December
        T(2025, 1, 2, 6),     # the newest, which is also this week's and January's
    ]


def test_rotation_keeps_nothing_for_empty_periods_and_nothing_when_told_so():
    history = [T(2025, 3, 14, 9), T(2025, 3, 1, 9), T(2024, 1, 1, 9)]
    only = {"keep_latest": 0, "daily": 0, "weekly": 0, "monthly": 0}

    def kept(**policy: int) -> set[dt.datetime]:
        return generations_to_keep(history, NOW, BackupPolicy(**{**only, **policy}))

    assert kept() == set()
    assert kept(keep_latest=2) == {T(2025, 3, 14, 9), T(2025, 3, 1, 9)}
    assert kept(daily=7) == {T(2025, 3, 14, 9)}
    assert kept(daily=14) == {T(2025, 3, 14, 9), T(2025, 3, 1, 9)}
    assert kept(weekly=2) == {T(2025, 3, 14, 9)}  # the 1st is a Saturday, two weeks back
    assert kept(weekly=3) == {T(2025, 3, 14, 9), T(2025, 3, 1, 9)}
    assert kept(monthly=14) == {T(2025, 3, 14, 9)}  # one backup per month, the newest
    assert kept(monthly=15) == {T(2025, 3, 14, 9), T(2024, 1, 1, 9)}
    assert generations_to_keep([], NOW, BackupPolicy()) == set()


def test_a_real_backup_folder_is_rotated_after_the_new_backup_passed_its_check(
        studio, folder, monkeypatch):
    now = T(2025, 3, 14, 15, 0)
    monkeypatch.setattr(backups, "_now", lambda: now)
    template = Backups(studio, folder.parent / "template").take().path
    folder.mkdir(parents=True)
    old_times = [T(2025, 3, 14, 9)] + [
        (now - dt.timedelta(days=back)).replace(hour=hour)
        for back in range(1, 121) for hour in (9, 18)]
    for when in old_times:
        os.link(template, folder / f"studio {when:%Y-%m-%d %H-%M-%S} automatic.jewelbench")
    foreign = [folder / "notes.txt", folder / "studio.jewelbench", folder / "studio old.zip"]
    for path in foreign:
        path.write_text("mine")
    assert len(list_backups(folder)) == 241

    new = Backups(studio, folder).take()

    assert new.taken_at == now
    assert sorted(b.taken_at for b in list_backups(folder)) == sorted([
        T(2025, 3, 14, 15), T(2025, 3, 14, 9), T(2025, 3, 13, 18), T(2025, 3, 13, 9),
        T(2025, 3, 12, 18),  # the newest five
        T(2025, 3, 11, 18), T(2025, 3, 10, 18), T(2025, 3, 9, 18), T(2025, 3, 8, 18),  # days
        T(2025, 3, 2, 18), T(2025, 2, 23, 18),  # ISO weeks
        T(2025, 2, 28, 18), T(2025, 1, 31, 18), T(2024, 12, 31, 18),
        T(2024, 11, 30, 18),  # months: the history began on 14 November
    ])
    assert all(path.read_text() == "mine" for path in foreign)  # never someone else's files
    assert file_content(new.path) == content(studio.db.conn)


# --- looking at and choosing backups ----------------------------------------------------------


def test_list_is_newest_first_and_ignores_unfinished_and_foreign_files(studio, folder,
                                                                       monkeypatch):
    taken = []
    for day in (3, 1, 2):
        monkeypatch.setattr(backups, "_now", lambda day=day: T(2025, 3, day, 10))
        taken.append(Backups(studio, folder, BackupPolicy(keep_latest=10)).take())
    (folder / "studio 2025-03-09 10-00-00 manual.jewelbench.partial").write_bytes(b"half")
    (folder / "studio 2025-03-09 10-00-00.jewelbench").write_bytes(b"no reason")
    (folder / "readme.txt").write_text("hi")
    (folder / "studio 2025-03-08 10-00-00 manual.jewelbench").mkdir()
    assert [b.taken_at.day for b in list_backups(folder)] == [3, 2, 1]
    assert list_backups(folder / "missing") == []


def test_the_newest_good_backup_skips_a_damaged_one(studio, folder, monkeypatch):
    for day in (1, 2, 3):
        monkeypatch.setattr(backups, "_now", lambda day=day: T(2025, 3, day, 10))
        studio.designs.add(make.design(f"DAY-{day}"))
        Backups(studio, folder, BackupPolicy(keep_latest=10)).take()
    newest, middle, _ = list_backups(folder)
    garbage_pages(newest.path)
    assert newest_good_backup(folder) == middle
    assert "DAY-2" in {r for r, in reader(middle.path).execute("SELECT code FROM designs")}
    garbage_pages(middle.path)
    assert newest_good_backup(folder).taken_at == T(2025, 3, 1, 10)
    assert newest_good_backup(folder / "missing") is None


def test_the_newest_good_backup_skips_one_damaged_where_the_quick_check_does_not_look(
        studio, folder, monkeypatch):
    """A backup with a dropped table or a broken reference passes SQLite's quick check, but
    restoring it would bring the damage back: it is not offered."""
    for day in (1, 2, 3):
        monkeypatch.setattr(backups, "_now", lambda day=day: T(2025, 3, day, 10))
        studio.designs.add(make.design(f"DAY-{day}"))
        Backups(studio, folder, BackupPolicy(keep_latest=10)).take()
    newest, middle, oldest = list_backups(folder)
    for path, sql in ((newest.path, "DROP TABLE quote_tiers"),
                      (middle.path, "PRAGMA foreign_keys = OFF; "
                                    "UPDATE bom_metals SET design_id = 999 WHERE rowid = "
                                    "(SELECT min(rowid) FROM bom_metals)")):
        conn = sqlite3.connect(str(path))
        conn.executescript(sql)
        conn.close()
    assert newest_good_backup(folder) == oldest


def test_describe_counts_what_a_backup_holds_without_leaving_files_beside_it(studio, folder):
    info = Backups(studio, folder).take()
    before = sha256(info.path)
    assert describe(info.path) == {"designs": 3, "suppliers": 1, "quotes": 3,
                                   "sample_rounds": 3}
    assert sidecars(info.path) == [] and sha256(info.path) == before

    studio.close()  # a closed workspace file (WAL mode, no -wal beside it) too
    before = sha256(studio.path)
    assert describe(studio.path)["designs"] == 3
    assert sidecars(studio.path) == [] and sha256(studio.path) == before


def test_describe_of_a_damaged_file_says_so(tmp_path):
    path = tmp_path / "broken.jewelbench"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    with pytest.raises(BackupError, match="broken.jewelbench cannot be read"):
        describe(path)
    assert sidecars(path) == []


def test_backup_folders_are_per_workspace_path(tmp_path):
    data = tmp_path / "data"
    here = backup_folder_for(tmp_path / "a" / "Studio.jewelbench", data)
    there = backup_folder_for(tmp_path / "b" / "Studio.jewelbench", data)
    assert here != there
    for folder in (here, there):
        assert folder.parent == data / "backups"
        assert re.fullmatch(r"Studio-[0-9a-f]{8}", folder.name)
    assert backup_folder_for(tmp_path / "a" / ".." / "a" / "Studio.jewelbench", data) == here


# --- restoring --------------------------------------------------------------------------------


def test_restore_gives_back_exactly_the_snapshot_and_backs_up_the_present_first(
        studio, folder, monkeypatch):
    keeper = Backups(studio, folder, BackupPolicy(keep_latest=20))
    clock = iter(T(2025, 3, 14, 10, minute) for minute in range(60))
    monkeypatch.setattr(backups, "_now", lambda: next(clock))
    snapshots = {}
    for step in range(3):
        fill(studio, prefix=f"S{step}", designs=step + 1)
        if step == 1:
            studio.designs.delete(studio.designs.id_for_code("RG-000"))
        info = keeper.take()
        snapshots[info.path] = content(studio.db.conn)
    studio.suppliers.add(make.supplier("Unsaved in any backup Ltd"))
    present = content(studio.db.conn)
    assert len(set(map(str, snapshots.values()))) == 3

    chosen = list_backups(folder)[1]  # the middle snapshot
    before = keeper.restore(chosen)

    assert content(studio.db.conn) == snapshots[chosen.path]
    assert before.reason == "before restore"
    assert file_content(before.path) == present
    assert before in keeper.list()
    # the open workspace works as before: WAL, foreign keys, repositories
    assert studio.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert studio.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert studio.designs.id_for_code("RG-000") is None
    assert studio.designs.get_by_code("S1-001").name == "Luna stacking ring"
    assert keeper.take_if_due(T(2030, 1, 1)) is None  # the restored content is a backup
    studio.designs.add(make.design("AFTER-1"))
    restored = content(studio.db.conn)

    studio.close()
    assert file_content(studio.path) == restored  # on disk, not only in the connection
    assert Workspace.check(studio.path).ok

    with Workspace.open(studio.path) as again:  # and back to what was there before
        Backups(again, folder).restore(before)
        assert content(again.db.conn) == present


def test_restore_refuses_a_damaged_backup_and_changes_nothing(studio, folder):
    keeper = Backups(studio, folder)
    info = keeper.take()
    garbage_pages(info.path)
    present = content(studio.db.conn)
    with pytest.raises(BackupError, match="cannot be restored: it is damaged"):
        keeper.restore(info)
    assert content(studio.db.conn) == present
    assert list_backups(folder) == [info]  # no "before restore" backup for nothing


def test_restore_of_a_backup_from_an_older_schema_brings_it_up_to_date(
        studio, folder, monkeypatch):
    info = Backups(studio, folder).take()
    designs_then = file_content(info.path)["designs"]
    future, version = make.future_migrations(lambda db: db.execute(
        "ALTER TABLE designs ADD COLUMN finish TEXT NOT NULL DEFAULT 'polished'"))
    monkeypatch.setattr(schema, "migrations", future)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", version)
    studio.close()
    with Workspace.open(studio.path) as upgraded:
        assert upgraded.schema_version == version
        Backups(upgraded, folder).restore(info)
        assert upgraded.schema_version == version
        assert content(upgraded.db.conn)["designs"][0] == designs_then[0]
        assert upgraded.db.execute("SELECT DISTINCT finish FROM designs").fetchall() == [
            ("polished",)]


def test_restore_to_writes_a_new_checked_workspace_and_never_overwrites(studio, folder,
                                                                        tmp_path):
    info = Backups(studio, folder).take()
    existing = tmp_path / "mine.jewelbench"
    existing.write_bytes(b"my other work")
    with pytest.raises(BackupError, match="already exists"):
        restore_to(info.path, existing)
    assert existing.read_bytes() == b"my other work"

    destination = tmp_path / "restored" / "studio.jewelbench"
    restore_to(info.path, destination)
    assert sorted(p.name for p in destination.parent.iterdir()) == ["studio.jewelbench"]
    assert file_content(destination) == file_content(info.path)
    with Workspace.open(destination) as restored:
        assert restored.designs.count() == 3


def test_a_damaged_workspace_is_set_aside_never_overwritten_and_recovered(studio, folder):
    good = Backups(studio, folder).take()
    path = studio.path
    studio.close()
    garbage_pages(path)
    first_damage = sha256(path)
    Path(str(path) + "-wal").write_bytes(b"wal of the damaged file")

    aside = set_aside_damaged(path)
    assert aside == path.with_name("studio.jewelbench.damaged")
    assert not path.exists()
    assert sha256(aside) == first_damage
    assert Path(str(aside) + "-wal").read_bytes() == b"wal of the damaged file"
    assert sidecars(path) == []

    offered = newest_good_backup(folder)
    assert offered == good
    restore_to(offered.path, path)
    with Workspace.open(path) as recovered:
        assert recovered.designs.count() == 3

    # the recovered one gets damaged too: the first damaged copy is kept, a second made
    garbage_pages(path)
    second_damage = sha256(path)
    Path(str(path) + "-journal").write_bytes(b"journal of the damaged file")
    second = set_aside_damaged(path)
    assert second == path.with_name("studio.jewelbench.damaged-2")
    # its journal goes with it: never left to be replayed into a restored copy
    assert Path(str(second) + "-journal").read_bytes() == b"journal of the damaged file"
    assert sidecars(path) == []
    assert sha256(aside) == first_damage and sha256(second) == second_damage
    path.write_bytes(b"third")
    third = set_aside_damaged(path)
    assert third.name == "studio.jewelbench.damaged-3"


def test_a_workspace_open_elsewhere_is_not_set_aside(studio):
    with pytest.raises(BackupError, match=f"studio.jewelbench cannot be set aside: it is open "
                                          f"in another jewelbench window \\(process "
                                          f"{os.getpid()} on .*\\); close it there first"):
        set_aside_damaged(studio.path)
    assert studio.path.exists()
    assert studio.designs.count() == 3
