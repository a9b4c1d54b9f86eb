"""Undoable changes to the brand profile."""

from __future__ import annotations

from jewelbench.domain.brand import Brand
from jewelbench.storage import Workspace
from jewelbench.ui.commands import WorkspaceCommand
from jewelbench.ui.topics import Topic


class SaveBrand(WorkspaceCommand):
    """The brand's name, address or logo changed: undo puts the brand as it was back."""

    topic = Topic.BRAND

    def __init__(self, workspace: Workspace, before: Brand, after: Brand, text: str) -> None:
        super().__init__(text, workspace)
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.workspace.brand.set(self.after)

    def revert(self) -> None:
        self.workspace.brand.set(self.before)
