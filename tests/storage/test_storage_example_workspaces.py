"""One example workspace per schema version, kept in the repository and opened by today's app.

A later schema must still open each of these files (migrating a copy) with nothing lost. Make
a new one whenever a migration is added: tests/storage/workspaces/schema-N.jewelbench.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
import storage_helpers as make

from jewelbench.domain.techpacks import RevisionStatus
from jewelbench.storage import Workspace, schema
from jewelbench.storage.techpacks import IncompleteSnapshot

EXAMPLES = sorted((Path(__file__).parent / "workspaces").glob("schema-*.jewelbench"))
EXAMPLE = {int(re.search(r"schema-(\d+)", p.name).group(1)): p for p in EXAMPLES}


def test_there_is_an_example_for_every_schema_version():
    versions = sorted(int(re.search(r"schema-(\d+)", p.name).group(1)) for p in EXAMPLES)
    assert versions == list(range(1, schema.SCHEMA_VERSION + 1))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_example_opens_with_everything_in_it(example, tmp_path):
    version = int(re.search(r"schema-(\d+)", example.name).group(1))
    path = tmp_path / example.name
    shutil.copy(example, path)
    assert Workspace.check(path).error == ""
    with Workspace.open(path) as workspace:
        assert workspace.schema_version == schema.SCHEMA_VERSION
        migrated = version < schema.SCHEMA_VERSION
        assert (workspace.pre_migration_backup is not None) == migrated
        assert workspace.base_currency == "EUR"
        assert workspace.name == f"Schema {version} example"
        ring = workspace.designs.get_by_code("RG-014")
        assert make.exact(ring.metals) == make.exact(make.design("RG-014").metals)
        assert make.exact(ring.stones) == make.exact(make.design("RG-014").stones)
        assert workspace.designs.get_by_code("PD-003").name == "Wave Disc Pendant"
        revisions = workspace.tech_packs.for_design(ring.id)
        assert revisions[0].revision == "A"
        assert revisions[0].status is RevisionStatus.ISSUED
        (quote,) = workspace.quotes.summaries()
        assert quote.design_code == "RG-014"
        assert len(workspace.samples.summaries()) == 1
        assert workspace.scenarios.names()[0][1] == "Small studio"
        (gold,) = workspace.prices.metal_prices()
        assert gold.price_per_troy_oz.amount == Decimal("2950.10")
        (rate,) = workspace.prices.fx_rates()
        assert rate.rate == Decimal("1.0832")
    assert Workspace.check(path).ok


def test_a_schema_1_revision_is_kept_but_not_passed_off_as_a_complete_tech_pack(tmp_path):
    path = tmp_path / "old.jewelbench"
    shutil.copy(EXAMPLE[1], path)
    with Workspace.open(path) as workspace:
        backup = workspace.pre_migration_backup
        ring_id = workspace.designs.id_for_code("RG-014")
        (old,) = workspace.tech_packs.for_design(ring_id)
        assert old.content == {"stamp": "925"}  # as schema 1 stored it, untouched
        with pytest.raises(IncompleteSnapshot, match="older jewelbench"):
            workspace.tech_packs.snapshot(old.id)
        assert workspace.brand.get().name == ""
        assert [c.stage for c in workspace.tech_packs.qc_template()] == [1, 2, 3, 4, 5, 6]
        draft = workspace.tech_packs.draft_for(ring_id)  # the next revision can be written
        assert draft.revision == "B"
        assert workspace.tech_packs.snapshot(draft.id)["format"] == 1
    assert backup is not None and backup.exists()
    assert make.query(backup, "PRAGMA user_version") == [(1,)]


def test_the_schema_2_example_holds_a_frozen_revision_a_and_a_draft_b(tmp_path):
    path = tmp_path / EXAMPLE[2].name
    shutil.copy(EXAMPLE[2], path)
    with Workspace.open(path) as workspace:
        ring = workspace.designs.get_by_code("RG-014")
        a, b = workspace.tech_packs.for_design(ring.id)
        assert (a.revision, a.status, b.revision, b.status) == (
            "A", RevisionStatus.ISSUED, "B", RevisionStatus.DRAFT)
        snapshot = workspace.tech_packs.snapshot(a.id)
        assert snapshot["design"]["name"] == "Luna stacking ring"
        assert ring.name == "Luna stacking ring II"  # renamed after A was issued
        assert snapshot["dimensions"][0]["nominal_mm"] == "2.00"
        assert workspace.tech_packs.snapshot(b.id)["dimensions"][0]["nominal_mm"] == "2.20"
        assert snapshot["qc_criteria"][5]["criteria"].startswith("100 % check")
        cover = snapshot["images"][0]
        frozen = workspace.tech_packs.image_for_snapshot(a.id, cover["id"])
        assert frozen == make.IMAGE_BYTES  # the render A was issued with, not today's
        assert ring.images[0].image != frozen
        assert snapshot["callouts"][0]["image_id"] == cover["id"]
        assert workspace.tech_packs.brand_logo(a.id)[1] == "image/png"
        assert workspace.brand.get().name == "Aurelia Studio"
        assert [str(c) for c in workspace.tech_packs.diff(a.id, b.id)] == [
            "Design / Name: Luna stacking ring → Luna stacking ring II",
            "Images / Image 1: render, 1200 × 900 px, cover → render, 1200 × 900 px, cover, "
            "new picture",
            "Dimensions / Band width: 2.00 ± 0.10 mm, critical → 2.20 ± 0.10 mm, critical"]


def test_the_schema_3_example_holds_an_rfq_the_ring_quote_answered(tmp_path):
    path = tmp_path / EXAMPLE[3].name
    shutil.copy(EXAMPLE[3], path)
    with Workspace.open(path) as workspace:
        ring = workspace.designs.get_by_code("RG-014")
        (summary,) = workspace.rfqs.summaries(dt.date(2025, 6, 1))
        assert (summary.design_code, summary.revision, summary.quantities) == (
            "RG-014", "A", (50, 200, 1000))
        assert (summary.created_on, summary.reply_by) == (dt.date(2025, 2, 20),
                                                          dt.date(2025, 3, 6))
        (reply,) = summary.replies
        assert (reply.supplier, reply.state.value, reply.answered_on) == (
            "Siam Silver Works", "answered", dt.date(2025, 3, 1))
        rfq = workspace.rfqs.get(summary.id)
        assert rfq.tech_pack_revision_id == workspace.tech_packs.for_design(ring.id)[0].id
        assert (rfq.incoterm.value, rfq.currency) == ("CIF", None)
        assert rfq.notes == "Quote the bezel in 18k — ünïcode ✓\nsecond line"


def test_the_schema_4_example_holds_a_plan_landing_terms_and_what_a_quote_leaves(tmp_path):
    from jewelbench.domain.costing_inputs import CapexView, CustomsBasis

    path = tmp_path / EXAMPLE[4].name
    shutil.copy(EXAMPLE[4], path)
    with Workspace.open(path) as workspace:
        costing = workspace.costing
        ((plan_id, name),) = costing.plans()
        plan = costing.plan(plan_id)
        assert name == "SS25 core"
        assert [(line.design.code, line.volume) for line in plan.lines] == [
            ("PD-003", 300), ("RG-014", 120)]
        assert costing.plan_record(plan_id).notes == "Both styles — ünïcode ✓"
        terms = costing.landed_terms(workspace.suppliers.id_for_name("Siam Silver Works"))
        assert terms.customs_basis is CustomsBasis.FOB
        assert make.exact((terms.duty_pct, terms.freight_per_piece,
                           terms.shipments_per_year)) == make.exact(
            (Decimal("2.5"), Decimal("0.50"), 4))
        # m006: the supplier's fee_amortisation_years of 2 (a choice: 1 was the default)
        # becomes the fee life of the designs it quotes and of the plan holding them; its FOB
        # basis stays its own choice.
        assert terms.basis_source == "your choice for this supplier"
        ring = workspace.designs.id_for_code("RG-014")
        assert (costing.fee_life("design", ring), costing.fee_life("plan", plan_id)) == (2, 2)
        (quote,) = workspace.quotes.summaries()
        quote_terms = costing.quote_terms(quote.id)
        assert quote_terms.supplier_metal_loss_pct == Decimal("6.5")
        assert quote_terms.brand_supplied == {"stones", "packaging"}
        scenario = workspace.scenarios.id_for_name("Small studio")
        in_house = costing.in_house_terms(scenario)
        assert (in_house.capex_view, in_house.labour_in_salaries,
                in_house.capacity_step_role) == (CapexView.UP_FRONT, True, "Polisher")


def test_the_schema_5_example_holds_a_round_approved_with_deviations(tmp_path):
    path = tmp_path / EXAMPLE[5].name
    shutil.copy(EXAMPLE[5], path)
    with Workspace.open(path) as workspace:
        (summary,) = workspace.samples.summaries()
        sample = workspace.samples.get(summary.id)
        assert sample.decision.value == "approved_with_changes"
        assert sample.with_deviations and summary.with_deviations
        assert sample.deviation_lines == ["QC stage 4 Post-polish failed: compound in the bezel"]
        assert sample.deviation_reason == "Launch date — ünïcode ✓; polish again before the shoot"


def test_a_round_approved_before_schema_5_stays_approved_without_deviations(tmp_path):
    """Migrating keeps every decision: the schema 4 round with a failed stage was approved
    before jewelbench asked for a reason, and it stays approved (no reason made up)."""
    path = tmp_path / EXAMPLE[4].name
    shutil.copy(EXAMPLE[4], path)
    with Workspace.open(path) as workspace:
        (summary,) = workspace.samples.summaries()
        sample = workspace.samples.get(summary.id)
        assert sample.approved and not sample.with_deviations
        assert (sample.deviations, sample.deviation_reason) == ("", "")
        assert [p.describe() for p in workspace.samples.problems(summary.id)] == [
            "QC stage 4 Post-polish failed: compound in the bezel"]
        # its notes can still be edited: only a round that becomes approved is held to it
        workspace.samples.update(replace(sample, notes="kept"))
        assert workspace.samples.get(summary.id).notes == "kept"


def test_undo_puts_back_a_round_approved_before_schema_5_as_it_was(tmp_path):
    """Deleting or rejecting such a round and undoing it restores it (restoring=True), while
    approving it anew would ask for a reason."""
    from jewelbench.domain.samples import DeviationsNeedReason, SampleDecision

    path = tmp_path / EXAMPLE[4].name
    shutil.copy(EXAMPLE[4], path)
    with Workspace.open(path) as workspace:
        (summary,) = workspace.samples.summaries()
        legacy = workspace.samples.get(summary.id)
        rejected = replace(legacy, decision=SampleDecision.REJECTED)
        workspace.samples.update(rejected)
        with pytest.raises(DeviationsNeedReason):
            workspace.samples.update(legacy)
        workspace.samples.update(legacy, restoring=True)
        assert workspace.samples.get(summary.id).approved
        workspace.samples.delete(summary.id)
        with pytest.raises(DeviationsNeedReason):
            workspace.samples.add(replace(legacy))
        workspace.samples.add(legacy, restoring=True)
        assert workspace.samples.get(summary.id).decision is SampleDecision.APPROVED_WITH_CHANGES


def test_the_schema_6_example_holds_customs_rules_and_fee_lives(tmp_path):
    from jewelbench.domain.costing_inputs import CustomsBasis
    from jewelbench.domain.customs import CustomsSettings

    path = tmp_path / EXAMPLE[6].name
    shutil.copy(EXAMPLE[6], path)
    with Workspace.open(path) as workspace:
        costing = workspace.costing
        assert costing.customs_settings() == CustomsSettings("NO", Decimal(25), False)
        terms = costing.landed_terms(workspace.suppliers.id_for_name("Siam Silver Works"))
        assert (terms.customs_basis, terms.basis_from_country) == (CustomsBasis.FOB, False)
        assert make.exact((terms.inland_freight_per_shipment, terms.inland_freight_per_piece,
                           terms.import_vat_pct, terms.vat_registered)) == make.exact(
            (Decimal("45.50"), Decimal("0.10"), Decimal(25), False))
        ((plan_id, _name),) = costing.plans()
        ring = workspace.designs.id_for_code("RG-014")
        assert (costing.fee_life("design", ring), costing.fee_life("plan", plan_id)) == (4, 5)


def test_the_schema_7_example_keeps_the_customs_rules_and_holds_an_in_house_model(tmp_path):
    from jewelbench.domain.customs import CustomsSettings

    path = tmp_path / EXAMPLE[7].name
    shutil.copy(EXAMPLE[7], path)
    with Workspace.open(path) as workspace:
        costing = workspace.costing
        assert costing.customs_settings() == CustomsSettings("NO", Decimal(25), False)
        ring = workspace.designs.id_for_code("RG-014")
        assert costing.fee_life("design", ring) == 4
        terms = costing.in_house_terms(workspace.scenarios.id_for_name("Small studio"))
        assert (terms.recoverable_pct, terms.capital_rate_pct) == (Decimal("85.5"), Decimal(6))


def test_the_schema_8_example_holds_a_plan_bought_in_3_orders_a_year(tmp_path):
    path = tmp_path / EXAMPLE[8].name
    shutil.copy(EXAMPLE[8], path)
    with Workspace.open(path) as workspace:
        ((plan_id, name),) = workspace.costing.plans()
        assert workspace.costing.plan_record(plan_id).orders_per_year == 3
        assert workspace.costing.plan(plan_id).orders_per_year == 3


def test_a_plan_from_before_schema_8_is_bought_in_1_order_a_year(tmp_path):
    path = tmp_path / EXAMPLE[7].name
    shutil.copy(EXAMPLE[7], path)
    with Workspace.open(path) as workspace:
        ((plan_id, name),) = workspace.costing.plans()
        assert workspace.costing.plan(plan_id).orders_per_year == 1


def test_the_schema_9_example_holds_a_wholesale_price_marked_equipment_and_the_factor(tmp_path):
    path = tmp_path / EXAMPLE[9].name
    shutil.copy(EXAMPLE[9], path)
    with Workspace.open(path) as workspace:
        ring = workspace.designs.get_by_code("RG-014")
        assert ring.wholesale_price is not None
        assert (ring.wholesale_price.amount, ring.wholesale_price.currency) == (
            Decimal("410.00"), "EUR")
        scenario = workspace.scenarios.get(workspace.scenarios.names()[0][0])
        assert [(e.name, e.design_code) for e in scenario.equipment] == [
            ("SLA printer", "RG-014"), ("Laser welder", None)]
        assert workspace.costing.wholesale_factor() == Decimal("0.45")


def test_before_schema_9_equipment_is_shared_and_wholesale_is_half_of_retail(tmp_path):
    """Migrating to m008_cost_basis_margin changes no figure of a stand-alone costing: every
    piece of equipment is shared, no design has its own wholesale price, the factor is 0.5."""
    path = tmp_path / EXAMPLE[8].name
    shutil.copy(EXAMPLE[8], path)
    with Workspace.open(path) as workspace:
        assert workspace.designs.get_by_code("RG-014").wholesale_price is None
        scenario = workspace.scenarios.get(workspace.scenarios.names()[0][0])
        assert {e.design_code for e in scenario.equipment} == {None}
        assert workspace.costing.wholesale_factor() == Decimal("0.5")
