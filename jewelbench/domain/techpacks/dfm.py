"""Design-for-manufacturing warnings: the problems jewelbench sees in a draft by itself (thin
walls and prongs, vermeil that is not vermeil, and the hallmarking rules of domain.hallmarks).
Each must be acknowledged with a note before a revision is issued."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from jewelbench.domain.alloys import Alloy
from jewelbench.domain.designs import Design
from jewelbench.domain.hallmarks import DfmWarning, alloy_of, hallmark_warnings
from jewelbench.domain.messages import QT_TRANSLATE_NOOP
from jewelbench.domain.techpacks.draft import TechPackDraft

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
