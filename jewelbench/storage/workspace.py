"""The Workspace: an open workspace file, and the composition root of its repositories.

Opening (`Workspace.open`) and creating (`Workspace.create`) a file, migrating an older one
after a copy of it, the lock that keeps a second writer out, and the repositories, each made
on first use with the collaborators it needs (a repository never makes another).
What a file must pass before it is opened: storage/opening.py; `jewelbench check`:
storage/checking.py; copies (Save As, backups): storage/copying.py.

Nothing here writes to a file before it has been recognised as a healthy jewelbench workspace
of a schema this version knows: a foreign, damaged, read-only or newer file is left untouched.
A write-ahead log or journal beside the file that is not its own is moved aside first
(storage/sidecars.py), since SQLite would replay it into the file on the first read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import os
import sqlite3
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import jewelbench.storage.checking as checking
import jewelbench.storage.health as health
import jewelbench.storage.opening as opening
import jewelbench.storage.schema as schema
import jewelbench.storage.sidecars as sidecars
from jewelbench.domain.alloys import STANDARD_ALLOYS
from jewelbench.domain.messages import QT_TRANSLATE_NOOP
from jewelbench.storage.checking import CheckReport
from jewelbench.storage.copying import backup_to
from jewelbench.storage.lock import LockHeld, LockLost, WorkspaceLock, describe_holder
from jewelbench.storage.opening import (
    BUSY_TIMEOUT_S,
    SUFFIX,
    NotAWorkspace,
    WorkspaceBusy,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceInUse,
    WorkspaceMissing,
    WorkspaceReadOnly,
    WorkspaceTooNew,
)
from jewelbench.storage.store import Store, WorkspaceTaken, is_busy

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

log = logging.getLogger(__name__)

# the names callers know from here (the errors: also from jewelbench.storage)
__all__ = [
    "BUSY_TIMEOUT_S", "SUFFIX", "NotAWorkspace", "Workspace", "WorkspaceBusy",
    "WorkspaceDamaged", "WorkspaceError", "WorkspaceInUse", "WorkspaceMissing",
    "WorkspaceReadOnly", "WorkspaceTooNew",
]


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


def _take_lock(path: Path) -> WorkspaceLock:
    try:
        return WorkspaceLock.acquire(path)
    except LockHeld as held:
        raise WorkspaceInUse(path, describe_holder(held.holder)) from None
    except OSError as error:
        raise WorkspaceReadOnly(
            path, f"jewelbench cannot mark it as open in its folder ({error.strerror}); open it "
                  "read-only or copy it to a folder you can write to") from None


UNCHECKED = QT_TRANSLATE_NOOP(
    "storage", "jewelbench can no longer check that it alone writes to the workspace (its "
               "lock file {lock}: {reason}), so nothing was saved. Close the workspace and open "
               "it again.")
TAKEN = QT_TRANSLATE_NOOP(
    "storage", "Another jewelbench window has opened this workspace for editing since its "
               "lock file was deleted, so nothing was saved here.")
TAKEN_BY = QT_TRANSLATE_NOOP(
    "storage", "Another jewelbench window ({holder}) has opened this workspace for editing "
               "since its lock file was deleted, so nothing was saved here.")


def _verify_lock(lock: WorkspaceLock) -> None:
    try:
        lock.verify()
    except OSError as error:  # the lock file was replaced by a folder or a link, say
        raise WorkspaceTaken(UNCHECKED(lock=lock.path.name,
                                       reason=error.strerror or str(error))) from None
    except LockLost as lost:
        holder = describe_holder(lost.holder)
        raise WorkspaceTaken(TAKEN_BY(holder=holder) if holder else TAKEN(),
                             elsewhere=True) from None


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

    # The composition root: repositories are made here, on first use, each given the other
    # repositories it reads (a repository never makes another). Each imports only its own
    # feature's code, so opening a workspace and listing designs never loads suppliers, quotes
    # or samples. A rule that crosses records lives in one small module both sides call
    # (storage/production.py, storage/callouts.py).

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

        return TechPackRepository(self.db, self.designs, self.prices)

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

        return SampleRepository(self.db, self.tech_packs)

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

        return CostingRepository(self.db, designs=self.designs, settings=self.settings,
                                 prices=self.prices, scenarios=self.scenarios,
                                 quotes=self.quotes)

    # --- lifecycle -----------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, *, base_currency: str = "USD",
               name: str | None = None) -> Workspace:
        """Create a new, empty workspace. Refuses to overwrite an existing file."""
        try:
            workspace = cls._create(Path(path), base_currency, name)
        except WorkspaceError as error:
            log.warning("Creating %s refused: %s", Path(path).name, error.reason)
            raise
        log.info("Created workspace %s (schema %d, base currency %s)", workspace.path.name,
                 schema.SCHEMA_VERSION, workspace.base_currency)
        for notice in workspace.notices:
            log.warning("Creating %s: %s", workspace.path.name, notice)
        return workspace

    @classmethod
    def _create(cls, path: Path, base_currency: str, name: str | None) -> Workspace:
        """The creation itself, logged by create()."""
        if path.exists():
            raise WorkspaceError(path, "a file with this name already exists")
        for side, kind in sidecars.odd_logs(path):  # SQLite would wait on a pipe, or delete it
            raise WorkspaceError(path, f"beside it, {side.name} is {kind}, not a file SQLite "
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
            notices = opening.set_aside_leftovers(path)
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
            # The migrations build a file nobody has used yet, each in its own commit: they
            # are not synced one by one (a dozen fsyncs of the WAL, most of a creation's
            # time). The last commit below is synced as every commit is (FULL), and syncing
            # the WAL puts the frames written before it on disk too.
            with db.ensure_autocommit_on():
                db.conn.execute("PRAGMA synchronous = OFF")
            schema.migrations.apply(db.utils)
            with db.ensure_autocommit_on():
                db.conn.execute("PRAGMA synchronous = FULL")
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
        try:
            workspace = cls._open(path, full_check=full_check, read_only=read_only)
        except WorkspaceError as error:
            log.warning("Opening %s refused: %s", Path(path).name, error.reason)
            raise
        log.info("Opened workspace %s (schema %d%s)", workspace.path.name,
                 workspace.schema_version, ", read-only" if workspace.read_only else "")
        for notice in workspace.notices:
            log.warning("Opening %s: %s", workspace.path.name, notice)
        return workspace

    @classmethod
    def _open(cls, path: Path | str, *, full_check: bool = True,
              read_only: bool = False) -> Workspace:
        """The opening itself, logged by open()."""
        path = opening.followed(Path(path).expanduser())
        opening.inspect_header(path)
        opening.refuse_odd_logs(path)
        if read_only:
            return cls._open_read_only(path, full_check)
        if opening.is_read_only_file(path):
            raise WorkspaceReadOnly(
                path, "the file is read-only; make it writable or save a copy elsewhere")
        lock = _take_lock(path)
        db: Store | None = None
        try:
            notices, replayed = opening.set_aside_strays(path)
            opening.look_before_writing(path, full_check, replayed, BUSY_TIMEOUT_S)
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
        strays = opening.strays_seen_read_only(path)
        # a log that is not the file's own is ignored: the file is read as it is on disk
        uri = opening.reader_uri(path, strays)
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
        except sqlite3.Error as error:
            raise WorkspaceDamaged(path, f"SQLite cannot open it ({error})") from None
        db = Store(conn, read_only=True)
        try:
            workspace = cls._open_checked(path, db, full_check)
        except WorkspaceDamaged as error:
            db.close()
            if not strays and (cause := opening.why_a_reader_cannot(path, error.sqlite_error)):
                raise WorkspaceError(path, cause) from None
            raise
        except BaseException:
            db.close()
            raise
        workspace.notices = [
            f"{side.name} beside it is not its own ({reason}); it was ignored and left where it "
            "is (opening the workspace for editing moves it aside)" for side, reason in strays]
        return workspace

    @classmethod
    def _open_checked(cls, path: Path, db: Store, full_check: bool) -> Workspace:
        known = schema.known_migration_names()
        applied = opening.examine(path, db.conn, quick=full_check).applied
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
                raise WorkspaceDamaged(path, f"the file is damaged ({error})",
                                       sqlite_error=error) from None
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
            log.info("Upgrading %s from schema %d to %d; the copy made before is %s",
                     path.name, len(applied), len(known), copy.name)
        try:
            _configure(db)
        except sqlite3.OperationalError as error:  # nothing written yet: WAL mode is refused
            if is_busy(error):
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
        return len(sidecars.applied_migrations(self.db.conn))

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
        (storage/checking.py)."""
        return checking.check(path, BUSY_TIMEOUT_S)
