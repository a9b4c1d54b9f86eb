"""Undoable changes to a design's tech pack draft.

A command finds its revision by design and letter (not by row id) when it runs, so that undoing
"Start revision B" and redoing it (a new row) leaves the later draft edits still redoable.
Issuing is not a command: an issued revision is frozen by the file and cannot be undone.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication

from jewelbench.domain.messages import fill
from jewelbench.domain.techpacks import RevisionStatus, TechPackDraft
from jewelbench.storage import Workspace
from jewelbench.storage.repository import NotFound
from jewelbench.ui.commands import WorkspaceCommand
from jewelbench.ui.topics import Topic

translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("techpacks", text)


def revision_id(workspace: Workspace, design_id: int, label: str) -> int:
    for revision in workspace.tech_packs.for_design(design_id):
        if revision.revision == label and revision.id is not None:
            return revision.id
    raise NotFound(f"Revision {label} of this design no longer exists")


class SaveDraft(WorkspaceCommand):
    """One edit of the open draft (a dimension, the weight, an acknowledgement …)."""

    topic = Topic.TECH_PACKS

    def __init__(self, workspace: Workspace, design_id: int, code: str, label: str,
                 before: TechPackDraft, after: TechPackDraft, what: str) -> None:
        super().__init__(fill(translate("techpacks", "{what} ({code} rev {revision})"), what=what,
                              code=code,
                              revision=label), workspace)
        self.design_id = design_id
        self.label = label
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)

    def apply(self) -> None:
        self.workspace.tech_packs.save_draft(
            revision_id(self.workspace, self.design_id, self.label), self.after)

    def revert(self) -> None:
        self.workspace.tech_packs.save_draft(
            revision_id(self.workspace, self.design_id, self.label), self.before)

    def affected(self) -> object:
        return self.design_id


class StartRevision(WorkspaceCommand):
    """A new draft (A for a first tech pack, else the letter after the newest issued one,
    starting from what that revision said). Undo removes the draft again."""

    topic = Topic.TECH_PACKS

    def __init__(self, workspace: Workspace, design_id: int, code: str, label: str) -> None:
        super().__init__(fill(translate("techpacks", "Start revision {revision} of {code}"),
                              revision=label,
                              code=code), workspace)
        self.design_id = design_id
        self.label = label

    def apply(self) -> None:
        revision = self.workspace.tech_packs.draft_for(self.design_id)
        self.label = revision.revision

    def revert(self) -> None:
        for revision in self.workspace.tech_packs.for_design(self.design_id):
            if revision.revision == self.label and revision.status is RevisionStatus.DRAFT:
                assert revision.id is not None
                self.workspace.tech_packs.discard_draft(revision.id)

    def affected(self) -> object:
        return self.design_id
