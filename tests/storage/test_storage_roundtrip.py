"""What is saved comes back exactly, after the file is closed and opened again."""

import dataclasses
import datetime as dt
import sqlite3
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
import storage_helpers as make
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_helpers import exact, query, sidecars

from jewelbench.domain.alloys import STANDARD_ALLOYS
from jewelbench.domain.entities import (
    Category,
    Design,
    FxRate,
    MetalLine,
    MetalPrice,
    RevisionStatus,
    TechPackRevision,
)
from jewelbench.domain.money import Money
from jewelbench.storage import Workspace, WorkspaceError
from jewelbench.storage.repositories import DuplicateError, NotFound
from jewelbench.storage.schema import APPLICATION_ID


def reopen(workspace: Workspace) -> Workspace:
    workspace.close()
    return Workspace.open(workspace.path)


def without_image_ids(design: Design) -> Design:
    return dataclasses.replace(
        design, images=[dataclasses.replace(image, id=None) for image in design.images])


# --- the file ----------------------------------------------------------------------------


def test_a_new_workspace_is_an_sqlite_file_that_says_it_is_jewelbench(tmp_path):
    path = tmp_path / "studio.jewelbench"
    Workspace.create(path, base_currency="eur", name="Studio Nova").close()
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert query(path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert query(path, "PRAGMA user_version") == [(12,)]
    assert query(path, "SELECT migration_set, name FROM _sqlite_migrations ORDER BY id") == [
        ("jewelbench", "m001_initial_schema"), ("jewelbench", "m002_tech_pack_details"),
        ("jewelbench", "m003_rfqs"), ("jewelbench", "m004_costing_inputs"),
        ("jewelbench", "m005_sample_deviations"), ("jewelbench", "m006_customs_rules"),
        ("jewelbench", "m007_inhouse_model"), ("jewelbench", "m009_plan_orders"),
        ("jewelbench", "m008_cost_basis_margin"), ("jewelbench", "m010_list_indexes"),
        ("jewelbench", "m011_search_index"), ("jewelbench", "m012_supplier_language")]
    with Workspace.open(path) as again:
        assert again.base_currency == "EUR"
        assert again.name == "Studio Nova"
        assert again.schema_version == 12
        assert dt.date.fromisoformat(again.settings.get("created_at")[:10]) <= dt.date.today()


def test_the_workspace_name_defaults_to_the_file_name(make_workspace):
    workspace = make_workspace("Spring collection")
    assert workspace.name == "Spring collection"
    assert workspace.base_currency == "USD"


def test_create_refuses_to_overwrite_an_existing_file(tmp_path):
    path = tmp_path / "mine.jewelbench"
    path.write_bytes(b"my notes")
    with pytest.raises(WorkspaceError, match="already exists"):
        Workspace.create(path)
    assert path.read_bytes() == b"my notes"


@pytest.mark.parametrize("when", ["created", "reopened"])
def test_every_connection_uses_wal_and_enforces_foreign_keys(make_workspace, when):
    workspace = make_workspace()
    if when == "reopened":
        workspace = reopen(workspace)
    try:
        assert workspace.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert workspace.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert workspace.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        # a foreign key is enforced, not merely declared
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            workspace.db.execute(
                "INSERT INTO bom_metals (design_id, position, alloy_code, finished_weight_g) "
                "VALUES (999, 0, 'AG925', '1')")
    finally:
        workspace.close()


def test_wal_is_recorded_in_the_file_for_any_tool_that_opens_it(make_workspace):
    workspace = make_workspace()
    workspace.close()
    assert query(workspace.path, "PRAGMA journal_mode") == [("wal",)]


def test_closing_leaves_a_single_self_contained_file(make_workspace):
    workspace = make_workspace()
    workspace.designs.add(Design("RG-1", "Ring", Category.RING))
    assert sidecars(workspace.path)  # WAL files while open
    workspace.close()
    assert sidecars(workspace.path) == []


def test_a_new_workspace_holds_the_standard_alloys(make_workspace):
    workspace = make_workspace()
    assert set(workspace.prices.alloys()) == set(STANDARD_ALLOYS)
    assert workspace.counts() == {"designs": 0, "suppliers": 0, "quotes": 0, "sample_rounds": 0,
                                  "inhouse_scenarios": 0, "metal_prices": 0, "fx_rates": 0}


# --- aggregates --------------------------------------------------------------------------


def test_a_design_with_its_whole_bom_and_images_round_trips_exactly(make_workspace):
    workspace = make_workspace()
    original = make.design()
    design_id = workspace.designs.add(original)
    assert original.id == design_id
    workspace = reopen(workspace)
    try:
        loaded = workspace.designs.get(design_id)
        assert exact(without_image_ids(loaded)) == exact(original)
        assert loaded.images[0].image == original.images[0].image  # bytes, byte for byte
        assert all(image.id is not None for image in loaded.images)
        assert str(loaded.metals[0].finished_weight_g) == "3.250"  # the digits typed
        assert loaded.target_retail_price == Money.of("129.90", "EUR")
        assert workspace.designs.get_by_code("RG-014").id == design_id
        assert workspace.designs.cover_thumbnail(design_id) == original.images[0].thumbnail
    finally:
        workspace.close()


def test_the_catalog_summary_adds_weights_exactly(make_workspace):
    workspace = make_workspace()
    workspace.designs.add(make.design())
    workspace.designs.add(Design("PD-001", "Plain pendant", Category.PENDANT))
    summaries = {s.code: s for s in workspace.designs.summaries()}
    ring = summaries["RG-014"]
    assert ring.metal_weight_g == Decimal("3.2900")
    assert str(ring.metal_weight_g) == "3.2900"
    assert ring.alloys in ("AG925, AU750Y", "AU750Y, AG925")
    assert ring.stone_count == 4
    assert ring.has_image
    assert summaries["PD-001"].metal_weight_g == 0
    assert not summaries["PD-001"].has_image
    assert workspace.designs.cover_thumbnail(summaries["PD-001"].id) is None


def test_updating_a_design_replaces_its_bom(make_workspace):
    workspace = make_workspace()
    design = make.design()
    workspace.designs.add(design)
    design.name = "Luna ring, heavier"
    design.metals = [MetalLine("AG925", Decimal("4.10"))]
    design.stones = []
    design.images = design.images[1:]
    workspace.designs.update(design)
    workspace = reopen(workspace)
    try:
        loaded = workspace.designs.get(design.id)
        assert loaded.name == "Luna ring, heavier"
        assert exact(loaded.metals) == exact([MetalLine("AG925", Decimal("4.10"))])
        assert loaded.stones == []
        assert [image.caption for image in loaded.images] == ["sketch"]
        assert query(workspace.path, "SELECT count(*) FROM bom_stones") == [(0,)]
    finally:
        workspace.close()


def test_a_supplier_with_contacts_capabilities_certifications_and_checklist_round_trips(
        make_workspace):
    workspace = make_workspace()
    original = make.supplier()
    supplier_id = workspace.suppliers.add(original)
    workspace = reopen(workspace)
    try:
        loaded = workspace.suppliers.get(supplier_id)
        assert exact(loaded) == exact(original)
        assert loaded.due_diligence_done == 1
        [summary] = workspace.suppliers.summaries()
        assert summary.due_diligence_done == 1
        assert summary.name == "Siam Silver Works"
    finally:
        workspace.close()


def test_a_quote_with_tiers_and_fees_round_trips(make_workspace):
    workspace = make_workspace()
    design_id = workspace.designs.add(make.design())
    supplier_id = workspace.suppliers.add(make.supplier())
    revision_id = workspace.tech_packs.add(TechPackRevision(design_id, "A"))
    original = make.quote(supplier_id, design_id, revision_id)
    quote_id = workspace.quotes.add(original)
    workspace = reopen(workspace)
    try:
        loaded = workspace.quotes.get(quote_id)
        assert exact(loaded) == exact(original)
        assert loaded.unit_price(120) == Money.of("14.50", "USD")
        [summary] = workspace.quotes.summaries()
        assert summary.tiers == ((50, Decimal("14.50")), (200, Decimal("12.125")),
                                 (1000, Decimal("10.9")))
        assert summary.development_cost == Decimal("125.00")
    finally:
        workspace.close()


def test_a_sample_round_with_measurements_qc_and_photos_round_trips(make_workspace):
    workspace = make_workspace()
    design_id = workspace.designs.add(make.design())
    supplier_id = workspace.suppliers.add(make.supplier())
    revision_id = workspace.tech_packs.add(TechPackRevision(design_id, "A"))
    original = make.sample_round(design_id, supplier_id, revision_id)
    sample_id = workspace.samples.add(original)
    workspace = reopen(workspace)
    try:
        loaded = workspace.samples.get(sample_id)
        photos_without_ids = [dataclasses.replace(p, id=None) for p in loaded.photos]
        assert exact(dataclasses.replace(loaded, photos=photos_without_ids)) == exact(original)
        assert loaded.photos[0].image == original.photos[0].image
        assert [m.in_tolerance for m in loaded.measurements] == [True, False]
        [summary] = workspace.samples.summaries()
        assert (summary.qc_passed, summary.qc_failed, summary.revision) == (1, 1, "A")
        assert summary.state == "approved_with_changes"
    finally:
        workspace.close()


def test_an_inhouse_scenario_round_trips(make_workspace):
    workspace = make_workspace()
    original = make.scenario()
    scenario_id = workspace.scenarios.add(original)
    workspace = reopen(workspace)
    try:
        loaded = workspace.scenarios.get(scenario_id)
        assert exact(loaded) == exact(original)
        assert loaded.capex == Money.of("22999.99", "EUR")
        assert workspace.scenarios.names() == [(scenario_id, "Small studio")]
    finally:
        workspace.close()


def test_metal_prices_and_fx_rates_round_trip(make_workspace):
    workspace = make_workspace()
    prices = [MetalPrice("gold", dt.date(2025, 3, 3), Money.of("2901.35", "USD"), "LBMA PM"),
              MetalPrice("gold", dt.date(2025, 3, 3), Money.of("2688.10", "EUR")),
              MetalPrice("silver", dt.date(2025, 2, 1), Money.of("31.2000", "USD"), "Kitco")]
    rates = [FxRate(dt.date(2025, 3, 3), "EUR", "USD", Decimal("1.0492")),
             FxRate(dt.date(2025, 3, 3), "USD", "THB", Decimal("33.870000"))]
    for price in prices:
        workspace.prices.add_metal_price(price)
    for rate in rates:
        workspace.prices.add_fx_rate(rate)
    workspace = reopen(workspace)
    try:
        def key(item):
            return str(exact(item))

        assert sorted(map(exact, workspace.prices.metal_prices()), key=str) == \
            sorted(map(exact, prices), key=str)
        assert sorted(map(exact, workspace.prices.fx_rates()), key=key) == \
            sorted(map(exact, rates), key=key)
        with pytest.raises(DuplicateError, match="already a gold price in USD for 2025-03-03"):
            workspace.prices.add_metal_price(prices[0])
        with pytest.raises(DuplicateError, match="EUR→USD"):
            workspace.prices.add_fx_rate(rates[0])
        assert len(workspace.prices.metal_prices()) == 3
    finally:
        workspace.close()


def test_missing_records_are_reported_as_not_found(make_workspace):
    workspace = make_workspace()
    for get in (workspace.designs.get, workspace.suppliers.get, workspace.quotes.get,
                workspace.samples.get, workspace.scenarios.get):
        with pytest.raises(NotFound, match="#42 does not exist"):
            get(42)
    with pytest.raises(NotFound, match="no design with code 'XX-1'"):
        workspace.designs.get_by_code("XX-1")


def test_tech_pack_revisions_list_in_revision_order(make_workspace):
    workspace = make_workspace()
    design_id = workspace.designs.add(Design("RG-1", "Ring", Category.RING))
    for label in ("B", "AA", "A", "Z"):
        workspace.tech_packs.add(TechPackRevision(design_id, label, content={"rev": label}))
    revisions = workspace.tech_packs.for_design(design_id)
    assert [r.revision for r in revisions] == ["A", "B", "Z", "AA"]
    assert revisions[0].content == {"rev": "A"}
    assert revisions[0].status is RevisionStatus.DRAFT
    assert set(workspace.tech_packs.labels().values()) == {
        "RG-1 rev A", "RG-1 rev B", "RG-1 rev Z", "RG-1 rev AA"}


# --- copies ------------------------------------------------------------------------------


def test_save_copy_as_writes_a_workspace_that_opens_with_the_same_designs(
        make_workspace, tmp_path):
    workspace = make_workspace()
    workspace.designs.add(make.design())
    workspace.designs.add(make.design("PD-002", category=Category.PENDANT, images=[]))
    destination = tmp_path / "copies" / "studio copy.jewelbench"
    assert workspace.save_copy_as(destination) == destination
    # the copy is one self-contained file, and the original is still open and usable
    assert sidecars(destination) == []
    # in rollback-journal mode, so it can be read from read-only media (a WAL file cannot)
    assert destination.read_bytes()[18:20] == b"\x01\x01"
    assert not destination.with_name(destination.name + ".partial").exists()
    workspace.designs.add(Design("LATE-1", "Added after the copy", Category.OTHER))
    with Workspace.open(destination) as copy:
        assert [s.code for s in copy.designs.summaries()] == ["PD-002", "RG-014"]
        for code in ("PD-002", "RG-014"):
            assert exact(without_image_ids(copy.designs.get_by_code(code))) == \
                exact(without_image_ids(workspace.designs.get_by_code(code)))
        assert copy.base_currency == workspace.base_currency
        assert copy.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert workspace.designs.count() == 3


def test_save_copy_as_refuses_the_workspace_itself(make_workspace):
    workspace = make_workspace()
    with pytest.raises(WorkspaceError, match="the workspace itself"):
        workspace.save_copy_as(workspace.path)
    assert workspace.designs.count() == 0


# --- a property: any decimal the user types comes back with the same digits --------------

weights = st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("99999"),
                      allow_nan=False, allow_infinity=False, places=4)
prices = st.decimals(min_value=Decimal("0"), max_value=Decimal("999999999.999999"),
                     allow_nan=False, allow_infinity=False, places=6)


@pytest.fixture(scope="module")
def shared_workspace():
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.create(Path(folder) / "property.jewelbench")
        workspace.designs.add(Design("RG-P", "Property ring", Category.RING))
        yield workspace
        workspace.close()


@settings(max_examples=40, database=None, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(weight=weights, price=prices)
def test_any_typed_decimal_is_stored_and_read_back_with_the_same_digits(
        shared_workspace, weight, price):
    design = shared_workspace.designs.get_by_code("RG-P")
    design.metals = [MetalLine("AG925", weight)]
    design.target_retail_price = Money(price, "USD")
    shared_workspace.designs.update(design)
    loaded = shared_workspace.designs.get(design.id)
    assert str(loaded.metals[0].finished_weight_g) == str(weight)
    assert str(loaded.target_retail_price.amount) == str(price)
