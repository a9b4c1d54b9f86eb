"""What the cost engine hands back: a figure is a value with its unit and currency, and the
terms that made it, so any number on screen can say how it was computed (docs/costing.md).

Values stay exact Decimals; rounding happens only when a figure is shown (half-up to the
currency's minor unit, as Money.rounded does).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from jewelbench.domain import locale_forms
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message, Text
from jewelbench.domain.money import MINOR_UNITS, Money

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)
TWELVE = Decimal(12)

# Units a figure can carry (besides its currency).
PER_YEAR = QT_TRANSLATE_NOOP("costing", "per year")
PER_PIECE = QT_TRANSLATE_NOOP("costing", "per piece")
PER_MONTH = QT_TRANSLATE_NOOP("costing", "per month")
CUMULATIVE = QT_TRANSLATE_NOOP("costing", "cumulative")
PIECES_PER_YEAR = QT_TRANSLATE_NOOP("costing", "pieces per year")
HOURS_PER_YEAR = QT_TRANSLATE_NOOP("costing", "hours per year")
PERCENT = "%"
PEOPLE = "people"
RATE = "rate"
WITH_UNIT = QT_TRANSLATE_NOOP("costing", "{figure} {unit}")


class Component(StrEnum):
    """The parts a cost is made of: the stacked bars of the per-piece breakdown."""

    METAL = "metal"
    STONES = "stones"
    FINDINGS = "findings"
    PLATING = "plating"
    PACKAGING = "packaging"
    CONSUMABLES = "consumables"
    LABOUR = "labour"
    REMAKES = "remakes"
    DEPRECIATION = "depreciation"
    OVERHEADS = "overheads"
    STAFF = "staff"
    ADDED_STAFF = "added_staff"
    SUPPLIER_PRICE = "supplier_price"
    SUPPLIER_METAL = "supplier_metal"
    FEES = "fees"
    FREIGHT = "freight"
    INSURANCE = "insurance"
    DUTY = "duty"
    FX_BUFFER = "fx_buffer"
    INSPECTION = "inspection"
    BRAND_MATERIALS = "brand_materials"
    DEFECTS = "defects"
    CAPITAL_CHARGE = "capital_charge"
    IMPORT_VAT = "import_vat"  # a cost only for a brand that is not VAT-registered


# What each part is called on its own ("Supplier price") and inside a sentence or a sum
# ("the largest part is supplier price"): marked for translators, shown by the ui.
COMPONENT_LABELS: dict[Component, Text] = {
    Component.METAL: QT_TRANSLATE_NOOP("costing", "Metal"),
    Component.STONES: QT_TRANSLATE_NOOP("costing", "Stones"),
    Component.FINDINGS: QT_TRANSLATE_NOOP("costing", "Findings"),
    Component.PLATING: QT_TRANSLATE_NOOP("costing", "Plating"),
    Component.PACKAGING: QT_TRANSLATE_NOOP("costing", "Packaging"),
    Component.CONSUMABLES: QT_TRANSLATE_NOOP("costing", "Consumables"),
    Component.LABOUR: QT_TRANSLATE_NOOP("costing", "Bench labour"),
    Component.REMAKES: QT_TRANSLATE_NOOP("costing", "Remakes"),
    Component.DEPRECIATION: QT_TRANSLATE_NOOP("costing", "Equipment"),
    Component.OVERHEADS: QT_TRANSLATE_NOOP("costing", "Overheads"),
    Component.STAFF: QT_TRANSLATE_NOOP("costing", "Salaried staff"),
    Component.ADDED_STAFF: QT_TRANSLATE_NOOP("costing", "Added staff (capacity)"),
    Component.SUPPLIER_PRICE: QT_TRANSLATE_NOOP("costing", "Supplier price"),
    Component.SUPPLIER_METAL: QT_TRANSLATE_NOOP("costing", "Metal (re-priced)"),
    Component.FEES: QT_TRANSLATE_NOOP("costing", "Development fees"),
    Component.FREIGHT: QT_TRANSLATE_NOOP("costing", "Freight"),
    Component.INSURANCE: QT_TRANSLATE_NOOP("costing", "Insurance"),
    Component.DUTY: QT_TRANSLATE_NOOP("costing", "Import duty"),
    Component.FX_BUFFER: QT_TRANSLATE_NOOP("costing", "FX risk buffer"),
    Component.INSPECTION: QT_TRANSLATE_NOOP("costing", "Inspection"),
    Component.BRAND_MATERIALS: QT_TRANSLATE_NOOP("costing", "Materials you supply"),
    Component.DEFECTS: QT_TRANSLATE_NOOP("costing", "Defect allowance"),
    Component.CAPITAL_CHARGE: QT_TRANSLATE_NOOP("costing", "Capital charge (equipment)"),
    Component.IMPORT_VAT: QT_TRANSLATE_NOOP("costing", "Import VAT (not reclaimed)"),
}

COMPONENT_TERMS: dict[Component, Text] = {
    Component.METAL: QT_TRANSLATE_NOOP("costing", "metal"),
    Component.STONES: QT_TRANSLATE_NOOP("costing", "stones"),
    Component.FINDINGS: QT_TRANSLATE_NOOP("costing", "findings"),
    Component.PLATING: QT_TRANSLATE_NOOP("costing", "plating"),
    Component.PACKAGING: QT_TRANSLATE_NOOP("costing", "packaging"),
    Component.CONSUMABLES: QT_TRANSLATE_NOOP("costing", "consumables"),
    Component.LABOUR: QT_TRANSLATE_NOOP("costing", "bench labour"),
    Component.REMAKES: QT_TRANSLATE_NOOP("costing", "remakes"),
    Component.DEPRECIATION: QT_TRANSLATE_NOOP("costing", "equipment"),
    Component.OVERHEADS: QT_TRANSLATE_NOOP("costing", "overheads"),
    Component.STAFF: QT_TRANSLATE_NOOP("costing", "salaried staff"),
    Component.ADDED_STAFF: QT_TRANSLATE_NOOP("costing", "added staff (capacity)"),
    Component.SUPPLIER_PRICE: QT_TRANSLATE_NOOP("costing", "supplier price"),
    Component.SUPPLIER_METAL: QT_TRANSLATE_NOOP("costing", "metal (re-priced)"),
    Component.FEES: QT_TRANSLATE_NOOP("costing", "development fees"),
    Component.FREIGHT: QT_TRANSLATE_NOOP("costing", "freight"),
    Component.INSURANCE: QT_TRANSLATE_NOOP("costing", "insurance"),
    Component.DUTY: QT_TRANSLATE_NOOP("costing", "import duty"),
    Component.FX_BUFFER: QT_TRANSLATE_NOOP("costing", "fx risk buffer"),
    Component.INSPECTION: QT_TRANSLATE_NOOP("costing", "inspection"),
    Component.BRAND_MATERIALS: QT_TRANSLATE_NOOP("costing", "materials you supply"),
    Component.DEFECTS: QT_TRANSLATE_NOOP("costing", "defect allowance"),
    Component.CAPITAL_CHARGE: QT_TRANSLATE_NOOP("costing", "capital charge (equipment)"),
    Component.IMPORT_VAT: QT_TRANSLATE_NOOP("costing", "import vat (not reclaimed)"),
}


def rounded(value: Decimal, currency: str | None, places: int | None = None) -> Decimal:
    """value rounded half-up for display: to the currency's minor unit, or to `places`."""
    if places is None:
        places = MINOR_UNITS.get(currency, 2) if currency else 2
    result = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return result.copy_abs() if result.is_zero() else result


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def show(value: Decimal, currency: str | None = None, places: int | None = None) -> str:
    """A value as the reader writes it (locale_forms): '1,234.57 EUR', '12.5', '4,200' in
    en; '1 234,57 EUR', '12,5', '4 200' in nb."""
    if currency is None and places is None:
        plain = value.normalize() if value == value.to_integral_value() else \
            rounded(value, None, 4).normalize()
        return locale_forms.format_decimal(plain, _places(plain))
    amount = rounded(value, currency, places)
    text = locale_forms.format_decimal(amount, _places(amount))
    return f"{text} {currency}" if currency else text


def show_pct(value: Decimal) -> str:
    """A percentage as given, ungrouped, with the reader's decimal point: '12.5 %'."""
    return f"{rounded(value, None, 2).normalize():f}".replace(
        ".", locale_forms.decimal_point()) + " %"


@dataclass(frozen=True, slots=True)
class Figure:
    """A value with its unit and currency, and the terms that made it.

    `formula` says in words and numbers how the value follows from its terms; each term is a
    figure too, so an explanation can be followed down to the inputs."""

    label: str
    value: Decimal
    currency: str | None = None
    unit: str = ""
    formula: str = ""
    terms: tuple[Figure, ...] = ()

    def explain(self) -> list[Figure]:
        """The terms that made this figure; a figure taken as it is explains itself."""
        return list(self.terms) if self.terms else [self]

    @property
    def money(self) -> Money:
        if self.currency is None:
            raise ValueError(f"{self.label} is not an amount of money")
        return Money(self.value, self.currency)

    def display(self) -> str:
        unit = f" {self.unit}" if self.unit and self.unit != PERCENT else ""
        if self.unit == PERCENT:
            return show_pct(self.value)
        return show(self.value, self.currency) + unit

    def display_message(self) -> Message | str:
        """display() with its unit marked for translation (a Message the ui says in the
        reader's language); str(display_message()) == display()."""
        if not self.unit or self.unit == PERCENT:
            return self.display()
        unit = self.unit if isinstance(self.unit, Text) else Text("costing", self.unit)
        return WITH_UNIT(figure=show(self.value, self.currency), unit=unit)

    def __str__(self) -> str:
        return f"{self.label}: {self.display()}"


def money_figure(label: str, value: Decimal, currency: str, unit: str, formula: str = "",
                 terms: tuple[Figure, ...] = ()) -> Figure:
    return Figure(label, value, currency, unit, formula, terms)
