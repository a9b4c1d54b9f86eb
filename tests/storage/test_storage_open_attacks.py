"""What is planted beside a workspace, or what its name points at, never changes a file that
was not meant to change, never hangs an opening, and never makes a healthy file look damaged.

- A workspace opened through a link: SQLite keeps (and replays) the -wal and -journal beside
  the file the link points at, so that is where they are judged.
- A folder, named pipe, socket or link where SQLite keeps its -wal, -shm or -journal is
  refused, by every way of opening and by `jewelbench check`: SQLite would wait for ever on a
  pipe, report a folder as a disk error (the window would then offer to restore a backup over
  a healthy workspace) and follow a link to write into the file it points at.
- The lock file is never followed through a link: the holder's text would be written over the
  file it points at.
- A log moved aside never takes the place of anything already there, a dangling link included.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
import storage_helpers as make
from storage_helpers import sha256

from jewelbench.storage import Workspace, WorkspaceError, WorkspaceReadOnly

pytestmark = pytest.mark.skipif(os.name != "posix", reason="links and pipes as POSIX makes them")

CODES = ["RG-000", "RG-001"]


def workspace_file(folder: Path, name: str = "studio") -> Path:
    path = folder / f"{name}.jewelbench"
    with Workspace.create(path) as workspace:
        for code in CODES:
            workspace.designs.add(make.design(code))
    return path


def fingerprint(folder: Path) -> dict[str, str]:
    """Every name in folder (links not followed) with its content's digest or its kind."""
    found = {}
    for entry in sorted(folder.rglob("*")):
        if entry.is_symlink():
            found[str(entry)] = "link to " + os.readlink(entry)
        elif entry.is_file():
            found[str(entry)] = sha256(entry)
        else:
            found[str(entry)] = "folder" if entry.is_dir() else "special"
    return found


def another_programs_wal(folder: Path) -> bytes:
    """The -wal another program's database has when that program is killed."""
    other = folder / "stock.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE stock (id INTEGER PRIMARY KEY, item TEXT)")
    conn.executemany("INSERT INTO stock (item) VALUES (?)", [(f"wire {n}",) for n in range(80)])
    conn.commit()
    data = Path(str(other) + "-wal").read_bytes()
    conn.close()
    for name in ("stock.db", "stock.db-wal", "stock.db-shm"):
        (folder / name).unlink(missing_ok=True)
    return data


def codes_in(path: Path) -> list[str]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT code FROM designs ORDER BY code")]
    finally:
        conn.close()


# --- a workspace opened through a link -------------------------------------------------------


def test_a_foreign_wal_beside_the_file_a_link_points_at_is_moved_aside_not_replayed(tmp_path):
    (tmp_path / "real").mkdir()
    real = workspace_file(tmp_path / "real")
    Path(str(real) + "-wal").write_bytes(another_programs_wal(tmp_path))
    link = tmp_path / "studio link.jewelbench"
    link.symlink_to(real)

    report = Workspace.check(link)  # the check looks where SQLite looks, and moves nothing
    assert report.ok, report.lines()
    assert any("studio.jewelbench-wal is not its own" in line for line in report.stray_logs)
    assert (Path(str(real) + "-wal")).exists()

    with Workspace.open(link, full_check=False) as workspace:
        assert [s.code for s in workspace.designs.summaries()] == CODES
        assert any("moved aside" in notice for notice in workspace.notices)
    assert not Path(str(real) + "-wal").exists()
    assert len(list((tmp_path / "real").glob("studio.jewelbench-wal.stray-*"))) == 1
    assert codes_in(real) == CODES
    assert link.is_symlink() and link.resolve() == real.resolve()


def test_a_read_only_open_through_a_link_ignores_the_foreign_wal_beside_its_file(tmp_path):
    (tmp_path / "real").mkdir()
    real = workspace_file(tmp_path / "real")
    Path(str(real) + "-wal").write_bytes(another_programs_wal(tmp_path))
    link = tmp_path / "studio link.jewelbench"
    link.symlink_to(real)
    before = fingerprint(tmp_path)
    with Workspace.open(link, read_only=True) as workspace:
        assert [s.code for s in workspace.designs.summaries()] == CODES
        assert workspace.notices and "not its own" in workspace.notices[0]
    assert fingerprint(tmp_path) == before


# --- something other than a file where SQLite keeps its logs ---------------------------------


def plant(path: Path, suffix: str, kind: str, tmp_path: Path) -> Path:
    planted = Path(str(path) + suffix)
    if kind == "folder":
        planted.mkdir()
    elif kind == "named pipe":
        os.mkfifo(planted)
    else:  # a link to a file of the user's
        precious = tmp_path / "notes.txt"
        precious.write_text("ring sizes for the Nordic collection\n" * 200, encoding="utf-8")
        planted.symlink_to(precious)
    return planted


def within_ten_seconds(action):
    """What action returned or raised; fails the test if it has not finished in 10 s."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(action())
        except BaseException as error:  # handed to the test
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(10)
    if thread.is_alive():
        pytest.fail("it waited on what was beside the file instead of refusing it")
    return outcome[0]


KINDS = {"folder": "a folder", "named pipe": "a named pipe", "link": "a link"}


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
@pytest.mark.parametrize("how", ["window", "read-only", "check"])
def test_what_is_not_a_file_where_sqlite_keeps_its_logs_is_refused_and_nothing_changes(
        tmp_path, suffix, kind, how):
    path = workspace_file(tmp_path)
    planted = plant(path, suffix, kind, tmp_path)
    before = fingerprint(tmp_path)
    said = f"beside it, {planted.name} is {KINDS[kind]}, not a file SQLite keeps"
    if how == "check":
        report = within_ten_seconds(lambda: Workspace.check(path))
        assert not isinstance(report, BaseException), report
        assert not report.ok
        assert said in report.error
    else:
        refused = within_ten_seconds(lambda: Workspace.open(
            path, full_check=False, read_only=how == "read-only"))
        if not isinstance(refused, WorkspaceError):
            if isinstance(refused, Workspace):
                refused.close()
            pytest.fail(f"not refused: {refused!r}")
        assert type(refused) is WorkspaceError  # not "damaged": the file is healthy
        assert said in refused.reason and "left as it is" in refused.reason
    assert fingerprint(tmp_path) == before


@pytest.mark.integration
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_the_command_line_check_refuses_a_pipe_named_as_the_journal_at_once(tmp_path):
    path = workspace_file(tmp_path)
    os.mkfifo(str(path) + "-journal")
    done = subprocess.run([sys.executable, "-m", "jewelbench", "check", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "studio.jewelbench-journal is a named pipe" in done.stderr
    assert "Traceback" not in done.stderr


# --- the lock file ---------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["a file of the user's", "/dev/zero"])
def test_a_lock_file_that_is_a_link_is_never_written_through(tmp_path, target):
    path = workspace_file(tmp_path)
    precious = tmp_path / "notes.txt"
    precious.write_text("ring sizes for the Nordic collection\n", encoding="utf-8")
    lock = Path(str(path) + ".lock")
    lock.symlink_to(precious if target != "/dev/zero" else Path(target))
    before = fingerprint(tmp_path)
    with pytest.raises(WorkspaceReadOnly) as refused:
        Workspace.open(path, full_check=False)
    assert "studio.jewelbench.lock is a link" in refused.value.reason
    assert fingerprint(tmp_path) == before
    assert precious.read_text(encoding="utf-8") == "ring sizes for the Nordic collection\n"


def test_a_lock_file_that_is_a_second_name_of_another_file_is_never_written(tmp_path):
    path = workspace_file(tmp_path)
    precious = tmp_path / "notes.txt"
    precious.write_text("ring sizes for the Nordic collection\n", encoding="utf-8")
    os.link(precious, str(path) + ".lock")
    with pytest.raises(WorkspaceReadOnly) as refused:
        Workspace.open(path, full_check=False)
    assert "studio.jewelbench.lock is another file's second name" in refused.value.reason
    assert precious.read_text(encoding="utf-8") == "ring sizes for the Nordic collection\n"


# --- moving a log aside ----------------------------------------------------------------------


def test_a_log_moved_aside_never_takes_the_place_of_a_link_already_there(tmp_path):
    path = workspace_file(tmp_path)
    wal = Path(str(path) + "-wal")
    wal.write_bytes(b"not a log at all " * 300)
    # every name the move could pick in the next few seconds is a link that points nowhere
    import datetime as dt

    now = dt.datetime.now()
    for second in range(-1, 30):
        stamp = (now + dt.timedelta(seconds=second)).strftime("%Y%m%d-%H%M%S")
        Path(f"{wal}.stray-{stamp}").symlink_to(tmp_path / "nowhere")
    links = {entry: os.readlink(entry) for entry in tmp_path.iterdir() if entry.is_symlink()}

    with Workspace.open(path, full_check=False) as workspace:
        assert [s.code for s in workspace.designs.summaries()] == CODES
    assert {entry: os.readlink(entry) for entry in tmp_path.iterdir()
            if entry.is_symlink()} == links
    moved = [entry for entry in tmp_path.glob("studio.jewelbench-wal.stray-*")
             if not entry.is_symlink()]
    assert len(moved) == 1 and moved[0].read_bytes() == b"not a log at all " * 300


# --- a rollback journal beside the file ------------------------------------------------------


def crash_in_a_rollback_mode_change(path: Path, *, spilled: bool) -> tuple[bytes, bytes]:
    """The file and its journal as a crash in the middle of a change in rollback mode leaves
    them. spilled: changed pages were already written into the file (the journal's header is
    then valid); else the crash came before that (the journal's header still begins with 0)."""
    work = path.with_name("crashing.jewelbench")
    work.write_bytes(path.read_bytes())
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA cache_size = {1 if spilled else 1000}")
    conn.execute("BEGIN")
    conn.execute("UPDATE designs SET name = name || ' (half saved)'")
    conn.execute("DELETE FROM design_images")
    crashed = work.read_bytes(), Path(str(work) + "-journal").read_bytes()
    conn.execute("ROLLBACK")
    conn.close()
    work.unlink()
    return crashed


def test_check_says_a_crashed_change_is_to_be_undone_by_opening_not_that_the_file_is_damaged(
        tmp_path):
    path = workspace_file(tmp_path)
    data, journal = crash_in_a_rollback_mode_change(path, spilled=True)
    assert journal[:1] != b"\x00"  # a valid header: the file holds half the change
    path.write_bytes(data)
    Path(str(path) + "-journal").write_bytes(journal)
    before = fingerprint(tmp_path)

    report = Workspace.check(path)
    assert report.error == ("a change that never finished (a crash) left "
                            "studio.jewelbench-journal beside it; open it for editing once so "
                            "that it can be undone")
    assert "damaged" not in report.error
    assert fingerprint(tmp_path) == before

    with Workspace.open(path, full_check=False) as workspace:  # as the message says
        assert [s.code for s in workspace.designs.summaries()] == CODES
        assert workspace.notices == []
    assert Workspace.check(path).ok


def test_a_journal_sqlite_would_not_replay_is_left_alone_without_a_warning(tmp_path):
    path = workspace_file(tmp_path)
    data, journal = crash_in_a_rollback_mode_change(path, spilled=False)
    assert journal[:1] == b"\x00" and any(journal[:28])  # begun, never made valid
    path.write_bytes(data)
    Path(str(path) + "-journal").write_bytes(journal)

    report = Workspace.check(path)
    assert report.ok and report.stray_logs == []
    with Workspace.open(path, full_check=False) as workspace:
        assert [s.code for s in workspace.designs.summaries()] == CODES
        assert workspace.notices == []  # nothing to tell: SQLite ignores such a journal
    assert list(tmp_path.glob("*.stray-*")) == []


# --- what stands where a copy is written -----------------------------------------------------


@pytest.mark.parametrize("kind", ["named pipe", "link"])
def test_save_as_never_waits_on_or_writes_through_what_has_the_copys_unfinished_name(
        tmp_path, kind):
    path = workspace_file(tmp_path)
    copy = tmp_path / "studio copy.jewelbench"
    partial = tmp_path / "studio copy.jewelbench.partial"
    precious = tmp_path / "notes.txt"
    precious.write_text("ring sizes\n", encoding="utf-8")
    if kind == "named pipe":
        os.mkfifo(partial)
    else:
        partial.symlink_to(precious)
    with Workspace.open(path, full_check=False) as workspace:
        before = fingerprint(tmp_path)
        refused = within_ten_seconds(lambda: workspace.save_copy_as(copy))
        assert isinstance(refused, WorkspaceError), refused
        assert refused.reason == (
            f"the copy studio copy.jewelbench could not be written: studio copy.jewelbench."
            f"partial, the name the copy is written under, is a {kind}, not a copy of "
            "jewelbench's; move it away (nothing of it was left there)")
        assert fingerprint(tmp_path) == before
        assert [s.code for s in workspace.designs.summaries()] == CODES  # still open, whole


def test_the_sweep_of_unfinished_copies_leaves_what_is_not_a_copy_and_never_waits(tmp_path):
    from jewelbench.storage import partials

    os.mkfifo(tmp_path / "Studio 2026-03-14.jewelbench.partial")
    (tmp_path / "Notes.jewelbench.partial").symlink_to(tmp_path / "notes.txt")
    (tmp_path / "notes.txt").write_text("ring sizes\n", encoding="utf-8")
    left = tmp_path / "Killed.jewelbench.partial"
    left.write_bytes(b"SQLite format 3\x00 half a copy")
    before = fingerprint(tmp_path)

    removed = within_ten_seconds(lambda: partials.sweep(tmp_path))

    assert removed == [left]
    del before[str(left)]
    assert fingerprint(tmp_path) == before


# --- a folder the reader cannot write to -----------------------------------------------------


READ_AS_ANOTHER_USER = """
import sys
from jewelbench.storage import Workspace, WorkspaceError
path = sys.argv[1]
print("check:", Workspace.check(path).error)
try:
    Workspace.open(path, read_only=True).close()
    print("read-only: opened")
except WorkspaceError as error:
    print("read-only:", type(error).__name__, error.reason)
"""


@pytest.mark.integration
@pytest.mark.skipif(os.name != "posix" or (os.geteuid() == 0 and not shutil.which("setpriv")),
                    reason="a folder this user cannot write to, as POSIX makes it")
def test_a_reader_of_a_folder_it_cannot_write_to_is_not_told_the_crashed_file_is_damaged():
    """The file's own log holds its last saves; SQLite must create the log's index (-shm)
    to read them, which a folder the reader may not write to refuses."""
    folder = Path(tempfile.mkdtemp(prefix="jewelbench-read-only-", dir="/tmp"))
    try:
        path = workspace_file(folder)
        workspace = Workspace.open(path)
        workspace.designs.add(make.design("RG-100"))
        data, wal = path.read_bytes(), Path(str(path) + "-wal").read_bytes()
        workspace.close()
        path.write_bytes(data)  # as the crash left it: the design is only in the log
        Path(str(path) + "-wal").write_bytes(wal)
        for entry in folder.iterdir():
            entry.chmod(0o644)
        before = fingerprint(folder)
        if os.geteuid() == 0:  # root writes anywhere: read as nobody instead
            folder.chmod(0o755)
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                       sys.executable, "-c", READ_AS_ANOTHER_USER, str(path)]
        else:
            folder.chmod(0o555)
            command = [sys.executable, "-c", READ_AS_ANOTHER_USER, str(path)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        said = ("studio.jewelbench-wal beside it holds its latest saved changes, and reading "
                "them needs SQLite to make studio.jewelbench-shm beside it, which this folder "
                "does not allow; open it for editing from a folder you can write to (copy the "
                "workspace with its -wal file)")
        assert done.stdout.splitlines() == [f"check: {said}", f"read-only: WorkspaceError {said}"
                                            ], done.stderr
        assert fingerprint(folder) == before
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


# --- a new workspace -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_new_workspace_is_not_made_beside_what_is_not_a_log_and_nothing_is_removed(
        tmp_path, kind):
    path = tmp_path / "studio.jewelbench"
    planted = plant(path, "-journal", kind, tmp_path)
    before = fingerprint(tmp_path)
    refused = within_ten_seconds(lambda: Workspace.create(path))
    assert isinstance(refused, WorkspaceError), refused
    assert refused.reason == (f"beside it, studio.jewelbench-journal is {KINDS[kind]}, not a "
                              "file SQLite keeps; move it out of the folder and try again")
    assert fingerprint(tmp_path) == before and planted.name in os.listdir(tmp_path)


@pytest.mark.parametrize("suffix", ["-wal", "-journal"])
def test_a_log_left_where_a_new_workspace_is_made_is_moved_aside_not_deleted(tmp_path, suffix):
    """All that is left of a workspace deleted by hand may be its log: SQLite would delete it
    (or replay it into the new file). It is kept, moved aside, and the user told."""
    path = tmp_path / "studio.jewelbench"
    other = workspace_file(tmp_path / "elsewhere", "other")
    with Workspace.open(other) as workspace:  # a log with content, as a crash leaves it
        workspace.designs.add(make.design("RG-LEFT"))
        shutil.copyfile(str(other) + "-wal", str(path) + suffix)
    leftover = Path(str(path) + suffix).read_bytes()
    Path(str(path) + "-shm").write_bytes(b"\0" * 32768)

    with Workspace.create(path) as created:
        assert created.designs.count() == 0
        [notice] = created.notices
    [aside] = tmp_path.glob(f"studio.jewelbench{suffix}.stray-*")
    assert aside.read_bytes() == leftover
    assert notice == (f"studio.jewelbench{suffix} was already in the folder, left by something "
                      f"else; it was moved aside as {aside.name}, and the new workspace was "
                      "made without it")
    with Workspace.open(path) as reopened:
        assert reopened.designs.count() == 0 and reopened.notices == []


@pytest.mark.integration
def test_the_demo_command_refuses_a_folder_named_as_its_log_instead_of_a_traceback(tmp_path):
    path = tmp_path / "Demo.jewelbench"
    Path(str(path) + "-wal").mkdir()
    done = subprocess.run([sys.executable, "-m", "jewelbench", "demo", str(path), "--force"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr == (f"jewelbench: {path}: beside it, Demo.jewelbench-wal is a folder, not "
                           "a file SQLite keeps; move it out of the folder and try again\n")
    assert not path.exists()


# --- found in review: a lock that must not stay held, errors that must not escape -----------


def test_a_lock_whose_holder_text_cannot_be_written_is_let_go(tmp_path, monkeypatch):
    """A full disk as the lock file gets its holder's text: the open is refused, and once there
    is room the workspace opens (the lock was not kept held by a forgotten descriptor)."""
    import errno

    from jewelbench.storage import lock

    path = workspace_file(tmp_path)
    real = lock._write_holder

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock, "_write_holder", disk_full)
    with pytest.raises(WorkspaceError) as refused:
        Workspace.open(path)
    assert "No space left on device" in refused.value.reason
    monkeypatch.setattr(lock, "_write_holder", real)  # room again
    with Workspace.open(path) as workspace:
        assert workspace.designs.count() == len(CODES)


@pytest.mark.integration
def test_a_copy_another_program_is_reading_is_refused_as_busy_not_a_crash(tmp_path,
                                                                         monkeypatch):
    """A Save As copy (rollback mode) that another program holds a read transaction on cannot
    be turned to WAL mode: the open says so with WorkspaceBusy, the copy is unchanged."""
    from jewelbench.storage import WorkspaceBusy
    from jewelbench.storage import workspace as workspace_module

    path = workspace_file(tmp_path)
    copy = tmp_path / "copy.jewelbench"
    with Workspace.open(path) as workspace:
        workspace.save_copy_as(copy)
    before = sha256(copy)
    reader = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time\n"
         "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "c.execute('BEGIN'); c.execute('SELECT count(*) FROM sqlite_master').fetchone()\n"
         "print('reading', flush=True); time.sleep(60)", str(copy)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout is not None and reader.stdout.readline() == "reading\n"
        monkeypatch.setattr(workspace_module, "BUSY_TIMEOUT_S", 0.3)
        with pytest.raises(WorkspaceBusy) as refused:
            Workspace.open(copy, full_check=False)
        assert refused.value.reason == ("another program is reading or writing it; close it "
                                        "there or try again")
    finally:
        reader.kill()
        reader.communicate(timeout=30)
    assert sha256(copy) == before
    with Workspace.open(copy) as workspace:  # once the other program lets go
        assert workspace.designs.count() == len(CODES)


def test_a_lock_file_replaced_by_a_link_refuses_the_save_with_a_reason(tmp_path, monkeypatch):
    """Where only the lock file keeps other writers out (macOS, network drives), a lock file
    replaced by a link makes each save a WriteError with the reason, never an OSError."""
    from jewelbench.storage import WriteError, lock

    monkeypatch.setattr(lock, "USE_WORKSPACE_FILE_LOCK", False)
    path = workspace_file(tmp_path)
    with Workspace.open(path) as workspace:
        lock_file = Path(str(path) + ".lock")
        lock_file.unlink()
        os.symlink(tmp_path / "elsewhere.txt", lock_file)
        with pytest.raises(WriteError) as refused:
            workspace.designs.add(make.design("RG-100"))
        assert "so nothing was saved" in str(refused.value)
        assert "studio.jewelbench.lock" in str(refused.value)
        assert workspace.designs.count() == len(CODES)
    assert not (tmp_path / "elsewhere.txt").exists()  # never written through
