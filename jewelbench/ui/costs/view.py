"""Cost inputs: in-house scenarios, and the dated metal prices and FX rates costs are based on."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QSplitter, QWidget

from jewelbench.domain.prices import FxRate, MetalPrice
from jewelbench.domain.scenarios import InHouseScenario
from jewelbench.domain.units import price_per_gram
from jewelbench.storage import Workspace
from jewelbench.ui.formatting import amount_text, date_text, decimal_text, money_text
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import Column


@dataclass(frozen=True)
class _ScenarioRow:
    scenario: InHouseScenario

    @property
    def depreciation_per_year(self) -> Decimal:
        return sum((e.depreciation_per_year for e in self.scenario.equipment), Decimal(0))

    @property
    def headcount(self) -> int:
        return sum(s.headcount for s in self.scenario.staff)


class CostsView(QSplitter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("costsView")
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
        ], self.tr("No in-house scenario yet: add one to compare making pieces yourself "
                   "with buying them."))
        self.metal_prices = ListPage("metalPrices", self.tr("Metal prices"), [
            Column(self.tr("Date"), lambda p: date_text(p.price_date),
                   sort_key=lambda p: p.price_date),
            Column(self.tr("Metal"), lambda p: p.metal.capitalize()),
            Column(self.tr("Fine metal / troy oz"), lambda p: money_text(p.price_per_troy_oz),
                   sort_key=lambda p: p.price_per_troy_oz.amount, numeric=True),
            Column(self.tr("Fine metal / g"), lambda p: amount_text(
                price_per_gram(p.price_per_troy_oz.amount), p.price_per_troy_oz.currency),
                sort_key=lambda p: p.price_per_troy_oz.amount, numeric=True),
            Column(self.tr("Source"), lambda p: p.source),
        ], self.tr("No metal prices yet. Costs use the newest price on or before their date."))
        self.fx_rates = ListPage("fxRates", self.tr("Exchange rates"), [
            Column(self.tr("Date"), lambda r: date_text(r.rate_date),
                   sort_key=lambda r: r.rate_date),
            Column(self.tr("From"), lambda r: r.from_currency),
            Column(self.tr("To"), lambda r: r.to_currency),
            Column(self.tr("Rate"), lambda r: decimal_text(r.rate, 6),
                   sort_key=lambda r: r.rate, numeric=True,
                   tooltip=lambda r: f"1 {r.from_currency} = {r.rate} {r.to_currency}"),
        ], self.tr("No exchange rates yet."))
        prices = QSplitter(Qt.Orientation.Horizontal)
        prices.addWidget(self.metal_prices)
        prices.addWidget(self.fx_rates)
        self.addWidget(self.scenarios)
        self.addWidget(prices)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 2)
        self.setSizes([260, 460])
        self._prices_splitter = prices
        self.metal_prices.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.fx_rates.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    @property
    def pages(self) -> list[ListPage]:
        return [self.scenarios, self.metal_prices, self.fx_rates]

    def load(self, workspace: Workspace) -> None:
        scenarios = [_ScenarioRow(workspace.scenarios.get(sid))
                     for sid, _ in workspace.scenarios.names()]
        self.scenarios.set_rows(scenarios, self.tr("%1 scenarios, base currency %2").replace(
            "%1", str(len(scenarios))).replace("%2", workspace.base_currency))
        prices: list[MetalPrice] = workspace.prices.metal_prices()
        newest = max((p.price_date for p in prices), default=None)
        self.metal_prices.set_rows(prices, self.tr("newest: %1").replace(
            "%1", date_text(newest)) if newest else "")
        rates: list[FxRate] = workspace.prices.fx_rates()
        newest_rate = max((r.rate_date for r in rates), default=None)
        self.fx_rates.set_rows(rates, self.tr("newest: %1").replace(
            "%1", date_text(newest_rate)) if newest_rate else "")

    def save_state(self, settings: QSettings) -> None:
        for page in self.pages:
            page.save_state(settings)
        settings.setValue("views/costs/splitter", self.saveState())

    def restore_state(self, settings: QSettings) -> None:
        for page in self.pages:
            page.restore_state(settings)
        state = settings.value("views/costs/splitter")
        if state is not None:
            self.restoreState(state)
