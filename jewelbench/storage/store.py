"""The workspace's one SQLite connection.

Reads go straight to sqlite3. The sqlite-utils wrapper, whose import costs more than the whole
rest of start-up, is built on the first write, migration or table operation, so opening a
workspace and showing its lists never pays for it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table

_READS = ("SELECT", "WITH", "PRAGMA", "EXPLAIN", "VALUES")


class ReadError(Exception):
    """The file could not be read (damaged pages); str() is meant for the user."""


@contextlib.contextmanager
def _reading() -> Iterator[None]:
    try:
        yield
    except sqlite3.DatabaseError as error:
        if type(error) is not sqlite3.DatabaseError:  # locked, busy, constraint …: not damage
            raise
        raise ReadError(f"the workspace file is damaged ({error})") from error


class Store:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: Database | None = None

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
        return self.utils.execute(sql, parameters)

    def query(self, sql: str, parameters: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        with _reading():
            cursor = self.conn.execute(sql, parameters or ())
            names = [column[0] for column in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

    def atomic(self) -> contextlib.AbstractContextManager[Database]:
        return self.utils.atomic()

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
