"""Undoable changes to requests for quotation."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication

from jewelbench.domain.messages import fill
from jewelbench.domain.rfqs import Rfq
from jewelbench.storage import Workspace
from jewelbench.ui.commands import WorkspaceCommand
from jewelbench.ui.topics import Topic


class AddRfq(WorkspaceCommand):
    """A new RFQ with its quantities and suppliers: undo removes it, redo brings it back under
    the same number (the PDFs already written name it)."""

    topic = Topic.RFQS

    def __init__(self, workspace: Workspace, rfq: Rfq, design_code: str) -> None:
        super().__init__(fill(QCoreApplication.translate("rfqs", "New RFQ for {design_code}"),
                              design_code=design_code), workspace)
        self.rfq = rfq

    def apply(self) -> None:
        self.workspace.rfqs.add(self.rfq)

    def revert(self) -> None:
        if self.rfq.id is not None:
            self.workspace.rfqs.delete(self.rfq.id)

    def affected(self) -> object:
        return self.rfq.id


class DeleteRfq(WorkspaceCommand):
    """An RFQ deleted with its quantities and supplier list: undo restores it whole."""

    topic = Topic.RFQS

    def __init__(self, workspace: Workspace, rfq: Rfq, reference: str) -> None:
        super().__init__(fill(QCoreApplication.translate("rfqs", "Delete {reference}"),
                              reference=reference), workspace)
        self.rfq = rfq

    def apply(self) -> None:
        assert self.rfq.id is not None
        self.workspace.rfqs.delete(self.rfq.id)

    def revert(self) -> None:
        self.workspace.rfqs.add(copy.deepcopy(self.rfq))

    def affected(self) -> object:
        return self.rfq.id
