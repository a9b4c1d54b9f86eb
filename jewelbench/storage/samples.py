"""Sample rounds with measurements, QC checks and photos."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jewelbench.domain.samples import Measurement, QcCheck, SamplePhoto, SampleRound
from jewelbench.storage.convert import date_in, date_out, dec_in, dec_out
from jewelbench.storage.repository import (
    DuplicateError,
    NotFound,
    StorageError,
    replace_children,
)
from jewelbench.storage.store import Store


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

    @property
    def state(self) -> str:
        if self.decision:
            return self.decision
        return "received" if self.received_on else "requested"


class SampleRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def add(self, sample: SampleRound) -> int:
        with self._db.atomic():
            try:
                cursor = self._db.execute(
                    "INSERT INTO sample_rounds (design_id, supplier_id, tech_pack_revision_id, "
                    "round_number, requested_on, received_on, measured_weight_g, dfm_feedback, "
                    "decision, decided_on, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [sample.design_id, sample.supplier_id, sample.tech_pack_revision_id,
                     sample.round_number, date_out(sample.requested_on),
                     date_out(sample.received_on), dec_out(sample.measured_weight_g),
                     sample.dfm_feedback, sample.decision.value if sample.decision else None,
                     date_out(sample.decided_on), sample.notes])
            except sqlite3.IntegrityError as error:
                if "UNIQUE" in str(error):
                    raise DuplicateError(
                        f"Round {sample.round_number} already exists for this design and "
                        "supplier") from None
                raise StorageError(
                    f"The sample's design, supplier or revision does not exist ({error})") from None
            sample.id = int(cursor.lastrowid or 0)
            self._db.on_rollback(lambda: setattr(sample, "id", None))
            replace_children(self._db, "sample_measurements", "sample_round_id", sample.id, (
                {"dimension": m.dimension, "unit": m.unit, "nominal": str(m.nominal),
                 "tolerance": str(m.tolerance), "measured": str(m.measured)}
                for m in sample.measurements))
            replace_children(self._db, "qc_checks", "sample_round_id", sample.id, (
                {"stage": int(c.stage), "result": c.result.value if c.result else None,
                 "notes": c.notes} for c in sample.qc_checks))
            replace_children(self._db, "sample_photos", "sample_round_id", sample.id, (
                {"caption": p.caption, "is_golden": int(p.is_golden), "mime_type": p.mime_type,
                 "image": p.image, "thumbnail": p.thumbnail} for p in sample.photos))
        return sample.id

    def get(self, sample_id: int) -> SampleRound:
        rows = list(self._db.query("SELECT * FROM sample_rounds WHERE id = ?", [sample_id]))
        if not rows:
            raise NotFound(f"Sample round #{sample_id} does not exist")
        r = rows[0]

        def children(table: str) -> list[dict[str, Any]]:
            return list(self._db.query(
                f"SELECT * FROM {table} WHERE sample_round_id = ? ORDER BY rowid", [sample_id]))

        return SampleRound(
            id=r["id"], design_id=r["design_id"], supplier_id=r["supplier_id"],
            tech_pack_revision_id=r["tech_pack_revision_id"], round_number=r["round_number"],
            requested_on=dt.date.fromisoformat(r["requested_on"]),
            received_on=date_in(r["received_on"]),
            measured_weight_g=dec_in(r["measured_weight_g"]), dfm_feedback=r["dfm_feedback"],
            decision=r["decision"], decided_on=date_in(r["decided_on"]), notes=r["notes"],
            measurements=[Measurement(m["dimension"], Decimal(m["nominal"]),
                                      Decimal(m["tolerance"]), Decimal(m["measured"]), m["unit"])
                          for m in children("sample_measurements")],
            qc_checks=[QcCheck(c["stage"], c["result"], c["notes"])
                       for c in children("qc_checks")],
            photos=[SamplePhoto(p["image"], p["thumbnail"], p["mime_type"], p["caption"],
                                bool(p["is_golden"]), p["id"])
                    for p in children("sample_photos")])

    def summaries(self) -> list[SampleSummary]:
        rows = self._db.execute("""
            SELECT r.id, d.code, s.name, r.round_number, coalesce(t.revision, ''),
                   r.requested_on, r.received_on, r.decision,
              (SELECT count(*) FROM qc_checks c WHERE c.sample_round_id = r.id
                 AND c.result = 'pass'),
              (SELECT count(*) FROM qc_checks c WHERE c.sample_round_id = r.id
                 AND c.result = 'fail')
            FROM sample_rounds r JOIN designs d ON d.id = r.design_id
            JOIN suppliers s ON s.id = r.supplier_id
            LEFT JOIN tech_pack_revisions t ON t.id = r.tech_pack_revision_id
            ORDER BY d.code, s.name, r.round_number""").fetchall()
        return [SampleSummary(r[0], r[1], r[2], r[3], r[4], dt.date.fromisoformat(r[5]),
                              date_in(r[6]), r[7], r[8], r[9]) for r in rows]
