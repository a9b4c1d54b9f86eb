"""Undoable changes to suppliers.

Deleting a supplier deletes its quotes and sample rounds with it (the file's foreign keys
cascade). Undo puts all of it back as it was, ids included, from a snapshot read in the same
transaction as the delete (SupplierRepository.snapshot/restore), so whatever refers to those
quotes and rounds still finds them.
"""

from __future__ import annotations

from jewelbench.domain.suppliers import Supplier
from jewelbench.storage import Workspace
from jewelbench.storage.suppliers import SupplierSnapshot
from jewelbench.ui.commands import WorkspaceCommand
from jewelbench.ui.topics import Topic


class AddSupplier(WorkspaceCommand):
    """A new supplier: undo removes it; redo brings the same one back (same id)."""

    topic = Topic.SUPPLIERS

    def __init__(self, workspace: Workspace, supplier: Supplier, text: str) -> None:
        super().__init__(text, workspace)
        self.supplier = supplier
        self.supplier_id: int | None = None
        self._removed: SupplierSnapshot | None = None

    def apply(self) -> None:
        if self._removed is not None:
            self.workspace.suppliers.restore(self._removed)
            return
        self.supplier.id = None
        self.supplier_id = self.workspace.suppliers.add(self.supplier)

    def revert(self) -> None:
        if self.supplier_id is None:
            return
        self._removed = self.workspace.suppliers.snapshot(self.supplier_id)
        self.workspace.suppliers.delete(self.supplier_id)

    def affected(self) -> object:
        return self.supplier_id


class ReplaceSupplier(WorkspaceCommand):
    """A supplier changed (a field, a contact, a checklist item): undo puts the old one back."""

    topic = Topic.SUPPLIERS

    def __init__(self, workspace: Workspace, before: Supplier, after: Supplier,
                 text: str) -> None:
        super().__init__(text, workspace)
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.workspace.suppliers.update(self.after)

    def revert(self) -> None:
        self.workspace.suppliers.update(self.before)

    def affected(self) -> object:
        return self.after.id


class DeleteSupplier(WorkspaceCommand):
    """A supplier deleted with its quotes and sample rounds; undo restores every one of them."""

    topic = Topic.SUPPLIERS

    def __init__(self, workspace: Workspace, supplier_id: int, text: str) -> None:
        super().__init__(text, workspace)
        self.supplier_id = supplier_id
        self.snapshot: SupplierSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = self.workspace.suppliers.snapshot(self.supplier_id)
        self.workspace.suppliers.delete(self.supplier_id)

    def revert(self) -> None:
        if self.snapshot is not None:
            self.workspace.suppliers.restore(self.snapshot)

    def affected(self) -> object:
        return self.supplier_id
