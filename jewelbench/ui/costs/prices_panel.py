"""Costs ▸ Scenarios & Prices, lower half: the dated metal prices and FX rates, kept by the user.

Each list has New… (the Insert key in the list; Ctrl+N stays File ▸ New), Edit… (Enter or a
double-click) and Delete (the Delete key); every change is one command on the window's undo
stack (topic "prices"), so every view showing costs follows. Update Prices… opens the one form
for today's prices of everything the workspace uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QWidget

from jewelbench.domain.messages import fill
from jewelbench.domain.prices import FxRate, MetalPrice
from jewelbench.domain.units import price_per_gram
from jewelbench.storage import ReadError, Workspace
from jewelbench.ui import i18n
from jewelbench.ui.commands import UndoController
from jewelbench.ui.costs.price_commands import (
    Priced,
    add_price,
    delete_price,
    edit_price,
)
from jewelbench.ui.costs.price_dialogs import FxRateDialog, MetalPriceDialog, currency_list
from jewelbench.ui.formatting import date_text, decimal_text, exact_text, money_text
from jewelbench.ui.labels import metal_label
from jewelbench.ui.navigation import EnterPrices, ImportPrices
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import ROW_ROLE, Column


class PricesPanel(QSplitter):
    """The two lists side by side, each with its buttons."""

    navigate = Signal(object)  # Update Prices… (EnterPrices), Import… (ImportPrices)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("pricesPanel")
        self._workspace: Workspace | None = None
        self._controller: UndoController | None = None
        self._stale = False
        self.settings: QSettings | None = None
        self.today: Callable[[], dt.date] = dt.date.today
        self.dialog: Any = None
        self.metal_prices = ListPage("metalPrices", self.tr("Metal prices"), [
            Column(self.tr("Date"), lambda p: date_text(p.price_date),
                   sort_key=lambda p: p.price_date),
            Column(self.tr("Metal"), lambda p: metal_label(p.metal)),
            Column(self.tr("Fine metal / troy oz"), lambda p: money_text(p.price_per_troy_oz),
                   sort_key=lambda p: p.price_per_troy_oz.amount, numeric=True,
                   tooltip=lambda p: f"{exact_text(p.price_per_troy_oz.amount)} "
                                     f"{p.price_per_troy_oz.currency}"),
            Column(self.tr("Fine metal / g"), lambda p: " ".join((
                decimal_text(price_per_gram(p.price_per_troy_oz.amount), 4),
                p.price_per_troy_oz.currency)),
                sort_key=lambda p: p.price_per_troy_oz.amount, numeric=True),
            Column(self.tr("Currency"), lambda p: p.price_per_troy_oz.currency),
            Column(self.tr("Source"), lambda p: p.source),
        ], self.tr("No metal prices yet: use New Price… or Update Prices… to enter today's. "
                   "Costs use the newest price on or before their date."))
        self.fx_rates = ListPage("fxRates", self.tr("Exchange rates"), [
            Column(self.tr("Date"), lambda r: date_text(r.rate_date),
                   sort_key=lambda r: r.rate_date),
            Column(self.tr("From"), lambda r: r.from_currency),
            Column(self.tr("To"), lambda r: r.to_currency),
            Column(self.tr("Rate"), lambda r: decimal_text(r.rate, 6),
                   sort_key=lambda r: r.rate, numeric=True,
                   tooltip=lambda r: f"1 {r.from_currency} = {exact_text(r.rate.normalize())} "
                                     f"{r.to_currency}"),
        ], self.tr("No exchange rates yet: use New Rate… to enter one, such as 1 EUR = "
                   "11.7 NOK."))
        self.metal_bar, self.metal_buttons = self._bar(
            self.metal_prices, "Metal", self.tr("Ne&w Price…"),
            self.tr("Enter a metal price per troy ounce or per gram"),
            self.new_metal_price, self.edit_metal_price, self.delete_metal_price)
        self.fx_bar, self.fx_buttons = self._bar(
            self.fx_rates, "Fx", self.tr("New &Rate…"),
            self.tr("Enter an exchange rate, such as 1 EUR = 11.7 NOK"),
            self.new_fx_rate, self.edit_fx_rate, self.delete_fx_rate)
        self.update_button = QPushButton(self.tr("&Update Prices…"))
        self.update_button.setObjectName("updatePricesButton")
        self.update_button.setToolTip(self.tr("Today's price of every metal your designs use "
                                              "and a rate for every currency, in one form"))
        self.update_button.clicked.connect(lambda: self.navigate.emit(EnterPrices()))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("importPricesButton")
        self.import_button.setToolTip(self.tr("Read dated prices and rates from a file "
                                              "downloaded earlier (ECB, Norges Bank, LBMA or "
                                              "a plain CSV), with a preview"))
        self.import_button.clicked.connect(lambda: self.navigate.emit(ImportPrices()))
        layout = self.metal_bar.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(0, self.update_button)
        layout.insertWidget(1, self.import_button)
        self.addWidget(self.metal_prices)
        self.addWidget(self.fx_rates)
        for page in (self.metal_prices, self.fx_rates):
            page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
            page.current_row_changed.connect(lambda _row: self._enable())
        self.metal_prices.row_activated.connect(self.edit_metal_price)
        self.fx_rates.row_activated.connect(self.edit_fx_rate)
        self._enable()

    def _bar(self, page: ListPage, key: str, new_text: str, new_tip: str,
             new: Callable[[], object], edit: Callable[[], object],
             delete: Callable[[], object]) -> tuple[QWidget, list[QPushButton]]:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        buttons = []
        for name, text, tip, slot in (
                ("new", new_text, new_tip, new),
                ("edit", self.tr("Edit…"), self.tr("Change the selected row (Enter)"), edit),
                ("delete", self.tr("Delete"), self.tr("Delete the selected row (Delete key; "
                                                      "Edit ▸ Undo brings it back)"), delete)):
            button = QPushButton(text)
            button.setObjectName(f"{name}{key}Button")
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, s=slot: s())
            row.addWidget(button)
            buttons.append(button)
        page.add_bar(bar)
        page.on_delete_key(delete)
        insert_key = QShortcut(QKeySequence(Qt.Key.Key_Insert), page.table)
        insert_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        insert_key.activated.connect(lambda: new())
        return bar, buttons

    def _enable(self) -> None:
        writable = self._workspace is not None and not self._workspace.read_only
        for page, buttons in ((self.metal_prices, self.metal_buttons),
                              (self.fx_rates, self.fx_buttons)):
            selected = page.current_row() is not None
            new, edit, delete = buttons
            new.setEnabled(writable)
            edit.setEnabled(writable and selected)
            delete.setEnabled(writable and selected)
        self.update_button.setEnabled(writable)

    # --- loading -------------------------------------------------------------------------

    def attach_controller(self, controller: UndoController) -> None:
        self._controller = controller
        controller.changed.connect(self._changed)

    def _changed(self, topic: Topic, affected: object) -> None:
        if topic != Topic.PRICES or self._workspace is None:
            return
        if not self.isVisible():
            self._stale = True  # read again when shown (the other tab may be on screen)
            return
        try:
            self.load(self._workspace)
        except ReadError as error:
            self.metal_prices.message.emit(i18n.say(error))
            return
        if isinstance(affected, (MetalPrice, FxRate)):
            self.select(affected)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._workspace is not None:
            try:
                self.load(self._workspace)
            except ReadError as error:
                self.metal_prices.message.emit(i18n.say(error))

    def load(self, workspace: Workspace) -> None:
        self._stale = False
        self._workspace = workspace
        prices = workspace.prices.metal_prices()
        newest = max((p.price_date for p in prices), default=None)
        self.metal_prices.set_rows(prices, fill(
            self.tr("1 price, newest {newest}") if len(prices) == 1
            else self.tr("{count} prices, newest {newest}"),
            count=str(len(prices)), newest=date_text(newest)) if newest else "")
        rates = workspace.prices.fx_rates()
        newest_rate = max((r.rate_date for r in rates), default=None)
        self.fx_rates.set_rows(rates, fill(
            self.tr("1 rate, newest {newest}") if len(rates) == 1
            else self.tr("{count} rates, newest {newest}"),
            count=str(len(rates)), newest=date_text(newest_rate)) if newest_rate else "")
        self._enable()

    def select(self, item: Priced) -> bool:
        page = self.metal_prices if isinstance(item, MetalPrice) else self.fx_rates
        for row in range(page.proxy.rowCount()):
            index = page.proxy.index(row, 0)
            shown = index.data(ROW_ROLE)
            if type(shown) is type(item) and shown.id == item.id:
                page.table.setCurrentIndex(index)
                page.table.scrollTo(index)
                return True
        return False

    # --- new, edit, delete ---------------------------------------------------------------

    def _currencies(self, *first: str) -> list[str]:
        workspace = self._workspace
        assert workspace is not None
        return currency_list(*first, workspace.base_currency,
                             *workspace.prices.currencies_in_use())

    def _writable(self) -> Workspace | None:
        workspace = self._workspace
        if workspace is None or workspace.read_only or self._controller is None:
            return None
        return workspace

    def new_metal_price(self, metal: str | None = None,
                        currency: str | None = None) -> MetalPriceDialog | None:
        return self._metal_dialog(None, metal, currency)

    def edit_metal_price(self, price: MetalPrice | None = None) -> MetalPriceDialog | None:
        price = price if isinstance(price, MetalPrice) else self.metal_prices.current_row()
        return self._metal_dialog(price) if price is not None else None

    def _metal_dialog(self, price: MetalPrice | None, metal: str | None = None,
                      currency: str | None = None) -> MetalPriceDialog | None:
        workspace = self._writable()
        if workspace is None:
            return None
        try:
            stored = workspace.prices.metal_prices()
            newest = max(stored, key=lambda p: p.price_date, default=None)
            default = currency or (newest.price_per_troy_oz.currency if newest
                                   else workspace.base_currency)
            currencies = self._currencies(default)
        except ReadError as error:
            self.metal_prices.message.emit(i18n.say(error))
            return None
        dialog = MetalPriceDialog(self.settings or QSettings(), stored, currencies, self,
                                  price=price, metal=metal, currency=default,
                                  today=self.today())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save(price, dialog.made))
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_fx_rate(self, currency: str | None = None) -> FxRateDialog | None:
        return self._fx_dialog(None, currency)

    def edit_fx_rate(self, rate: FxRate | None = None) -> FxRateDialog | None:
        rate = rate if isinstance(rate, FxRate) else self.fx_rates.current_row()
        return self._fx_dialog(rate) if rate is not None else None

    def _fx_dialog(self, rate: FxRate | None, currency: str | None = None) -> FxRateDialog | None:
        workspace = self._writable()
        if workspace is None:
            return None
        try:
            stored = workspace.prices.fx_rates()
            currencies = self._currencies(*([currency] if currency else []))
        except ReadError as error:
            self.fx_rates.message.emit(i18n.say(error))
            return None
        dialog = FxRateDialog(self.settings or QSettings(), stored, currencies,
                              workspace.base_currency, self, rate=rate, currency=currency,
                              today=self.today())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save(rate, dialog.made))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _describe(self, item: Priced) -> str:
        if isinstance(item, MetalPrice):
            return fill(self.tr("{metal} price of {price_date}"), metal=item.metal,
                        price_date=date_text(item.price_date))
        return fill(self.tr("{from_currency}→{to_currency} rate of {rate_date}"),
                    from_currency=item.from_currency, to_currency=item.to_currency,
                    rate_date=date_text(item.rate_date))

    def _save(self, before: Priced | None, after: Priced | None) -> bool:
        workspace = self._writable()
        if workspace is None or after is None or self._controller is None:
            return False
        if before is None:
            command = add_price(workspace, after, fill(self.tr("New {what}"),
                                                       what=self._describe(after)))
        elif before == after:
            return True
        else:
            command = edit_price(workspace, before, after, fill(self.tr("Edit {what}"),
                                                                what=self._describe(after)))
        reason = self._controller.run(command)
        page = self.metal_prices if isinstance(after, MetalPrice) else self.fx_rates
        if reason is not None:
            page.message.emit(fill(self.tr("Not saved: {reason}"), reason=reason))
            return False
        if not self.isVisible():
            self.load(workspace)
        saved = command.affected()
        if isinstance(saved, (MetalPrice, FxRate)):
            self.select(saved)
        page.message.emit(fill(self.tr("Saved the {what}."), what=self._describe(after)))
        return True

    def delete_metal_price(self) -> bool:
        return self._delete(self.metal_prices)

    def delete_fx_rate(self) -> bool:
        return self._delete(self.fx_rates)

    def _delete(self, page: ListPage) -> bool:
        """Delete the selected row at once (no question: Edit ▸ Undo brings it back)."""
        workspace = self._writable()
        item = page.current_row()
        if workspace is None or item is None or self._controller is None:
            return False
        row = page.table.currentIndex().row()
        reason = self._controller.run(delete_price(workspace, item, fill(self.tr("Delete {what}"),
                                                                         what=self._describe(item))))
        if reason is not None:
            page.message.emit(fill(self.tr("Not deleted: {reason}"), reason=reason))
            return False
        if not self.isVisible():
            self.load(workspace)
        if page.proxy.rowCount():
            page.table.selectRow(min(max(row, 0), page.proxy.rowCount() - 1))
        page.message.emit(fill(self.tr("Deleted the {what}. Edit ▸ Undo brings it back."),
                               what=self._describe(item)))
        return True
