"""Is the design viable? Each design's retail and wholesale price next to each route's cost per
piece, with margin and markup (docs/costing.md, "Margin").

    wholesale = the design's own wholesale price, else retail × the workspace's wholesale
                factor (default 0.5: a retailer's keystone markup)
    margin    = wholesale − cost per piece;  margin % = margin ÷ wholesale × 100
    markup %  = margin ÷ cost per piece × 100
    loses money when the cost per piece is above the wholesale price

A plan's route has one total; each design's cost per piece is its share of the route's total
by the value of its materials (Σ planned pieces × priced BOM at the costing date), ÷ its
pieces. Prices in another currency are converted at the costing date's rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from jewelbench.domain.costing_figures import HUNDRED, ZERO, show, show_pct
from jewelbench.domain.costing_inputs import (
    FOR_SELLING_PRICE,
    CollectionPlan,
    PriceBook,
    PriceContext,
    PricedBom,
)
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message, grouped
from jewelbench.domain.money import Money
from jewelbench.domain.validation import DomainError, check_number

THE_WHOLESALE_FACTOR_MUST = QT_TRANSLATE_NOOP(
    "costing_margin", "The wholesale factor must be above 0 and at most 1 (wholesale as a"
    " share of retail, e.g. 0.5), not {factor}")

DEFAULT_WHOLESALE_FACTOR = Decimal("0.5")


def check_wholesale_factor(value: object) -> Decimal:
    """The wholesale price as a share of retail: above 0 and at most 1 (a wholesale price
    above retail would leave the retailer a loss)."""
    number = check_number(value, QT_TRANSLATE_NOOP(
        "fields", "Wholesale factor"), minimum=None, maximum=None)
    if number <= 0 or number > 1:
        raise DomainError(THE_WHOLESALE_FACTOR_MUST(factor=grouped(number.normalize())))
    return number


@dataclass(frozen=True)
class MarginTerms:
    wholesale_factor: Decimal = DEFAULT_WHOLESALE_FACTOR

    def __post_init__(self) -> None:
        object.__setattr__(self, "wholesale_factor",
                           check_wholesale_factor(self.wholesale_factor))


@dataclass(frozen=True)
class DesignPrices:
    """One design's selling prices in the base currency, and how the wholesale one was got."""

    code: str
    weight: Decimal  # its share of a plan route's total (1 for a single design)
    retail: Decimal | None
    wholesale: Decimal | None
    wholesale_from: str  # "its own" or "retail × 0.5"; why there is none otherwise


class Margin(NamedTuple):
    """One design made by one route at the comparison's volume (a named tuple: a plan of 200
    designs × 6 routes makes 1,200 of them on every move of a control)."""

    design: str
    route: str
    currency: str
    pieces: Decimal
    cost_per_piece: Decimal
    retail: Decimal | None
    wholesale: Decimal | None
    wholesale_from: str

    @property
    def margin(self) -> Decimal | None:
        return None if self.wholesale is None else self.wholesale - self.cost_per_piece

    @property
    def margin_pct(self) -> Decimal | None:
        if self.wholesale is None or self.wholesale <= 0:
            return None
        return (self.wholesale - self.cost_per_piece) / self.wholesale * HUNDRED

    @property
    def markup_pct(self) -> Decimal | None:
        if self.wholesale is None or self.cost_per_piece <= 0:
            return None
        return (self.wholesale - self.cost_per_piece) / self.cost_per_piece * HUNDRED

    @property
    def loses_money(self) -> bool:
        return self.wholesale is not None and self.cost_per_piece > self.wholesale

    def line(self) -> str:
        """"RG-1 · In-house: 120.00 USD a piece; wholesale 47.50 USD (retail × 0.5), margin
        −72.50 USD (−152.63 %), markup −60.42 %"."""
        cost = show(self.cost_per_piece, self.currency)
        head = f"{self.design} · {self.route}: {cost} a piece"
        if self.wholesale is None or self.margin is None:
            return f"{head}; no wholesale price ({self.wholesale_from})"
        text = (f"{head}; wholesale {show(self.wholesale, self.currency)} "
                f"({self.wholesale_from}), margin {show(self.margin, self.currency)}")
        if self.margin_pct is not None:
            text += f" ({show_pct(self.margin_pct)})"
        if self.markup_pct is not None:
            text += f", markup {show_pct(self.markup_pct)}"
        if self.retail is not None:
            text += f"; retail {show(self.retail, self.currency)}"
        return text + (" — LOSES MONEY" if self.loses_money else "")


def design_prices(plan: CollectionPlan, boms: dict[str, PricedBom], context: PriceContext,
                  terms: MarginTerms) -> tuple[DesignPrices, ...]:
    """Each design's retail and wholesale price in the base currency, and its weight."""
    book = PriceBook(context)  # its own: a missing rate here is no reason to refuse a costing
    values = {line.design.code: Decimal(line.volume) * _value(boms[line.design.code])
              for line in plan.lines}
    total = sum(values.values(), ZERO)
    out = []
    for line in plan.lines:
        design, code = line.design, line.design.code
        weight = values[code] / total if total > 0 else \
            Decimal(line.volume) / Decimal(plan.total_volume)
        retail = _base(design.target_retail_price, book)
        own = _base(design.wholesale_price, book)
        factor = terms.wholesale_factor
        if design.wholesale_price is not None:
            wholesale, how = own, "its own"
            if own is None:
                how = f"no {design.wholesale_price.currency}→{context.base_currency} rate"
        elif retail is not None:
            wholesale, how = retail * factor, f"retail × {factor.normalize():f}"
        elif design.target_retail_price is not None:
            wholesale = None
            how = f"no {design.target_retail_price.currency}→{context.base_currency} rate"
        else:
            wholesale, how = None, "no retail or wholesale price entered"
        out.append(DesignPrices(code, weight, retail, wholesale, how))
    return tuple(out)


def margins_at(plan: CollectionPlan, prices: tuple[DesignPrices, ...], volume: int,
               totals: list[tuple[str, Decimal]], currency: str) -> tuple[Margin, ...]:
    """Every design × route at `volume` pieces of the plan's mix; totals: (route, year's
    total) in the order shown."""
    volumes = {line.design.code: line.volume for line in plan.lines}
    out = []
    for found in prices:
        pieces = Decimal(volume) * volumes[found.code] / Decimal(plan.total_volume)
        for route, total in totals:
            out.append(Margin(found.code, route, currency, pieces, total * found.weight / pieces,
                              found.retail, found.wholesale, found.wholesale_from))
    return tuple(out)


def loss_warnings(margins: tuple[Margin, ...], volume: int) -> tuple[str, ...]:
    """One sentence per design that loses money by some route, naming the routes."""
    by_design: dict[str, list[Margin]] = {}
    for m in margins:
        by_design.setdefault(m.design, []).append(m)
    out = []
    for code, mine in by_design.items():
        losing = [m for m in mine if m.loses_money]
        if not losing:
            continue
        every = len(losing) == len(mine)
        routes: Message | None = None
        for m in losing:
            route = LOSING_ROUTE(route=m.route, cost=Money(m.cost_per_piece, m.currency))
            routes = route if routes is None else LOSING_ROUTES(routes=routes, route=route)
        said = LOSES_EVERY_ROUTE if every else LOSES_SOME_ROUTES
        out.append(said(design=code, pieces=grouped(volume),
                        wholesale=Money(losing[0].wholesale or ZERO, losing[0].currency),
                        routes=routes).sentence())
    return tuple(out)


LOSES_EVERY_ROUTE = QT_TRANSLATE_NOOP(
    "costing_margin", "⚠ {design} loses money at {pieces} pieces by every route: cost per "
    "piece above its wholesale price of {wholesale} ({routes}).")
LOSES_SOME_ROUTES = QT_TRANSLATE_NOOP(
    "costing_margin", "⚠ {design} loses money at {pieces} pieces by some routes: cost per "
    "piece above its wholesale price of {wholesale} ({routes}).")
LOSING_ROUTE = QT_TRANSLATE_NOOP("costing_margin", "{route} {cost}")
LOSING_ROUTES = QT_TRANSLATE_NOOP("costing_margin", "{routes}; {route}")


def _value(bom: PricedBom) -> Decimal:
    return bom.fine_metal.total + sum((g.total for g in bom.groups.values()), ZERO)


def _base(price: Money | None, book: PriceBook) -> Decimal | None:
    if price is None:
        return None
    if price.currency == book.base:
        return price.amount
    found = book.rate_row(price.currency, FOR_SELLING_PRICE())
    return None if found is None else price.amount * found[0]
