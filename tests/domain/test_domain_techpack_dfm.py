"""The DFM warnings jewelbench raises by itself: each rule fires when it should, and only then."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from jewelbench.domain.alloys import STANDARD_ALLOYS, Alloy
from jewelbench.domain.brand import Brand
from jewelbench.domain.designs import Category, Design, MetalLine, PlatingLine
from jewelbench.domain.money import Money
from jewelbench.domain.techpacks import (
    Hallmarks,
    RevisionStatus,
    TechPackDraft,
    build_snapshot,
    dfm_warnings,
    hallmark_market,
)

ZERO = Money.of("0", "USD")


def piece(*metals: tuple[str, str], platings: list[PlatingLine] | None = None) -> Design:
    return Design("RG-100", "Test ring", Category.RING,
                  metals=[MetalLine(code, Decimal(weight)) for code, weight in metals],
                  platings=platings or [])


def plating(plating_type: str, thickness: str, colour: str = "yellow") -> PlatingLine:
    return PlatingLine(plating_type, colour, Decimal(thickness), ZERO)


def codes(design: Design, draft: TechPackDraft | None = None) -> list[str]:
    return [w.code for w in dfm_warnings(design, draft or TechPackDraft(maker_mark="AUR"),
                                         STANDARD_ALLOYS)]


def only(design: Design, draft: TechPackDraft, code: str):
    found = [w for w in dfm_warnings(design, draft, STANDARD_ALLOYS) if w.code == code]
    assert len(found) == 1, found
    return found[0]


BRASS = piece(("BRASS", "5"))  # no stamp, no precious metal: a piece with nothing to say


def test_a_plain_piece_with_a_maker_mark_raises_nothing():
    assert codes(piece(("AG925", "3.2")), TechPackDraft(maker_mark="AUR")) == []
    assert codes(BRASS, TechPackDraft()) == []


# --- walls and prongs, only where the user gave them --------------------------------------


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("5"), places=2))
@example(Decimal("0.8"))
@example(Decimal("0.79"))
def test_a_wall_warns_exactly_when_under_0_8_mm(wall):
    warned = "thin_wall" in codes(BRASS, TechPackDraft(min_wall_mm=wall))
    assert warned == (wall < Decimal("0.8"))


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("5"), places=2))
@example(Decimal("0.6"))
@example(Decimal("0.59"))
def test_a_prong_warns_exactly_when_under_0_6_mm(prong):
    warned = "thin_prong" in codes(BRASS, TechPackDraft(min_prong_mm=prong))
    assert warned == (prong < Decimal("0.6"))


def test_walls_and_prongs_not_given_raise_nothing():
    assert codes(BRASS, TechPackDraft(min_wall_mm=None, min_prong_mm=None)) == []


def test_the_thin_wall_warning_says_how_thin_and_why():
    warning = only(BRASS, TechPackDraft(min_wall_mm=Decimal("0.65")), "thin_wall")
    assert warning.message == "The minimum wall thickness is 0.65 mm, under 0.8 mm."
    assert "casting" in warning.why
    assert only(BRASS, TechPackDraft(min_prong_mm=Decimal("0.45")), "thin_prong").message == (
        "The minimum prong thickness is 0.45 mm, under 0.6 mm.")


# --- vermeil --------------------------------------------------------------------------------


def test_vermeil_on_sterling_at_2_5_um_or_more_is_fine():
    for thickness in ("2.5", "2.50", "3", "5.0"):
        design = piece(("AG925", "3"), platings=[plating("gold vermeil", thickness)])
        assert [c for c in codes(design) if c.startswith("vermeil")] == []


@given(st.decimals(min_value=Decimal("0"), max_value=Decimal("2.49"), places=2))
@example(Decimal("2.49"))
def test_vermeil_under_2_5_um_warns(thickness):
    design = piece(("AG925", "3"), platings=[plating("vermeil", str(thickness))])
    assert codes(design) == ["vermeil_thickness"]


def test_the_vermeil_thickness_warning_names_the_plating_and_the_rule():
    design = piece(("AG925", "3"), platings=[plating("gold vermeil", "2.0")])
    warning = only(design, TechPackDraft(maker_mark="AUR"), "vermeil_thickness")
    assert warning.message == ("The vermeil plating 'yellow gold vermeil' is 2.0 µm thick; "
                               "vermeil needs at least 2.5 µm.")
    assert "16 CFR 23.5" in warning.why and "10k" in warning.why


@pytest.mark.parametrize("metals, expected", [
    ([("BRASS", "3")], "the base metal is Brass, not sterling silver"),
    ([("AU585Y", "3")], "the base metal is not sterling silver"),
    ([], "the bill of materials lists no metal"),
    ([("AG925", "3"), ("BRONZE", "1")], "the base metal is Bronze, not sterling silver"),
])
def test_vermeil_without_a_sterling_base_warns(metals, expected):
    design = piece(*metals, platings=[plating("gold", "3.0", colour="vermeil")])
    warning = only(design, TechPackDraft(maker_mark="AUR"), "vermeil_base")
    assert warning.message == f"The plating 'vermeil gold' is called vermeil, but {expected}."


def test_a_finer_silver_counts_as_sterling_and_a_gold_bezel_beside_it_is_fine():
    britannia = Alloy("AG958", "Britannia silver", "silver", 958, Decimal("10.4"), "958")
    design = piece(("AG958", "3"), ("AU750Y", "0.1"),
                   platings=[plating("Vermeil", "2.5")])
    warnings = dfm_warnings(design, TechPackDraft(maker_mark="AUR"),
                            [*STANDARD_ALLOYS, britannia])
    assert warnings == []


def test_plating_that_does_not_say_vermeil_is_not_held_to_the_vermeil_rule():
    design = piece(("BRASS", "3"), platings=[plating("gold", "0.5")])
    assert codes(design) == []


# --- a quality stamp needs a maker's mark ---------------------------------------------------


def test_a_stamped_alloy_without_a_maker_mark_warns():
    warning = only(piece(("AG925", "3"), ("AU750Y", "0.04")), TechPackDraft(),
                   "stamp_without_maker_mark")
    assert warning.message == "The piece is stamped 750 and 925 but has no maker's mark."
    assert "registered trademark" in warning.why


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=10))
def test_any_maker_mark_answers_the_stamp_warning(mark):
    assert "stamp_without_maker_mark" not in codes(piece(("AG925", "3")),
                                                   TechPackDraft(maker_mark=mark))


def test_an_unstamped_base_metal_needs_no_maker_mark():
    assert codes(piece(("BRASS", "3"), ("BRONZE", "1")), TechPackDraft()) == []


# --- hallmarks by weight, for the markets selected ------------------------------------------


def test_the_uk_hallmark_message_says_why():
    warning = only(piece(("AU585W", "3.80")),
                   TechPackDraft(maker_mark="AUR", hallmarks=Hallmarks(("UK",))),
                   "hallmark_uk_gold")
    assert warning.message == ("The UK requires a hallmark on gold of 1 g or more; this piece "
                               "has 3.80 g of 14k white gold.")
    assert "Hallmarking Act 1973" in warning.why


THRESHOLDS = [("AU375Y", "gold", Decimal("1")), ("AG925", "silver", Decimal("7.78")),
              ("PT950", "platinum", Decimal("0.5"))]


@pytest.mark.parametrize("market, code", [("UK", "uk"), ("Ireland", "ireland")])
@pytest.mark.parametrize("alloy, metal, threshold", THRESHOLDS)
@given(weight=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("50"), places=2))
def test_a_hallmark_is_required_from_the_exemption_weight(market, code, alloy, metal,
                                                          threshold, weight):
    draft = TechPackDraft(maker_mark="AUR", hallmarks=Hallmarks((market,)))
    warned = f"hallmark_{code}_{metal}" in codes(piece((alloy, str(weight))), draft)
    assert warned == (weight >= threshold)


@pytest.mark.parametrize("alloy, metal, threshold", THRESHOLDS)
def test_at_the_exemption_weight_itself_the_hallmark_is_required(alloy, metal, threshold):
    # the law exempts articles *under* the weight: 1.00 g of gold needs a hallmark
    draft = TechPackDraft(maker_mark="AUR", hallmarks=Hallmarks(("UK",)))
    assert codes(piece((alloy, str(threshold))), draft) == [f"hallmark_uk_{metal}"]
    assert codes(piece((alloy, str(threshold - Decimal("0.001")))), draft) == []


def test_the_weight_of_one_metal_is_added_up_over_its_lines():
    design = piece(("AU375Y", "0.60"), ("AU750Y", "0.50"), ("AG925", "2"))
    warning = only(design, TechPackDraft(maker_mark="AUR", hallmarks=Hallmarks(("UK",))),
                   "hallmark_uk_gold")
    assert warning.message.endswith("this piece has 1.10 g of gold (0.60 g of 9k yellow gold, "
                                    "0.50 g of 18k yellow gold).")
    assert codes(design, TechPackDraft(maker_mark="AUR", hallmarks=Hallmarks(("UK",)))) == [
        "hallmark_uk_gold"]  # 2 g of silver is under 7.78 g


@pytest.mark.parametrize("markets", [(), ("France",), ("USA", "Japan"), ("Mars",)])
def test_markets_without_a_known_rule_raise_nothing(markets):
    design = piece(("AU750Y", "12"), ("AG925", "30"), ("PT950", "5"))
    assert codes(design, TechPackDraft(maker_mark="AUR", hallmarks=Hallmarks(markets))) == []


def test_markets_are_free_text_with_common_names_understood():
    assert hallmark_market(" united kingdom ") == "UK"
    assert hallmark_market("GB") == "UK"
    assert hallmark_market("Republic of Ireland") == "Ireland"
    assert hallmark_market("Irlanda") is None
    design = piece(("AU750Y", "2"))
    draft = TechPackDraft(maker_mark="AUR", hallmarks=Hallmarks(("Great Britain", "uk", "IE")))
    assert codes(design, draft) == ["hallmark_uk_gold", "hallmark_ireland_gold"]


def test_an_acknowledged_warning_stays_in_the_snapshot_with_its_note():
    design = piece(("AG925", "3"), platings=[plating("gold vermeil", "2.0")])
    draft = TechPackDraft(maker_mark="AUR", min_wall_mm=Decimal("0.7"),
                          acknowledgements={"vermeil_thickness": "Not sold as vermeil",
                                            "no_longer_raised": "old note"})
    snapshot = build_snapshot(design, draft, STANDARD_ALLOYS, "A", RevisionStatus.DRAFT, None,
                              "", [], Brand())
    assert [(w["code"], w["acknowledged"], w["note"]) for w in snapshot["dfm_warnings"]] == [
        ("thin_wall", False, ""), ("vermeil_thickness", True, "Not sold as vermeil")]
