"""New / Edit Metal Price and New / Edit Exchange Rate: one dated price or rate, checked beside
each field before anything is saved.

A metal price is typed per troy ounce or per gram (the unit is a choice beside the amount) and
kept per troy ounce, converted exactly: 1 troy ounce = 31.1034768 g. An exchange rate reads
back as "1 EUR = 11.7 NOK". A price or rate that another row already holds for the same day is
refused with the reason beside the date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.currencies import COMMON_CURRENCIES, check_known_currency
from jewelbench.domain.inputs import InputError, NumberRule
from jewelbench.domain.messages import fill
from jewelbench.domain.money import Money
from jewelbench.domain.prices import PRICED_METALS, FxRate, MetalPrice
from jewelbench.domain.units import GRAMS_PER_TROY_OUNCE
from jewelbench.domain.validation import DomainError
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.formatting import date_text, decimal_text, exact_text
from jewelbench.ui.labels import metal_label
from jewelbench.ui.widgets.fields import NumberField, error_colour, parse_for_locale
from jewelbench.ui.widgets.record_dialog import RecordDialog

# Up to 8 places: a price per gram times 31.1034768 is exact in 8 places more than the gram
# price's own, and what the user typed is kept as typed.
METAL_PRICE = NumberRule(places=8, allow_zero=False, maximum=Decimal(100_000_000))
FX_RATE = NumberRule(places=10, allow_zero=False, maximum=Decimal(1_000_000_000))
PER_TROY_OUNCE = "ozt"
PER_GRAM = "g"


def per_troy_ounce(amount: Decimal, unit: str) -> Decimal:
    """The price per troy ounce of a price typed per `unit` ("ozt" or "g"), exactly."""
    return amount if unit == PER_TROY_OUNCE else amount * GRAMS_PER_TROY_OUNCE


def per_gram_exactly(price_per_troy_oz: Decimal, places: int = 6) -> Decimal | None:
    """The price per gram when it has at most `places` decimals (it was typed per gram)."""
    per_gram = price_per_troy_oz / GRAMS_PER_TROY_OUNCE
    if per_gram * GRAMS_PER_TROY_OUNCE != price_per_troy_oz:
        return None
    exponent = per_gram.normalize().as_tuple().exponent
    return per_gram.normalize() if isinstance(exponent, int) and -exponent <= places else None


def currency_list(*currencies: str) -> list[str]:
    """The currencies given first (as given, without repeats), then the common ones (the
    list every currency box offers first, domain.currencies)."""
    chosen: list[str] = []
    for code in (*currencies, *COMMON_CURRENCIES):
        if code and code not in chosen:
            chosen.append(code)
    return chosen


def currency_box(currencies: Sequence[str], current: str) -> QComboBox:
    """A list of currencies that also takes any other three-letter code typed into it."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(list(currencies))
    box.setCurrentText(current)
    line = box.lineEdit()
    if line is not None:
        line.setMaxLength(3)
    box.setMinimumContentsLength(5)
    return box


def date_box(value: dt.date) -> QDateEdit:
    box = QDateEdit(QDate(value.year, value.month, value.day))
    box.setCalendarPopup(True)
    box.setDisplayFormat("yyyy-MM-dd")
    return box


def date_of(box: QDateEdit) -> dt.date:
    value = box.date()
    return dt.date(value.year(), value.month(), value.day())


class _FieldError(QLabel):
    """The reason a field's value is refused, shown under it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.hide()

    def say(self, message: str) -> None:
        self.setStyleSheet(f"color: {error_colour(self.palette()).name()};")
        self.setText(message)
        self.setVisible(bool(message))


def _with_error(widget: QWidget, error: QLabel) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    box.setFocusProxy(widget)
    return box


class _PriceDialog(RecordDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None, today: dt.date) -> None:
        super().__init__(settings, parent)
        self.today = today
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.read_back = QLabel()
        self.read_back.setObjectName("readBack")
        self.read_back.setWordWrap(True)
        self.read_back.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button_box(QDialogButtonBox.StandardButton.Save
                        | QDialogButtonBox.StandardButton.Cancel)

    def _lay_out(self) -> None:
        self.lay_out(self.form, self.read_back, stretch=True, minimum_width=460)

    def _currency(self, box: QComboBox, error: _FieldError, what: str) -> str:
        try:
            code = check_known_currency(box.currentText())
        except DomainError:  # "BTH" or "EUO" is refused here, as in a price file or a quote
            message = fill(self.tr("{what}: type a three-letter currency code such as USD or EUR, "
                                   "or pick one from the list (“{typed}” is not one jewelbench "
                                   "knows)"), what=what, typed=box.currentText().strip())
            error.say(message)
            raise DomainError(message) from None
        error.say("")
        return code

    def _date(self, box: QDateEdit, error: _FieldError) -> dt.date:
        value = date_of(box)
        if value > self.today:
            message = fill(self.tr("The date {date} is after today ({today}): prices and rates are "
                                   "kept as they were on a day that has come"),
                           date=date_text(value),
                           today=date_text(self.today))
            error.say(message)
            raise DomainError(message)
        error.say("")
        return value

    @staticmethod
    def _number(field: NumberField) -> Decimal:
        try:
            value = field.value()
        except InputError as error:
            raise DomainError(i18n.say(error)) from None
        assert value is not None  # the rule requires one
        return value


class MetalPriceDialog(_PriceDialog):
    """A fine-metal price on a date: metal, amount per troy ounce or per gram, currency,
    source. `made` is the MetalPrice (carrying the edited price's id)."""

    geometry_key = "dialogs/metalPrice/geometry"

    def __init__(self, settings: QSettings, existing: Sequence[MetalPrice],
                 currencies: Sequence[str], parent: QWidget | None = None, *,
                 price: MetalPrice | None = None, metal: str | None = None,
                 currency: str | None = None, today: dt.date | None = None) -> None:
        super().__init__(settings, parent, today or dt.date.today())
        self.setObjectName("metalPriceDialog")
        self.editing = price
        self.existing = list(existing)
        self.setWindowTitle(self.tr("Edit Metal Price") if price else self.tr("New Metal Price"))
        self.metal = QComboBox()
        self.metal.setObjectName("metalPriceMetal")
        for name in PRICED_METALS:
            self.metal.addItem(metal_label(name), name)
        self.amount = NumberField(METAL_PRICE)
        self.amount.setObjectName("metalPriceAmount")
        self.amount.edit.setPlaceholderText(self.tr("fine metal price"))
        self.unit = QComboBox()
        self.unit.setObjectName("metalPriceUnit")
        self.unit.addItem(self.tr("per troy ounce"), PER_TROY_OUNCE)
        self.unit.addItem(self.tr("per gram"), PER_GRAM)
        self.unit.setToolTip(self.tr("1 troy ounce = 31.1034768 g; the price is kept per troy "
                                     "ounce, converted exactly"))
        self.currency = currency_box(currencies, currency or (currencies[0] if currencies
                                                              else "USD"))
        self.currency.setObjectName("metalPriceCurrency")
        self.currency_error = _FieldError()
        self.date = date_box(self.today)
        self.date.setObjectName("metalPriceDate")
        self.date_error = _FieldError()
        self.source = QLineEdit()
        self.source.setObjectName("metalPriceSource")
        self.source.setMaxLength(200)
        self.source.setPlaceholderText(self.tr("where the price comes from (LBMA fix, your "
                                               "bullion dealer …)"))
        amount_row = QWidget()
        row = QHBoxLayout(amount_row)  # the amount and its unit side by side
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount, 1)
        row.addWidget(self.unit, 0, Qt.AlignmentFlag.AlignTop)
        amount_row.setFocusProxy(self.amount)
        self.form.addRow(self.tr("&Metal:"), self.metal)
        self.form.addRow(self.tr("&Price:"), amount_row)
        self.form.addRow(self.tr("C&urrency:"), _with_error(self.currency, self.currency_error))
        self.form.addRow(self.tr("&Date:"), _with_error(self.date, self.date_error))
        self.form.addRow(self.tr("&Source:"), self.source)
        self._lay_out()

        unit = registry.read(settings, registry.PRICE_UNIT)
        if price is not None:
            self.metal.setCurrentIndex(self.metal.findData(price.metal))
            amount = price.price_per_troy_oz.amount
            per_gram = per_gram_exactly(amount) if unit == PER_GRAM else None
            if per_gram is not None:
                self.amount.set_value(per_gram)
            else:
                unit = PER_TROY_OUNCE
                self.amount.set_value(amount)
            self.currency.setCurrentText(price.price_per_troy_oz.currency)
            self.date.setDate(QDate(price.price_date.year, price.price_date.month,
                                    price.price_date.day))
            self.source.setText(price.source)
        elif metal in PRICED_METALS:
            self.metal.setCurrentIndex(self.metal.findData(metal))
        self.unit.setCurrentIndex(max(self.unit.findData(unit), 0))
        for signal in (self.amount.edit.textChanged, self.unit.currentIndexChanged,
                       self.currency.currentTextChanged):
            signal.connect(self._read_back)
        self._read_back()
        self.amount.setFocus()

    def chosen_unit(self) -> str:
        return str(self.unit.currentData())

    def _read_back(self) -> None:
        """What will be kept, in the other unit too: "= 29.54830296 USD per troy ounce"."""
        try:
            amount = parse_for_locale(self.amount.edit.text(), METAL_PRICE)
        except InputError:
            self.read_back.setText("")
            return
        if amount is None:
            self.read_back.setText("")
            return
        currency = self.currency.currentText().strip().upper()
        ounce = per_troy_ounce(amount, self.chosen_unit())
        if self.chosen_unit() == PER_GRAM:
            text = self.tr("= {figure} {currency} per troy ounce "
                           "(kept per troy ounce: ×31.1034768)")
            figure = exact_text(ounce.normalize())
        else:
            text = self.tr("= {figure} {currency} per gram")
            figure = decimal_text(ounce / GRAMS_PER_TROY_OUNCE, 4)
        self.read_back.setText(fill(text, figure=figure, currency=currency))

    def make(self) -> MetalPrice:
        problems: list[str] = []
        amount = currency = on = None
        try:
            amount = self._number(self.amount)
        except DomainError as error:
            problems.append(i18n.say(error))
        try:
            currency = self._currency(self.currency, self.currency_error, self.tr("Currency"))
        except DomainError as error:
            problems.append(i18n.say(error))
        try:
            on = self._date(self.date, self.date_error)
        except DomainError as error:
            problems.append(i18n.say(error))
        if problems or amount is None or currency is None or on is None:
            raise DomainError(problems[0] if problems else self.tr("Fill in every field"))
        metal = str(self.metal.currentData())
        own_id = self.editing.id if self.editing else None
        clash = next((p for p in self.existing if p.metal == metal and p.price_date == on
                      and p.price_per_troy_oz.currency == currency and p.id != own_id), None)
        if clash is not None:
            message = fill(self.tr("There is already a {metal} price in {currency} for {on} "
                                   "({price} per troy ounce): "
                                   "edit that one, or choose another date"), metal=metal,
                           currency=currency, on=date_text(on),
                           price=exact_text(clash.price_per_troy_oz.amount))
            self.date_error.say(message)
            raise DomainError(message)
        registry.write(self.settings, registry.PRICE_UNIT, self.chosen_unit())
        return MetalPrice(metal, on, Money(per_troy_ounce(amount, self.chosen_unit()), currency),
                          self.source.text().strip(), id=own_id)


class FxRateDialog(_PriceDialog):
    """1 unit of one currency in another on a date. `made` is the FxRate."""

    geometry_key = "dialogs/fxRate/geometry"

    def __init__(self, settings: QSettings, existing: Sequence[FxRate],
                 currencies: Sequence[str], base_currency: str,
                 parent: QWidget | None = None, *, rate: FxRate | None = None,
                 currency: str | None = None, today: dt.date | None = None) -> None:
        super().__init__(settings, parent, today or dt.date.today())
        self.setObjectName("fxRateDialog")
        self.editing = rate
        self.existing = list(existing)
        self.setWindowTitle(self.tr("Edit Exchange Rate") if rate
                            else self.tr("New Exchange Rate"))
        others = [c for c in currencies if c != base_currency]
        self.from_currency = currency_box(currencies, currency or (others[0] if others
                                                                   else ""))
        self.from_currency.setObjectName("fxRateFrom")
        self.from_error = _FieldError()
        self.to_currency = currency_box(currencies, base_currency)
        self.to_currency.setObjectName("fxRateTo")
        self.to_error = _FieldError()
        self.rate = NumberField(FX_RATE)
        self.rate.setObjectName("fxRateRate")
        self.rate.edit.setPlaceholderText(self.tr("units of “to” for 1 unit of “from”"))
        self.date = date_box(self.today)
        self.date.setObjectName("fxRateDate")
        self.date_error = _FieldError()
        self.form.addRow(self.tr("&Date:"), _with_error(self.date, self.date_error))
        self.form.addRow(self.tr("&From:"), _with_error(self.from_currency, self.from_error))
        self.form.addRow(self.tr("&To:"), _with_error(self.to_currency, self.to_error))
        self.form.addRow(self.tr("&Rate:"), self.rate)
        self._lay_out()
        for first, then in ((self.date, self.from_currency), (self.from_currency,
                                                              self.to_currency),
                            (self.to_currency, self.rate.edit)):
            QWidget.setTabOrder(first, then)  # as the form reads, top to bottom
        if rate is not None:
            self.date.setDate(QDate(rate.rate_date.year, rate.rate_date.month,
                                    rate.rate_date.day))
            self.from_currency.setCurrentText(rate.from_currency)
            self.to_currency.setCurrentText(rate.to_currency)
            self.rate.set_value(rate.rate)
        for signal in (self.rate.edit.textChanged, self.from_currency.currentTextChanged,
                       self.to_currency.currentTextChanged):
            signal.connect(self._read_back)
        self._read_back()
        (self.rate if rate is not None or currency else self.from_currency).setFocus()

    def _read_back(self) -> None:
        """1 EUR = 11.7 NOK (and the other way: 1 NOK = 0.085470 EUR)."""
        try:
            rate = parse_for_locale(self.rate.edit.text(), FX_RATE)
        except InputError:
            self.read_back.setText("")
            return
        source = self.from_currency.currentText().strip().upper()
        target = self.to_currency.currentText().strip().upper()
        if rate is None or rate <= 0 or not source or not target:
            self.read_back.setText("")
            return
        self.read_back.setText(fill(self.tr("1 {source} = {rate} {target}   (1 {target} = "
                                            "{inverse} {source})"),
                                    source=source, rate=exact_text(rate.normalize()), target=target,
                                    inverse=decimal_text(Decimal(1) / rate, 6)))

    def make(self) -> FxRate:
        problems: list[str] = []
        source = target = on = rate = None
        for attempt in ("from", "to", "date", "rate"):
            try:
                if attempt == "from":
                    source = self._currency(self.from_currency, self.from_error, self.tr("From"))
                elif attempt == "to":
                    target = self._currency(self.to_currency, self.to_error, self.tr("To"))
                elif attempt == "date":
                    on = self._date(self.date, self.date_error)
                else:
                    rate = self._number(self.rate)
            except DomainError as error:
                problems.append(i18n.say(error))
        if problems or source is None or target is None or on is None or rate is None:
            raise DomainError(problems[0] if problems else self.tr("Fill in every field"))
        if source == target:
            message = fill(self.tr("A rate is between two different currencies: choose another "
                                   "“To” than {source}"), source=source)
            self.to_error.say(message)
            raise DomainError(message)
        own_id = self.editing.id if self.editing else None
        clash = next((r for r in self.existing if r.rate_date == on and r.id != own_id
                      and (r.from_currency, r.to_currency) == (source, target)), None)
        if clash is not None:
            message = fill(self.tr("There is already a {source}→{target} rate for {on} (1 "
                                   "{source} = {rate} {target}): edit "
                                   "that one, or choose another date"), source=source,
                           target=target, on=date_text(on), rate=exact_text(clash.rate.normalize()))
            self.date_error.say(message)
            raise DomainError(message)
        return FxRate(on, source, target, rate, id=own_id)
