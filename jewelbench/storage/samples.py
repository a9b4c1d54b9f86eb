"""Sample rounds with measurements, QC checks and photos; approving one, and what production
is held to (an approved sample of the design's current tech pack revision)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import jewelbench.storage.listing as listing
import jewelbench.storage.production as production
from jewelbench.domain.designs import LifecycleStatus
from jewelbench.domain.samples import (
    APPROVING,
    ApprovalProblem,
    Measurement,
    MeasurementSheet,
    QcCheck,
    QcResult,
    QcStage,
    SampleDecision,
    SamplePhoto,
    SampleRound,
    approval_problems,
    approve_round,
    check_approval,
    check_change,
    next_round_number,
    sheet_from_snapshot,
)
from jewelbench.domain.validation import DomainError
from jewelbench.storage.convert import (
    date_in,
    date_out,
    dec_in,
    dec_out,
    enum_in,
    stored_date,
    stored_decimal,
    stored_enum,
    stored_int,
    stored_values,
)
from jewelbench.storage.repository import (
    DuplicateError,
    NotFound,
    StorageError,
    now_text,
    replace_children,
)
from jewelbench.storage.store import Store, is_duplicate, is_duplicate_id
from jewelbench.storage.techpacks import IncompleteSnapshot, TechPackRepository


@dataclass(frozen=True)
class SampleSummary:
    id: int
    design_code: str
    supplier: str
    round_number: int
    revision: str
    requested_on: dt.date
    received_on: dt.date | None
    decision: str | None
    qc_passed: int
    qc_failed: int
    # for navigation, the timeline and deleting (what goes with a round)
    design_id: int = 0
    supplier_id: int = 0
    tech_pack_revision_id: int | None = None
    decided_on: dt.date | None = None
    notes: str = ""
    dfm_feedback: str = ""
    photo_count: int = 0
    golden_count: int = 0
    design_name: str = ""
    deviations: str = ""
    deviation_reason: str = ""

    @property
    def with_deviations(self) -> bool:
        return bool(self.deviation_reason) and self.decision in APPROVING

    @property
    def deviation_lines(self) -> list[str]:
        return [line for line in self.deviations.splitlines() if line.strip()]

    @property
    def state(self) -> str:
        if self.decision:
            return self.decision
        return "received" if self.received_on else "requested"


@dataclass(frozen=True)
class GoldenState:
    """What approving a sample changes beyond the round itself, kept to put back on undo:
    the design's status and which of its sample photos were the golden sample."""

    design_id: int
    design_status: LifecycleStatus
    golden_photo_ids: frozenset[int]


# Approving moves a design up to "approved"; one in production or retired stays where it is.
_MOVED_BY_APPROVAL = frozenset({LifecycleStatus.IDEA, LifecycleStatus.DEVELOPMENT,
                                LifecycleStatus.SAMPLING, LifecycleStatus.APPROVED})

_SUMMARY_SQL = """
    SELECT r.id, d.code AS design_code, s.name AS supplier, r.round_number,
           coalesce(t.revision, '') AS revision, r.requested_on, r.received_on, r.decision,
      (SELECT count(*) FROM qc_checks c WHERE c.sample_round_id = r.id AND c.result = 'pass')
        AS qc_passed,
      (SELECT count(*) FROM qc_checks c WHERE c.sample_round_id = r.id AND c.result = 'fail')
        AS qc_failed,
      r.design_id, r.supplier_id, r.tech_pack_revision_id, r.decided_on, r.notes,
      r.dfm_feedback,
      (SELECT count(*) FROM sample_photos p WHERE p.sample_round_id = r.id) AS photo_count,
      (SELECT count(*) FROM sample_photos p WHERE p.sample_round_id = r.id AND p.is_golden)
        AS golden_count,
      d.name AS design_name, r.deviations, r.deviation_reason
    FROM sample_rounds r JOIN designs d ON d.id = r.design_id
    JOIN suppliers s ON s.id = r.supplier_id
    LEFT JOIN tech_pack_revisions t ON t.id = r.tech_pack_revision_id
"""


def _summary(r: dict[str, Any]) -> SampleSummary:
    decision = enum_in(SampleDecision, r["decision"])
    return SampleSummary(
        id=r["id"], design_code=r["design_code"], supplier=r["supplier"],
        round_number=stored_int(r["round_number"]), revision=r["revision"],
        requested_on=stored_date(r["requested_on"]), received_on=date_in(r["received_on"]),
        decision=None if decision is None else decision.value, qc_passed=r["qc_passed"],
        qc_failed=r["qc_failed"], design_id=r["design_id"], supplier_id=r["supplier_id"],
        tech_pack_revision_id=r["tech_pack_revision_id"], decided_on=date_in(r["decided_on"]),
        notes=r["notes"], dfm_feedback=r["dfm_feedback"], photo_count=r["photo_count"],
        golden_count=r["golden_count"], design_name=r["design_name"],
        deviations=r["deviations"], deviation_reason=r["deviation_reason"])


class SampleRepository:
    """Sample rounds. tech_packs (given by the Workspace) reads the revision a round is
    measured against."""

    def __init__(self, db: Store, tech_packs: TechPackRepository) -> None:
        self._db = db
        self._tech_packs = tech_packs

    # --- writing -------------------------------------------------------------------------

    def add(self, sample: SampleRound, *, restoring: bool = False) -> int:
        """Insert the round (with its id when it has one: a deleted round put back by undo
        keeps its id) and its measurements, QC checks and photos. An approved round with
        problems needs its deviations' reason (DeviationsNeedReason), unless restoring puts
        back a round exactly as it was stored (undo)."""
        original_id = sample.id
        with self._db.atomic():
            if not restoring:
                self._check_approval(sample)
            try:
                cursor = self._db.execute(
                    "INSERT INTO sample_rounds (id, design_id, supplier_id, "
                    "tech_pack_revision_id, round_number, requested_on, received_on, "
                    "measured_weight_g, dfm_feedback, decision, decided_on, notes, "
                    "deviations, deviation_reason) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [sample.id, *self._row(sample)])
            except sqlite3.IntegrityError as error:
                raise self._integrity(sample, error) from None
            sample.id = int(cursor.lastrowid or 0)
            self._db.on_rollback(lambda: setattr(sample, "id", original_id))
            self._save_children(sample.id, sample)
        return sample.id

    def update(self, sample: SampleRound, *, restoring: bool = False) -> None:
        """Write the round as it is now: its row, measurements, QC checks and photos (photos
        it keeps keep their ids and are not rewritten). A round that becomes approved here
        is held to what approve() is: DeviationsNeedReason when it has problems and no
        reason; one that stays approved may not gain a problem it was not approved with
        (check_change). Neither applies when restoring puts back the round as it was stored
        (undo: a round approved before jewelbench asked for reasons stays as it was)."""
        if sample.id is None:
            raise NotFound("This sample round has not been saved yet")
        with self._db.atomic():
            stored = self._db.execute("SELECT decision FROM sample_rounds WHERE id = ?",
                                      [sample.id]).fetchone()
            if restoring or stored is None:
                pass  # put back as it was; or gone (NotFound below)
            elif stored[0] != (sample.decision.value if sample.decision else None):
                self._check_approval(sample)
            elif sample.approved:  # still approved: a change may not bring a new problem
                check_change(self.get(sample.id), sample, self.sheet_for(sample))
            try:
                cursor = self._db.execute(
                    "UPDATE sample_rounds SET design_id = ?, supplier_id = ?, "
                    "tech_pack_revision_id = ?, round_number = ?, requested_on = ?, "
                    "received_on = ?, measured_weight_g = ?, dfm_feedback = ?, decision = ?, "
                    "decided_on = ?, notes = ?, deviations = ?, deviation_reason = ? "
                    "WHERE id = ?", [*self._row(sample), sample.id])
            except sqlite3.IntegrityError as error:
                raise self._integrity(sample, error) from None
            if cursor.rowcount != 1:
                raise NotFound(f"Sample round #{sample.id} no longer exists")
            self._save_children(sample.id, sample)

    def delete(self, sample_id: int) -> None:
        """The round with its measurements, QC checks and photos."""
        with self._db.atomic():
            self._db.execute("DELETE FROM sample_rounds WHERE id = ?", [sample_id])

    def approve(self, sample_id: int, decision: SampleDecision | str,
                decided_on: dt.date, reason: str = "") -> GoldenState:
        """Record an approving decision in one transaction: the design moves to approved
        (one already in production or retired stays so), this round's photos become the
        golden sample and no other round's photos of the design are. A round with problems
        (a failed QC stage, a critical dimension or the weight out of tolerance) is approved
        only with a reason, and then stored with its deviations. Returns what it was before,
        for restore_golden_state(). Raises DeviationsNeedReason (problems and no reason,
        carrying the problems), DomainError (not received, not an approving decision, a date
        before receipt), NotFound."""
        decision = SampleDecision(decision)
        if decision not in APPROVING:
            raise DomainError("Only an approval (with or without changes) makes the golden "
                              "sample")
        with self._db.atomic():
            sample = self.get(sample_id)
            decided = approve_round(sample, decision, decided_on, self.sheet_for(sample),
                                    reason)
            before = self.golden_state(sample.design_id)
            for photo in decided.photos:
                photo.is_golden = True
            self.update(decided)
            self._db.execute(
                "UPDATE sample_photos SET is_golden = 0 WHERE sample_round_id IN (SELECT id "
                "FROM sample_rounds WHERE design_id = ? AND id <> ?)",
                [sample.design_id, sample_id])
            if before.design_status in _MOVED_BY_APPROVAL:
                self._set_design_status(sample.design_id, LifecycleStatus.APPROVED)
        return before

    def sheet_for(self, sample: SampleRound) -> MeasurementSheet | None:
        """The sheet the round's problems are read against: its revision's, or None when it
        names no revision or the revision gives nothing to measure against."""
        if sample.tech_pack_revision_id is None:
            return None
        try:
            return self.measurement_sheet(sample.tech_pack_revision_id)
        except (DomainError, StorageError):
            return None

    def problems(self, sample_id: int) -> list[ApprovalProblem]:
        """What stands against approving the round as it is stored."""
        sample = self.get(sample_id)
        return approval_problems(sample, self.sheet_for(sample))

    def _check_approval(self, sample: SampleRound) -> None:
        if sample.approved and not sample.deviation_reason:
            check_approval(sample, self.sheet_for(sample))

    def golden_state(self, design_id: int) -> GoldenState:
        row = self._db.execute("SELECT status FROM designs WHERE id = ?", [design_id]).fetchone()
        if row is None:
            raise NotFound(f"Design #{design_id} no longer exists")
        golden = self._db.execute(
            "SELECT p.id FROM sample_photos p JOIN sample_rounds r ON r.id = p.sample_round_id "
            "WHERE r.design_id = ? AND p.is_golden", [design_id]).fetchall()
        with stored_values():
            return GoldenState(design_id, stored_enum(LifecycleStatus, row[0]),
                               frozenset(int(r[0]) for r in golden))

    def restore_golden_state(self, state: GoldenState) -> None:
        """Put the design's status and golden photos back as golden_state() read them (undo
        of an approval: no production check, this is where the design was)."""
        with self._db.atomic():
            self._set_design_status(state.design_id, state.design_status)
            self._db.execute(
                "UPDATE sample_photos SET is_golden = 0 WHERE sample_round_id IN (SELECT id "
                "FROM sample_rounds WHERE design_id = ?)", [state.design_id])
            for photo_id in sorted(state.golden_photo_ids):
                self._db.execute("UPDATE sample_photos SET is_golden = 1 WHERE id = ?",
                                 [photo_id])

    def _set_design_status(self, design_id: int, status: LifecycleStatus) -> None:
        cursor = self._db.execute(
            "UPDATE designs SET status = ?, updated_at = ? WHERE id = ? AND status <> ?",
            [status.value, now_text(), design_id, status.value])
        if cursor.rowcount == 0 and self._db.execute(
                "SELECT 1 FROM designs WHERE id = ?", [design_id]).fetchone() is None:
            raise NotFound(f"Design #{design_id} no longer exists")

    @staticmethod
    def _row(sample: SampleRound) -> list[Any]:
        return [sample.design_id, sample.supplier_id, sample.tech_pack_revision_id,
                sample.round_number, date_out(sample.requested_on),
                date_out(sample.received_on), dec_out(sample.measured_weight_g),
                sample.dfm_feedback, sample.decision.value if sample.decision else None,
                date_out(sample.decided_on), sample.notes, sample.deviations,
                sample.deviation_reason]

    @staticmethod
    def _integrity(sample: SampleRound, error: sqlite3.IntegrityError) -> StorageError:
        if is_duplicate_id(error):
            return DuplicateError(f"Sample round #{sample.id} already exists")
        if is_duplicate(error):  # the one other key: (design, supplier, round number)
            return DuplicateError(f"Round {sample.round_number} already exists for this design "
                                  "and supplier")
        return StorageError(
            f"The sample's design, supplier or revision does not exist ({error})")

    def _save_children(self, sample_id: int, sample: SampleRound) -> None:
        db = self._db
        replace_children(db, "sample_measurements", "sample_round_id", sample_id, (
            {"dimension": m.dimension, "unit": m.unit, "nominal": str(m.nominal),
             "tolerance": str(m.tolerance), "measured": str(m.measured)}
            for m in sample.measurements))
        replace_children(db, "qc_checks", "sample_round_id", sample_id, (
            {"stage": int(c.stage), "result": c.result.value if c.result else None,
             "notes": c.notes} for c in sample.qc_checks))
        # Photos are large: those the round keeps are updated in place, not written again.
        own = {int(row[0]) for row in db.execute(
            "SELECT id FROM sample_photos WHERE sample_round_id = ?", [sample_id])}
        kept = {p.id for p in sample.photos if p.id in own}
        for gone in sorted(own - kept):
            db.execute("DELETE FROM sample_photos WHERE id = ?", [gone])
        written: set[int] = set()
        for photo in sample.photos:
            if photo.id in own and photo.id not in written:
                db.execute("UPDATE sample_photos SET caption = ?, is_golden = ? WHERE id = ?",
                           [photo.caption, int(photo.is_golden), photo.id])
                written.add(photo.id)
                continue
            # a new photo, or one put back by undo (it gets its old id when that is free)
            free = photo.id is not None and photo.id not in written and db.execute(
                "SELECT 1 FROM sample_photos WHERE id = ?", [photo.id]).fetchone() is None
            cursor = db.execute(
                "INSERT INTO sample_photos (id, sample_round_id, caption, is_golden, "
                "mime_type, image, thumbnail) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [photo.id if free else None, sample_id, photo.caption, int(photo.is_golden),
                 photo.mime_type, photo.image, photo.thumbnail])
            written.add(int(cursor.lastrowid or 0))

    # --- reading -------------------------------------------------------------------------

    def get(self, sample_id: int) -> SampleRound:
        rows = list(self._db.query("SELECT * FROM sample_rounds WHERE id = ?", [sample_id]))
        if not rows:
            raise NotFound(f"Sample round #{sample_id} does not exist")
        r = rows[0]

        def children(table: str, order: str = "rowid") -> list[dict[str, Any]]:
            return list(self._db.query(
                f"SELECT * FROM {table} WHERE sample_round_id = ? ORDER BY {order}",
                [sample_id]))

        with stored_values():
            return SampleRound(
                id=r["id"], design_id=r["design_id"], supplier_id=r["supplier_id"],
                tech_pack_revision_id=r["tech_pack_revision_id"],
                round_number=stored_int(r["round_number"]),
                requested_on=stored_date(r["requested_on"]),
                received_on=date_in(r["received_on"]),
                measured_weight_g=dec_in(r["measured_weight_g"]), dfm_feedback=r["dfm_feedback"],
                decision=enum_in(SampleDecision, r["decision"]),
                decided_on=date_in(r["decided_on"]), notes=r["notes"],
                deviations=r["deviations"], deviation_reason=r["deviation_reason"],
                measurements=[Measurement(m["dimension"], stored_decimal(m["nominal"]),
                                          stored_decimal(m["tolerance"]),
                                          stored_decimal(m["measured"]), m["unit"])
                              for m in children("sample_measurements")],
                qc_checks=[QcCheck(stored_enum(QcStage, c["stage"]), enum_in(QcResult, c["result"]),
                                   c["notes"])
                           for c in children("qc_checks", "stage")],
                photos=[SamplePhoto(p["image"], p["thumbnail"], p["mime_type"], p["caption"],
                                    bool(p["is_golden"]), p["id"])
                        for p in children("sample_photos", "id")])

    def summary(self, sample_id: int) -> SampleSummary:
        rows = self._db.query(_SUMMARY_SQL + " WHERE r.id = ?", [sample_id])
        if not rows:
            raise NotFound(f"Sample round #{sample_id} no longer exists")
        return _summary(rows[0])

    def summaries(self, design_id: int | None = None,
                  supplier_id: int | None = None) -> list[SampleSummary]:
        """Every round (or one design's, one supplier's), by design, supplier and round."""
        where, params = self._where(design_id, supplier_id)
        rows = self._db.query(_SUMMARY_SQL + where + " ORDER BY d.code, s.name, "
                              "r.round_number", params)
        return [_summary(r) for r in rows]

    # --- the list read a page at a time (sorted, filtered and searched in SQL) -----------

    def list_count(self, query: listing.ListQuery) -> int:
        """How many rounds the query shows (filters: design_id, supplier_id; states, OR'd
        with the search: the rounds whose state's name matches the typed text)."""
        return listing.count(self._db, listing.SAMPLES, query)

    def list_ids(self, query: listing.ListQuery) -> list[int]:
        """The ids of every row the query shows, in its order."""
        return listing.ids(self._db, listing.SAMPLES, query)

    def list_rows(self, ids: Sequence[int]) -> list[SampleSummary]:
        """The rows of these ids, in this order (one gone meanwhile left out)."""
        if not ids:
            return []
        rows = self._db.query(_SUMMARY_SQL + " WHERE r.id IN " + listing.id_list(ids))
        return listing.in_order([_summary(r) for r in rows], ids)

    def list_page(self, query: listing.ListQuery, offset: int,
                  limit: int) -> list[SampleSummary]:
        return self.list_rows(listing.page_ids(self._db, listing.SAMPLES, query, offset, limit))

    def list_position(self, query: listing.ListQuery, sample_id: int) -> int | None:
        return listing.position(self._db, listing.SAMPLES, query, sample_id)

    def list_stats(self, query: listing.ListQuery) -> tuple[int, int, int]:
        """(rounds, approved, open) among the rounds the query shows."""
        clause, params = listing.where(listing.SAMPLES, query)
        row = self._db.query(
            "SELECT count(*) AS rounds, "
            "total(r.decision IN ('approved', 'approved_with_changes')) AS approved, "
            f"total({listing.SAMPLE_STATE} IN ('requested', 'received')) AS still_open "
            f"FROM {listing.SAMPLES.base}{clause}", params)[0]
        return int(row["rounds"]), int(row["approved"]), int(row["still_open"])

    def history(self, design_id: int) -> list[SampleSummary]:
        """A design's rounds as a timeline: oldest request first."""
        rows = self._db.query(_SUMMARY_SQL + " WHERE r.design_id = ? ORDER BY r.requested_on, "
                              "r.round_number, s.name, r.id", [design_id])
        return [_summary(r) for r in rows]

    @staticmethod
    def _where(design_id: int | None, supplier_id: int | None) -> tuple[str, list[int]]:
        clauses, params = [], []
        if design_id is not None:
            clauses.append("r.design_id = ?")
            params.append(design_id)
        if supplier_id is not None:
            clauses.append("r.supplier_id = ?")
            params.append(supplier_id)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def next_round_number(self, design_id: int, supplier_id: int) -> int:
        """The number a new round with this supplier for this design gets."""
        rows = self._db.execute("SELECT round_number FROM sample_rounds WHERE design_id = ? "
                                "AND supplier_id = ?", [design_id, supplier_id]).fetchall()
        return next_round_number(stored_int(r[0]) for r in rows)

    def golden_photos(self, design_id: int) -> list[SamplePhoto]:
        """The golden sample production of this design is held to: the photos of its
        approved round."""
        rows = self._db.query(
            "SELECT p.* FROM sample_photos p JOIN sample_rounds r ON r.id = p.sample_round_id "
            "WHERE r.design_id = ? AND p.is_golden ORDER BY p.id", [design_id])
        return [SamplePhoto(p["image"], p["thumbnail"], p["mime_type"], p["caption"], True,
                            p["id"]) for p in rows]

    def measurement_sheet(self, revision_id: int) -> MeasurementSheet:
        """What a sample of this tech pack revision is measured against. Raises DomainError
        (the revision gives no dimensions or weight tolerance), NotFound."""
        tech_packs = self._tech_packs
        try:
            snapshot = tech_packs.snapshot(revision_id)
        except IncompleteSnapshot:
            # issued by an older jewelbench: its draft part still holds the tolerances
            revision = tech_packs.get(revision_id)
            draft = tech_packs.draft(revision_id)
            code = self._db.execute("SELECT code FROM designs WHERE id = ?",
                                    [revision.design_id]).fetchone()
            snapshot = {"design": {"code": code[0] if code else ""},
                        "revision": revision.revision, **draft.to_content()}
        return sheet_from_snapshot(snapshot)

    def current_revision(self, design_id: int) -> tuple[int, str] | None:
        """The design's newest issued tech pack revision (id, label): the one production
        is held to (storage/production.py)."""
        return production.current_revision(self._db, design_id)

    def check_production(self, design_id: int, design_code: str) -> None:
        """DomainError unless the design is in production already or has an approved
        sample of its current tech pack revision (storage/production.py)."""
        production.check_production(self._db, design_id, design_code)
