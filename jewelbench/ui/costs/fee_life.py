"""The life of the compared design's (or plan's) one-time fees: the years its moulds, tooling
and CAD are charged over (fee ÷ life a year, and the same share is an assist in each year's
customs value). Saved when the field is left, as one undoable command (SetFeeLife); a value
the engine refuses (0 years …) is said next to the field and nothing is stored."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from jewelbench.domain.costing_inputs import DEFAULT_FEE_LIFE, check_fee_life
from jewelbench.domain.inputs import NumberRule
from jewelbench.domain.messages import fill
from jewelbench.domain.validation import DomainError
from jewelbench.storage import ReadError, StorageError, Workspace
from jewelbench.ui import i18n
from jewelbench.ui.commands import UndoController
from jewelbench.ui.costs.customs_commands import SetFeeLife
from jewelbench.ui.style import named
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.fields import NumberField

translate = QCoreApplication.translate


class FeeLifeField(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feeLife")
        self.workspace: Workspace | None = None
        self.controller: UndoController | None = None
        self.kind = ""
        self.subject_id: int | None = None
        # No minimum here: 0 reaches the engine's check, which says why it is refused.
        self.field = NumberField(NumberRule(unit=self.tr("years"), places=0, minimum=None,
                                            maximum=Decimal(1000), required=False))
        self.field.setObjectName("feeLifeYears")
        self.field.edit.setAccessibleName(self.tr("One-time fees over"))
        self.field.edit.setPlaceholderText(str(DEFAULT_FEE_LIFE))
        self.field.edit.setToolTip(fill(self.tr(
            "The years this design (or plan) sells: each mould, tooling or CAD fee is charged "
            "fee ÷ years a year, and that share is in each year's customs value. The 36-month "
            "cash pays the fee once. Empty: {years} years."), years=str(DEFAULT_FEE_LIFE)))
        self.field.value_changed.connect(self._typed)
        self.status = QLabel()
        named(self.status, "pageSubtitle")
        self.status.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("Mould, toolin&g, CAD fees over:"))
        self.label.setBuddy(self.field.edit)
        form.addRow(self.label, self.field)
        form.addRow(self.status)

    def show_subject(self, workspace: Workspace | None, controller: UndoController | None,
                     kind: str, subject_id: int | None) -> None:
        if controller is not None and controller is not self.controller:
            controller.changed.connect(self._changed_elsewhere)  # undo, redo, other editors
        self.workspace, self.controller = workspace, controller
        self.kind, self.subject_id = kind, subject_id
        self.load()

    def _changed_elsewhere(self, topic: Topic, _affected: object) -> None:
        if topic == Topic.LANDED_TERMS and self.subject_id is not None:
            self.load()

    def years(self) -> int | None:
        if self.workspace is None or self.subject_id is None:
            return None
        try:
            return self.workspace.costing.fee_life(self.kind, self.subject_id)
        except (StorageError, ReadError, DomainError) as error:
            self.status.setText(i18n.say(error))
            return None

    def load(self) -> None:
        enabled = self.workspace is not None and self.subject_id is not None
        self.setEnabled(enabled and not (self.workspace and self.workspace.read_only))
        years = self.years()
        self.field.set_value(None if years is None else Decimal(years))
        self.status.setText(self.tr("of this plan's life") if self.kind == "plan" else
                            self.tr("of this design's life") if enabled else "")

    def _typed(self, value: Any) -> None:
        if self.workspace is None or self.controller is None or self.subject_id is None:
            return
        years = None if value is None else int(value)
        if value is not None and value != years:
            self.field.show_error(self.tr("Whole years, please"))
            return
        try:
            if years is not None:
                check_fee_life(years)
        except DomainError as error:
            self.field.show_error(i18n.say(error))
            self.status.setText(fill(self.tr("Not saved: {reason}"), reason=str(error)))
            return
        if years == self.years():
            return
        reason = self.controller.run(SetFeeLife(
            self.workspace, self.kind, self.subject_id, years,
            fill(self.tr("One-time fees over {years} years"),
                 years=str(years or DEFAULT_FEE_LIFE))))
        if reason is not None:
            self.field.show_error(reason)
            self.status.setText(fill(self.tr("Not saved: {reason}"), reason=reason))
            return
        self.load()

    def set_years(self, text: str) -> bool:
        """Type into the field and leave it, as a person does (tests, scripts)."""
        self.field.edit.setText(text)
        self.field.edit.editingFinished.emit()
        return not self.field.error.isVisible()


def plan_fee_life_field() -> NumberField:
    """The plan editor's field: empty for the default; checked when the plan is saved."""
    field = NumberField(NumberRule(unit="years", places=0, minimum=None,
                                   maximum=Decimal(1000), required=False))
    field.setObjectName("planFeeLife")
    field.edit.setPlaceholderText(str(DEFAULT_FEE_LIFE))
    field.edit.setToolTip(fill(translate(
        "FeeLifeField", "The years this plan sells: each mould, tooling or CAD fee is charged "
                        "fee ÷ years a year, and that share is in each year's customs value. "
                        "Empty: {years} years."),
        years=str(DEFAULT_FEE_LIFE)))
    return field


def fee_life_of(field: NumberField) -> int | None | str:
    """The years typed (None: empty), or why they are refused, said beside the field."""
    from jewelbench.domain.inputs import InputError

    try:
        value = field.value()
    except InputError as error:
        return i18n.say(error)
    if value is None:
        return None
    try:
        if value != int(value):
            raise DomainError(translate("FeeLifeField", "Life of the one-time fees must be whole "
                                                        "years"))
        return check_fee_life(int(value))
    except DomainError as error:
        field.show_error(i18n.say(error))
        return i18n.say(error)
