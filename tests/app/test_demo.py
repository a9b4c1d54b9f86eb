"""The demo workspace and the generated benchmark workspace, checked as a user would."""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from jewelbench.app.demo import DEMO_TODAY, write_demo, write_generated, writer
from jewelbench.app.demo.illustrations import Art, render_illustration
from jewelbench.domain.alloys import STANDARD_ALLOYS
from jewelbench.domain.entities import (
    LifecycleStatus,
    PricingBasis,
    QcResult,
    RevisionStatus,
    SampleDecision,
)
from jewelbench.domain.rfqs import ReplyState
from jewelbench.storage import Workspace
from jewelbench.storage.workspace import WorkspaceError
from jewelbench.ui.imaging import from_qimage


@pytest.fixture
def demo(demo_path):
    workspace = Workspace.open(demo_path)
    yield workspace
    workspace.close()


def _decode(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data), "image bytes do not decode"
    return image


def test_demo_file_is_healthy(demo_path):
    report = Workspace.check(demo_path)
    assert report.ok, report.lines()


def test_demo_is_named_and_in_usd(demo):
    assert demo.name == "Demo — Aurelia Studio"
    assert demo.base_currency == "USD"


def test_demo_catalogue_spans_categories_collections_and_lifecycle(demo):
    summaries = demo.designs.summaries()
    assert len(summaries) >= 12
    assert len({s.category for s in summaries}) >= 5
    assert 2 <= len({s.collection for s in summaries}) <= 3
    statuses = {s.status for s in summaries}
    assert {LifecycleStatus.IDEA, LifecycleStatus.DEVELOPMENT, LifecycleStatus.SAMPLING,
            LifecycleStatus.APPROVED, LifecycleStatus.PRODUCTION,
            LifecycleStatus.RETIRED} <= statuses
    assert all(s.metal_weight_g > 0 for s in summaries)
    codes = {s.code for s in summaries}
    assert {"RG-014", "PD-003", "ER-007"} <= codes


def test_demo_boms_use_standard_alloys_and_have_stones_findings_platings(demo):
    known = {alloy.code for alloy in STANDARD_ALLOYS}
    designs = [demo.designs.get(s.id) for s in demo.designs.summaries()]
    alloys = {m.alloy_code for d in designs for m in d.metals}
    assert alloys <= known
    assert {"AG925", "AU585Y", "AU585W", "AU750Y", "PT950", "BRASS"} <= alloys
    origins = {s.origin.value for d in designs for s in d.stones}
    assert {"natural", "lab_grown", "simulant"} <= origins
    assert any(f.length_mm for d in designs for f in d.findings), "no chain sold by length"
    assert any(p.guaranteed and p.thickness_um >= Decimal("2.5")
               for d in designs for p in d.platings), "no vermeil"
    assert all(d.packaging for d in designs)
    assert all(d.target_retail_price and d.target_retail_price.currency == "USD"
               for d in designs)
    ring = demo.designs.get_by_code("RG-014")
    assert Decimal("3") <= ring.total_metal_weight_g <= Decimal("6")
    assert ring.stone_count == 19


def test_every_demo_design_has_a_cover_image_with_a_small_thumbnail(demo):
    for summary in demo.designs.summaries():
        design = demo.designs.get(summary.id)
        covers = [image for image in design.images if image.is_cover]
        assert len(covers) == 1, summary.code
        cover = covers[0]
        # a shaded render, stored as photos are: JPEG, a quarter of its PNG (issue 16)
        assert cover.mime_type == "image/jpeg"
        assert len(cover.image) < 40 * 1024, (summary.code, len(cover.image))
        assert len(cover.thumbnail) < 10 * 1024, (summary.code, len(cover.thumbnail))
        full = _decode(cover.image)
        assert (full.width(), full.height()) == (cover.width, cover.height)
        thumb = _decode(demo.designs.cover_thumbnail(summary.id) or b"")
        assert 0 < max(thumb.width(), thumb.height()) <= 256


def test_demo_tech_packs_issued_and_drafts(demo):
    by_code = {s.code: s.id for s in demo.designs.summaries()}
    revisions = {code: demo.tech_packs.for_design(design_id)
                 for code, design_id in by_code.items()}
    issued = [r for revs in revisions.values() for r in revs if r.status is RevisionStatus.ISSUED]
    drafts = [r for revs in revisions.values() for r in revs if r.status is RevisionStatus.DRAFT]
    assert len(issued) >= 8 and drafts
    assert all(r.issued_on is not None for r in issued)
    assert [r.revision for r in revisions["RG-014"]] == ["A", "B"]
    snapshot = demo.tech_packs.snapshot(revisions["RG-014"][0].id)
    assert snapshot["dimensions"][0]["nominal_mm"] == "2.0"
    assert snapshot["dimensions"][0]["critical"] is True
    assert [m["stamp"] for m in snapshot["materials"]] == ["585"]
    assert snapshot["brand"]["name"] == "Aurelia Studio" and snapshot["brand"]["has_logo"]
    assert [q["stage"] for q in snapshot["qc_criteria"]] == [1, 2, 3, 4, 5, 6]
    assert snapshot["images"], "the render is frozen with the revision"
    changes = [str(c) for c in demo.tech_packs.diff(revisions["RG-014"][0].id,
                                                    revisions["RG-014"][1].id)]
    assert any("prong" in c.lower() for c in changes), "B records the thicker claws"
    assert not revisions["RG-040"], "an idea has no tech pack yet"


def test_demo_suppliers_in_several_countries_and_currencies(demo):
    summaries = demo.suppliers.summaries()
    assert len(summaries) >= 4
    assert len({s.country for s in summaries}) >= 3
    assert len({s.currency for s in summaries}) >= 3
    suppliers = [demo.suppliers.get(s.id) for s in summaries]
    assert all(s.contacts and s.capabilities and s.certifications for s in suppliers)
    done = [item for s in suppliers for item in s.due_diligence if item.done]
    open_items = [item for s in suppliers for item in s.due_diligence if not item.done]
    assert done and open_items
    assert all(item.done_on is not None for item in done)


def test_demo_quotes_have_tiers_fees_and_one_has_expired(demo):
    summaries = demo.quotes.summaries()
    assert len(summaries) >= 8
    assert len({s.supplier for s in summaries}) >= 3
    assert len({s.design_code for s in summaries}) >= 6
    assert all(len(s.tiers) >= 3 for s in summaries)
    assert all(s.development_cost > 0 for s in summaries)
    assert sum(s.is_expired(DEMO_TODAY) for s in summaries) == 1
    quotes = [demo.quotes.get(s.id) for s in summaries]
    supplier_currency = {s.id: s.currency for s in demo.suppliers.summaries()}
    assert all(q.currency == supplier_currency[q.supplier_id] for q in quotes)
    assert any(f.refundable_on_order for q in quotes for f in q.fees)
    assert {q.incoterm.value for q in quotes} >= {"EXW", "FOB", "CIF", "DDP"}
    making = [q for q in quotes if q.pricing_basis is PricingBasis.MAKING_PLUS_METAL]
    assert len(making) == 1 and making[0].metal_price_basis_per_g > 0


def test_demo_sample_rounds_in_every_state(demo):
    summaries = demo.samples.summaries()
    states = {s.state for s in summaries}
    assert {"requested", "received", "approved", "rejected", "approved_with_changes"} <= states
    rejected_then_approved = {(s.design_code, s.supplier) for s in summaries
                              if s.state == "rejected"} & {
        (s.design_code, s.supplier) for s in summaries if s.state == "approved"}
    assert rejected_then_approved
    rounds = [demo.samples.get(s.id) for s in summaries]
    assert any(not m.in_tolerance for r in rounds for m in r.measurements)
    received = [r for r in rounds if r.state == "received"]
    assert any(any(c.result is None for c in r.qc_checks)
               and any(c.result is QcResult.PASS for c in r.qc_checks) for r in received)
    approved = [r for r in rounds if r.decision is SampleDecision.APPROVED and r.photos]
    assert approved and all(any(p.is_golden for p in r.photos) for r in approved)
    assert not any(p.is_golden for r in rounds if r.decision is not SampleDecision.APPROVED
                   for p in r.photos)
    assert all(r.dfm_feedback for r in rounds if r.decision is SampleDecision.REJECTED)
    for photo in (p for r in rounds for p in r.photos):
        assert max(_decode(photo.thumbnail).width(), _decode(photo.thumbnail).height()) <= 256


def test_demo_rfqs_one_answered_by_all_one_with_a_supplier_overdue(demo):
    newer, older = demo.rfqs.summaries(DEMO_TODAY)
    assert (older.design_code, older.revision, older.quantities) == (
        "BR-002", "A", (50, 100, 300, 1000))
    assert older.complete and older.answered == 2
    assert newer.design_code == "BC-001" and newer.reply_by < DEMO_TODAY
    states = {r.supplier: r.state for r in newer.replies}
    assert states == {"Jaipur Silvercraft Pvt. Ltd.": ReplyState.ANSWERED,
                      "Panyu Jinhui Jewelry Manufacturing Co., Ltd.": ReplyState.OVERDUE}
    overdue = next(r for r in newer.replies if r.state is ReplyState.OVERDUE)
    assert overdue.days_overdue(DEMO_TODAY) == 14
    assert demo.rfqs.quantities_for_design(demo.designs.id_for_code("BC-001")) == [
        100, 300, 1000]


def test_demo_prices_and_fx_rates(demo):
    prices = demo.prices.metal_prices()
    assert {p.metal for p in prices} == {"gold", "silver", "platinum"}
    assert len({p.price_date for p in prices}) >= 6
    gold = [p.price_per_troy_oz.amount for p in prices if p.metal == "gold"]
    assert all(Decimal("3500") < g < Decimal("4500") for g in gold)
    rates = demo.prices.fx_rates()
    assert {r.from_currency for r in rates} >= {"EUR", "THB", "CNY", "INR"}
    assert all(r.to_currency == "USD" for r in rates)
    eur = max((r for r in rates if r.from_currency == "EUR"), key=lambda r: r.rate_date)
    assert Decimal("1") < eur.rate < Decimal("1.3")
    assert eur.rate_date <= DEMO_TODAY < dt.date(2027, 1, 1)


def test_demo_in_house_scenario(demo):
    names = dict((name, sid) for sid, name in demo.scenarios.names())
    assert "Small studio workshop" in names
    studio = demo.scenarios.get(names["Small studio workshop"])
    assert studio.currency == "USD"
    assert len(studio.equipment) >= 6 and studio.overheads and len(studio.staff) >= 6
    assert all(5 <= e.useful_life_years <= 10 for e in studio.equipment)
    assert Decimal("50000") <= studio.capex.amount <= Decimal("500000")
    defaults = {lab.operation for lab in studio.labour if lab.design_code is None}
    assert {"CAD", "Casting", "Polishing", "QC"} <= defaults
    assert any(lab.design_code for lab in studio.labour)
    assert Decimal("5") <= studio.casting_loss_pct <= Decimal("8")
    assert studio.loaded_hourly_rate > 0 and studio.error_rate_pct > 0


def test_demo_refuses_an_existing_file_and_leaves_it_untouched(tmp_path):
    path = tmp_path / "mine.jewelbench"
    path.write_bytes(b"my own precious data\x00" * 10)
    before = path.read_bytes()
    with pytest.raises(WorkspaceError):
        write_demo(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.jewelbench"]


def test_demo_refuses_to_overwrite_another_workspace(tmp_path, demo_path):
    path = tmp_path / "copy.jewelbench"
    path.write_bytes(demo_path.read_bytes())
    with pytest.raises(WorkspaceError):
        write_demo(path)
    assert path.read_bytes() == demo_path.read_bytes()


def test_writing_the_demo_logs_one_line_with_the_file_and_what_it_holds(tmp_path, caplog):
    with caplog.at_level(logging.INFO, logger="jewelbench"):
        write_demo(tmp_path / "fresh demo.jewelbench")
    said = [r for r in caplog.records if r.name.startswith("jewelbench.app.demo")]
    assert [r.levelno for r in said] == [logging.INFO]
    line = said[0].getMessage()
    assert "fresh demo.jewelbench" in line and str(tmp_path) not in line  # the name, no folders
    assert "15 designs, 14 quotes, 15 sample rounds" in line


def test_a_demo_that_fails_half_way_leaves_no_file_behind(tmp_path, monkeypatch):
    def broken(ws):
        raise OSError("disk gone")

    monkeypatch.setattr(writer, "write_prices", broken)
    path = tmp_path / "demo.jewelbench"
    with pytest.raises(OSError, match="disk gone"):
        write_demo(path)
    assert list(tmp_path.iterdir()) == []


def test_a_demo_render_is_stored_as_the_same_jpeg_without_a_png_encoded_to_compare():
    image = render_illustration(Art("ring", "white_gold", "diamond", "halo"), 400)
    compared, shaded = from_qimage(image), from_qimage(image, shaded=True)
    assert shaded == compared  # the same bytes, thumbnail and size as the photo rule gives
    assert shaded.mime_type == "image/jpeg"
    cut_out = QImage(64, 64, QImage.Format.Format_ARGB32)
    cut_out.fill(Qt.GlobalColor.transparent)
    assert from_qimage(cut_out, shaded=True).mime_type == "image/png"  # transparency kept


def test_generated_workspace(tmp_path):
    path = tmp_path / "generated.jewelbench"
    write_generated(path, designs=200, seed=3)
    assert Workspace.check(path).ok
    with Workspace.open(path) as workspace:
        summaries = workspace.designs.summaries()
        assert len(summaries) == 200
        assert len({s.category for s in summaries}) >= 5
        assert len({s.code for s in summaries}) == 200
        with_images = [s for s in summaries if s.has_image]
        assert 10 <= len(with_images) <= 40
        thumb = _decode(workspace.designs.cover_thumbnail(with_images[0].id) or b"")
        assert max(thumb.width(), thumb.height()) <= 256
        assert len(workspace.suppliers.summaries()) >= 4
        assert workspace.quotes.summaries()
        assert workspace.prices.metal_prices() and workspace.prices.fx_rates()


def test_generated_workspace_is_deterministic(tmp_path):
    def catalogue(name: str) -> list[tuple[str, str, str, str]]:
        path = tmp_path / name
        write_generated(path, designs=40, seed=11)
        with Workspace.open(path) as workspace:
            return [(s.code, s.name, s.alloys, str(s.metal_weight_g))
                    for s in workspace.designs.summaries()]

    assert catalogue("a.jewelbench") == catalogue("b.jewelbench")


def test_demo_costing_inputs_plans_landing_terms_and_what_quotes_leave_to_aurelia(demo):
    costing = demo.costing
    plans = {name: costing.plan(plan_id) for plan_id, name in costing.plans()}
    assert sorted(plans) == ["Aurelia Fine 2027", "Tidal 2027"]
    assert {line.design.code: line.volume for line in plans["Tidal 2027"].lines} == {
        "BR-002": 250, "PD-003": 600, "PD-009": 300}
    assert {line.design.collection for line in plans["Tidal 2027"].lines} == {"Tidal"}
    assert {line.design.collection for line in plans["Aurelia Fine 2027"].lines} == {
        "Aurelia Fine"}
    suppliers = {s.name: s.id for s in demo.suppliers.summaries()}
    terms = {name: costing.landed_terms(sid) for name, sid in suppliers.items()}
    assert all(costing.has_landed_terms(sid) for sid in suppliers.values())
    assert {t.customs_basis.value for t in terms.values()} == {"cif"}  # UK: duty on CIF
    assert terms["Fonderia Berica S.r.l."].duty_pct == 0  # UK–EU TCA, EU origin
    assert {t.duty_pct for name, t in terms.items() if name != "Fonderia Berica S.r.l."} == {
        Decimal(2)}
    by_reference = {s.reference: s.id for s in demo.quotes.summaries()}
    sapphire_trio = costing.quote_terms(by_reference["Q-2026-031"])
    assert sapphire_trio.supplier_metal_loss_pct == Decimal(6)  # "plus 6 % casting loss"
    assert "stones" in sapphire_trio.brand_supplied  # "Sapphire and diamonds consigned"
    assert "stones" not in costing.quote_terms(by_reference["Q-2026-029"]).brand_supplied
    assert costing.quote_terms(by_reference["Q-2026-033"]).brand_supplied == frozenset()
    lean = demo.scenarios.id_for_name("Lean bench (one setter)")
    assert costing.in_house_terms(lean).labour_in_salaries


def test_each_demo_plan_and_design_can_be_costed_against_a_supplier(demo):
    from jewelbench.domain.costing import prepare

    scenario = demo.scenarios.names()[0][0]
    for plan_id, name in demo.costing.plans():
        setup = demo.costing.setup_for_plan(plan_id, scenario, DEMO_TODAY)
        assert len(setup.routes) == 1, (name, setup.skipped)
        assert setup.notes == []  # every supplier has its landing terms
        result = prepare(setup.plan, setup.scenario, setup.routes, setup.prices,
                         setup.in_house_terms).evaluate()
        assert result.volume == setup.plan.total_volume
        assert result.verdict().startswith(f"At {result.volume:,} pieces a year")
    quoted = {s.design_id for s in demo.quotes.summaries()}
    for design_id in quoted:
        setup = demo.costing.setup_for_design(design_id, scenario, DEMO_TODAY, 300)
        assert setup.routes, setup.title
        prepare(setup.plan, setup.scenario, setup.routes, setup.prices,
                setup.in_house_terms).evaluate()
