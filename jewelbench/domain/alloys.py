"""Alloys by millesimal fineness and specific gravity (DESIGN.md, "Alloys")."""

from __future__ import annotations

import re
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


_KARATS = {375: "9k", 417: "10k", 585: "14k", 750: "18k", 916: "22k", 999: "24k"}


def alloy_words(alloy: Alloy) -> tuple[str, ...]:
    """The words a jeweller may type for an alloy: its name, code, stamp, metal, the karat of
    a gold (14k, 14ct, 14kt) and "sterling" for 925 silver."""
    words = [*re.split(r"[^0-9a-z]+", alloy.name.casefold()), alloy.code.casefold(),
             alloy.stamp.casefold(), alloy.metal]
    karat = _KARATS.get(alloy.fineness) if alloy.metal == "gold" else None
    if karat:
        number = karat[:-1]
        words += [karat, f"{number}ct", f"{number}kt", f"{number}karat", f"{number}carat"]
    if alloy.metal == "silver" and alloy.fineness == 925:
        words.append("sterling")
    if alloy.fineness:
        words.append(str(alloy.fineness))
    return tuple(dict.fromkeys(w for w in words if w))


def find_alloys(text: str, alloys: tuple[Alloy, ...] | list[Alloy]) -> list[Alloy]:
    """The alloys a typed text names, best first: the one with that exact code or name, then
    every alloy for which each typed word begins one of its words ("925 silver", "925" and
    "sterling" find sterling silver; "585" and "14k" the 14k golds). Empty text finds none."""
    typed = text.strip().casefold()
    if not typed:
        return []
    exact = [a for a in alloys if typed in (a.code.casefold(), a.name.casefold())]
    tokens = [t for t in re.split(r"[^0-9a-z]+", typed) if t]
    found = [a for a in alloys if a not in exact and tokens and all(
        any(word.startswith(token) for word in alloy_words(a)) for token in tokens)]
    return exact + found
