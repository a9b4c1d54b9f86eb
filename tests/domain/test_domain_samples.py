"""Sample rounds: measuring against a revision's tolerances, and what production is held to."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from jewelbench.domain.designs import LifecycleStatus
from jewelbench.domain.samples import (
    DeviationsNeedReason,
    Measurement,
    ProblemKind,
    QcCheck,
    QcResult,
    QcStage,
    SampleDecision,
    SampleRound,
    SheetLine,
    ToleranceCheck,
    approval_problems,
    approve_round,
    check_approval,
    deviation_note,
    measurement_sheet,
    next_round_number,
    production_allowed,
    require_production_sample,
    sheet_from_snapshot,
)
from jewelbench.domain.validation import DomainError

D = Decimal
DAY = dt.date(2026, 3, 2)


def _sheet(weight: str | None = "3.80", weight_tolerance: str | None = "0.15"):
    return measurement_sheet(
        "RG-014", "B",
        [SheetLine("band width", D("2.0"), D("0.1"), critical=True),
         SheetLine("head height", D("6.2"), D("0.2"))],
        None if weight is None else D(weight),
        None if weight_tolerance is None else D(weight_tolerance))


# --- tolerance edges ---------------------------------------------------------------------


@pytest.mark.parametrize(("measured", "in_tolerance"), [
    ("2.1", True),     # exactly at the upper limit
    ("1.9", True),     # exactly at the lower limit
    ("2.10", True),    # the same limit written with more digits
    ("2.1001", False),  # just over
    ("1.8999", False),  # just under
    ("2.0", True),
])
def test_a_value_exactly_at_a_limit_passes_and_just_beyond_fails(measured, in_tolerance):
    check = _sheet().line("band width").check(D(measured))
    assert check.in_tolerance is in_tolerance


def test_an_out_of_tolerance_value_says_by_how_much_and_on_which_side():
    line = _sheet().line("band width")
    over = line.check(D("2.15"))
    assert (over.deviation, over.excess, over.over) == (D("0.15"), D("0.05"), True)
    assert over.describe() == "0.05 mm over the upper limit (2.1 mm)"
    under = line.check(D("1.82"))
    assert (under.excess, under.over) == (D("0.08"), False)
    assert under.describe() == "0.08 mm under the lower limit (1.9 mm)"
    inside = line.check(D("2.05"))
    assert (inside.excess, inside.describe()) == (D(0), "in tolerance")


def test_weight_is_checked_against_the_finished_weight_and_its_tolerance():
    sheet = _sheet()
    assert sheet.weighs
    assert sheet.check_weight(D("3.95")).in_tolerance, "3.80 + 0.15 exactly"
    light = sheet.check_weight(D("3.62"))
    assert not light.in_tolerance
    assert (light.excess, light.unit) == (D("0.03"), "g")
    assert light.describe() == "0.03 g under the lower limit (3.65 g)"


def test_no_weight_check_without_a_weight_tolerance():
    sheet = _sheet(weight_tolerance=None)
    assert not sheet.weighs
    assert sheet.check_weight(D("9.99")) is None


def test_a_sheet_checks_every_measured_value_of_a_sample():
    sheet = _sheet()
    sample = SampleRound(1, 1, 1, DAY, received_on=DAY, measured_weight_g=D("4.00"),
                         measurements=[
                             Measurement("Band width", D("2.0"), D("0.1"), D("2.02")),
                             Measurement("head height", D("6.2"), D("0.2"), D("6.45")),
                             Measurement("plating (XRF)", D("2.8"), D("0.3"), D("2.4"), "µm")])
    checks = sheet.checks(sample)
    assert [c.what for c in checks] == ["weight", "band width", "head height", "plating (XRF)"]
    out = sheet.out_of_tolerance(sample)
    assert [(c.what, c.excess) for c in out] == [
        ("weight", D("0.05")), ("head height", D("0.05")), ("plating (XRF)", D("0.1"))]


def test_a_revision_without_tolerances_says_what_to_add():
    with pytest.raises(DomainError) as error:
        measurement_sheet("R-101", "B", [], D("3.8"), None)
    assert str(error.value) == ("Revision B of R-101 gives no dimensions or weight tolerance "
                                "to measure against: add them in its tech pack")
    with pytest.raises(DomainError, match="Revision A of R-101 gives no dimensions"):
        measurement_sheet("R-101", "A", [], None, D("0.1"))  # a tolerance but no weight
    # a weight with its tolerance alone is enough to measure against
    assert measurement_sheet("R-101", "B", [], D("3.8"), D("0.1")).weighs


def test_a_sheet_from_a_tech_pack_snapshot():
    snapshot = {"design": {"code": "RG-014"}, "revision": "B",
                "dimensions": [{"name": "band width", "nominal_mm": "2.0",
                                "tolerance_mm": "0.1", "critical": True}],
                "finished_weight_g": "3.80", "weight_tolerance_g": "0.15"}
    sheet = sheet_from_snapshot(snapshot)
    assert (sheet.design_code, sheet.revision) == ("RG-014", "B")
    assert sheet.lines == (SheetLine("band width", D("2.0"), D("0.1"), critical=True),)
    assert (sheet.target_weight_g, sheet.weight_tolerance_g) == (D("3.80"), D("0.15"))
    with pytest.raises(DomainError, match="Revision C of RG-014 gives no dimensions"):
        sheet_from_snapshot({"design": {"code": "RG-014"}, "revision": "C",
                             "dimensions": [], "finished_weight_g": "3.8",
                             "weight_tolerance_g": None})


def test_tolerance_checks_are_exact_decimals():
    check = ToleranceCheck("band width", D("0.3"), D("0.1"), D("0.4"))
    assert check.in_tolerance, "0.1 + 0.2 style float error would fail this"


# --- the rules of a round ----------------------------------------------------------------


def test_round_numbers_count_up_per_design_and_supplier():
    assert next_round_number([]) == 1
    assert next_round_number([1, 2]) == 3
    assert next_round_number([3, 1]) == 4


def test_a_decision_needs_a_received_sample():
    with pytest.raises(DomainError, match="not been received cannot be decided"):
        SampleRound(1, 1, 1, DAY, decision=SampleDecision.APPROVED)
    decided = SampleRound(1, 1, 1, DAY, received_on=DAY, decision="rejected", decided_on=DAY)
    assert decided.state == "rejected"
    with pytest.raises(DomainError, match="not been received"):
        replace(decided, received_on=None)


def test_a_decision_cannot_be_dated_before_the_sample_arrived():
    with pytest.raises(DomainError, match="before the sample was received"):
        SampleRound(1, 1, 1, DAY, received_on=DAY + dt.timedelta(days=5),
                    decision="approved", decided_on=DAY + dt.timedelta(days=4))


def test_received_before_requested_and_bad_weights_are_refused():
    with pytest.raises(DomainError, match="received before it was requested"):
        SampleRound(1, 1, 1, DAY, received_on=DAY - dt.timedelta(days=1))
    with pytest.raises(DomainError, match="Measured weight"):
        SampleRound(1, 1, 1, DAY, measured_weight_g=D("-1"))
    with pytest.raises(DomainError, match="Measured weight"):
        SampleRound(1, 1, 1, DAY, measured_weight_g=D("0"))


def test_each_qc_stage_once_per_round():
    with pytest.raises(DomainError, match="only once"):
        SampleRound(1, 1, 1, DAY, qc_checks=[QcCheck(2, "pass"), QcCheck(2, "fail")])


# --- what production is held to ----------------------------------------------------------


def _round(revision_id, decision, number=1):
    return SampleRound(5, 3, number, DAY, tech_pack_revision_id=revision_id,
                       received_on=DAY if decision else None, decision=decision)


@pytest.mark.parametrize("decision", ["approved", "approved_with_changes"])
def test_an_approved_sample_of_the_current_revision_allows_production(decision):
    samples = [_round(8, "rejected"), _round(9, decision, 2)]
    assert production_allowed(LifecycleStatus.APPROVED, samples, current_revision_id=9)


def test_production_is_refused_without_an_approved_sample_of_the_current_revision():
    assert not production_allowed("approved", [], 9)
    assert not production_allowed("sampling", [_round(9, "rejected")], 9)
    assert not production_allowed("sampling", [_round(9, None)], 9)
    # approved, but of revision A, and revision B is current
    assert not production_allowed("approved", [_round(8, "approved")], 9)
    assert not production_allowed("approved", [_round(None, "approved")], None)
    # a design already in production stays allowed (a new revision issued meanwhile)
    assert production_allowed(LifecycleStatus.PRODUCTION, [], 9)


def test_the_refusal_says_which_revision_needs_an_approved_sample():
    with pytest.raises(DomainError) as error:
        require_production_sample("RG-014", "approved", [_round(8, "approved")], 9, "B")
    message = str(error.value)
    assert "RG-014 cannot go into production without an approved sample of its current " \
           "tech pack revision B" in message
    assert "earlier revisions" in message
    with pytest.raises(DomainError, match="no issued tech pack revision"):
        require_production_sample("RG-014", "sampling", [], None, None)
    require_production_sample("RG-014", "approved", [_round(9, "approved")], 9, "B")


# --- approving despite problems ----------------------------------------------------------

def _received(**kwargs) -> SampleRound:
    return SampleRound(design_id=1, supplier_id=2, round_number=1, requested_on=DAY,
                       received_on=DAY, tech_pack_revision_id=7, **kwargs)


def test_a_clean_round_has_no_problems_and_is_approved_plainly():
    sample = _received(measured_weight_g=D("3.80"),
                       measurements=[Measurement("band width", D("2.0"), D("0.1"), D("2.1"))],
                       qc_checks=[QcCheck(stage, QcResult.PASS) for stage in QcStage])
    assert approval_problems(sample, _sheet()) == []
    approved = approve_round(sample, SampleDecision.APPROVED, DAY, _sheet())
    assert approved.approved and not approved.with_deviations
    assert (approved.deviations, approved.deviation_reason) == ("", "")


def test_failed_stages_critical_dimensions_and_the_weight_are_problems_in_that_order():
    sample = _received(
        measured_weight_g=D("3.60"),  # 3.80 ± 0.15: 0.05 g under
        measurements=[Measurement("band width", D("2.0"), D("0.1"), D("2.25")),  # critical
                      Measurement("head height", D("6.2"), D("0.2"), D("7.0"))],  # not critical
        qc_checks=[QcCheck(QcStage.FINAL_AUDIT, QcResult.FAIL, "clasp stiff"),
                   QcCheck(QcStage.RAW_CASTING, QcResult.FAIL),
                   QcCheck(QcStage.PRE_POLISH, QcResult.PASS, "fine")])
    problems = approval_problems(sample, _sheet())
    assert [(p.kind, p.what) for p in problems] == [
        (ProblemKind.QC_FAILED, "Raw casting"), (ProblemKind.QC_FAILED, "Final audit"),
        (ProblemKind.DIMENSION, "band width"), (ProblemKind.WEIGHT, "weight")]
    assert [p.describe() for p in problems] == [
        "QC stage 2 Raw casting failed (no note)",
        "QC stage 6 Final audit failed: clasp stiff",
        "band width (critical): measured 2.25 mm, spec 2.00 ± 0.10 mm, 0.15 mm over",
        "weight: measured 3.60 g, spec 3.80 ± 0.15 g, 0.05 g under"]
    assert problems[2].check.excess == D("0.15")  # as data, not only as text


def test_a_non_critical_dimension_out_of_tolerance_is_not_a_problem():
    """The tech pack marks critical what must hold for fit and function; a miss on any other
    dimension stays flagged in the measurements but does not stop a one-click approval."""
    sample = _received(measurements=[Measurement("head height", D("6.2"), D("0.2"), D("7.0"))])
    assert _sheet().out_of_tolerance(sample) != []
    assert approval_problems(sample, _sheet()) == []


def test_the_weight_counts_only_when_the_revision_gives_a_weight_tolerance():
    sample = _received(measured_weight_g=D("9.99"))
    assert [p.kind for p in approval_problems(sample, _sheet())] == [ProblemKind.WEIGHT]
    assert approval_problems(sample, _sheet(weight_tolerance=None)) == []


def test_without_a_revision_only_the_qc_counts():
    sample = _received(measurements=[Measurement("band width", D("2.0"), D("0.1"), D("9"))],
                       qc_checks=[QcCheck(QcStage.STONE_SETTING, QcResult.FAIL, "loose")])
    assert [p.describe() for p in approval_problems(sample, None)] == [
        "QC stage 5 Stone setting failed: loose"]


def test_a_plain_approval_with_problems_is_refused_with_the_problems_as_data():
    sample = _received(qc_checks=[QcCheck(QcStage.FINAL_AUDIT, QcResult.FAIL, "clasp")])
    for reason in ("", "   "):
        with pytest.raises(DeviationsNeedReason) as refused:
            approve_round(sample, SampleDecision.APPROVED_WITH_CHANGES, DAY, _sheet(), reason)
        assert [p.stage for p in refused.value.problems] == [QcStage.FINAL_AUDIT]
        assert "Final audit failed: clasp" in str(refused.value)
    with pytest.raises(DeviationsNeedReason):
        check_approval(replace(sample, decision=SampleDecision.APPROVED), _sheet())
    with pytest.raises(DomainError, match="Only an approval"):
        approve_round(sample, SampleDecision.REJECTED, DAY, _sheet(), "why not")


def test_with_a_reason_it_is_approved_with_deviations():
    sample = _received(qc_checks=[QcCheck(QcStage.FINAL_AUDIT, QcResult.FAIL, "clasp")])
    approved = approve_round(sample, SampleDecision.APPROVED, DAY, _sheet(), "  launch  ")
    assert approved.decision is SampleDecision.APPROVED and approved.with_deviations
    assert approved.deviation_lines == ["QC stage 6 Final audit failed: clasp"]
    assert approved.deviation_reason == "launch"
    check_approval(approved, _sheet())  # accepted: no longer refused
    # a reason given for a clean round is not kept: there is nothing to deviate from
    clean = approve_round(_received(), SampleDecision.APPROVED, DAY, _sheet(), "launch")
    assert not clean.with_deviations and clean.deviation_reason == ""


def test_only_an_approved_round_carries_deviations():
    with pytest.raises(DomainError, match="Only an approved round"):
        _received(decision=SampleDecision.REJECTED, decided_on=DAY, deviation_reason="x")
    with pytest.raises(DomainError, match="Only an approved round"):
        _received(deviation_reason="x")


def test_the_note_for_the_next_revision():
    assert deviation_note("RG-014", 2, "Siam", "B", DAY, ["a", "b"], "launch") == (
        "Accepted deviations (RG-014 sample round 2 of revision B from Siam, approved "
        "2026-03-02): a; b. Reason: launch")
