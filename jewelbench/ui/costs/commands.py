"""Undoable changes to in-house scenarios (topic "scenarios", affected: the scenario's id),
collection plans ("plans") and suppliers' landed-cost terms ("landed_terms")."""

from __future__ import annotations

import copy

from jewelbench.domain.costing_inputs import InHouseTerms, LandedCostTerms
from jewelbench.domain.scenarios import InHouseScenario
from jewelbench.storage import Workspace
from jewelbench.storage.costing import StoredPlan
from jewelbench.ui.commands import WorkspaceCommand
from jewelbench.ui.topics import Topic


class AddScenario(WorkspaceCommand):
    """A new or duplicated scenario: undo deletes it, redo puts it back under the same id."""

    topic = Topic.SCENARIOS

    def __init__(self, workspace: Workspace, scenario: InHouseScenario, text: str,
                 terms: InHouseTerms | None = None) -> None:
        super().__init__(text, workspace)
        self.scenario = copy.deepcopy(scenario)
        self.scenario.id = None
        self.scenario_id: int | None = None
        self.terms = terms  # a duplicate keeps its source's options (capex view, …)

    def apply(self) -> None:
        saved = copy.deepcopy(self.scenario)
        saved.id = self.scenario_id
        self.scenario_id = self.workspace.scenarios.restore(saved)
        if self.terms is not None:
            self.workspace.costing.set_in_house_terms(self.scenario_id, self.terms)

    def revert(self) -> None:
        if self.scenario_id is not None:
            self.workspace.scenarios.delete(self.scenario_id)

    def affected(self) -> object:
        return self.scenario_id


class ReplaceScenario(WorkspaceCommand):
    """A scenario changed (a field, a row of a table): undo puts the one before back.

    The scenario's in-house options are written back with it, so storage checks they still
    agree (a staff role named as the capacity step role cannot be removed: the change is
    refused with storage's message). terms: the options to store with the change (a step
    role renamed along with its staff row); undo puts back the options before."""

    topic = Topic.SCENARIOS

    def __init__(self, workspace: Workspace, before: InHouseScenario, after: InHouseScenario,
                 text: str, terms: InHouseTerms | None = None) -> None:
        super().__init__(text, workspace)
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self.terms_after = terms
        self.terms_before: InHouseTerms | None = None

    def apply(self) -> None:
        scenario_id = self.after.id
        assert scenario_id is not None
        costing = self.workspace.costing
        self.workspace.scenarios.update(copy.deepcopy(self.after))  # leaves the options be
        current = costing.in_house_terms(scenario_id)
        if self.terms_before is None:
            self.terms_before = current
        terms = self.terms_after if self.terms_after is not None else current
        if self.terms_after is not None or terms.capacity_step_role is not None:
            costing.set_in_house_terms(scenario_id, terms)  # refuses a step role now unknown

    def revert(self) -> None:
        self.workspace.scenarios.update(copy.deepcopy(self.before))
        if self.terms_after is not None and self.terms_before is not None \
                and self.before.id is not None:
            self.workspace.costing.set_in_house_terms(self.before.id, self.terms_before)

    def affected(self) -> object:
        return self.after.id


class DeleteScenario(WorkspaceCommand):
    """A scenario deleted with its equipment, overheads, staff and labour; undo restores it
    all under the same id."""

    topic = Topic.SCENARIOS

    def __init__(self, workspace: Workspace, scenario_id: int, text: str) -> None:
        super().__init__(text, workspace)
        self.scenario_id = scenario_id
        self.snapshot: InHouseScenario | None = None
        self.terms: InHouseTerms | None = None

    def apply(self) -> None:
        self.snapshot = self.workspace.scenarios.get(self.scenario_id)
        self.terms = self.workspace.costing.in_house_terms(self.scenario_id)
        self.workspace.scenarios.delete(self.scenario_id)

    def revert(self) -> None:
        if self.snapshot is not None:
            restored = self.workspace.scenarios.restore(copy.deepcopy(self.snapshot))
            if self.terms is not None:
                self.workspace.costing.set_in_house_terms(restored, self.terms)

    def affected(self) -> object:
        return self.scenario_id


class SetInHouseTerms(WorkspaceCommand):
    """One change to a scenario's in-house options (how equipment is counted, whether bench
    labour is in the salaries, the role added in capacity steps); undo puts back the options
    before. Storage refuses a step role that is not one of the scenario's staff roles."""

    topic = Topic.SCENARIOS

    def __init__(self, workspace: Workspace, scenario_id: int, before: InHouseTerms,
                 after: InHouseTerms, text: str) -> None:
        super().__init__(text, workspace)
        self.scenario_id = scenario_id
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.workspace.costing.set_in_house_terms(self.scenario_id, self.after)

    def revert(self) -> None:
        self.workspace.costing.set_in_house_terms(self.scenario_id, self.before)

    def affected(self) -> object:
        return self.scenario_id


# --- collection plans (topic "plans", affected: the plan's id) ----------------------------



class SavePlan(WorkspaceCommand):
    """A plan made or changed (name, designs, volumes, orders a year) in one step: undo
    deletes a new plan or puts the one before back; redo writes it again under the same id."""

    topic = Topic.PLANS

    def __init__(self, workspace: Workspace, name: str, lines: list[tuple[int, int]],
                 plan_id: int | None, text: str, orders_per_year: int = 1, *,
                 fee_life: int | None = None) -> None:
        super().__init__(text, workspace)
        self.name = name
        self.lines = list(lines)
        self.plan_id = plan_id
        self.orders_per_year = orders_per_year
        self.fee_life = fee_life  # issue 15: the plan's one-time fees' life (None: default)
        self.before: StoredPlan | None = (workspace.costing.plan_record(plan_id)
                                          if plan_id is not None else None)
        self.notes = self.before.notes if self.before is not None else ""

    def apply(self) -> None:
        costing = self.workspace.costing
        if self.before is None and self.plan_id is not None:  # redo of a new plan
            costing.restore_plan(StoredPlan(self.plan_id, self.name, self.notes,
                                            tuple(self.lines), self.orders_per_year))
        else:
            self.plan_id = costing.save_plan(self.name, self.lines, self.plan_id,
                                             orders_per_year=self.orders_per_year)
        costing.set_fee_life("plan", self.plan_id, self.fee_life)

    def revert(self) -> None:
        if self.plan_id is None:
            return
        if self.before is None:
            self.workspace.costing.delete_plan(self.plan_id)
        else:
            self.workspace.costing.save_plan(self.before.name, list(self.before.lines),
                                             self.plan_id, notes=self.before.notes,
                                             orders_per_year=self.before.orders_per_year)
            self.workspace.costing.set_fee_life("plan", self.plan_id,
                                                self.before.fee_life_years)

    def affected(self) -> object:
        return self.plan_id


class DeletePlan(WorkspaceCommand):
    """A plan deleted with its lines (the designs stay); undo puts it back under its id."""

    topic = Topic.PLANS

    def __init__(self, workspace: Workspace, plan_id: int, text: str) -> None:
        super().__init__(text, workspace)
        self.plan_id = plan_id
        self.snapshot: StoredPlan | None = None

    def apply(self) -> None:
        self.snapshot = self.workspace.costing.plan_record(self.plan_id)
        self.workspace.costing.delete_plan(self.plan_id)

    def revert(self) -> None:
        if self.snapshot is not None:
            self.workspace.costing.restore_plan(self.snapshot)

    def affected(self) -> object:
        return self.plan_id


# --- a supplier's landed-cost terms (topic "landed_terms", affected: the supplier's id) ----


class SetLandedTerms(WorkspaceCommand):
    """One change to a supplier's landed-cost terms; undo puts the terms before back (or
    forgets them, when the supplier had none stored)."""

    topic = Topic.LANDED_TERMS

    def __init__(self, workspace: Workspace, supplier_id: int, after: LandedCostTerms,
                 text: str) -> None:
        super().__init__(text, workspace)
        self.supplier_id = supplier_id
        costing = workspace.costing
        self.before = costing.landed_terms(supplier_id) \
            if costing.has_landed_terms(supplier_id) else None
        self.after = after

    def apply(self) -> None:
        self.workspace.costing.set_landed_terms(self.supplier_id, self.after)

    def revert(self) -> None:
        if self.before is None:
            self.workspace.costing.clear_landed_terms(self.supplier_id)
        else:
            self.workspace.costing.set_landed_terms(self.supplier_id, self.before)

    def affected(self) -> object:
        return self.supplier_id
