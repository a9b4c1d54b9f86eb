"""Norway's marking rules in a tech pack: standard finenesses, the lower standard between two,
the responsibility mark beside a fineness mark, palladium not precious; beside the UK's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jewelbench.domain.alloys import STANDARD_ALLOYS, Alloy
from jewelbench.domain.designs import Category, Design, MetalLine
from jewelbench.domain.hallmarks import hallmark_market, norwegian_fineness
from jewelbench.domain.techpacks import Hallmarks, TechPackDraft, dfm_warnings

# Alloys a Norwegian workshop uses that are not among the standard ones
SILVER_830 = Alloy("AG830", "830 silver", "silver", 830, Decimal("10.2"), "830")
SILVER_900 = Alloy("AG900", "Coin silver 900", "silver", 900, Decimal("10.3"), "900")
GOLD_333 = Alloy("AU333Y", "8k yellow gold", "gold", 333, Decimal("11.0"), "333")
PALLADIUM = Alloy("PD950", "Palladium 950", "palladium", 950, Decimal("12.0"), "Pd950")
GOLD_18K_STAMP = Alloy("AU750K", "18k gold (karat stamp)", "gold", 750, Decimal("15.5"), "18K")
ALLOYS = (*STANDARD_ALLOYS, SILVER_830, SILVER_900, GOLD_333, PALLADIUM, GOLD_18K_STAMP)


def piece(*codes: str, grams: str = "5") -> Design:
    return Design("RG-200", "Fjord ring", Category.RING,
                  metals=[MetalLine(code, Decimal(grams)) for code in codes])


def warned(design: Design, markets: tuple[str, ...] = ("Norway",), maker_mark: str = "AUR"):
    draft = TechPackDraft(maker_mark=maker_mark, hallmarks=Hallmarks(markets))
    return {w.code: w for w in dfm_warnings(design, draft, ALLOYS)}


@pytest.mark.parametrize("name", ["Norway", "norge", " NO ", "Noreg"])
def test_norway_is_known_by_its_names(name: str) -> None:
    assert hallmark_market(name) == "Norway"


@pytest.mark.parametrize(("metal", "fineness", "standard"), [
    ("gold", 999, 999), ("gold", 916, 916), ("gold", 917, 916), ("gold", 750, 750),
    ("gold", 749, 585), ("gold", 417, 375), ("gold", 375, 375), ("gold", 374, None),
    ("silver", 999, 999), ("silver", 950, 925), ("silver", 925, 925), ("silver", 900, 830),
    ("silver", 830, 830), ("silver", 829, 800), ("silver", 800, 800), ("silver", 799, None),
    ("platinum", 999, 999), ("platinum", 960, 950), ("platinum", 949, 900),
    ("platinum", 850, 850), ("platinum", 849, None),
    ("palladium", 950, None), ("base", 0, None)])
def test_a_fineness_between_two_standards_counts_as_the_lower(metal, fineness, standard):
    assert norwegian_fineness(metal, fineness) == standard


def test_standard_alloys_marked_with_their_standard_raise_nothing_for_norway() -> None:
    assert warned(piece("AG925", "AU585Y", "AU750W", "AU916Y", "PT950", "AU375Y",
                        "AG830")) == {}


def test_ten_karat_gold_is_marked_375_in_norway() -> None:
    warning = warned(piece("AU417Y"))["hallmark_norway_fineness_au417y"]
    assert warning.message == ("For Norway 10k yellow gold (417) is marked 375, the standard "
                               "below it; its stamp says 417.")
    assert "ansvarsmerke" in warning.why and "830, 925 or 999" in warning.why


def test_coin_silver_900_is_marked_830_and_a_karat_stamp_is_not_a_norwegian_mark() -> None:
    found = warned(piece("AG900", "AU750K"))
    assert found["hallmark_norway_fineness_ag900"].message == (
        "For Norway Coin silver 900 (900) is marked 830, the standard below it; its stamp "
        "says 900.")
    assert found["hallmark_norway_fineness_au750k"].message == (
        "For Norway 18k gold (karat stamp) is marked 750: a Norwegian fineness mark states "
        "thousandths; its stamp says 18K.")


def test_gold_below_375_may_not_be_sold_as_gold_in_norway() -> None:
    assert warned(piece("AU333Y"))["hallmark_norway_below_au333y"].message == (
        "8k yellow gold (333) is below Norway's lowest standard for gold (375): it may not be "
        "marked or sold as gold there.")


def test_palladium_is_not_a_precious_metal_in_norway() -> None:
    assert warned(piece("PD950"))["hallmark_norway_palladium_pd950"].message == (
        "Palladium 950 is stamped Pd950, but palladium is not a precious metal in Norway: the "
        "piece may not carry a fineness mark for it there.")
    # the UK counts palladium as precious: 5 g is over its 1 g exemption
    assert set(warned(piece("PD950"), markets=("UK",))) == {"hallmark_uk_palladium"}


def test_a_fineness_mark_without_a_responsibility_mark_is_said_for_norway() -> None:
    found = warned(piece("AG925", "AU585Y"), maker_mark="")
    assert found["hallmark_norway_responsibility_mark"].message == (
        "The piece is stamped 585 and 925 for Norway but has no maker's mark to serve as its "
        "responsibility mark (ansvarsmerke).")
    assert "stamp_without_maker_mark" in found
    assert "hallmark_norway_responsibility_mark" not in warned(piece("AG925"), markets=("UK",),
                                                               maker_mark="")


def test_norway_has_no_exemption_weights_the_uk_has_them() -> None:
    heavy = piece("AG925", grams="40")
    assert warned(heavy) == {}
    assert set(warned(heavy, markets=("UK", "Norway"))) == {"hallmark_uk_silver"}
