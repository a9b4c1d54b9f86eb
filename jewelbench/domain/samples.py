"""Sample rounds with measurements, the six-stage QC and a decision."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum, StrEnum

from jewelbench.domain.validation import (
    DomainError,
    check_count,
    check_number,
    check_text,
)


class SampleDecision(StrEnum):
    APPROVED = "approved"
    APPROVED_WITH_CHANGES = "approved_with_changes"
    REJECTED = "rejected"


class QcResult(StrEnum):
    PASS = "pass"
    FAIL = "fail"


class QcStage(int, Enum):
    """The six-stage QC of DESIGN.md."""

    PRE_PRODUCTION = 1
    RAW_CASTING = 2
    PRE_POLISH = 3
    POST_POLISH = 4
    STONE_SETTING = 5
    FINAL_AUDIT = 6


QC_STAGE_NAMES: dict[QcStage, str] = {
    QcStage.PRE_PRODUCTION: "Pre-production",
    QcStage.RAW_CASTING: "Raw casting",
    QcStage.PRE_POLISH: "Pre-polish",
    QcStage.POST_POLISH: "Post-polish",
    QcStage.STONE_SETTING: "Stone setting",
    QcStage.FINAL_AUDIT: "Final audit",
}

QC_STAGE_CHECKS: dict[QcStage, str] = {
    QcStage.PRE_PRODUCTION: "3D model structural integrity and castability",
    QcStage.RAW_CASTING: "Missing detail, porosity",
    QcStage.PRE_POLISH: "Assembly, solder joints",
    QcStage.POST_POLISH: "Scratches, compound residue, lustre",
    QcStage.STONE_SETTING: "Stone security, alignment",
    QcStage.FINAL_AUDIT: "Weight, dimensions, function (clasp), appearance",
}


@dataclass
class QcCheck:
    stage: QcStage
    result: QcResult | None = None
    notes: str = ""

    def __post_init__(self) -> None:
        self.stage = QcStage(self.stage)
        if self.result is not None:
            self.result = QcResult(self.result)


@dataclass
class Measurement:
    dimension: str
    nominal: Decimal
    tolerance: Decimal
    measured: Decimal
    unit: str = "mm"

    def __post_init__(self) -> None:
        self.dimension = check_text(self.dimension, "Dimension", required=True)
        self.nominal = check_number(self.nominal, f"{self.dimension} nominal", minimum=None)
        self.tolerance = check_number(self.tolerance, "Tolerance")
        self.measured = check_number(self.measured, f"{self.dimension} measured", minimum=None)

    @property
    def in_tolerance(self) -> bool:
        return abs(self.measured - self.nominal) <= self.tolerance


@dataclass
class SamplePhoto:
    image: bytes
    thumbnail: bytes
    mime_type: str
    caption: str = ""
    is_golden: bool = False
    id: int | None = None


@dataclass
class SampleRound:
    design_id: int
    supplier_id: int
    round_number: int
    requested_on: dt.date
    tech_pack_revision_id: int | None = None
    received_on: dt.date | None = None
    measured_weight_g: Decimal | None = None
    measurements: list[Measurement] = field(default_factory=list)
    qc_checks: list[QcCheck] = field(default_factory=list)
    photos: list[SamplePhoto] = field(default_factory=list)
    dfm_feedback: str = ""
    decision: SampleDecision | None = None
    decided_on: dt.date | None = None
    notes: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        self.round_number = check_count(self.round_number, "Round number", minimum=1)
        if self.received_on is not None and self.received_on < self.requested_on:
            raise DomainError("A sample cannot be received before it was requested")
        if self.decision is not None:
            self.decision = SampleDecision(self.decision)
        if self.measured_weight_g is not None:
            self.measured_weight_g = check_number(self.measured_weight_g, "Measured weight (g)")

    @property
    def state(self) -> str:
        if self.decision is not None:
            return self.decision.value
        return "received" if self.received_on else "requested"
