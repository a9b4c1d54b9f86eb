"""Undoable changes to quotes: each a whole quote (row, tiers, fees) in one transaction, with
what the quote leaves to the brand (the supplier's metal loss and the parts the brand supplies,
kept beside the quote: workspace.costing.quote_terms) written in the same transaction."""

from __future__ import annotations

import copy

from jewelbench.domain.quotes import Quote
from jewelbench.storage import Workspace
from jewelbench.storage.costing import QuoteCostingTerms
from jewelbench.ui.commands import WorkspaceCommand
from jewelbench.ui.topics import Topic


class AddQuote(WorkspaceCommand):
    """A new quote: undo deletes it, redo puts it back under the same id. terms None: the
    storage's defaults (no metal loss, the brand supplies the packaging)."""

    topic = Topic.QUOTES

    def __init__(self, workspace: Workspace, quote: Quote, text: str,
                 terms: QuoteCostingTerms | None = None) -> None:
        super().__init__(text, workspace)
        self.quote = copy.deepcopy(quote)
        self.quote.id = None
        self.quote_id: int | None = None
        self.terms = terms

    def apply(self) -> None:
        stored = copy.deepcopy(self.quote)
        if self.quote_id is None:
            self.quote_id = self.workspace.quotes.add(stored)
        else:
            stored.id = self.quote_id
            self.workspace.quotes.add(stored, keep_id=True)
        if self.terms is not None:
            self.workspace.costing.set_quote_terms(self.quote_id, self.terms)

    def revert(self) -> None:
        if self.quote_id is not None:
            self.workspace.quotes.delete(self.quote_id)

    def affected(self) -> int | None:
        return self.quote_id


class ReplaceQuote(WorkspaceCommand):
    """A quote edited in the quote editor: one command however many fields changed. terms:
    what the quote now leaves to the brand (None: as stored); undo puts back the terms it
    had."""

    topic = Topic.QUOTES

    def __init__(self, workspace: Workspace, before: Quote, after: Quote, text: str,
                 terms: QuoteCostingTerms | None = None) -> None:
        super().__init__(text, workspace)
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self.terms_after = terms
        self.terms_before: QuoteCostingTerms | None = None

    def apply(self) -> None:
        quote_id = self.after.id
        assert quote_id is not None
        if self.terms_after is not None and self.terms_before is None:
            self.terms_before = self.workspace.costing.quote_terms(quote_id)
        self.workspace.quotes.update(copy.deepcopy(self.after))
        if self.terms_after is not None:
            self.workspace.costing.set_quote_terms(quote_id, self.terms_after)

    def revert(self) -> None:
        self.workspace.quotes.update(copy.deepcopy(self.before))
        if self.terms_before is not None and self.before.id is not None:
            self.workspace.costing.set_quote_terms(self.before.id, self.terms_before)

    def affected(self) -> object:
        return self.after.id


class DeleteQuote(WorkspaceCommand):
    """A quote deleted: undo puts it back whole, under its own id."""

    topic = Topic.QUOTES

    def __init__(self, workspace: Workspace, quote: Quote, text: str) -> None:
        super().__init__(text, workspace)
        self.quote = copy.deepcopy(quote)
        self.costing_terms: QuoteCostingTerms | None = None

    def apply(self) -> None:
        assert self.quote.id is not None
        # what the quote leaves to the brand is kept beside it: undo puts that back too
        self.costing_terms = self.workspace.costing.quote_terms(self.quote.id)
        self.workspace.quotes.delete(self.quote.id)

    def revert(self) -> None:
        quote_id = self.workspace.quotes.add(copy.deepcopy(self.quote), keep_id=True)
        if self.costing_terms is not None:
            self.workspace.costing.set_quote_terms(quote_id, self.costing_terms)

    def affected(self) -> object:
        return self.quote.id
