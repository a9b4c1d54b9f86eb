"""Imported quotes written in one transaction: all of them, or none.

The parsing (templates, mapped spreadsheets and CSVs) lives in reports/quote_import/; what
reaches this module is a list of validated domain Quotes. The UI wraps add() and remove() in
one undoable command (ui/exports/commands.py); a caller outside the UI gets the same
all-or-nothing write from add() itself.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import TYPE_CHECKING

from jewelbench.domain.quotes import Quote
from jewelbench.storage.repository import StorageError
from jewelbench.storage.store import Store

if TYPE_CHECKING:
    from jewelbench.storage.quotes import QuoteRepository
    from jewelbench.storage.workspace import Workspace

MAX_QUOTES_PER_IMPORT = 5_000


class QuoteImports:
    def __init__(self, db: Store, quotes: QuoteRepository) -> None:
        self._db = db
        self._quotes = quotes

    @classmethod
    def of(cls, workspace: Workspace) -> QuoteImports:
        return cls(workspace.db, workspace.quotes)

    def add(self, quotes: Sequence[Quote], ids: Sequence[int] | None = None) -> list[int]:
        """Store every quote in one transaction and return their ids, in order. ids: put them
        back under the ids they had (redo after undo). On any failure nothing is stored and
        the quotes passed in are untouched."""
        if not quotes:
            raise StorageError("There is no quote to import")
        if len(quotes) > MAX_QUOTES_PER_IMPORT:
            raise StorageError(f"{len(quotes):,} quotes is more than one import takes "
                               f"({MAX_QUOTES_PER_IMPORT:,}): split the file")
        if ids is not None and len(ids) != len(quotes):
            raise ValueError("one id per quote")
        stored: list[int] = []
        with self._db.atomic():
            for index, quote in enumerate(quotes):
                record = copy.deepcopy(quote)
                record.id = None if ids is None else ids[index]
                stored.append(self._quotes.add(record, keep_id=ids is not None))
        return stored

    def remove(self, ids: Sequence[int]) -> None:
        """Delete imported quotes (undo), in one transaction."""
        with self._db.atomic():
            for quote_id in ids:
                self._quotes.delete(quote_id)
