"""The scenario editor's "Recovery, capital, benches" tab (issue 15): the share of the casting
loss and of a failed piece that is recovered and the refiner's charge, the FX risk buffer on
in-house inputs priced abroad, the cost of capital, and the benches the workshop has.

Each value is one of the scenario's in-house options (InHouseTerms): a change is saved at once
through the editor's set_terms (one undoable SetInHouseTerms command); a value the cost model
refuses is said beside its field, with the reason, and nothing is stored.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from jewelbench.domain.costing_inputs import InHouseTerms
from jewelbench.domain.inputs import NumberRule
from jewelbench.domain.messages import fill
from jewelbench.domain.validation import DomainError
from jewelbench.ui import i18n
from jewelbench.ui.style import named
from jewelbench.ui.widgets.fields import NumberField

PERCENT = NumberRule(unit="%", places=2, minimum=None, maximum=Decimal(1000))
HOURS_A_YEAR = NumberRule(unit="h / year", places=1, minimum=None, maximum=Decimal(100000))
COUNT = NumberRule(places=0, minimum=None, maximum=Decimal(100000))


class TermsEditor(Protocol):
    terms: InHouseTerms

    def set_terms(self, after: InHouseTerms, what: str) -> bool: ...

    def say(self, text: str) -> None: ...


class InHouseModelTab(QWidget):
    """Recovered metal, the in-house FX buffer, the cost of capital and the benches."""

    def __init__(self, editor: TermsEditor) -> None:
        super().__init__()
        self.setObjectName("inHouseModelTab")
        self.editor = editor
        self.fields: dict[str, NumberField] = {}
        recovery = QGroupBox(self.tr("Remakes and recovered metal"))
        capital = QGroupBox(self.tr("Foreign currency and cost of capital"))
        benches = QGroupBox(self.tr("Bench capacity"))
        self.labels: dict[str, str] = {}
        rows = (
            (recovery, "recoverable_pct", self.tr("Recoverable s&hare:"), PERCENT, self.tr(
                "Share of the casting loss and of a failed piece's metal (and stones) that "
                "comes back: sweeps and sprues are refined, a failed piece is re-melted and its "
                "stones unset. At most 100 %.")),
            (recovery, "refining_pct", self.tr("Re&fining charge:"), PERCENT, self.tr(
                "What the refiner keeps, % of the recovered metal's value at the day's fine "
                "price. At most 100 %.")),
            (capital, "fx_buffer_pct", self.tr("FX risk &buffer (in-house):"), PERCENT,
             self.tr("Added to the in-house inputs priced in a foreign currency: metal priced "
                     "in another currency, BOM lines bought abroad, a scenario kept in another "
                     "currency — as a route's buffer is added to a foreign quote")),
            (capital, "capital_rate_pct", self.tr("Cost of &capital a year:"), PERCENT,
             self.tr("What money tied up in equipment costs you a year (a loan's rate, or what "
                     "the money would earn elsewhere): a capital charge of rate × (cost + "
                     "salvage) ÷ 2 a year, and the rate the 36-month cash is discounted at. "
                     "Never negative.")),
            (benches, "bench_hours_year", self.tr("Hours one bench gi&ves a year:"),
             HOURS_A_YEAR, self.tr("Working hours of one bench a year, after holidays, "
                                   "cleaning and maintenance. Above 0.")),
            (benches, "benches", self.tr("Bench&es:"), COUNT, self.tr(
                "How many benches the workshop has; 0 = one for each person on the staff "
                "(people added for capacity included), at least one")),
        )
        forms = {box: QFormLayout(box) for box in (recovery, capital, benches)}
        for box, key, label, rule, tip in rows:
            field = NumberField(rule)
            field.setObjectName(f"terms_{key}")
            field.setToolTip(tip)
            field.edit.setToolTip(tip)
            field.value_changed.connect(lambda value, key=key: self._changed(key, value))
            self.fields[key] = field
            if key == "benches":
                field.unit.setText(self.tr("0 = one per person"))
                field.row.addWidget(field.unit)
            self.labels[key] = label.replace("&", "").rstrip(":").lower()
            forms[box].addRow(label, field)
            forms[box].labelForField(field).setToolTip(tip)
        hints = (
            (recovery, self.tr(
                "Per piece, with k = recoverable share × (1 − refining charge):\n"
                "• metal = fine metal value × ((1 + casting loss) × (1 + small-buyer premium) "
                "− casting loss × k)\n"
                "• a remake = labour + consumables + findings + plating + metal − fine metal "
                "value × k + stones × (1 − recoverable share + breakage)\n"
                "• remakes per good piece = a remake × remake rate ÷ (1 − remake rate)")),
            (capital, self.tr(
                "The capital charge is a yearly cost beside depreciation (none when equipment "
                "is paid up front); the cash view gives each route's present value at this "
                "rate, discounted monthly (rate ÷ 12), and the month in-house pays back.")),
            (benches, self.tr(
                "The comparison warns when the bench hours needed (remakes included) pass "
                "benches × hours a bench, with or without salaried staff.")),
        )
        for box, text in hints:
            hint = QLabel(text)
            named(hint, "pageSubtitle")
            hint.setWordWrap(True)
            forms[box].addRow(hint)
        layout = QVBoxLayout(self)
        for box in (recovery, capital, benches):
            layout.addWidget(box)
        layout.addStretch(1)

    def show_terms(self, terms: InHouseTerms) -> None:
        """The options as stored; typing not finished yet stays."""
        for key, field in self.fields.items():
            if not field.edit.isModified():
                field.set_value(Decimal(getattr(terms, key)))

    def set_editable(self, editable: bool) -> None:
        for field in self.fields.values():
            field.edit.setReadOnly(not editable)

    def _changed(self, key: str, value: Decimal | None) -> None:
        field = self.fields[key]
        terms = self.editor.terms
        if value is None:
            field.show_error(self.tr("Type a number"))
            return
        new: Decimal | int = int(value) if key == "benches" else value
        if new == getattr(terms, key):
            field.edit.setModified(False)
            return
        changes: dict[str, Any] = {key: new}
        try:
            after = replace(terms, **changes)
        except DomainError as error:  # refused beside the field; nothing is stored
            field.show_error(i18n.say(error))
            self.editor.say(fill(self.tr("Not saved: {reason}"), reason=str(error)))
            return
        what = fill(self.tr("Set {field} to {value}"), field=self.labels[key],
                    value=field.edit.text().strip())
        if self.editor.set_terms(after, what):
            field.show_error("")
            field.edit.setModified(False)
