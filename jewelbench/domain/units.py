"""Jewellers' units: grams, troy ounces, pennyweights, millesimal fineness, carats."""

from __future__ import annotations

from decimal import Decimal

GRAMS_PER_TROY_OUNCE = Decimal("31.1034768")
PENNYWEIGHTS_PER_TROY_OUNCE = Decimal(20)
GRAMS_PER_PENNYWEIGHT = GRAMS_PER_TROY_OUNCE / PENNYWEIGHTS_PER_TROY_OUNCE
GRAMS_PER_CARAT = Decimal("0.2")
GOLD_DENSITY_G_PER_CM3 = Decimal("19.32")


def troy_ounces_to_grams(troy_ounces: Decimal) -> Decimal:
    return troy_ounces * GRAMS_PER_TROY_OUNCE


def grams_to_troy_ounces(grams: Decimal) -> Decimal:
    return grams / GRAMS_PER_TROY_OUNCE


def grams_to_pennyweights(grams: Decimal) -> Decimal:
    return grams / GRAMS_PER_PENNYWEIGHT


def pennyweights_to_grams(pennyweights: Decimal) -> Decimal:
    return pennyweights * GRAMS_PER_PENNYWEIGHT


def carats_to_grams(carats: Decimal) -> Decimal:
    return carats * GRAMS_PER_CARAT


def fine_weight(weight_g: Decimal, fineness: int) -> Decimal:
    """Grams of pure metal in weight_g of an alloy of millesimal fineness (925 = 92.5 %)."""
    if not 0 <= fineness <= 1000:
        raise ValueError(f"fineness {fineness} is outside 0–1000")
    return weight_g * Decimal(fineness) / Decimal(1000)


def price_per_gram(price_per_troy_ounce: Decimal) -> Decimal:
    return price_per_troy_ounce / GRAMS_PER_TROY_OUNCE


def metal_weight_from_model(model_weight_g: Decimal, model_specific_gravity: Decimal,
                            metal_specific_gravity: Decimal) -> Decimal:
    """Metal weight cast from a wax or resin model: scale by the ratio of specific gravities."""
    if model_specific_gravity <= 0:
        raise ValueError("the model's specific gravity must be above zero")
    return model_weight_g * metal_specific_gravity / model_specific_gravity


def metal_weight_from_volume(volume_mm3: Decimal, specific_gravity: Decimal) -> Decimal:
    """Grams of metal for a CAD volume in mm³ (1 cm³ = 1000 mm³; SG is g/cm³)."""
    return volume_mm3 / Decimal(1000) * specific_gravity


def plating_gold_mass_g(area_cm2: Decimal, thickness_um: Decimal) -> Decimal:
    """Gold mass = area × thickness × 19.32 g/cm³ (1 µm = 1e-4 cm)."""
    return area_cm2 * thickness_um * Decimal("0.0001") * GOLD_DENSITY_G_PER_CM3
