"""The Dimensions tab: each dimension the factory must hold, nominal ± tolerance, and whether
it is critical (measured on every sample)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from jewelbench.domain.inputs import LENGTH_MM, InputError, NumberRule
from jewelbench.domain.messages import fill
from jewelbench.domain.techpacks import Dimension, TechPackDraft
from jewelbench.ui.formatting import decimal_text
from jewelbench.ui.techpacks.lists import ListSection, Row
from jewelbench.ui.techpacks.section import fit_columns
from jewelbench.ui.widgets.fields import format_for_locale, parse_for_locale
from jewelbench.ui.widgets.table_model import Column

TOLERANCE_MM = NumberRule(unit="mm", places=3, maximum=Decimal(100))


def _yes_no(text: str) -> bool:
    answer = text.strip().casefold()
    if answer in ("yes", "y", "true", "1", "critical", "★"):
        return True
    if answer in ("no", "n", "false", "0", ""):
        return False
    raise InputError(f"“{text.strip()}”: type yes or no")


def _required(text: str, rule: NumberRule) -> Decimal:
    value = parse_for_locale(text, rule)
    assert value is not None  # the rule requires one: empty text is an InputError
    return value


class DimensionsTab(ListSection):
    """The draft's dimensions as an editable table."""

    field = "dimensions"

    def __init__(self) -> None:
        super().__init__()
        fit_columns(self.page, stretch=0)  # a renamed dimension is read whole

    def heading(self) -> str:
        return self.tr("Dimensions")

    def columns(self) -> list[Column[Row]]:
        return [
            Column(self.tr("Dimension"), lambda r: r.item.name, key="name",
                   edit_text=lambda r: r.item.name),
            Column(self.tr("Nominal (mm)"), lambda r: decimal_text(r.item.nominal_mm, 2),
                   numeric=True, key="nominal_mm", rule=LENGTH_MM,
                   edit_text=lambda r: format_for_locale(r.item.nominal_mm, LENGTH_MM)),
            Column(self.tr("± Tolerance (mm)"), lambda r: decimal_text(r.item.tolerance_mm, 2),
                   numeric=True, key="tolerance_mm", rule=TOLERANCE_MM,
                   edit_text=lambda r: format_for_locale(r.item.tolerance_mm, TOLERANCE_MM)),
            Column(self.tr("Critical"), lambda r: self.tr("★ critical") if r.item.critical
                   else "", key="critical", check=lambda r: r.item.critical,
                   tooltip=lambda r: self.tr("Tick it (click, or Space) for a critical "
                                             "dimension: one measured on every sample")),
        ]

    def empty_text(self) -> str:
        return self.tr("No dimensions yet: use Add for each one the factory must hold.")

    def edit(self, item: Dimension, key: str, text: str) -> Dimension:
        if key == "name":
            return replace(item, name=text.strip())
        if key == "nominal_mm":
            return replace(item, nominal_mm=_required(text, LENGTH_MM))
        if key == "tolerance_mm":
            return replace(item, tolerance_mm=_required(text, TOLERANCE_MM))
        return replace(item, critical=_yes_no(text))

    def new_item(self, draft: TechPackDraft) -> Dimension:
        taken = {d.name.casefold() for d in draft.dimensions}
        number = len(taken) + 1
        while f"dimension {number}" in taken:
            number += 1
        return Dimension(fill(self.tr("Dimension {count}"), count=str(number)),
                         Decimal("1.00"), Decimal("0.10"))
