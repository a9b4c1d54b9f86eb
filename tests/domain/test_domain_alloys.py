"""The standard alloy list: fineness, specific gravity and stamp as DESIGN.md gives them."""

from decimal import Decimal

import pytest

from jewelbench.domain.alloys import (
    STANDARD_ALLOYS,
    WAX_SPECIFIC_GRAVITY,
    Alloy,
    alloy_by_code,
)


@pytest.mark.parametrize("code, metal, fineness, specific_gravity, stamp", [
    ("AG925", "silver", 925, "10.36", "925"),     # sterling
    ("AU375Y", "gold", 375, "11.20", "375"),      # 9k
    ("AU417Y", "gold", 417, "11.57", "417"),      # 10k
    ("AU585Y", "gold", 585, "13.07", "585"),      # 14k yellow
    ("AU750Y", "gold", 750, "15.58", "750"),      # 18k yellow
    ("AU916Y", "gold", 916, "17.80", "916"),      # 22k
    ("PT950", "platinum", 950, "21.54", "950"),
    ("BRASS", "base", 0, "8.50", ""),
    ("BRONZE", "base", 0, "8.80", ""),
])
def test_standard_alloys_carry_the_published_figures(code, metal, fineness, specific_gravity,
                                                     stamp):
    alloy = alloy_by_code(code)
    assert alloy.metal == metal
    assert alloy.fineness == fineness
    assert alloy.specific_gravity == Decimal(specific_gravity)
    assert isinstance(alloy.specific_gravity, Decimal)
    assert alloy.stamp == stamp


def test_names_say_what_a_jeweller_calls_them():
    assert "Sterling" in alloy_by_code("AG925").name
    assert "14k" in alloy_by_code("AU585Y").name
    assert "18k" in alloy_by_code("AU750Y").name
    assert "Platinum" in alloy_by_code("PT950").name


def test_codes_are_unique():
    codes = [alloy.code for alloy in STANDARD_ALLOYS]
    assert len(codes) == len(set(codes))


def test_every_precious_alloy_is_stamped_with_its_fineness_and_base_metal_is_not():
    for alloy in STANDARD_ALLOYS:
        if alloy.metal == "base":
            assert alloy.fineness == 0 and alloy.stamp == ""
        else:
            assert alloy.stamp == str(alloy.fineness)


def test_white_and_yellow_gold_share_fineness_but_not_density():
    yellow, white = alloy_by_code("AU585Y"), alloy_by_code("AU585W")
    assert yellow.fineness == white.fineness == 585
    assert yellow.specific_gravity != white.specific_gravity


def test_wax_has_specific_gravity_one():
    assert WAX_SPECIFIC_GRAVITY == Decimal("1.0")


def test_an_unknown_code_is_a_key_error_naming_it():
    with pytest.raises(KeyError, match="AG999"):
        alloy_by_code("AG999")


def test_lookup_in_a_workspace_own_alloy_list():
    custom = [Alloy("AG950", "Britannia silver", "silver", 958, Decimal("10.40"), "958")]
    assert alloy_by_code("AG950", custom).fineness == 958
    with pytest.raises(KeyError):
        alloy_by_code("AG925", custom)


@pytest.mark.parametrize("metal, fineness, specific_gravity, message", [
    ("copper", 0, "8.9", "unknown metal"),
    ("gold", 1001, "19.3", "outside"),
    ("gold", -1, "19.3", "outside"),
    ("silver", 925, "0", "above zero"),
    ("silver", 925, "-10.36", "above zero"),
])
def test_an_impossible_alloy_is_refused(metal, fineness, specific_gravity, message):
    with pytest.raises(ValueError, match=message):
        Alloy("X", "X", metal, fineness, Decimal(specific_gravity), "")
