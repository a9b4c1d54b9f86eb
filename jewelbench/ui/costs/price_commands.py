"""Undoable changes to the dated metal prices and FX rates (topic "prices"; affected: the one
price or rate changed, or None for several at once).

One command serves all four actions: a price or rate added, edited or deleted, and the prices
and rates of Update Prices… saved together as one step."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from jewelbench.domain.prices import FxRate, MetalPrice
from jewelbench.storage import Workspace
from jewelbench.ui.commands import WorkspaceCommand
from jewelbench.ui.topics import Topic

Priced = MetalPrice | FxRate


def _add(workspace: Workspace, item: Priced) -> int:
    if isinstance(item, MetalPrice):
        return workspace.prices.add_metal_price(item)
    return workspace.prices.add_fx_rate(item)


def _update(workspace: Workspace, item: Priced) -> None:
    if isinstance(item, MetalPrice):
        workspace.prices.update_metal_price(item)
    else:
        workspace.prices.update_fx_rate(item)


def _delete(workspace: Workspace, item: Priced) -> Priced:
    assert item.id is not None
    if isinstance(item, MetalPrice):
        return workspace.prices.delete_metal_price(item.id)
    return workspace.prices.delete_fx_rate(item.id)


class ChangePrices(WorkspaceCommand):
    """Prices and rates added, changed (before, after: the same id) and deleted, in one step.

    Deletes run first, then changes, then additions, so a row can make way for another of the
    same day; undo runs them the other way round and puts each row back under its own id."""

    topic = Topic.PRICES

    def __init__(self, workspace: Workspace, text: str, *, added: Sequence[Priced] = (),
                 changed: Sequence[tuple[Priced, Priced]] = (),
                 deleted: Sequence[Priced] = ()) -> None:
        super().__init__(text, workspace)
        self.added: list[Priced] = [dataclasses.replace(item, id=None) for item in added]
        self.changed = list(changed)
        self.deleted = list(deleted)

    @property
    def count(self) -> int:
        return len(self.added) + len(self.changed) + len(self.deleted)

    def apply(self) -> None:
        for number, item in enumerate(self.deleted):
            self.deleted[number] = _delete(self.workspace, item)  # as stored, to put back
        for _before, after in self.changed:
            _update(self.workspace, after)
        for number, item in enumerate(self.added):
            self.added[number] = dataclasses.replace(item, id=_add(self.workspace, item))

    def revert(self) -> None:
        for item in reversed(self.added):
            _delete(self.workspace, item)
        for before, _after in reversed(self.changed):
            _update(self.workspace, before)
        for item in self.deleted:
            _add(self.workspace, item)

    def affected(self) -> object:
        """The one price or rate changed (as it is after apply), else None."""
        if self.count != 1:
            return None
        if self.added:
            return self.added[0]
        if self.changed:
            return self.changed[0][1]
        return self.deleted[0]


def add_price(workspace: Workspace, item: Priced, text: str) -> ChangePrices:
    return ChangePrices(workspace, text, added=[item])


def edit_price(workspace: Workspace, before: Priced, after: Priced, text: str) -> ChangePrices:
    return ChangePrices(workspace, text, changed=[(before, dataclasses.replace(after,
                                                                                 id=before.id))])


def delete_price(workspace: Workspace, item: Priced, text: str) -> ChangePrices:
    return ChangePrices(workspace, text, deleted=[item])
