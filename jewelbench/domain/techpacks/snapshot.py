"""The snapshot: the complete tech pack as one JSON document (docs/techpack-format.md), what
issuing a revision freezes and what a factory receives."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from jewelbench.domain.alloys import Alloy
from jewelbench.domain.brand import Brand
from jewelbench.domain.designs import Design
from jewelbench.domain.hallmarks import alloy_of
from jewelbench.domain.techpacks.dfm import dfm_warnings
from jewelbench.domain.techpacks.draft import TechPackDraft
from jewelbench.domain.techpacks.revisions import (
    RevisionStatus,
    TechPackRevision,
    revision_sort_key,
)
from jewelbench.domain.techpacks.sections import (
    callout_content,
    criterion_content,
    hallmarks_content,
    text_or_none,
)
from jewelbench.domain.validation import DomainError, check_text

SNAPSHOT_FORMAT = 1


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
        "callouts": [callout_content(c, published[c.image_id]) for c in draft.callouts
                     if c.image_id in published],
        "dimensions": draft.to_content()["dimensions"],
        "finished_weight_g": text_or_none(finished_weight),
        "weight_tolerance_g": text_or_none(draft.weight_tolerance_g),
        "min_wall_mm": text_or_none(draft.min_wall_mm),
        "min_prong_mm": text_or_none(draft.min_prong_mm),
        "materials": materials,
        "maker_mark": draft.maker_mark,
        "stones": [{"stone_type": s.stone_type, "origin": s.origin.value, "shape": s.shape,
                    "size_mm": text_or_none(s.size_mm), "carat": text_or_none(s.carat),
                    "colour": s.colour, "clarity": s.clarity, "quantity": s.quantity,
                    "setting_style": s.setting_style} for s in design.stones],
        "finishes": [{"area": f.area, "finish": f.finish} for f in draft.finishes],
        "platings": [{"plating_type": p.plating_type, "colour": p.colour,
                      "thickness_um": str(p.thickness_um), "guaranteed": p.guaranteed}
                     for p in design.platings],
        "hallmarks": hallmarks_content(draft.hallmarks),
        "findings": [{"kind": f.kind, "description": f.description, "quantity": f.quantity,
                      "length_mm": text_or_none(f.length_mm),
                      "pull_strength_n": text_or_none(draft.pull_strengths_n.get(index))}
                     for index, f in enumerate(design.findings)],
        "packaging": [{"description": p.description, "quantity": p.quantity}
                      for p in design.packaging],
        "labels": draft.labels,
        "qc_criteria": [criterion_content(c) for c in draft.qc_criteria],
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
