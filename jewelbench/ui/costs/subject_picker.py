"""What the comparison compares: a design or a collection plan, typed and chosen.

The picker asks storage for the plans and designs matching what is typed (a few dozen at
most, each design with its number of quotes), never for all 20,000 designs; the default
choice is found from one GROUP BY of the quotes per design.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from jewelbench.domain.messages import fill
from jewelbench.storage import Workspace
from jewelbench.ui.widgets.pickers import design_record
from jewelbench.ui.widgets.record_picker import Record, RecordPicker


@dataclass(frozen=True)
class Choice:
    kind: str  # "design" or "plan"
    id: int


def parse_choice(value: object) -> Choice | None:
    """A choice as remembered in the settings ("design:12"), or None."""
    if not isinstance(value, str) or ":" not in value:
        return None
    kind, _, number = value.partition(":")
    return Choice(kind, int(number)) if kind in ("design", "plan") and number.isdigit() \
        else None


def default_choice(workspace: Workspace) -> Choice | None:
    """A plan when there is one, else the design with the most quotes (the lowest id of
    those with as many), else None."""
    plans = workspace.costing.plans()
    if plans:
        return Choice("plan", plans[0][0])
    design_id = workspace.picks.most_quoted_design()  # one GROUP BY, one row back
    return None if design_id is None else Choice("design", design_id)


class SubjectPicker(RecordPicker):
    """A design (by code or name) or a plan (by name); the key is a Choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._workspace: Workspace | None = None
        super().__init__(self._search, self._lookup, what=self.tr("design or plan"),
                         placeholder=self.tr("Design code or plan name"), keep_on_edit=True,
                         parent=parent)
        self.setObjectName("compareSubject")
        self.edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.setToolTip(self.tr("Type a design code or a plan's name and choose it (Down "
                                "opens the list)"))

    def set_workspace(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def _plan_record(self, plan_id: int, name: str) -> Record:
        return Record(Choice("plan", plan_id), fill(self.tr("Plan · {name}"), name=name), name,
                      self.tr("Collection plan"))

    def _search(self, text: str, limit: int) -> list[Record]:
        workspace = self._workspace
        if workspace is None:
            return []
        plans = [self._plan_record(p.id, p.name) for p in workspace.picks.plans(text, limit)]
        designs = workspace.picks.designs(text, max(0, limit - len(plans)), with_quotes=True)
        return plans + [design_record(p, key=Choice("design", p.id), with_quotes=True)
                        for p in designs]

    def _lookup(self, key: Any) -> Record | None:
        workspace = self._workspace
        if workspace is None or not isinstance(key, Choice):
            return None
        if key.kind == "plan":
            plan = workspace.picks.plan(key.id)
            return None if plan is None else self._plan_record(plan.id, plan.name)
        design = workspace.picks.design(key.id, with_quotes=True)
        return None if design is None else design_record(design, key=key, with_quotes=True)

    def first(self) -> Record | None:
        """What is chosen when the remembered choice is gone: the first plan, else the
        first design by code."""
        found = self._search("", 1)
        return found[0] if found else None
