"""Jewellers' units: troy ounces, pennyweights, fineness, carats, model and plating weights."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jewelbench.domain import units
from jewelbench.domain.alloys import WAX_SPECIFIC_GRAVITY, alloy_by_code


def test_a_troy_ounce_is_31_1034768_grams_exactly():
    assert units.GRAMS_PER_TROY_OUNCE == Decimal("31.1034768")
    assert units.troy_ounces_to_grams(Decimal(1)) == Decimal("31.1034768")
    assert units.troy_ounces_to_grams(Decimal("2.5")) == Decimal("77.758692")
    assert units.grams_to_troy_ounces(Decimal("31.1034768")) == 1


def test_a_troy_ounce_is_20_pennyweights():
    assert units.GRAMS_PER_PENNYWEIGHT == Decimal("1.55517384")
    assert units.grams_to_pennyweights(Decimal("31.1034768")) == 20
    assert units.pennyweights_to_grams(Decimal(20)) == Decimal("31.1034768")
    assert units.pennyweights_to_grams(Decimal(1)) == Decimal("1.55517384")


def test_a_carat_is_a_fifth_of_a_gram():
    assert units.carats_to_grams(Decimal(5)) == Decimal("1.0")
    assert units.carats_to_grams(Decimal("0.25")) == Decimal("0.050")


def test_price_per_gram_from_a_troy_ounce_price():
    assert units.price_per_gram(Decimal("31.1034768")) == 1
    # 2 400 a troy ounce of gold is about 77.16 a gram
    assert units.price_per_gram(Decimal("2400")).quantize(Decimal("0.01")) == Decimal("77.16")


@pytest.mark.parametrize("weight, fineness, fine", [
    ("10", 925, "9.25"),      # 10 g of sterling holds 9.25 g of silver
    ("10", 585, "5.85"),      # 14k
    ("4.2", 750, "3.15"),     # 18k
    ("3", 1000, "3"),
    ("12", 0, "0"),           # brass carries no precious metal
])
def test_fine_weight_is_weight_times_millesimal_fineness(weight, fineness, fine):
    assert units.fine_weight(Decimal(weight), fineness) == Decimal(fine)


@pytest.mark.parametrize("fineness", [-1, 1001, 9250])
def test_fine_weight_refuses_a_fineness_outside_0_to_1000(fineness):
    with pytest.raises(ValueError, match="outside 0"):
        units.fine_weight(Decimal(10), fineness)


def test_wax_model_weight_scales_to_metal_by_specific_gravity():
    sterling = alloy_by_code("AG925")
    gold_18k = alloy_by_code("AU750Y")
    # a 2 g wax (SG 1.0) casts about 20.72 g of sterling (SG 10.36)
    assert units.metal_weight_from_model(
        Decimal(2), WAX_SPECIFIC_GRAVITY, sterling.specific_gravity) == Decimal("20.72")
    assert units.metal_weight_from_model(
        Decimal("1.5"), WAX_SPECIFIC_GRAVITY, gold_18k.specific_gravity) == Decimal("23.37")
    # a resin model (SG 1.2) weighing 1.2 g has the volume of 1 g of wax
    assert units.metal_weight_from_model(
        Decimal("1.2"), Decimal("1.2"), sterling.specific_gravity) == Decimal("10.36")


@pytest.mark.parametrize("model_sg", [Decimal(0), Decimal("-1")])
def test_model_weight_needs_a_positive_model_specific_gravity(model_sg):
    with pytest.raises(ValueError, match="above zero"):
        units.metal_weight_from_model(Decimal(2), model_sg, Decimal("10.36"))


def test_metal_weight_from_a_cad_volume():
    # 1 000 mm³ = 1 cm³: of sterling that is 10.36 g, of platinum 21.54 g
    assert units.metal_weight_from_volume(Decimal(1000), Decimal("10.36")) == Decimal("10.36")
    assert units.metal_weight_from_volume(Decimal(250), Decimal("21.54")) == Decimal("5.385")


def test_plating_gold_mass_is_area_times_microns_times_1e_4_times_19_32():
    assert units.GOLD_DENSITY_G_PER_CM3 == Decimal("19.32")
    assert units.plating_gold_mass_g(Decimal(1), Decimal(1)) == Decimal("0.001932")
    # vermeil: 2.5 µm over 4 cm²
    assert units.plating_gold_mass_g(Decimal(4), Decimal("2.5")) == Decimal("0.01932")
    assert units.plating_gold_mass_g(Decimal("12.5"), Decimal("0.5")) == Decimal("0.0120750")
    assert units.plating_gold_mass_g(Decimal(10), Decimal(0)) == 0


@settings(max_examples=100, database=None, deadline=None)
@given(st.decimals(min_value=Decimal("0.001"), max_value=Decimal("100000"), places=3))
def test_pennyweights_and_grams_convert_back_within_rounding(grams):
    back = units.pennyweights_to_grams(units.grams_to_pennyweights(grams))
    assert abs(back - grams) < Decimal("1e-20")
    assert abs(units.troy_ounces_to_grams(units.grams_to_troy_ounces(grams)) - grams) \
        < Decimal("1e-20")


@settings(max_examples=100, database=None, deadline=None)
@given(weight=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1000"), places=2),
       fineness=st.integers(min_value=0, max_value=1000))
def test_fine_weight_never_exceeds_the_alloy_weight(weight, fineness):
    fine = units.fine_weight(weight, fineness)
    assert Decimal(0) <= fine <= weight
    assert fine == weight * fineness / 1000
