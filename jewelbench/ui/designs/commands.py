"""Undoable changes to designs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jewelbench.domain.designs import Design
from jewelbench.domain.messages import fill
from jewelbench.storage import Workspace
from jewelbench.storage.designs import DesignDetails
from jewelbench.ui.commands import WorkspaceCommand
from jewelbench.ui.topics import Topic


class EditDesignDetails(WorkspaceCommand):
    """Name, collection or target retail price changed in the catalog."""

    topic = Topic.DESIGNS

    def __init__(self, workspace: Workspace, design_id: int, code: str, what: str,
                 before: DesignDetails, after: DesignDetails) -> None:
        super().__init__(fill(QCoreApplication.translate("designs", "Change {what} of {code}"),
                              what=what, code=code), workspace)
        self.design_id = design_id
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.workspace.designs.set_details(self.design_id, self.after)

    def revert(self) -> None:
        self.workspace.designs.set_details(self.design_id, self.before)

    def affected(self) -> object:
        return self.design_id


class AddDesign(WorkspaceCommand):
    """A new or duplicated design: undo removes it again."""

    topic = Topic.DESIGNS

    def __init__(self, workspace: Workspace, design: Design, text: str) -> None:
        super().__init__(text, workspace)
        self.design = design
        self.design_id: int | None = None

    def apply(self) -> None:
        self.design.id = None
        self.design_id = self.workspace.designs.add(self.design)

    def revert(self) -> None:
        if self.design_id is not None:
            self.workspace.designs.delete(self.design_id)

    def affected(self) -> object:
        return self.design_id


class ReplaceDesign(WorkspaceCommand):
    """A design changed as a whole (retired, an image added): undo puts the old one back."""

    topic = Topic.DESIGNS

    def __init__(self, workspace: Workspace, before: Design, after: Design, text: str) -> None:
        super().__init__(text, workspace)
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.workspace.designs.update(self.after)

    def revert(self) -> None:
        self.workspace.designs.update(self.before)

    def affected(self) -> object:
        return self.after.id
