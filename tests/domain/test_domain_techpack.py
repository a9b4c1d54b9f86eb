"""The tech pack draft, its templates, the snapshot of docs/techpack-format.md and the diff."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jewelbench.domain.alloys import STANDARD_ALLOYS
from jewelbench.domain.brand import Brand
from jewelbench.domain.designs import (
    Category,
    Design,
    DesignImage,
    FindingLine,
    MetalLine,
    PackagingLine,
    PlatingLine,
    StoneLine,
    StoneOrigin,
)
from jewelbench.domain.money import Money
from jewelbench.domain.samples import QC_STAGE_NAMES, QcStage
from jewelbench.domain.techpacks import (
    COMPLIANCE_LIBRARY,
    QC_TEMPLATE,
    Callout,
    Change,
    Dimension,
    Finish,
    Hallmarks,
    QcCriterion,
    RevisionStatus,
    SnapshotImage,
    TechPackDraft,
    TechPackRevision,
    build_snapshot,
    diff_snapshots,
    revision_index,
    revision_label,
)
from jewelbench.domain.validation import DomainError

FORMAT_DOC = Path(__file__).resolve().parents[2] / "docs" / "techpack-format.md"
USD = "USD"


def ring() -> Design:
    return Design(
        "RG-014", "Solitaire Halo Ring", Category.RING, collection="Aurelia Fine",
        description="Halo of pavé stones", target_retail_price=Money.of("2450.00", USD),
        metals=[MetalLine("AU585W", Decimal("3.80"))],
        stones=[StoneLine("diamond", "round brilliant", 1, Money.of("300", USD),
                          size_mm=Decimal("5.00"), carat=Decimal("0.50"),
                          origin=StoneOrigin.LAB_GROWN, setting_style="4-prong",
                          colour="F", clarity="VS1")],
        findings=[FindingLine("clasp", "lobster 10 mm", 1, Money.of("1.20", USD))],
        platings=[PlatingLine("rhodium", "white", Decimal("0.30"), Money.of("2", USD))],
        packaging=[PackagingLine("Ring box, navy", 1, Money.of("3", USD))],
        images=[DesignImage(b"render", b"t", "image/png", 800, 800, "Render, front", True, 1),
                DesignImage(b"sketch", b"t", "image/png", 600, 400, "Sketch", False, 2)])


def full_draft() -> TechPackDraft:
    return TechPackDraft(
        dimensions=[Dimension("Band width", Decimal("2.00"), Decimal("0.10"), True),
                    Dimension("Head height", Decimal("6.5"), Decimal("0.2"))],
        finished_weight_g=Decimal("3.80"), weight_tolerance_g=Decimal("0.20"),
        min_wall_mm=Decimal("0.90"), min_prong_mm=Decimal("0.70"), maker_mark="AUR",
        finishes=[Finish("Band outside", "high polish"), Finish("Gallery", "matte")],
        hallmarks=Hallmarks(("UK",), "AUR logo inside band", "AUR-{serial} inside band"),
        pull_strengths_n={0: Decimal("40")}, labels="Care card, barcode label on box base",
        compliance_notes=[COMPLIANCE_LIBRARY[0].text],
        dfm_notes="Keep the gallery open for cleaning.",
        callouts=[Callout(1, Decimal("0.52"), Decimal("0.18"), "Prong tips 0.9 mm")],
        acknowledgements={"hallmark_uk_gold": "Assayed in London"})


def snapshot_of(design: Design, draft: TechPackDraft, revision: str = "A",
                status: RevisionStatus = RevisionStatus.ISSUED,
                issued_on: dt.date | None = dt.date(2026, 6, 1), change_note: str = "First",
                revisions: list[TechPackRevision] | None = None,
                brand: Brand | None = None,
                images: list[SnapshotImage] | None = None) -> dict:
    return build_snapshot(design, draft, STANDARD_ALLOYS, revision, status, issued_on,
                          change_note, revisions or [], brand or Brand("Aurelia Studio", "1 Road"),
                          images)


# --- revision letters ---------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=100_000))
def test_revision_index_undoes_revision_label(index):
    assert revision_index(revision_label(index)) == index


@pytest.mark.parametrize("label", ["", "a", "A1", "-", "Ä"])
def test_revision_index_refuses_what_is_not_a_label(label):
    with pytest.raises(ValueError):
        revision_index(label)


# --- templates -----------------------------------------------------------------------------


def test_the_qc_template_has_the_six_stages_of_the_design_notes():
    assert [(c.stage, c.name) for c in QC_TEMPLATE] == [
        (1, "Pre-production"), (2, "Raw casting"), (3, "Pre-polish"), (4, "Post-polish"),
        (5, "Stone setting"), (6, "Final audit")]
    assert [c.name for c in QC_TEMPLATE] == [QC_STAGE_NAMES[s] for s in QcStage]
    text = " ".join(c.criteria for c in QC_TEMPLATE).casefold()
    for check in ("castability", "porosity", "solder", "compound residue", "lustre",
                  "security" if "security" in text else "secure", "alignment"
                  if "alignment" in text else "aligned", "weight", "dimensions", "clasp"):
        assert check in text, check
    assert TechPackDraft().qc_criteria == list(QC_TEMPLATE)


def test_the_compliance_library_states_the_limits():
    notes = {note.key: note.text for note in COMPLIANCE_LIBRARY}
    assert "0.5 µg/cm²/week" in notes["eu_reach_nickel"]
    assert "0.2 µg/cm²/week" in notes["eu_reach_nickel"]
    assert "< 0.05 % by weight" in notes["eu_reach_lead"]
    assert "< 0.01 % by weight" in notes["eu_reach_cadmium"]
    assert "16 CFR Part 23" in notes["us_ftc_quality_marks"]
    assert "trademark" in notes["us_ftc_quality_marks"]
    assert "100 ppm" in notes["us_cpsia_lead"]
    assert "2.5 µm" in notes["us_ftc_vermeil"] and "10k" in notes["us_ftc_vermeil"]
    assert "sterling" in notes["us_ftc_vermeil"]


# --- the draft -----------------------------------------------------------------------------


def exact(value: object) -> object:
    """Decimal('2.0') and Decimal('2.00') differ here: the digits typed must survive."""
    return json.dumps(value, sort_keys=True, default=str) if not isinstance(
        value, TechPackDraft) else json.dumps(value.to_content(), sort_keys=True)


def test_a_draft_survives_its_json_content_digit_for_digit():
    draft = full_draft()
    content = json.loads(json.dumps(draft.to_content()))
    again = TechPackDraft.from_content(content)
    assert again == draft
    assert again.to_content() == draft.to_content()
    assert content["dimensions"][0] == {"name": "Band width", "nominal_mm": "2.00",
                                        "tolerance_mm": "0.10", "critical": True}
    assert content["pull_strengths"] == [{"finding": 0, "pull_strength_n": "40"}]


decimals = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99.99"), places=2)
fractions = st.decimals(min_value=Decimal(0), max_value=Decimal(1), places=3)
words = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "Zs")),
                min_size=1, max_size=20).filter(lambda t: t.strip())


@st.composite
def drafts(draw) -> TechPackDraft:
    names = draw(st.lists(words, max_size=4, unique_by=lambda t: t.strip().casefold()))
    return TechPackDraft(
        dimensions=[Dimension(name, draw(decimals), draw(decimals), draw(st.booleans()))
                    for name in names],
        finished_weight_g=draw(st.none() | decimals),
        weight_tolerance_g=draw(st.none() | decimals),
        min_wall_mm=draw(st.none() | decimals), min_prong_mm=draw(st.none() | decimals),
        maker_mark=draw(st.text(max_size=10)),
        finishes=[Finish(area, draw(words)) for area in draw(
            st.lists(words, max_size=3, unique_by=lambda t: t.strip().casefold()))],
        hallmarks=Hallmarks(tuple(draw(st.lists(words, max_size=3))), draw(st.text()),
                            draw(st.text())),
        pull_strengths_n=draw(st.dictionaries(st.integers(0, 5), decimals, max_size=3)),
        labels=draw(st.text()),
        qc_criteria=[QcCriterion(stage, draw(words)) for stage in range(1, 7)],
        compliance_notes=draw(st.lists(st.text(), max_size=3)),
        dfm_notes=draw(st.text()),
        callouts=[Callout(draw(st.integers(1, 50)), draw(fractions), draw(fractions),
                          draw(words)) for _ in range(draw(st.integers(0, 3)))],
        acknowledgements=draw(st.dictionaries(words, st.text(), max_size=3)))


@settings(max_examples=60, deadline=None)
@given(drafts())
def test_any_valid_draft_round_trips_through_json(draft):
    text = json.dumps(draft.to_content())
    again = TechPackDraft.from_content(json.loads(text))
    assert again == draft
    assert json.dumps(again.to_content()) == text


def test_an_empty_content_is_an_empty_draft_with_the_qc_template():
    draft = TechPackDraft.from_content({})
    assert draft == TechPackDraft()
    assert draft.qc_criteria == list(QC_TEMPLATE)


@pytest.mark.parametrize("make, message", [
    (lambda: Dimension("Band width", Decimal("2.00"), Decimal("-0.10")),
     r"Tolerance of 'Band width' \(± mm\) must be at least 0, not -0.10"),
    (lambda: Dimension("Band width", Decimal("0"), Decimal("0.10")),
     r"Nominal 'Band width' \(mm\) must be above 0"),
    (lambda: Dimension(" ", Decimal("1"), Decimal("0.1")), "Dimension name is required"),
    (lambda: Dimension("Band width", 2.0, Decimal("0.1")), "binary float"),
    (lambda: Dimension("Band width", "wide", Decimal("0.1")), "'wide' is not a number"),
    (lambda: Dimension("Band width", Decimal("2"), Decimal("0.1"), critical="yes"),
     "must be yes or no"),
    (lambda: Callout(1, Decimal("1.2"), Decimal("0.5"), "Prong"),
     r"Position x of callout 'Prong' \(0–1 across the image\) must be at most 1, not 1.2"),
    (lambda: Callout(1, Decimal("0.5"), Decimal("-0.01"), "Prong"),
     r"Position y of callout 'Prong' \(0–1 down the image\) must be at least 0"),
    (lambda: Callout(0, Decimal("0.5"), Decimal("0.5"), "Prong"), "Image of callout"),
    (lambda: Callout(1, Decimal("0.5"), Decimal("0.5"), ""), "Callout label is required"),
    (lambda: Finish("Band", ""), "Finish of 'Band' is required"),
    (lambda: QcCriterion(7, "x"), "QC stage must be 1–6, not 7"),
    (lambda: QcCriterion(3, " "), r"QC criteria of stage 3 \(Pre-polish\) is required"),
    (lambda: Hallmarks("UK"), "list of markets"),
    (lambda: TechPackDraft(finished_weight_g=Decimal("-3")),
     r"Finished weight \(g\) must be above 0"),
    (lambda: TechPackDraft(weight_tolerance_g=Decimal("-0.2")),
     r"Weight tolerance \(± g\) must be at least 0"),
    (lambda: TechPackDraft(min_wall_mm=Decimal("0")), r"Minimum wall thickness \(mm\)"),
    (lambda: TechPackDraft(min_prong_mm=Decimal("-1")), r"Minimum prong thickness \(mm\)"),
    (lambda: TechPackDraft(pull_strengths_n={0: Decimal("-5")}),
     r"Pull strength of finding 1 \(N\) must be above 0"),
    (lambda: TechPackDraft(pull_strengths_n={-1: Decimal("5")}), "Finding number"),
    (lambda: TechPackDraft(dimensions=[Dimension("Width", Decimal(1), Decimal(0)),
                                       Dimension("width", Decimal(2), Decimal(0))]),
     "Dimension 'width' is listed twice"),
    (lambda: TechPackDraft(qc_criteria=list(QC_TEMPLATE[:5])),
     "QC criteria must list each of the six stages once"),
    (lambda: TechPackDraft(dimensions=["Band width 2 mm"]), "is not a dimension"),
    (lambda: TechPackDraft.from_content({"dimensions": "Band width"}),
     "'dimensions' section is damaged"),
    (lambda: TechPackDraft.from_content({"qc_criteria": [{"stage": 9, "criteria": "x"}]}),
     "QC stage must be 1–6, not 9"),
    (lambda: TechPackDraft.from_content({"finished_weight_g": 3.8}), "binary float"),
])
def test_bad_input_is_refused_with_a_message_that_says_what_to_fix(make, message):
    with pytest.raises(DomainError, match=message):
        make()


def test_a_draft_edited_in_place_is_checked_again_when_it_is_saved():
    draft = full_draft()
    draft.finished_weight_g = Decimal("-1")
    with pytest.raises(DomainError, match="Finished weight"):
        draft.to_content()


def test_blank_and_repeated_compliance_notes_are_dropped_and_markets_deduplicated():
    draft = TechPackDraft(compliance_notes=["", "  Nickel safe  ", "Nickel safe", "  "],
                          hallmarks=Hallmarks(("UK", " uk ", "", "Ireland")))
    assert draft.compliance_notes == ["Nickel safe"]
    assert draft.hallmarks.markets == ("UK", "Ireland")


def test_the_next_draft_starts_from_an_issued_snapshot():
    draft = full_draft()
    draft.finished_weight_g = Decimal("3.85")  # stones and findings weigh too
    snapshot = snapshot_of(ring(), draft)
    again = TechPackDraft.from_content(snapshot)
    assert again == draft
    # a weight that only echoed the BOM keeps following the BOM
    draft.finished_weight_g = None
    assert snapshot_of(ring(), draft)["finished_weight_g"] == "3.80"
    assert TechPackDraft.from_content(snapshot_of(ring(), draft)).finished_weight_g is None


# --- the snapshot --------------------------------------------------------------------------


def documented_example() -> dict:
    text = FORMAT_DOC.read_text(encoding="utf-8")
    return json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1))


def assert_same_shape(documented: object, built: object, where: str = "snapshot") -> None:
    """Every key the documentation shows is in what was built, with the same kind of value."""
    if where.endswith(("].said", "].rule")):  # a sentence's values are its own: named freely
        assert isinstance(built, dict) and set(built) == {"context", "text", "values"}, where
        assert isinstance(built["values"], dict), where
        return
    if isinstance(documented, dict):
        assert isinstance(built, dict), where
        missing = sorted(set(documented) - set(built))
        extra = sorted(set(built) - set(documented))
        assert not missing and not extra, f"{where}: missing {missing}, extra {extra}"
        for key, value in documented.items():
            assert_same_shape(value, built[key], f"{where}.{key}")
    elif isinstance(documented, list):
        assert isinstance(built, list), where
        assert built, f"{where} is empty: the test snapshot should fill it"
        for item in built:
            assert_same_shape(documented[0], item, f"{where}[]")
    elif documented is None:
        assert built is None or isinstance(built, str), where
    else:
        assert type(built) is type(documented), f"{where}: {built!r} vs {documented!r}"


def test_the_snapshot_has_exactly_the_documented_keys_and_kinds_of_value():
    earlier = TechPackRevision(9, "A", RevisionStatus.ISSUED, {}, dt.date(2026, 6, 1),
                               "First issue", 1)
    draft = full_draft()
    draft.min_wall_mm = Decimal("0.7")  # raise a warning, so dfm_warnings has an entry
    snapshot = snapshot_of(ring(), draft, "B", issued_on=dt.date(2026, 10, 2),
                           change_note="Prong height +0.2 mm", revisions=[earlier],
                           brand=Brand("Aurelia Studio", "London", b"logo", "image/png"))
    assert_same_shape(documented_example(), snapshot)
    assert json.loads(json.dumps(snapshot)) == snapshot  # JSON-able as it is


def test_the_snapshot_carries_the_design_bom_and_draft_as_exact_text():
    snapshot = snapshot_of(ring(), full_draft())
    assert snapshot["format"] == 1
    assert snapshot["design"] == {
        "code": "RG-014", "name": "Solitaire Halo Ring", "collection": "Aurelia Fine",
        "category": "ring", "description": "Halo of pavé stones",
        "target_retail_price": {"amount": "2450.00", "currency": "USD"}}
    assert (snapshot["revision"], snapshot["status"], snapshot["issued_on"]) == (
        "A", "issued", "2026-06-01")
    assert snapshot["materials"] == [{"alloy_code": "AU585W", "alloy_name": "14k white gold",
                                      "fineness": 585, "stamp": "585", "weight_g": "3.80"}]
    assert snapshot["stones"] == [{"stone_type": "diamond", "origin": "lab_grown",
                                   "shape": "round brilliant", "size_mm": "5.00",
                                   "carat": "0.50", "colour": "F", "clarity": "VS1",
                                   "quantity": 1, "setting_style": "4-prong"}]
    assert snapshot["platings"] == [{"plating_type": "rhodium", "colour": "white",
                                     "thickness_um": "0.30", "guaranteed": False}]
    assert snapshot["findings"] == [{"kind": "clasp", "description": "lobster 10 mm",
                                     "quantity": 1, "length_mm": None,
                                     "pull_strength_n": "40"}]
    assert snapshot["packaging"] == [{"description": "Ring box, navy", "quantity": 1}]
    assert snapshot["images"] == [
        {"id": 1, "caption": "Render, front", "is_cover": True, "width": 800, "height": 800},
        {"id": 2, "caption": "Sketch", "is_cover": False, "width": 600, "height": 400}]
    assert snapshot["callouts"] == [{"image_id": 1, "x": "0.52", "y": "0.18",
                                     "label": "Prong tips 0.9 mm"}]
    assert snapshot["brand"] == {"name": "Aurelia Studio", "address": "1 Road",
                                 "has_logo": False}
    assert [c["stage"] for c in snapshot["qc_criteria"]] == [1, 2, 3, 4, 5, 6]
    assert snapshot["dfm_warnings"] == [{
        "code": "hallmark_uk_gold",
        "message": "The UK requires a hallmark on gold of 1 g or more; this piece has "
                   "3.80 g of 14k white gold.",
        "why": snapshot["dfm_warnings"][0]["why"],
        "said": {"context": "dfm",
                 "text": "The UK requires a hallmark on {metal} of {exemption} g or more; this "
                         "piece has {content}.",
                 "values": {"metal": {"message": {"context": "metals", "text": "gold",
                                                  "values": {}}},
                            "exemption": {"decimal": "1"},
                            "content": {"message": {
                                "context": "dfm", "text": "{weight} g of {alloy}",
                                "values": {"weight": {"decimal": "3.80"},
                                           "alloy": "14k white gold"}}}}},
        "rule": snapshot["dfm_warnings"][0]["rule"], "acknowledged": True,
        "note": "Assayed in London"}]

    def no_floats(value: object) -> None:
        assert not isinstance(value, float), value
        for item in value.values() if isinstance(value, dict) else (
                value if isinstance(value, list) else []):
            no_floats(item)

    no_floats(snapshot)


def test_the_revision_table_lists_issued_revisions_before_this_one_then_this_one():
    history = [TechPackRevision(9, "B", RevisionStatus.ISSUED, {}, dt.date(2026, 7, 1), "b"),
               TechPackRevision(9, "A", RevisionStatus.ISSUED, {}, dt.date(2026, 6, 1), "a"),
               TechPackRevision(9, "C", RevisionStatus.DRAFT)]
    draft_view = snapshot_of(ring(), full_draft(), "C", RevisionStatus.DRAFT, None, "",
                             revisions=history)
    assert draft_view["revisions"] == [
        {"revision": "A", "issued_on": "2026-06-01", "change_note": "a"},
        {"revision": "B", "issued_on": "2026-07-01", "change_note": "b"},
        {"revision": "C", "issued_on": None, "change_note": ""}]
    assert (draft_view["status"], draft_view["issued_on"]) == ("draft", None)
    as_b = snapshot_of(ring(), full_draft(), "B", issued_on=dt.date(2026, 7, 1),
                       change_note="b", revisions=history)
    assert [r["revision"] for r in as_b["revisions"]] == ["A", "B"]


def test_frozen_copies_are_listed_by_their_own_ids_and_callouts_follow_them():
    images = [SnapshotImage(71, "Render, front", True, 800, 800, design_image_id=1),
              SnapshotImage(72, "Sketch", False, 600, 400, design_image_id=2)]
    snapshot = snapshot_of(ring(), full_draft(), images=images)
    assert [image["id"] for image in snapshot["images"]] == [71, 72]
    assert snapshot["callouts"][0]["image_id"] == 71


def test_a_callout_on_an_image_the_design_no_longer_has_is_left_out():
    draft = full_draft()
    draft.callouts.append(Callout(99, Decimal("0.1"), Decimal("0.1"), "Gone"))
    assert [c["label"] for c in snapshot_of(ring(), draft)["callouts"]] == [
        "Prong tips 0.9 mm"]


def test_a_snapshot_cannot_be_built_from_what_cannot_be_made():
    unknown = ring()
    unknown.metals = [MetalLine("AU999X", Decimal("1"))]
    with pytest.raises(DomainError, match="alloy 'AU999X'.*not in the workspace's alloy list"):
        snapshot_of(unknown, full_draft())
    with pytest.raises(DomainError, match="without an issue date"):
        snapshot_of(ring(), full_draft(), issued_on=None)


# --- what changed --------------------------------------------------------------------------


def changes(old: dict, new: dict) -> list[str]:
    return [str(change) for change in diff_snapshots(old, new)]


def test_the_same_tech_pack_issued_again_has_no_changes():
    before = snapshot_of(ring(), full_draft())
    again = snapshot_of(ring(), full_draft(), "B", issued_on=dt.date(2027, 1, 1),
                        change_note="Reissued", revisions=[TechPackRevision(
                            9, "A", RevisionStatus.ISSUED, {}, dt.date(2026, 6, 1))],
                        images=[SnapshotImage(31, "Render, front", True, 800, 800, 1),
                                SnapshotImage(32, "Sketch", False, 600, 400, 2)])
    assert diff_snapshots(before, again) == []


def edit(change) -> tuple[dict, dict]:
    design, draft = ring(), full_draft()
    before = snapshot_of(design, draft)
    change(design, draft)
    return before, snapshot_of(design, draft, "B", issued_on=dt.date(2026, 7, 1))


def test_a_wider_band_is_one_change_in_the_words_of_the_drawing():
    def wider(design: Design, draft: TechPackDraft) -> None:
        draft.dimensions[0] = Dimension("Band width", Decimal("2.20"), Decimal("0.10"), True)

    assert changes(*edit(wider)) == [
        "Dimensions / Band width: 2.00 ± 0.10 mm, critical → 2.20 ± 0.10 mm, critical"]
    assert diff_snapshots(*edit(wider)) == [Change(
        "Dimensions", "Band width", "2.00 ± 0.10 mm, critical", "2.20 ± 0.10 mm, critical")]


def test_a_stone_added_a_plating_thickened_and_a_note_removed_are_each_listed():
    def several(design: Design, draft: TechPackDraft) -> None:
        design.stones.append(StoneLine("sapphire", "round", 12, Money.of("8", USD),
                                       size_mm=Decimal("1.3"), setting_style="pavé"))
        design.platings[0] = PlatingLine("rhodium", "white", Decimal("0.50"),
                                         Money.of("2", USD))
        draft.compliance_notes = []

    assert changes(*edit(several)) == [
        "Stones / sapphire, round: added 12 × natural, 1.3 mm, pavé",
        "Plating / rhodium: white, 0.30 µm, commercial → white, 0.50 µm, commercial",
        f"Compliance notes: removed (was {COMPLIANCE_LIBRARY[0].text})"]


@pytest.mark.parametrize("change, expected", [
    (lambda d, t: setattr(d, "name", "Halo Ring"),
     ["Design / Name: Solitaire Halo Ring → Halo Ring"]),
    (lambda d, t: setattr(t, "weight_tolerance_g", Decimal("0.10")),
     ["Weight / Finished weight: 3.80 ± 0.20 g → 3.80 ± 0.10 g"]),
    (lambda d, t: setattr(t, "min_prong_mm", Decimal("0.80")),
     ["Minimum thickness / Minimum prong: 0.70 mm → 0.80 mm"]),
    (lambda d, t: setattr(t, "maker_mark", "AUR2"), ["Materials / Maker's mark: AUR → AUR2"]),
    (lambda d, t: d.images.reverse(),
     ["Images / Image 1: Render, front, 800 × 800 px, cover → Sketch, 600 × 400 px",
      "Images / Image 2: Sketch, 600 × 400 px → Render, front, 800 × 800 px, cover",
      # the callout stays on its picture, which is now the second figure
      "Callouts / Prong tips 0.9 mm: on image 1 at x 0.52, y 0.18 → "
      "on image 2 at x 0.52, y 0.18"]),
    (lambda d, t: setattr(t, "callouts", [Callout(2, Decimal("0.5"), Decimal("0.18"),
                                                  "Prong tips 0.9 mm")]),
     ["Callouts / Prong tips 0.9 mm: on image 1 at x 0.52, y 0.18 → "
      "on image 2 at x 0.5, y 0.18"]),
    (lambda d, t: t.finishes.append(Finish("Inside", "brushed")),
     ["Finishes / Inside: added brushed"]),
    (lambda d, t: setattr(t, "hallmarks", Hallmarks(("UK",), "AUR logo", t.hallmarks.laser_serial)),
     ["Hallmarks / Logo: AUR logo inside band → AUR logo"]),
    (lambda d, t: setattr(t, "pull_strengths_n", {0: Decimal("50")}),
     ["Findings / clasp: 1 × lobster 10 mm, pull strength 40 N → "
      "1 × lobster 10 mm, pull strength 50 N"]),
    (lambda d, t: d.packaging.clear(), ["Packaging / Ring box, navy: removed (was 1 ×)"]),
    (lambda d, t: setattr(t, "labels", ""),
     ["Packaging / Labels: Care card, barcode label on box base → (none)"]),
    (lambda d, t: t.qc_criteria.__setitem__(4, QcCriterion(5, "Tug test every prong")),
     [f"QC criteria / 5 Stone setting: {QC_TEMPLATE[4].criteria} → Tug test every prong"]),
    (lambda d, t: setattr(t, "dfm_notes", "Open gallery."),
     ["DFM notes: Keep the gallery open for cleaning. → Open gallery."]),
    (lambda d, t: setattr(t, "acknowledgements", {}),
     ["DFM warnings / hallmark_uk_gold: The UK requires a hallmark on gold of 1 g or more; "
      "this piece has 3.80 g of 14k white gold. (acknowledged: Assayed in London) → The UK "
      "requires a hallmark on gold of 1 g or more; this piece has 3.80 g of 14k white gold. "
      "(not acknowledged)"]),
])
def test_each_kind_of_edit_is_exactly_one_readable_change(change, expected):
    assert changes(*edit(change)) == expected


def test_a_picture_replaced_under_the_same_caption_shows_when_fingerprints_are_given():
    before = snapshot_of(ring(), full_draft())
    after = copy.deepcopy(before)
    assert diff_snapshots(before, after, old_pictures=["aa", "bb"],
                          new_pictures=["aa", "cc"]) == [Change(
                              "Images", "Image 2", "Sketch, 600 × 400 px",
                              "Sketch, 600 × 400 px, new picture")]
    assert diff_snapshots(before, after) == []


def comparable(snapshot: dict, *, ignore_order: bool = False) -> dict:
    """The parts a diff looks at; lists as multisets when their order is not the point."""
    kept = {key: value for key, value in snapshot.items() if key not in (
        "revision", "status", "issued_on", "change_note", "revisions")}
    if ignore_order:
        kept = {key: sorted(json.dumps(item, sort_keys=True) for item in value)
                if isinstance(value, list) else value for key, value in kept.items()}
    return kept


@settings(max_examples=40, deadline=None)
@given(drafts(), drafts())
def test_the_diff_misses_no_change_and_invents_none(first, second):
    old = snapshot_of(ring(), first)
    new = snapshot_of(ring(), second, "B", issued_on=dt.date(2026, 7, 1))
    found = diff_snapshots(old, new)
    if comparable(old) == comparable(new):
        assert found == []
    if not found:  # rows listed in another order are not a change to the factory
        assert comparable(old, ignore_order=True) == comparable(new, ignore_order=True)
    assert diff_snapshots(old, old) == []
