"""Having the plan made by a supplier: the landed cost of one route (one supplier's quotes).

Per design, for x pieces a year (docs/costing.md, "Outsourced"):

    billed   = max(x, MOQ)                            below the MOQ you pay for the MOQ
    goods    = max(billed × tier price, minimum order value − billed × basis metal)
               tier price = the tier the billed quantity reaches (Quote.tier_for)
    metal    = billed × fine g × (1 + supplier loss) × fine price at the costing date
               (making-charge quotes only: the metal re-priced)

and for the route, with φ = the FX control for a foreign quote currency (else 1):

    fees       = one-time fees that are not refunded on order × φ ÷ the design's life
    freight    = international: (Σ billed × freight per piece + shipments × freight per
                 shipment) × φ + your forwarder to the border (billed × per piece + shipments
                 × per shipment); + inland: your forwarder after the border
    FX buffer  = buffer % × (goods + metal + fees + supplier freight)   (foreign quotes)
    insurance  = insurance % × (goods + metal + international freight)  (EXW and FOB quotes)
    assists    = mould, tooling and CAD fees ÷ life + the stones, findings and plating you
                 supply (WTO CVA Art. 8.1(b)); packaging you add after import is not one
    duty       = duty % × customs value: goods + metal + assists (FOB basis), + international
                 freight + insurance (CIF basis); none for DDP
    import VAT = VAT % × (customs value + duty + inland freight): a cost only when the brand
                 is not VAT-registered (else paid and reclaimed: cash only)
    inspection = billed × per piece + shipments × per shipment
    materials  = billed × the BOM parts you supply (packaging by default)
    defects    = (goods + metal + materials) × d ÷ (1 − d)

Every term is linear in a few sums over the designs (billed pieces, goods, metal …), and those
sums are piecewise linear in the volume, changing slope only where a design passes its MOQ, a
tier or its minimum order value. The model keeps those pieces, exact, so the cost at any volume
is one look-up and a few multiplications.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from jewelbench.domain.costing_figures import (
    COMPONENT_LABELS,
    HUNDRED,
    ONE,
    PER_YEAR,
    ZERO,
    Component,
    Figure,
    show,
    show_pct,
)
from jewelbench.domain.costing_inputs import (
    Adjustments,
    CollectionPlan,
    CustomsBasis,
    LandedCostTerms,
    OutsourcedRoute,
    PriceBook,
    PricedBom,
    Split,
)
from jewelbench.domain.customs import ASSISTS_RULE, basis_rule_text
from jewelbench.domain.prices import rate_note, shown_rate
from jewelbench.domain.quotes import FeeKind, Incoterm, PricingBasis, Quote
from jewelbench.domain.validation import DomainError

# The sums the route's cost is linear in, per segment of volume.
GOODS, METAL_HOME, METAL_FOREIGN, FREIGHT_PIECE, PIECES, BRAND_HOME, BRAND_FOREIGN, \
    DEPOSIT_GOODS, DEPOSIT_METAL_HOME, DEPOSIT_METAL_FOREIGN, ASSIST_HOME, ASSIST_FOREIGN \
    = range(12)
SUMS = 12
# Parts the brand supplies that are assists (WTO CVA Art. 8.1(b)(i): materials, components
# and parts incorporated in the goods). Packaging the brand supplies is taken to be added after
# import, in its own warehouse, so it is not (docs/costing.md, "Customs value").
ASSIST_GROUPS = ("stones", "findings", "plating")
DAYS_PER_MONTH = 30


@dataclass(frozen=True)
class Region:
    """Where one design's cost formula holds: from volume `start` of the plan onwards."""

    start: int
    below_moq: bool
    tier: int  # index into quote.tiers
    min_order_value: bool  # goods topped up to the minimum order value


@dataclass(frozen=True)
class DesignQuote:
    code: str
    volume: int  # planned pieces a year
    quote: Quote
    rate: Decimal  # base per unit of the quote's currency
    metal: Split  # supplier metal per piece at the costing date (making-charge quotes)
    basis_metal: Decimal  # the same metal at the quote's basis price, quote currency
    brand: Split  # the BOM parts the brand supplies, per piece
    regions: tuple[Region, ...]
    assist: Split = Split()  # of those, the ones in the customs value (ASSIST_GROUPS)

    def coefficients(self, region: Region, plan_volume: int) -> tuple[list[Decimal],
                                                                       list[Decimal]]:
        """(constant, slope × plan volume) of each sum over this region."""
        q, r = self.quote, self.rate
        const_b, slope_b = (Decimal(q.moq), ZERO) if region.below_moq else \
            (ZERO, Decimal(self.volume))
        if region.min_order_value:
            goods_const, goods_unit = q.min_order_value * r, -self.basis_metal * r
        else:
            goods_const, goods_unit = ZERO, q.tiers[region.tier].unit_price * r
        per_piece = (goods_unit, self.metal.home, self.metal.foreign, q.freight_per_piece * r,
                     ONE, self.brand.home, self.brand.foreign)
        deposit = q.deposit_pct / HUNDRED
        a = [goods_const + goods_unit * const_b] + [u * const_b for u in per_piece[1:]]
        b = [u * slope_b for u in per_piece]
        a += [deposit * a[GOODS], deposit * a[METAL_HOME], deposit * a[METAL_FOREIGN]]
        b += [deposit * b[GOODS], deposit * b[METAL_HOME], deposit * b[METAL_FOREIGN]]
        a += [self.assist.home * const_b, self.assist.foreign * const_b]
        b += [self.assist.home * slope_b, self.assist.foreign * slope_b]
        return a, b


@dataclass(frozen=True)
class Customs:
    """What one route's goods are declared at and charged at the border in a year, base
    currency (exact): the customs value, the assists in it, the duty and the import VAT."""

    route: str
    currency: str
    basis: CustomsBasis
    basis_source: str
    value: Decimal
    assists: Decimal  # fees ÷ life + materials the brand supplies, in `value`
    assist_fees: Decimal
    assist_materials: Decimal
    international_freight: Decimal
    inland_freight: Decimal
    duty: Decimal
    vat_pct: Decimal
    vat_base: Decimal
    vat: Decimal
    vat_registered: bool
    ddp: bool
    fee_life_years: int

    def rule(self) -> str:
        if self.ddp:
            return "DDP: the supplier clears the goods and pays duty and import VAT"
        return f"assists in the customs value by {ASSISTS_RULE}; {basis_rule_text(self.basis)}"

    def vat_text(self) -> str:
        if self.ddp:
            return "import VAT paid by the supplier (DDP)"
        amount = show(self.vat, self.currency)
        if self.vat_registered:
            return (f"import VAT {show_pct(self.vat_pct)} × {show(self.vat_base, self.currency)}"
                    f" = {amount} a year, paid at import and reclaimed (VAT-registered): "
                    "cash, not a cost")
        return (f"import VAT {show_pct(self.vat_pct)} × {show(self.vat_base, self.currency)} = "
                f"{amount} a year, a cost (not VAT-registered)")


@dataclass
class RouteModel:
    """One route made ready for fast costing: segment k covers volumes starts[k] … and has
    sums a[k][j] + b[k][j] × n ÷ plan volume."""

    name: str
    currency: str
    quote_currency: str
    foreign: bool
    incoterm: Incoterm
    terms: LandedCostTerms
    plan_volume: int
    rate: Decimal
    rate_date: dt.date | None
    starts: list[int]
    a: list[list[Decimal]]
    b: list[list[Decimal]]
    floats: Any  # (starts, a, b ÷ plan volume) as numpy arrays, for plotting and searching
    fees: Decimal  # one-time, not refundable, base at the dated rate
    # Of those, the assists: mould, tooling and CAD fees (a sample fee pays for samples, not
    # for the goods imported).
    assist_fees: Decimal
    refundable: Decimal
    freight_per_shipment: Decimal
    lead_months: int
    designs: tuple[DesignQuote, ...]
    warnings: tuple[str, ...]
    making_plus_metal: bool
    rate_note: str = ""  # how the rate was derived when it is not a kept one (rate_note)
    _linear_cache: dict[Adjustments, tuple[Decimal, list[Decimal]]] = field(
        default_factory=dict, repr=False, compare=False)

    def segment(self, n: int) -> int:
        return bisect.bisect_right(self.starts, n) - 1

    def sums(self, n: int) -> list[Decimal]:
        k = self.segment(n)
        a, b, p = self.a[k], self.b[k], self.plan_volume
        return [a[j] + b[j] * n / p for j in range(SUMS)]

    def customs(self, sums: list[Decimal], adjustments: Adjustments) -> Customs:
        """The year's customs value, duty and import VAT (docs/costing.md, "Customs value");
        linear in `sums`."""
        t = self.terms
        fm, fx = adjustments.metal_factor, adjustments.fx_factor
        phi = fx if self.foreign else ONE
        shipments = Decimal(t.shipments_per_year)
        goods = sums[GOODS] * phi
        metal = (sums[METAL_HOME] + sums[METAL_FOREIGN] * fx) * fm
        supplier_freight = (sums[FREIGHT_PIECE] + shipments * self.freight_per_shipment) * phi
        international = supplier_freight + t.freight_per_piece * sums[PIECES] + \
            t.freight_per_shipment * shipments
        inland = t.inland_freight_per_piece * sums[PIECES] + \
            t.inland_freight_per_shipment * shipments
        insurance = self.insurance(goods, metal, international)
        if t.assists_in_customs_value:
            assist_fees = self.assist_fees * phi / t.fee_life_years
            assist_materials = sums[ASSIST_HOME] + sums[ASSIST_FOREIGN] * fx
        else:
            assist_fees = assist_materials = ZERO
        value = goods + metal + assist_fees + assist_materials
        if t.customs_basis is CustomsBasis.CIF:
            value += international + insurance
        ddp = self.incoterm is Incoterm.DDP
        duty = ZERO if ddp else value * t.duty_pct / HUNDRED
        vat_base = ZERO if ddp else value + duty + inland
        vat = vat_base * t.import_vat_pct / HUNDRED
        return Customs(self.name, self.currency, t.customs_basis, t.basis_source, value,
                       assist_fees + assist_materials, assist_fees, assist_materials,
                       international, inland, duty, t.import_vat_pct, vat_base, vat,
                       t.vat_registered, ddp, t.fee_life_years)

    def insurance(self, goods: Decimal, metal: Decimal, international: Decimal) -> Decimal:
        """Cargo insurance to the border, for quotes that leave it to the brand."""
        if self.incoterm not in (Incoterm.EXW, Incoterm.FOB):
            return ZERO
        return (goods + metal + international) * self.terms.insurance_pct / HUNDRED

    def components(self, sums: list[Decimal],
                   adjustments: Adjustments) -> dict[Component, Decimal]:
        """The year's landed cost by component, base currency (exact); linear in `sums`."""
        t = self.terms
        fm, fx = adjustments.metal_factor, adjustments.fx_factor
        phi = fx if self.foreign else ONE
        shipments = Decimal(t.shipments_per_year)
        goods = sums[GOODS] * phi
        metal = (sums[METAL_HOME] + sums[METAL_FOREIGN] * fx) * fm
        fees = self.fees * phi / t.fee_life_years
        supplier_freight = (sums[FREIGHT_PIECE] + shipments * self.freight_per_shipment) * phi
        customs = self.customs(sums, adjustments)
        freight = customs.international_freight + customs.inland_freight
        buffer = (goods + metal + fees + supplier_freight) * t.fx_buffer_pct / HUNDRED \
            if self.foreign else ZERO
        insurance = self.insurance(goods, metal, customs.international_freight)
        inspection = t.inspection_per_piece * sums[PIECES] + \
            t.inspection_per_shipment * shipments
        brand = sums[BRAND_HOME] + sums[BRAND_FOREIGN] * fx
        defects = (goods + metal + brand) * t.defect_allowance_pct / (
            HUNDRED - t.defect_allowance_pct)
        values = {Component.SUPPLIER_PRICE: goods, Component.SUPPLIER_METAL: metal,
                  Component.BRAND_MATERIALS: brand, Component.FEES: fees,
                  Component.FREIGHT: freight, Component.INSURANCE: insurance,
                  Component.DUTY: customs.duty, Component.FX_BUFFER: buffer,
                  Component.INSPECTION: inspection, Component.DEFECTS: defects}
        if not t.vat_registered:
            values[Component.IMPORT_VAT] = customs.vat
        return values

    def total(self, n: int, adjustments: Adjustments) -> Decimal:
        return sum(self.components(self.sums(n), adjustments).values(), ZERO)

    def linear_form(self, adjustments: Adjustments) -> tuple[Decimal, list[Decimal]]:
        """(constant, weight of each sum): total = constant + Σ weight × sum, as components()
        computes it."""
        found = self._linear_cache.get(adjustments)
        if found is None:
            zero = [ZERO] * SUMS
            constant = sum(self.components(zero, adjustments).values(), ZERO)
            weights = []
            for j in range(SUMS):
                unit = list(zero)
                unit[j] = ONE
                weights.append(sum(self.components(unit, adjustments).values(), ZERO)
                               - constant)
            found = constant, weights
            if len(self._linear_cache) > 64:
                self._linear_cache.clear()
            self._linear_cache[adjustments] = found
        return found

    def float_tables(self) -> tuple[Any, Any, Any]:
        result: tuple[Any, Any, Any] = self.floats
        return result

    def reasons(self, start: int) -> list[str]:
        """Why the cost changes at volume `start` (a design passes its MOQ, a tier …)."""
        found = []
        for design in self.designs:
            for previous, region in zip(design.regions, design.regions[1:]):
                if region.start == start:
                    found.append(_why(design, region, previous))
        return found

    # --- explanations --------------------------------------------------------------------

    def rate_text(self) -> str:
        if not self.foreign:
            return f"quoted in {self.currency}"
        day = f" on {self.rate_date.isoformat()}" if self.rate_date else ""
        note = f" ({self.rate_note})" if self.rate_note else ""
        return f"1 {self.quote_currency} = {shown_rate(self.rate)} {self.currency}{day}{note}"

    def figures(self, n: int, adjustments: Adjustments,
                values: dict[Component, Decimal]) -> tuple[Figure, ...]:
        sums = self.sums(n)
        t, cur = self.terms, self.currency
        billed = sums[PIECES]
        ships = t.shipments_per_year
        moves = f" (FX {adjustments.fx_pct:+f} %)" if adjustments.fx_pct and self.foreign \
            else ""
        single = self.designs[0] if len(self.designs) == 1 else None
        mov = any(d.quote.min_order_value for d in self.designs)
        if single is not None:
            region = self.designs_region(single, n)
            mov = region.min_order_value
            tier = single.quote.tiers[region.tier]
            price_text = (f"{show(billed)} billed × {show(tier.unit_price, self.quote_currency)}"
                          f" (tier from {tier.min_quantity:,}"
                          f"{'; MOQ ' + format(single.quote.moq, ',') if region.below_moq else ''})"
                          f", {self.rate_text()}{moves}")
        else:
            price_text = (f"Σ over {len(self.designs)} designs of billed pieces (MOQ rule) × "
                          f"tier price: {show(billed)} pieces billed, {self.rate_text()}{moves}")
        if mov:
            price_text += ("; topped up to the minimum order value" if single else
                           "; minimum order values applied where not reached")
        how: dict[Component, str] = {
            Component.SUPPLIER_PRICE: price_text,
            Component.SUPPLIER_METAL: (
                f"{show(billed)} billed × fine grams × (1 + "
                f"{show_pct(t.supplier_metal_loss_pct)} loss) × fine price on the costing date"
                if self.making_plus_metal else "all-in price: metal included"),
            Component.BRAND_MATERIALS: (
                f"{show(billed)} billed × the {', '.join(sorted(t.brand_supplied))} you supply"
                if t.brand_supplied else "the supplier supplies every part"),
            Component.FEES: (f"{show(self.fees, cur)} one-time fees (refundable "
                             f"{show(self.refundable, cur)} left out: refunded on order)"
                             f"{moves} ÷ {_times(t.fee_life_years, 'year')} of the design's "
                             "life: the yearly charge, which the break-even uses; the cash "
                             "view pays each fee once, at month 0"),
            Component.FREIGHT: (f"supplier: {_times(ships, 'shipment')} × "
                                f"{show(self.freight_per_shipment, cur)} + "
                                f"{show(sums[FREIGHT_PIECE], cur)} by the piece{moves}; "
                                f"your forwarder to the border: {_times(ships, 'shipment')} × "
                                f"{show(t.freight_per_shipment, cur)} + {show(billed)} × "
                                f"{show(t.freight_per_piece, cur)}; inland after arrival: "
                                f"{_times(ships, 'shipment')} × "
                                f"{show(t.inland_freight_per_shipment, cur)} + {show(billed)}"
                                f" × {show(t.inland_freight_per_piece, cur)}"),
            Component.INSURANCE: (
                f"{show_pct(t.insurance_pct)} × (goods + metal + freight to the border)"
                if self.incoterm in (Incoterm.EXW, Incoterm.FOB) else
                f"included in the {self.incoterm.value} price"),
            Component.DUTY: self.duty_text(n, adjustments),
            Component.IMPORT_VAT: self.customs(sums, adjustments).vat_text(),
            Component.FX_BUFFER: (
                f"{show_pct(t.fx_buffer_pct)} × (goods + metal + fees + supplier freight) "
                f"invoiced in {self.quote_currency}" if self.foreign else
                f"invoiced in {cur}: no FX risk"),
            Component.INSPECTION: (f"{_times(ships, 'shipment')} × "
                                   f"{show(t.inspection_per_shipment, cur)} + {show(billed)} × "
                                   f"{show(t.inspection_per_piece, cur)}"),
            Component.DEFECTS: (f"(goods + metal + materials) × "
                                f"{show_pct(t.defect_allowance_pct)} ÷ (100 % − "
                                f"{show_pct(t.defect_allowance_pct)})"),
        }
        return tuple(Figure(COMPONENT_LABELS[c], values[c], cur, PER_YEAR, how[c])
                     for c in values)

    def duty_text(self, n: int, adjustments: Adjustments) -> str:
        c, t, cur = self.customs(self.sums(n), adjustments), self.terms, self.currency
        if c.ddp:
            return "DDP: the supplier pays the duty"
        source = f", {t.basis_source}" if t.basis_source else ""
        parts = "goods + metal + assists"
        if c.basis is CustomsBasis.CIF:
            parts += " + freight and insurance to the border"
        assists = (f"; assists {show(c.assists, cur)}: mould, tooling and CAD fees ÷ "
                   f"{_times(c.fee_life_years, 'year')} {show(c.assist_fees, cur)} + materials "
                   f"you supply {show(c.assist_materials, cur)}"
                   if t.assists_in_customs_value else "; assists declared apart")
        return (f"{show_pct(t.duty_pct)} × customs value {show(c.value, cur)} ({parts}, "
                f"{c.basis.value.upper()} basis{source}{assists}; inland freight after "
                "arrival is not dutiable)")

    def designs_region(self, design: DesignQuote, n: int) -> Region:
        index = bisect.bisect_right([r.start for r in design.regions], n) - 1
        return design.regions[max(index, 0)]


def _times(count: int, noun: str) -> str:
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def _ceil_div(numerator: int, denominator: int) -> int:
    return -(-numerator // denominator)


def regions_for(quote: Quote, volume: int, plan_volume: int,
                basis_metal: Decimal) -> tuple[Region, ...]:
    """Where a design's formula changes as the plan's volume n grows; the design gets
    x = n × volume ÷ plan volume pieces (exact comparisons in integers and fractions)."""
    p, big_p = volume, plan_volume
    mins = [tier.min_quantity for tier in quote.tiers]

    scaled = [m * big_p for m in mins]

    def tier_at(n: int) -> int:  # the tier x reaches (x ≥ MOQ), else the first
        return max(bisect.bisect_right(scaled, n * p) - 1, 0)

    def tier_of(billed: int) -> int:
        return max(bisect.bisect_right(mins, billed) - 1, 0)

    def unit_basis(tier: int) -> Decimal:
        return quote.tiers[tier].unit_price + basis_metal

    mov = quote.min_order_value
    regions: list[Region] = []
    volume_from = max(_ceil_div(quote.moq * big_p, p), 1)
    if volume_from > 1:
        tier = tier_of(quote.moq)
        regions.append(Region(1, True, tier, mov > 0 and unit_basis(tier) * quote.moq < mov))
    starts = sorted({volume_from} | {_ceil_div(m * big_p, p) for m in mins if m > quote.moq})
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else None
        tier = tier_at(start)
        if mov > 0:
            unit = unit_basis(tier)
            reaches = math.ceil(Fraction(mov) * big_p / (Fraction(unit) * p)) if unit > 0 \
                else None
            if reaches is None or reaches > start:
                regions.append(Region(start, False, tier, True))
                if reaches is not None and (end is None or reaches < end):
                    regions.append(Region(reaches, False, tier, False))
                continue
        regions.append(Region(start, False, tier, False))
    return tuple(regions)


def _why(design: DesignQuote, region: Region, previous: Region) -> str:
    q = design.quote
    if previous.below_moq and not region.below_moq:
        return f"{design.code} passes its MOQ of {q.moq:,}"
    if region.tier != previous.tier:
        return f"{design.code} reaches the tier from {q.tiers[region.tier].min_quantity:,}"
    if previous.min_order_value and not region.min_order_value:
        return f"{design.code} passes its minimum order value"
    return f"{design.code} changes"


def prepare_route(route: OutsourcedRoute, plan: CollectionPlan, boms: dict[str, PricedBom],
                  book: PriceBook) -> RouteModel:
    base, terms = book.base, route.terms
    currencies = sorted({q.currency for q in route.quotes.values()})
    incoterms = sorted({Incoterm(q.incoterm).value for q in route.quotes.values()})
    if len(currencies) > 1:
        raise DomainError(f"Route “{route.name}” mixes currencies ({', '.join(currencies)}): "
                          "compare them as separate routes")
    if len(incoterms) > 1:
        raise DomainError(f"Route “{route.name}” mixes incoterms ({', '.join(incoterms)}): "
                          "compare them as separate routes")
    quote_currency = currencies[0]
    foreign = quote_currency != base
    found = book.rate_row(quote_currency, f"route “{route.name}”") if foreign else None
    rate = found[0] if found else ONE
    rate_date = found[1].rate_date if found and found[1] else None
    note = rate_note(found[1], quote_currency) if found else ""
    big_p = plan.total_volume
    loss = ONE + terms.supplier_metal_loss_pct / HUNDRED
    designs: list[DesignQuote] = []
    warnings: list[str] = []
    making_plus_metal = False
    for line in plan.lines:
        code = line.design.code
        quote = route.quotes.get(code)
        if quote is None:
            raise DomainError(f"Route “{route.name}” has no quote for design {code}")
        if quote.design_id is not None and line.design.id is not None and \
                quote.design_id != line.design.id:
            raise DomainError(f"Route “{route.name}”: the quote given for {code} is for "
                              "another design")
        label = quote.reference or f"for {code}"
        if quote.is_expired(book.context.on):
            warnings.append(f"Quote {label} expired on {quote.valid_until}")
        bom = boms[code]
        metal, basis_metal = Split(), ZERO
        if quote.pricing_basis is PricingBasis.MAKING_PLUS_METAL:
            making_plus_metal = True
            metal = bom.fine_metal.scaled(loss)
            fine = sum(bom.fine_grams.values(), ZERO)
            basis_metal = fine * loss * (quote.metal_price_basis_per_g or ZERO)
        brand, assist = Split(), Split()
        for group in sorted(terms.brand_supplied):
            brand = brand + bom.groups[group]
            if group in ASSIST_GROUPS:
                assist = assist + bom.groups[group]
        designs.append(DesignQuote(code, line.volume, quote, rate, metal, basis_metal, brand,
                                   regions_for(quote, line.volume, big_p, basis_metal),
                                   assist))
    extra = set(route.quotes) - {line.design.code for line in plan.lines}
    if extra:
        warnings.append(f"Route “{route.name}”: quotes for {', '.join(sorted(extra))} are not "
                        "in the plan and were left out")
    starts, a, b, floats = _merge(designs, big_p)
    used = [d.quote for d in designs]
    lead_days = max((q.production_lead_time_days or 0 for q in used), default=0)
    return RouteModel(
        name=route.name, currency=base, quote_currency=quote_currency, foreign=foreign,
        incoterm=Incoterm(used[0].incoterm), terms=terms, plan_volume=big_p, rate=rate,
        rate_date=rate_date, starts=starts, a=a, b=b, floats=floats,
        fees=sum((f.amount for q in used for f in q.fees if not f.refundable_on_order),
                 ZERO) * rate,
        assist_fees=sum((f.amount for q in used for f in q.fees
                         if not f.refundable_on_order and f.kind is not FeeKind.SAMPLE),
                        ZERO) * rate,
        refundable=sum((f.amount for q in used for f in q.fees if f.refundable_on_order),
                       ZERO) * rate,
        freight_per_shipment=max(q.freight_per_shipment for q in used) * rate,
        lead_months=_ceil_div(lead_days, DAYS_PER_MONTH), designs=tuple(designs),
        warnings=tuple(warnings), making_plus_metal=making_plus_metal, rate_note=note)


def _merge(designs: list[DesignQuote], plan_volume: int) -> tuple[
        list[int], list[list[Decimal]], list[list[Decimal]], Any]:
    """Add the designs' pieces into the route's segments: every region adds its change from
    the design's previous region at its start; a running sum in start order gives the sums of
    each segment (exact: numpy only carries the Decimals)."""
    import numpy as np

    starts: list[int] = []
    changes: list[list[Decimal]] = []
    zero = [ZERO] * (2 * SUMS)
    for design in designs:
        before = zero
        for region in design.regions:
            a, b = design.coefficients(region, plan_volume)
            row = a + b
            starts.append(region.start)
            changes.append([x - y for x, y in zip(row, before)])
            before = row
    order = np.argsort(np.array(starts, dtype=np.int64), kind="stable")
    sorted_starts = np.array(starts, dtype=np.int64)[order]
    running = np.cumsum(np.array(changes, dtype=object)[order], axis=0)
    last = np.append(np.nonzero(np.diff(sorted_starts))[0], len(sorted_starts) - 1)
    rows = running[last]
    floats = (sorted_starts[last], rows[:, :SUMS].astype(float),
              rows[:, SUMS:].astype(float) / plan_volume)
    return (sorted_starts[last].tolist(), rows[:, :SUMS].tolist(), rows[:, SUMS:].tolist(),
            floats)
