"""A design's material cost at the workspace's prices on a date: the BOM, priced.

metal   = Σ finished weight × fineness × fine price per gram (newest price on or before the date)
stones  = Σ quantity × unit cost;  findings, plating, packaging likewise
each converted to the base currency at the newest FX rate on or before the date.

Casting loss, buyer premiums and breakage belong to a production route (in-house or a quote)
and are added by the cost engine; this is the bill of materials as drawn. Every figure comes
with the terms that made it, so the editor can say how it was computed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from jewelbench.domain.alloys import Alloy
from jewelbench.domain.designs import Design
from jewelbench.domain.missing_prices import MissingPrice
from jewelbench.domain.money import Money
from jewelbench.domain.prices import (
    FxRate,
    MetalPrice,
    PriceNotFound,
    fx_rate_on,
    metal_price_on,
    rate_note,
)
from jewelbench.domain.units import GRAMS_PER_TROY_OUNCE, fine_weight


@dataclass
class MaterialCost:
    currency: str
    metal: Decimal = Decimal(0)
    stones: Decimal = Decimal(0)
    findings: Decimal = Decimal(0)
    plating: Decimal = Decimal(0)
    packaging: Decimal = Decimal(0)
    terms: list[str] = field(default_factory=list)  # how each part was computed
    missing: list[str] = field(default_factory=list)  # prices or rates not found
    gaps: list[MissingPrice] = field(default_factory=list)  # the same, to be entered

    @property
    def total(self) -> Money:
        return Money(self.metal + self.stones + self.findings + self.plating + self.packaging,
                     self.currency)

    @property
    def complete(self) -> bool:
        return not self.missing


def fine_metal_by_metal(design: Design, alloys: dict[str, Alloy]) -> dict[str, Decimal]:
    """Grams of pure gold, silver, platinum … in the design's metal lines."""
    fine: dict[str, Decimal] = {}
    for line in design.metals:
        alloy = alloys.get(line.alloy_code)
        if alloy is not None and alloy.fineness:
            fine[alloy.metal] = fine.get(alloy.metal, Decimal(0)) + fine_weight(
                line.finished_weight_g, alloy.fineness)
    return fine


def material_cost(design: Design, alloys: dict[str, Alloy], metal_prices: Iterable[MetalPrice],
                  fx_rates: Iterable[FxRate], on: dt.date, base_currency: str) -> MaterialCost:
    prices, rates = list(metal_prices), list(fx_rates)
    cost = MaterialCost(base_currency)

    def in_base(amount: Money, what: str) -> Decimal | None:
        try:
            rate, used = fx_rate_on(rates, amount.currency, base_currency, on)
        except PriceNotFound as error:
            cost.missing.append(f"{what}: {error}")
            gap = MissingPrice(on, currency=amount.currency, to_currency=base_currency)
            if gap not in cost.gaps:
                cost.gaps.append(gap)
            return None
        if used is not None:
            note = rate_note(used, amount.currency)
            cost.terms.append(f"{what}: {amount} × {rate:.6f} ({amount.currency}→{base_currency} "
                              f"on {used.rate_date.isoformat()}{'; ' + note if note else ''})")
        return amount.amount * rate

    for metal, grams in fine_metal_by_metal(design, alloys).items():
        try:
            price = metal_price_on(prices, metal, on)
        except PriceNotFound as error:
            cost.missing.append(str(error))
            cost.gaps.append(MissingPrice(on, metal=metal))
            continue
        per_gram = price.price_per_troy_oz.amount / GRAMS_PER_TROY_OUNCE
        cost.terms.append(f"{metal}: {grams:.3f} g fine × {per_gram:.4f} "
                          f"{price.price_per_troy_oz.currency}/g "
                          f"(price of {price.price_date.isoformat()})")
        value = in_base(Money(grams * per_gram, price.price_per_troy_oz.currency), metal)
        if value is not None:
            cost.metal += value
    for group, lines in (("stones", design.stones), ("findings", design.findings),
                         ("packaging", design.packaging)):
        for line in lines:
            value = in_base(line.unit_cost * line.quantity, group)
            if value is not None:
                setattr(cost, group, getattr(cost, group) + value)
    for plating in design.platings:
        value = in_base(plating.unit_cost, "plating")
        if value is not None:
            cost.plating += value
    return cost
