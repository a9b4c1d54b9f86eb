"""Alloys by millesimal fineness and specific gravity (DESIGN.md, "Alloys")."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

METALS = ("silver", "gold", "platinum", "palladium", "base")


@dataclass(frozen=True, slots=True)
class Alloy:
    code: str
    name: str
    metal: str  # which fine metal's price applies: silver, gold, platinum, palladium, base
    fineness: int  # millesimal: 925 = 92.5 % fine metal
    specific_gravity: Decimal  # g/cm³
    stamp: str  # the quality stamp struck on the piece, '' for base metal

    def __post_init__(self) -> None:
        if self.metal not in METALS:
            raise ValueError(f"unknown metal '{self.metal}'")
        if not 0 <= self.fineness <= 1000:
            raise ValueError(f"fineness {self.fineness} is outside 0–1000")
        if self.specific_gravity <= 0:
            raise ValueError("specific gravity must be above zero")


STANDARD_ALLOYS: tuple[Alloy, ...] = (
    Alloy("AG925", "Sterling silver 925", "silver", 925, Decimal("10.36"), "925"),
    Alloy("AU375Y", "9k yellow gold", "gold", 375, Decimal("11.20"), "375"),
    Alloy("AU417Y", "10k yellow gold", "gold", 417, Decimal("11.57"), "417"),
    Alloy("AU585Y", "14k yellow gold", "gold", 585, Decimal("13.07"), "585"),
    Alloy("AU585W", "14k white gold", "gold", 585, Decimal("12.61"), "585"),
    Alloy("AU750Y", "18k yellow gold", "gold", 750, Decimal("15.58"), "750"),
    Alloy("AU750W", "18k white gold", "gold", 750, Decimal("14.64"), "750"),
    Alloy("AU916Y", "22k yellow gold", "gold", 916, Decimal("17.80"), "916"),
    Alloy("PT950", "Platinum 950", "platinum", 950, Decimal("21.54"), "950"),
    Alloy("BRASS", "Brass", "base", 0, Decimal("8.50"), ""),
    Alloy("BRONZE", "Bronze", "base", 0, Decimal("8.80"), ""),
)

WAX_SPECIFIC_GRAVITY = Decimal("1.0")


def alloy_by_code(code: str, alloys: tuple[Alloy, ...] | list[Alloy] = STANDARD_ALLOYS) -> Alloy:
    for alloy in alloys:
        if alloy.code == code:
            return alloy
    raise KeyError(f"unknown alloy '{code}'")
