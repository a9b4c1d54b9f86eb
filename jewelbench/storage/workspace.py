"""Opening, creating, checking and copying a workspace file.

Nothing here writes to a file before it has been recognised as a healthy jewelbench workspace
of a schema this version knows: a foreign, damaged, read-only or newer file is left untouched.
A write-ahead log or journal beside the file that is not its own is moved aside first
(storage/sidecars.py), since SQLite would replay it into the file on the first read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import os
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from jewelbench.domain.alloys import STANDARD_ALLOYS
from jewelbench.storage import partials
from jewelbench.storage.lock import LockHeld, LockLost, WorkspaceLock, describe_holder
from jewelbench.storage.partials import PartialInUse
from jewelbench.storage.store import StorageError, Store, WorkspaceTaken

if TYPE_CHECKING:
    from sqlite_utils import Database

    from jewelbench.storage.brand import BrandRepository
    from jewelbench.storage.costing import CostingRepository
    from jewelbench.storage.designs import DesignRepository
    from jewelbench.storage.picks import PickRepository
    from jewelbench.storage.prices import PriceRepository, SettingsRepository
    from jewelbench.storage.quotes import QuoteRepository
    from jewelbench.storage.rfqs import RfqRepository
    from jewelbench.storage.samples import SampleRepository
    from jewelbench.storage.scenarios import ScenarioRepository
    from jewelbench.storage.suppliers import SupplierRepository
    from jewelbench.storage.techpacks import TechPackRepository
from jewelbench.storage import health, schema, sidecars

SUFFIX = ".jewelbench"
_SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0


class WorkspaceError(Exception):
    """A workspace that cannot be opened; str() is a one-line reason for the user."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


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


@dataclass
class CheckReport:
    path: Path
    integrity: list[str] = field(default_factory=list)
    foreign_key_problems: list[str] = field(default_factory=list)
    schema_problems: list[str] = field(default_factory=list)
    text_problems: list[str] = field(default_factory=list)
    schema_version: int = 0
    app_schema_version: int = schema.SCHEMA_VERSION
    error: str = ""
    # logs beside the file that are not its own: checked without them, and set aside at the
    # next opening for editing (not a problem of the file itself)
    stray_logs: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (not self.error and self.integrity == ["ok"] and not self.foreign_key_problems
                and not self.schema_problems and not self.text_problems
                and self.schema_version == self.app_schema_version)

    @property
    def problems(self) -> list[str]:
        """Every problem found, each a phrase for the user ([] when healthy)."""
        found = [] if self.integrity == ["ok"] else [f"SQLite's integrity check: {line}"
                                                     for line in self.integrity]
        return found + self.schema_problems + self.foreign_key_problems + self.text_problems

    def lines(self) -> list[str]:
        if self.error:
            return [f"FAILED: {self.error}"]

        def listed(problems: list[str], what: str) -> str:
            shown = "; ".join(problems[:5]) + ("; …" if len(problems) > 5 else "")
            return "ok" if not problems else f"{len(problems)} {what}: {shown}"

        out = [
            "integrity check: "
            + ("ok" if self.integrity == ["ok"] else "; ".join(self.integrity[:5])),
            "schema: " + listed(self.schema_problems, "part(s) missing or changed"),
            "foreign keys: " + listed(self.foreign_key_problems, "broken reference(s)"),
            "text: " + listed(self.text_problems, "damaged value(s)"),
            f"schema version: {self.schema_version} (this app: {self.app_schema_version})",
        ]
        out += [f"beside it: {stray}" for stray in self.stray_logs]
        out.append("OK: workspace is healthy" if self.ok else "FAILED: workspace has problems")
        return out


_NOT_A_FILE = {stat.S_IFIFO: "a named pipe", stat.S_IFSOCK: "a socket",
               stat.S_IFCHR: "a device", stat.S_IFBLK: "a device"}


def _require_plain_file(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise NotAWorkspace(path, "this is a folder, not a workspace file")
    if not stat.S_ISREG(mode):
        kind = _NOT_A_FILE.get(stat.S_IFMT(mode), "not an ordinary file")
        raise NotAWorkspace(path, f"this is {kind}, not a workspace file")


def _read_header(path: Path) -> bytes:
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
    header = _read_header(path)
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


def _followed(path: Path) -> Path:
    """The file a path names once its links are followed, as SQLite itself follows them: it
    keeps its -wal and -journal beside that file, not beside the link, so that is where they
    must be looked at. A path that is no link is returned as it is."""
    try:
        real = path.resolve()
    except (OSError, RuntimeError):  # a loop of links: refused when it is read
        return path
    return real if real != path.absolute() else path


def _refuse_odd_logs(path: Path) -> None:
    """Refuse a file with something other than an ordinary file where SQLite keeps its logs
    (sidecars.odd_logs): nothing is opened, moved or changed."""
    for log, kind in sidecars.odd_logs(path):
        raise WorkspaceError(
            path, f"beside it, {log.name} is {kind}, not a file SQLite keeps; move it out of "
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


def _why_a_reader_cannot(path: Path, error: str) -> str:
    """Why a healthy file's own log keeps a reader from reading it ('' when that is not what
    SQLite's error says): a rollback journal with a change to undo, or a write-ahead log whose
    index (-shm) a reader must create beside it, in a folder that does not allow that."""
    if "readonly" in error:
        return _unfinished_change(path)
    wal, index = sidecars.beside(path, sidecars.WAL), sidecars.beside(path, sidecars.SHM)
    if "unable to open" in error and sidecars.has_content(wal) and not index.exists():
        return (f"{wal.name} beside it holds its latest saved changes, and reading them needs "
                f"SQLite to make {index.name} beside it, which this folder does not allow; open "
                "it for editing from a folder you can write to (copy the workspace with its "
                "-wal file)")
    return ""


def _is_read_only(path: Path) -> bool:
    # os.access() says yes to root whatever the mode bits; the bits are what the user set.
    mode = path.stat().st_mode
    return not (mode & stat.S_IWUSR) or not os.access(path, os.W_OK)


def _read_only_uri(path: Path) -> str:
    """A URI that reads path without writing anything, whatever characters its name holds."""
    # A read-only connection to a WAL file creates -wal and -shm that it cannot remove when it
    # closes. With no -wal present nothing has the file open, so read it as immutable instead —
    # unless a rollback journal with content is beside it: immutable would read the file
    # without it, half-way through a change.
    # as_uri() escapes '#', '?' and '%', which SQLite would otherwise take as URI syntax.
    wal = sidecars.beside(path, sidecars.WAL)
    live = wal.exists() or sidecars.has_content(sidecars.beside(path, sidecars.JOURNAL))
    return path.resolve().as_uri() + ("?mode=ro" if live else "?mode=ro&immutable=1")


def _connect(path: Path) -> Store:
    return Store(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S))


def _configure(db: Store) -> None:
    conn = db.conn
    with db.ensure_autocommit_on():
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on disk before the user sees it (DESIGN.md, "one transaction per
        # user action"); the cost is one extra fsync of the WAL per commit.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    if conn.execute("PRAGMA foreign_keys").fetchone()[0] != 1:
        raise RuntimeError("SQLite refused to turn on foreign keys")


def _configure_read_only(db: Store) -> None:
    conn = db.conn
    conn.execute("PRAGMA foreign_keys = ON")  # what the file enforces is what its reader sees
    conn.execute("PRAGMA query_only = ON")  # belt and braces: the URI is read-only already
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")


_applied_migrations = sidecars.applied_migrations


def quick_check(path: Path) -> list[str]:
    """SQLite's quick check on its own read-only connection: ['ok'] when healthy.

    It reads every page, so on a large workspace the app runs it off the GUI thread."""
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as error:
        return [f"the file cannot be read ({error})"]
    try:
        return [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.Error as error:
        return [f"the file is damaged ({error})"]
    finally:
        conn.close()


class CopyFailed(WorkspaceError, StorageError):
    """A copy of the workspace (Save As, a backup, the copy before an upgrade) that was not
    made; nothing of it was left behind. Caught as a WorkspaceError or as a StorageError.

    reason is the whole sentence for the user; problem only its cause ("the disk is full")."""

    def __init__(self, path: Path | str, reason: str, problem: str = "") -> None:
        super().__init__(path, reason)
        self.problem = problem or reason


def _copy_problem(error: BaseException) -> str:
    """Why a copy failed, in the user's words."""
    text = str(error)
    lowered = text.lower()
    if "full" in lowered or getattr(error, "errno", None) == errno.ENOSPC:
        return "the disk is full"
    if (isinstance(error, PermissionError) or "readonly" in lowered or "read-only" in lowered
            or getattr(error, "errno", None) == errno.EROFS):
        return "the folder cannot be written to"
    if isinstance(error, PartialInUse):
        kind = partials.not_a_copy(Path(str(error.args[0]))) if error.args else ""
        if kind:
            return (f"{Path(str(error.args[0])).name}, the name the copy is written under, is "
                    f"{kind}, not a copy of jewelbench's; move it away")
        return "another copy to the same name is being written right now"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror[:1].lower() + error.strerror[1:]
    return " ".join(text.split()) or type(error).__name__


def _copy_failed(destination: Path, error: BaseException) -> CopyFailed:
    problem = _copy_problem(error)
    name = destination.name.removesuffix(partials.PARTIAL)
    return CopyFailed(destination, f"the copy {name} could not be written: {problem} "
                                   "(nothing of it was left there)", problem)


def copy_database(source: sqlite3.Connection, target_path: Path) -> None:
    """Write a new standalone file at target_path with SQLite's online backup API.

    One backup step copies every page within one read transaction, so the copy is a consistent
    snapshot even while another connection writes. The copy uses a rollback journal, so it is
    one self-contained file that any SQLite tool can read.

    On any failure (a full disk, an unwritable folder, an interrupt) the target and its
    -journal are removed, and CopyFailed says why in plain words."""
    target_path = Path(target_path)
    try:
        target = sqlite3.connect(str(target_path))
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    except (OSError, sqlite3.Error) as error:
        partials.remove(target_path)
        raise _copy_failed(target_path, error) from error
    except BaseException:
        partials.remove(target_path)
        raise


def backup_to(db: Store, destination: Path, *, replace: bool = True) -> None:
    """Copy a live database with SQLite's online backup API (never a plain file copy).

    The copy is written as destination.partial and renamed when complete; on failure nothing
    is left (CopyFailed). What a killed copy to the same name left is removed first. With
    replace=False a file that took the destination's name meanwhile is never replaced."""
    temporary = partials.partial_for(destination)
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        partials.remove_left_over(temporary)
        with partials.held(temporary):
            try:
                copy_database(db.conn, temporary)  # removes what it wrote if it fails
            except CopyFailed as failed:
                raise _copy_failed(destination, failed.__cause__ or failed) from failed
            try:
                if replace:
                    os.replace(temporary, destination)
                else:
                    partials.rename_new(temporary, destination)
            except BaseException:
                partials.remove(temporary)
                raise
    except FileExistsError:
        if not destination.exists():  # a file where its folder should be
            raise _copy_failed(destination, OSError(errno.ENOTDIR, "the folder cannot be "
                                                    "made (a file has its name)")) from None
        raise CopyFailed(destination, "a file with this name already exists; jewelbench never "
                                      "overwrites a workspace") from None
    except (OSError, PartialInUse) as error:
        raise _copy_failed(destination, error) from error


def _take_lock(path: Path) -> WorkspaceLock:
    try:
        return WorkspaceLock.acquire(path)
    except LockHeld as held:
        raise WorkspaceInUse(path, describe_holder(held.holder)) from None
    except OSError as error:
        raise WorkspaceReadOnly(
            path, f"jewelbench cannot mark it as open in its folder ({error.strerror}); open it "
                  "read-only or copy it to a folder you can write to") from None


def _verify_lock(lock: WorkspaceLock) -> None:
    try:
        lock.verify()
    except OSError as error:  # the lock file was replaced by a folder or a link, say
        raise WorkspaceTaken(
            f"jewelbench can no longer check that this window alone writes to the workspace "
            f"(its lock file {lock.path.name}: {error.strerror or error}), so nothing was saved. "
            "Close the workspace and open it again.") from None
    except LockLost as lost:
        holder = describe_holder(lost.holder)
        raise WorkspaceTaken(
            "Another jewelbench window" + (f" ({holder})" if holder else "") + " has opened "
            "this workspace for editing since its lock file was deleted, so nothing was saved "
            "here. Close this window and carry on in the other one.") from None


def _examine(path: Path, conn: sqlite3.Connection, *, quick: bool) -> sidecars.Content:
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
        if "locked" in str(error) or "busy" in str(error):
            raise WorkspaceBusy(path, "another program is writing to it; try again") from None
        raise WorkspaceDamaged(path, f"the file is damaged ({error})") from None
    except sqlite3.DatabaseError as error:
        raise WorkspaceDamaged(path, f"the file is damaged ({error})") from None
    return _vet(path, sidecars.Content(content.application_id, content.applied, verdict))


def _vet(path: Path, content: sidecars.Content) -> sidecars.Content:
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


def _set_aside_strays(path: Path) -> tuple[list[str], sidecars.Content | None]:
    """Move aside every log beside path that is not its own (the caller holds the workspace's
    lock, so no jewelbench writer has it open). Returns what to tell the user, and what SQLite
    sees in the file with its own log replayed, when a log was judged."""
    notices: list[str] = []
    replayed: sidecars.Content | None = None
    logs = [log for suffix in (sidecars.WAL, sidecars.JOURNAL)
            if sidecars.has_content(log := sidecars.beside(path, suffix))]
    if not logs or sidecars.in_use_elsewhere(path):
        return notices, None  # nothing to replay, or another program's live log
    for log in logs:
        try:
            judgement = sidecars.judge(path, log)
        except OSError as error:
            raise WorkspaceError(path, f"{log.name} beside it cannot be checked "
                                       f"({error.strerror or error})") from None
        if not judgement.reason:
            replayed = judgement.replayed or replayed
            continue
        try:
            aside = sidecars.move_aside(path, log)
        except OSError as error:
            raise WorkspaceError(
                path, f"{log.name} beside it is not its own ({judgement.reason}) and cannot be "
                      f"moved aside ({error.strerror or error}); the file was left as it "
                      "is") from None
        notices.append(
            f"{log.name} beside it was not its own ({judgement.reason}). It was moved aside as "
            f"{aside.name}, and the workspace opened as it was last saved in the file")
    return notices, replayed


def _set_aside_leftovers(path: Path) -> list[str]:
    """Before a new workspace is made at path (which does not exist; the caller holds its
    lock): a -wal or -journal already there belongs to no file of ours — perhaps all that is
    left of one — and SQLite would delete it or replay it into the new file. It is moved aside
    as with any log that is not a file's own; a stale -shm index is removed."""
    notices = []
    for suffix in (sidecars.WAL, sidecars.JOURNAL):
        log = sidecars.beside(path, suffix)
        if os.path.lexists(log):
            aside = sidecars.move_aside(path, log)
            notices.append(f"{log.name} was already in the folder, left by something else; it "
                           f"was moved aside as {aside.name}, and the new workspace was made "
                           "without it")
    sidecars.beside(path, sidecars.SHM).unlink(missing_ok=True)
    return notices


def _strays_seen_read_only(path: Path) -> list[tuple[Path, str]]:
    """The logs beside path that are not its own, for a reader who moves nothing: none while a
    jewelbench window or another program has the file open (its log is live)."""
    logs = [log for suffix in (sidecars.WAL, sidecars.JOURNAL)
            if sidecars.has_content(log := sidecars.beside(path, suffix))]
    if not logs or _held_by_a_writer(path) or sidecars.in_use_elsewhere(path):
        return []
    found = []
    for log in logs:
        with contextlib.suppress(OSError):
            if reason := sidecars.judge(path, log).reason:
                found.append((log, reason))
    return found


def _held_by_a_writer(path: Path) -> bool:
    try:
        WorkspaceLock.acquire(path).release()
    except LockHeld:
        return True
    except OSError:
        return False  # a folder nobody can write to holds no writer's lock
    return False


def _look_before_writing(path: Path, full_check: bool,
                         replayed: sidecars.Content | None) -> None:
    """The checks a file passes before anything opens it for writing, on a read-only
    connection (immutable when no log is beside it). A file in rollback mode (a backup, a Save
    As copy, a restored backup) is quick-checked whatever full_check says: opening it for
    writing turns it to WAL mode, which rewrites its header."""
    if replayed is not None:
        _vet(path, replayed)  # judged in a copy with its log replayed, quick check included
        return
    header = _read_header(path)
    rollback_mode = header[18] == 1 or header[19] == 1
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as error:
        raise WorkspaceDamaged(path, f"SQLite cannot open it ({error})") from None
    try:
        _examine(path, conn, quick=full_check or rollback_mode)
    finally:
        conn.close()


class Workspace:
    """An open workspace file and its repositories. Use as a context manager or close()."""

    def __init__(self, path: Path, db: Store, *, pre_migration_backup: Path | None = None,
                 lock: WorkspaceLock | None = None):
        self.path = path
        self.db = db
        self.pre_migration_backup = pre_migration_backup
        self._lock = lock
        # what the user is told on opening it (e.g. a log beside it that was moved aside)
        self.notices: list[str] = []
        if not db.read_only:
            db.write_stamp = sidecars.SAVE_STAMP

    @property
    def _lock(self) -> WorkspaceLock | None:
        return self._held_lock

    @_lock.setter
    def _lock(self, lock: WorkspaceLock | None) -> None:
        # Every write transaction first checks that the lock still keeps other writers out.
        self._held_lock = lock
        self.db.write_guard = None if lock is None else functools.partial(_verify_lock, lock)

    @property
    def read_only(self) -> bool:
        """Opened with read_only=True: every write raises ReadOnlyStore."""
        return self.db.read_only

    # Repositories are made on first use: each imports only its own feature's code, so opening
    # a workspace and listing designs never loads suppliers, quotes or samples.

    @cached_property
    def settings(self) -> SettingsRepository:
        from jewelbench.storage.prices import SettingsRepository

        return SettingsRepository(self.db)

    @cached_property
    def prices(self) -> PriceRepository:
        from jewelbench.storage.prices import PriceRepository

        return PriceRepository(self.db)

    @cached_property
    def designs(self) -> DesignRepository:
        from jewelbench.storage.designs import DesignRepository

        return DesignRepository(self.db)

    @cached_property
    def tech_packs(self) -> TechPackRepository:
        from jewelbench.storage.techpacks import TechPackRepository

        return TechPackRepository(self.db)

    @cached_property
    def brand(self) -> BrandRepository:
        from jewelbench.storage.brand import BrandRepository

        return BrandRepository(self.db)

    @cached_property
    def suppliers(self) -> SupplierRepository:
        from jewelbench.storage.suppliers import SupplierRepository

        return SupplierRepository(self.db)

    @cached_property
    def quotes(self) -> QuoteRepository:
        from jewelbench.storage.quotes import QuoteRepository

        return QuoteRepository(self.db)

    @cached_property
    def rfqs(self) -> RfqRepository:
        from jewelbench.storage.rfqs import RfqRepository

        return RfqRepository(self.db)

    @cached_property
    def samples(self) -> SampleRepository:
        from jewelbench.storage.samples import SampleRepository

        return SampleRepository(self.db)

    @cached_property
    def scenarios(self) -> ScenarioRepository:
        from jewelbench.storage.scenarios import ScenarioRepository

        return ScenarioRepository(self.db)

    @cached_property
    def picks(self) -> PickRepository:
        from jewelbench.storage.picks import PickRepository

        return PickRepository(self.db)

    @cached_property
    def costing(self) -> CostingRepository:
        from jewelbench.storage.costing import CostingRepository

        return CostingRepository(self.db)

    # --- lifecycle -----------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, *, base_currency: str = "USD",
               name: str | None = None) -> Workspace:
        """Create a new, empty workspace. Refuses to overwrite an existing file."""
        path = Path(path)
        if path.exists():
            raise WorkspaceError(path, "a file with this name already exists")
        for log, kind in sidecars.odd_logs(path):  # SQLite would wait on a pipe, or delete it
            raise WorkspaceError(path, f"beside it, {log.name} is {kind}, not a file SQLite "
                                       "keeps; move it out of the folder and try again")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            lock = WorkspaceLock.acquire(path)
        except LockHeld as held:  # another window is creating the same file right now
            raise WorkspaceInUse(path, describe_holder(held.holder)) from None
        except OSError as error:
            raise WorkspaceError(path, f"the workspace cannot be created here ({error})") from None
        made = False  # only a file made here is ever removed here
        try:
            if path.exists():
                raise WorkspaceError(path, "a file with this name already exists")
            notices = _set_aside_leftovers(path)
            # made empty first (SQLite takes an empty file as a new database), so that the
            # lock holds the workspace file itself from the start, not from the first save
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
            made = True
            lock.verify()
            db = _connect(path)
        except FileExistsError:  # made by someone else between the look and the making
            lock.release()
            raise WorkspaceError(path, "a file with this name already exists") from None
        except (OSError, sqlite3.Error, LockLost) as error:
            if made:
                path.unlink(missing_ok=True)
            lock.release()
            raise WorkspaceError(path, f"the workspace cannot be created here ({error})") from None
        except BaseException:
            if made:
                path.unlink(missing_ok=True)
            lock.release()
            raise
        try:
            with db.ensure_autocommit_on():
                db.conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            _configure(db)
            schema.migrations.apply(db.utils)
            with db.atomic():
                db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
                workspace = cls(path, db, lock=lock)
                workspace.settings.set("base_currency", base_currency.upper())
                workspace.settings.set("name", name or path.stem)
                workspace.settings.set("created_at",
                                       dt.datetime.now().isoformat(timespec="seconds"))
                for alloy in STANDARD_ALLOYS:
                    workspace.prices.add_alloy(alloy)
        except BaseException:
            db.close()
            for suffix in ("", "-wal", "-shm", "-journal"):  # all made here (leftovers: aside)
                Path(str(path) + suffix).unlink(missing_ok=True)
            lock.release()
            raise
        workspace.notices = notices
        return workspace

    @classmethod
    def open(cls, path: Path | str, *, full_check: bool = True,
             read_only: bool = False) -> Workspace:
        """Open an existing workspace, migrating it (after a backup copy) if it is older.

        Nothing opens the file for writing before it has passed its checks: a write-ahead log
        or rollback journal beside it that is not its own is moved aside first (`notices` says
        so; see storage/sidecars.py), then a read-only connection makes sure SQLite sees a
        jewelbench workspace with its migrations recorded — healthy by SQLite's quick check
        when full_check is set, when it is to be migrated, and when it is a copy in rollback
        mode that opening for writing would turn to WAL mode (a write to its header).

        full_check runs SQLite's quick check, which reads every page; the GUI passes False and
        runs quick_check() in the background instead, so a large file opens at once.

        A writer holds the workspace's lock until close(): a second writer is refused with
        WorkspaceInUse. read_only=True needs no lock, never writes to the file (every write
        raises ReadOnlyStore) and refuses a file that would need migrating."""
        path = _followed(Path(path).expanduser())
        inspect_header(path)
        _refuse_odd_logs(path)
        if read_only:
            return cls._open_read_only(path, full_check)
        if _is_read_only(path):
            raise WorkspaceReadOnly(
                path, "the file is read-only; make it writable or save a copy elsewhere")
        lock = _take_lock(path)
        db: Store | None = None
        try:
            notices, replayed = _set_aside_strays(path)
            _look_before_writing(path, full_check, replayed)
            try:
                db = _connect(path)
            except sqlite3.Error as error:
                raise WorkspaceDamaged(path, f"SQLite cannot open it ({error})") from None
            workspace = cls._open_checked(path, db, False)
        except BaseException:
            if db is not None:
                db.close()
            lock.release()
            raise
        workspace._lock = lock
        workspace.notices = notices
        return workspace

    @classmethod
    def _open_read_only(cls, path: Path, full_check: bool) -> Workspace:
        strays = _strays_seen_read_only(path)
        # a log that is not the file's own is ignored: the file is read as it is on disk
        uri = (path.resolve().as_uri() + "?mode=ro&immutable=1") if strays else (
            _read_only_uri(path))
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
        except sqlite3.Error as error:
            raise WorkspaceDamaged(path, f"SQLite cannot open it ({error})") from None
        db = Store(conn, read_only=True)
        try:
            workspace = cls._open_checked(path, db, full_check)
        except WorkspaceDamaged as error:
            db.close()
            if not strays and (cause := _why_a_reader_cannot(path, error.reason)):
                raise WorkspaceError(path, cause) from None
            raise
        except BaseException:
            db.close()
            raise
        workspace.notices = [
            f"{log.name} beside it is not its own ({reason}); it was ignored and left where it "
            "is (opening the workspace for editing moves it aside)" for log, reason in strays]
        return workspace

    @classmethod
    def _open_checked(cls, path: Path, db: Store, full_check: bool) -> Workspace:
        known = schema.known_migration_names()
        applied = _examine(path, db.conn, quick=full_check).applied
        pending = [name for name in known if name not in applied]
        if db.read_only:
            if pending:
                raise WorkspaceError(
                    path, f"it has an older schema ({len(applied)}; this app uses "
                          f"{len(known)}) and must be opened for writing once to upgrade it")
            # A reader (the commands, a read-only window) reads tables whole: a table, column
            # or index another program dropped would fail deep inside a read. Said here.
            try:
                missing = health.schema_problems(db.conn, applied)
            except sqlite3.DatabaseError as error:
                raise WorkspaceDamaged(path, f"the file is damaged ({error})") from None
            if missing:
                more = f" and {len(missing) - 1} more" if len(missing) > 1 else ""
                raise WorkspaceDamaged(path, f"the file is damaged ({missing[0]}{more}; "
                                             "“jewelbench check” lists every problem)")
            _configure_read_only(db)
            return cls(path, db)
        backup = None
        if pending:
            # whatever the file's history: a copy of it as it was comes before any migration
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            number, copy = 1, path.with_name(
                f"{path.stem}.before-schema-{len(known)}-{stamp}{path.suffix or SUFFIX}")
            while os.path.lexists(copy):  # never over another copy ("a" and "a.jewelbench")
                number += 1
                copy = copy.with_name(f"{path.stem}.before-schema-{len(known)}-{stamp}-{number}"
                                      f"{path.suffix or SUFFIX}")
            backup_to(db, copy, replace=False)
            backup = copy
        try:
            _configure(db)
        except sqlite3.OperationalError as error:  # nothing written yet: WAL mode is refused
            if "locked" in str(error) or "busy" in str(error):
                raise WorkspaceBusy(path, "another program is reading or writing it; close it "
                                          "there or try again") from None
            raise WorkspaceError(path, f"it cannot be opened for editing ({error})") from None
        if pending:
            try:
                schema.migrations.apply(db.utils)
            except Exception as error:
                # each migration rolled back on its own: the file is still at its old schema
                cause = " ".join(str(error).split()) or type(error).__name__
                raise WorkspaceError(
                    path, f"upgrading it to schema {len(known)} failed ({cause}); it was left "
                          f"as it was; the copy made before is {backup}") from error
            try:
                with db.ensure_autocommit_on():
                    db.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
            except sqlite3.OperationalError as error:  # the header's copy only: upgraded
                raise WorkspaceError(path, f"it was upgraded, but its header could not be "
                                           f"marked ({error}); open it again") from None
        return cls(path, db, pre_migration_backup=backup)

    def close(self) -> None:
        """Close the file, then let go of its lock (and remove the lock file)."""
        try:
            if not self.read_only:
                with contextlib.suppress(sqlite3.Error, RuntimeError):
                    with self.db.ensure_autocommit_on():
                        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.close()
        finally:
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- actions -------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action: everything inside commits together or not at all."""
        with self.db.atomic() as db:
            yield db

    def save_copy_as(self, destination: Path | str) -> Path:
        destination = Path(destination)
        if destination.resolve() == self.path.resolve():
            raise WorkspaceError(destination, "this is the workspace itself")
        if destination.exists():
            raise WorkspaceError(destination, "a file with this name already exists; "
                                              "jewelbench never overwrites a workspace")
        backup_to(self.db, destination, replace=False)
        return destination

    @property
    def schema_version(self) -> int:
        return len(_applied_migrations(self.db.conn))

    @property
    def base_currency(self) -> str:
        return self.settings.get("base_currency", "USD")

    @property
    def name(self) -> str:
        return self.settings.get("name", self.path.stem)

    def counts(self) -> dict[str, int]:
        tables = ("designs", "suppliers", "quotes", "sample_rounds", "inhouse_scenarios",
                  "metal_prices", "fx_rates")
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    @staticmethod
    def check(path: Path | str) -> CheckReport:
        """Integrity, schema-shape, foreign-key and text checks, without changing the file
        (the last three: storage/health.py)."""
        path = Path(path)
        report = CheckReport(path)
        path = _followed(path)
        try:
            inspect_header(path)
            _refuse_odd_logs(path)
            strays = _strays_seen_read_only(path)
            # a log that is not the file's own is left out of the check, as the next opening
            # for editing leaves it out (it moves it aside)
            uri = (path.resolve().as_uri() + "?mode=ro&immutable=1" if strays
                   else _read_only_uri(path))
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
        except WorkspaceError as error:
            report.error = error.reason
            return report
        except sqlite3.Error as error:
            report.error = f"SQLite cannot open it ({error})"
            return report
        report.stray_logs = [
            f"{log.name} is not its own ({reason}); it was left out of this check, and opening "
            "the workspace for editing moves it aside" for log, reason in strays]
        try:
            report.integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            applied = _applied_migrations(conn)
            known = schema.known_migration_names()
            report.schema_version = len(applied)
            if any(name not in known for name in applied):
                report.error = (f"schema {len(applied)} is newer than this app's "
                                f"({len(known)}); update jewelbench")
                return report
            report.schema_problems = health.schema_problems(conn, applied)
            report.foreign_key_problems = health.foreign_key_problems(conn)
            report.text_problems = health.text_problems(conn)
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                report.error = "another program is writing to it; try again"
            elif not strays and (cause := _why_a_reader_cannot(path, str(error))):
                report.error = cause  # not damage: what a reader cannot do, said as such
            else:
                report.error = f"the file is damaged ({error})"
        except sqlite3.DatabaseError as error:
            report.error = f"the file is damaged ({error})"
        finally:
            conn.close()
        return report
