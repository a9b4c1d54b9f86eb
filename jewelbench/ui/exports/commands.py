"""Imported quotes as one undoable step: every quote of the import in one transaction."""

from __future__ import annotations

import copy
from collections.abc import Sequence

from jewelbench.domain.quotes import Quote
from jewelbench.storage import Workspace
from jewelbench.storage.imports import QuoteImports
from jewelbench.ui.commands import WorkspaceCommand
from jewelbench.ui.topics import Topic


class ImportQuotes(WorkspaceCommand):
    """Undo deletes every quote the import stored; redo puts them back under the same ids."""

    topic = Topic.QUOTES

    def __init__(self, workspace: Workspace, quotes: Sequence[Quote], text: str) -> None:
        super().__init__(text, workspace)
        self.quotes = [copy.deepcopy(quote) for quote in quotes]
        self.ids: list[int] = []

    def apply(self) -> None:
        imports = QuoteImports.of(self.workspace)
        if self.ids:
            imports.add(self.quotes, self.ids)
        else:
            self.ids = imports.add(self.quotes)
            # a transaction that rolls back afterwards leaves no ids behind
            self.workspace.db.on_rollback(self.ids.clear)

    def revert(self) -> None:
        QuoteImports.of(self.workspace).remove(self.ids)

    def affected(self) -> object:
        return self.ids[0] if self.ids else None
