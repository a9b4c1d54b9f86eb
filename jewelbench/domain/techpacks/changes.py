"""What changed between two revisions: diff_snapshots() compares two snapshots section by
section, in tech pack order, as a factory would read the change."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any


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
