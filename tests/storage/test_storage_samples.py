"""Sample rounds in the file: editing, deleting, the timeline, approving (one transaction) and
the production rule the design repository holds to."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
import storage_helpers as make

from jewelbench.domain.designs import LifecycleStatus
from jewelbench.domain.samples import (
    DeviationsNeedReason,
    Measurement,
    QcCheck,
    QcResult,
    QcStage,
    SampleDecision,
    SamplePhoto,
    SampleRound,
)
from jewelbench.domain.techpacks import Dimension, TechPackDraft
from jewelbench.domain.validation import DomainError
from jewelbench.storage.repository import DuplicateError, NotFound

DAY = dt.date(2026, 3, 2)
D = Decimal


def _issued(workspace, design_id, draft: TechPackDraft, on=DAY):
    revision = workspace.tech_packs.draft_for(design_id)
    workspace.tech_packs.save_draft(revision.id, draft)
    return workspace.tech_packs.issue(revision.id, "for sampling", on).id


@pytest.fixture
def shop(make_workspace):
    workspace = make_workspace()
    design_id = workspace.designs.add(make.design(status=LifecycleStatus.SAMPLING, images=[]))
    supplier_id = workspace.suppliers.add(make.supplier())
    revision_id = _issued(workspace, design_id, TechPackDraft(
        dimensions=[Dimension("band width", D("2.0"), D("0.1"), critical=True)],
        finished_weight_g=D("3.30"), weight_tolerance_g=D("0.15")))
    return workspace, design_id, supplier_id, revision_id


def _photo(caption: str) -> SamplePhoto:
    return SamplePhoto(make.IMAGE_BYTES, make.THUMB_BYTES, "image/png", caption)


def _round(design_id, supplier_id, revision_id, number=1, requested=DAY, **kwargs):
    return SampleRound(design_id, supplier_id, number, requested,
                       tech_pack_revision_id=revision_id, **kwargs)


def test_update_rewrites_the_round_and_keeps_photo_ids(shop):
    workspace, design_id, supplier_id, revision_id = shop
    sample_id = workspace.samples.add(_round(design_id, supplier_id, revision_id,
                                             photos=[_photo("front"), _photo("side")]))
    stored = workspace.samples.get(sample_id)
    ids = [p.id for p in stored.photos]
    changed = replace(stored, received_on=DAY + dt.timedelta(days=9),
                      measured_weight_g=D("3.41"),
                      measurements=[Measurement("band width", D("2.0"), D("0.1"), D("2.12"))],
                      qc_checks=[QcCheck(6, "fail", "2.12 mm wide")],
                      photos=[replace(stored.photos[1], caption="side, 10×")])
    workspace.samples.update(changed)
    again = workspace.samples.get(sample_id)
    assert again.received_on == DAY + dt.timedelta(days=9)
    assert again.measured_weight_g == D("3.41")
    assert [m.measured for m in again.measurements] == [D("2.12")]
    assert [(int(c.stage), c.result.value, c.notes) for c in again.qc_checks] == [
        (6, "fail", "2.12 mm wide")]
    assert [(p.id, p.caption) for p in again.photos] == [(ids[1], "side, 10×")]
    # undo of the photo's removal: the old round written back, the photo with its old id
    workspace.samples.update(stored)
    assert [p.id for p in workspace.samples.get(sample_id).photos] == ids


def test_delete_takes_measurements_qc_and_photos_and_add_puts_it_back_with_its_id(shop):
    workspace, design_id, supplier_id, revision_id = shop
    sample = _round(design_id, supplier_id, revision_id, received_on=DAY,
                    measurements=[Measurement("band width", D("2.0"), D("0.1"), D("2.0"))],
                    qc_checks=[QcCheck(1, "pass")], photos=[_photo("front")])
    sample_id = workspace.samples.add(sample)
    before = workspace.samples.get(sample_id)
    workspace.samples.delete(sample_id)
    with pytest.raises(NotFound):
        workspace.samples.get(sample_id)
    for table in ("sample_measurements", "qc_checks", "sample_photos"):
        assert make.query(workspace.path, f"SELECT count(*) FROM {table}") == [(0,)]
    assert workspace.samples.add(before) == sample_id
    assert make.exact(workspace.samples.get(sample_id)) == make.exact(before)


def test_round_numbers_are_per_design_and_supplier(shop):
    workspace, design_id, supplier_id, revision_id = shop
    other = workspace.suppliers.add(make.supplier("Vicenza Oro"))
    assert workspace.samples.next_round_number(design_id, supplier_id) == 1
    workspace.samples.add(_round(design_id, supplier_id, revision_id))
    workspace.samples.add(_round(design_id, supplier_id, revision_id, 2))
    assert workspace.samples.next_round_number(design_id, supplier_id) == 3
    assert workspace.samples.next_round_number(design_id, other) == 1
    with pytest.raises(DuplicateError, match="Round 2 already exists"):
        workspace.samples.add(_round(design_id, supplier_id, revision_id, 2))


def test_history_reads_as_a_timeline_and_lists_filter(shop):
    workspace, design_id, supplier_id, revision_id = shop
    other = workspace.suppliers.add(make.supplier("Vicenza Oro"))
    workspace.samples.add(_round(design_id, supplier_id, revision_id, 2,
                                 requested=DAY + dt.timedelta(days=40)))
    workspace.samples.add(_round(design_id, other, revision_id, 1,
                                 requested=DAY + dt.timedelta(days=10), notes="second source"))
    workspace.samples.add(_round(design_id, supplier_id, revision_id, 1))
    history = workspace.samples.history(design_id)
    assert [(h.supplier, h.round_number) for h in history] == [
        ("Siam Silver Works", 1), ("Vicenza Oro", 1), ("Siam Silver Works", 2)]
    assert history[1].notes == "second source"
    assert history[0].revision == "A" and history[0].tech_pack_revision_id == revision_id
    assert len(workspace.samples.summaries(supplier_id=other)) == 1
    assert len(workspace.samples.summaries(design_id=design_id)) == 3
    assert workspace.samples.summaries(design_id=design_id, supplier_id=other)[0].notes == \
        "second source"


def test_approving_moves_the_design_and_makes_this_rounds_photos_golden(shop):
    workspace, design_id, supplier_id, revision_id = shop
    first = workspace.samples.add(_round(design_id, supplier_id, revision_id, received_on=DAY,
                                         photos=[_photo("round 1")]))
    workspace.samples.approve(first, SampleDecision.APPROVED, DAY)  # an earlier approval
    second = workspace.samples.add(_round(design_id, supplier_id, revision_id, 2,
                                          received_on=DAY, photos=[_photo("a"), _photo("b")]))
    before = workspace.samples.golden_state(design_id)
    with workspace.transaction():
        returned = workspace.samples.approve(second, "approved_with_changes",
                                             DAY + dt.timedelta(days=1))
    assert returned == before
    assert workspace.designs.get(design_id).status is LifecycleStatus.APPROVED
    approved = workspace.samples.get(second)
    assert approved.decision is SampleDecision.APPROVED_WITH_CHANGES
    assert approved.decided_on == DAY + dt.timedelta(days=1)
    assert [p.is_golden for p in approved.photos] == [True, True]
    assert [p.is_golden for p in workspace.samples.get(first).photos] == [False]
    assert [p.caption for p in workspace.samples.golden_photos(design_id)] == ["a", "b"]
    # undo: the round as it was, then the design and the golden flags
    with workspace.transaction():
        workspace.samples.restore_golden_state(before)
    assert [p.caption for p in workspace.samples.golden_photos(design_id)] == ["round 1"]


def test_approval_of_a_sample_not_received_changes_nothing(shop):
    workspace, design_id, supplier_id, revision_id = shop
    sample_id = workspace.samples.add(_round(design_id, supplier_id, revision_id,
                                             photos=[_photo("x")]))
    with pytest.raises(DomainError, match="not been received"):
        workspace.samples.approve(sample_id, "approved", DAY)
    assert workspace.designs.get(design_id).status is LifecycleStatus.SAMPLING
    assert workspace.samples.golden_photos(design_id) == []
    with pytest.raises(DomainError, match="Only an approval"):
        workspace.samples.approve(sample_id, "rejected", DAY)


def test_a_design_in_production_stays_there_when_a_sample_is_approved(shop):
    workspace, design_id, supplier_id, revision_id = shop
    sample_id = workspace.samples.add(_round(design_id, supplier_id, revision_id,
                                             received_on=DAY))
    workspace.samples.approve(sample_id, "approved", DAY)
    design = workspace.designs.get(design_id)
    workspace.designs.update(replace(design, status=LifecycleStatus.PRODUCTION))
    workspace.samples.approve(sample_id, "approved_with_changes", DAY)
    assert workspace.designs.get(design_id).status is LifecycleStatus.PRODUCTION


def test_production_needs_an_approved_sample_of_the_current_revision(shop):
    workspace, design_id, supplier_id, revision_id = shop
    design = workspace.designs.get(design_id)
    to_production = replace(design, status=LifecycleStatus.PRODUCTION)
    with pytest.raises(DomainError, match="without an approved sample of its current tech "
                                          "pack revision A"):
        workspace.designs.update(to_production)
    assert workspace.designs.get(design_id).status is LifecycleStatus.SAMPLING
    sample_id = workspace.samples.add(_round(design_id, supplier_id, revision_id,
                                             received_on=DAY, decision="rejected"))
    with pytest.raises(DomainError, match="revision A"):
        workspace.designs.update(to_production)
    workspace.samples.approve(sample_id, "approved", DAY)
    workspace.designs.update(replace(workspace.designs.get(design_id),
                                     status=LifecycleStatus.PRODUCTION))
    assert workspace.designs.get(design_id).status is LifecycleStatus.PRODUCTION
    # once there, other edits of the design are not held up
    workspace.designs.update(replace(workspace.designs.get(design_id), name="Luna II"))

    # revision B issued: a design back from retired needs a sample of B
    _issued(workspace, design_id, TechPackDraft(
        dimensions=[Dimension("band width", D("2.2"), D("0.1"))]), DAY + dt.timedelta(days=30))
    retired = replace(workspace.designs.get(design_id), status=LifecycleStatus.RETIRED)
    workspace.designs.update(retired)
    with pytest.raises(DomainError, match="revision B \\(the approved samples are of earlier"):
        workspace.designs.update(replace(retired, status=LifecycleStatus.PRODUCTION))


def test_production_without_any_issued_revision_is_refused(make_workspace):
    workspace = make_workspace()
    design_id = workspace.designs.add(make.design(status=LifecycleStatus.APPROVED))
    with pytest.raises(DomainError, match="no issued tech pack revision"):
        workspace.designs.update(replace(workspace.designs.get(design_id),
                                         status=LifecycleStatus.PRODUCTION))


def test_the_measurement_sheet_of_a_revision(shop):
    workspace, design_id, _supplier_id, revision_id = shop
    sheet = workspace.samples.measurement_sheet(revision_id)
    assert (sheet.design_code, sheet.revision) == ("RG-014", "A")
    assert [(line.dimension, line.nominal, line.tolerance, line.critical)
            for line in sheet.lines] == [("band width", D("2.0"), D("0.1"), True)]
    assert (sheet.target_weight_g, sheet.weight_tolerance_g) == (D("3.30"), D("0.15"))
    bare = _issued(workspace, design_id, TechPackDraft(), DAY + dt.timedelta(days=1))
    with pytest.raises(DomainError) as error:
        workspace.samples.measurement_sheet(bare)
    assert str(error.value) == ("Revision B of RG-014 gives no dimensions or weight tolerance "
                                "to measure against: add them in its tech pack")


# --- approved with deviations ------------------------------------------------------------


def _troubled(design_id, supplier_id, revision_id, number=1):
    """Received with the final audit failed, the critical band width 0.15 mm over and the
    weight 0.20 g over 3.30 ± 0.15 g."""
    return _round(design_id, supplier_id, revision_id, number, received_on=DAY,
                  measured_weight_g=D("3.65"), photos=[_photo("front")],
                  measurements=[Measurement("band width", D("2.0"), D("0.1"), D("2.25"))],
                  qc_checks=[QcCheck(QcStage.FINAL_AUDIT, QcResult.FAIL, "clasp stiff")])


TROUBLE = ["QC stage 6 Final audit failed: clasp stiff",
           "band width (critical): measured 2.25 mm, spec 2.00 ± 0.10 mm, 0.15 mm over",
           "weight: measured 3.65 g, spec 3.30 ± 0.15 g, 0.20 g over"]


def test_a_round_with_problems_is_not_approved_without_a_reason(shop):
    workspace, design_id, supplier_id, revision_id = shop
    sample_id = workspace.samples.add(_troubled(design_id, supplier_id, revision_id))
    assert [p.describe() for p in workspace.samples.problems(sample_id)] == TROUBLE
    with pytest.raises(DeviationsNeedReason) as refused:
        workspace.samples.approve(sample_id, "approved", DAY)
    assert [p.describe() for p in refused.value.problems] == TROUBLE
    stored = workspace.samples.get(sample_id)
    assert stored.decision is None and not stored.photos[0].is_golden
    assert workspace.designs.get(design_id).status is LifecycleStatus.SAMPLING
    # nor by another road: writing the round approved, or adding it approved
    with pytest.raises(DeviationsNeedReason):
        workspace.samples.update(replace(stored, decision=SampleDecision.APPROVED,
                                         decided_on=DAY))
    assert workspace.samples.get(sample_id).decision is None
    with pytest.raises(DeviationsNeedReason):
        workspace.samples.add(replace(_troubled(design_id, supplier_id, revision_id, 2),
                                      decision=SampleDecision.APPROVED, decided_on=DAY))
    assert len(workspace.samples.summaries()) == 1


def test_approved_with_deviations_is_stored_read_back_and_still_approves(shop):
    workspace, design_id, supplier_id, revision_id = shop
    sample_id = workspace.samples.add(_troubled(design_id, supplier_id, revision_id))
    before = workspace.samples.get(sample_id)
    golden = workspace.samples.approve(sample_id, "approved", DAY, "Launch date — ✓")
    stored = workspace.samples.get(sample_id)
    assert stored.decision is SampleDecision.APPROVED and stored.with_deviations
    assert stored.deviation_lines == TROUBLE
    assert stored.deviation_reason == "Launch date — ✓"
    (summary,) = workspace.samples.history(design_id)
    assert summary.with_deviations and summary.deviation_lines == TROUBLE
    assert summary.deviation_reason == "Launch date — ✓"
    # it is an approval: the design moves, the photo is golden, production is allowed
    assert workspace.designs.get(design_id).status is LifecycleStatus.APPROVED
    assert [p.caption for p in workspace.samples.golden_photos(design_id)] == ["front"]
    workspace.samples.check_production(design_id, "RG-014")
    # undo, as ApproveSample does it: the round as it was, then the design and golden flags
    workspace.samples.update(before)
    workspace.samples.restore_golden_state(golden)
    back = workspace.samples.get(sample_id)
    assert back.decision is None and (back.deviations, back.deviation_reason) == ("", "")
    # and put back again (redo): an approved-with-deviations round can be written as is
    workspace.samples.update(stored)
    assert workspace.samples.get(sample_id).deviation_reason == "Launch date — ✓"


def test_a_clean_round_is_approved_without_a_reason(shop):
    workspace, design_id, supplier_id, revision_id = shop
    sample_id = workspace.samples.add(_round(
        design_id, supplier_id, revision_id, received_on=DAY, measured_weight_g=D("3.30"),
        measurements=[Measurement("band width", D("2.0"), D("0.1"), D("2.1"))],
        qc_checks=[QcCheck(stage, QcResult.PASS) for stage in QcStage]))
    assert workspace.samples.problems(sample_id) == []
    workspace.samples.approve(sample_id, "approved", DAY)
    assert not workspace.samples.get(sample_id).with_deviations


def test_the_next_tech_pack_revision_carries_the_accepted_deviations(shop):
    workspace, design_id, supplier_id, revision_id = shop
    sample_id = workspace.samples.add(_troubled(design_id, supplier_id, revision_id))
    workspace.samples.approve(sample_id, "approved_with_changes", DAY, "Launch date")
    supplier = workspace.suppliers.get(supplier_id).name
    draft = workspace.tech_packs.draft(workspace.tech_packs.draft_for(design_id).id)
    assert draft.dfm_notes.splitlines()[-1] == (
        f"Accepted deviations (RG-014 sample round 1 of revision A from {supplier}, approved "
        "2026-03-02): " + "; ".join(TROUBLE) + ". Reason: Launch date")
    # the line is written once: issuing B and starting C does not repeat A's round
    b = workspace.tech_packs.draft_for(design_id)
    workspace.tech_packs.issue(b.id, "B", DAY + dt.timedelta(days=3))
    c = workspace.tech_packs.draft(workspace.tech_packs.draft_for(design_id).id)
    assert c.dfm_notes.count("Accepted deviations") == 1


def test_a_plain_approval_leaves_the_next_revision_notes_alone(shop):
    workspace, design_id, supplier_id, revision_id = shop
    sample_id = workspace.samples.add(_round(design_id, supplier_id, revision_id,
                                             received_on=DAY))
    workspace.samples.approve(sample_id, "approved", DAY)
    draft = workspace.tech_packs.draft(workspace.tech_packs.draft_for(design_id).id)
    assert "Accepted deviations" not in draft.dfm_notes


def test_an_approved_round_does_not_gain_a_problem_it_was_not_approved_with(shop):
    workspace, design_id, supplier_id, revision_id = shop
    sample_id = workspace.samples.add(_round(design_id, supplier_id, revision_id,
                                             received_on=DAY))
    workspace.samples.approve(sample_id, "approved", DAY)
    approved = workspace.samples.get(sample_id)
    failed = replace(approved, qc_checks=[QcCheck(QcStage.FINAL_AUDIT, QcResult.FAIL, "clasp")])
    with pytest.raises(DeviationsNeedReason, match="This round is approved, and the change "
                       "would give it a problem it was not approved with: QC stage 6 Final "
                       "audit failed: clasp. Clear its decision first") as refused:
        workspace.samples.update(failed)
    assert [p.stage for p in refused.value.problems] == [QcStage.FINAL_AUDIT]
    assert workspace.samples.get(sample_id).qc_checks == []
    # a change that brings no problem is kept; so is a note on a stage that passed
    workspace.samples.update(replace(approved, notes="kept", qc_checks=[
        QcCheck(QcStage.FINAL_AUDIT, QcResult.PASS, "clasp fine")]))
    assert workspace.samples.get(sample_id).notes == "kept"
    # cleared, it can be failed, then approved again only with a reason
    cleared = replace(workspace.samples.get(sample_id), decision=None, decided_on=None)
    workspace.samples.update(cleared)
    workspace.samples.update(failed := replace(cleared, qc_checks=failed.qc_checks))
    assert workspace.samples.get(sample_id).qc_checks == failed.qc_checks
    workspace.samples.approve(sample_id, "approved", DAY, "clasp replaced before shipping")
    assert workspace.samples.get(sample_id).with_deviations


def test_a_round_approved_with_deviations_keeps_them_but_gains_no_other(shop):
    workspace, design_id, supplier_id, revision_id = shop
    sample_id = workspace.samples.add(_troubled(design_id, supplier_id, revision_id))
    workspace.samples.approve(sample_id, "approved", DAY, "launch")
    stored = workspace.samples.get(sample_id)
    workspace.samples.update(replace(stored, notes="accepted ones stay"))
    more = replace(stored, qc_checks=[*stored.qc_checks,
                                      QcCheck(QcStage.STONE_SETTING, QcResult.FAIL, "loose")])
    with pytest.raises(DeviationsNeedReason, match="Stone setting failed: loose"):
        workspace.samples.update(more)
