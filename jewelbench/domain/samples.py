"""Sample rounds with measurements, the six-stage QC and a decision.

A round is measured against its tech pack revision: measurement_sheet() turns the revision's
dimensions (nominal ± tolerance) and finished weight (± tolerance) into the lines a QC bench
fills in, and ToleranceCheck says whether a measured value is in tolerance and, if not, by how
much. A design reaches production only with an approved sample of its current revision
(production_allowed, require_production_sample).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any, Protocol

from jewelbench.domain.designs import LifecycleStatus
from jewelbench.domain.messages import QT_TRANSLATE_NOOP
from jewelbench.domain.validation import (
    DomainError,
    What,
    check_count,
    check_number,
    check_text,
)

ONLY_AN_APPROVED_ROUND = QT_TRANSLATE_NOOP(
    "samples", "Only an approved round can carry accepted deviations")
A_SAMPLE_CANNOT_BE = QT_TRANSLATE_NOOP(
    "samples", "A sample cannot be received before it was requested ({requested_on}): "
    "check the received date")
A_SAMPLE_THAT_HAS = QT_TRANSLATE_NOOP(
    "samples", "A sample that has not been received cannot be decided on: enter the date "
    "it was received first")
A_DECISION_CANNOT_BE = QT_TRANSLATE_NOOP(
    "samples", "A decision cannot be dated before the sample was received "
    "({received_on}): check the decision date")
EACH_QC_STAGE_CAN = QT_TRANSLATE_NOOP(
    "samples", "Each QC stage can be recorded only once in a sample round")
REVISION_OF_GIVES_NO = QT_TRANSLATE_NOOP(
    "samples", "Revision {revision} of {design_code} gives no dimensions or weight "
    "tolerance to measure against: add them in its tech pack")
REVISION_OF_HOLDS_A = QT_TRANSLATE_NOOP(
    "samples", "Revision {revision} of {code} holds a damaged dimension")
CANNOT_GO_INTO_PRODUCTION = QT_TRANSLATE_NOOP(
    "samples", "{design_code} cannot go into production: it has no issued tech pack "
    "revision, and production is held to an approved sample of it. Issue its "
    "tech pack, then record an approved sample round for that revision.")
ONLY_AN_APPROVAL_WITH = QT_TRANSLATE_NOOP(
    "samples", "Only an approval (with or without changes) makes the golden sample")


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
        self.dimension = check_text(self.dimension, QT_TRANSLATE_NOOP(
            "fields", "Dimension"), required=True)
        self.nominal = check_number(self.nominal, NOMINAL_OF(dimension=self.dimension),
                                    minimum=None)
        self.tolerance = check_number(self.tolerance, QT_TRANSLATE_NOOP("fields", "Tolerance"))
        self.measured = check_number(self.measured, MEASURED_OF(dimension=self.dimension),
                                     minimum=None)

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


# The names of a sample's measured figures, as a refusal says them.
NOMINAL_OF = QT_TRANSLATE_NOOP("fields", "{dimension} nominal")
MEASURED_OF = QT_TRANSLATE_NOOP("fields", "{dimension} measured")
DIMENSION_NAME = QT_TRANSLATE_NOOP("fields", "Dimension name")
NOMINAL_MM = QT_TRANSLATE_NOOP("fields", "Nominal '{dimension}' (mm)")
TOLERANCE_MM = QT_TRANSLATE_NOOP("fields", "Tolerance of '{dimension}' (± mm)")

APPROVING = frozenset({SampleDecision.APPROVED, SampleDecision.APPROVED_WITH_CHANGES})


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
    # Approved with deviations: the problems the user accepted (one per line, as they were
    # when the round was approved) and why. Both empty for any other round.
    deviations: str = ""
    deviation_reason: str = ""

    def __post_init__(self) -> None:
        self.round_number = check_count(self.round_number, QT_TRANSLATE_NOOP(
            "fields", "Round number"), minimum=1)
        self.deviations = check_text(self.deviations, QT_TRANSLATE_NOOP(
            "fields", "Accepted deviations"), max_len=20000)
        self.deviation_reason = check_text(self.deviation_reason, QT_TRANSLATE_NOOP(
            "fields", "Reason for the deviations"),
                                           max_len=20000)
        if self.deviation_reason and (self.decision is None
                                      or SampleDecision(self.decision) not in APPROVING):
            raise DomainError(ONLY_AN_APPROVED_ROUND())
        if self.received_on is not None and self.received_on < self.requested_on:
            raise DomainError(A_SAMPLE_CANNOT_BE(requested_on=self.requested_on))
        if self.decision is not None:
            self.decision = SampleDecision(self.decision)
            if self.received_on is None:
                raise DomainError(A_SAMPLE_THAT_HAS())
        if (self.decided_on is not None and self.received_on is not None
                and self.decided_on < self.received_on):
            raise DomainError(A_DECISION_CANNOT_BE(received_on=self.received_on))
        if self.measured_weight_g is not None:
            self.measured_weight_g = check_number(self.measured_weight_g, QT_TRANSLATE_NOOP(
                "fields", "Measured weight (g)"),
                                                  allow_equal=False, maximum=Decimal(100000))
        stages = [QcStage(check.stage) for check in self.qc_checks]
        if len(stages) != len(set(stages)):
            raise DomainError(EACH_QC_STAGE_CAN())
        self.dfm_feedback = check_text(self.dfm_feedback, QT_TRANSLATE_NOOP(
            "fields", "DFM feedback"), max_len=20000)
        self.notes = check_text(self.notes, QT_TRANSLATE_NOOP("fields", "Notes"), max_len=20000)

    @property
    def state(self) -> str:
        if self.decision is not None:
            return self.decision.value
        return "received" if self.received_on else "requested"

    @property
    def approved(self) -> bool:
        return self.decision in APPROVING

    @property
    def with_deviations(self) -> bool:
        """Approved with deviations: approved although it had problems, for a reason."""
        return self.approved and bool(self.deviation_reason)

    @property
    def deviation_lines(self) -> list[str]:
        return [line for line in self.deviations.splitlines() if line.strip()]


def next_round_number(existing: Iterable[int]) -> int:
    """The next round with one supplier for one design: 1, then one after the highest."""
    return max(existing, default=0) + 1


# --- measuring against the tech pack ----------------------------------------------------


@dataclass(frozen=True)
class ToleranceCheck:
    """A measured value against nominal ± tolerance. Exactly at a limit is in tolerance."""

    what: str
    nominal: Decimal
    tolerance: Decimal
    measured: Decimal
    unit: str = "mm"

    @property
    def deviation(self) -> Decimal:
        """Measured − nominal: positive when the piece is larger or heavier."""
        return self.measured - self.nominal

    @property
    def excess(self) -> Decimal:
        """How far beyond the tolerance the value lies (0 when in tolerance)."""
        return max(Decimal(0), abs(self.deviation) - self.tolerance)

    @property
    def in_tolerance(self) -> bool:
        return abs(self.deviation) <= self.tolerance

    @property
    def over(self) -> bool:
        """Out of tolerance on the large (heavy) side; False on the small side or in it."""
        return not self.in_tolerance and self.deviation > 0

    def describe(self) -> str:
        """'in tolerance', or e.g. '0.05 mm over the upper limit (2.10 mm)'."""
        if self.in_tolerance:
            return "in tolerance"
        unit = f" {self.unit}" if self.unit else ""
        if self.over:
            return (f"{self.excess}{unit} over the upper limit "
                    f"({self.nominal + self.tolerance}{unit})")
        return (f"{self.excess}{unit} under the lower limit "
                f"({self.nominal - self.tolerance}{unit})")


@dataclass(frozen=True)
class SheetLine:
    """One dimension to measure: what the revision asks for."""

    dimension: str
    nominal: Decimal
    tolerance: Decimal
    critical: bool = False
    unit: str = "mm"

    def check(self, measured: Decimal) -> ToleranceCheck:
        return ToleranceCheck(self.dimension, self.nominal, self.tolerance, measured, self.unit)

    def measurement(self, measured: Decimal) -> Measurement:
        return Measurement(self.dimension, self.nominal, self.tolerance, measured, self.unit)


@dataclass(frozen=True)
class MeasurementSheet:
    """What a sample of one tech pack revision is measured against."""

    design_code: str
    revision: str
    lines: tuple[SheetLine, ...]
    target_weight_g: Decimal | None = None
    weight_tolerance_g: Decimal | None = None

    @property
    def weighs(self) -> bool:
        """Whether the revision gives a weight with a tolerance to weigh the sample against."""
        return self.target_weight_g is not None and self.weight_tolerance_g is not None

    def line(self, dimension: str) -> SheetLine | None:
        wanted = dimension.strip().casefold()
        return next((line for line in self.lines if line.dimension.casefold() == wanted), None)

    def check_weight(self, measured_g: Decimal) -> ToleranceCheck | None:
        if self.target_weight_g is None or self.weight_tolerance_g is None:
            return None
        return ToleranceCheck("weight", self.target_weight_g, self.weight_tolerance_g,
                              measured_g, "g")

    def checks(self, sample: SampleRound) -> list[ToleranceCheck]:
        """Every measured value of the sample against this sheet (a measurement the sheet
        does not list is checked against the nominal and tolerance it was recorded with)."""
        found = []
        if sample.measured_weight_g is not None:
            weight = self.check_weight(sample.measured_weight_g)
            if weight is not None:
                found.append(weight)
        for m in sample.measurements:
            line = self.line(m.dimension)
            found.append(line.check(m.measured) if line is not None else
                         ToleranceCheck(m.dimension, m.nominal, m.tolerance, m.measured, m.unit))
        return found

    def out_of_tolerance(self, sample: SampleRound) -> list[ToleranceCheck]:
        return [check for check in self.checks(sample) if not check.in_tolerance]


def measurement_sheet(design_code: str, revision: str, dimensions: Iterable[SheetLine],
                      target_weight_g: Decimal | None,
                      weight_tolerance_g: Decimal | None) -> MeasurementSheet:
    """The sheet for a revision. DomainError when the revision gives nothing to measure
    against: no dimensions, and no weight with a tolerance."""
    sheet = MeasurementSheet(design_code, revision, tuple(dimensions), target_weight_g,
                             weight_tolerance_g)
    if not sheet.lines and not sheet.weighs:
        raise DomainError(REVISION_OF_GIVES_NO(revision=revision, design_code=design_code))
    return sheet


def sheet_from_snapshot(snapshot: Mapping[str, Any]) -> MeasurementSheet:
    """The sheet for a tech pack snapshot (docs/techpack-format.md: 'dimensions',
    'finished_weight_g' — the BOM's metal weight when the draft gave none — and
    'weight_tolerance_g'). Raises DomainError."""
    design = snapshot.get("design")
    code = str(design.get("code", "")) if isinstance(design, Mapping) else ""
    revision = str(snapshot.get("revision", ""))
    lines = []
    for entry in snapshot.get("dimensions") or []:
        if not isinstance(entry, Mapping):
            raise DomainError(REVISION_OF_HOLDS_A(revision=revision, code=code))
        name = check_text(str(entry.get("name", "")), DIMENSION_NAME, required=True)
        lines.append(SheetLine(
            name, check_number(entry.get("nominal_mm"), NOMINAL_MM(dimension=name)),
            check_number(entry.get("tolerance_mm"), TOLERANCE_MM(dimension=name)),
            entry.get("critical") is True))

    def optional(key: str, what: What) -> Decimal | None:
        value = snapshot.get(key)
        return None if value is None else check_number(value, what)

    return measurement_sheet(code, revision, lines,
                             optional("finished_weight_g",
                                      QT_TRANSLATE_NOOP("fields", "Finished weight (g)")),
                             optional("weight_tolerance_g",
                                      QT_TRANSLATE_NOOP("fields", "Weight tolerance (± g)")))


# --- what production is held to ---------------------------------------------------------


class _Decided(Protocol):
    @property
    def tech_pack_revision_id(self) -> int | None: ...

    @property
    def decision(self) -> SampleDecision | str | None: ...


def _approves(sample: _Decided, revision_id: int | None) -> bool:
    return (revision_id is not None and sample.tech_pack_revision_id == revision_id
            and sample.decision is not None and SampleDecision(sample.decision) in APPROVING)


def production_allowed(design_status: LifecycleStatus | str, samples: Iterable[_Decided],
                       current_revision_id: int | None) -> bool:
    """Whether a design whose stored status is design_status may be in production: it is
    already, or one of its samples of the current (newest issued) tech pack revision was
    approved (with or without changes)."""
    if LifecycleStatus(design_status) is LifecycleStatus.PRODUCTION:
        return True
    return any(_approves(sample, current_revision_id) for sample in samples)


def require_production_sample(design_code: str, design_status: LifecycleStatus | str,
                              samples: Iterable[_Decided], current_revision_id: int | None,
                              current_revision: str | None) -> None:
    """DomainError saying what to do when the design may not move to production."""
    samples = list(samples)
    if production_allowed(design_status, samples, current_revision_id):
        return
    if current_revision_id is None:
        raise DomainError(
            CANNOT_GO_INTO_PRODUCTION(design_code=design_code))
    earlier = any(sample.decision is not None and SampleDecision(sample.decision) in APPROVING
                  for sample in samples)
    raise DomainError(
        f"{design_code} cannot go into production without an approved sample of its current "
        f"tech pack revision {current_revision}"
        + (" (the approved samples are of earlier revisions)" if earlier else "")
        + f". Record a sample round for revision {current_revision} and approve it first.")


# --- approving despite problems ----------------------------------------------------------
#
# A round with a failed QC stage, a critical dimension out of tolerance or (when its revision
# gives a weight tolerance) a weight out of tolerance can be approved only as a decision: the
# problems are named and the user gives a reason; the round is then "approved with
# deviations". It still approves the design (its photos are the golden sample), and the
# accepted deviations travel with it: the timeline, the design editor and the notes of the
# next tech pack revision show them.
#
# A non-critical dimension out of tolerance is not a problem here: the tech pack marks critical
# what must hold for fit and function, and asking about every small miss would teach people to
# click the question away. It stays marked out of tolerance in the measurements.


class ProblemKind(StrEnum):
    QC_FAILED = "qc_failed"
    DIMENSION = "dimension"
    WEIGHT = "weight"


@dataclass(frozen=True)
class ApprovalProblem:
    """One thing that stands against approving a round, as data."""

    kind: ProblemKind
    what: str                      # the stage's name, the dimension, or "weight"
    note: str = ""                 # a failed stage's note
    stage: QcStage | None = None
    check: ToleranceCheck | None = None

    def describe(self) -> str:
        """One line, e.g. 'QC stage 6 Final audit failed: clasp stiff' or 'band width
        (critical): measured 2.25 mm, spec 2.0 ± 0.1 mm, 0.15 mm over'."""
        if self.kind is ProblemKind.QC_FAILED:
            stage = f"QC stage {int(self.stage)} {self.what}" if self.stage else self.what
            return f"{stage} failed" + (f": {self.note}" if self.note else " (no note)")
        assert self.check is not None
        check = self.check
        unit = f" {check.unit}" if check.unit else ""
        side = "over" if check.over else "under"
        label = "weight" if self.kind is ProblemKind.WEIGHT else f"{self.what} (critical)"
        shown = _alike(check.measured, check.nominal, check.tolerance, check.excess)
        measured, nominal, tolerance, excess = shown
        return (f"{label}: measured {measured}{unit}, spec {nominal} ± {tolerance}{unit}, "
                f"{excess}{unit} {side}")


def _alike(*values: Decimal) -> list[str]:
    """The values written with the same decimal places: at least 2, as many as any has."""
    exponents = [v.as_tuple().exponent for v in values]
    places = max([2] + [-e for e in exponents if isinstance(e, int)])
    quantum = Decimal(1).scaleb(-places)
    return [f"{v.quantize(quantum):f}" for v in values]


class DeviationsNeedReason(DomainError):
    """A round with problems cannot simply be approved: its problems, to name them."""

    def __init__(self, problems: list[ApprovalProblem], *, approved: bool = False) -> None:
        self.problems = problems
        named = "; ".join(p.describe() for p in problems)
        if approved:
            super().__init__(
                f"This round is approved, and the change would give it a problem it was not "
                f"approved with: {named}. Clear its decision first, then approve it again with "
                "deviations or reject it")
        else:
            super().__init__(f"This round cannot simply be approved: {named}. Approve it with "
                             "deviations, giving the reason, or reject it")


def approval_problems(sample: SampleRound,
                      sheet: MeasurementSheet | None) -> list[ApprovalProblem]:
    """What stands against approving the round: its failed QC stages (in stage order), then
    its critical dimensions out of tolerance (in the sheet's order), then its weight when the
    sheet gives a weight tolerance. Without a sheet (no revision) only the QC counts."""
    problems = [ApprovalProblem(ProblemKind.QC_FAILED, QC_STAGE_NAMES[check.stage],
                                check.notes.strip(), check.stage)
                for check in sorted(sample.qc_checks, key=lambda c: int(c.stage))
                if check.result is QcResult.FAIL]
    if sheet is None:
        return problems
    measured = {m.dimension.casefold(): m for m in sample.measurements}
    for line in sheet.lines:
        found = measured.get(line.dimension.casefold())
        if line.critical and found is not None:
            check = line.check(found.measured)
            if not check.in_tolerance:
                problems.append(ApprovalProblem(ProblemKind.DIMENSION, line.dimension,
                                                check=check))
    if sample.measured_weight_g is not None:
        weight = sheet.check_weight(sample.measured_weight_g)
        if weight is not None and not weight.in_tolerance:
            problems.append(ApprovalProblem(ProblemKind.WEIGHT, "weight", check=weight))
    return problems


def approve_round(sample: SampleRound, decision: SampleDecision | str, decided_on: dt.date,
                  sheet: MeasurementSheet | None, reason: str = "") -> SampleRound:
    """The round approved: plainly when it has no problems, with deviations (the problems and
    the reason) when it has and a reason is given. DeviationsNeedReason (with the problems)
    when it has problems and no reason; DomainError for a decision that does not approve."""
    decision = SampleDecision(decision)
    if decision not in APPROVING:
        raise DomainError(ONLY_AN_APPROVAL_WITH())
    reason = check_text(reason, QT_TRANSLATE_NOOP(
        "fields", "Reason for the deviations"), max_len=20000)
    problems = approval_problems(sample, sheet)
    if problems and not reason:
        raise DeviationsNeedReason(problems)
    return replace(sample, decision=decision, decided_on=decided_on,
                   deviations="\n".join(p.describe() for p in problems) if problems else "",
                   deviation_reason=reason if problems else "")


def check_approval(sample: SampleRound, sheet: MeasurementSheet | None) -> None:
    """DeviationsNeedReason when the round is approved with problems and no reason: no path
    (editor, import, script) stores a plain approval of a round with problems."""
    if sample.approved and not sample.deviation_reason:
        problems = approval_problems(sample, sheet)
        if problems:
            raise DeviationsNeedReason(problems)


def check_change(before: SampleRound, after: SampleRound,
                 sheet: MeasurementSheet | None) -> None:
    """An approved round changed without a new decision (a QC result, a measurement …):
    DeviationsNeedReason(approved=True) when the change gives it a problem that it was
    neither approved with (accepted as a deviation) nor had already."""
    if not after.approved:
        return
    known = set(after.deviation_lines) | {p.describe() for p in approval_problems(before, sheet)}
    added = [p for p in approval_problems(after, sheet) if p.describe() not in known]
    if added:
        raise DeviationsNeedReason(added, approved=True)


def deviation_note(design_code: str, round_number: int, supplier: str, revision: str,
                   decided_on: dt.date | None, deviations: Iterable[str], reason: str) -> str:
    """The line a later tech pack revision's notes carry for a round approved with
    deviations."""
    on = f", approved {decided_on.isoformat()}" if decided_on else ""
    rev = f" of revision {revision}" if revision else ""
    return (f"Accepted deviations ({design_code} sample round {round_number}{rev} from "
            f"{supplier}{on}): " + "; ".join(deviations) + f". Reason: {reason}")
