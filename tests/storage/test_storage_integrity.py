"""The file protects its own consistency: unique codes, cascades, frozen revisions, atomicity."""

import datetime as dt
import sqlite3

import pytest
import storage_helpers as make
from storage_helpers import query

from jewelbench.domain.entities import (
    Category,
    Design,
    MetalLine,
    RevisionStatus,
    Supplier,
    TechPackRevision,
)
from jewelbench.storage import Workspace
from jewelbench.storage.repositories import DuplicateError, StorageError


def dump(workspace: Workspace) -> list[str]:
    """Every schema object and row of the file, for 'nothing changed' checks."""
    return list(workspace.db.conn.iterdump())


def rows(workspace: Workspace, table: str) -> int:
    return workspace.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# --- unique codes ------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["RG-014", "rg-014", " RG-014 "])
def test_a_duplicate_design_code_is_refused_and_nothing_changes(make_workspace, code):
    workspace = make_workspace()
    workspace.designs.add(make.design("RG-014"))
    before = dump(workspace)
    duplicate = make.design(code, name="Another ring")
    with pytest.raises(DuplicateError, match="code '.*' already exists"):
        workspace.designs.add(duplicate)
    assert duplicate.id is None
    assert dump(workspace) == before
    workspace.close()
    with Workspace.open(workspace.path) as again:
        assert [s.name for s in again.designs.summaries()] == ["Luna stacking ring"]


def test_renaming_a_design_to_a_taken_code_is_refused_and_nothing_changes(make_workspace):
    workspace = make_workspace()
    workspace.designs.add(make.design("RG-014"))
    other = make.design("RG-015", images=[])
    workspace.designs.add(other)
    before = dump(workspace)
    other.code = "RG-014"
    other.metals = []
    with pytest.raises(DuplicateError):
        workspace.designs.update(other)
    assert dump(workspace) == before


def test_a_duplicate_supplier_or_scenario_name_is_refused(make_workspace):
    workspace = make_workspace()
    workspace.suppliers.add(make.supplier("Siam Silver Works"))
    workspace.scenarios.add(make.scenario("Small studio"))
    before = dump(workspace)
    with pytest.raises(DuplicateError, match="(?i)siam silver works"):
        workspace.suppliers.add(make.supplier("siam silver works"))
    with pytest.raises(DuplicateError, match="(?i)small studio"):
        workspace.scenarios.add(make.scenario("small studio"))
    assert dump(workspace) == before


def test_a_duplicate_revision_or_sample_round_is_refused(make_workspace):
    workspace = make_workspace()
    design_id = workspace.designs.add(make.design())
    supplier_id = workspace.suppliers.add(make.supplier())
    workspace.tech_packs.add(TechPackRevision(design_id, "A"))
    workspace.samples.add(make.sample_round(design_id, supplier_id))
    before = dump(workspace)
    with pytest.raises(DuplicateError, match="Revision A already exists"):
        workspace.tech_packs.add(TechPackRevision(design_id, "A"))
    with pytest.raises(DuplicateError, match="Round 1 already exists"):
        workspace.samples.add(make.sample_round(design_id, supplier_id))
    assert dump(workspace) == before


# --- references ----------------------------------------------------------------------------


def test_a_design_with_an_unknown_alloy_is_refused_and_leaves_nothing_behind(make_workspace):
    workspace = make_workspace()
    before = dump(workspace)
    design = make.design(metals=[MetalLine("AG999", "2.5")])
    with pytest.raises(StorageError, match="AG999"):
        workspace.designs.add(design)
    assert dump(workspace) == before
    assert workspace.designs.count() == 0

    saved = make.design()
    workspace.designs.add(saved)
    before = dump(workspace)
    saved.metals.append(MetalLine("AU999", "0.5"))
    saved.name = "Renamed in the same edit"
    with pytest.raises(StorageError, match="AU999"):
        workspace.designs.update(saved)
    assert dump(workspace) == before


def test_quotes_and_samples_for_missing_records_are_refused(make_workspace):
    workspace = make_workspace()
    design_id = workspace.designs.add(make.design())
    before = dump(workspace)
    with pytest.raises(StorageError, match="does not exist"):
        workspace.quotes.add(make.quote(supplier_id=77, design_id=design_id))
    with pytest.raises(StorageError, match="does not exist"):
        workspace.samples.add(make.sample_round(design_id, supplier_id=77))
    with pytest.raises(StorageError, match="does not exist"):
        workspace.tech_packs.add(TechPackRevision(design_id + 100, "A"))
    assert dump(workspace) == before


# --- cascades ------------------------------------------------------------------------------

DESIGN_CHILDREN = ("bom_metals", "bom_stones", "bom_findings", "bom_platings", "bom_packaging",
                   "design_images", "tech_pack_revisions", "quotes", "quote_tiers",
                   "quote_fees", "sample_rounds", "sample_measurements", "qc_checks",
                   "sample_photos")


def test_deleting_a_design_removes_its_bom_images_revisions_quotes_and_samples(make_workspace):
    workspace = make_workspace()
    supplier_id = workspace.suppliers.add(make.supplier())
    doomed = workspace.designs.add(make.design("RG-014"))
    kept = workspace.designs.add(make.design("RG-015"))
    for design_id in (doomed, kept):
        revision_id = workspace.tech_packs.add(TechPackRevision(
            design_id, "A", RevisionStatus.ISSUED, {"spec": 1}, dt.date(2025, 3, 1)))
        workspace.quotes.add(make.quote(supplier_id, design_id, revision_id))
        workspace.samples.add(make.sample_round(design_id, supplier_id, revision_id))
    counts_before = {table: rows(workspace, table) for table in DESIGN_CHILDREN}
    assert all(count > 0 and count % 2 == 0 for count in counts_before.values())

    workspace.designs.delete(doomed)

    # exactly half of every child table goes: the other design's rows are all still there
    assert {table: rows(workspace, table) for table in DESIGN_CHILDREN} == {
        table: count // 2 for table, count in counts_before.items()}
    assert workspace.designs.get(kept).code == "RG-015"
    assert rows(workspace, "suppliers") == 1
    workspace.close()
    assert query(workspace.path, "PRAGMA foreign_key_check") == []
    assert query(workspace.path,
                 "SELECT count(*) FROM bom_metals WHERE design_id = ?", (doomed,)) == [(0,)]


def test_deleting_a_supplier_removes_its_contacts_quotes_and_samples(make_workspace):
    workspace = make_workspace()
    supplier_id = workspace.suppliers.add(make.supplier())
    design_id = workspace.designs.add(make.design())
    workspace.quotes.add(make.quote(supplier_id, design_id))
    workspace.samples.add(make.sample_round(design_id, supplier_id))
    workspace.suppliers.delete(supplier_id)
    for table in ("supplier_contacts", "supplier_capabilities", "supplier_certifications",
                  "due_diligence_items", "quotes", "quote_tiers", "sample_rounds",
                  "sample_photos"):
        assert rows(workspace, table) == 0, table
    assert workspace.designs.count() == 1


# --- issued tech pack revisions are frozen -------------------------------------------------


@pytest.fixture
def issued(make_workspace):
    workspace = make_workspace()
    design_id = workspace.designs.add(make.design())
    content = {"dimensions": [{"name": "band width", "nominal": "2.00", "tolerance": "0.10"}],
               "stamp": "925"}
    revision_id = workspace.tech_packs.add(TechPackRevision(
        design_id, "A", RevisionStatus.ISSUED, content, dt.date(2025, 3, 1), "first issue"))
    return workspace, design_id, revision_id, content


@pytest.mark.parametrize("statement", [
    "UPDATE tech_pack_revisions SET content = '{}' WHERE id = ?",
    "UPDATE tech_pack_revisions SET status = 'draft' WHERE id = ?",
    "UPDATE tech_pack_revisions SET change_note = 'tidied' WHERE id = ?",
    "DELETE FROM tech_pack_revisions WHERE id = ?",
])
def test_an_issued_revision_cannot_be_changed_or_deleted(issued, statement):
    workspace, design_id, revision_id, content = issued
    with pytest.raises(sqlite3.IntegrityError, match="issued tech pack revision cannot be"):
        with workspace.transaction():
            workspace.db.execute(statement, [revision_id])
    workspace.close()
    with Workspace.open(workspace.path) as again:
        [revision] = again.tech_packs.for_design(design_id)
        assert revision.status is RevisionStatus.ISSUED
        assert revision.content == content
        assert revision.change_note == "first issue"
        assert revision.issued_on == dt.date(2025, 3, 1)


def test_the_freeze_holds_for_plain_sqlite_too(issued):
    workspace, _, revision_id, _ = issued
    workspace.close()
    conn = sqlite3.connect(workspace.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
            conn.execute("UPDATE tech_pack_revisions SET content = '{}' WHERE id = ?",
                         [revision_id])
    finally:
        conn.close()


def test_a_draft_revision_stays_editable(make_workspace):
    workspace = make_workspace()
    design_id = workspace.designs.add(make.design())
    revision_id = workspace.tech_packs.add(TechPackRevision(design_id, "A", content={"v": 1}))
    with workspace.transaction():
        workspace.db.execute("UPDATE tech_pack_revisions SET content = '{\"v\": 2}', "
                             "status = 'issued' WHERE id = ?", [revision_id])
    [revision] = workspace.tech_packs.for_design(design_id)
    assert revision.content == {"v": 2}
    assert revision.status is RevisionStatus.ISSUED
    with pytest.raises(sqlite3.IntegrityError):
        workspace.db.execute("DELETE FROM tech_pack_revisions WHERE id = ?", [revision_id])


# --- one user action, one transaction -------------------------------------------------------


def test_an_error_inside_a_transaction_leaves_nothing_of_it(make_workspace):
    workspace = make_workspace()
    workspace.designs.add(Design("KEEP-1", "Kept", Category.RING))
    before = dump(workspace)
    with pytest.raises(RuntimeError, match="power cut"):
        with workspace.transaction():
            workspace.designs.add(make.design("RG-014"))
            workspace.suppliers.add(Supplier("Half-added", "IT", "EUR"))
            assert workspace.designs.count() == 2  # visible inside the action
            raise RuntimeError("power cut")
    assert dump(workspace) == before
    assert workspace.designs.id_for_code("RG-014") is None
    workspace.close()
    with Workspace.open(workspace.path) as again:
        assert [s.code for s in again.designs.summaries()] == ["KEEP-1"]
        assert again.suppliers.summaries() == []
        assert rows(again, "design_images") == 0


def test_a_completed_transaction_is_on_disk_for_the_next_reader(make_workspace):
    workspace = make_workspace()
    with workspace.transaction():
        workspace.designs.add(make.design("RG-014"))
        workspace.suppliers.add(make.supplier())
    # another connection (say, the sqlite3 shell) sees it while the app still has it open
    assert query(workspace.path, "SELECT code FROM designs") == [("RG-014",)]
    assert query(workspace.path, "SELECT count(*) FROM suppliers") == [(1,)]


def test_a_failed_write_inside_a_transaction_undoes_the_whole_action(make_workspace):
    workspace = make_workspace()
    workspace.designs.add(make.design("RG-014"))
    before = dump(workspace)
    with pytest.raises(DuplicateError):
        with workspace.transaction():
            workspace.designs.add(make.design("PD-001"))
            workspace.designs.add(make.design("RG-014"))
    assert dump(workspace) == before
