"""Update Prices…: one form with the day's price of every metal the workspace's designs use and
a rate into the base currency for every currency its quotes, prices and scenarios use,
prefilled with the last values. Save stores the rows that were changed as ONE undoable step;
a row left as it was prefilled is not stored again.

Opened from Costs ▸ Update Prices…, the Update Prices… button beside the price lists and every
Enter Prices… button beside a missing price or rate (MainWindow.show_price_form), with that
metal, currency and date filled in and the field to type in focused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.currencies import check_known_currency
from jewelbench.domain.inputs import InputError
from jewelbench.domain.messages import fill
from jewelbench.domain.money import Money
from jewelbench.domain.prices import (
    PRICED_METALS,
    FxRate,
    MetalPrice,
    PriceNotFound,
    fx_rate_on,
    shown_rate,
)
from jewelbench.domain.validation import DomainError
from jewelbench.storage import StorageError, Workspace
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.costs.price_commands import ChangePrices, Priced
from jewelbench.ui.costs.price_dialogs import (
    FX_RATE,
    METAL_PRICE,
    PER_GRAM,
    PER_TROY_OUNCE,
    currency_box,
    currency_list,
    date_box,
    date_of,
    per_gram_exactly,
    per_troy_ounce,
)
from jewelbench.ui.formatting import date_text, exact_text
from jewelbench.ui.labels import metal_label
from jewelbench.ui.widgets.fields import NumberField, error_colour


@dataclass
class _MetalRow:
    metal: str
    amount: NumberField
    unit: QComboBox
    currency: QComboBox
    last_label: QLabel
    last: MetalPrice | None = None
    shown: tuple[str, str, str] = ("", "", "")  # as prefilled: unchanged rows are not stored

    def state(self) -> tuple[str, str, str]:
        return (self.amount.edit.text().strip(), str(self.unit.currentData()),
                self.currency.currentText().strip().upper())


@dataclass
class _RateRow:
    currency: QComboBox | None  # None: the row's currency is fixed (its label says which)
    code: str
    rate: NumberField
    last_label: QLabel
    last: FxRate | None = None
    shown: str = ""  # the rate as prefilled: an unchanged row is not stored

    def from_currency(self) -> str:
        return self.currency.currentText().strip().upper() if self.currency else self.code


def _last_metal_price(prices: list[MetalPrice], metal: str, on: dt.date) -> MetalPrice | None:
    found = [p for p in prices if p.metal == metal and p.price_date <= on]
    return max(found, key=lambda p: p.price_date) if found else None


def _last_rate(rates: list[FxRate], currency: str, base: str,
               on: dt.date) -> tuple[FxRate | None, Decimal | None]:
    """The newest rate between the two on or before `on`, and how much base 1 unit buys."""
    found = [r for r in rates if r.rate_date <= on and {r.from_currency, r.to_currency}
             == {currency, base}]
    if not found:
        return None, None
    newest = max(found, key=lambda r: (r.rate_date, r.from_currency == currency))
    if newest.from_currency == currency:
        return newest, newest.rate
    inverse = (Decimal(1) / newest.rate).quantize(Decimal(1).scaleb(-FX_RATE.places))
    return newest, inverse.normalize()


class UpdatePricesDialog(QDialog):
    """`saved` carries how many prices and rates were stored (0: nothing had changed)."""

    saved = Signal(int)
    geometry_key = "dialogs/updatePrices/geometry"

    def __init__(self, workspace: Workspace, controller: UndoController, settings: QSettings,
                 parent: QWidget | None = None, *, metal: str | None = None,
                 currency: str | None = None, on: dt.date | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("updatePricesDialog")
        self.setWindowTitle(self.tr("Update Prices"))
        self.workspace = workspace
        self.controller = controller
        self.settings = settings
        self.today = today or dt.date.today()
        self.base = workspace.base_currency
        self.command: ChangePrices | None = None
        self.prices = workspace.prices.metal_prices()
        self.rates = workspace.prices.fx_rates()
        on = min(on or self.today, self.today)

        self.date = date_box(on)
        self.date.setObjectName("updatePricesDate")
        self.date.setMaximumDate(date_box(self.today).date())
        self.date.setToolTip(self.tr("The day these prices and rates are for"))
        hint = QLabel(self.tr("Each row shows the last price or rate on or before this day. "
                              "Type the new ones; rows left as they are are not stored "
                              "again. Save stores them all as one step (Edit ▸ Undo takes "
                              "them back)."))
        hint.setWordWrap(True)
        top = QHBoxLayout()
        date_label = QLabel(self.tr("Prices &on:"))
        date_label.setBuddy(self.date)
        top.addWidget(date_label)
        top.addWidget(self.date)
        top.addStretch(1)

        self.metal_rows: list[_MetalRow] = []
        self.rate_rows: list[_RateRow] = []
        metals = self._metals(metal)
        currencies = self._currencies(currency)
        self.metal_box = QGroupBox(self.tr("Fine metal prices"))
        metal_grid = QGridLayout(self.metal_box)
        unit = registry.read(settings, registry.PRICE_UNIT)
        for row, name in enumerate(metals):
            self._add_metal_row(metal_grid, row, name, unit, on)
        self.rate_box = QGroupBox(fill(self.tr("Exchange rates into {base} (the base currency)"),
                                       base=self.base))
        rate_grid = QGridLayout(self.rate_box)
        for row, code in enumerate(currencies):
            self._add_rate_row(rate_grid, row, code, on, fixed=True)
        self._add_rate_row(rate_grid, len(currencies), "", on, fixed=False)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.metal_box)
        column.addWidget(self.rate_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {error_colour(self.palette()).name()};")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.rows_area = scroll
        self.resize(640, 560)
        geometry = registry.read(settings, registry.layout(self.geometry_key))
        if geometry is not None:
            self.restoreGeometry(geometry)
        # widened to its notes when shown (a size kept from a form with shorter notes too)
        self._fit_pending = True
        self.date.dateChanged.connect(lambda _d: self._refill())
        self._focus(metal, currency)

    # --- building ------------------------------------------------------------------------

    def _metals(self, wanted: str | None) -> list[str]:
        """The metals the designs use and those priced; every metal while no design uses one
        (an imported gold series must not hide silver from a workspace with no design yet)."""
        used = set(self.workspace.prices.metals_in_use())
        if not used:
            return list(PRICED_METALS)
        used |= {p.metal for p in self.prices}
        if wanted in PRICED_METALS:
            used.add(wanted)
        return [m for m in PRICED_METALS if m in used]

    def _currencies(self, wanted: str | None) -> list[str]:
        """The currencies things are in, and those with a kept rate to or from the base; not
        every currency of an imported history (the ECB's 30 against the euro)."""
        used = set(self.workspace.prices.currencies_in_use(with_rates=False))
        used |= {r.from_currency for r in self.rates if r.to_currency == self.base}
        used |= {r.to_currency for r in self.rates if r.from_currency == self.base}
        if wanted:
            used.add(wanted.upper())
        return sorted(used - {self.base})

    def _add_metal_row(self, grid: QGridLayout, row: int, metal: str, unit: str,
                       on: dt.date) -> None:
        label = QLabel(metal_label(metal))
        amount = NumberField(METAL_PRICE)
        amount.setObjectName(f"price_{metal}")
        amount.setMinimumWidth(170)
        amount.edit.setAccessibleName(fill(self.tr("{metal} price"), metal=metal))
        label.setBuddy(amount.edit)
        units = QComboBox()
        units.setObjectName(f"unit_{metal}")
        units.addItem(self.tr("per troy ounce"), PER_TROY_OUNCE)
        units.addItem(self.tr("per gram"), PER_GRAM)
        currency = currency_box(currency_list(self.base), self.base)
        currency.setObjectName(f"currency_{metal}")
        last = QLabel()
        last.setObjectName(f"last_{metal}")
        for column, widget in enumerate((label, amount, units, currency, last)):
            grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)
        item = _MetalRow(metal, amount, units, currency, last)
        self.metal_rows.append(item)
        self._fill_metal(item, unit, on)

    def _fill_metal(self, item: _MetalRow, unit: str, on: dt.date) -> None:
        last = _last_metal_price(self.prices, item.metal, on)
        item.last = last
        label = item.last_label
        if last is None:
            item.amount.set_value(None)
            item.unit.setCurrentIndex(max(item.unit.findData(unit), 0))
            label.setText(self.tr("no price yet"))
        else:
            amount = last.price_per_troy_oz.amount
            per_gram = per_gram_exactly(amount) if unit == PER_GRAM else None
            item.unit.setCurrentIndex(item.unit.findData(PER_GRAM if per_gram is not None
                                                         else PER_TROY_OUNCE))
            item.amount.set_value(per_gram if per_gram is not None else amount)
            item.currency.setCurrentText(last.price_per_troy_oz.currency)
            label.setText(fill(self.tr("last: {amount} {currency}/ozt on {price_date}"),
                               amount=exact_text(amount.normalize()),
                               currency=last.price_per_troy_oz.currency,
                               price_date=date_text(last.price_date)))
        item.shown = item.state()

    def _add_rate_row(self, grid: QGridLayout, row: int, code: str, on: dt.date, *,
                      fixed: bool) -> None:
        one = QLabel("1")
        choice: QComboBox | None = None
        if fixed:
            currency: QWidget = QLabel(code)
        else:
            choice = currency_box([c for c in currency_list() if c != self.base], "")
            choice.setObjectName("otherCurrency")
            choice.setToolTip(self.tr("Another currency to enter a rate for"))
            currency = choice
        key = code or "other"
        rate = NumberField(FX_RATE)
        rate.setObjectName(f"rate_{key}")
        rate.setMinimumWidth(170)
        rate.edit.setAccessibleName(fill(self.tr("{currency} in {base}"),
                                         currency=code or self.tr(
                 "other currency"), base=self.base))
        if isinstance(currency, QLabel):
            currency.setBuddy(rate.edit)
        last = QLabel()
        last.setObjectName(f"last_rate_{key}")
        for column, widget in enumerate((one, currency, QLabel("="), rate, QLabel(self.base),
                                         last)):
            grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        item = _RateRow(choice, code, rate, last)
        self.rate_rows.append(item)
        if choice is not None:
            choice.currentTextChanged.connect(partial(self._currency_chosen, item))
        self._fill_rate(item, on)

    def _currency_chosen(self, item: _RateRow, _text: str) -> None:
        """Another currency for a rate row: its last rate as of the form's date."""
        self._fill_rate(item, date_of(self.date))

    def _fill_rate(self, item: _RateRow, on: dt.date) -> None:
        label = item.last_label
        code = item.from_currency()
        found, value = (_last_rate(self.rates, code, self.base, on) if len(code) == 3
                        else (None, None))
        item.last = found
        item.rate.set_value(value)
        if found is None:
            label.setText(self._derived_or_none(code, on) if item.currency is None or code
                          else "")
        elif found.from_currency == code:
            label.setText(fill(self.tr("last: {rate} on {rate_date}"),
                               rate=exact_text(found.rate.normalize()),
                               rate_date=date_text(found.rate_date)))
        else:
            label.setText(fill(self.tr("last: 1 {from_currency} = {rate} {to_currency} on "
                                       "{rate_date} (shown the other way round)"),
                               from_currency=found.from_currency,
                               rate=exact_text(found.rate.normalize()),
                               to_currency=found.to_currency,
                               rate_date=date_text(found.rate_date)))
        item.shown = item.rate.edit.text().strip()

    def _derived_or_none(self, code: str, on: dt.date) -> str:
        """No rate kept between the two: the cross rate the comparison works with, and from
        what (the field stays empty: a typed rate is kept), or 'no rate yet'."""
        try:
            rate, used = fx_rate_on(self.rates, code, self.base, on)
        except (PriceNotFound, DomainError):
            return self.tr("no rate yet")
        if used is None or not used.derived_from:
            return self.tr("no rate yet")
        return fill(self.tr("none kept; the comparison uses {rate}, {derivation}"),
                    rate=shown_rate(rate), derivation=used.derivation())

    def _refill(self) -> None:
        """Another day chosen: every row shows the last value on or before it."""
        on = date_of(self.date)
        for metal in self.metal_rows:
            self._fill_metal(metal, str(metal.unit.currentData()), on)
        for rate in self.rate_rows:
            self._fill_rate(rate, on)

    def _focus(self, metal: str | None, currency: str | None) -> None:
        field = next((r.amount for r in self.metal_rows if r.metal == metal), None)
        if field is None and currency:
            field = next((r.rate for r in self.rate_rows if r.code == currency.upper()), None)
        if field is None and self.metal_rows:
            field = self.metal_rows[0].amount
        self.focused = field  # focused when the form is shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self._fit_pending = False
            self._fit_width()
        if self.focused is not None:
            self.focused.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.focused.edit.selectAll()

    def _fit_width(self) -> None:
        """Wide enough for the rows' "last: …" notes (no sideways scrolling), within the
        screen: measured once shown, when the style's fonts and margins are in place."""
        body, layout = self.rows_area.widget(), self.layout()
        if body is None or layout is None:
            return
        margins = layout.contentsMargins()
        wanted = (body.sizeHint().width() + self.rows_area.verticalScrollBar().sizeHint().width()
                  + margins.left() + margins.right() + 8)
        screen = self.screen()
        room = screen.availableGeometry().width() - 40 if screen is not None else 1326
        width = min(wanted, room)
        if width > self.width():
            self.resize(width, self.height())

    def metal_field(self, metal: str) -> NumberField:
        return next(r.amount for r in self.metal_rows if r.metal == metal)

    def rate_field(self, currency: str) -> NumberField:
        return next(r.rate for r in self.rate_rows if r.code == currency.upper())

    # --- saving --------------------------------------------------------------------------

    def changes(self) -> tuple[list[Priced], list[tuple[Priced, Priced]]]:
        """The prices and rates to add, and those of the day to change; DomainError naming
        the first field to fix (each field says its own reason)."""
        on = date_of(self.date)
        if on > self.today:
            raise DomainError(fill(self.tr("The date {on} is after today: prices are kept for days "
                                           "that have come"), on=date_text(on)))
        added: list[Priced] = []
        changed: list[tuple[Priced, Priced]] = []
        problems: list[str] = []
        for metal in self.metal_rows:
            if metal.state() == metal.shown:
                continue
            try:
                amount = metal.amount.value()
                if amount is None:
                    continue
                currency = check_known_currency(metal.currency.currentText())
            except (InputError, DomainError) as error:
                problems.append(f"{metal_label(metal.metal)}: {error}")
                continue
            price = MetalPrice(metal.metal, on, Money(per_troy_ounce(
                amount, str(metal.unit.currentData())), currency))
            same_day = next((p for p in self.prices if p.metal == metal.metal
                             and p.price_date == on
                             and p.price_per_troy_oz.currency == currency), None)
            if same_day is None:
                added.append(price)
            elif same_day.price_per_troy_oz != price.price_per_troy_oz:
                changed.append((same_day, MetalPrice(price.metal, on, price.price_per_troy_oz,
                                                     same_day.source, id=same_day.id)))
        for rate_row in self.rate_rows:
            if rate_row.rate.edit.text().strip() == rate_row.shown:
                continue
            try:
                value = rate_row.rate.value()
                if value is None:
                    continue
                code = check_known_currency(rate_row.from_currency())
            except (InputError, DomainError) as error:
                problems.append(f"{rate_row.from_currency() or self.tr('Other')}: {error}")
                continue
            if code == self.base:
                problems.append(fill(self.tr("{code} is the base currency: its rate is 1"),
                                     code=code))
                continue
            rate = FxRate(on, code, self.base, value)
            same_rate = next((r for r in self.rates if r.rate_date == on
                              and (r.from_currency, r.to_currency) == (code, self.base)), None)
            if same_rate is None:
                added.append(rate)
            elif same_rate.rate != value:
                changed.append((same_rate, FxRate(on, code, self.base, value, id=same_rate.id)))
        if problems:
            raise DomainError(problems[0])
        return added, changed

    def save(self) -> bool:
        """Store what changed as one undoable step, and close; or say what to fix."""
        try:
            added, changed = self.changes()
        except DomainError as error:
            self._say(i18n.say(error))
            return False
        count = len(added) + len(changed)
        if count:
            command = ChangePrices(
                self.workspace, fill(self.tr("Update prices of {date} ({count})"),
                                     date=date_text(date_of(self.date)), count=str(count)),
                added=added, changed=changed)
            try:
                reason = self.controller.run(command)
            except StorageError as error:  # the controller returns these; kept for safety
                reason = i18n.say(error)
            if reason is not None:
                self._say(fill(self.tr("Not saved: {reason}"), reason=reason))
                return False
            self.command = command
        registry.write(self.settings, registry.PRICE_UNIT,
                       str(self.metal_rows[0].unit.currentData()) if self.metal_rows
                       else PER_TROY_OUNCE)
        self._say("")
        self.saved.emit(count)
        self.accept()
        return True

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def done(self, result: int) -> None:
        registry.write(self.settings, registry.layout(self.geometry_key), self.saveGeometry())
        super().done(result)

