"""Tech pack revisions: drafts the user edits, and issued snapshots the file keeps frozen.

Issuing a revision stores its complete snapshot (docs/techpack-format.md) as the revision's
content and copies the design's images and the brand logo into revision_images and
revision_brand_logos; triggers in the file then refuse any change to all three.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from jewelbench.domain.alloys import Alloy
from jewelbench.domain.brand import Brand
from jewelbench.domain.samples import deviation_note
from jewelbench.domain.techpacks import (
    QC_TEMPLATE,
    Callout,
    Change,
    QcCriterion,
    RevisionStatus,
    SnapshotImage,
    TechPackDraft,
    TechPackRevision,
    build_snapshot,
    diff_snapshots,
    is_complete_snapshot,
    revision_index,
    revision_label,
    revision_sort_key,
)
from jewelbench.domain.validation import DomainError
from jewelbench.storage.brand import read_brand
from jewelbench.storage.convert import (
    content_out,
    date_in,
    date_out,
    stored_blob,
    stored_content,
    stored_enum,
    stored_values,
)
from jewelbench.storage.repository import (
    DuplicateError,
    NotFound,
    StorageError,
)
from jewelbench.storage.store import Store, is_duplicate

if TYPE_CHECKING:
    from jewelbench.storage.designs import DesignRepository
    from jewelbench.storage.prices import PriceRepository


class RevisionIssued(StorageError):
    """A change to an issued revision: it can only be superseded by a new revision."""


class IncompleteSnapshot(StorageError):
    """An issued revision written before jewelbench kept complete snapshots: it cannot be
    printed as the factory received it."""


def _revision(row: dict[str, Any]) -> TechPackRevision:
    with stored_values():
        return TechPackRevision(row["design_id"], row["revision"],
                                stored_enum(RevisionStatus, row["status"]),
                                stored_content(row["content"]), date_in(row["issued_on"]),
                                row["change_note"], row["id"])


class TechPackRepository:
    """Drafts and issued revisions. designs reads the design a snapshot is built from, prices
    the workspace's alloys: both given by the Workspace, which makes every repository."""

    def __init__(self, db: Store, designs: DesignRepository, prices: PriceRepository) -> None:
        self._db = db
        self._designs = designs
        self._prices = prices

    # --- reading -------------------------------------------------------------------------

    def for_design(self, design_id: int) -> list[TechPackRevision]:
        """The design's revisions in order: A … Z, AA …"""
        return [_revision(r) for r in self._db.query(
            "SELECT * FROM tech_pack_revisions WHERE design_id = ? "
            "ORDER BY length(revision), revision", [design_id])]

    revisions = for_design

    def get(self, revision_id: int) -> TechPackRevision:
        rows = self._db.query("SELECT * FROM tech_pack_revisions WHERE id = ?", [revision_id])
        if not rows:
            raise NotFound(f"Tech pack revision #{revision_id} does not exist")
        return _revision(rows[0])

    def by_label(self, design_code: str, revision_label: str | None = None) -> TechPackRevision:
        """Revision 'B' of design 'RG-014'. Without a label: the newest issued revision, or
        the open draft when none has been issued yet."""
        row = self._db.execute("SELECT id, code FROM designs WHERE code = ?",
                               [design_code.strip()]).fetchone()
        if row is None:
            raise NotFound(f"There is no design with code '{design_code}'")
        design_id, code = row
        revisions = self.for_design(design_id)
        if not revisions:
            raise NotFound(f"Design {code} has no tech pack revision yet")
        if revision_label is None:
            issued = [r for r in revisions if r.status is RevisionStatus.ISSUED]
            return (issued or revisions)[-1]
        wanted = revision_label.strip().upper()
        for revision in revisions:
            if revision.revision == wanted:
                return revision
        raise NotFound(f"Design {code} has no revision {wanted} (it has "
                       f"{', '.join(r.revision for r in revisions)})")

    def labels(self) -> dict[int, str]:
        """Revision id → 'RG-014 rev B', for lists that show which revision a row answers."""
        return {r[0]: f"{r[1]} rev {r[2]}" for r in self._db.execute(
            "SELECT t.id, d.code, t.revision FROM tech_pack_revisions t "
            "JOIN designs d ON d.id = t.design_id")}

    def draft(self, revision_id: int) -> TechPackDraft:
        """What the user edits in this revision (for an issued one: what it was issued with).
        Raises DomainError if the stored content does not hold a valid draft."""
        return TechPackDraft.from_content(self.get(revision_id).content)

    def snapshot(self, revision_id: int) -> dict[str, Any]:
        """The revision as a factory receives it (docs/techpack-format.md): for an issued
        revision the frozen snapshot, for a draft one built now from the design as it is."""
        revision = self.get(revision_id)
        if revision.status is RevisionStatus.ISSUED:
            if not is_complete_snapshot(revision.content):
                raise IncompleteSnapshot(
                    f"Revision {revision.revision} was issued by an older jewelbench that did "
                    "not keep a complete tech pack, so it cannot be printed as the factory "
                    "received it. Issue a new revision to print this design.")
            return dict(revision.content)
        return self._build(revision, RevisionStatus.DRAFT, None, revision.change_note,
                           read_brand(self._db), self._alloys(), None)

    def diff(self, old_revision_id: int, new_revision_id: int) -> list[Change]:
        """What changed from one revision to another (either may be the open draft),
        pictures replaced under the same caption included."""
        old, new = self.snapshot(old_revision_id), self.snapshot(new_revision_id)
        return diff_snapshots(old, new, old_pictures=self._pictures(old_revision_id, old),
                              new_pictures=self._pictures(new_revision_id, new))

    def _pictures(self, revision_id: int, snapshot: dict[str, Any]) -> list[str]:
        return [hashlib.sha256(self.image_for_snapshot(revision_id, image["id"])).hexdigest()
                for image in snapshot.get("images", [])]

    def revision_image(self, revision_id: int, image_id: int, *,
                       thumbnail: bool = False) -> bytes:
        """The frozen copy of an image, as an issued revision's images[].id names it."""
        column = "thumbnail" if thumbnail else "image"
        row = self._db.execute(f"SELECT {column} FROM revision_images "
                               "WHERE revision_id = ? AND id = ?",
                               [revision_id, image_id]).fetchone()
        if row is None:
            raise NotFound(f"Tech pack revision #{revision_id} has no image #{image_id}")
        return stored_blob(row[0])

    def image_for_snapshot(self, snapshot_owner_revision_id: int, image_id: int, *,
                           thumbnail: bool = False) -> bytes:
        """The bytes behind images[].id of this revision's snapshot: the frozen copy for an
        issued revision, the design's own image for a draft."""
        revision = self.get(snapshot_owner_revision_id)
        if revision.status is RevisionStatus.ISSUED:
            return self.revision_image(snapshot_owner_revision_id, image_id,
                                       thumbnail=thumbnail)
        column = "thumbnail" if thumbnail else "image"
        row = self._db.execute(f"SELECT {column} FROM design_images "
                               "WHERE design_id = ? AND id = ?",
                               [revision.design_id, image_id]).fetchone()
        if row is None:
            raise NotFound(f"The design no longer has image #{image_id}")
        return stored_blob(row[0])

    def brand_logo(self, revision_id: int) -> tuple[bytes, str] | None:
        """(logo bytes, MIME type) printed on this revision: the copy frozen when it was
        issued, or the brand's current logo for a draft; None without a logo."""
        revision = self.get(revision_id)
        if revision.status is RevisionStatus.ISSUED:
            row = self._db.execute("SELECT logo, mime_type FROM revision_brand_logos "
                                   "WHERE revision_id = ?", [revision_id]).fetchone()
            return None if row is None else (stored_blob(row[0]), row[1])
        brand = read_brand(self._db)
        if brand.logo is None or brand.logo_mime_type is None:
            return None
        return brand.logo, brand.logo_mime_type

    # --- the workspace's QC template -------------------------------------------------------

    def qc_template(self) -> list[QcCriterion]:
        """The six QC stages a new tech pack starts from: the user's wording, else the
        built-in QC_TEMPLATE."""
        stored = {row[0]: row[1] for row in self._db.execute(
            "SELECT stage, criteria FROM qc_template")}
        return [QcCriterion(c.stage, stored.get(c.stage, c.criteria)) for c in QC_TEMPLATE]

    def set_qc_template(self, criteria: Sequence[QcCriterion]) -> None:
        checked = TechPackDraft(qc_criteria=list(criteria)).qc_criteria  # all six, once each
        with self._db.atomic():
            self._db.execute("DELETE FROM qc_template")
            for criterion in checked:
                self._db.execute("INSERT INTO qc_template (stage, criteria) VALUES (?, ?)",
                                 [criterion.stage, criterion.criteria])

    # --- writing -------------------------------------------------------------------------

    def add(self, revision: TechPackRevision) -> int:
        """Store a revision as given (content as is). The editor uses draft_for(),
        save_draft() and issue(), which keep drafts and snapshots in their formats."""
        with self._db.atomic():
            try:
                cursor = self._db.execute(
                    "INSERT INTO tech_pack_revisions (design_id, revision, status, issued_on, "
                    "change_note, content) VALUES (?, ?, ?, ?, ?, ?)",
                    [revision.design_id, revision.revision, revision.status.value,
                     date_out(revision.issued_on), revision.change_note,
                     content_out(revision.content)])
            except sqlite3.IntegrityError as error:
                if is_duplicate(error):
                    raise DuplicateError(
                        f"Revision {revision.revision} already exists for this design") from None
                raise StorageError(f"This design does not exist ({error})") from None
        revision.id = int(cursor.lastrowid or 0)
        self._db.on_rollback(lambda: setattr(revision, "id", None))
        return revision.id

    def draft_for(self, design_id: int) -> TechPackRevision:
        """The design's open draft. When there is none, one is made (in one transaction) with
        the next letter: A for a design's first tech pack, else the letter after the newest
        issued revision, starting from that revision's content."""
        with self._db.atomic():
            if self._db.execute("SELECT 1 FROM designs WHERE id = ?",
                                [design_id]).fetchone() is None:
                raise NotFound(f"Design #{design_id} does not exist")
            revisions = self.for_design(design_id)
            drafts = [r for r in revisions if r.status is RevisionStatus.DRAFT]
            if drafts:
                return drafts[-1]
            issued = [r for r in revisions if r.status is RevisionStatus.ISSUED]
            if issued:
                last = max(issued, key=lambda r: revision_sort_key(r.revision))
                draft = self._continued(last)
                draft = self._with_accepted_deviations(draft, last)
                label = _label_after(last.revision, len(revisions))
            else:
                draft = TechPackDraft(qc_criteria=self.qc_template())
                label = revision_label(0)
            taken = {r.revision for r in revisions}
            while label in taken:
                label = _label_after(label, len(taken))
            revision = TechPackRevision(design_id, label, RevisionStatus.DRAFT,
                                        draft.to_content())
            self.add(revision)
        return revision

    def discard_draft(self, revision_id: int) -> None:
        """Remove a draft revision (undoing "start a new revision"), in one transaction.
        An issued revision is refused with RevisionIssued: it can only be superseded."""
        with self._db.atomic():
            revision = self.get(revision_id)
            self._refuse_issued(revision)
            self._db.execute("DELETE FROM tech_pack_revisions WHERE id = ? AND status = 'draft'",
                             [revision_id])

    def save_draft(self, revision_id: int, draft: TechPackDraft) -> None:
        """Store what the user edited, in one transaction. An issued revision is refused
        with RevisionIssued; an invalid draft with DomainError."""
        content = content_out(draft.to_content())
        with self._db.atomic():
            revision = self.get(revision_id)
            self._refuse_issued(revision)
            self._db.execute("UPDATE tech_pack_revisions SET content = ? "
                             "WHERE id = ? AND status = 'draft'", [content, revision_id])

    def issue(self, revision_id: int, change_note: str, issued_on: dt.date,
              brand: Brand | None = None,
              alloys: Sequence[Alloy] | None = None) -> TechPackRevision:
        """Freeze the draft, in one transaction: its complete snapshot, built from the design
        as it is now, becomes the content, the design's images and the brand logo are copied,
        and the revision is issued. brand and alloys default to the workspace's own."""
        with self._db.atomic():
            revision = self.get(revision_id)
            self._refuse_issued(revision)
            if not isinstance(issued_on, dt.date):
                raise DomainError("The issue date must be a date")
            later = [r for r in self.for_design(revision.design_id)
                     if r.status is RevisionStatus.ISSUED and r.issued_on is not None
                     and r.issued_on > issued_on]
            if later:
                raise DomainError(
                    f"Revision {revision.revision} cannot be issued on {issued_on.isoformat()}, "
                    f"before revision {later[-1].revision} ({later[-1].issued_on})")
            brand = read_brand(self._db) if brand is None else brand
            alloys = self._alloys() if alloys is None else alloys
            self._db.execute(
                "INSERT INTO revision_images (revision_id, position, caption, is_cover, "
                "mime_type, width, height, image, thumbnail, design_image_id) "
                "SELECT ?, position, caption, is_cover, mime_type, width, height, image, "
                "thumbnail, id FROM design_images WHERE design_id = ? ORDER BY position, id",
                [revision_id, revision.design_id])
            images = [SnapshotImage(r["id"], r["caption"], bool(r["is_cover"]), r["width"],
                                    r["height"], r["design_image_id"])
                      for r in self._db.query(
                          "SELECT id, caption, is_cover, width, height, design_image_id "
                          "FROM revision_images WHERE revision_id = ? ORDER BY position, id",
                          [revision_id])]
            if brand.logo is not None and brand.logo_mime_type is not None:
                self._db.execute("INSERT INTO revision_brand_logos (revision_id, mime_type, "
                                 "logo) VALUES (?, ?, ?)",
                                 [revision_id, brand.logo_mime_type, brand.logo])
            snapshot = self._build(revision, RevisionStatus.ISSUED, issued_on, change_note,
                                   brand, alloys, images)
            self._db.execute(
                "UPDATE tech_pack_revisions SET status = 'issued', issued_on = ?, "
                "change_note = ?, content = ? WHERE id = ? AND status = 'draft'",
                [issued_on.isoformat(), snapshot["change_note"], content_out(snapshot),
                 revision_id])
        return self.get(revision_id)

    # --- helpers -------------------------------------------------------------------------

    def _alloys(self) -> list[Alloy]:
        return self._prices.alloys()

    def _build(self, revision: TechPackRevision, status: RevisionStatus,
               issued_on: dt.date | None, change_note: str, brand: Brand,
               alloys: Sequence[Alloy], images: list[SnapshotImage] | None) -> dict[str, Any]:
        design = self._designs.get(revision.design_id)
        draft = TechPackDraft.from_content(revision.content)
        return build_snapshot(design, draft, alloys, revision.revision, status, issued_on,
                              change_note, self.for_design(revision.design_id), brand, images)

    def _refuse_issued(self, revision: TechPackRevision) -> None:
        if revision.status is not RevisionStatus.ISSUED:
            return
        code = self._db.execute("SELECT code FROM designs WHERE id = ?",
                                [revision.design_id]).fetchone()
        on = f" on {revision.issued_on.isoformat()}" if revision.issued_on else ""
        raise RevisionIssued(
            f"Revision {revision.revision} of {code[0] if code else 'this design'} was "
            f"issued{on} and can't change: an issued revision can only be superseded by a "
            "new revision.")

    def _with_accepted_deviations(self, draft: TechPackDraft,
                                  issued: TechPackRevision) -> TechPackDraft:
        """The next draft carries, in its DFM notes, a line for every sample round of the
        revision it continues that was approved with deviations: what was accepted and
        why, so the next revision fixes it or keeps it knowingly."""
        rows = self._db.execute(
            "SELECT d.code, r.round_number, s.name, r.decided_on, r.deviations, "
            "r.deviation_reason FROM sample_rounds r JOIN designs d ON d.id = r.design_id "
            "JOIN suppliers s ON s.id = r.supplier_id WHERE r.tech_pack_revision_id = ? "
            "AND r.deviation_reason <> '' AND r.decision IN ('approved', "
            "'approved_with_changes') ORDER BY r.decided_on, r.id", [issued.id]).fetchall()
        lines = [deviation_note(code, number, supplier, issued.revision, date_in(decided),
                                [line for line in deviations.splitlines() if line.strip()],
                                reason)
                 for code, number, supplier, decided, deviations, reason in rows]
        added = [line for line in lines if line not in draft.dfm_notes]
        if not added:
            return draft
        notes = "\n".join(([draft.dfm_notes] if draft.dfm_notes else []) + added)
        try:
            return replace(draft, dfm_notes=notes)
        except DomainError:  # notes too long to take more: the rounds still say it
            return draft

    def _continued(self, issued: TechPackRevision) -> TechPackDraft:
        """The next draft's start: what the issued revision said, its callouts moved back
        from the frozen copies to the design images they were copied from."""
        try:
            draft = TechPackDraft.from_content(issued.content)
        except DomainError:  # a revision issued before snapshots had this shape
            return TechPackDraft(qc_criteria=self.qc_template())
        if not is_complete_snapshot(issued.content):
            draft.callouts = []
            return draft
        source = {r[0]: r[1] for r in self._db.execute(
            "SELECT r.id, r.design_image_id FROM revision_images r "
            "JOIN design_images i ON i.id = r.design_image_id AND i.design_id = ? "
            "WHERE r.revision_id = ?", [issued.design_id, issued.id])}
        draft.callouts = [Callout(source[c.image_id], c.x, c.y, c.label)
                          for c in draft.callouts if c.image_id in source]
        return draft


def _label_after(label: str, count: int) -> str:
    try:
        return revision_label(revision_index(label) + 1)
    except ValueError:  # a label that is not letters, written by hand
        return revision_label(count)
