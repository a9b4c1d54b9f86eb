"""What every repository shares: its errors, and saving an aggregate's children."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from jewelbench.storage.store import StorageError as StorageError  # re-exported
from jewelbench.storage.store import Store


class DuplicateError(StorageError):
    pass


class NotFound(StorageError):
    pass


def now_text() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def replace_children(db: Store, table: str, key: str, parent_id: int,
                      rows: Iterable[dict[str, Any]]) -> None:
    db.execute(f"DELETE FROM {table} WHERE {key} = ?", [parent_id])
    records = [{key: parent_id, **row} for row in rows]
    if records:
        db[table].insert_all(records)
