"""Every domain entity in one place, for code that wants them all (the demo, tests).

Code on the start-up path imports the feature module it needs (designs, quotes …) instead."""

from jewelbench.domain.designs import (
    Category,
    Design,
    DesignImage,
    FindingLine,
    LifecycleStatus,
    MetalLine,
    PackagingLine,
    PlatingLine,
    StoneLine,
    StoneOrigin,
)
from jewelbench.domain.prices import (
    PRICED_METALS,
    FxRate,
    MetalPrice,
)
from jewelbench.domain.quotes import (
    FeeKind,
    Incoterm,
    PricingBasis,
    Quote,
    QuoteFee,
    QuoteTier,
)
from jewelbench.domain.samples import (
    QC_STAGE_CHECKS,
    Measurement,
    QcCheck,
    QcResult,
    QcStage,
    SampleDecision,
    SamplePhoto,
    SampleRound,
)
from jewelbench.domain.scenarios import (
    Equipment,
    InHouseScenario,
    LabourOperation,
    Overhead,
    StaffRole,
)
from jewelbench.domain.suppliers import (
    CAPABILITIES,
    DUE_DILIGENCE_ITEMS,
    Certification,
    Contact,
    DueDiligenceItem,
    Supplier,
)
from jewelbench.domain.techpacks import (
    RevisionStatus,
    TechPackRevision,
    revision_label,
)
from jewelbench.domain.validation import DomainError

__all__ = [
    "DomainError",
    "Category",
    "Design",
    "DesignImage",
    "FindingLine",
    "LifecycleStatus",
    "MetalLine",
    "PackagingLine",
    "PlatingLine",
    "StoneLine",
    "StoneOrigin",
    "FxRate",
    "MetalPrice",
    "PRICED_METALS",
    "RevisionStatus",
    "TechPackRevision",
    "revision_label",
    "CAPABILITIES",
    "Certification",
    "Contact",
    "DUE_DILIGENCE_ITEMS",
    "DueDiligenceItem",
    "Supplier",
    "FeeKind",
    "Incoterm",
    "PricingBasis",
    "Quote",
    "QuoteFee",
    "QuoteTier",
    "Measurement",
    "QC_STAGE_CHECKS",
    "QcCheck",
    "QcResult",
    "QcStage",
    "SampleDecision",
    "SamplePhoto",
    "SampleRound",
    "Equipment",
    "InHouseScenario",
    "LabourOperation",
    "Overhead",
    "StaffRole",
]
