"""Tech pack drafts and issued revisions in a real workspace file.

An issued revision is what a factory received: whatever happens to the design, its draft or
the brand afterwards, the issued snapshot and its images stay byte for byte what they were,
and the file itself refuses to change them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3
from decimal import Decimal

import pytest
import storage_helpers as make
from storage_helpers import query

from jewelbench.domain.brand import Brand
from jewelbench.domain.designs import MetalLine, StoneLine
from jewelbench.domain.money import Money
from jewelbench.domain.techpacks import (
    QC_TEMPLATE,
    Callout,
    Dimension,
    Finish,
    Hallmarks,
    QcCriterion,
    RevisionStatus,
    TechPackDraft,
    TechPackRevision,
)
from jewelbench.domain.validation import DomainError
from jewelbench.storage import Workspace
from jewelbench.storage.repositories import NotFound, StorageError
from jewelbench.storage.techpacks import IncompleteSnapshot, RevisionIssued

LOGO = b"\x89PNG\r\n\x1a\n" + b"the Aurelia logo" * 8
BRAND = Brand("Aurelia Studio", "12 Hatton Garden\nLondon", LOGO, "image/png")


def dump(workspace: Workspace) -> list[str]:
    return list(workspace.db.conn.iterdump())


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def reopen(workspace: Workspace) -> Workspace:
    workspace.close()
    return Workspace.open(workspace.path)


def edited_draft(workspace: Workspace, revision_id: int, design_id: int) -> TechPackDraft:
    cover = workspace.designs.get(design_id).images[0]
    draft = workspace.tech_packs.draft(revision_id)
    draft.dimensions = [Dimension("Band width", Decimal("2.00"), Decimal("0.10"), True),
                        Dimension("Bezel height", Decimal("1.5"), Decimal("0.05"))]
    draft.finished_weight_g = Decimal("3.30")
    draft.weight_tolerance_g = Decimal("0.15")
    draft.min_wall_mm = Decimal("0.70")
    draft.maker_mark = "AUR"
    draft.finishes = [Finish("Band outside", "high polish")]
    draft.hallmarks = Hallmarks(("UK", "Ireland"), "AUR logo", "AUR-{serial}")
    draft.pull_strengths_n = {1: Decimal("40.0")}
    draft.callouts = [Callout(cover.id, Decimal("0.52"), Decimal("0.180"), "Bezel wall")]
    draft.acknowledgements = {"thin_wall": "Bezel only"}
    return draft


@pytest.fixture
def studio(make_workspace):
    """A workspace with the Luna ring, a brand and the ring's revision A drafted."""
    workspace = make_workspace("studio")
    design_id = workspace.designs.add(make.design("RG-014"))
    workspace.brand.set(BRAND)
    draft = workspace.tech_packs.draft_for(design_id)
    workspace.tech_packs.save_draft(draft.id, edited_draft(workspace, draft.id, design_id))
    return workspace, design_id, draft.id


# --- drafts ------------------------------------------------------------------------------


def test_a_first_draft_is_revision_a_with_the_workspaces_qc_template(make_workspace):
    workspace = make_workspace()
    design_id = workspace.designs.add(make.design())
    mine = [QcCriterion(c.stage, f"Our own check {c.stage}") for c in QC_TEMPLATE]
    workspace.tech_packs.set_qc_template(mine)
    draft = workspace.tech_packs.draft_for(design_id)
    assert (draft.revision, draft.status, draft.issued_on) == ("A", RevisionStatus.DRAFT, None)
    assert workspace.tech_packs.draft(draft.id) == TechPackDraft(qc_criteria=mine)
    assert workspace.tech_packs.draft_for(design_id).id == draft.id  # the same open draft
    assert len(workspace.tech_packs.revisions(design_id)) == 1


def test_a_saved_draft_reads_back_digit_for_digit_after_reopening(studio):
    workspace, design_id, revision_id = studio
    expected = edited_draft(workspace, revision_id, design_id)
    workspace = reopen(workspace)
    try:
        loaded = workspace.tech_packs.draft(revision_id)
        assert loaded == expected
        assert json.dumps(loaded.to_content()) == json.dumps(expected.to_content())
        assert str(loaded.pull_strengths_n[1]) == "40.0"
        assert str(loaded.callouts[0].y) == "0.180"
    finally:
        workspace.close()


def test_an_invalid_draft_is_refused_and_nothing_changes(studio):
    workspace, design_id, revision_id = studio
    before = dump(workspace)
    draft = workspace.tech_packs.draft(revision_id)
    draft.dimensions.append(Dimension("Shank", Decimal("1.8"), Decimal("0.1")))
    draft.weight_tolerance_g = Decimal("-0.1")  # edited in place, checked on save
    with pytest.raises(DomainError, match="Weight tolerance"):
        workspace.tech_packs.save_draft(revision_id, draft)
    assert dump(workspace) == before


def test_the_qc_template_is_all_six_stages_or_nothing(make_workspace):
    workspace = make_workspace()
    assert workspace.tech_packs.qc_template() == list(QC_TEMPLATE)
    with pytest.raises(DomainError, match="six stages"):
        workspace.tech_packs.set_qc_template(list(QC_TEMPLATE[:5]))
    assert query(workspace.path, "SELECT count(*) FROM qc_template") == [(0,)]
    edited = list(QC_TEMPLATE)
    edited[0] = QcCriterion(1, "Printed resin model checked for warping")
    workspace.tech_packs.set_qc_template(edited)
    workspace = reopen(workspace)
    try:
        assert workspace.tech_packs.qc_template() == edited
    finally:
        workspace.close()


# --- issuing -----------------------------------------------------------------------------


def test_issuing_freezes_the_whole_snapshot_images_and_logo(studio):
    workspace, design_id, revision_id = studio
    issued = workspace.tech_packs.issue(revision_id, "First issue", dt.date(2026, 3, 1))
    assert (issued.status, issued.issued_on, issued.change_note) == (
        RevisionStatus.ISSUED, dt.date(2026, 3, 1), "First issue")
    snapshot = workspace.tech_packs.snapshot(revision_id)
    assert snapshot == issued.content
    assert snapshot["status"] == "issued" and snapshot["issued_on"] == "2026-03-01"
    assert snapshot["revisions"] == [{"revision": "A", "issued_on": "2026-03-01",
                                      "change_note": "First issue"}]
    design = workspace.designs.get(design_id)
    frozen = query(workspace.path, "SELECT id, image, thumbnail, design_image_id FROM "
                   "revision_images WHERE revision_id = ? ORDER BY position", (revision_id,))
    assert [row[1] for row in frozen] == [image.image for image in design.images]
    assert [row[2] for row in frozen] == [image.thumbnail for image in design.images]
    assert [row[3] for row in frozen] == [image.id for image in design.images]
    assert [image["id"] for image in snapshot["images"]] == [row[0] for row in frozen]
    assert snapshot["callouts"] == [{"image_id": frozen[0][0], "x": "0.52", "y": "0.180",
                                     "label": "Bezel wall"}]
    for image, row in zip(snapshot["images"], frozen):
        assert workspace.tech_packs.image_for_snapshot(revision_id, image["id"]) == row[1]
        assert workspace.tech_packs.revision_image(revision_id, image["id"],
                                                   thumbnail=True) == row[2]
    assert workspace.tech_packs.brand_logo(revision_id) == (LOGO, "image/png")
    assert snapshot["brand"] == {"name": "Aurelia Studio", "address": "12 Hatton Garden\nLondon",
                                 "has_logo": True}
    assert [w["code"] for w in snapshot["dfm_warnings"]] == ["thin_wall"]
    assert snapshot["dfm_warnings"][0]["acknowledged"] is True


def test_a_is_byte_identical_after_the_design_draft_b_brand_and_b_all_change(studio):
    workspace, design_id, revision_id = studio
    workspace.tech_packs.issue(revision_id, "First issue", dt.date(2026, 3, 1))

    def frozen_state() -> tuple:
        return (query(workspace.path, "SELECT * FROM tech_pack_revisions WHERE id = ?",
                      (revision_id,)),
                [tuple(sha(bytes(v)) if isinstance(v, bytes) else v for v in row)
                 for row in query(workspace.path, "SELECT * FROM revision_images WHERE "
                                  "revision_id = ? ORDER BY id", (revision_id,))],
                query(workspace.path, "SELECT * FROM revision_brand_logos WHERE "
                      "revision_id = ?", (revision_id,)),
                json.dumps(workspace.tech_packs.snapshot(revision_id), sort_keys=True),
                [sha(workspace.tech_packs.image_for_snapshot(revision_id, image["id"]))
                 for image in workspace.tech_packs.snapshot(revision_id)["images"]])

    a_before = frozen_state()
    # the design changes: name, BOM and images
    design = workspace.designs.get(design_id)
    design.name = "Luna ring, heavier"
    design.metals[0] = MetalLine("AG925", Decimal("4.100"), "band")
    design.stones.append(StoneLine("sapphire", "round", 4, Money.of("3", "USD"),
                                   size_mm=Decimal("1.5")))
    design.images[0] = dataclasses.replace(design.images[0], image=b"\x89PNG a new render")
    design.images.pop()
    workspace.designs.update(design)
    # the brand changes, draft B is written and issued
    workspace.brand.set(Brand("Aurelia", "Paris", b"\x89PNG new logo", "image/png"))
    b = workspace.tech_packs.draft_for(design_id)
    assert b.revision == "B"
    draft_b = workspace.tech_packs.draft(b.id)
    draft_b.dimensions[0] = Dimension("Band width", Decimal("2.20"), Decimal("0.10"), True)
    workspace.tech_packs.save_draft(b.id, draft_b)
    issued_b = workspace.tech_packs.issue(b.id, "Wider band", dt.date(2026, 4, 2))

    assert frozen_state() == a_before
    workspace = reopen(workspace)
    try:
        assert workspace.tech_packs.snapshot(revision_id) == json.loads(a_before[3])
        assert workspace.tech_packs.brand_logo(revision_id) == (LOGO, "image/png")
        snapshot_b = workspace.tech_packs.snapshot(issued_b.id)
        assert snapshot_b["design"]["name"] == "Luna ring, heavier"
        assert snapshot_b["brand"]["address"] == "Paris"
        assert snapshot_b["revisions"] == [
            {"revision": "A", "issued_on": "2026-03-01", "change_note": "First issue"},
            {"revision": "B", "issued_on": "2026-04-02", "change_note": "Wider band"}]
        assert workspace.tech_packs.image_for_snapshot(
            issued_b.id, snapshot_b["images"][0]["id"]) == b"\x89PNG a new render"
        assert workspace.tech_packs.brand_logo(issued_b.id) == (b"\x89PNG new logo",
                                                                "image/png")
        changes = [str(c) for c in workspace.tech_packs.diff(revision_id, issued_b.id)]
        assert "Design / Name: Luna stacking ring → Luna ring, heavier" in changes
        assert ("Dimensions / Band width: 2.00 ± 0.10 mm, critical → 2.20 ± 0.10 mm, "
                "critical") in changes
        assert "Stones / sapphire, round: added 4 × natural, 1.5 mm" in changes
        assert "Images / Image 2: removed (was sketch, 640 × 480 px)" in changes
        assert ("Images / Image 1: render, 1200 × 900 px, cover → render, 1200 × 900 px, "
                "cover, new picture") in changes
        assert "Brand / Address: 12 Hatton Garden\nLondon → Paris" in changes
    finally:
        workspace.close()


def test_the_next_draft_starts_from_the_issued_one_with_its_callouts_on_the_design(studio):
    workspace, design_id, revision_id = studio
    other = workspace.designs.add(make.design("RG-099"))  # its copies take the low ids
    workspace.tech_packs.issue(workspace.tech_packs.draft_for(other).id, "First",
                               dt.date(2026, 3, 1))
    a = workspace.tech_packs.issue(revision_id, "First issue", dt.date(2026, 3, 1))
    b = workspace.tech_packs.draft_for(design_id)
    draft_b = workspace.tech_packs.draft(b.id)
    expected = edited_draft(workspace, revision_id, design_id)
    assert draft_b == expected  # callouts point at design images again, not frozen copies
    assert draft_b.callouts[0].image_id != a.content["callouts"][0]["image_id"]
    assert workspace.tech_packs.snapshot(b.id)["callouts"][0]["image_id"] == (
        workspace.designs.get(design_id).images[0].id)


def test_a_draft_snapshot_is_live_and_points_at_the_design_images(studio):
    workspace, design_id, revision_id = studio
    snapshot = workspace.tech_packs.snapshot(revision_id)
    assert (snapshot["status"], snapshot["issued_on"]) == ("draft", None)
    design = workspace.designs.get(design_id)
    assert [image["id"] for image in snapshot["images"]] == [i.id for i in design.images]
    assert workspace.tech_packs.image_for_snapshot(
        revision_id, design.images[1].id) == design.images[1].image
    design.name = "Luna II"
    workspace.designs.update(design)
    assert workspace.tech_packs.snapshot(revision_id)["design"]["name"] == "Luna II"
    assert workspace.tech_packs.brand_logo(revision_id) == (LOGO, "image/png")


def test_design_images_keep_their_ids_and_removed_ones_take_their_callouts_along(studio):
    workspace, design_id, revision_id = studio
    design = workspace.designs.get(design_id)
    ids = [image.id for image in design.images]
    design.images.reverse()
    design.images.append(dataclasses.replace(design.images[0], id=None, caption="new"))
    workspace.designs.update(design)
    again = workspace.designs.get(design_id)
    assert [image.id for image in again.images][:2] == ids[::-1]
    assert again.images[2].id not in ids
    assert len(workspace.tech_packs.draft(revision_id).callouts) == 1
    again.images = [image for image in again.images if image.id != ids[0]]  # the cover
    workspace.designs.update(again)
    assert workspace.tech_packs.draft(revision_id).callouts == []


def test_issuing_twice_or_saving_an_issued_draft_is_refused(studio):
    workspace, design_id, revision_id = studio
    workspace.tech_packs.issue(revision_id, "First issue", dt.date(2026, 3, 1))
    before = dump(workspace)
    with pytest.raises(RevisionIssued) as caught:
        workspace.tech_packs.save_draft(revision_id, TechPackDraft())
    assert str(caught.value) == (
        "Revision A of RG-014 was issued on 2026-03-01 and can't change: an issued revision "
        "can only be superseded by a new revision.")
    assert isinstance(caught.value, StorageError)
    with pytest.raises(RevisionIssued):
        workspace.tech_packs.issue(revision_id, "Again", dt.date(2026, 3, 2))
    assert dump(workspace) == before


def test_a_revision_cannot_be_issued_before_the_one_it_supersedes(studio):
    workspace, design_id, revision_id = studio
    workspace.tech_packs.issue(revision_id, "First issue", dt.date(2026, 3, 1))
    b = workspace.tech_packs.draft_for(design_id)
    before = dump(workspace)
    with pytest.raises(DomainError, match="before revision A"):
        workspace.tech_packs.issue(b.id, "Backdated", dt.date(2026, 2, 1))
    assert dump(workspace) == before  # no image copies left behind either


def test_a_failed_issue_leaves_the_draft_and_copies_as_they_were(studio):
    workspace, design_id, revision_id = studio
    workspace.db.execute("UPDATE tech_pack_revisions SET content = ? WHERE id = ?",
                         ['{"dimensions": "damaged"}', revision_id])
    before = dump(workspace)
    with pytest.raises(DomainError, match="damaged"):
        workspace.tech_packs.issue(revision_id, "First issue", dt.date(2026, 3, 1))
    assert dump(workspace) == before
    assert query(workspace.path, "SELECT count(*) FROM revision_images") == [(0,)]
    assert workspace.tech_packs.get(revision_id).status is RevisionStatus.DRAFT


# --- the file refuses changes to issued revisions -------------------------------------------


@pytest.fixture
def issued(studio):
    workspace, design_id, revision_id = studio
    workspace.tech_packs.issue(revision_id, "First issue", dt.date(2026, 3, 1))
    return workspace, design_id, revision_id


@pytest.mark.parametrize("statement, message", [
    ("UPDATE tech_pack_revisions SET content = '{}' WHERE id = :rev",
     "issued tech pack revision cannot be changed"),
    ("DELETE FROM tech_pack_revisions WHERE id = :rev",
     "issued tech pack revision cannot be deleted"),
    ("UPDATE revision_images SET image = x'00' WHERE revision_id = :rev",
     "image of an issued tech pack revision cannot be changed"),
    ("UPDATE revision_images SET caption = 'tidied' WHERE revision_id = :rev",
     "image of an issued tech pack revision cannot be changed"),
    ("UPDATE revision_images SET revision_id = :draft WHERE revision_id = :rev",
     "image of an issued tech pack revision cannot be changed"),
    ("DELETE FROM revision_images WHERE revision_id = :rev",
     "image of an issued tech pack revision cannot be deleted"),
    ("INSERT INTO revision_images (revision_id, position, mime_type, width, height, image, "
     "thumbnail) VALUES (:rev, 9, 'image/png', 1, 1, x'00', x'00')",
     "issued tech pack revision cannot be given another image"),
    ("UPDATE revision_brand_logos SET logo = x'00' WHERE revision_id = :rev",
     "brand logo of an issued tech pack revision cannot be changed"),
    ("DELETE FROM revision_brand_logos WHERE revision_id = :rev",
     "brand logo of an issued tech pack revision cannot be deleted"),
])
def test_the_file_refuses_to_change_an_issued_revision_or_its_copies(issued, statement,
                                                                     message):
    workspace, design_id, revision_id = issued
    draft_b = workspace.tech_packs.draft_for(design_id)
    workspace.close()
    path = workspace.path
    before = query(path, "SELECT * FROM revision_images ORDER BY id"), query(
        path, "SELECT * FROM tech_pack_revisions ORDER BY id"), query(
        path, "SELECT * FROM revision_brand_logos")
    conn = sqlite3.connect(path)  # a power user with the sqlite3 shell, foreign keys on
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError, match=message):
            conn.execute(statement, {"rev": revision_id, "draft": draft_b.id})
        conn.commit()
    finally:
        conn.close()
    assert (query(path, "SELECT * FROM revision_images ORDER BY id"), query(
        path, "SELECT * FROM tech_pack_revisions ORDER BY id"), query(
        path, "SELECT * FROM revision_brand_logos")) == before


def test_a_drafts_frozen_copies_are_not_frozen_until_it_is_issued(issued):
    workspace, design_id, revision_id = issued
    draft_b = workspace.tech_packs.draft_for(design_id)
    with workspace.transaction():
        workspace.db.execute(
            "INSERT INTO revision_images (revision_id, position, mime_type, width, height, "
            "image, thumbnail) VALUES (?, 0, 'image/png', 1, 1, x'00', x'00')", [draft_b.id])
        workspace.db.execute("DELETE FROM revision_images WHERE revision_id = ?", [draft_b.id])


def test_deleting_the_design_takes_its_issued_revisions_and_copies_with_it(issued):
    workspace, design_id, revision_id = issued
    other = workspace.designs.add(make.design("RG-015"))
    workspace.tech_packs.issue(workspace.tech_packs.draft_for(other).id, "First",
                               dt.date(2026, 3, 1))
    workspace.designs.delete(design_id)
    for table in ("tech_pack_revisions", "revision_images", "revision_brand_logos"):
        assert query(workspace.path, f"SELECT count(*) FROM {table}")[0][0] > 0, table
    assert query(workspace.path, "SELECT count(*) FROM revision_images WHERE revision_id = ?",
                 (revision_id,)) == [(0,)]
    assert query(workspace.path, "PRAGMA foreign_key_check") == []


# --- finding revisions ---------------------------------------------------------------------


def test_revisions_are_found_by_design_code_and_label(issued):
    workspace, design_id, revision_id = issued
    b = workspace.tech_packs.draft_for(design_id)
    assert workspace.tech_packs.by_label("RG-014", "A").id == revision_id
    assert workspace.tech_packs.by_label("rg-014", "b").id == b.id
    assert workspace.tech_packs.by_label("RG-014").id == revision_id  # newest issued
    with pytest.raises(NotFound, match="RG-014 has no revision C \\(it has A, B\\)"):
        workspace.tech_packs.by_label("RG-014", "C")
    with pytest.raises(NotFound, match="no design with code 'XX-1'"):
        workspace.tech_packs.by_label("XX-1")
    other = workspace.designs.add(make.design("RG-020"))
    with pytest.raises(NotFound, match="RG-020 has no tech pack revision yet"):
        workspace.tech_packs.by_label("RG-020")
    draft = workspace.tech_packs.draft_for(other)
    assert workspace.tech_packs.by_label("RG-020").id == draft.id  # nothing issued yet
    with pytest.raises(NotFound):
        workspace.tech_packs.get(9999)
    with pytest.raises(NotFound):
        workspace.tech_packs.image_for_snapshot(revision_id, 9999)
    with pytest.raises(NotFound):
        workspace.tech_packs.draft_for(9999)


def test_a_revision_issued_before_snapshots_is_kept_but_not_printed_as_one(make_workspace):
    workspace = make_workspace()
    design_id = workspace.designs.add(make.design())
    old = workspace.tech_packs.add(TechPackRevision(
        design_id, "A", RevisionStatus.ISSUED, {"stamp": "925"}, dt.date(2025, 3, 1)))
    with pytest.raises(IncompleteSnapshot, match="older jewelbench"):
        workspace.tech_packs.snapshot(old)
    b = workspace.tech_packs.draft_for(design_id)
    assert b.revision == "B"
    assert workspace.tech_packs.draft(b.id) == TechPackDraft()


# --- the brand ------------------------------------------------------------------------------


def test_the_brand_profile_round_trips_and_starts_empty(make_workspace):
    workspace = make_workspace()
    assert workspace.brand.get() == Brand()
    workspace.brand.set(BRAND)
    workspace = reopen(workspace)
    try:
        assert workspace.brand.get() == BRAND
        workspace.brand.set(Brand("Aurelia", ""))
        assert workspace.brand.get() == Brand("Aurelia", "")
        assert query(workspace.path, "SELECT count(*) FROM brand_profile") == [(1,)]
    finally:
        workspace.close()


@pytest.mark.parametrize("make_brand, message", [
    (lambda: Brand("A", "", b"", "image/png"), "logo is empty"),
    (lambda: Brand("A", "", b"x", "application/pdf"), "must be an image"),
    (lambda: Brand("A" * 201), "longer than 200"),
])
def test_a_bad_brand_is_refused(make_brand, message):
    with pytest.raises(DomainError, match=message):
        make_brand()


def test_a_read_only_workspace_reads_revisions_and_refuses_writes(issued):
    workspace, design_id, revision_id = issued
    workspace.close()
    with Workspace.open(workspace.path, read_only=True) as reading:
        assert reading.tech_packs.snapshot(revision_id)["revision"] == "A"
        with pytest.raises(StorageError, match="read-only"):
            reading.tech_packs.draft_for(design_id)


def test_a_draft_can_be_discarded_but_an_issued_revision_cannot(tmp_path):
    import datetime as dt

    import storage_helpers as make

    from jewelbench.storage import Workspace
    from jewelbench.storage.techpacks import RevisionIssued

    with Workspace.create(tmp_path / "discard.jewelbench") as workspace:
        design_id = workspace.designs.add(make.design("RG-500"))
        draft = workspace.tech_packs.draft_for(design_id)
        workspace.tech_packs.issue(draft.id, "First issue", dt.date(2026, 1, 5))
        with pytest.raises(RevisionIssued):
            workspace.tech_packs.discard_draft(draft.id)
        second = workspace.tech_packs.draft_for(design_id)
        assert second.revision == "B"
        workspace.tech_packs.discard_draft(second.id)
        assert [r.revision for r in workspace.tech_packs.for_design(design_id)] == ["A"]
