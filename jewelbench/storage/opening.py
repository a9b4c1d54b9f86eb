"""Looking at a workspace file before anything opens it for writing.

What a file is (a workspace, a folder, a pipe, a truncated or foreign file) from its header;
the logs beside it that are not its own (moved aside, or ignored by a reader: see
storage/sidecars.py); what a read-only connection sees in it (vet: healthy, of a schema this
version knows); and the WorkspaceError family that says why a file cannot be opened.
storage/workspace.py opens the file once it has passed these; storage/checking.py reports on
it without opening it (`jewelbench check`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
from pathlib import Path

import jewelbench.storage.schema as schema
import jewelbench.storage.sidecars as sidecars
from jewelbench.storage.lock import LockHeld, WorkspaceLock
from jewelbench.storage.store import cannot_open, is_busy, is_read_only

log = logging.getLogger(__name__)

SUFFIX = ".jewelbench"
_SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a connection waits for another program's lock before giving up (storage/workspace.py
# takes its own copy, which the tests shorten).
BUSY_TIMEOUT_S = 5.0


class WorkspaceError(Exception):
    """A workspace that cannot be opened; str() is a one-line reason for the user."""

    def __init__(self, path: Path | str, reason: str, *,
                 sqlite_error: BaseException | None = None) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason
        # the SQLite error behind the reason, when there is one (told apart by its code)
        self.sqlite_error = sqlite_error


class WorkspaceMissing(WorkspaceError):
    pass


class NotAWorkspace(WorkspaceError):
    pass


class WorkspaceDamaged(WorkspaceError):
    pass


class WorkspaceTooNew(WorkspaceError):
    pass


class WorkspaceReadOnly(WorkspaceError):
    pass


class WorkspaceBusy(WorkspaceError):
    pass


class WorkspaceInUse(WorkspaceError):
    """Another window (of this or another jewelbench) has the workspace open for writing.

    holder says who, e.g. 'process 1234 on studio-mac since 21:40' ('' when unknown)."""

    def __init__(self, path: Path | str, holder: str) -> None:
        where = f" ({holder})" if holder else ""
        super().__init__(path, f"it is open in another jewelbench window{where}")
        self.holder = holder


_NOT_A_FILE = {stat.S_IFIFO: "a named pipe", stat.S_IFSOCK: "a socket",
               stat.S_IFCHR: "a device", stat.S_IFBLK: "a device"}


def _require_plain_file(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise NotAWorkspace(path, "this is a folder, not a workspace file")
    if not stat.S_ISREG(mode):
        kind = _NOT_A_FILE.get(stat.S_IFMT(mode), "not an ordinary file")
        raise NotAWorkspace(path, f"this is {kind}, not a workspace file")


def read_header(path: Path) -> bytes:
    """The first 100 bytes; a pipe, socket or device is refused before it is opened (reading
    one would wait for ever), and checked again on the open handle."""
    try:
        _require_plain_file(path, os.stat(path).st_mode)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as handle:
            _require_plain_file(path, os.fstat(handle.fileno()).st_mode)
            return handle.read(100)
    except FileNotFoundError:
        raise WorkspaceMissing(path, "the file does not exist") from None
    except IsADirectoryError:
        raise NotAWorkspace(path, "this is a folder, not a workspace file") from None
    except PermissionError:
        raise WorkspaceReadOnly(path, "the file cannot be read (permission denied)") from None
    except OSError as error:
        raise WorkspaceError(path, f"the file cannot be read ({error.strerror})") from None


def inspect_header(path: Path) -> None:
    """Raise the right WorkspaceError if path is plainly not a healthy workspace file."""
    header = read_header(path)
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        if header.startswith(_SQLITE_MAGIC[: len(header)]) and header:
            raise WorkspaceDamaged(path, "the file is truncated (it ends inside its header)")
        raise NotAWorkspace(path, "this is not a jewelbench workspace (not an SQLite database)")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != schema.APPLICATION_ID:
        raise NotAWorkspace(path, "this SQLite database is not a jewelbench workspace")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    change_counter = int.from_bytes(header[24:28], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    wal = path.with_name(path.name + "-wal")
    if (valid_for == change_counter and page_count and not wal.exists()
            and path.stat().st_size < page_size * page_count):
        raise WorkspaceDamaged(
            path, f"the file is truncated ({path.stat().st_size:,} of "
                  f"{page_size * page_count:,} bytes)")


def followed(path: Path) -> Path:
    """The file a path names once its links are followed, as SQLite itself follows them: it
    keeps its -wal and -journal beside that file, not beside the link, so that is where they
    must be looked at. A path that is no link is returned as it is."""
    try:
        real = path.resolve()
    except (OSError, RuntimeError):  # a loop of links: refused when it is read
        return path
    return real if real != path.absolute() else path


def refuse_odd_logs(path: Path) -> None:
    """Refuse a file with something other than an ordinary file where SQLite keeps its logs
    (sidecars.odd_logs): nothing is opened, moved or changed."""
    for side, kind in sidecars.odd_logs(path):
        raise WorkspaceError(
            path, f"beside it, {side.name} is {kind}, not a file SQLite keeps; move it out of "
                  "the folder and try again (the workspace was left as it is)")


def _unfinished_change(path: Path) -> str:
    """Why a reader cannot read a file whose own rollback journal holds a change that never
    finished ('' when there is none): SQLite must undo that change first, which only a
    connection that may write can do."""
    journal = sidecars.beside(path, sidecars.JOURNAL)
    if not sidecars.has_content(journal):
        return ""
    return (f"a change that never finished (a crash) left {journal.name} beside it; open it "
            "for editing once so that it can be undone")


def why_a_reader_cannot(path: Path, error: BaseException | None) -> str:
    """Why a healthy file's own log keeps a reader from reading it ('' when that is not what
    SQLite's error says): a rollback journal with a change to undo, or a write-ahead log whose
    index (-shm) a reader must create beside it, in a folder that does not allow that."""
    if error is None:
        return ""
    if is_read_only(error):
        return _unfinished_change(path)
    wal, index = sidecars.beside(path, sidecars.WAL), sidecars.beside(path, sidecars.SHM)
    if cannot_open(error) and sidecars.has_content(wal) and not index.exists():
        return (f"{wal.name} beside it holds its latest saved changes, and reading them needs "
                f"SQLite to make {index.name} beside it, which this folder does not allow; open "
                "it for editing from a folder you can write to (copy the workspace with its "
                "-wal file)")
    return ""


def is_read_only_file(path: Path) -> bool:
    # os.access() says yes to root whatever the mode bits; the bits are what the user set.
    mode = path.stat().st_mode
    return not (mode & stat.S_IWUSR) or not os.access(path, os.W_OK)


def read_only_uri(path: Path) -> str:
    """A URI that reads path without writing anything, whatever characters its name holds."""
    # A read-only connection to a WAL file creates -wal and -shm that it cannot remove when it
    # closes. With no -wal present nothing has the file open, so read it as immutable instead —
    # unless a rollback journal with content is beside it: immutable would read the file
    # without it, half-way through a change.
    # as_uri() escapes '#', '?' and '%', which SQLite would otherwise take as URI syntax.
    wal = sidecars.beside(path, sidecars.WAL)
    live = wal.exists() or sidecars.has_content(sidecars.beside(path, sidecars.JOURNAL))
    return path.resolve().as_uri() + ("?mode=ro" if live else "?mode=ro&immutable=1")


def reader_uri(path: Path, strays: list[tuple[Path, str]]) -> str:
    """The URI a reader opens path with: read_only_uri(), or, when logs beside it are not its
    own (strays_seen_read_only), the file alone as it is on disk (immutable: they are
    ignored, never replayed)."""
    return path.resolve().as_uri() + "?mode=ro&immutable=1" if strays else read_only_uri(path)


def quick_check(path: Path, timeout: float = BUSY_TIMEOUT_S) -> list[str]:
    """SQLite's quick check on its own read-only connection: ['ok'] when healthy.

    It reads every page, so on a large workspace the app runs it off the GUI thread."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout)
    except sqlite3.Error as error:
        return [f"the file cannot be read ({error})"]
    try:
        return [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.Error as error:
        return [f"the file is damaged ({error})"]
    finally:
        conn.close()


def examine(path: Path, conn: sqlite3.Connection, *, quick: bool) -> sidecars.Content:
    """What conn sees in the file, refused with the right WorkspaceError unless it is a healthy
    jewelbench workspace of a schema this app knows. The application id is the connection's
    (after any log was replayed), not page 1's on disk. SQLite's quick check runs when quick
    is set or the file is to be migrated."""
    try:
        content = sidecars.read_content(conn, quick_check=False)
        pending = [n for n in schema.known_migration_names() if n not in content.applied]
        if quick or pending:
            verdict = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
        else:
            # still touch the schema, so a file damaged at its start is caught here
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            verdict = []
    except sqlite3.OperationalError as error:
        if is_busy(error):
            raise WorkspaceBusy(path, "another program is writing to it; try again") from None
        raise WorkspaceDamaged(path, f"the file is damaged ({error})",
                               sqlite_error=error) from None
    except sqlite3.DatabaseError as error:
        raise WorkspaceDamaged(path, f"the file is damaged ({error})",
                               sqlite_error=error) from None
    return vet(path, sidecars.Content(content.application_id, content.applied, verdict))


def vet(path: Path, content: sidecars.Content) -> sidecars.Content:
    if content.verdict not in ([], ["ok"]):
        first = " ".join(content.verdict[0].split())  # SQLite's report spans lines
        raise WorkspaceDamaged(path, f"the file is damaged ({first})")
    if content.application_id != schema.APPLICATION_ID:
        raise NotAWorkspace(path, "this SQLite database is not a jewelbench workspace")
    if not content.applied:
        # never "migrated" into an empty workspace: that would throw away whatever it holds
        raise NotAWorkspace(path, "this is not a jewelbench workspace (no jewelbench schema is "
                                  "recorded in it); it was left as it is")
    known = schema.known_migration_names()
    if any(name not in known for name in content.applied):
        raise WorkspaceTooNew(
            path, f"it was written by a newer jewelbench (schema {len(content.applied)}, this "
                  f"app knows {len(known)}); update jewelbench to open it")
    return content


def _logs_with_content(path: Path) -> list[Path]:
    """The -wal and -journal beside path that hold something (what SQLite would replay)."""
    return [side for suffix in (sidecars.WAL, sidecars.JOURNAL)
            if sidecars.has_content(side := sidecars.beside(path, suffix))]


def set_aside_strays(path: Path) -> tuple[list[str], sidecars.Content | None]:
    """Move aside every log beside path that is not its own (the caller holds the workspace's
    lock, so no jewelbench writer has it open). Returns what to tell the user, and what SQLite
    sees in the file with its own log replayed, when a log was judged."""
    notices: list[str] = []
    replayed: sidecars.Content | None = None
    logs = _logs_with_content(path)
    if not logs or sidecars.in_use_elsewhere(path):
        return notices, None  # nothing to replay, or another program's live log
    for side in logs:
        try:
            judgement = sidecars.judge(path, side)
        except OSError as error:
            raise WorkspaceError(path, f"{side.name} beside it cannot be checked "
                                       f"({error.strerror or error})") from None
        if not judgement.reason:
            replayed = judgement.replayed or replayed
            continue
        try:
            aside = sidecars.move_aside(path, side)
        except OSError as error:
            raise WorkspaceError(
                path, f"{side.name} beside it is not its own ({judgement.reason}) and cannot be "
                      f"moved aside ({error.strerror or error}); the file was left as it "
                      "is") from None
        notices.append(
            f"{side.name} beside it was not its own ({judgement.reason}). It was moved aside as "
            f"{aside.name}, and the workspace opened as it was last saved in the file")
    return notices, replayed


def set_aside_leftovers(path: Path) -> list[str]:
    """Before a new workspace is made at path (which does not exist; the caller holds its
    lock): a -wal or -journal already there belongs to no file of ours — perhaps all that is
    left of one — and SQLite would delete it or replay it into the new file. It is moved aside
    as with any log that is not a file's own; a stale -shm index is removed."""
    notices = []
    for suffix in (sidecars.WAL, sidecars.JOURNAL):
        side = sidecars.beside(path, suffix)
        if os.path.lexists(side):
            aside = sidecars.move_aside(path, side)
            notices.append(f"{side.name} was already in the folder, left by something else; it "
                           f"was moved aside as {aside.name}, and the new workspace was made "
                           "without it")
    sidecars.beside(path, sidecars.SHM).unlink(missing_ok=True)
    return notices


def strays_seen_read_only(path: Path) -> list[tuple[Path, str]]:
    """The logs beside path that are not its own, for a reader who moves nothing: none while a
    jewelbench window or another program has the file open (its log is live)."""
    logs = _logs_with_content(path)
    if not logs or _held_by_a_writer(path) or sidecars.in_use_elsewhere(path):
        return []
    found = []
    for side in logs:
        with contextlib.suppress(OSError):
            if reason := sidecars.judge(path, side).reason:
                found.append((side, reason))
    return found


def _held_by_a_writer(path: Path) -> bool:
    try:
        WorkspaceLock.acquire(path).release()
    except LockHeld:
        return True
    except OSError:
        return False  # a folder nobody can write to holds no writer's lock
    return False


def look_before_writing(path: Path, full_check: bool, replayed: sidecars.Content | None,
                        timeout: float = BUSY_TIMEOUT_S) -> None:
    """The checks a file passes before anything opens it for writing, on a read-only
    connection (immutable when no log is beside it). A file in rollback mode (a backup, a Save
    As copy, a restored backup) is quick-checked whatever full_check says: opening it for
    writing turns it to WAL mode, which rewrites its header."""
    if replayed is not None:
        vet(path, replayed)  # judged in a copy with its log replayed, quick check included
        return
    header = read_header(path)
    rollback_mode = header[18] == 1 or header[19] == 1
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout)
    except sqlite3.Error as error:
        raise WorkspaceDamaged(path, f"SQLite cannot open it ({error})") from None
    try:
        examine(path, conn, quick=full_check or rollback_mode)
    finally:
        conn.close()
