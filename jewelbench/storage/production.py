"""What production is held to, read from the file: an approved sample round of the design's
current (newest issued) tech pack revision.

The one place this cross-record rule is read: a design moved to production
(DesignRepository.update) and the samples' own view of it (SampleRepository.check_production,
current_revision) both call it. The rule itself is domain.samples.require_production_sample.
"""

from __future__ import annotations

from dataclasses import dataclass

from jewelbench.domain.samples import require_production_sample
from jewelbench.storage.repository import NotFound
from jewelbench.storage.store import Store


@dataclass(frozen=True)
class _Decided:
    tech_pack_revision_id: int | None
    decision: str | None


def current_revision(db: Store, design_id: int) -> tuple[int, str] | None:
    """The design's newest issued tech pack revision (id, label): the one production is
    held to."""
    rows = db.query(
        "SELECT id, revision FROM tech_pack_revisions WHERE design_id = ? AND "
        "status = 'issued' ORDER BY length(revision) DESC, revision DESC LIMIT 1",
        [design_id])
    return (int(rows[0]["id"]), str(rows[0]["revision"])) if rows else None


def check_production(db: Store, design_id: int, design_code: str) -> None:
    """DomainError unless the design is in production already or has an approved sample of
    its current tech pack revision; NotFound when the design is gone."""
    row = db.query("SELECT status FROM designs WHERE id = ?", [design_id])
    if not row:
        raise NotFound(f"Design '{design_code}' no longer exists")
    current = current_revision(db, design_id)
    decided = [_Decided(r["tech_pack_revision_id"], r["decision"]) for r in db.query(
        "SELECT tech_pack_revision_id, decision FROM sample_rounds WHERE design_id = ? "
        "AND decision IS NOT NULL", [design_id])]
    require_production_sample(design_code, row[0]["status"], decided,
                              current[0] if current else None,
                              current[1] if current else None)
