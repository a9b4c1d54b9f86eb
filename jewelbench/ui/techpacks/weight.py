"""The Weight tab: the finished weight and its tolerance, and the thinnest wall and prong
(which the DFM checks hold against their minimums)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import QFormLayout, QLabel

from jewelbench.domain.inputs import LENGTH_MM, WEIGHT_G, NumberRule
from jewelbench.domain.messages import fill
from jewelbench.domain.techpacks import TechPackDraft
from jewelbench.ui.formatting import decimal_text
from jewelbench.ui.style import named
from jewelbench.ui.techpacks.section import DraftSection, RevisionShown
from jewelbench.ui.widgets.fields import NumberField

FINISHED_WEIGHT_G = replace(WEIGHT_G, required=False)
WEIGHT_TOLERANCE_G = NumberRule(unit="g", places=3, maximum=Decimal(100000), required=False)
THICKNESS_MM = replace(LENGTH_MM, required=False)


class WeightTab(DraftSection):
    """Finished weight, tolerance, minimum wall and prong."""

    def __init__(self) -> None:
        super().__init__()
        self.finished_weight = NumberField(FINISHED_WEIGHT_G)
        self.weight_tolerance = NumberField(WEIGHT_TOLERANCE_G)
        self.min_wall = NumberField(THICKNESS_MM)
        self.min_prong = NumberField(THICKNESS_MM)
        self.bom_weight = QLabel()
        named(self.bom_weight, "pageSubtitle")
        self.bom_weight.setWordWrap(True)
        for field, name, what in (
                (self.finished_weight, "finished_weight_g", self.tr("finished weight")),
                (self.weight_tolerance, "weight_tolerance_g", self.tr("weight tolerance")),
                (self.min_wall, "min_wall_mm", self.tr("minimum wall")),
                (self.min_prong, "min_prong_mm", self.tr("minimum prong"))):
            field.edit.setMaximumWidth(160)
            field.value_changed.connect(
                lambda value, name=name, what=what: self.set_field(name, value, what))
        form = QFormLayout(self)
        form.addRow(self.tr("Finished &weight:"), self.finished_weight)
        form.addRow("", self.bom_weight)
        form.addRow(self.tr("Weight &tolerance (±):"), self.weight_tolerance)
        form.addRow(self.tr("Minimum wall:"), self.min_wall)
        form.addRow(self.tr("Minimum prong:"), self.min_prong)
        hint = QLabel(self.tr("jewelbench warns about walls under 0.8 mm and prongs under "
                              "0.6 mm."))
        named(hint, "pageSubtitle")
        form.addRow("", hint)

    def fill(self, draft: TechPackDraft, shown: RevisionShown) -> None:
        self.finished_weight.set_value(draft.finished_weight_g)
        bom = shown.design.total_metal_weight_g
        self.finished_weight.edit.setPlaceholderText(decimal_text(bom, 2))
        self.bom_weight.setText(fill(self.tr("Left empty, the tech pack gives the bill of "
                                             "materials' metal weight: {weight} g"),
                                     weight=decimal_text(bom, 2)))
        self.weight_tolerance.set_value(draft.weight_tolerance_g)
        self.min_wall.set_value(draft.min_wall_mm)
        self.min_prong.set_value(draft.min_prong_mm)
