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
    import VAT = VAT % × (customs value + duty + inland freight; + international freight and
                 insurance on a FOB basis): a cost only when the brand
                 is not VAT-registered (else paid and reclaimed: cash only)
    inspection = billed × per piece + shipments × per shipment
    materials  = billed × the BOM parts you supply (packaging by default)
    defects    = (goods + metal + materials) × d ÷ (1 − d)

Every term is linear in a few sums over the designs (billed pieces, goods, metal …). At a
total n each design gets whole pieces x (largest remainder, costing_pieces.whole_pieces), bought
in the plan's k orders a year: MOQ, tier and minimum order value apply to each order of whole
pieces, so a design's sums are piecewise linear in x (costing_pieces.year_pieces) and the
route's sums at n are Σ over the designs of one look-up each, exact. The per-shipment costs are
paid max(shipments a year, orders a year) times: every order is shipped at least once.

For the break-even search the model also keeps a surrogate that is piecewise linear in n (each
design's formula at its fractional share n × p ÷ P): the whole-piece sums differ from it by a
bounded amount (costing_whole), so only the volumes near a sign change are costed exactly.
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
    FOR_ROUTE,
    Adjustments,
    CollectionPlan,
    CustomsBasis,
    LandedCostTerms,
    OutsourcedRoute,
    PriceBook,
    PricedBom,
    Split,
)
from jewelbench.domain.costing_pieces import (
    OrderPiece,
    YearPiece,
    orders_of,
    pieces_matrix,
    whole_pieces,
    year_pieces,
)
from jewelbench.domain.customs import ASSISTS_RULE, basis_rule_text
from jewelbench.domain.messages import QT_TRANSLATE_NOOP
from jewelbench.domain.prices import rate_note, shown_rate
from jewelbench.domain.quotes import FeeKind, Incoterm, PricingBasis, Quote
from jewelbench.domain.validation import DomainError

ROUTE_MIXES_CURRENCIES_COMPARE = QT_TRANSLATE_NOOP(
    "costing_outsourced", "Route “{name}” mixes currencies ({currencies}): compare them "
    "as separate routes")
ROUTE_MIXES_INCOTERMS_COMPARE = QT_TRANSLATE_NOOP(
    "costing_outsourced", "Route “{name}” mixes incoterms ({incoterms}): compare them as "
    "separate routes")

NO_QUOTE_FOR_DESIGN = QT_TRANSLATE_NOOP(
    "costing_outsourced", "Route “{route}” has no quote for design {design}")
QUOTE_FOR_ANOTHER_DESIGN = QT_TRANSLATE_NOOP(
    "costing_outsourced", "Route “{route}”: the quote given for {design} is for another design")
QUOTE_EXPIRED = QT_TRANSLATE_NOOP("costing_outsourced", "Quote {quote} expired on {expired}")
QUOTE_FOR_EXPIRED = QT_TRANSLATE_NOOP(
    "costing_outsourced", "Quote for {design} expired on {expired}")
QUOTES_LEFT_OUT = QT_TRANSLATE_NOOP(
    "costing_outsourced", "Route “{route}”: quotes for {designs} are not in the plan and were "
    "left out")

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
_KEY = 1 << 40  # design i's yearly pieces are keyed i × _KEY + pieces (pieces < 2⁴⁰)


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
    regions: tuple[Region, ...]  # where one order's formula changes, by the order's pieces
    orders: int = 1  # orders a year
    order_pieces: tuple[OrderPiece, ...] = ()
    pieces: tuple[YearPiece, ...] = ()  # the year's sums by the design's pieces a year
    piece_starts: tuple[int, ...] = ()
    assist: Split = Split()  # of the parts the brand supplies, those in the customs value

    @classmethod
    def made(cls, code: str, volume: int, quote: Quote, rate: Decimal, metal: Split,
             basis_metal: Decimal, brand: Split, orders: int,
             assist: Split | None = None) -> DesignQuote:
        regions = regions_for(quote, 1, 1, basis_metal)
        design = cls(code, volume, quote, rate, metal, basis_metal, brand, regions, orders,
                     assist=assist or Split())
        empty = OrderPiece(0, (ZERO,) * SUMS, (ZERO,) * SUMS, empty=True)
        order_pieces = (empty, *(OrderPiece(r.start, *design.order_sums(r), r.below_moq,
                                            r.tier, r.min_order_value) for r in regions))
        pieces = year_pieces(order_pieces, orders)
        object.__setattr__(design, "order_pieces", order_pieces)
        object.__setattr__(design, "pieces", pieces)
        object.__setattr__(design, "piece_starts", tuple(p.start for p in pieces))
        return design

    def order_sums(self, region: Region) -> tuple[tuple[Decimal, ...], tuple[Decimal, ...]]:
        """(constant, per piece) of each sum for one order of s pieces in this region."""
        q, r = self.quote, self.rate
        const_b, slope_b = (Decimal(q.moq), ZERO) if region.below_moq else (ZERO, ONE)
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
        return tuple(a), tuple(b)

    def piece_index(self, x: int) -> int:
        return bisect.bisect_right(self.piece_starts, x) - 1

    def year_piece(self, x: int) -> YearPiece:
        return self.pieces[self.piece_index(x)]

    def order_region(self, size: int) -> Region | None:
        """The region an order of `size` pieces falls in (None: no order)."""
        piece = self.order_pieces[bisect.bisect_right(
            [p.start for p in self.order_pieces], size) - 1]
        if piece.empty:
            return None
        return Region(piece.start, piece.below_moq, piece.tier, piece.min_order_value)


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
    """One route made ready for fast costing. sums(n) is exact: each design's whole pieces at n
    (largest remainder), each looked up in the design's yearly pieces. The surrogate segment k
    covers volumes starts[k] … with sums a[k][j] + b[k][j] × n ÷ plan volume: each design's
    formula at its fractional share, used to search the break-even (costing_whole)."""

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
    volumes: tuple[int, ...] = ()  # each design's planned pieces, in plan order
    orders: int = 1  # orders a year (the plan's)
    _linear_cache: dict[Adjustments, tuple[Decimal, list[Decimal]]] = field(
        default_factory=dict, repr=False, compare=False)
    _sums_cache: dict[int, list[Decimal]] = field(default_factory=dict, repr=False,
                                                  compare=False)
    _table: Any = field(default=None, repr=False, compare=False)
    _pieces: Any = field(default=None, repr=False, compare=False)

    @property
    def shipments(self) -> int:
        """Shipments a year: the terms' number, but at least one per order."""
        return max(self.terms.shipments_per_year, self.orders)

    @property
    def exact_surrogate(self) -> bool:
        """True when the surrogate lines are the exact totals (a plan of one design: its
        pieces are the volume itself)."""
        return len(self.designs) == 1

    def segment(self, n: int) -> int:
        return bisect.bisect_right(self.starts, n) - 1

    def pieces_at(self, n: int) -> tuple[int, ...]:
        return whole_pieces(self.volumes, n)

    def sums(self, n: int) -> list[Decimal]:
        """The sums at a total of n pieces, each design at its whole pieces (exact)."""
        found = self._sums_cache.get(n)
        if found is None:
            found = [ZERO] * SUMS
            for design, x in zip(self.designs, self.pieces_at(n)):
                if x:  # no pieces: no order, nothing billed
                    piece = design.year_piece(x)
                    for j in range(SUMS):
                        found[j] += piece.a[j] + piece.b[j] * x
            if len(self._sums_cache) > 256:
                self._sums_cache.clear()
            self._sums_cache[n] = found
        return list(found)

    def line_sums(self, n: int) -> list[Decimal]:
        """The surrogate's sums at n: each design's formula at its share n × p ÷ P."""
        k = self.segment(n)
        a, b, p = self.a[k], self.b[k], self.plan_volume
        return [a[j] + b[j] * n / p for j in range(SUMS)]

    def float_totals(self, volumes: Any, adjustments: Adjustments) -> Any:
        """The yearly totals at many volumes, whole pieces, in binary floats (for plotting and
        for screening the break-even search)."""
        import numpy as np

        constant, weights = self.linear_form(adjustments)
        keys, a_rows, b_rows = self._float_table()
        w = np.array([float(x) for x in weights])
        aw, bw = a_rows @ w, b_rows @ w
        volumes = np.asarray(volumes, dtype=np.int64)
        out = np.empty(len(volumes), dtype=float)
        seg_starts, table, next_start = self._piece_table()
        chunk = max(1, 400_000 // max(1, len(self.designs)))
        for first in range(0, len(volumes), chunk):
            part = volumes[first:first + chunk]
            x = pieces_matrix(self.volumes, part)
            # each design's piece at its share's whole part (fixed on a surrogate segment),
            # or the next one when its whole pieces reach that one's start
            base = table[np.searchsorted(seg_starts, part, side="right") - 1]
            index = base + (x >= next_start[base])
            out[first:first + chunk] = float(constant) + (aw[index] + bw[index] * x).sum(axis=1)
        return out

    def _piece_table(self) -> tuple[Any, Any, Any]:
        """(surrogate segment starts, each design's piece on each segment, the start of the
        piece after each piece (far when it is a design's last))."""
        if self._pieces is None:
            import numpy as np

            keys, _a, _b = self._float_table()
            seg_starts = np.asarray(self.floats[0], dtype=np.int64)
            p = np.asarray(self.volumes, dtype=np.int64)
            shares = (seg_starts[:, None] * p[None, :]) // self.plan_volume
            columns = np.arange(len(self.designs), dtype=np.int64)[None, :] * _KEY
            table = np.searchsorted(keys, columns + shares, side="right") - 1
            design = keys // _KEY
            following = np.append(keys[1:] % _KEY, _KEY)
            same = np.append(design[1:] == design[:-1], False)
            next_start = np.where(same, following, _KEY)
            self._pieces = (seg_starts, table, next_start)
        found: tuple[Any, Any, Any] = self._pieces
        return found

    def _float_table(self) -> tuple[Any, Any, Any]:
        if self._table is None:
            import numpy as np

            keys, a_rows, b_rows = [], [], []
            for i, design in enumerate(self.designs):
                for piece in design.pieces:
                    keys.append(i * _KEY + piece.start)
                    a_rows.append([float(v) for v in piece.a])
                    b_rows.append([float(v) for v in piece.b])
            self._table = (np.array(keys, dtype=np.int64), np.array(a_rows, dtype=float),
                           np.array(b_rows, dtype=float))
        table: tuple[Any, Any, Any] = self._table
        return table

    def customs(self, sums: list[Decimal], adjustments: Adjustments) -> Customs:
        """The year's customs value, duty and import VAT (docs/costing.md, "Customs value");
        linear in `sums`."""
        t = self.terms
        fm, fx = adjustments.metal_factor, adjustments.fx_factor
        phi = fx if self.foreign else ONE
        shipments = Decimal(self.shipments)
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
        # import VAT is on the customs value + duty + transport and insurance to the first
        # destination (EU VAT Directive Art. 86(1)(b)): on a FOB basis the freight and
        # insurance to the border are not in the value, so they are added here
        vat_base = ZERO if ddp else value + duty + inland
        if not ddp and t.customs_basis is CustomsBasis.FOB:
            vat_base += international + insurance
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
        shipments = Decimal(self.shipments)
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

    def reasons_at(self, volumes: list[int]) -> list[list[str]]:
        """reasons() for many volumes at once (the pieces of every n − 1 and n together)."""
        if not volumes:
            return []
        import numpy as np

        asked = np.array(volumes, dtype=np.int64)
        both = pieces_matrix(self.volumes, np.concatenate([asked - 1, asked]))
        before, after = both[:len(volumes)], both[len(volumes):]
        found: list[list[str]] = []
        for row in range(len(volumes)):
            why = []
            for i in np.nonzero(before[row] != after[row])[0].tolist():
                design, x0, x1 = self.designs[i], int(before[row, i]), int(after[row, i])
                if design.piece_index(x0) != design.piece_index(x1):
                    why.append(_why_pieces(design, x0, x1))
            found.append(why)
        return found

    def reasons(self, n: int) -> list[str]:
        """Why the cost changes between volumes n − 1 and n (a design passes its MOQ, a tier …
        in some or all of its orders)."""
        if n <= 1:
            return []
        found = []
        for design, before, after in zip(self.designs, self.pieces_at(n - 1),
                                         self.pieces_at(n)):
            if design.piece_index(before) != design.piece_index(after):
                found.append(_why_pieces(design, before, after))
        return found

    # --- explanations --------------------------------------------------------------------

    def rate_text(self) -> str:
        if not self.foreign:
            return f"quoted in {self.currency}"
        day = f" on {self.rate_date.isoformat()}" if self.rate_date else ""
        note = f" ({self.rate_note})" if self.rate_note else ""
        return f"1 {self.quote_currency} = {shown_rate(self.rate)} {self.currency}{day}{note}"

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

    def figures(self, n: int, adjustments: Adjustments,
                values: dict[Component, Decimal]) -> tuple[Figure, ...]:
        sums = self.sums(n)
        t, cur = self.terms, self.currency
        billed = sums[PIECES]
        ships = self.shipments
        moves = f" (FX {adjustments.fx_pct:+f} %)" if adjustments.fx_pct and self.foreign \
            else ""
        single = self.designs[0] if len(self.designs) == 1 else None
        mov = any(d.quote.min_order_value for d in self.designs)
        if single is not None:
            parts = []
            mov = False
            for count, size in orders_of(n, self.orders):
                region = single.order_region(size)
                if region is None:
                    continue
                mov = mov or region.min_order_value
                tier = single.quote.tiers[region.tier]
                each = Decimal(max(size, single.quote.moq) if region.below_moq else size)
                moq = '; MOQ ' + format(single.quote.moq, ',') if region.below_moq else ''
                text = (f"{show(each if self.orders > 1 else billed)} billed × "
                        f"{show(tier.unit_price, self.quote_currency)} (tier from "
                        f"{tier.min_quantity:,}{moq})")
                if self.orders > 1:
                    text = f"{_times(count, 'order')} of {size:,} pieces: {text}"
                parts.append(text)
            price_text = f"{'; '.join(parts)}, {self.rate_text()}{moves}"
        else:
            price_text = (f"Σ over {len(self.designs)} designs of billed pieces (MOQ rule) × "
                          f"tier price: {show(billed)} pieces billed, {self.rate_text()}{moves}")
        if mov:
            price_text += ("; topped up to the minimum order value" if single else
                           "; minimum order values applied where not reached")
        if self.orders > 1:
            price_text += (f"; MOQ, tiers and minimum order value apply to each of "
                           f"{self.orders:,} orders a year (whole pieces per order)")
        if single is None and n != self.plan_volume:
            price_text += f"; {n:,} pieces shared as whole pieces by largest remainder"
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
                                f" × {show(t.inland_freight_per_piece, cur)}"
                                + (f" (at least 1 shipment per order: {self.orders:,} orders)"
                                   if self.orders > t.shipments_per_year else "")),
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


def _why_pieces(design: DesignQuote, before: int, after: int) -> str:
    """Why a design's cost changes between `before` and `after` pieces a year: the order
    region its orders newly reach, and in how many of its orders."""
    k = design.orders

    def regions(x: int) -> dict[Region | None, int]:
        found: dict[Region | None, int] = {}
        for count, size in orders_of(x, k):
            region = design.order_region(size)
            found[region] = found.get(region, 0) + count
        return found

    old, new = regions(before), regions(after)
    reached = [r for r in new if r is not None and r not in old]
    if not reached:
        return f"{design.code} changes"
    region = max(reached, key=lambda r: r.start)
    left = [r for r in old if r is not None and r not in new]
    if left:
        text = _why(design, region, max(left, key=lambda r: r.start))
    elif any(r is not None for r in old):
        text = _why(design, region, min((r for r in old if r is not None),
                                        key=lambda r: r.start))
    else:
        text = f"{design.code} is ordered"
    if k > 1:
        text += f" in {new[region]:,} of {k:,} orders"
    return text


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
        raise DomainError(ROUTE_MIXES_CURRENCIES_COMPARE(
            name=route.name, currencies=', '.join(currencies)))
    if len(incoterms) > 1:
        raise DomainError(ROUTE_MIXES_INCOTERMS_COMPARE(
            name=route.name, incoterms=', '.join(incoterms)))
    quote_currency = currencies[0]
    foreign = quote_currency != base
    found = book.rate_row(quote_currency, FOR_ROUTE(name=route.name)) if foreign else None
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
            raise DomainError(NO_QUOTE_FOR_DESIGN(route=route.name, design=code))
        if quote.design_id is not None and line.design.id is not None and \
                quote.design_id != line.design.id:
            raise DomainError(QUOTE_FOR_ANOTHER_DESIGN(route=route.name, design=code))
        if quote.is_expired(book.context.on):
            said = QUOTE_EXPIRED(quote=quote.reference, expired=quote.valid_until) \
                if quote.reference else QUOTE_FOR_EXPIRED(design=code, expired=quote.valid_until)
            warnings.append(said.sentence())
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
        designs.append(DesignQuote.made(code, line.volume, quote, rate, metal, basis_metal,
                                        brand, plan.orders_per_year, assist))
    extra = set(route.quotes) - {line.design.code for line in plan.lines}
    if extra:
        warnings.append(QUOTES_LEFT_OUT(route=route.name,
                                        designs=", ".join(sorted(extra))).sentence())
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
        warnings=tuple(warnings), making_plus_metal=making_plus_metal, rate_note=note,
        volumes=tuple(line.volume for line in plan.lines), orders=plan.orders_per_year)


def _merge(designs: list[DesignQuote], plan_volume: int) -> tuple[
        list[int], list[list[Decimal]], list[list[Decimal]], Any]:
    """The surrogate: add the designs' yearly pieces into the route's segments in n, each
    design at its share n × p ÷ P (a piece from x pieces starts at n = ⌈x × P ÷ p⌉). Every
    piece adds its change from the design's previous piece at its start; a running sum in
    start order gives the sums of each segment (exact: numpy only carries the Decimals)."""
    import numpy as np

    starts: list[int] = []
    changes: list[list[Decimal]] = []
    zero = [ZERO] * (2 * SUMS)
    for design in designs:
        before = zero
        p = design.volume
        for piece in design.pieces:
            row = list(piece.a) + [v * p for v in piece.b]
            starts.append(max(1, _ceil_div(piece.start * plan_volume, p)))
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
