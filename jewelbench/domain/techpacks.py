"""Tech pack revisions: a draft is editable, an issued one is frozen.

What the user edits beyond the bill of materials is a TechPackDraft. Issuing a revision turns
the design, its BOM and the draft into one snapshot (build_snapshot), the JSON document that
docs/techpack-format.md describes and that a factory receives. dfm_warnings() are the checks
jewelbench raises by itself; diff_snapshots() says what changed between two revisions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from jewelbench.domain.alloys import Alloy
from jewelbench.domain.brand import Brand
from jewelbench.domain.designs import Design
from jewelbench.domain.hallmarks import DfmWarning, alloy_of, hallmark_warnings
from jewelbench.domain.hallmarks import hallmark_market as hallmark_market  # where it was
from jewelbench.domain.messages import QT_TRANSLATE_NOOP
from jewelbench.domain.samples import QC_STAGE_NAMES, QcStage
from jewelbench.domain.validation import DomainError, check_count, check_number, check_text

SNAPSHOT_FORMAT = 1


class RevisionStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"


def revision_label(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: revision letters as drawings are numbered."""
    if index < 0:
        raise ValueError("revision index must be >= 0")
    label = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        label = chr(ord("A") + remainder) + label
    return label


def revision_index(label: str) -> int:
    """A → 0, Z → 25, AA → 26: the inverse of revision_label."""
    if not re.fullmatch(r"[A-Z]+", label or ""):
        raise ValueError(f"'{label}' is not a revision label (A, B … Z, AA …)")
    index = 0
    for letter in label:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def revision_sort_key(label: str) -> tuple[int, str]:
    """Revision order: A … Z, AA …; a label that is not letters sorts by length, then text."""
    return len(label), label


@dataclass
class TechPackRevision:
    design_id: int
    revision: str
    status: RevisionStatus = RevisionStatus.DRAFT
    # a draft's TechPackDraft.to_content(); an issued revision's complete snapshot
    content: dict[str, object] = field(default_factory=dict)
    issued_on: dt.date | None = None
    change_note: str = ""
    id: int | None = None


# --- what the user edits -----------------------------------------------------------------

# Finish names the editor offers; the finish of an area is free text.
FINISH_KINDS = ("high polish", "satin", "brushed", "matte", "sandblasted", "hammered",
                "oxidised", "textured", "diamond cut")

_MAX_MM = Decimal(2000)
_MAX_G = Decimal(100000)


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)


def _flag(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise DomainError(f"{what} must be yes or no")
    return value


def _optional_number(value: object, what: str, *, allow_zero: bool,
                     maximum: Decimal) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return check_number(value, what, allow_equal=allow_zero, maximum=maximum)


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


@dataclass
class TechPackDraft:
    """The parts of a tech pack the user writes; the BOM, images and brand come from
    elsewhere. A draft revision's content is to_content() of one of these."""

    dimensions: list[Dimension] = field(default_factory=list)
    finished_weight_g: Decimal | None = None  # None: the BOM's total metal weight
    weight_tolerance_g: Decimal | None = None
    min_wall_mm: Decimal | None = None
    min_prong_mm: Decimal | None = None
    maker_mark: str = ""
    finishes: list[Finish] = field(default_factory=list)
    hallmarks: Hallmarks = field(default_factory=Hallmarks)
    pull_strengths_n: dict[int, Decimal] = field(default_factory=dict)  # BOM finding index → N
    labels: str = ""
    qc_criteria: list[QcCriterion] = field(default_factory=lambda: list(QC_TEMPLATE))
    compliance_notes: list[str] = field(default_factory=list)
    dfm_notes: str = ""
    callouts: list[Callout] = field(default_factory=list)
    acknowledgements: dict[str, str] = field(default_factory=dict)  # DFM warning code → note

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Check (and tidy) every field; the fields are plain lists, so an editor may have
        changed them since the draft was made. Raises DomainError."""
        self.dimensions = _items(self.dimensions, Dimension, "dimension")
        _unique((d.name for d in self.dimensions), "Dimension")
        self.finished_weight_g = _optional_number(
            self.finished_weight_g, "Finished weight (g)", allow_zero=False, maximum=_MAX_G)
        self.weight_tolerance_g = _optional_number(
            self.weight_tolerance_g, "Weight tolerance (± g)", allow_zero=True, maximum=_MAX_G)
        self.min_wall_mm = _optional_number(self.min_wall_mm, "Minimum wall thickness (mm)",
                                            allow_zero=False, maximum=Decimal(100))
        self.min_prong_mm = _optional_number(self.min_prong_mm, "Minimum prong thickness (mm)",
                                             allow_zero=False, maximum=Decimal(100))
        self.maker_mark = check_text(self.maker_mark, "Maker's mark", max_len=80)
        self.finishes = _items(self.finishes, Finish, "finish")
        _unique((f.area for f in self.finishes), "Finish area")
        if not isinstance(self.hallmarks, Hallmarks):
            raise DomainError("Hallmarks must be markets, a logo and a laser serial")
        if not isinstance(self.pull_strengths_n, Mapping):
            raise DomainError("Pull strengths must be given per finding")
        strengths: dict[int, Decimal] = {}
        for index, strength in sorted(self.pull_strengths_n.items(), key=lambda kv: str(kv[0])):
            position = check_count(index, "Finding number", minimum=0)
            strengths[position] = check_number(
                strength, f"Pull strength of finding {position + 1} (N)", allow_equal=False,
                maximum=Decimal(100000))
        self.pull_strengths_n = dict(sorted(strengths.items()))
        self.labels = check_text(self.labels, "Labels", max_len=5000)
        self.qc_criteria = _items(self.qc_criteria, QcCriterion, "QC criterion")
        stages = sorted(c.stage for c in self.qc_criteria)
        if stages != [int(stage) for stage in QcStage]:
            raise DomainError("QC criteria must list each of the six stages once "
                              f"(1–6), not stages {', '.join(map(str, stages)) or 'none'}")
        self.qc_criteria.sort(key=lambda c: c.stage)
        self.compliance_notes = _notes(self.compliance_notes)
        self.dfm_notes = check_text(self.dfm_notes, "DFM notes", max_len=20000)
        self.callouts = _items(self.callouts, Callout, "callout")
        if not isinstance(self.acknowledgements, Mapping):
            raise DomainError("Acknowledged DFM warnings must be given by warning code")
        acknowledged: dict[str, str] = {}
        for code, note in self.acknowledgements.items():
            acknowledged[check_text(code, "DFM warning code", required=True, max_len=100)] = (
                check_text(note, f"Note on DFM warning {code}", max_len=2000))
        self.acknowledgements = acknowledged

    # --- the JSON-able content of a draft revision -------------------------------------------

    def to_content(self) -> dict[str, Any]:
        self.validate()
        return {
            "dimensions": [{"name": d.name, "nominal_mm": str(d.nominal_mm),
                            "tolerance_mm": str(d.tolerance_mm), "critical": d.critical}
                           for d in self.dimensions],
            "finished_weight_g": _text_or_none(self.finished_weight_g),
            "weight_tolerance_g": _text_or_none(self.weight_tolerance_g),
            "min_wall_mm": _text_or_none(self.min_wall_mm),
            "min_prong_mm": _text_or_none(self.min_prong_mm),
            "maker_mark": self.maker_mark,
            "finishes": [{"area": f.area, "finish": f.finish} for f in self.finishes],
            "hallmarks": _hallmarks_content(self.hallmarks),
            "pull_strengths": [{"finding": index, "pull_strength_n": str(strength)}
                               for index, strength in self.pull_strengths_n.items()],
            "labels": self.labels,
            "qc_criteria": [_criterion_content(c) for c in self.qc_criteria],
            "compliance_notes": list(self.compliance_notes),
            "dfm_notes": self.dfm_notes,
            "callouts": [_callout_content(c) for c in self.callouts],
            "acknowledgements": [{"code": code, "note": note}
                                 for code, note in self.acknowledgements.items()],
        }

    @classmethod
    def from_content(cls, content: Mapping[str, Any]) -> TechPackDraft:
        """A draft from to_content()'s dict, or from an issued snapshot (to start the next
        revision from it). Missing sections are empty (QC criteria: the template); values that
        are there are checked as the user's own. Raises DomainError."""
        if not isinstance(content, Mapping):
            raise DomainError("The tech pack's content is not a JSON object")
        if "pull_strengths" in content:
            strengths = {_get(entry, "finding", 0): _get(entry, "pull_strength_n", None)
                         for entry in _section(content, "pull_strengths", list)}
        else:  # a snapshot: the strengths sit on its findings, in BOM order
            strengths = {index: _get(entry, "pull_strength_n", None)
                         for index, entry in enumerate(_section(content, "findings", list))}
        if "acknowledgements" in content:
            acknowledged = {_get(entry, "code", ""): _get(entry, "note", "")
                            for entry in _section(content, "acknowledgements", list)}
        else:
            acknowledged = {_get(entry, "code", ""): _get(entry, "note", "")
                            for entry in _section(content, "dfm_warnings", list)
                            if _get(entry, "acknowledged", False) is True}
        template = {c.stage: c.criteria for c in QC_TEMPLATE}
        given = {_get(entry, "stage", 0): _get(entry, "criteria", None)
                 for entry in _section(content, "qc_criteria", list)}
        unknown = [stage for stage in given if stage not in template]
        if unknown:
            raise DomainError(f"QC stage must be 1–6, not {unknown[0]}")
        hallmarks = _section(content, "hallmarks", dict)
        finished_weight = content.get("finished_weight_g")
        materials = content.get("materials")
        if isinstance(materials, list) and finished_weight is not None:
            # a snapshot shows the BOM's metal weight when the draft gave none: keep following
            # the BOM rather than freezing that figure into the next draft
            try:
                bom_weight = sum((Decimal(str(_get(m, "weight_g", "0"))) for m in materials),
                                 Decimal(0))
                if materials and Decimal(str(finished_weight)) == bom_weight:
                    finished_weight = None
            except ArithmeticError:
                pass  # a damaged figure: the draft's own check below says what is wrong
        return cls(
            dimensions=[Dimension(_get(d, "name", ""), _get(d, "nominal_mm", None),
                                  _get(d, "tolerance_mm", None), _get(d, "critical", False))
                        for d in _section(content, "dimensions", list)],
            finished_weight_g=finished_weight,
            weight_tolerance_g=content.get("weight_tolerance_g"),
            min_wall_mm=content.get("min_wall_mm"),
            min_prong_mm=content.get("min_prong_mm"),
            maker_mark=_text(content.get("maker_mark", ""), "Maker's mark"),
            finishes=[Finish(_get(f, "area", ""), _get(f, "finish", ""))
                      for f in _section(content, "finishes", list)],
            hallmarks=Hallmarks(tuple(_section(hallmarks, "markets", list)),
                                _text(hallmarks.get("logo", ""), "Hallmark logo"),
                                _text(hallmarks.get("laser_serial", ""), "Laser serial")),
            pull_strengths_n={index: strength for index, strength in strengths.items()
                              if strength is not None},
            labels=_text(content.get("labels", ""), "Labels"),
            qc_criteria=[QcCriterion(stage, text if given.get(stage) is None else given[stage])
                         for stage, text in template.items()],
            compliance_notes=[_text(note, "Compliance note")
                              for note in _section(content, "compliance_notes", list)],
            dfm_notes=_text(content.get("dfm_notes", ""), "DFM notes"),
            callouts=[Callout(_get(c, "image_id", 0), _get(c, "x", None), _get(c, "y", None),
                              _get(c, "label", ""))
                      for c in _section(content, "callouts", list)],
            acknowledgements=acknowledged,
        )


def _items(values: object, kind: type, what: str) -> list[Any]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise DomainError(f"Each {what} must be given in a list")
    items = list(values)
    for item in items:
        if not isinstance(item, kind):
            raise DomainError(f"'{item!r}' is not a {what}")
    return items


def _unique(names: Iterable[str], what: str) -> None:
    seen: set[str] = set()
    for name in names:
        if name.casefold() in seen:
            raise DomainError(f"{what} '{name}' is listed twice")
        seen.add(name.casefold())


def _notes(values: object) -> list[str]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise DomainError("Compliance notes must be a list of notes")
    notes: list[str] = []
    for value in values:
        if not isinstance(value, str):
            raise DomainError("Each compliance note must be text")
        note = check_text(value, "Compliance note", max_len=2000)
        if note and note not in notes:  # blank rows and repeats say nothing
            notes.append(note)
    return notes


def _section(content: Mapping[str, Any], key: str, kind: type) -> Any:
    value = content.get(key)
    if value is None:
        return kind()
    if not isinstance(value, kind):
        raise DomainError(f"The tech pack's '{key}' section is damaged")
    return value


def _get(entry: object, key: str, default: Any) -> Any:
    if not isinstance(entry, Mapping):
        raise DomainError(f"The tech pack has a damaged entry: {entry!r}")
    return entry.get(key, default)


def _text(value: object, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise DomainError(f"{what} must be text")
    return value


def _text_or_none(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _hallmarks_content(hallmarks: Hallmarks) -> dict[str, Any]:
    return {"markets": list(hallmarks.markets), "logo": hallmarks.logo,
            "laser_serial": hallmarks.laser_serial}


def _criterion_content(criterion: QcCriterion) -> dict[str, Any]:
    return {"stage": criterion.stage, "name": criterion.name, "criteria": criterion.criteria}


def _callout_content(callout: Callout, image_id: int | None = None) -> dict[str, Any]:
    return {"image_id": callout.image_id if image_id is None else image_id,
            "x": str(callout.x), "y": str(callout.y), "label": callout.label}


# --- design-for-manufacturing warnings ---------------------------------------------------

MIN_WALL_MM = Decimal("0.8")
MIN_PRONG_MM = Decimal("0.6")
VERMEIL_MIN_UM = Decimal("2.5")
STERLING_FINENESS = 925

_WALL_THIN = QT_TRANSLATE_NOOP("dfm", "The minimum wall thickness is {wall} mm, under {least} mm.")
_WALL_WHY = QT_TRANSLATE_NOOP(
    "dfm", "Walls under 0.8 mm often fail to fill in casting, crack when the piece is polished "
           "or sized, and wear through in use.")
_PRONG_THIN = QT_TRANSLATE_NOOP("dfm", "The minimum prong thickness is {prong} mm, under "
                                       "{least} mm.")
_PRONG_WHY = QT_TRANSLATE_NOOP(
    "dfm", "Prongs under 0.6 mm bend or snap while the stone is set and wear thin in use, so "
           "the stone can be lost.")
_VERMEIL_LAW = QT_TRANSLATE_NOOP(
    "dfm", "The US FTC Jewelry Guides (16 CFR 23.5) allow \"vermeil\" only for sterling silver "
           "plated with at least 2.5 µm of gold of 10k or finer; anything else must not be sold "
           "or described as vermeil.")
_VERMEIL_BASE = QT_TRANSLATE_NOOP("dfm", "The plating {platings} is called vermeil, but {base}.")
_NO_METAL = QT_TRANSLATE_NOOP("dfm", "the bill of materials lists no metal")
_OTHER_BASE = QT_TRANSLATE_NOOP("dfm", "the base metal is {alloys}, not sterling silver")
_NOT_STERLING = QT_TRANSLATE_NOOP("dfm", "the base metal is not sterling silver")
_VERMEIL_THIN = QT_TRANSLATE_NOOP("dfm", "The vermeil plating '{plating}' is {thickness} µm thick")
_VERMEIL_NEEDS = QT_TRANSLATE_NOOP("dfm", "{thin}; vermeil needs at least {least} µm.")
_QUOTED = QT_TRANSLATE_NOOP("dfm", "'{name}'")


def dfm_warnings(design: Design, draft: TechPackDraft,
                 alloys: Sequence[Alloy]) -> list[DfmWarning]:
    """The design-for-manufacturing and compliance problems jewelbench sees by itself."""
    warnings: list[DfmWarning] = []
    if draft.min_wall_mm is not None and draft.min_wall_mm < MIN_WALL_MM:
        warnings.append(DfmWarning("thin_wall", _WALL_THIN(wall=draft.min_wall_mm,
                                                           least=MIN_WALL_MM), _WALL_WHY()))
    if draft.min_prong_mm is not None and draft.min_prong_mm < MIN_PRONG_MM:
        warnings.append(DfmWarning("thin_prong", _PRONG_THIN(prong=draft.min_prong_mm,
                                                             least=MIN_PRONG_MM), _PRONG_WHY()))
    warnings += _vermeil_warnings(design, alloys)
    warnings += hallmark_warnings(design, draft.hallmarks.markets, draft.maker_mark, alloys)
    return warnings


def _vermeil_warnings(design: Design, alloys: Sequence[Alloy]) -> list[DfmWarning]:
    vermeil = [p for p in design.platings
               if "vermeil" in f"{p.plating_type} {p.colour}".casefold()]
    if not vermeil:
        return []
    warnings = []
    lines = [(line, alloy_of(line.alloy_code, alloys)) for line in design.metals]
    sterling = [line for line, alloy in lines if alloy is not None and alloy.metal == "silver"
                and alloy.fineness >= STERLING_FINENESS]
    # gold or platinum parts (a bezel, a post) may sit beside the plated sterling body
    other = tuple(alloy.name if alloy else line.alloy_code for line, alloy in lines
                  if alloy is None or alloy.metal == "base"
                  or (alloy.metal == "silver" and alloy.fineness < STERLING_FINENESS))
    names = tuple(_QUOTED(name=_plating_name(p.plating_type, p.colour)) for p in vermeil)
    if not sterling or other:
        if not design.metals:
            base = _NO_METAL()
        elif other:
            base = _OTHER_BASE(alloys=other)
        else:
            base = _NOT_STERLING()
        warnings.append(DfmWarning("vermeil_base", _VERMEIL_BASE(platings=names, base=base),
                                   _VERMEIL_LAW()))
    thin = [p for p in vermeil if p.thickness_um < VERMEIL_MIN_UM]
    if thin:
        said = tuple(_VERMEIL_THIN(plating=_plating_name(p.plating_type, p.colour),
                                   thickness=p.thickness_um) for p in thin)
        warnings.append(DfmWarning("vermeil_thickness",
                                   _VERMEIL_NEEDS(thin=said, least=VERMEIL_MIN_UM),
                                   _VERMEIL_LAW()))
    return warnings


def _plating_name(plating_type: str, colour: str) -> str:
    return f"{colour} {plating_type}".strip() if colour.casefold() not in (
        plating_type.casefold()) else plating_type


# --- the snapshot ------------------------------------------------------------------------


@dataclass(frozen=True)
class SnapshotImage:
    """An image as a snapshot lists it. id is what images[].id says (a revision_images row for
    an issued revision, a design image for a draft); design_image_id is the design image a
    frozen copy was made from, which the draft's callouts point to."""

    id: int
    caption: str
    is_cover: bool
    width: int
    height: int
    design_image_id: int | None = None


def build_snapshot(design: Design, draft: TechPackDraft, alloys: Sequence[Alloy],
                   revision: str, status: RevisionStatus, issued_on: dt.date | None,
                   change_note: str, revisions: Sequence[TechPackRevision], brand: Brand,
                   images: Sequence[SnapshotImage] | None = None) -> dict[str, Any]:
    """The complete tech pack as docs/techpack-format.md describes it.

    revisions are the design's revisions (any order, this one may be among them): the
    revision table lists the issued ones before this revision, then this one. images default
    to the design's own (saved) images. Callouts on an image that is no longer there are
    left out. Raises DomainError (an alloy not in `alloys`, an issued revision without a
    date, a draft that does not validate)."""
    draft.validate()
    status = RevisionStatus(status)
    if status is RevisionStatus.ISSUED and issued_on is None:
        raise DomainError(f"Revision {revision} cannot be issued without an issue date")
    change_note = check_text(change_note, "Change note", max_len=5000)
    materials = []
    for line in design.metals:
        alloy = alloy_of(line.alloy_code, alloys)
        if alloy is None:
            raise DomainError(f"Design {design.code} uses alloy '{line.alloy_code}', which is "
                              "not in the workspace's alloy list")
        materials.append({"alloy_code": alloy.code, "alloy_name": alloy.name,
                          "fineness": alloy.fineness, "stamp": alloy.stamp,
                          "weight_g": str(line.finished_weight_g)})
    if images is None:
        images = [SnapshotImage(image.id, image.caption, image.is_cover, image.width,
                                image.height) for image in design.images if image.id is not None]
    published = {(image.design_image_id if image.design_image_id is not None else image.id):
                 image.id for image in images}
    finished_weight = draft.finished_weight_g
    if finished_weight is None and design.metals:
        finished_weight = design.total_metal_weight_g
    acknowledged = draft.acknowledgements
    price = design.target_retail_price
    return {
        "format": SNAPSHOT_FORMAT,
        "design": {"code": design.code, "name": design.name, "collection": design.collection,
                   "category": design.category.value, "description": design.description,
                   "target_retail_price": None if price is None else {
                       "amount": str(price.amount), "currency": price.currency}},
        "revision": revision,
        "status": status.value,
        "issued_on": None if issued_on is None else issued_on.isoformat(),
        "change_note": change_note,
        "revisions": _revision_table(revision, issued_on, change_note, revisions),
        "brand": {"name": brand.name, "address": brand.address, "has_logo": brand.has_logo},
        "images": [{"id": image.id, "caption": image.caption, "is_cover": image.is_cover,
                    "width": image.width, "height": image.height} for image in images],
        "callouts": [_callout_content(c, published[c.image_id]) for c in draft.callouts
                     if c.image_id in published],
        "dimensions": draft.to_content()["dimensions"],
        "finished_weight_g": _text_or_none(finished_weight),
        "weight_tolerance_g": _text_or_none(draft.weight_tolerance_g),
        "min_wall_mm": _text_or_none(draft.min_wall_mm),
        "min_prong_mm": _text_or_none(draft.min_prong_mm),
        "materials": materials,
        "maker_mark": draft.maker_mark,
        "stones": [{"stone_type": s.stone_type, "origin": s.origin.value, "shape": s.shape,
                    "size_mm": _text_or_none(s.size_mm), "carat": _text_or_none(s.carat),
                    "colour": s.colour, "clarity": s.clarity, "quantity": s.quantity,
                    "setting_style": s.setting_style} for s in design.stones],
        "finishes": [{"area": f.area, "finish": f.finish} for f in draft.finishes],
        "platings": [{"plating_type": p.plating_type, "colour": p.colour,
                      "thickness_um": str(p.thickness_um), "guaranteed": p.guaranteed}
                     for p in design.platings],
        "hallmarks": _hallmarks_content(draft.hallmarks),
        "findings": [{"kind": f.kind, "description": f.description, "quantity": f.quantity,
                      "length_mm": _text_or_none(f.length_mm),
                      "pull_strength_n": _text_or_none(draft.pull_strengths_n.get(index))}
                     for index, f in enumerate(design.findings)],
        "packaging": [{"description": p.description, "quantity": p.quantity}
                      for p in design.packaging],
        "labels": draft.labels,
        "qc_criteria": [_criterion_content(c) for c in draft.qc_criteria],
        "compliance_notes": list(draft.compliance_notes),
        "dfm_notes": draft.dfm_notes,
        "dfm_warnings": [{"code": w.code, "message": w.message, "why": w.why,
                          "said": w.said.to_json(), "rule": w.rule.to_json(),
                          "acknowledged": w.code in acknowledged,
                          "note": acknowledged.get(w.code, "")}
                         for w in dfm_warnings(design, draft, alloys)],
    }


def _revision_table(revision: str, issued_on: dt.date | None, change_note: str,
                    revisions: Sequence[TechPackRevision]) -> list[dict[str, Any]]:
    earlier = sorted((r for r in revisions if r.status is RevisionStatus.ISSUED
                      and revision_sort_key(r.revision) < revision_sort_key(revision)),
                     key=lambda r: revision_sort_key(r.revision))
    table = [{"revision": r.revision,
              "issued_on": None if r.issued_on is None else r.issued_on.isoformat(),
              "change_note": r.change_note} for r in earlier]
    table.append({"revision": revision,
                  "issued_on": None if issued_on is None else issued_on.isoformat(),
                  "change_note": change_note})
    return table


def is_complete_snapshot(content: Mapping[str, Any]) -> bool:
    """Whether content is a snapshot in the documented format (an issued revision written by
    a jewelbench before the format existed holds only some sections)."""
    return content.get("format") == SNAPSHOT_FORMAT


# --- what changed between two revisions --------------------------------------------------


@dataclass(frozen=True)
class Change:
    section: str  # "Dimensions", "Stones" …
    item: str  # "Band width", "diamond, round" … ('' for a section that is a plain list)
    before: str | None  # None: added
    after: str | None  # None: removed

    def __str__(self) -> str:
        where = f"{self.section} / {self.item}" if self.item else self.section
        if self.before is None:
            return f"{where}: added {self.after}"
        if self.after is None:
            return f"{where}: removed (was {self.before})"
        return f"{where}: {self.before} → {self.after}"


def diff_snapshots(old: Mapping[str, Any], new: Mapping[str, Any], *,
                   old_pictures: Sequence[str] | None = None,
                   new_pictures: Sequence[str] | None = None) -> list[Change]:
    """What a factory would see changed from one revision's snapshot to another's, section by
    section in tech pack order. The revision's own label, status, date, change note and table
    are what distinguish revisions, so they are not changes.

    A snapshot names its images but holds no pixels: old_pictures and new_pictures, one
    fingerprint (a hash of the bytes) per image in snapshot order, also catch a picture
    replaced under the same caption and size."""
    changes: list[Change] = []
    old_design, new_design = _mapping(old, "design"), _mapping(new, "design")
    for key, item in (("code", "Code"), ("name", "Name"), ("collection", "Collection"),
                      ("category", "Category"), ("description", "Description")):
        changes += _diff_value("Design", item, old_design.get(key), new_design.get(key))
    changes += _diff_value("Design", "Target retail price",
                           _price_text(old_design.get("target_retail_price")),
                           _price_text(new_design.get("target_retail_price")))
    old_brand, new_brand = _mapping(old, "brand"), _mapping(new, "brand")
    changes += _diff_value("Brand", "Name", old_brand.get("name"), new_brand.get("name"))
    changes += _diff_value("Brand", "Address", old_brand.get("address"),
                           new_brand.get("address"))
    changes += _diff_value("Brand", "Logo", _yes_no(old_brand.get("has_logo")),
                           _yes_no(new_brand.get("has_logo")))
    old_images, new_images = _entries(old, "images"), _entries(new, "images")
    new_texts = {id(image): _image_text(image) for image in new_images}
    if old_pictures is not None and new_pictures is not None:
        for image, was, now in zip(new_images, old_pictures, new_pictures):
            if was != now:
                new_texts[id(image)] += ", new picture"
    changes += _diff_list("Images", old_images, new_images,
                          lambda image, index: f"Image {index + 1}", _image_text,
                          new_text=lambda image: new_texts[id(image)], by_position=True)
    changes += _diff_list("Callouts", _entries(old, "callouts"), _entries(new, "callouts"),
                          lambda c, _: str(c.get("label", "")), _callout_text(old),
                          new_text=_callout_text(new))
    changes += _diff_list("Dimensions", _entries(old, "dimensions"), _entries(new, "dimensions"),
                          lambda d, _: str(d.get("name", "")), _dimension_text)
    changes += _diff_value("Weight", "Finished weight", _weight_text(old), _weight_text(new))
    for key, item in (("min_wall_mm", "Minimum wall"), ("min_prong_mm", "Minimum prong")):
        changes += _diff_value("Minimum thickness", item, _mm(old.get(key)), _mm(new.get(key)))
    changes += _diff_list("Materials", _entries(old, "materials"), _entries(new, "materials"),
                          lambda m, _: str(m.get("alloy_name") or m.get("alloy_code")),
                          lambda m: f"{m.get('weight_g')} g, fineness {m.get('fineness')}, "
                                    f"stamp {m.get('stamp') or 'none'}")
    changes += _diff_value("Materials", "Maker's mark", old.get("maker_mark"),
                           new.get("maker_mark"))
    changes += _diff_list("Stones", _entries(old, "stones"), _entries(new, "stones"),
                          lambda s, _: _join([s.get("stone_type"), s.get("shape")]),
                          _stone_text)
    changes += _diff_list("Finishes", _entries(old, "finishes"), _entries(new, "finishes"),
                          lambda f, _: str(f.get("area", "")), lambda f: str(f.get("finish")))
    changes += _diff_list("Plating", _entries(old, "platings"), _entries(new, "platings"),
                          lambda p, _: str(p.get("plating_type", "")), _plating_text)
    old_marks, new_marks = _mapping(old, "hallmarks"), _mapping(new, "hallmarks")
    changes += _diff_value("Hallmarks", "Markets", ", ".join(old_marks.get("markets") or []),
                           ", ".join(new_marks.get("markets") or []))
    changes += _diff_value("Hallmarks", "Logo", old_marks.get("logo"), new_marks.get("logo"))
    changes += _diff_value("Hallmarks", "Laser serial", old_marks.get("laser_serial"),
                           new_marks.get("laser_serial"))
    changes += _diff_list("Findings", _entries(old, "findings"), _entries(new, "findings"),
                          lambda f, _: str(f.get("kind", "")), _finding_text)
    changes += _diff_list("Packaging", _entries(old, "packaging"), _entries(new, "packaging"),
                          lambda p, _: str(p.get("description", "")),
                          lambda p: f"{p.get('quantity')} ×")
    changes += _diff_value("Packaging", "Labels", old.get("labels"), new.get("labels"))
    changes += _diff_list("QC criteria", _entries(old, "qc_criteria"),
                          _entries(new, "qc_criteria"),
                          lambda c, _: f"{c.get('stage')} {c.get('name', '')}".strip(),
                          lambda c: str(c.get("criteria", "")))
    old_notes = [str(n) for n in old.get("compliance_notes") or []]
    new_notes = [str(n) for n in new.get("compliance_notes") or []]
    changes += [Change("Compliance notes", "", note, None)
                for note in old_notes if note not in new_notes]
    changes += [Change("Compliance notes", "", None, note)
                for note in new_notes if note not in old_notes]
    changes += _diff_value("DFM notes", "", old.get("dfm_notes"), new.get("dfm_notes"))
    changes += _diff_list("DFM warnings", _entries(old, "dfm_warnings"),
                          _entries(new, "dfm_warnings"), lambda w, _: str(w.get("code", "")),
                          _warning_text)
    return changes


def _mapping(snapshot: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = snapshot.get(key)
    return value if isinstance(value, Mapping) else {}


def _entries(snapshot: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = snapshot.get(key)
    if not isinstance(value, list):
        return []
    return [entry for entry in value if isinstance(entry, Mapping)]


def _blank(value: object) -> str:
    return "" if value is None else str(value)


def _diff_value(section: str, item: str, before: object, after: object) -> list[Change]:
    old, new = _blank(before), _blank(after)
    if old == new:
        return []
    return [Change(section, item, old or "(none)", new or "(none)")]


def _diff_list(section: str, old: list[Mapping[str, Any]], new: list[Mapping[str, Any]],
               label: Callable[[Mapping[str, Any], int], str],
               text: Callable[[Mapping[str, Any]], str], *,
               new_text: Callable[[Mapping[str, Any]], str] | None = None,
               by_position: bool = False) -> list[Change]:
    """Entries matched by their label (the second of two alike is 'label (2)'), or by
    position; a matched pair whose text differs is one change."""

    def keyed(entries: list[Mapping[str, Any]],
              describe: Callable[[Mapping[str, Any]], str]) -> dict[str, tuple[str, str]]:
        seen: dict[str, int] = {}
        out: dict[str, tuple[str, str]] = {}
        for index, entry in enumerate(entries):
            base = label(entry, index)
            count = seen.get(base.casefold(), 0) + 1
            seen[base.casefold()] = count
            name = base if count == 1 or by_position else f"{base} ({count})"
            out[name.casefold()] = (name, describe(entry))
        return out

    before = keyed(old, text)
    after = keyed(new, new_text or text)
    changes = []
    for key, (name, was) in before.items():
        if key not in after:
            changes.append(Change(section, name, was, None))
        elif after[key][1] != was:
            changes.append(Change(section, after[key][0], was, after[key][1]))
    changes += [Change(section, name, None, now) for key, (name, now) in after.items()
                if key not in before]
    return changes


def _join(parts: Iterable[object], separator: str = ", ") -> str:
    return separator.join(str(part) for part in parts if part not in (None, ""))


def _price_text(price: object) -> str:
    if not isinstance(price, Mapping):
        return ""
    return f"{price.get('amount')} {price.get('currency')}"


def _yes_no(value: object) -> str:
    return "yes" if value else "no"


def _mm(value: object) -> str:
    return "" if value is None else f"{value} mm"


def _weight_text(snapshot: Mapping[str, Any]) -> str:
    weight, tolerance = snapshot.get("finished_weight_g"), snapshot.get("weight_tolerance_g")
    if weight is None:
        return "" if tolerance is None else f"± {tolerance} g"
    return f"{weight} ± {tolerance} g" if tolerance is not None else f"{weight} g"


def _image_text(image: Mapping[str, Any]) -> str:
    return (f"{image.get('caption') or 'no caption'}, {image.get('width')} × "
            f"{image.get('height')} px" + (", cover" if image.get("is_cover") else ""))


def _dimension_text(dimension: Mapping[str, Any]) -> str:
    text = f"{dimension.get('nominal_mm')} ± {dimension.get('tolerance_mm')} mm"
    return text + (", critical" if dimension.get("critical") else "")


def _callout_text(snapshot: Mapping[str, Any]) -> Callable[[Mapping[str, Any]], str]:
    # image ids differ between revisions (each has its own frozen copies): compare positions
    positions = {image.get("id"): index + 1
                 for index, image in enumerate(_entries(snapshot, "images"))}

    def text(callout: Mapping[str, Any]) -> str:
        image = positions.get(callout.get("image_id"), "?")
        return f"on image {image} at x {callout.get('x')}, y {callout.get('y')}"

    return text


def _stone_text(stone: Mapping[str, Any]) -> str:
    size = stone.get("size_mm")
    carat = stone.get("carat")
    return f"{stone.get('quantity')} × " + _join([
        str(stone.get("origin", "")).replace("_", "-"),
        None if size is None else f"{size} mm", None if carat is None else f"{carat} ct",
        _join([stone.get("colour"), stone.get("clarity")], " "), stone.get("setting_style")])


def _plating_text(plating: Mapping[str, Any]) -> str:
    return _join([plating.get("colour"), f"{plating.get('thickness_um')} µm",
                  "guaranteed" if plating.get("guaranteed") else "commercial"])


def _finding_text(finding: Mapping[str, Any]) -> str:
    length = finding.get("length_mm")
    strength = finding.get("pull_strength_n")
    return _join([f"{finding.get('quantity')} × {finding.get('description') or ''}".strip(),
                  None if length is None else f"{length} mm",
                  None if strength is None else f"pull strength {strength} N"])


def _warning_text(warning: Mapping[str, Any]) -> str:
    state = "acknowledged" if warning.get("acknowledged") else "not acknowledged"
    note = warning.get("note")
    return f"{warning.get('message')} ({state}{': ' + str(note) if note else ''})"
