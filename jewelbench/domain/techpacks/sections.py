"""The sections of a tech pack the user writes, one value each: a dimension, a finish, the
hallmarks, a callout on an image, a QC stage's criteria; the standard QC template and compliance
notes the user starts from; and the JSON shape each takes in a draft and a snapshot."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jewelbench.domain.samples import QC_STAGE_NAMES, QcStage
from jewelbench.domain.validation import DomainError, check_count, check_number, check_text

# Finish names the editor offers; the finish of an area is free text.
FINISH_KINDS = ("high polish", "satin", "brushed", "matte", "sandblasted", "hammered",
                "oxidised", "textured", "diamond cut")

_MAX_MM = Decimal(2000)


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)


def _flag(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise DomainError(f"{what} must be yes or no")
    return value


@dataclass(frozen=True)
class Dimension:
    """A dimension the factory must hold: nominal ± tolerance, in millimetres."""

    name: str
    nominal_mm: Decimal
    tolerance_mm: Decimal
    critical: bool = False

    def __post_init__(self) -> None:
        name = check_text(self.name, "Dimension name", required=True)
        _set(self, "name", name)
        _set(self, "nominal_mm", check_number(self.nominal_mm, f"Nominal '{name}' (mm)",
                                              allow_equal=False, maximum=_MAX_MM))
        _set(self, "tolerance_mm", check_number(self.tolerance_mm, f"Tolerance of '{name}' (± mm)",
                                                maximum=Decimal(100)))
        _set(self, "critical", _flag(self.critical, f"Whether '{name}' is critical"))


@dataclass(frozen=True)
class Finish:
    """The surface finish of one area of the piece (high polish, brushed, matte, oxidised …)."""

    area: str
    finish: str

    def __post_init__(self) -> None:
        area = check_text(self.area, "Finish area", required=True)
        _set(self, "area", area)
        _set(self, "finish", check_text(self.finish, f"Finish of '{area}'", required=True))


@dataclass(frozen=True)
class Hallmarks:
    """Markets the piece is sold in (free text: UK and Ireland have known rules), the logo
    struck on it and the laser serial pattern."""

    markets: tuple[str, ...] = ()
    logo: str = ""
    laser_serial: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.markets, str) or not isinstance(self.markets, Iterable):
            raise DomainError("Hallmark markets must be a list of markets")
        markets: list[str] = []
        for market in self.markets:
            if not isinstance(market, str):
                raise DomainError("Each hallmark market must be text, such as UK")
            text = check_text(market, "Market", max_len=80)
            if text and text.casefold() not in {m.casefold() for m in markets}:
                markets.append(text)
        _set(self, "markets", tuple(markets))
        _set(self, "logo", check_text(self.logo, "Hallmark logo", max_len=500))
        _set(self, "laser_serial", check_text(self.laser_serial, "Laser serial", max_len=500))


@dataclass(frozen=True)
class Callout:
    """A label drawn on an image: x and y are fractions of its width and height (0–1),
    measured from the top-left corner. image_id is a design image's id."""

    image_id: int
    x: Decimal
    y: Decimal
    label: str

    def __post_init__(self) -> None:
        label = check_text(self.label, "Callout label", required=True)
        _set(self, "label", label)
        _set(self, "image_id", check_count(self.image_id, f"Image of callout '{label}'",
                                           minimum=1))
        for axis, across in (("x", "across"), ("y", "down")):
            _set(self, axis, check_number(
                getattr(self, axis), f"Position {axis} of callout '{label}' (0–1 {across} "
                                     "the image)", maximum=Decimal(1)))


@dataclass(frozen=True)
class QcCriterion:
    """What the factory checks at one of the six QC stages (DESIGN.md, "Six-stage QC")."""

    stage: int
    criteria: str

    def __post_init__(self) -> None:
        try:
            stage = QcStage(self.stage)
        except ValueError:
            raise DomainError(f"QC stage must be 1–6, not {self.stage}") from None
        _set(self, "stage", int(stage))
        _set(self, "criteria", check_text(
            self.criteria, f"QC criteria of stage {int(stage)} ({QC_STAGE_NAMES[stage]})",
            required=True, max_len=5000))

    @property
    def name(self) -> str:
        return QC_STAGE_NAMES[QcStage(self.stage)]


# The six-stage QC of DESIGN.md, written as a factory's inspector would check it. Each
# workspace keeps its own editable copy (the qc_template table), seeded from this.
QC_TEMPLATE: tuple[QcCriterion, ...] = (
    QcCriterion(1, "3D model structural integrity and castability: minimum wall and prong "
                   "sizes met, no thin unsupported sections, sprues and vents placed for a "
                   "complete fill."),
    QcCriterion(2, "No missing detail, porosity, pits, shrinkage or cracks under 10× "
                   "magnification."),
    QcCriterion(3, "Assembly complete and aligned; solder joints full and clean; findings "
                   "attached as specified."),
    QcCriterion(4, "No scratches, tool marks or polishing-compound residue; even lustre on "
                   "every finish area."),
    QcCriterion(5, "Every stone secure (no movement when pressed), level and aligned; prongs "
                   "smooth and snag-free."),
    QcCriterion(6, "Sample or 100 % check: weight and dimensions within tolerance, clasp and "
                   "moving parts work, appearance matches the approved sample."),
)


@dataclass(frozen=True)
class ComplianceNote:
    """A standard note the user can add to a tech pack's compliance notes."""

    key: str
    region: str
    text: str


COMPLIANCE_LIBRARY: tuple[ComplianceNote, ...] = (
    ComplianceNote(
        "eu_reach_nickel", "EU",
        "EU REACH Annex XVII entry 27, nickel release: ≤ 0.5 µg/cm²/week for parts in "
        "direct and prolonged contact with the skin, and ≤ 0.2 µg/cm²/week for posts "
        "inserted into pierced ears or other pierced parts of the body (EN 1811)."),
    ComplianceNote(
        "eu_reach_lead", "EU",
        "EU REACH Annex XVII entry 63, lead: < 0.05 % by weight in any part of the jewellery."),
    ComplianceNote(
        "eu_reach_cadmium", "EU",
        "EU REACH Annex XVII entry 23, cadmium: < 0.01 % by weight in metal parts of the "
        "jewellery."),
    ComplianceNote(
        "us_ftc_quality_marks", "US",
        "US FTC Jewelry Guides (16 CFR Part 23): quality marks (925, 14K, 585 …) must be "
        "accurate, and a quality mark may only be struck together with the maker's "
        "registered trademark (maker's mark)."),
    ComplianceNote(
        "us_cpsia_lead", "US",
        "US CPSIA, children's products (12 years and under): total lead content ≤ 100 ppm "
        "in every accessible part."),
    ComplianceNote(
        "us_ftc_vermeil", "US",
        "Plating claims: \"vermeil\" only for a sterling silver base plated with at least "
        "2.5 µm of gold of 10k or finer (US FTC Jewelry Guides, 16 CFR 23.5)."),
)


# --- their JSON shape (a draft's content and a snapshot's sections) ----------------------


def text_or_none(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def hallmarks_content(hallmarks: Hallmarks) -> dict[str, Any]:
    return {"markets": list(hallmarks.markets), "logo": hallmarks.logo,
            "laser_serial": hallmarks.laser_serial}


def criterion_content(criterion: QcCriterion) -> dict[str, Any]:
    return {"stage": criterion.stage, "name": criterion.name, "criteria": criterion.criteria}


def callout_content(callout: Callout, image_id: int | None = None) -> dict[str, Any]:
    return {"image_id": callout.image_id if image_id is None else image_id,
            "x": str(callout.x), "y": str(callout.y), "label": callout.label}
