"""Automatic backups of a workspace, their rotation, and recovery from a damaged file.

Every backup is made with SQLite's online backup API (a consistent snapshot even while another
connection writes, never a plain file copy), written under a temporary ".partial" name, then
opened and checked, and only then given its final name. Older backups are rotated out only
after a new one has passed its check, so a failing disk never costs the backups already made.

A backup's name says what it is, so the folder can be read without jewelbench:
"<workspace stem> 2025-03-14 21-40-05 on close.jewelbench".
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter
from typing import ParamSpec, TypeVar

import jewelbench.storage.health as health
import jewelbench.storage.partials as partials
import jewelbench.storage.schema as schema
import jewelbench.storage.sidecars as sidecars
from jewelbench.storage.copying import CopyFailed, copy_database
from jewelbench.storage.lock import LockHeld, WorkspaceLock, describe_holder
from jewelbench.storage.opening import BUSY_TIMEOUT_S, SUFFIX, WorkspaceInUse, read_only_uri
from jewelbench.storage.sidecars import applied_migrations
from jewelbench.storage.store import StorageError
from jewelbench.storage.workspace import Workspace

log = logging.getLogger(__name__)

PARTIAL = partials.PARTIAL
_STAMP = "%Y-%m-%d %H-%M-%S"
_NAME = re.compile(
    r"^(?P<stem>.*) (?P<stamp>\d{4}-\d\d-\d\d \d\d-\d\d-\d\d) (?P<reason>[^-]+?)"
    r"(?:-(?P<number>\d+))?" + re.escape(SUFFIX) + "$")
DESCRIBED_TABLES = ("designs", "suppliers", "quotes", "sample_rounds")


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _logs_refusal(action: str) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """Log a BackupError the decorated action raises at WARNING (the user sees it too)."""
    def decorate(function: Callable[_P, _R]) -> Callable[_P, _R]:
        @functools.wraps(function)
        def logged(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            try:
                return function(*args, **kwargs)
            except BackupError as error:
                log.warning("%s refused: %s", action, error)
                raise
        return logged
    return decorate


class BackupError(StorageError):
    """A backup, check or restore that did not happen; str() is meant for the user."""


@dataclass(frozen=True)
class BackupPolicy:
    interval_minutes: int = 30   # a changed workspace is backed up when its last backup is older
    keep_latest: int = 5         # the newest N are always kept
    daily: int = 7               # then the newest of each of the last N days
    weekly: int = 4              # … of each of the last N ISO weeks
    monthly: int = 12            # … of each of the last N months


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # local time, from the file name
    size: int              # bytes
    reason: str            # "automatic", "on close", "before restore", "manual", …
    took_s: float | None = field(default=None, compare=False)  # how long writing it took


@dataclass(frozen=True)
class BackupJob:
    """A backup begun on the GUI thread (Backups.begin): everything writing it needs, as plain
    values, so that write_backup() can run on a worker thread with its own connection."""

    workspace_path: Path
    folder: Path
    base: str             # the file name without suffix: "<stem> <stamp> <reason>"
    taken_at: dt.datetime
    reason: str
    migrations: list[str]  # the workspace's applied migrations: the copy must have the same
    changes: int          # the connection's total_changes when it was begun

    @property
    def partial(self) -> Path:
        return self.folder / f"{self.base}{SUFFIX}{PARTIAL}"


HEADROOM_BYTES = 1024 * 1024  # at least this is left free beside a backup (and 5 % of it)


def free_bytes(folder: Path) -> int:
    """Free space on the disk that holds folder (or the nearest folder of it that exists)."""
    here = Path(folder)
    while not here.exists() and here.parent != here:
        here = here.parent
    return shutil.disk_usage(here).free


def _size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size, 0) / 1024:,.0f} KB"
    return f"{size / (1024 * 1024):,.0f} MB"


def space_problem(folder: Path, needed: int) -> str:
    """Why a copy of needed bytes cannot be written into folder ('' when there is room): the
    copy, and a margin so that the disk is never left brim-full."""
    try:
        free = free_bytes(folder)
    except OSError as error:
        return f"the free space of {folder} cannot be read ({error.strerror or error})"
    if free < needed + max(HEADROOM_BYTES, needed // 20):
        return (f"the disk is full (it needs about {_size_text(needed)} and the disk holding "
                f"{folder} has {_size_text(free)} free); free some space there")
    return ""


def _now() -> dt.datetime:
    """The clock backups are named and rotated by (tests set it to a fixed day)."""
    return dt.datetime.now()


# --- where backups live, and which to keep ---------------------------------------------------


def backup_folder_for(workspace_path: Path, data_folder: Path) -> Path:
    """data_folder/backups/<stem>-<8 hex digits of the workspace's full path>: two workspaces
    with the same name in different folders never share (or rotate out) each other's backups."""
    resolved = os.path.normcase(str(Path(workspace_path).expanduser().resolve()))
    digest = hashlib.sha1(os.fsencode(resolved)).hexdigest()[:8]
    return Path(data_folder) / "backups" / f"{Path(workspace_path).stem}-{digest}"


def generations_to_keep(times: list[dt.datetime], now: dt.datetime,
                        policy: BackupPolicy) -> set[dt.datetime]:
    """Which backup times to keep: the newest policy.keep_latest, and the newest of each of
    the last policy.daily calendar days, policy.weekly ISO weeks (Monday to Sunday) and
    policy.monthly calendar months, counted back from (and including) the day, week and month
    of now. A day, week or month without backups keeps nothing; no time is kept twice."""
    newest_first = sorted(set(times), reverse=True)
    keep = set(newest_first[:max(policy.keep_latest, 0)])

    today = now.date()
    this_monday = today - dt.timedelta(days=today.weekday())
    days = {today - dt.timedelta(days=back) for back in range(max(policy.daily, 0))}
    weeks = {this_monday - dt.timedelta(weeks=back) for back in range(max(policy.weekly, 0))}
    months = {_months_before(today, back) for back in range(max(policy.monthly, 0))}

    newest_in: dict[tuple[str, object], dt.datetime] = {}
    for time in newest_first:  # newest first: the first time seen in a period is its newest
        day = time.date()
        for period in (("day", day), ("week", day - dt.timedelta(days=day.weekday())),
                       ("month", (day.year, day.month))):
            newest_in.setdefault(period, time)
    keep.update(time for (kind, period), time in newest_in.items()
                if (kind == "day" and period in days) or (kind == "week" and period in weeks)
                or (kind == "month" and period in months))
    return keep


def _months_before(day: dt.date, back: int) -> tuple[int, int]:
    index = day.year * 12 + (day.month - 1) - back
    return index // 12, index % 12 + 1


# --- looking at backups ----------------------------------------------------------------------


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken_at = dt.datetime.strptime(match["stamp"], _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, taken_at, size, match["reason"])


def _order(info: BackupInfo) -> dt.datetime:
    """taken_at, with the "-2", "-3" … of backups taken within one second as microseconds."""
    match = _NAME.match(info.path.name)
    number = int(match["number"] or 1) if match else 1
    return info.taken_at + dt.timedelta(microseconds=number - 1)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in folder, newest first; unfinished (.partial) and other files are left out."""
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    found = [info for entry in entries if entry.is_file()
             and (info := _parse(entry)) is not None]
    return sorted(found, key=_order, reverse=True)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    # immutable when no -wal is beside it: reading never leaves a -wal or -shm behind
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)


def _problem(path: Path, expected_migrations: list[str] | None = None) -> str:
    """Why the file at path is not a good workspace copy ('' when it is)."""
    try:
        conn = _connect_read_only(path)
    except sqlite3.Error as error:
        return f"it cannot be read ({error})"
    try:
        verdict = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
        if verdict != ["ok"]:
            return f"it is damaged ({verdict[0]})"
        if conn.execute("PRAGMA application_id").fetchone()[0] != schema.APPLICATION_ID:
            return "it is not a jewelbench workspace"
        applied = applied_migrations(conn)
        known = schema.known_migration_names()
        if expected_migrations is not None and applied != expected_migrations:
            return (f"its schema ({len(applied)}) is not the workspace's "
                    f"({len(expected_migrations)})")
        if any(name not in known for name in applied):
            return f"it was written by a newer jewelbench (schema {len(applied)})"
        # what SQLite's quick check does not see: a dropped table, a broken reference, text
        # that is no longer readable (a backup like that is no backup to restore)
        found = health.problems(conn, applied)
        return f"it is damaged ({found[0]})" if found else ""
    except sqlite3.Error as error:
        return f"it is damaged ({error})"
    finally:
        conn.close()


def describe(path: Path) -> dict[str, int]:
    """How many designs, suppliers, quotes and sample rounds a backup (or any workspace file)
    holds, read without writing anything beside it."""
    try:
        conn = _connect_read_only(Path(path))
    except sqlite3.Error as error:
        raise BackupError(f"{Path(path).name} cannot be read ({error})") from None
    try:
        return {table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in DESCRIBED_TABLES}
    except sqlite3.Error as error:
        raise BackupError(f"{Path(path).name} cannot be read ({error})") from None
    finally:
        conn.close()


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes SQLite's quick check and the health checks, is a
    jewelbench workspace and is not of a newer schema than this app: the one to offer when the
    workspace is damaged."""
    for info in list_backups(folder):
        if not _problem(info.path):
            return info
    return None


# --- recovery --------------------------------------------------------------------------------


def _rename_new(source: Path, destination: Path) -> None:
    """Rename source to destination, never replacing a file already there (FileExistsError)."""
    if os.name == "nt":
        os.rename(source, destination)  # Windows refuses to rename onto an existing file
        return
    try:
        os.link(source, destination)  # fails if destination exists, atomically
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT on a USB stick …)
        if destination.exists():
            raise FileExistsError(destination) from None
        os.rename(source, destination)
        return
    source.unlink()


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX: the folder's entry is flushed too)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# what SQLite keeps beside a file, moved with it so that it stays paired with its own file
_SIDECARS = ("-wal", "-shm", "-journal")


@_logs_refusal("Setting a damaged workspace aside")
def set_aside_damaged(path: Path) -> Path:
    """Rename a damaged workspace to '<name>.damaged' ('.damaged-2', -3 … if taken), with its
    -wal, -shm and -journal, so that it is kept as it is and a restored copy can take its place.
    Returns the new path. Refuses (BackupError) a workspace another window has open."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path.name} cannot be set aside: it does not exist")
    try:
        lock = WorkspaceLock.acquire(path)
    except LockHeld as held:
        in_use = WorkspaceInUse(path, describe_holder(held.holder))
        raise BackupError(f"{path.name} cannot be set aside: {in_use.reason}; close it there "
                          "first") from None
    except OSError as error:
        raise BackupError(f"{path.name} cannot be set aside ({error.strerror})") from None
    try:
        sidecars = [suffix for suffix in _SIDECARS if Path(str(path) + suffix).exists()]
        for number in range(1, 10_000):
            name = path.name + (".damaged" if number == 1 else f".damaged-{number}")
            target = path.with_name(name)
            if any(Path(str(target) + suffix).exists() for suffix in ("", *_SIDECARS)):
                continue
            try:
                _rename_new(path, target)
            except FileExistsError:
                continue
            for suffix in sidecars:  # beside their file, so SQLite still pairs them with it
                with contextlib.suppress(OSError):
                    _rename_new(Path(str(path) + suffix), Path(str(target) + suffix))
            _sync_folder(path.parent)
            log.warning("Damaged workspace %s set aside as %s", path.name, target.name)
            return target
        raise BackupError(f"{path.name} cannot be set aside: too many damaged copies")
    except OSError as error:
        raise BackupError(f"{path.name} cannot be set aside ({error.strerror})") from None
    finally:
        lock.release()


@_logs_refusal("Restoring a backup")
def restore_to(backup: Path, destination: Path) -> None:
    """Write a new workspace file at destination (which must not exist) from a backup, with
    SQLite's backup API, and check it before it takes the destination's name."""
    backup, destination = Path(backup), Path(destination)
    if destination.exists():
        raise BackupError(f"{destination.name} already exists; jewelbench never overwrites "
                          "a workspace")
    problem = _problem(backup)
    if problem:
        raise BackupError(f"The backup {backup.name} cannot be restored: {problem}.")
    partial = destination.with_name(destination.name + PARTIAL)
    ours = False  # the partial is this restore's own (not another window's copy)
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        partials.remove_left_over(partial)
        with partials.held(partial):
            ours = True
            source = _connect_read_only(backup)
            try:
                copy_database(source, partial)
            finally:
                source.close()
            problem = _problem(partial)
            if problem:
                raise BackupError(f"The restored copy failed its check: {problem}.")
            _rename_new(partial, destination)
            _sync_folder(destination.parent)
            log.info("Backup %s restored as %s", backup.name, destination.name)
    except FileExistsError:
        raise BackupError(f"{destination.name} already exists; jewelbench never overwrites "
                          "a workspace") from None
    except CopyFailed as error:
        raise BackupError(f"The backup could not be restored to {destination.name}: "
                          f"{error.problem}; nothing of it was left there.") from None
    except partials.PartialInUse:
        raise BackupError(f"The backup could not be restored to {destination.name}: another "
                          "window is writing a copy to that name right now.") from None
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"The backup could not be restored to {destination.name} "
                          f"({error}).") from None
    finally:
        if ours:
            partials.remove(partial)


def sweep_unfinished_copies(workspace_path: Path, data_folder: Path) -> list[Path]:
    """Remove what killed copies left beside the workspace (a Save As, a restore, the copy
    before an upgrade) and in its backups folder: "*.jewelbench.partial" with its -journal,
    -wal and -shm. A copy another window is writing right now is left alone."""
    folders = [Path(workspace_path).parent, backup_folder_for(workspace_path, data_folder)]
    return [path for folder in folders for path in partials.sweep(folder, SUFFIX)]


# --- backing up an open workspace ------------------------------------------------------------


def _reason_text(reason: str) -> str:
    """The reason as it can stand in a file name: letters, digits and single spaces."""
    text = " ".join(re.sub(r"[^\w ]+", " ", reason).split())
    return text or "manual"


class Backups:
    """The backups of one open workspace, kept in folder and rotated by policy."""

    def __init__(self, workspace: Workspace, folder: Path,
                 policy: BackupPolicy = BackupPolicy(), *,
                 changes_since: int | None = None) -> None:
        """changes_since: the connection's total_changes when the workspace was opened, for
        a Backups made later than that (the app makes it after its window is up)."""
        self.workspace = workspace
        self.folder = Path(folder)
        self.policy = policy
        self._changes_at_backup = (workspace.db.conn.total_changes if changes_since is None
                                   else changes_since)
        self.last_taken: BackupInfo | None = None  # the newest this object took, with took_s

    @property
    def changed(self) -> bool:
        """The workspace was written since it was opened or since the last backup."""
        return self.workspace.db.conn.total_changes != self._changes_at_backup

    def list(self) -> list[BackupInfo]:
        return list_backups(self.folder)

    def take(self, reason: str = "manual") -> BackupInfo:
        """Back up the workspace now, check the copy, then rotate older backups out."""
        job = self.begin(reason)
        return self.finish(job, write_backup(job, self.workspace.db.conn))

    @_logs_refusal("A backup")
    def begin(self, reason: str = "manual") -> BackupJob:
        """What a backup needs, read on the thread that owns the workspace's connection; a
        BackupError when it cannot be taken now: a change is being saved, or the disk holding
        the backups has no room for one (checked before anything is written)."""
        conn = self.workspace.db.conn
        if conn.in_transaction:
            raise BackupError("A change is still being saved; the backup was not taken.")
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        needed = int(conn.execute("PRAGMA page_count").fetchone()[0]) * page_size
        problem = space_problem(self.folder, needed)
        if problem:
            raise BackupError(f"The backup was not taken: {problem}; the older backups are "
                              "untouched.")
        taken_at = _now().replace(microsecond=0)
        reason = _reason_text(reason)
        base = f"{self.workspace.path.stem} {taken_at.strftime(_STAMP)} {reason}"
        return BackupJob(self.workspace.path, self.folder, base, taken_at, reason,
                         applied_migrations(conn), conn.total_changes)

    def finish(self, job: BackupJob, written: BackupInfo) -> BackupInfo:
        """After write_backup(): count changes from the job's start, rotate older backups out
        (on the thread that owns the workspace's connection)."""
        self._changes_at_backup = job.changes
        self._rotate(keep=written.path, now=job.taken_at)
        self.last_taken = written
        return written

    def _rotate(self, keep: Path, now: dt.datetime) -> None:
        backups = list_backups(self.folder)
        kept = generations_to_keep([_order(b) for b in backups], now, self.policy)
        for backup in backups:
            if _order(backup) not in kept and backup.path != keep:
                with contextlib.suppress(OSError):  # e.g. open in another program on Windows
                    backup.path.unlink()

    def due(self, now: dt.datetime | None = None) -> bool:
        """An automatic backup is due: the workspace changed since the last one this object
        took (or since it was opened) and the newest backup is policy.interval_minutes old."""
        if not self.changed:
            return False
        now = now or _now()
        backups = self.list()
        interval = dt.timedelta(minutes=self.policy.interval_minutes)
        return not (backups and now - backups[0].taken_at < interval)

    def take_if_due(self, now: dt.datetime | None = None) -> BackupInfo | None:
        """An automatic backup, when due()."""
        return self.take("automatic") if self.due(now) else None

    def take_on_close(self) -> BackupInfo | None:
        return self.take("on close") if self.changed else None

    @_logs_refusal("Restoring a backup")
    def restore(self, backup: BackupInfo) -> BackupInfo:
        """Replace the open workspace's content with the backup's, after backing up what it
        holds now (the returned "before restore" backup). Afterwards the workspace holds
        exactly the backup's content (brought up to this app's schema if the backup is
        older); if the result fails its check, the content from before is put back and
        BackupError is raised."""
        if self.workspace.read_only:
            raise BackupError("This workspace is open read-only; nothing was restored.")
        when = f"{backup.taken_at:%Y-%m-%d %H:%M}"
        problem = _problem(backup.path)
        if problem:
            raise BackupError(f"The backup of {when} cannot be restored: {problem}.")
        before = self.take("before restore")
        conn = self.workspace.db.conn
        counted = sidecars.saves_counted(conn)
        try:
            _copy_into(backup.path, conn)
            self._resume_count(counted)
            self._upgrade()
            problem = _workspace_problem(conn)
        except Exception as error:  # a failed copy or upgrade: put the content back
            problem = " ".join(str(error).split()) or type(error).__name__
        if problem:
            with contextlib.suppress(sqlite3.Error, StorageError):
                _copy_into(before.path, conn)
                self._resume_count(counted)
            raise BackupError(f"Restoring the backup of {when} failed ({problem}); the "
                              "workspace was put back as it was.")
        self._changes_at_backup = conn.total_changes
        log.info("Backup %s restored into %s (what it held before: %s)", backup.path.name,
                 self.workspace.path.name, before.path.name)
        return before

    def _resume_count(self, counted: int) -> None:
        """The save count after content was copied in whole goes on from where it was, never
        back to the copy's own: otherwise a log written after the restore would look older
        than the file on the next opening after a crash, and be set aside with the restore
        and everything typed since (storage/sidecars.py tells logs by this count)."""
        db = self.workspace.db
        resumed = str(max(counted, sidecars.saves_counted(db.conn)))
        with db.atomic():  # the stamp counts this transaction too: one above both
            db.execute(sidecars.RESUME_COUNT, [resumed, resumed])

    def _upgrade(self) -> None:
        """Apply the migrations a backup from an older jewelbench lacks."""
        known = schema.known_migration_names()
        if applied_migrations(self.workspace.db.conn) == known:
            return
        db = self.workspace.db
        schema.migrations.apply(db.utils)
        with db.ensure_autocommit_on():
            db.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")


def _copy(conn: sqlite3.Connection, partial: Path) -> None:
    """The copy step of a backup: the online backup API into a new file."""
    copy_database(conn, partial)


def _store(folder: Path, partial: Path, base: str) -> Path:
    for number in range(1, 1000):
        final = folder / (f"{base}{SUFFIX}" if number == 1 else f"{base}-{number}{SUFFIX}")
        try:
            _rename_new(partial, final)
        except FileExistsError:
            continue
        _sync_folder(folder)
        return final
    raise BackupError("Too many backups were taken within one second.")


@_logs_refusal("A backup")
def write_backup(job: BackupJob, source: sqlite3.Connection | None = None) -> BackupInfo:
    """Write, check and name the backup begun as job; BackupError says why not, and nothing of
    it is left. With no source it opens its own read-only connection to the workspace file
    (a worker thread never touches the GUI thread's): SQLite's backup API copies one
    consistent snapshot while the window goes on saving. took_s says how long it took."""
    started = perf_counter()
    folder, partial = job.folder, job.partial
    own = source is None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partials.sweep(folder, SUFFIX)  # what a killed backup left, -journal too
        with partials.held(partial):
            conn = _connect_read_only(job.workspace_path) if source is None else source
            try:
                _copy(conn, partial)
            finally:
                if own:
                    conn.close()
            problem = _problem(partial, job.migrations)
            if problem:
                raise BackupError(f"The backup failed its check ({problem}), so it was "
                                  "not kept; the older backups are untouched.")
            final = _store(folder, partial, job.base)
    except BackupError:
        partials.remove(partial)
        raise
    except CopyFailed as error:
        raise BackupError(f"The backup could not be written to {folder}: "
                          f"{error.problem}; nothing of it was left, and the older backups "
                          "are untouched.") from None
    except partials.PartialInUse:
        raise BackupError("Another backup of this workspace is being written right now; "
                          "the older backups are untouched.") from None
    except (OSError, sqlite3.Error) as error:
        partials.remove(partial)
        raise BackupError(f"The backup could not be written to {folder} ({error}); "
                          "the older backups are untouched.") from None
    took = perf_counter() - started
    info = _parse(final) or BackupInfo(final, job.taken_at, final.stat().st_size, job.reason)
    log.info("Backup (%s) of %s written: %s, %d bytes in %.1f s", job.reason,
             job.workspace_path.name, final.name, info.size, took)
    return dataclasses.replace(info, took_s=took)


def _copy_into(backup: Path, conn: sqlite3.Connection) -> None:
    source = _connect_read_only(backup)
    try:
        source.backup(conn)
    finally:
        source.close()


def _workspace_problem(conn: sqlite3.Connection) -> str:
    verdict = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    if verdict != ["ok"]:
        return f"the result is damaged ({verdict[0]})"
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        return f"{len(broken)} broken reference(s), first in {broken[0][0]}"
    return ""
