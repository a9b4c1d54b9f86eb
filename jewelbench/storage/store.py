"""The workspace's one SQLite connection.

Reads go straight to sqlite3. The sqlite-utils wrapper, whose import costs more than the whole
rest of start-up, is built on the first write, migration or table operation, so opening a
workspace and showing its lists never pays for it.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table

_READS = ("SELECT", "WITH", "PRAGMA", "EXPLAIN", "VALUES")
log = logging.getLogger(__name__)


class StorageError(Exception):
    """A read or write the workspace refused, said of the data (never of a window or form):
    a Message (rendered in the reader's language by jewelbench.ui.i18n.say) or, until each is
    given one, English text. str(error) is always the English sentence."""

    def __init__(self, message: Message | str = "") -> None:
        super().__init__(str(message))
        self.message: Message | str = message


class ReadError(StorageError):
    """The file could not be read (damaged pages)."""


class WriteError(StorageError):
    """A write that did not happen: everything it touched was rolled back."""


class DiskFull(WriteError):
    pass


class WorkspaceLocked(WriteError):
    """Another program held the file for longer than the busy timeout."""


class ReadOnlyStore(WriteError):
    pass


class WorkspaceTaken(WriteError):
    """This program no longer holds the workspace's lock (its lock file was deleted by hand,
    or replaced); `elsewhere` when another jewelbench has since opened it for writing."""

    def __init__(self, message: Message | str, *, elsewhere: bool = False) -> None:
        super().__init__(message)
        self.elsewhere = elsewhere


# What a refused write says: of the data only. The window adds what it means for the form
# the user typed into (ui/commands.py, refusal).
DISK_FULL = QT_TRANSLATE_NOOP("storage", "The disk is full, so nothing was saved. Free some "
                                         "space and try again.")
BUSY = QT_TRANSLATE_NOOP("storage", "Another program is writing to this workspace, so nothing "
                                    "was saved. Try again in a moment.")
READ_ONLY = QT_TRANSLATE_NOOP("storage", "This workspace is open read-only, so nothing was "
                                         "saved.")


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code for an error it raised (sqlite3.SQLITE_BUSY …), None for
    an error that did not come from SQLite. Errors are told apart by this code, never by
    searching their message (which SQLite words differently across versions)."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_busy(error: BaseException) -> bool:
    """Another connection held the file (or a table) for longer than the busy timeout."""
    return sqlite_code(error) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def is_full(error: BaseException) -> bool:
    """The disk (or SQLite's max_page_count) is full."""
    return sqlite_code(error) == sqlite3.SQLITE_FULL


def is_read_only(error: BaseException) -> bool:
    """A write to a file SQLite may only read."""
    return sqlite_code(error) == sqlite3.SQLITE_READONLY


def cannot_open(error: BaseException) -> bool:
    """SQLite could not open the file (or a file it keeps beside it)."""
    return sqlite_code(error) == sqlite3.SQLITE_CANTOPEN


def is_duplicate(error: BaseException) -> bool:
    """A row whose key (its id, or a UNIQUE set of columns) another row has already."""
    return getattr(error, "sqlite_errorcode", None) in (sqlite3.SQLITE_CONSTRAINT_UNIQUE,
                                                        sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY)


def is_duplicate_id(error: BaseException) -> bool:
    """A row given an id (INTEGER PRIMARY KEY) that another row has already."""
    return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY


def _write_error(error: sqlite3.OperationalError) -> StorageError | sqlite3.OperationalError:
    if is_full(error):
        return DiskFull(DISK_FULL())
    if is_busy(error):
        return WorkspaceLocked(BUSY())
    if is_read_only(error):
        return ReadOnlyStore(READ_ONLY())
    return error


@contextlib.contextmanager
def _writing() -> Iterator[None]:
    try:
        yield
    except sqlite3.OperationalError as error:
        translated = _write_error(error)
        if translated is error:
            raise
        log.warning("A write was refused (%s): %s", error.sqlite_errorname, translated)
        raise translated from error


@contextlib.contextmanager
def _reading() -> Iterator[None]:
    """Damage met while reading becomes ReadError (logged as a WARNING). Three of these
    errors carry no SQLite code of their own, so they are told by their text: a closed
    connection and undecodable text are Python's own errors, and a missing table or column
    is SQLite's generic SQLITE_ERROR (as a syntax error would be)."""
    try:
        yield
    except sqlite3.ProgrammingError as error:
        if "closed" not in str(error):
            raise
        # A view painting after its workspace was closed (the window is closing or switching
        # files): nothing to read, and nothing wrong with the file.
        raise ReadError("the workspace is closed") from error
    except sqlite3.OperationalError as error:
        # A table or column the schema defines that is gone (dropped by another program):
        # `jewelbench check` names it; every read that needs it says the file is damaged.
        if str(error).startswith(("no such table:", "no such column:")):
            raise _damage(f"the workspace file is damaged ({error}; “jewelbench check” "
                          "lists what is missing)") from error
        # Bytes stored as text that are not UTF-8 (a flipped bit, another program's write):
        # sqlite3 refuses them as it reads the row. Damage, like a bad page.
        if not str(error).startswith("Could not decode to UTF-8"):
            raise
        column = str(error).split("column ", 1)[-1].split(" with text", 1)[0]
        raise _damage(f"the workspace file is damaged (the text in column {column} is not "
                      "readable)") from error
    except sqlite3.DatabaseError as error:
        if type(error) is not sqlite3.DatabaseError:  # locked, busy, constraint …: not damage
            raise
        raise _damage(f"the workspace file is damaged ({error})") from error


def _damage(reason: str) -> ReadError:
    log.warning("A read met damage: %s", reason)
    return ReadError(reason)


class Store:
    def __init__(self, conn: sqlite3.Connection, *, read_only: bool = False) -> None:
        self.conn = conn
        self.read_only = read_only
        self._utils: Database | None = None
        self._rollback_hooks: list[list[Callable[[], None]]] = []
        # Run before every write transaction starts: the workspace's lock check, which raises
        # a WriteError (WorkspaceTaken) when another writer has taken the file.
        self.write_guard: Callable[[], None] | None = None
        # Run last in every write transaction that changed something: the workspace's save
        # count (storage/sidecars.py tells by it whether a log beside the file is its own).
        self.write_stamp: str | None = None

    @property
    def utils(self) -> Database:
        if self._utils is None:
            from jewelbench.storage._sqlite_utils import Database

            self._utils = Database(self.conn)
        return self._utils

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> Any:
        """A read runs on the connection as it is and returns its rows already fetched
        (cursor-like); a write returns sqlite3's cursor (lastrowid, rowcount) and, outside a
        transaction, commits at once, inside one joins it (sqlite-utils' rule)."""
        keyword = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
        is_pragma_write = keyword == "PRAGMA" and "=" in sql
        if keyword in _READS and not is_pragma_write:
            with _reading():
                return _Prefetched(self.conn.execute(sql, parameters or ()))
        self._check_writable()
        if not self.conn.in_transaction:
            self._guard()
        with _writing():
            return self.utils.execute(sql, parameters)

    def query(self, sql: str, parameters: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        with _reading():
            cursor = self.conn.execute(sql, parameters or ())
            names = [column[0] for column in cursor.description]
            return [Row(zip(names, row)) for row in cursor.fetchall()]

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction (a savepoint when nested): all of it is written, or none of it.
        A full disk, a lock held too long or a read-only file becomes a WriteError, and
        what on_rollback() registered is undone in memory too."""
        self._check_writable()
        with _writing():
            if self.conn.in_transaction:
                self._rollback_hooks.append([])
                try:
                    with self.utils.atomic() as db:  # a savepoint in the open transaction
                        yield db
                except BaseException:
                    _run_hooks(self._rollback_hooks.pop())
                    raise
                done = self._rollback_hooks.pop()
                if self._rollback_hooks:
                    self._rollback_hooks[-1].extend(done)
                return
            db = self.utils
            self._guard()
            # IMMEDIATE takes the write lock at once, waiting up to the busy timeout. A
            # deferred BEGIN that has read first is refused at its first write without any
            # wait when another program holds the lock.
            self.conn.execute("BEGIN IMMEDIATE")
            self._rollback_hooks = [[]]
            changes = self.conn.total_changes
            try:
                yield db
                # counted last, and only when something was written: a transaction that
                # failed or changed nothing is still no change (Backups.changed)
                if self.write_stamp is not None and self.conn.total_changes != changes:
                    self.conn.execute(self.write_stamp)
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                _run_hooks(self._rollback_hooks[0])
                raise
            finally:
                self._rollback_hooks = []

    def on_rollback(self, undo: Callable[[], None]) -> None:
        """Undo an in-memory change (an id given to a new object) should the transaction it
        belongs to roll back later; nothing to do when no transaction is open."""
        if self._rollback_hooks:
            self._rollback_hooks[-1].append(undo)

    def _guard(self) -> None:
        if self.write_guard is not None:
            self.write_guard()

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyStore("This workspace is open read-only, so nothing was saved.")

    def __getitem__(self, table: str) -> Table:
        return self.utils.table(table)

    @contextlib.contextmanager
    def ensure_autocommit_on(self) -> Iterator[None]:
        """For statements that cannot run in a transaction (journal mode, checkpoints)."""
        if self.conn.in_transaction:
            raise RuntimeError("cannot switch to autocommit inside a transaction")
        previous = self.conn.isolation_level
        self.conn.isolation_level = None
        try:
            yield
        finally:
            self.conn.isolation_level = previous

    def close(self) -> None:
        self.conn.close()


def _run_hooks(hooks: list[Callable[[], None]]) -> None:
    for undo in reversed(hooks):
        undo()


class Row(dict[str, Any]):
    """A row by column name. A column the code reads that the table does not have (another
    program dropped it; `SELECT *` then simply leaves it out) is damage, said as ReadError."""

    def __missing__(self, key: str) -> Any:
        raise ReadError(f"the workspace file is damaged (the column {key} is missing; "
                        "“jewelbench check” lists what is missing)")


class _Prefetched:
    """A read's rows, fetched at once so that damage surfaces as ReadError right here rather
    than at a later fetchone() (cursor-like: fetchone, fetchall, iteration, description)."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self.description = cursor.description
        self._rows = cursor.fetchall()
        self._next = 0

    def fetchone(self) -> Any:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[Any]:
        rest, self._next = self._rows[self._next:], len(self._rows)
        return rest

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())
