"""Undoable changes to the customs rules a workspace keeps (issue 15): its importing country,
import VAT rate and VAT registration (CustomsSettings), and the life of a design's or plan's
one-time fees. Both use the topic "landed_terms", so the Landed Costs editor and the comparison
read them again."""

from __future__ import annotations

from jewelbench.domain.customs import CustomsSettings
from jewelbench.storage import Workspace
from jewelbench.ui.commands import WorkspaceCommand
from jewelbench.ui.topics import Topic


class SetCustomsSettings(WorkspaceCommand):
    """The importing country, import VAT % or VAT registration changed; undo puts back the
    settings before."""

    topic = Topic.LANDED_TERMS

    def __init__(self, workspace: Workspace, after: CustomsSettings, text: str) -> None:
        super().__init__(text, workspace)
        self.before = workspace.costing.customs_settings()
        self.after = after

    def apply(self) -> None:
        self.workspace.costing.set_customs_settings(self.after)

    def revert(self) -> None:
        self.workspace.costing.set_customs_settings(self.before)

    def affected(self) -> object:
        return None


class SetFeeLife(WorkspaceCommand):
    """The years a design's or a plan's one-time fees are charged over (None: the default);
    undo puts back the years before."""

    topic = Topic.LANDED_TERMS

    def __init__(self, workspace: Workspace, kind: str, subject_id: int, years: int | None,
                 text: str) -> None:
        super().__init__(text, workspace)
        self.kind = kind
        self.subject_id = subject_id
        self.before = workspace.costing.fee_life(kind, subject_id)
        self.after = years

    def apply(self) -> None:
        self.workspace.costing.set_fee_life(self.kind, self.subject_id, self.after)

    def revert(self) -> None:
        self.workspace.costing.set_fee_life(self.kind, self.subject_id, self.before)

    def affected(self) -> object:
        return None
