"""Undoable changes to in-house scenarios (topic "scenarios", affected: the scenario's id)."""

from __future__ import annotations

import copy

from jewelbench.domain.scenarios import InHouseScenario
from jewelbench.storage import Workspace
from jewelbench.ui.commands import WorkspaceCommand

TOPIC = "scenarios"


class AddScenario(WorkspaceCommand):
    """A new or duplicated scenario: undo deletes it, redo puts it back under the same id."""

    topic = TOPIC

    def __init__(self, workspace: Workspace, scenario: InHouseScenario, text: str) -> None:
        super().__init__(text, workspace)
        self.scenario = copy.deepcopy(scenario)
        self.scenario.id = None
        self.scenario_id: int | None = None

    def apply(self) -> None:
        saved = copy.deepcopy(self.scenario)
        saved.id = self.scenario_id
        self.scenario_id = self.workspace.scenarios.restore(saved)

    def revert(self) -> None:
        if self.scenario_id is not None:
            self.workspace.scenarios.delete(self.scenario_id)

    def affected(self) -> object:
        return self.scenario_id


class ReplaceScenario(WorkspaceCommand):
    """A scenario changed (a field, a row of a table): undo puts the one before back."""

    topic = TOPIC

    def __init__(self, workspace: Workspace, before: InHouseScenario, after: InHouseScenario,
                 text: str) -> None:
        super().__init__(text, workspace)
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)

    def apply(self) -> None:
        self.workspace.scenarios.update(copy.deepcopy(self.after))

    def revert(self) -> None:
        self.workspace.scenarios.update(copy.deepcopy(self.before))

    def affected(self) -> object:
        return self.after.id


class DeleteScenario(WorkspaceCommand):
    """A scenario deleted with its equipment, overheads, staff and labour; undo restores it
    all under the same id."""

    topic = TOPIC

    def __init__(self, workspace: Workspace, scenario_id: int, text: str) -> None:
        super().__init__(text, workspace)
        self.scenario_id = scenario_id
        self.snapshot: InHouseScenario | None = None

    def apply(self) -> None:
        self.snapshot = self.workspace.scenarios.get(self.scenario_id)
        self.workspace.scenarios.delete(self.scenario_id)

    def revert(self) -> None:
        if self.snapshot is not None:
            self.workspace.scenarios.restore(copy.deepcopy(self.snapshot))

    def affected(self) -> object:
        return self.scenario_id
