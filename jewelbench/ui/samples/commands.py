"""Undoable changes to sample rounds: one command per action, each one transaction."""

from __future__ import annotations

import datetime as dt

from jewelbench.domain.samples import SampleDecision, SampleRound
from jewelbench.storage import Workspace
from jewelbench.storage.samples import GoldenState
from jewelbench.ui.commands import WorkspaceCommand
from jewelbench.ui.topics import Topic


class AddSample(WorkspaceCommand):
    """A sample requested from a supplier: undo removes the round again."""

    topic = Topic.SAMPLES

    def __init__(self, workspace: Workspace, sample: SampleRound, text: str) -> None:
        super().__init__(text, workspace)
        self.sample = sample
        self.sample_id: int | None = None

    def apply(self) -> None:
        self.sample.id = self.sample_id  # a redo gets the id it had
        self.sample_id = self.workspace.samples.add(self.sample)

    def revert(self) -> None:
        if self.sample_id is not None:
            self.workspace.samples.delete(self.sample_id)

    def affected(self) -> object:
        return self.sample_id


class ReplaceSample(WorkspaceCommand):
    """A round changed as a whole (a date, a measurement, a QC result, a photo …)."""

    topic = Topic.SAMPLES

    def __init__(self, workspace: Workspace, before: SampleRound, after: SampleRound,
                 text: str) -> None:
        super().__init__(text, workspace)
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.workspace.samples.update(self.after)

    def revert(self) -> None:
        self.workspace.samples.update(self.before, restoring=True)

    def affected(self) -> object:
        return self.after.id


class DeleteSample(WorkspaceCommand):
    """A round with its measurements, QC results and photos; undo puts it back, same id."""

    topic = Topic.SAMPLES

    def __init__(self, workspace: Workspace, sample: SampleRound, text: str) -> None:
        super().__init__(text, workspace)
        self.sample = sample
        self.sample_id = sample.id

    def apply(self) -> None:
        assert self.sample_id is not None
        self.workspace.samples.delete(self.sample_id)

    def revert(self) -> None:
        self.sample.id = self.sample_id
        self.workspace.samples.add(self.sample, restoring=True)

    def affected(self) -> object:
        return self.sample_id


class ApproveSample(WorkspaceCommand):
    """Approving a round: its decision (with its deviations and the reason, when it is
    approved despite problems), the design moved to approved and the round's photos made the
    golden sample, all in one transaction. Undo puts back the round, the design's
    status and which photos were golden.

    Its topic is the design's: the catalog row, an open design editor and the samples (which
    follow designs too) all show the new status."""

    topic = Topic.DESIGNS

    def __init__(self, workspace: Workspace, before: SampleRound, decision: SampleDecision,
                 decided_on: dt.date, text: str, reason: str = "") -> None:
        super().__init__(text, workspace)
        self.before = before
        self.decision = decision
        self.decided_on = decided_on
        self.reason = reason  # given when the round is approved with deviations
        self.golden_before: GoldenState | None = None

    def apply(self) -> None:
        assert self.before.id is not None
        self.golden_before = self.workspace.samples.approve(self.before.id, self.decision,
                                                            self.decided_on, self.reason)

    def revert(self) -> None:
        self.workspace.samples.update(self.before, restoring=True)
        if self.golden_before is not None:
            self.workspace.samples.restore_golden_state(self.golden_before)

    def affected(self) -> object:
        return self.before.design_id
