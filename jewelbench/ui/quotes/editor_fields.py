"""The quote editor's rules for its fields, and its development fees box (kept apart from
editor.py, which is large enough)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel

from jewelbench.domain.inputs import PERCENT, PRICE, InputError, NumberRule
from jewelbench.domain.messages import fill
from jewelbench.domain.quotes import FeeKind
from jewelbench.ui import i18n
from jewelbench.ui.formatting import amount_text, decimal_text
from jewelbench.ui.quotes.labels import fee_label
from jewelbench.ui.style import named
from jewelbench.ui.widgets.fields import NumberField, parse_for_locale, widget_locale

MAX_PIECES = Decimal(10_000_000)
MOQ_RULE = NumberRule(unit="pcs", places=0, minimum=Decimal(1), maximum=MAX_PIECES)
TIER_QUANTITY = NumberRule(places=0, minimum=Decimal(1), maximum=MAX_PIECES)
OPTIONAL_AMOUNT = replace(PRICE, required=False)
METAL_PER_G = NumberRule(places=4, minimum=Decimal(0), allow_zero=False,
                         maximum=Decimal(1_000_000), required=False)
DAYS = NumberRule(unit="days", places=0, maximum=Decimal(3650), required=False)
DEPOSIT = replace(PERCENT, required=False)
# The metal a making-charge supplier bills on top of the finished weight: empty = none; 100 %
# or more would be a supplier billing twice the metal and is refused.
METAL_LOSS = replace(PERCENT, maximum=Decimal("99.99"), required=False)
DEFAULT_VALIDITY_DAYS = 60
FIELD_WIDTH = 170  # number fields: wide enough for 1,000,000.0000


@dataclass(frozen=True)
class _Tier:
    """One price tier as the table shows it, possibly half-entered (no price yet)."""

    index: int
    min_quantity: int
    unit_price: Decimal | None


def _price_text(price: Decimal) -> str:
    """15,900.00 or 12.125: grouped, at least the cents, every decimal the supplier gave."""
    exponent = price.as_tuple().exponent
    return decimal_text(price, max(2, -exponent if isinstance(exponent, int) else 2))


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def show_refusal(field: NumberField) -> None:
    """A field's reason beside it, as it is typed (none while it is disabled)."""
    message = ""
    if field.isEnabled():
        try:
            parse_for_locale(field.edit.text(), field.rule, widget_locale(field.edit))
        except InputError as error:
            message = i18n.say(error)
    field.show_error(message)


class FeesBox(QGroupBox):
    """Development costs, one line per kind: the amount (in the quote's currency, by `money`)
    and whether it is refunded on order; the total under them."""

    def __init__(self, money: Callable[[NumberField], NumberField]) -> None:
        super().__init__(self.tr("Development costs — one-time, kept apart from the unit "
                                 "price"))
        grid = QGridLayout(self)
        self.amounts: dict[FeeKind, NumberField] = {}
        self.refundable: dict[FeeKind, QCheckBox] = {}
        for row, kind in enumerate(FeeKind):
            amount = NumberField(OPTIONAL_AMOUNT)
            amount.edit.setAccessibleName(fill(self.tr("{kind} fee"), kind=fee_label(kind)))
            amount.edit.setPlaceholderText(self.tr("none"))
            refundable = QCheckBox(self.tr("refunded on order"))
            refundable.setAccessibleName(fill(self.tr("{kind} fee refunded on order"),
                                              kind=fee_label(kind)))
            label = QLabel(fee_label(kind) + ":")
            label.setBuddy(amount)
            grid.addWidget(label, row, 0)
            grid.addWidget(money(amount), row, 1)
            grid.addWidget(refundable, row, 2)
            self.amounts[kind] = amount
            self.refundable[kind] = refundable
        self.total = QLabel()
        named(self.total, "pageSubtitle")
        grid.addWidget(self.total, len(FeeKind), 0, 1, 4)
        grid.setColumnStretch(3, 1)

    def show_total(self, currency: str) -> None:
        total = refundable = Decimal(0)
        for kind, field in self.amounts.items():
            try:
                amount = parse_for_locale(field.edit.text(), field.rule) or Decimal(0)
            except InputError:
                continue
            total += amount
            if self.refundable[kind].isChecked():
                refundable += amount
        if len(currency) != 3 or not total:
            self.total.setText(self.tr("No development fees."))
            return
        self.total.setText(fill(self.tr("Total {total}, of which {refundable} refunded on order"),
                                total=amount_text(total, currency),
                                refundable=amount_text(refundable, currency)))
