"""What lies beside a workspace, or what it has become, never costs it its content on opening.

A write-ahead log that is not the file's own (another database's, or the stale log a crash left
behind before a backup was copied over the file) is moved aside before anything opens the file
for writing; a file with no migrations recorded is refused, never migrated; a damaged copy in
rollback mode is refused before anything rewrites its header; a pipe, socket or device named
*.jewelbench is refused at once, never waited on.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import storage_helpers as make
from storage_helpers import query, sha256, sidecars

from jewelbench.storage import NotAWorkspace, Workspace, WorkspaceDamaged, WorkspaceError, schema
from jewelbench.storage.opening import quick_check

CODES = ["RG-000", "RG-001", "RG-002"]
PAGE = 4096


def workspace_file(folder: Path, codes: list[str] = CODES, name: str = "studio") -> Path:
    """A closed workspace (in WAL mode, as jewelbench leaves every workspace it has open)."""
    path = folder / f"{name}.jewelbench"
    with Workspace.create(path) as workspace:
        for code in codes:
            workspace.designs.add(make.design(code))
    assert sidecars(path) == []
    return path


def codes_in(path: Path) -> list[str]:
    return [row[0] for row in query(path, "SELECT code FROM designs ORDER BY code")]


def opened_codes(path: Path, **options) -> tuple[list[str], list[str]]:
    """The design codes the app sees on opening path, and what it was told."""
    with Workspace.open(path, **options) as workspace:
        return [s.code for s in workspace.designs.summaries()], list(workspace.notices)


def other_databases_wal(folder: Path) -> Path:
    """The -wal of another app's database (same page size), holding committed rows that were
    never checkpointed: what a crash of that app leaves beside its file."""
    other = folder / "inventory.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE stock (id INTEGER PRIMARY KEY, item TEXT)")
    conn.executemany("INSERT INTO stock (item) VALUES (?)", [(f"item {n}",) for n in range(50)])
    conn.commit()
    wal = folder / "inventory.db-wal.kept"
    shutil.copyfile(str(other) + "-wal", wal)
    conn.close()
    return wal


def wal_of_a_crash(path: Path, codes: list[str]) -> Path:
    """Open path, save codes, and keep a copy of its -wal as a crash would leave it (the
    committed designs not yet checkpointed into the file)."""
    workspace = Workspace.open(path)
    for code in codes:
        workspace.designs.add(make.design(code))
    kept = path.with_name(path.name + ".crash-wal")
    shutil.copyfile(str(path) + "-wal", kept)
    assert kept.stat().st_size > PAGE
    workspace.close()
    return kept


def strays(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + "-wal.stray-*")) + sorted(
        path.parent.glob(path.name + "-journal.stray-*"))


# --- another database's write-ahead log ------------------------------------------------------


def test_another_databases_wal_beside_a_workspace_is_moved_aside_and_nothing_is_lost(tmp_path):
    path = workspace_file(tmp_path)
    shutil.copyfile(other_databases_wal(tmp_path), str(path) + "-wal")
    Path(str(path) + "-shm").write_bytes(b"\x00" * 32768)  # a stale index of that log
    foreign = Path(str(path) + "-wal").read_bytes()

    codes, notices = opened_codes(path, full_check=False)

    assert codes == CODES
    [aside] = strays(path)
    assert aside.read_bytes() == foreign  # kept, not deleted: it may be someone's data
    assert aside.name.startswith("studio.jewelbench-wal.stray-")
    assert len(notices) == 1
    assert "studio.jewelbench-wal" in notices[0] and aside.name in notices[0]
    assert "another database" in notices[0]
    assert sidecars(path) == [aside.name]  # -wal and -shm gone after the close
    assert codes_in(path) == CODES  # closing checkpointed nothing foreign into the file
    assert query(path, "PRAGMA application_id") == [(schema.APPLICATION_ID,)]
    with Workspace.open(path) as again:  # and the next open is a plain one
        assert again.notices == []
        assert again.designs.count() == len(CODES)


def test_check_looks_at_the_file_without_a_foreign_wal_and_says_it_is_there(tmp_path):
    """`jewelbench check` reports on the workspace, not on what another database's log would
    make of it, and names the log; it moves nothing (only opening for editing does)."""
    path = workspace_file(tmp_path)
    shutil.copyfile(other_databases_wal(tmp_path), str(path) + "-wal")
    before = sha256(path), sha256(Path(str(path) + "-wal"))

    report = Workspace.check(path)

    assert report.ok, report.lines()
    assert report.schema_version == schema.SCHEMA_VERSION
    [stray] = report.stray_logs
    assert stray.startswith("studio.jewelbench-wal is not its own (")
    assert "opening the workspace for editing moves it aside" in stray
    assert f"beside it: {stray}" in report.lines()
    assert (sha256(path), sha256(Path(str(path) + "-wal"))) == before
    assert strays(path) == []


def test_a_workspace_is_never_migrated_because_of_what_a_foreign_wal_holds(tmp_path):
    """What SQLite sees after replaying the log decides, not page 1 on disk."""
    path = workspace_file(tmp_path)
    shutil.copyfile(other_databases_wal(tmp_path), str(path) + "-wal")
    with Workspace.open(path) as workspace:
        assert workspace.db.execute("PRAGMA application_id").fetchone()[0] == \
            schema.APPLICATION_ID
        assert workspace.pre_migration_backup is None
    assert list(tmp_path.glob("studio.before-schema-*")) == []


def test_the_wal_of_a_crash_is_the_workspaces_own_and_is_kept(tmp_path):
    """A -wal left by a crash holds the user's last saved actions: it is replayed, not moved."""
    path = workspace_file(tmp_path)
    copy = tmp_path / "copy" / "studio.jewelbench"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)  # the file as it was when the app crashed …
    crash_wal = wal_of_a_crash(path, ["RG-100", "RG-101"])
    shutil.copyfile(crash_wal, str(copy) + "-wal")  # … and its log
    assert codes_in(path) == [*CODES, "RG-100", "RG-101"]

    codes, notices = opened_codes(copy, full_check=False)

    assert codes == [*CODES, "RG-100", "RG-101"]
    assert notices == []
    assert strays(copy) == []


# --- a stale log beside a restored backup ------------------------------------------------------


def test_a_stale_wal_beside_a_restored_backup_is_moved_aside_and_the_backup_opens(tmp_path):
    path = workspace_file(tmp_path)
    backup = tmp_path / "backup.jewelbench"
    with Workspace.open(path) as workspace:
        workspace.save_copy_as(backup)  # a rollback-mode copy, as every backup is
    stale = wal_of_a_crash(path, ["RG-100", "RG-101"])
    shutil.copyfile(backup, path)  # the user puts the backup in place; the crash's log stays
    shutil.copyfile(stale, str(path) + "-wal")

    codes, notices = opened_codes(path, full_check=False)

    assert codes == CODES
    assert len(strays(path)) == 1 and len(notices) == 1
    assert "replaced" in notices[0]
    assert quick_check(path) == ["ok"]


# --- rollback journals -----------------------------------------------------------------------


def hot_journal_of(path: Path) -> tuple[bytes, bytes]:
    """The file and its journal as a crash in the middle of a rollback-mode transaction leaves
    them: some pages already written, the journal holding their originals."""
    work = path.with_name("hot.jewelbench")
    shutil.copyfile(path, work)
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA cache_size = 1")  # spill dirty pages into the file before commit
    conn.execute("BEGIN")
    conn.execute("UPDATE designs SET name = name || ' (changed)'")
    conn.execute("DELETE FROM design_images")
    crashed = (work.read_bytes(), Path(str(work) + "-journal").read_bytes())
    conn.execute("ROLLBACK")
    conn.close()
    work.unlink()
    return crashed


def test_a_hot_journal_of_the_workspaces_own_is_rolled_back_and_nothing_is_lost(tmp_path):
    path = workspace_file(tmp_path)
    before = dict(query(path, "SELECT code, name FROM designs"))
    data, journal = hot_journal_of(path)
    assert data != path.read_bytes()
    path.write_bytes(data)
    Path(str(path) + "-journal").write_bytes(journal)

    codes, notices = opened_codes(path, full_check=False)

    assert codes == CODES and notices == []
    assert dict(query(path, "SELECT code, name FROM designs")) == before
    assert query(path, "SELECT count(*) FROM design_images") == [(2 * len(CODES),)]


def test_another_workspaces_hot_journal_beside_a_restored_backup_is_moved_aside(tmp_path):
    path = workspace_file(tmp_path)
    backup = tmp_path / "backup.jewelbench"
    with Workspace.open(path) as workspace:
        workspace.save_copy_as(backup)
    shutil.copyfile(backup, path)  # rollback mode, as a restored backup is
    (tmp_path / "other").mkdir()
    other = workspace_file(tmp_path / "other", ["ZZ-1"], name="other")
    _, journal = hot_journal_of(other)
    Path(str(path) + "-journal").write_bytes(journal)

    codes, notices = opened_codes(path, full_check=False)

    assert codes == CODES
    assert len(notices) == 1 and len(strays(path)) == 1
    assert "studio.jewelbench-journal" in notices[0]


# --- no migrations recorded ------------------------------------------------------------------


def test_a_file_with_our_application_id_but_no_migrations_is_refused_never_migrated(tmp_path):
    path = tmp_path / "half.jewelbench"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('the only copy of something')")
    conn.commit()
    conn.close()
    before = sha256(path)
    for options in ({}, {"full_check": False}, {"read_only": True}):
        with pytest.raises(NotAWorkspace, match="no jewelbench schema is recorded in it"):
            Workspace.open(path, **options)
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["half.jewelbench"]  # and no copy


# --- a damaged copy in rollback mode ---------------------------------------------------------


def damaged_rollback_copy(folder: Path) -> Path:
    """A Save As copy (rollback mode) whose design images' first page was overwritten."""
    path = workspace_file(folder, [f"RG-{n:03}" for n in range(12)])
    copy = folder / "copy.jewelbench"
    with Workspace.open(path) as workspace:
        workspace.save_copy_as(copy)
    data = bytearray(copy.read_bytes())
    assert data[18:20] == b"\x01\x01"
    [(root,)] = query(copy, "SELECT rootpage FROM sqlite_master WHERE name = 'design_images'")
    data[(root - 1) * PAGE:root * PAGE] = bytes(range(256)) * (PAGE // 256)
    copy.write_bytes(bytes(data))
    assert quick_check(copy) != ["ok"]
    return copy


def test_a_damaged_rollback_mode_copy_is_refused_before_anything_writes_to_it(tmp_path):
    path = damaged_rollback_copy(tmp_path)
    before = path.read_bytes()
    with pytest.raises(WorkspaceDamaged):
        Workspace.open(path, full_check=False)  # as the window opens: checked in the background
    after = path.read_bytes()
    assert [i for i in range(len(before)) if before[i] != after[i]] == []
    assert sidecars(path) == []


@pytest.mark.integration
def test_the_command_line_refuses_a_damaged_rollback_mode_copy_without_changing_it(tmp_path):
    path = damaged_rollback_copy(tmp_path)
    before = path.read_bytes()
    prices = tmp_path / "prices.csv"
    prices.write_text("date,metal,price\n2025-03-14,silver,31.20\n")
    for command in (["check", str(path)], ["prices", str(path), "import", str(prices)]):
        done = subprocess.run([sys.executable, "-m", "jewelbench", *command],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode != 0, done.stdout
        assert "damaged" in done.stdout + done.stderr
        assert path.read_bytes() == before, command
    assert sidecars(path) == []


@pytest.mark.integration
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_the_command_line_check_of_a_named_pipe_says_so_at_once(tmp_path):
    path = tmp_path / "pipe.jewelbench"
    os.mkfifo(path)
    done = subprocess.run([sys.executable, "-m", "jewelbench", "check", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert done.stderr == f"jewelbench: {path}: this is a named pipe, not a workspace file\n"


def test_a_healthy_rollback_mode_copy_opens_and_is_then_in_wal_mode(tmp_path):
    path = workspace_file(tmp_path)
    copy = tmp_path / "good copy.jewelbench"
    with Workspace.open(path) as workspace:
        workspace.save_copy_as(copy)
    assert copy.read_bytes()[18:20] == b"\x01\x01"
    with Workspace.open(copy, full_check=False) as workspace:
        assert workspace.designs.count() == len(CODES)
    assert copy.read_bytes()[18:20] == b"\x02\x02"


# --- not a plain file ------------------------------------------------------------------------


def refused_at_once(action: Callable[[], object], unblock: Path) -> BaseException | None:
    """Run action in a thread; it must finish within 10 s. Returns what it raised."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            action()
            outcome.append(None)
        except BaseException as error:  # handed to the test
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(10)
    if thread.is_alive():
        # let the stuck reader go (a writer appears on the pipe), then fail
        os.close(os.open(unblock, os.O_RDWR | os.O_NONBLOCK))
        pytest.fail("it waited on the file instead of refusing it")
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("how", ["write", "full_check=False", "read_only", "check"])
def test_a_named_pipe_called_jewelbench_is_refused_at_once(tmp_path, how):
    path = tmp_path / "pipe.jewelbench"
    os.mkfifo(path)
    actions: dict[str, Callable[[], object]] = {
        "write": lambda: Workspace.open(path),
        "full_check=False": lambda: Workspace.open(path, full_check=False),
        "read_only": lambda: Workspace.open(path, read_only=True),
        "check": lambda: Workspace.check(path),
    }
    raised = refused_at_once(actions[how], path)
    if how == "check":
        assert raised is None
        assert Workspace.check(path).error == "this is a named pipe, not a workspace file"
    else:
        assert isinstance(raised, NotAWorkspace)
        assert raised.reason == "this is a named pipe, not a workspace file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.jewelbench"]


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="unix sockets are POSIX")
def test_a_socket_or_device_called_jewelbench_is_refused_at_once(tmp_path):
    sock_path = tmp_path / "s.jewelbench"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(sock_path))
        with pytest.raises(NotAWorkspace, match="this is a socket, not a workspace file"):
            Workspace.open(sock_path)
    finally:
        server.close()
    device = tmp_path / "null.jewelbench"
    device.symlink_to("/dev/null")
    with pytest.raises(NotAWorkspace, match="this is a device, not a workspace file"):
        Workspace.open(device, read_only=True)
    assert Workspace.check(device).error == "this is a device, not a workspace file"


# --- a reader moves nothing ------------------------------------------------------------------


def test_a_read_only_open_ignores_a_foreign_wal_and_leaves_it_where_it_is(tmp_path):
    path = workspace_file(tmp_path)
    shutil.copyfile(other_databases_wal(tmp_path), str(path) + "-wal")
    before = sha256(path), Path(str(path) + "-wal").read_bytes()

    codes, notices = opened_codes(path, read_only=True)

    assert codes == CODES
    assert len(notices) == 1 and "ignored" in notices[0]
    assert (sha256(path), Path(str(path) + "-wal").read_bytes()) == before
    assert strays(path) == []


def test_a_read_only_open_of_a_file_with_its_own_hot_journal_says_to_open_it_for_editing(
        tmp_path):
    path = workspace_file(tmp_path)
    data, journal = hot_journal_of(path)
    path.write_bytes(data)
    Path(str(path) + "-journal").write_bytes(journal)
    with pytest.raises(WorkspaceError, match="open it for editing once") as refused:
        Workspace.open(path, read_only=True)
    assert type(refused.value) is WorkspaceError
    assert (path.read_bytes(), Path(str(path) + "-journal").read_bytes()) == (data, journal)
    assert opened_codes(path) == (CODES, [])  # for editing: rolled back, nothing lost


def test_the_replay_copy_goes_beside_the_file_when_the_temporary_folder_is_full(
        tmp_path, monkeypatch):
    import tempfile

    path = workspace_file(tmp_path)
    shutil.copyfile(other_databases_wal(tmp_path), str(path) + "-wal")
    full = tmp_path / "full"
    full.mkdir()
    full.chmod(0o500)  # cannot be written, as a full RAM disk cannot
    monkeypatch.setattr(tempfile, "tempdir", str(full / "tmp"))
    try:
        codes, notices = opened_codes(path)
    finally:
        full.chmod(0o700)
    assert codes == CODES and len(notices) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".jewelbench-replay")] == []


@pytest.mark.integration
@pytest.mark.skipif(not sys.platform.startswith(("linux", "darwin")),
                    reason="SQLite's locks are looked at on Linux and macOS")
def test_a_log_is_never_judged_while_another_program_has_the_file_open(tmp_path):
    """Another program's live log is its own business: nothing is moved while it has the
    file open, even a log that would be moved aside once it has gone."""
    from jewelbench.storage import sidecars

    path = workspace_file(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time\n"
         "c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM designs').fetchall()"
         "\nprint('open', flush=True); time.sleep(60)", str(path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        assert sidecars.in_use_elsewhere(path)
        shutil.copyfile(other_databases_wal(tmp_path), str(path) + "-wal")
        with Workspace.open(path, read_only=True) as reader:
            assert reader.notices == []
        assert strays(path) == []
    finally:
        holder.kill()
        holder.communicate(timeout=30)
    assert not sidecars.in_use_elsewhere(path)
    codes, notices = opened_codes(path)
    assert codes == CODES and len(notices) == 1 and len(strays(path)) == 1
