"""One writer per workspace: a second window is told who has it open, and may read it;
after a crash the next start opens it with no unlocking by hand.

The holder is a real second process; "crash" is SIGKILL.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import storage_helpers as make
from storage_helpers import sha256, sidecars

from jewelbench.storage import (
    ReadOnlyStore,
    Workspace,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceInUse,
    schema,
)
from jewelbench.storage.lock import describe_holder

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]

HOLDER = """
import sys
from pathlib import Path
sys.path.insert(0, {helpers!r})
import storage_helpers as make
from jewelbench.storage import Workspace

workspace = Workspace.open(Path(sys.argv[1]))
workspace.designs.add(make.design("HELD-1"))
print("holding", flush=True)
sys.stdin.readline()
workspace.close()
print("closed", flush=True)
"""


def lock_file(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def fingerprint(path: Path) -> dict[str, str]:
    """The bytes of the workspace file and its -wal, as another program would see them."""
    return {p.name: sha256(p) for p in (path, Path(str(path) + "-wal")) if p.exists()}


@pytest.fixture
def closed_workspace(tmp_path) -> Path:
    path = tmp_path / "studio.jewelbench"
    with Workspace.create(path) as workspace:
        workspace.designs.add(make.design("RG-014"))
    return path


@pytest.fixture
def holder(closed_workspace):
    """Another jewelbench process with the workspace open for writing."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(helpers=str(HERE)), str(closed_workspace)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=REPO)
    line = process.stdout.readline()
    if line != "holding\n":
        process.kill()
        pytest.fail(f"the holder did not start: {line!r} {process.communicate()[1]}")
    yield process
    if process.poll() is None:
        process.kill()
    process.communicate()


@pytest.mark.integration
def test_a_second_writer_in_another_process_is_told_who_holds_the_workspace(
        closed_workspace, holder):
    path = closed_workspace
    before = fingerprint(path)
    with pytest.raises(WorkspaceInUse) as caught:
        Workspace.open(path)
    error = caught.value
    assert isinstance(error, WorkspaceError)
    assert error.holder.startswith(f"process {holder.pid} on {socket.gethostname()} since ")
    assert error.reason == f"it is open in another jewelbench window ({error.holder})"
    assert str(error) == f"{path}: {error.reason}"
    assert fingerprint(path) == before
    assert f"{holder.pid} " in lock_file(path).read_text()

    holder.stdin.write("\n")  # the other window closes the workspace
    holder.stdin.flush()
    assert holder.stdout.readline() == "closed\n"
    assert holder.wait(timeout=30) == 0
    assert not lock_file(path).exists()
    with Workspace.open(path) as workspace:
        assert workspace.designs.get_by_code("HELD-1") is not None


@pytest.mark.integration
def test_the_workspace_can_be_read_but_not_changed_while_another_window_writes(
        closed_workspace, holder):
    path = closed_workspace
    before = fingerprint(path)
    with Workspace.open(path, read_only=True) as reading:
        assert reading.read_only
        assert sorted(s.code for s in reading.designs.summaries()) == ["HELD-1", "RG-014"]
        with pytest.raises(ReadOnlyStore, match="open read-only, so nothing was saved"):
            reading.designs.add(make.design("PD-001"))
        with pytest.raises(ReadOnlyStore):
            reading.settings.set("name", "Renamed")
        with pytest.raises(ReadOnlyStore):
            with reading.transaction():
                pass
        with pytest.raises(ReadOnlyStore):
            reading.db.execute("DELETE FROM designs")
        assert reading.designs.count() == 2
    assert fingerprint(path) == before
    with pytest.raises(WorkspaceInUse):  # the writer still has it
        Workspace.open(path)


@pytest.mark.integration
def test_after_the_holder_is_killed_the_next_open_needs_no_unlocking(closed_workspace, holder):
    path = closed_workspace
    os.kill(holder.pid, signal.SIGKILL)
    assert holder.wait(timeout=30) == -signal.SIGKILL
    # the crashed process left its lock file (and its -wal) behind, as a crash does
    assert lock_file(path).read_text().startswith(f"{holder.pid} ")

    with Workspace.open(path) as workspace:
        assert workspace.designs.get_by_code("HELD-1") is not None  # its committed edit
        assert lock_file(path).read_text().startswith(f"{os.getpid()} ")
        workspace.designs.add(make.design("AFTER-CRASH"))
    assert not lock_file(path).exists()
    assert Workspace.check(path).ok


def test_a_second_window_in_the_same_process_is_refused_too(closed_workspace):
    with Workspace.open(closed_workspace) as first:
        with pytest.raises(WorkspaceInUse, match=f"process {os.getpid()} on"):
            Workspace.open(closed_workspace)
        with Workspace.open(closed_workspace, read_only=True) as reading:
            assert reading.designs.count() == 1
        first.designs.add(make.design("PD-001"))  # the refusals did not disturb the writer
    with Workspace.open(closed_workspace) as again:
        assert again.designs.count() == 2


def test_close_lets_go_and_removes_the_lock_file(tmp_path):
    path = tmp_path / "new.jewelbench"
    workspace = Workspace.create(path)
    pid, host, since = lock_file(path).read_text().split()
    assert (int(pid), host) == (os.getpid(), socket.gethostname())
    assert dt.datetime.fromisoformat(since).tzinfo is not None
    with pytest.raises(WorkspaceInUse):
        Workspace.open(path)
    workspace.close()
    assert not lock_file(path).exists()
    workspace.close()  # closing twice is harmless
    Workspace.open(path).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.jewelbench"]


def test_a_lock_file_left_by_a_crash_does_not_block_anyone(closed_workspace):
    lock_file(closed_workspace).write_text("999999 old-laptop 2024-01-01T09:00:00+01:00\n")
    with Workspace.open(closed_workspace) as workspace:
        assert workspace.designs.count() == 1
    assert not lock_file(closed_workspace).exists()


def test_a_refused_open_leaves_no_lock_file(tmp_path):
    path = tmp_path / "broken.jewelbench"
    with Workspace.create(path):
        pass
    data = bytearray(path.read_bytes())
    data[4096 * 2:] = b"\xff" * (len(data) - 4096 * 2)
    path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceDamaged):
        Workspace.open(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.jewelbench"]


def test_reading_a_closed_workspace_leaves_it_and_its_folder_untouched(closed_workspace):
    before = sha256(closed_workspace)
    with Workspace.open(closed_workspace, read_only=True) as reading:
        assert reading.designs.get_by_code("RG-014").name == "Luna stacking ring"
        with pytest.raises(ReadOnlyStore):
            reading.designs.delete(reading.designs.id_for_code("RG-014"))
    assert sha256(closed_workspace) == before
    assert sidecars(closed_workspace) == []
    assert sorted(p.name for p in closed_workspace.parent.iterdir()) == ["studio.jewelbench"]


def test_a_read_only_file_can_be_opened_for_reading(closed_workspace):
    closed_workspace.chmod(0o444)
    with Workspace.open(closed_workspace, read_only=True) as reading:
        assert reading.designs.count() == 1
    assert closed_workspace.stat().st_mode & 0o777 == 0o444


def test_a_workspace_that_needs_upgrading_is_not_upgraded_when_opened_read_only(
        closed_workspace, monkeypatch):
    future, version = make.future_migrations(
        lambda db: db.execute("ALTER TABLE designs ADD COLUMN x TEXT"))
    monkeypatch.setattr(schema, "migrations", future)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", version)
    before = sha256(closed_workspace)
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(closed_workspace, read_only=True)
    assert caught.value.reason == (f"it has an older schema ({version - 1}; this app uses "
                                   f"{version}) and must be opened for writing once to "
                                   "upgrade it")
    assert sha256(closed_workspace) == before
    assert sorted(p.name for p in closed_workspace.parent.iterdir()) == ["studio.jewelbench"]
    with Workspace.open(closed_workspace) as writing:  # opened for writing, it is upgraded
        assert writing.schema_version == version


def test_the_holder_is_described_in_the_readers_own_time():
    today = dt.datetime(2025, 3, 14, 22, 0)
    assert describe_holder("1234 studio-mac 2025-03-14T21:40:05", today) == (
        "process 1234 on studio-mac since 21:40")
    assert describe_holder("1234 studio-mac 2025-03-10T08:05:00", today) == (
        "process 1234 on studio-mac since 2025-03-10 08:05")
    utc = dt.datetime(2025, 3, 14, 20, 40, tzinfo=dt.UTC)
    local = utc.astimezone().replace(tzinfo=None)
    assert describe_holder(f"77 nas {utc.isoformat()}", local) == (
        f"process 77 on nas since {local:%H:%M}")
    assert describe_holder("", today) == ""
    assert describe_holder("garbage", today) == ""


# --- a lock file deleted by hand (issue 13, item 9) --------------------------------------------

WRITER = """
import sys
from pathlib import Path
sys.path.insert(0, {helpers!r})
import storage_helpers as make
from jewelbench.storage import Workspace, WriteError, lock

lock.USE_WORKSPACE_FILE_LOCK = {workspace_file_lock!r}
workspace = Workspace.open(Path(sys.argv[1]))
print("holding", flush=True)
for line in sys.stdin:
    command, _, code = line.strip().partition(" ")
    if command == "add":
        try:
            workspace.designs.add(make.design(code))
            print("added", flush=True)
        except WriteError as error:
            print("refused:", error, flush=True)
    else:
        break
workspace.close()
print("closed", flush=True)
"""


def start_writer(path: Path, *, workspace_file_lock: bool = True) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c",
         WRITER.format(helpers=str(HERE), workspace_file_lock=workspace_file_lock), str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=REPO)
    line = process.stdout.readline()
    if line != "holding\n":
        process.kill()
        pytest.fail(f"the writer did not start: {line!r} {process.communicate()[1]}")
    return process


def tell(process: subprocess.Popen[str], command: str) -> str:
    process.stdin.write(command + "\n")
    process.stdin.flush()
    return process.stdout.readline().strip()


@pytest.fixture
def writers():
    started: list[subprocess.Popen[str]] = []

    def start(path: Path, **options: bool) -> subprocess.Popen[str]:
        started.append(start_writer(path, **options))
        return started[-1]

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate()


@pytest.mark.integration
@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="the workspace file itself is flock()ed on Linux")
def test_deleting_the_lock_file_by_hand_does_not_let_a_second_writer_in(closed_workspace,
                                                                        writers):
    path = closed_workspace
    first = writers(path)
    lock_file(path).unlink()  # "a stray file": the user deletes it while the window is open
    before = fingerprint(path)

    with pytest.raises(WorkspaceInUse) as caught:  # another process
        Workspace.open(path)
    assert caught.value.reason.startswith("it is open in another jewelbench window")
    assert fingerprint(path) == before
    assert not lock_file(path).exists(), "the refused window leaves no lock file behind"
    refused = subprocess.run(
        [sys.executable, "-c", "import sys; from pathlib import Path\n"
         "from jewelbench.storage import Workspace, WorkspaceInUse\n"
         "try:\n    Workspace.open(Path(sys.argv[1]))\n"
         "except WorkspaceInUse as e:\n    print('refused:', e.reason)\n",
         str(path)], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert refused.stdout.startswith("refused: it is open in another jewelbench window"), \
        refused.stderr

    # the first window goes on saving, and its next save puts the lock file back
    assert tell(first, "add AFTER-DELETE") == "added"
    assert lock_file(path).read_text().startswith(f"{first.pid} ")
    with pytest.raises(WorkspaceInUse, match=f"process {first.pid} on"):
        Workspace.open(path)  # now the message names the holder again
    assert tell(first, "close") == "closed"
    assert first.wait(timeout=30) == 0
    assert not lock_file(path).exists()
    with Workspace.open(path) as workspace:
        assert workspace.designs.get_by_code("AFTER-DELETE") is not None
    assert Workspace.check(path).ok


@pytest.mark.integration
def test_where_only_the_lock_file_can_be_locked_the_first_window_stops_saving(
        closed_workspace, writers, monkeypatch):
    """macOS and network drives: the workspace file itself is not locked; a second window that
    got in after the lock file was deleted holds the new lock file, and the first window's
    saves are refused (with a reason) instead of two windows writing."""
    from jewelbench.storage import WriteError, lock
    from jewelbench.storage.store import WorkspaceTaken

    monkeypatch.setattr(lock, "USE_WORKSPACE_FILE_LOCK", False)
    path = closed_workspace
    first = writers(path, workspace_file_lock=False)
    lock_file(path).unlink()
    with Workspace.open(path) as second:  # nothing stops it at the door
        answer = tell(first, "add FIRST-AFTER")
        assert answer.startswith("refused: Another jewelbench window (process "
                                 f"{os.getpid()} on ")
        assert "since its lock file was deleted, so nothing was saved here" in answer
        second.designs.add(make.design("SECOND-1"))  # the window that holds the lock saves
        assert second.designs.id_for_code("FIRST-AFTER") is None
    assert tell(first, "add FIRST-LATER") == "added", "the lock is its again once free"
    assert lock_file(path).read_text().startswith(f"{first.pid} ")
    assert tell(first, "close") == "closed"
    with Workspace.open(path) as workspace:
        assert sorted(s.code for s in workspace.designs.summaries()) == [
            "FIRST-LATER", "RG-014", "SECOND-1"]
    assert issubclass(WorkspaceTaken, WriteError)  # the window's ordinary save refusal


def test_a_lock_file_replaced_by_hand_is_taken_again_before_the_next_save(closed_workspace):
    with Workspace.open(closed_workspace) as workspace:
        lock_file(closed_workspace).unlink()
        lock_file(closed_workspace).write_text("someone else's text\n")
        workspace.designs.add(make.design("PD-001"))
        assert lock_file(closed_workspace).read_text().startswith(f"{os.getpid()} ")
    assert not lock_file(closed_workspace).exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/locks")
def test_closing_leaves_another_reader_of_the_file_in_this_process_its_sqlite_lock(
        closed_workspace):
    """SQLite's "How To Corrupt" 2.2: closing any descriptor of a file drops every fcntl()
    lock the process holds on it. The workspace file's own flock descriptor must not pull the
    shared lock from under a background check still reading the file."""
    import sqlite3

    from jewelbench.storage import lock

    path = closed_workspace
    info = path.stat()
    device = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"

    def locks_held() -> list[str]:
        return [line.split()[1] for line in Path("/proc/locks").read_text().splitlines()
                if line.split()[4] == str(os.getpid()) and line.split()[5] == device]

    workspace = Workspace.open(path)
    assert "FLOCK" in locks_held(), "the workspace file itself is locked"
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert reader.execute("SELECT count(*) FROM designs").fetchone() == (1,)
    workspace.close()
    assert locks_held() == ["POSIX"], "the reader's shared lock is still there"
    assert reader.execute("SELECT count(*) FROM designs").fetchone() == (1,)
    reader.close()
    Workspace.open(path).close()
    assert locks_held() == []
    assert lock._parked == [], "the descriptor kept open meanwhile is closed at last"


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="the workspace file itself is locked on Linux")
def test_a_new_workspace_holds_its_own_file_from_the_start(tmp_path):
    """File ▸ New: the new file is locked before anything is saved in it, so deleting its lock
    file at once lets no second writer in (the lock used to reach the file at the first save)."""
    path = tmp_path / "new.jewelbench"
    with Workspace.create(path) as created:
        lock_file(path).unlink()
        with pytest.raises(WorkspaceInUse):
            Workspace.open(path)
        created.designs.add(make.design("RG-NEW"))  # and the first window goes on saving
    with Workspace.open(path) as again:
        assert again.designs.count() == 1


def test_a_new_workspace_is_never_made_over_a_file_that_appears_meanwhile(tmp_path,
                                                                          monkeypatch):
    """A file given the new workspace's name while it is being made (another program's Save)
    is refused, and that file is left as it is."""
    from jewelbench.storage import WorkspaceError, opening

    path = tmp_path / "new.jewelbench"
    real = opening.set_aside_leftovers

    def someone_saves_there(at: Path) -> list[str]:
        at.write_text("someone else's file")
        return real(at)

    monkeypatch.setattr(opening, "set_aside_leftovers", someone_saves_there)
    with pytest.raises(WorkspaceError, match="a file with this name already exists"):
        Workspace.create(path)
    assert path.read_text() == "someone else's file"
    assert not lock_file(path).exists()
