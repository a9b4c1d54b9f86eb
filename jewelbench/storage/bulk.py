"""Many new rows at once: one prepared INSERT run over every row (executemany), in one
transaction. For writing a large workspace in seconds (the benchmark generator); a row at a time
through the repositories costs a statement, a table lookup and a savepoint per child row.

The rows are written as given: the caller gives the stored form (text decimals, ISO dates) that
the repositories would write. The schema's own checks, foreign keys and triggers still apply.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from jewelbench.storage.store import StorageError, Store

_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def _checked(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise StorageError(f"'{name}' is not a table or column name")
    return name


def insert_rows(db: Store, table: str, columns: Sequence[str],
                rows: Iterable[Sequence[Any]]) -> int:
    """Insert rows (one value per column, in order) into table in one transaction (a savepoint
    of the caller's when one is open); all of them or, on any error, none. Returns how many."""
    names = [_checked(column) for column in columns]
    if not names:
        raise StorageError("insert_rows needs at least one column")
    sql = (f"INSERT INTO {_checked(table)} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    with db.atomic():
        try:
            cursor = db.conn.executemany(sql, rows)
        except sqlite3.IntegrityError as error:
            raise StorageError(f"A row for {table} was refused, so none was written "
                               f"({error})") from None
        return max(cursor.rowcount, 0)


def next_id(db: Store, table: str) -> int:
    """The id the next row of table gets when the caller numbers rows itself (within one
    transaction, so that the ids of rows it inserts with insert_rows are known beforehand)."""
    row = db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {_checked(table)}").fetchone()
    return int(row[0])
