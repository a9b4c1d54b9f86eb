"""The in-house scenario editor: rates and losses, equipment, overheads, staff and labour,
with live totals, and the options the cost comparison reads beside the scenario (how equipment
is counted, whether bench labour is in the salaries, the role added in capacity steps).

Like every editor, each change is saved the moment it is made, as one undoable command on the
window's undo stack (the one save path); undo and redo from anywhere update the editor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpacerItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.costing_inputs import CapexView, InHouseTerms
from jewelbench.domain.inputs import NumberRule
from jewelbench.domain.messages import fill
from jewelbench.domain.scenarios import (
    AMOUNT,
    CATALOGUE_CURRENCY,
    EQUIPMENT_CATALOGUE,
    HEADCOUNT,
    HOURS,
    MINUTES,
    RATE_PERCENT,
    YEARS,
    CatalogueItem,
    CostLevel,
    Equipment,
    InHouseScenario,
    LabourOperation,
    Overhead,
    StaffRole,
    check_design_code,
    convert,
    usd_rate,
)
from jewelbench.domain.validation import DomainError
from jewelbench.storage import ReadError, Workspace
from jewelbench.storage.repository import NotFound
from jewelbench.ui import i18n
from jewelbench.ui.commands import UndoController
from jewelbench.ui.costs.commands import ReplaceScenario, SetInHouseTerms
from jewelbench.ui.costs.inhouse_model_tab import InHouseModelTab
from jewelbench.ui.costs.scenario_tables import (
    EQUIPMENT,
    LABOUR,
    OVERHEADS,
    STAFF,
    ScenarioRow,
    ScenarioTable,
    Totals,
    figure_text,
)
from jewelbench.ui.formatting import amount_text, decimal_text
from jewelbench.ui.style import named
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.combo import line_edit
from jewelbench.ui.widgets.editor_dialog import EditorDialog
from jewelbench.ui.widgets.fields import (
    NumberField,
    error_colour,
    format_for_locale,
)
from jewelbench.ui.widgets.lines import Setter
from jewelbench.ui.widgets.table_model import Column


def currency_choices(workspace: Workspace, *also: str) -> list[str]:
    """The currencies a scenario is likely to be in: the base one, those with FX rates."""
    found = {workspace.base_currency, CATALOGUE_CURRENCY, *also}
    for rate in workspace.prices.fx_rates():
        found.update((rate.from_currency, rate.to_currency))
    return [workspace.base_currency, *sorted(found - {workspace.base_currency})]


# The scenario's rates, each set by its field's name (the rate fields' keys).
RATES: dict[str, Callable[[InHouseScenario, Decimal], InHouseScenario]] = {
    "loaded_hourly_rate": lambda s, v: replace(s, loaded_hourly_rate=v),
    "casting_loss_pct": lambda s, v: replace(s, casting_loss_pct=v),
    "buyer_premium_pct": lambda s, v: replace(s, buyer_premium_pct=v),
    "stone_breakage_pct": lambda s, v: replace(s, stone_breakage_pct=v),
    "error_rate_pct": lambda s, v: replace(s, error_rate_pct=v),
    "consumables_per_piece": lambda s, v: replace(s, consumables_per_piece=v),
}


class ScenarioEditor(EditorDialog):
    settings_key = "dialogs/scenarioEditor"
    default_size = (980, 640)

    def __init__(self, workspace: Workspace, scenario_id: int, controller: UndoController,
                 settings: QSettings, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        self.workspace = workspace
        self.scenario_id = scenario_id
        self.today = today or dt.date.today()
        self.scenario: InHouseScenario = workspace.scenarios.get(scenario_id)
        self.terms: InHouseTerms = workspace.costing.in_house_terms(scenario_id)
        self._design_codes: list[str] | None = None
        super().__init__(controller, settings, parent)
        self.setObjectName("scenarioEditor")

        self.tabs = QTabWidget()
        self.tabs.addTab(self._scenario_tab(), self.tr("&Scenario"))
        self.model_tab = InHouseModelTab(self)  # recovered metal, FX buffer, capital, benches
        self.tabs.addTab(self.model_tab, self.tr("Reco&very, Capital, Benches"))
        self.sections = self._sections()
        self.equipment, self.overheads, self.staff, self.labour = self.sections
        self._add_catalogue_button()
        for section in self.sections:
            self.tabs.addTab(section, section.title)
        self.totals = Totals()
        bottom = self.status_row()
        self.heading = QLabel()
        named(self.heading, "previewTitle")
        self.subheading = QLabel()
        named(self.subheading, "pageSubtitle")
        layout = QVBoxLayout(self)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.heading)
        heading.addWidget(self.subheading)
        layout.addLayout(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.totals)
        layout.addLayout(bottom)
        for button in self.findChildren(QPushButton):
            # Enter finishes the field being typed in; it never presses Add or Close.
            button.setAutoDefault(False)
        self.restore_size()
        self._set_editable(not workspace.read_only)
        self.show_scenario()

    # --- building ------------------------------------------------------------------------

    def _scenario_tab(self) -> QWidget:
        tab = QWidget()
        about = QGroupBox(self.tr("Scenario"))
        form = QFormLayout(about)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.editingFinished.connect(self._name_finished)
        self.name_error = QLabel()
        self.name_error.setObjectName("fieldError")
        self.name_error.setWordWrap(True)
        self.name_error.setStyleSheet(f"color: {error_colour(self.palette()).name()};")
        self.name_error.hide()
        name_box = QWidget()
        name_box.setFocusProxy(self.name)
        name_lines = QVBoxLayout(name_box)
        name_lines.setContentsMargins(0, 0, 0, 0)
        name_lines.setSpacing(2)
        name_lines.addWidget(self.name)
        name_lines.addWidget(self.name_error)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit(self.currency).setMaxLength(3)
        self.currency.setToolTip(self.tr("Every amount of this scenario is in this currency. "
                                         "Changing it does not convert the amounts."))
        self.currency.activated.connect(lambda _i: self._currency_chosen())
        line_edit(self.currency).editingFinished.connect(self._currency_chosen)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Where the figures come from, what is assumed."))
        self.notes.installEventFilter(self)
        form.addRow(self.tr("&Name:"), name_box)
        form.addRow(self.tr("C&urrency:"), self.currency)
        form.addRow(self.tr("No&tes:"), self.notes)
        options = self._options_box()

        rates = QGroupBox(self.tr("Rates and losses"))
        rates_form = QFormLayout(rates)
        self.rate_fields: dict[str, NumberField] = {}
        self.currency_units: list[tuple[QLabel, str]] = []
        for key, label, rule, unit, tip in (
                ("loaded_hourly_rate", self.tr("Loaded &hourly rate:"), AMOUNT, "{currency} / h",
                 self.tr("Wage plus employer's costs per working hour: labour minutes × this "
                         "rate ÷ 60 is the labour cost of a piece")),
                ("casting_loss_pct", self.tr("&Casting loss:"), RATE_PERCENT, "",
                 self.tr("Metal lost in casting, sprues and filing, on top of the finished "
                         "weight")),
                ("buyer_premium_pct", self.tr("Small-&buyer premium:"), RATE_PERCENT, "",
                 self.tr("What a small buyer pays above the market price for metal")),
                ("stone_breakage_pct", self.tr("Stone brea&kage:"), RATE_PERCENT, "",
                 self.tr("Stones broken or lost in setting, bought again")),
                ("error_rate_pct", self.tr("E&rror / remake rate:"), RATE_PERCENT, "",
                 self.tr("Pieces remade: cost per good piece = variable cost ÷ (1 − rate). "
                         "Must be below 100 %.")),
                ("consumables_per_piece", self.tr("Consu&mables per piece:"), AMOUNT,
                 "{currency} / piece",
                 self.tr("Investment, resin, compounds, gas, cleaning solutions")),
        ):
            field = NumberField(rule)
            field.setToolTip(tip)
            field.edit.setToolTip(tip)
            field.value_changed.connect(
                lambda value, key=key, label=label: self._rate_changed(key, value, label))
            field.edit.editingFinished.connect(partial(self._say_refusal, field))
            self.rate_fields[key] = field
            # Every unit in one column of the same width, so the fields line up.
            field.unit.setMinimumWidth(field.fontMetrics().horizontalAdvance("USD / piece") + 6)
            if unit:
                field.row.addWidget(field.unit)
                self.currency_units.append((field.unit, unit))
            rates_form.addRow(label, field)
            rates_form.labelForField(field).setToolTip(tip)
        how = QLabel(self.tr(
            "How they are used, per piece:\n"
            "• metal = weight × (1 + casting loss) × fine metal price × (1 + small-buyer "
            "premium), less the recovered part of the casting loss\n"
            "• stones = quantity × unit cost × (1 + breakage)\n"
            "• labour = minutes ÷ 60 × loaded hourly rate\n"
            "• remakes: each failed piece is made again, its metal re-melted and its stones "
            "unset (Recovery, Capital, Benches)"))
        named(how, "pageSubtitle")
        how.setWordWrap(True)
        rates_form.addItem(QSpacerItem(0, 12))
        rates_form.addRow(how)
        left = QVBoxLayout()
        left.addWidget(about, 1)
        left.addWidget(options)
        layout = QHBoxLayout(tab)
        layout.addLayout(left, 1)
        layout.addWidget(rates, 1)
        return tab

    def _options_box(self) -> QGroupBox:
        """The options the cost comparison reads beside the scenario, each change saved."""
        box = QGroupBox(self.tr("In the cost comparison"))
        form = QFormLayout(box)
        self.capex_buttons: dict[CapexView, QRadioButton] = {
            CapexView.DEPRECIATION: QRadioButton(self.tr("&Depreciation a year")),
            CapexView.UP_FRONT: QRadioButton(self.tr("&Paid up front")),
        }
        self.capex_buttons[CapexView.DEPRECIATION].setToolTip(self.tr(
            "Each year carries (cost − salvage) ÷ useful life of every machine"))
        self.capex_buttons[CapexView.UP_FRONT].setToolTip(self.tr(
            "The year carries the whole cost of the equipment, as the cash leaves (the "
            "36-month cash flow always pays it up front)"))
        self.capex_group = QButtonGroup(self)
        capex_row = QHBoxLayout()
        capex_row.setSpacing(16)
        for view, button in self.capex_buttons.items():
            self.capex_group.addButton(button)
            button.toggled.connect(partial(self._capex_toggled, view))
            capex_row.addWidget(button)
        capex_row.addStretch(1)
        self.labour_in_salaries = QCheckBox(self.tr(
            "Bench labour is pa&id through the salaries"))
        self.labour_in_salaries.toggled.connect(self._labour_toggled)
        labour_hint = QLabel(self.tr(
            "When on, the labour minutes add no cost beyond the staff salaries (they still use "
            "the staff's hours), so setters and polishers on the payroll are not counted twice."))
        named(labour_hint, "pageSubtitle")
        labour_hint.setWordWrap(True)
        labour = QVBoxLayout()
        labour.setSpacing(2)
        labour.addWidget(self.labour_in_salaries)
        labour.addWidget(labour_hint)
        self.step_role = QComboBox()
        self.step_role.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.step_role.setMinimumContentsLength(18)
        self.step_role.setToolTip(self.tr(
            "When the bench hours a year outgrow the staff's hours, people of this role are "
            "added one at a time, each at its salary and hours a month"))
        self.step_role.activated.connect(lambda _i: self._step_role_chosen())
        step_label = QLabel(self.tr("Add sta&ff in steps of:"))
        step_label.setBuddy(self.step_role)
        form.addRow(self.tr("Equipment counted as:"), capex_row)
        form.addRow(labour)
        form.addRow(step_label, self.step_role)
        return box

    def _sections(self) -> list[ScenarioTable]:
        def amount(key: str, title: str, get: Callable[[Any], Decimal],
                   put: Setter[Any, Decimal], tip: str = "") -> Column[ScenarioRow]:
            return Column(title, lambda r: amount_text(get(r.item), r.currency),
                          sort_key=lambda r: get(r.item), numeric=True, key=key, rule=AMOUNT,
                          edit_text=lambda r: format_for_locale(get(r.item), AMOUNT),
                          tooltip=(lambda r: tip) if tip else None, put=put)

        def number(key: str, title: str, rule: NumberRule, get: Callable[[Any], Any],
                   put: Setter[Any, Decimal], places: int, tip: str = "") -> Column[ScenarioRow]:
            return Column(title, lambda r: figure_text(Decimal(get(r.item)), places),
                          numeric=True, key=key, rule=rule,
                          edit_text=lambda r: format_for_locale(Decimal(get(r.item)), rule),
                          tooltip=(lambda r: tip) if tip else None, put=put)

        def text(key: str, title: str, get: Callable[[Any], str],
                 put: Setter[Any, str]) -> Column[ScenarioRow]:
            return Column(title, lambda r: get(r.item), key=key,
                          edit_text=lambda r: get(r.item), put=put)

        # a design's code as the workspace spells it; empty (or "all") for every design
        needed_for = Setter[Equipment | LabourOperation, str](lambda item, code: replace(
            item, design_code=check_design_code(code, self.design_codes())))

        equipment = ScenarioTable(EQUIPMENT, self.tr("&Equipment"), self.tr(
            "Each machine is paid up front and depreciates in a straight line: (cost − salvage) "
            "÷ useful life a year. Add from Catalogue offers the seed's low, mid and high "
            "figures. Needed for: a design's code when a machine is bought for it alone."), [
            text("name", self.tr("Equipment"), lambda e: e.name,
                 Setter[Equipment, str](lambda e, name: replace(e, name=name))),
            amount("cost", self.tr("Cost"), lambda e: e.cost,
                   Setter[Equipment, Decimal](lambda e, cost: replace(e, cost=cost))),
            number("useful_life_years", self.tr("Useful life (years)"), YEARS,
                   lambda e: e.useful_life_years,
                   Setter[Equipment, Decimal](lambda e, years: replace(
                       e, useful_life_years=int(years))), 0),
            amount("salvage_value", self.tr("Salvage"), lambda e: e.salvage_value,
                   Setter[Equipment, Decimal](lambda e, salvage: replace(
                       e, salvage_value=salvage)),
                   self.tr("What it sells for at the end of its useful life")),
            Column(self.tr("Depreciation / year"),
                   lambda r: amount_text(r.item.depreciation_per_year, r.currency),
                   numeric=True),
            Column(self.tr("Needed for"),
                   lambda r: r.item.design_code or self.tr("All designs"), key="design_code",
                   edit_text=lambda r: r.item.design_code or "",
                   emphasis=lambda r: r.item.design_code is None, put=needed_for,
                   tooltip=lambda r: self.tr("A design's code when the equipment is bought "
                                             "for it alone (its incremental cost), or empty "
                                             "when every design uses it")),
        ], lambda: Equipment(self.tr("New equipment"), Decimal(0), 5), self)
        overheads = ScenarioTable(OVERHEADS, self.tr("&Overheads"), self.tr(
            "Paid every month whatever the volume: rent, utilities, insurance, security, "
            "software, maintenance."), [
            text("name", self.tr("Overhead"), lambda o: o.name,
                 Setter[Overhead, str](lambda o, name: replace(o, name=name))),
            amount("monthly_cost", self.tr("Cost / month"), lambda o: o.monthly_cost,
                   Setter[Overhead, Decimal](lambda o, cost: replace(o, monthly_cost=cost))),
            Column(self.tr("Cost / year"),
                   lambda r: amount_text(r.item.monthly_cost * 12, r.currency), numeric=True),
        ], lambda: Overhead(self.tr("New overhead"), Decimal(0)), self)
        staff = ScenarioTable(STAFF, self.tr("St&aff"), self.tr(
            "Salaried staff are a fixed cost; their hours a month are the workshop's capacity. "
            "Salary is per person, with the employer's costs."), [
            text("role", self.tr("Role"), lambda s: s.role,
                 Setter[StaffRole, str](lambda s, role: replace(s, role=role))),
            amount("monthly_salary", self.tr("Salary / month"), lambda s: s.monthly_salary,
                   Setter[StaffRole, Decimal](lambda s, salary: replace(
                       s, monthly_salary=salary))),
            number("headcount", self.tr("Headcount"), HEADCOUNT, lambda s: s.headcount,
                   Setter[StaffRole, Decimal](lambda s, people: replace(
                       s, headcount=int(people))), 0),
            number("hours_per_month", self.tr("Hours / month each"), HOURS,
                   lambda s: s.hours_per_month,
                   Setter[StaffRole, Decimal](lambda s, hours: replace(
                       s, hours_per_month=hours)), 1),
            Column(self.tr("Hours / month"),
                   lambda r: figure_text(r.item.hours_capacity, 1), numeric=True),
            Column(self.tr("Cost / month"), lambda r: amount_text(
                r.item.monthly_salary * r.item.headcount, r.currency), numeric=True),
        ], lambda: StaffRole(self.tr("New role"), Decimal(0), 1, Decimal(160)), self)
        labour = ScenarioTable(LABOUR, self.tr("&Labour"), self.tr(
            "Minutes of work per piece for each operation, at the loaded hourly rate. Leave "
            "Design empty for all designs; a design's own line replaces the all-designs line "
            "of the same operation."), [
            text("operation", self.tr("Operation"), lambda lab: lab.operation,
                 Setter[LabourOperation, str](lambda lab, name: replace(lab, operation=name))),
            number("minutes_per_piece", self.tr("Minutes / piece"), MINUTES,
                   lambda lab: lab.minutes_per_piece,
                   Setter[LabourOperation, Decimal](lambda lab, minutes: replace(
                       lab, minutes_per_piece=minutes)), 2),
            Column(self.tr("Design"),
                   lambda r: r.item.design_code or self.tr("All designs"), key="design_code",
                   edit_text=lambda r: r.item.design_code or "",
                   emphasis=lambda r: r.item.design_code is None, put=needed_for,
                   tooltip=lambda r: self.tr("A design's code, or empty for all designs")),
        ], lambda: LabourOperation(self.tr("New operation"), Decimal(0)), self)
        return [equipment, overheads, staff, labour]

    def _add_catalogue_button(self) -> None:
        """Add from Catalogue: each item at Low / Mid / High, or at your own cost. Built
        once; the amounts are written in the scenario's currency each time it opens."""
        self.catalogue_button = QPushButton(self.tr("Add from Catalo&gue"))
        self.catalogue_button.setToolTip(self.tr(
            "Equipment at the seed's low, mid or high cost, or at your own"))
        menu = QMenu(self.catalogue_button)
        menu.setToolTipsVisible(True)
        self.no_rate_action = menu.addAction("")
        self.no_rate_action.setEnabled(False)
        self.no_rate_separator = menu.addSeparator()
        self.catalogue_actions: dict[tuple[str, CostLevel], QAction] = {}
        for item in EQUIPMENT_CATALOGUE:
            sub = menu.addMenu(item.name)
            sub.setObjectName(f"catalogue_{item.key}")
            sub.setToolTipsVisible(True)
            for level in CostLevel:
                action = sub.addAction("")
                action.setObjectName(f"catalogue_{item.key}_{level.value}")
                action.triggered.connect(
                    lambda _=False, item=item, level=level: self.add_from_catalogue(item, level))
                self.catalogue_actions[(item.key, level)] = action
            sub.addSeparator()
            own = sub.addAction(self.tr("Your &Own Cost…"))
            own.setObjectName(f"catalogue_{item.key}_own")
            own.setToolTip(self.tr("Add it at a cost of 0 and type what you paid or were "
                                   "quoted"))
            own.triggered.connect(lambda _=False, item=item: self.add_from_catalogue(item, None))
        menu.aboutToShow.connect(self._price_catalogue)
        self.catalogue_menu = menu
        self.catalogue_button.setMenu(menu)
        self.equipment.buttons.insertWidget(1, self.catalogue_button)

    # --- showing -------------------------------------------------------------------------

    def show_scenario(self) -> None:
        scenario = self.scenario
        self.setWindowTitle(fill(self.tr("{scenario} — In-house Scenario"), scenario=scenario.name))
        self.heading.setText(scenario.name)
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.subheading.setText(fill(self.tr(
            "In-house scenario · amounts in {currency} · each change is saved as you make it; "
            "{undo} undoes it"), currency=scenario.currency, undo=undo))
        if not self.name.isModified() or self.name.text().strip() == scenario.name:
            self.name.setText(scenario.name)  # typing that was not saved yet stays
            self._name_error("")
        choices = currency_choices(self.workspace, scenario.currency)
        if [self.currency.itemText(i) for i in range(self.currency.count())] != choices:
            self.currency.clear()
            self.currency.addItems(choices)
        self.currency.setCurrentText(scenario.currency)
        if self.notes.toPlainText() != scenario.notes and not self.notes.hasFocus():
            self.notes.setPlainText(scenario.notes)
        for key, field in self.rate_fields.items():
            if not field.edit.isModified():  # typing that was not saved yet stays
                field.set_value(getattr(scenario, key))
        for suffix, unit in self.currency_units:
            suffix.setText(fill(unit, currency=scenario.currency))
        self.show_terms()
        for section in self.sections:
            section.show_scenario(scenario)
            count = len(section.items(scenario))
            label = section.title + (f" ({count})" if count else "")
            self.tabs.setTabText(self.tabs.indexOf(section), label)
        self.totals.show_scenario(scenario)

    def show_terms(self) -> None:
        """The comparison options as stored (after a change, an undo, or a refusal)."""
        terms = self.terms
        for view, button in self.capex_buttons.items():
            button.blockSignals(True)
            button.setChecked(view is terms.capex_view)
            button.blockSignals(False)
        self.labour_in_salaries.blockSignals(True)
        self.labour_in_salaries.setChecked(terms.labour_in_salaries)
        self.labour_in_salaries.blockSignals(False)
        roles = [role.role for role in self.scenario.staff]
        cheapest = min(self.scenario.staff, key=lambda r: r.monthly_salary / r.hours_per_month,
                       default=None)
        automatic = (self.tr("— no steps: no staff —") if cheapest is None else fill(self.tr(
            "— the cheapest hour (now {role}) —"), role=cheapest.role))
        self.step_role.blockSignals(True)
        self.step_role.clear()
        self.step_role.addItem(automatic, None)
        self.step_role.setItemData(0, self.tr(
            "No role named: the cost model adds the role whose hour costs least (salary ÷ "
            "hours a month)"), Qt.ItemDataRole.ToolTipRole)
        for role in dict.fromkeys(roles):
            self.step_role.addItem(role, role)
        chosen = terms.capacity_step_role
        if chosen is not None and chosen not in roles:  # left over: said, so it can be fixed
            self.step_role.addItem(fill(self.tr("{role} (not a staff role)"), role=chosen),
                                   chosen)
        self.step_role.setCurrentIndex(max(0, self.step_role.findData(chosen)))
        self.step_role.blockSignals(False)
        self.model_tab.show_terms(terms)

    def _set_editable(self, editable: bool) -> None:
        for button in self.capex_buttons.values():
            button.setEnabled(editable)
        self.labour_in_salaries.setEnabled(editable)
        self.step_role.setEnabled(editable)
        self.model_tab.set_editable(editable)
        self.name.setReadOnly(not editable)
        self.currency.setEnabled(editable)
        self.notes.setReadOnly(not editable)
        for field in self.rate_fields.values():
            field.edit.setReadOnly(not editable)
        for section in self.sections:
            section.set_editable(editable)
        self.catalogue_button.setEnabled(editable)
        if not editable:
            self.say(self.tr("This workspace is open read-only: the scenario can be read, "
                             "not changed."))

    def design_codes(self) -> list[str]:
        if self._design_codes is None:
            self._design_codes = sorted(self.workspace.designs.codes())
        return self._design_codes

    # --- changing ------------------------------------------------------------------------

    def change(self, after: InHouseScenario, what: str) -> bool:
        """Save the changed scenario now, as one undoable command; False when refused."""
        if after == self.scenario:
            return True
        terms = self._terms_following(after)
        reason = self.controller.run(ReplaceScenario(
            self.workspace, self.scenario, after,
            fill(self.tr("{what} ({scenario})"), what=what, scenario=self.scenario.name), terms))
        if reason is not None:
            role = self.terms.capacity_step_role
            if role is not None and role not in {r.role for r in after.staff}:
                reason += self.tr(". It is the role added in capacity steps: choose another "
                                  "under Scenario ▸ Add staff in steps of first.")
            self.say(fill(self.tr("Not saved: {reason}"), reason=reason))
            return False
        self.say(self.tr("Saved."))
        return True

    def _terms_following(self, after: InHouseScenario) -> InHouseTerms | None:
        """The options with the step role renamed, when its staff row was renamed; None when
        they stay as they are."""
        role = self.terms.capacity_step_role
        roles = {r.role for r in after.staff}
        if role is None or role in roles or len(after.staff) != len(self.scenario.staff):
            return None
        renamed = [new.role for old, new in zip(self.scenario.staff, after.staff, strict=True)
                   if old.role == role and new.role != role]
        if len(renamed) != 1:
            return None
        return replace(self.terms, capacity_step_role=renamed[0])

    def set_terms(self, after: InHouseTerms, what: str) -> bool:
        """Save changed comparison options now, as one undoable command; False (and why, in
        the status line) when refused, the stored options shown again."""
        if after == self.terms:
            return True
        reason = self.controller.run(SetInHouseTerms(
            self.workspace, self.scenario_id, self.terms, after,
            fill(self.tr("{what} ({scenario})"), what=what, scenario=self.scenario.name)))
        if reason is not None:
            self.say(fill(self.tr("Not saved: {reason}"), reason=reason))
            self.show_terms()
            return False
        self.say(self.tr("Saved."))
        return True

    def _capex_toggled(self, view: CapexView, on: bool) -> None:
        if on:  # the button chosen (the one let go says nothing)
            self._capex_chosen(view)

    def _capex_chosen(self, view: CapexView) -> None:
        self.set_terms(replace(self.terms, capex_view=view),
                       fill(self.tr("Count equipment as {view}"),
                            view=self.capex_buttons[view].text().replace("&", "").lower()))

    def _labour_toggled(self, on: bool) -> None:
        self.set_terms(replace(self.terms, labour_in_salaries=on),
                       self.tr("Bench labour paid through the salaries") if on
                       else self.tr("Bench labour paid at the hourly rate"))

    def _step_role_chosen(self) -> None:
        role = self.step_role.currentData()
        what = (fill(self.tr("Add staff in steps of {role}"), role=role) if role is not None
                else self.tr("Add staff in steps of the cheapest hour"))
        self.set_terms(replace(self.terms, capacity_step_role=role), what)

    def _field(self, changed: Callable[[InHouseScenario], InHouseScenario],
               what: str) -> str | None:
        """Save the scenario as changed(scenario); why not, or None when saved."""
        try:
            after = changed(self.scenario)
        except DomainError as error:
            self.say(i18n.say(error))
            return i18n.say(error)
        if not self.change(after, fill(self.tr("Change {what}"), what=what)):
            return self.status.text()
        return None

    def _name_finished(self) -> None:
        name = self.name.text().strip()
        if name == self.scenario.name:
            self._name_error("")
            return
        reason = self._field(lambda s: replace(s, name=name), self.tr("name"))
        self._name_error(reason or "")
        if reason is None:
            self.name.setModified(False)

    def _name_error(self, message: str) -> None:
        self.name_error.setText(message)
        self.name_error.setVisible(bool(message))
        self.name.setAccessibleDescription(message)

    def _currency_chosen(self) -> None:
        code = self.currency.currentText().strip().upper()
        if code == self.scenario.currency:
            return
        if self._field(lambda s: replace(s, currency=code), self.tr("currency")) is None:
            self.say(fill(self.tr("Saved. The amounts are now read as {code}; they were not "
                                  "converted."), code=code))
        else:
            self.currency.setCurrentText(code)

    def _say_refusal(self, field: NumberField) -> None:
        """Leaving a rate field that refuses what it holds: the status line says why too."""
        if field.error.isVisible():
            self.say(field.error.text())

    def _rate_changed(self, key: str, value: Decimal | None, label: str) -> None:
        field = self.rate_fields[key]
        if value is None or value == getattr(self.scenario, key):
            field.edit.setModified(False)
            return
        rate: Decimal = value
        reason = self._field(lambda s: RATES[key](s, rate),
                             label.replace("&", "").rstrip(":").lower())
        field.show_error(reason or "")
        if reason is None:
            field.edit.setModified(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.notes and event.type() == QEvent.Type.FocusOut \
                and not self.notes.isReadOnly():
            notes = self.notes.toPlainText()
            self._field(lambda s: replace(s, notes=notes), self.tr("notes"))
        return super().eventFilter(watched, event)

    # --- the equipment catalogue ---------------------------------------------------------

    def catalogue_rate(self) -> tuple[Decimal | None, str]:
        """1 USD in the scenario's currency today, and where it is from; None when the
        workspace has no rate (then only your own cost can be typed)."""
        try:
            return usd_rate(self.scenario.currency, self.workspace.prices.fx_rates(),
                            self.today)
        except DomainError as error:
            return None, i18n.say(error)

    def _price_catalogue(self) -> None:
        """The catalogue's amounts in the scenario's currency at today's rate; without a
        rate only your own cost can be added."""
        rate, note = self.catalogue_rate()
        currency = self.scenario.currency
        self.no_rate_action.setText(fill(self.tr("No USD rate for {currency}: type your own costs"),
                                         currency=currency))
        self.no_rate_action.setToolTip(note)
        self.no_rate_action.setVisible(rate is None)
        self.no_rate_separator.setVisible(rate is None)
        labels = {CostLevel.LOW: self.tr("&Low"), CostLevel.MID: self.tr("&Mid"),
                  CostLevel.HIGH: self.tr("&High")}
        for item in EQUIPMENT_CATALOGUE:
            for level in CostLevel:
                usd = item.cost(level)
                if rate is None or currency == CATALOGUE_CURRENCY:
                    figure = amount_text(usd, CATALOGUE_CURRENCY)
                else:
                    figure = f"{amount_text(convert(usd, rate), currency)} " \
                             f"({amount_text(usd, CATALOGUE_CURRENCY)})"
                action = self.catalogue_actions[(item.key, level)]
                action.setText(f"{labels[level]} — {figure}")
                action.setEnabled(rate is not None)
                action.setToolTip(fill(self.tr("Useful life {years} years, salvage "
                                               "{salvage_pct} % of the cost. "
                                               "Source: {source}; {note}."),
                                       years=str(item.useful_life_years),
                                       salvage_pct=decimal_text(item.salvage_pct, 0),
                                       source=item.source, note=note))

    def add_from_catalogue(self, item: CatalogueItem, level: CostLevel | None) -> bool:
        """Add a catalogue item at a level (converted to the scenario's currency), or with a
        cost of 0 and its cost cell open for typing your own."""
        if level is None:
            equipment = Equipment(item.name, Decimal(0), item.useful_life_years)
            return self.equipment.append(equipment, fill(self.tr("Add {name}"), name=item.name),
                                         self.equipment.column_number("cost"))
        rate, note = self.catalogue_rate()
        if rate is None:
            self.say(note)
            return False
        return self.equipment.append(item.equipment(level, rate), fill(self.tr(
            "Add {name} at the {level} figure"), name=item.name, level=level.value),
            None)

    # --- following the file --------------------------------------------------------------

    def _changed_elsewhere(self, topic: Topic, affected: object) -> None:
        """The scenario changed (here, or by undo/redo anywhere): show what the file holds."""
        if topic == Topic.DESIGNS:
            self._design_codes = None
            return
        if topic != Topic.SCENARIOS or affected != self.scenario_id:
            return
        try:
            self.scenario = self.workspace.scenarios.get(self.scenario_id)
            self.terms = self.workspace.costing.in_house_terms(self.scenario_id)
        except ReadError as error:
            self.say(i18n.say(error))
            return
        except NotFound:  # deleted (or its creation undone): nothing left to edit
            self.close()
            return
        self.show_scenario()
