"""What the user edits beyond the bill of materials: TechPackDraft, its checks, and its JSON
content (to_content / from_content, which also reads an issued snapshot to start the next
revision from)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jewelbench.domain.samples import QcStage
from jewelbench.domain.techpacks.sections import (
    QC_TEMPLATE,
    Callout,
    Dimension,
    Finish,
    Hallmarks,
    QcCriterion,
    callout_content,
    criterion_content,
    hallmarks_content,
    text_or_none,
)
from jewelbench.domain.validation import DomainError, check_count, check_number, check_text

_MAX_G = Decimal(100000)


def _optional_number(value: object, what: str, *, allow_zero: bool,
                     maximum: Decimal) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return check_number(value, what, allow_equal=allow_zero, maximum=maximum)


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
            "finished_weight_g": text_or_none(self.finished_weight_g),
            "weight_tolerance_g": text_or_none(self.weight_tolerance_g),
            "min_wall_mm": text_or_none(self.min_wall_mm),
            "min_prong_mm": text_or_none(self.min_prong_mm),
            "maker_mark": self.maker_mark,
            "finishes": [{"area": f.area, "finish": f.finish} for f in self.finishes],
            "hallmarks": hallmarks_content(self.hallmarks),
            "pull_strengths": [{"finding": index, "pull_strength_n": str(strength)}
                               for index, strength in self.pull_strengths_n.items()],
            "labels": self.labels,
            "qc_criteria": [criterion_content(c) for c in self.qc_criteria],
            "compliance_notes": list(self.compliance_notes),
            "dfm_notes": self.dfm_notes,
            "callouts": [callout_content(c) for c in self.callouts],
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
