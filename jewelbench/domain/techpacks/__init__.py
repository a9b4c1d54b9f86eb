"""Tech pack revisions: a draft is editable, an issued one is frozen.

What the user edits beyond the bill of materials is a TechPackDraft. Issuing a revision turns
the design, its BOM and the draft into one snapshot (build_snapshot), the JSON document that
docs/techpack-format.md describes and that a factory receives. dfm_warnings() are the checks
jewelbench raises by itself; diff_snapshots() says what changed between two revisions.

Where each part lives:
- revisions.py: RevisionStatus, TechPackRevision (a revision as stored) and revision letters
  (revision_label, revision_index, revision_sort_key).
- sections.py: the values a draft is made of (Dimension, Finish, Hallmarks, Callout,
  QcCriterion), the QC template and compliance library the user starts from, FINISH_KINDS,
  and each value's JSON shape.
- draft.py: TechPackDraft, its checks and its JSON content (to_content / from_content).
- dfm.py: dfm_warnings(), the design-for-manufacturing checks (the hallmarking rules are in
  domain.hallmarks).
- snapshot.py: build_snapshot(), SnapshotImage, is_complete_snapshot(): what issuing freezes.
- changes.py: diff_snapshots() and Change: what changed from one revision to another.

Everything is importable from here, as it was when this was one module.
"""

from jewelbench.domain.hallmarks import hallmark_market
from jewelbench.domain.techpacks.changes import Change, diff_snapshots
from jewelbench.domain.techpacks.dfm import (
    MIN_PRONG_MM,
    MIN_WALL_MM,
    STERLING_FINENESS,
    VERMEIL_MIN_UM,
    dfm_warnings,
)
from jewelbench.domain.techpacks.draft import TechPackDraft
from jewelbench.domain.techpacks.revisions import (
    RevisionStatus,
    TechPackRevision,
    revision_index,
    revision_label,
    revision_sort_key,
)
from jewelbench.domain.techpacks.sections import (
    COMPLIANCE_LIBRARY,
    FINISH_KINDS,
    QC_TEMPLATE,
    Callout,
    ComplianceNote,
    Dimension,
    Finish,
    Hallmarks,
    QcCriterion,
)
from jewelbench.domain.techpacks.snapshot import (
    SNAPSHOT_FORMAT,
    SnapshotImage,
    build_snapshot,
    is_complete_snapshot,
)

__all__ = [
    "COMPLIANCE_LIBRARY",
    "FINISH_KINDS",
    "MIN_PRONG_MM",
    "MIN_WALL_MM",
    "QC_TEMPLATE",
    "SNAPSHOT_FORMAT",
    "STERLING_FINENESS",
    "VERMEIL_MIN_UM",
    "Callout",
    "Change",
    "ComplianceNote",
    "Dimension",
    "Finish",
    "Hallmarks",
    "QcCriterion",
    "RevisionStatus",
    "SnapshotImage",
    "TechPackDraft",
    "TechPackRevision",
    "build_snapshot",
    "dfm_warnings",
    "diff_snapshots",
    "hallmark_market",
    "is_complete_snapshot",
    "revision_index",
    "revision_label",
    "revision_sort_key",
]
