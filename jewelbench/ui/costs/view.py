"""Costs: the make-or-buy comparison first, then its inputs — in-house scenarios, and the dated
metal prices and FX rates costs are based on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QWidget,
)

from jewelbench.domain.costing_inputs import InHouseTerms
from jewelbench.domain.messages import fill
from jewelbench.domain.scenarios import InHouseScenario
from jewelbench.storage import ReadError, Workspace
from jewelbench.storage.repository import NotFound
from jewelbench.ui import dialogs, i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.costs.commands import AddScenario, DeleteScenario
from jewelbench.ui.formatting import amount_text, counted, decimal_text, money_text
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import ROW_ROLE, Column

if TYPE_CHECKING:
    from jewelbench.ui.costs.new_scenario import NewScenarioDialog


@dataclass(frozen=True)
class _ScenarioRow:
    scenario: InHouseScenario

    @property
    def id(self) -> int | None:
        return self.scenario.id

    @property
    def depreciation_per_year(self) -> Decimal:
        return self.scenario.depreciation_per_year.amount

    @property
    def headcount(self) -> int:
        return self.scenario.headcount


def free_copy_name(name: str, taken: set[str]) -> str:
    """Studio → Studio (copy), then Studio (copy 2) …: a name no scenario has yet."""
    folded = {t.casefold() for t in taken}
    candidate, number = f"{name} (copy)", 2
    while candidate.casefold() in folded:
        candidate, number = f"{name} (copy {number})", number + 1
    return candidate[:200]


class CostsView(QTabWidget):
    """Two tabs: Compare (the make-or-buy answer, shown first) and Scenarios & Prices."""

    navigate = Signal(object)  # Update Prices… and Enter Prices… (the main window opens it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("costsView")
        self.setDocumentMode(True)
        from jewelbench.ui.costs.comparison import ComparisonView

        self.comparison = ComparisonView()
        self.inputs = QSplitter(Qt.Orientation.Vertical)
        self.inputs.setObjectName("costInputs")
        self.scenarios = ListPage("scenarios", self.tr("In-house scenarios"), [
            Column(self.tr("Scenario"), lambda r: r.scenario.name),
            Column(self.tr("Equipment (CapEx)"), lambda r: money_text(r.scenario.capex),
                   sort_key=lambda r: r.scenario.capex.amount, numeric=True),
            Column(self.tr("Depreciation / year"),
                   lambda r: amount_text(r.depreciation_per_year, r.scenario.currency),
                   sort_key=lambda r: r.depreciation_per_year, numeric=True),
            Column(self.tr("Fixed cost / month"),
                   lambda r: money_text(r.scenario.monthly_fixed_cost),
                   sort_key=lambda r: r.scenario.monthly_fixed_cost.amount, numeric=True,
                   tooltip=lambda r: self.tr("Overheads and salaried staff")),
            Column(self.tr("Staff"), lambda r: str(r.headcount), sort_key=lambda r: r.headcount,
                   numeric=True),
            Column(self.tr("Loaded rate / h"),
                   lambda r: amount_text(r.scenario.loaded_hourly_rate, r.scenario.currency),
                   sort_key=lambda r: r.scenario.loaded_hourly_rate, numeric=True),
            Column(self.tr("Casting loss"),
                   lambda r: f"{decimal_text(r.scenario.casting_loss_pct, 1)} %",
                   sort_key=lambda r: r.scenario.casting_loss_pct, numeric=True),
            Column(self.tr("Error rate"),
                   lambda r: f"{decimal_text(r.scenario.error_rate_pct, 1)} %",
                   sort_key=lambda r: r.scenario.error_rate_pct, numeric=True),
        ], self.tr("No in-house scenario yet: use New Scenario to start from the seed's "
                   "figures and compare making pieces yourself with buying them."))
        self.scenarios.add_bar(self._scenario_bar())
        self.scenarios.on_row_activated(self.edit_scenario)
        self.scenarios.current_row_changed.connect(lambda _row: self._enable_buttons())
        delete_action = QAction(self.tr("Delete Scenario"), self.scenarios.table)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_scenario)
        self.scenarios.table.addAction(delete_action)
        self._workspace: Workspace | None = None
        self._controller: UndoController | None = None
        self._settings: QSettings | None = None
        self.today: Callable[[], dt.date] = dt.date.today  # the date FX rates are read on
        self.editor: Any = None
        self.dialog: Any = None
        self.delete_box: QMessageBox | None = None
        from jewelbench.ui.costs.prices_panel import PricesPanel

        self.prices = PricesPanel()
        self.prices.navigate.connect(self.navigate)
        self.comparison.navigate.connect(self.navigate)
        self.metal_prices = self.prices.metal_prices
        self.fx_rates = self.prices.fx_rates
        prices = self.prices
        self.inputs.addWidget(self.scenarios)
        self.inputs.addWidget(prices)
        self.inputs.setStretchFactor(0, 1)
        self.inputs.setStretchFactor(1, 2)
        self.inputs.setSizes([260, 460])
        self._prices_splitter = prices
        # No mnemonic: Alt+C is the Costs menu, whose Compare item shows this tab.
        self.addTab(self.comparison, self.tr("Compare"))
        self.addTab(self.inputs, self.tr("Scenarios && &Prices"))
        self.comparison.message.connect(self.scenarios.message)

    @property
    def pages(self) -> list[ListPage]:
        return [self.scenarios, self.metal_prices, self.fx_rates]

    # --- in-house scenarios --------------------------------------------------------------

    def _scenario_bar(self) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_button.setToolTip(self.tr("Open the selected scenario's equipment, "
                                            "overheads, staff, labour and rates (Ctrl+E)"))
        self.edit_button.clicked.connect(lambda: self.edit_scenario())
        self.new_button = QPushButton(self.tr("New Scenario…"))
        self.new_button.setToolTip(self.tr("Start a scenario empty or from the seed's low, "
                                           "mid or high figures"))
        self.new_button.clicked.connect(self.new_scenario)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(self.tr("Copy the selected scenario, every row of "
                                                 "it, under a new name (undoable)"))
        self.duplicate_button.clicked.connect(lambda: self.duplicate_scenario())
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected scenario (asks first; "
                                              "undoable)"))
        self.delete_button.clicked.connect(self.delete_scenario)
        for button in (self.edit_button, self.new_button, self.duplicate_button,
                       self.delete_button):
            row.addWidget(button)
        return bar

    def _enable_buttons(self) -> None:
        writable = self._workspace is not None and not self._workspace.read_only
        selected = self.scenarios.current_row() is not None
        self.edit_button.setEnabled(selected)
        self.new_button.setEnabled(writable)
        self.duplicate_button.setEnabled(writable and selected)
        self.delete_button.setEnabled(writable and selected)

    def attach_controller(self, controller: UndoController) -> None:
        """Scenario changes become commands on this controller's undo stack; a change to a
        scenario (here, in its editor, undo or redo) refreshes the list while it is shown."""
        self._controller = controller
        controller.changed.connect(self._changed)
        self.comparison.attach_controller(controller)
        self.prices.attach_controller(controller)

    def _changed(self, topic: Topic, affected: object) -> None:
        if topic != Topic.SCENARIOS or self._workspace is None or not self.isVisible():
            return  # the main window re-reads a hidden view when it is shown again
        try:
            self.load_scenarios(self._workspace)
        except ReadError as error:
            self.scenarios.message.emit(i18n.say(error))
            return
        if isinstance(affected, int):
            self.select_scenario(affected)

    def load_scenarios(self, workspace: Workspace) -> None:
        self._workspace = workspace
        chosen = self.scenarios.current_row()
        scenarios = [_ScenarioRow(s) for s in workspace.scenarios.all()]
        self.scenarios.set_rows(scenarios, fill(self.tr("{count}, base currency {base_currency}"),
                                                count=counted(len(scenarios), self.tr("1 scenario"),
                                                              self.tr("{count} scenarios")),
                                                base_currency=workspace.base_currency))
        if not (chosen is not None and self.select_scenario(chosen.id)) and scenarios:
            self.scenarios.table.selectRow(0)
        self._enable_buttons()

    def select_scenario(self, scenario_id: int | None) -> bool:
        for row in range(self.scenarios.proxy.rowCount()):
            index = self.scenarios.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == scenario_id:
                self.scenarios.table.setCurrentIndex(index)
                self.scenarios.table.scrollTo(index)
                return True
        return False

    def _current_id(self, scenario_id: int | None) -> int | None:
        if scenario_id is not None:
            return scenario_id
        current = self.scenarios.current_row()
        return None if current is None else current.id

    def edit_scenario(self, scenario_id: int | None = None) -> Any:
        """Open the scenario's editor (non-modal); it is returned."""
        scenario_id = self._current_id(scenario_id)
        if scenario_id is None or self._workspace is None or self._controller is None:
            return None
        from jewelbench.ui.costs.scenario_editor import ScenarioEditor

        try:
            editor = ScenarioEditor(self._workspace, scenario_id, self._controller,
                                    self._settings or QSettings(), self, today=self.today())
        except (ReadError, NotFound) as error:
            self.scenarios.message.emit(i18n.say(error))
            return None
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = editor
        editor.show()
        return editor

    def new_scenario(self) -> Any:
        """Ask for a name, a currency and a starting point; saved (undoably) on Create."""
        workspace = self._workspace
        if workspace is None or workspace.read_only:
            return None
        from jewelbench.ui.costs.new_scenario import NewScenarioDialog
        from jewelbench.ui.costs.scenario_editor import currency_choices

        dialog = NewScenarioDialog(
            currency_choices(workspace), {name for _, name in workspace.scenarios.names()},
            workspace.prices.fx_rates(), self._settings or QSettings(), self,
            today=self.today())
        dialog.accepted.connect(partial(self._created, dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def duplicate_scenario(self, scenario_id: int | None = None) -> int | None:
        """Copy a scenario under a free name ("… (copy)"); the copy's id."""
        scenario_id = self._current_id(scenario_id)
        workspace = self._workspace
        if scenario_id is None or workspace is None or workspace.read_only:
            return None
        try:
            source = workspace.scenarios.get(scenario_id)
        except (ReadError, NotFound) as error:
            self.scenarios.message.emit(i18n.say(error))
            return None
        source.name = free_copy_name(source.name, {n for _, n in workspace.scenarios.names()})
        return self._add(source, self.tr("Duplicate as {scenario}"),
                         workspace.costing.in_house_terms(scenario_id))

    def _created(self, dialog: NewScenarioDialog) -> None:
        """New Scenario… accepted: the scenario entered is added, one undoable step."""
        self._add(dialog.result_scenario, self.tr("New scenario {scenario}"))

    def _add(self, scenario: InHouseScenario | None, text: str,
             terms: InHouseTerms | None = None) -> int | None:
        if scenario is None or self._workspace is None or self._controller is None:
            return None
        command = AddScenario(self._workspace, scenario, fill(text, scenario=scenario.name),
                              terms)
        reason = self._controller.run(command)
        if reason is not None:
            self.scenarios.message.emit(fill(self.tr("Not saved: {reason}"), reason=reason))
            return None
        if not self.isVisible():
            self.load_scenarios(self._workspace)
        self.select_scenario(command.scenario_id)
        self.scenarios.message.emit(fill(self.tr("Saved “{scenario}”."), scenario=scenario.name))
        return command.scenario_id

    def delete_scenario(self) -> QMessageBox | None:
        """Ask first, saying what goes with the scenario; the delete itself is undoable."""
        current = self.scenarios.current_row()
        if current is None or self._workspace is None or self._workspace.read_only:
            return None
        scenario = current.scenario
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete scenario"),
                          fill(self.tr("Delete the scenario “{scenario}”?"),
                               scenario=scenario.name),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmDeleteScenario")
        box.setInformativeText(fill(self.tr(
            "Its {equipment} pieces of equipment, {overheads} overheads, {staff} staff roles "
            "and {labour} labour times go "
            "with it. Edit ▸ Undo brings all of it back."),
                                    equipment=str(len(scenario.equipment)),
                                    overheads=str(len(scenario.overheads)),
                                    staff=str(len(scenario.staff)),
                                    labour=str(len(scenario.labour))))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        scenario_id, name = scenario.id, scenario.name
        dialogs.when_clicked(box, delete, lambda: self.confirm_delete(scenario_id, name))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.delete_box = box
        box.open()
        return box

    def confirm_delete(self, scenario_id: int | None, name: str) -> bool:
        if scenario_id is None or self._workspace is None or self._controller is None:
            return False
        row = self.scenarios.table.currentIndex().row()
        reason = self._controller.run(DeleteScenario(
            self._workspace, scenario_id, fill(self.tr("Delete scenario {name}"), name=name)))
        if reason is not None:
            self.scenarios.message.emit(fill(self.tr("Not deleted: {reason}"), reason=reason))
            return False
        if not self.isVisible():
            self.load_scenarios(self._workspace)
        if self.scenarios.proxy.rowCount():
            self.scenarios.table.selectRow(min(max(row, 0), self.scenarios.proxy.rowCount() - 1))
        self.scenarios.message.emit(fill(self.tr("Deleted “{name}”. Edit ▸ Undo brings it back."),
                                         name=name))
        return True

    # --- loading -------------------------------------------------------------------------

    def load(self, workspace: Workspace) -> None:
        self.load_scenarios(workspace)
        self.comparison.load(workspace)
        self.prices.today = self.today
        self.prices.load(workspace)

    def save_state(self, settings: QSettings) -> None:
        for page in self.pages:
            page.save_state(settings)
        registry.write(settings, registry.layout("views/costs/splitter"), self.inputs.saveState())
        self.comparison.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        self._settings = settings
        self.prices.settings = settings
        for page in self.pages:
            page.restore_state(settings)
        state = registry.read(settings, registry.layout("views/costs/splitter"))
        if state is not None:
            self.inputs.restoreState(state)
        self.comparison.restore_state(settings)
