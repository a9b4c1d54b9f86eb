"""The cost engine: make the plan in-house, or have it made by one of the quoted suppliers?

    prepared = prepare(plan, scenario, routes, prices)       # once per change of the inputs
    result = prepared.evaluate(volume, Adjustments(...))     # on every move of a control

prepare() prices every design's BOM at the costing date and turns the scenario and each route
into exact piecewise-linear models; evaluate() answers for one volume and set of what-ifs:
each route's yearly and per-piece cost by component, the break-even volume against in-house,
a volume sweep for the curves, cumulative cash over 36 months and the sensitivity of the
decision. Every number a person reads is an exact Decimal Figure that explains itself; the
formulas are in docs/costing.md.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from decimal import (
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    localcontext,
)
from typing import ParamSpec, TypeVar

from jewelbench.domain import locale_forms
from jewelbench.domain.costing_analysis import (
    CashFlow,
    Payback,
    Sensitivity,
    Sweep,
    break_even,
    in_house_cash,
    in_house_curve,
    payback,
    route_cash,
    route_curve,
    sensitivity,
    sweep_volumes,
)
from jewelbench.domain.costing_basis import (
    BasisSummary,
    BasisTerms,
    FixedCostBasis,
    apply_basis,
    explained,
)
from jewelbench.domain.costing_breakeven import BreakEven
from jewelbench.domain.costing_figures import (
    COMPONENT_LABELS,
    COMPONENT_TERMS,
    HUNDRED,
    PER_PIECE,
    PER_YEAR,
    PIECES_PER_YEAR,
    ZERO,
    Component,
    Figure,
    rounded,
    show_pct,
)
from jewelbench.domain.costing_inhouse import (
    IN_HOUSE,
    MAX_STEPS,
    InHouseModel,
    labour_minutes,
    prepare_in_house,
)
from jewelbench.domain.costing_inputs import (
    FOR_SCENARIO,
    MAX_VOLUME,
    Adjustments,
    CollectionPlan,
    CostingInputError,
    InHouseTerms,
    OutsourcedRoute,
    PriceBook,
    PriceContext,
    check_volume,
    price_bom,
)
from jewelbench.domain.costing_margin import (
    DesignPrices,
    Margin,
    MarginTerms,
    design_prices,
    loss_warnings,
    margins_at,
)
from jewelbench.domain.costing_outsourced import PIECES, Customs, RouteModel, prepare_route
from jewelbench.domain.costing_pieces import orders_of
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message, Text, grouped
from jewelbench.domain.money import Money
from jewelbench.domain.scenarios import InHouseScenario
from jewelbench.domain.validation import DomainError

THERE_IS_NO_ROUTE = QT_TRANSLATE_NOOP("costing", "There is no route named “{name}”")
DESIGN_IS_NOT_IN = QT_TRANSLATE_NOOP("costing", "Design {code} is not in plan “{name}”")
THE_BREAK_EVEN_SEARCH = QT_TRANSLATE_NOOP(
    "costing", "The break-even search must reach at least the volume ({pieces} pieces a "
    "year), not stop at {search}")
SENSITIVITY_SWING_MUST_BE = QT_TRANSLATE_NOOP(
    "costing", "Sensitivity swing must be between 0 and 100 %, not {percent}")
THE_CASH_FLOW_NEEDS = QT_TRANSLATE_NOOP(
    "costing", "The cash flow needs at least 1 month, not {months}")
TWO_ROUTES_ARE_NAMED = QT_TRANSLATE_NOOP(
    "costing", "Two routes are named “{repeated}”: give each its own name")

MONTHS = 36
SWEEP_POINTS = 500
SWING_PCT = Decimal(20)
# Where the sweep and the break-even search end by default: a round number (below).
SWEEP_ENDS = (100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000,
              500_000, 1_000_000)


def sweep_end(volume: int) -> int:
    """Where the curves end: the first round number (100, 200, 500, 1,000 …) at least 4 × the
    volume, so a chart's axis stays put while the volume moves within a range. The break-even
    is searched further, up to search_end() (PreparedComparison.search_end)."""
    wanted = 4 * max(1, volume)
    for step in SWEEP_ENDS:
        if step >= wanted:
            return step
    return max(wanted, SWEEP_ENDS[-1])


# The default maximum of the break-even search: this many × the volume, or the volume at which
# the scenario's capacity needs this many added people, whichever is larger.
SEARCH_TIMES = 10
SEARCH_STEPS = 10


CONTEXT = Context(prec=28, rounding=ROUND_HALF_EVEN, Emax=999999, Emin=-999999,
                  traps=[InvalidOperation, DivisionByZero, Overflow])
P = ParamSpec("P")
R = TypeVar("R")


def exact(function: Callable[P, R]) -> Callable[P, R]:
    """Run with the engine's own decimal context, whatever the caller's thread has set: 28
    significant digits, and an error (never NaN or infinity) for an impossible operation.
    The figures' formulas are written in one locale, asked for once (locale_forms.held)."""
    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with localcontext(CONTEXT), locale_forms.held():
            return function(*args, **kwargs)
    return run


@dataclass(frozen=True)
class RouteCost:
    """One route at one volume: the year's total, per piece, and both by component.

    The per-piece figures are made when first asked for, in the engine's decimal context and
    the locale the call was made in: a break-even search or a hovered curve costs a route at
    hundreds of volumes and reads only its total."""

    route: str
    volume: int
    total: Figure  # per year
    components: tuple[Figure, ...]  # per year, in a fixed order
    keys: tuple[Component, ...]  # the component of each entry above
    notes: tuple[str, ...] = ()
    # the locale the figures were written in (locale_forms.current_locale at the call)
    written_in: str = field(default="", repr=False, compare=False)

    def component(self, key: Component) -> Figure:
        return self.components[self.keys.index(key)]

    @functools.cached_property
    def per_piece_components(self) -> tuple[Figure, ...]:
        """Each component divided by the pieces, in the same order."""
        with localcontext(CONTEXT), self._written():
            pieces = grouped(self.volume)
            return tuple(Figure(f.label, f.value / self.volume, self.total.currency, PER_PIECE,
                                DIVIDED_BY_PIECES(figure=f.display_message(),
                                                  pieces=pieces).sentence(),
                                (f,)) for f in self.components)

    @functools.cached_property
    def per_piece(self) -> Figure:
        """The total divided by the pieces."""
        per_piece = self.per_piece_components
        with localcontext(CONTEXT), self._written():
            return Figure(ROUTE_PER_PIECE(route=self.route).sentence(),
                          self.total.value / self.volume, self.total.currency, PER_PIECE,
                          DIVIDED_BY_PIECES(figure=self.total.display_message(),
                                            pieces=grouped(self.volume)).sentence(), per_piece)

    def _written(self) -> AbstractContextManager[object]:
        return locale_forms.reading_in(self.written_in) if self.written_in else nullcontext()


@dataclass(frozen=True)
class Comparison:
    volume: int
    adjustments: Adjustments
    currency: str
    in_house: RouteCost
    routes: tuple[RouteCost, ...]
    break_evens: tuple[BreakEven, ...]
    sweep: Sweep
    cash: tuple[CashFlow, ...]  # in-house first, then each route
    sensitivity: tuple[Sensitivity, ...]
    warnings: tuple[str, ...]
    # bench hours needed past what the benches give a year (also among the warnings)
    capacity_warning: str | None = None
    # Each route's customs value, duty and import VAT at the volume, with the basis and the
    # rule (docs/costing.md, "Customs value").
    customs: tuple[Customs, ...] = ()
    # Which fixed costs in-house carries (docs/costing.md, "Fixed-cost basis")
    basis: BasisSummary | None = None
    # Makes the margins when first asked for (a control move need not pay for them)
    margin_source: Callable[[], tuple[Margin, ...]] | None = field(
        default=None, repr=False, compare=False)

    @functools.cached_property
    def margins(self) -> tuple[Margin, ...]:
        """Each design × route: cost per piece against the wholesale price, with margin and
        markup (docs/costing.md, "Margin")."""
        return self.margin_source() if self.margin_source is not None else ()

    @property
    def basis_note(self) -> str:
        """Which fixed-cost basis the in-house figures are on, and the share: said beside the
        verdict and in every export."""
        return self.basis.note() if self.basis is not None else ""

    @property
    def losses(self) -> tuple[str, ...]:
        """A sentence for each design that loses money (cost per piece above its wholesale
        price) at this volume, naming the routes."""
        return loss_warnings(self.margins, self.volume)

    @property
    def cheapest(self) -> RouteCost:
        return min((self.in_house, *self.routes), key=lambda r: r.total.value)

    def yearly(self, cost: RouteCost) -> Message:
        """A route's year's total as the verdict says it ("4,516.68 USD per year")."""
        return A_YEAR(amount=Money(cost.total.value, self.currency))

    def verdict(self) -> str:
        """The answer in one sentence (English; verdict_message for the reader's language)."""
        return str(self.verdict_message())

    def verdict_message(self) -> Message:
        """The answer in one sentence, with the figures behind it: the cheapest route and
        every band of volumes where in-house is cheaper (or equal) than the best quote."""
        best = self.cheapest
        inh = self.in_house
        in_house_total = self.yearly(inh)
        head: Message
        if best is inh:
            rival = min(self.routes, key=lambda r: r.total.value) if self.routes else None
            if rival is None:
                return VERDICT_ALONE(pieces=grouped(self.volume), in_house=in_house_total)
            head = VERDICT_IN_HOUSE_CHEAPER(
                pieces=grouped(self.volume),
                percent=_pct_cheaper(inh.total.value, rival.total.value),
                route=rival.route, in_house=in_house_total,
                route_total=self.yearly(rival))
        else:
            rival = best
            head = VERDICT_ROUTE_CHEAPER(
                pieces=grouped(self.volume),
                percent=_pct_cheaper(best.total.value, inh.total.value),
                route=best.route, in_house=in_house_total,
                route_total=self.yearly(best))
        found = next((b for b in self.break_evens if b.route == rival.route), None)
        if found is not None:
            return VERDICT_WITH_BANDS(verdict=head, bands=found.clause_message())
        return VERDICT_END(verdict=head)

    @property
    def searched_to(self) -> int | None:
        """The largest volume the break-evens were searched to (None: no route)."""
        return self.break_evens[0].searched_to if self.break_evens else None

    @property
    def paybacks(self) -> tuple[Payback, ...]:
        """Each route's payback against in-house over the cash view's months."""
        return tuple(payback(self.cash[0], flow) for flow in self.cash[1:])

    def why(self) -> str:
        """What makes the losing side dear (English; why_message for the reader's)."""
        found = self.why_message()
        return "" if found is None else str(found)

    def why_message(self) -> Message | None:
        """What makes the losing side dear, in one sentence: the largest part of its piece
        (in-house's when a quote wins, the best quote's when in-house wins), with its share,
        and whether it is a fixed cost; None when there is nothing to compare."""
        name: str | Text
        if self.cheapest is self.in_house:
            if not self.routes:
                return None
            dearer = min(self.routes, key=lambda r: r.total.value)
            name = dearer.route
        else:
            dearer, name = self.in_house, IN_HOUSE_NAME
        piece = dearer.per_piece.value
        if piece <= 0:
            return None
        key, part = max(zip(dearer.keys, dearer.per_piece_components),
                        key=lambda item: item[1].value)
        said = WHY_FIXED if key in FIXED_COMPONENTS else WHY
        return said(route=name, piece=Money(piece, self.currency), part=_term(part.label),
                    amount=Money(part.value, self.currency),
                    percent=grouped(rounded(part.value / piece * HUNDRED, None, 0)))


# The verdict: said above the comparison, in every export and on the command line.
VERDICT_ALONE = QT_TRANSLATE_NOOP(
    "costing", "At {pieces} pieces a year, in-house costs {in_house}.")
VERDICT_IN_HOUSE_CHEAPER = QT_TRANSLATE_NOOP(
    "costing", "At {pieces} pieces a year, in-house is {percent} % cheaper than the best "
    "quote, {route} ({in_house} against {route_total})")
VERDICT_ROUTE_CHEAPER = QT_TRANSLATE_NOOP(
    "costing", "At {pieces} pieces a year, {route} is {percent} % cheaper than in-house "
    "({route_total} against {in_house})")
A_YEAR = QT_TRANSLATE_NOOP("costing", "{amount} per year")
VERDICT_WITH_BANDS = QT_TRANSLATE_NOOP("costing", "{verdict}; {bands}.")
VERDICT_END = QT_TRANSLATE_NOOP("costing", "{verdict}.")
IN_HOUSE_NAME = QT_TRANSLATE_NOOP("costing", "in-house")
WHY = QT_TRANSLATE_NOOP(
    "costing", "The largest part of {route}'s {piece} a piece is {part}: {amount} "
    "({percent} %).")
WHY_FIXED = QT_TRANSLATE_NOOP(
    "costing", "The largest part of {route}'s {piece} a piece is {part}: {amount} "
    "({percent} %), paid whatever the volume.")


FIXED_COMPONENTS = frozenset({Component.DEPRECIATION, Component.OVERHEADS, Component.STAFF,
                              Component.ADDED_STAFF})


def _times(count: int, noun: str) -> str:
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def _orders_text(pieces: int, orders: int) -> str:
    """"2 orders of 250 pieces" or "1 order of 251 and 1 of 250 pieces"."""
    parts = orders_of(pieces, orders)
    if not parts:
        return "no pieces, no order"
    head = f"{_times(parts[0][0], 'order')} of {parts[0][1]:,}"
    if len(parts) == 1:
        return head + " pieces"
    return head + f" and {parts[1][0]:,} of {parts[1][1]:,} pieces"


STAFF_ADDED = QT_TRANSLATE_NOOP("costing", "{steps} × {role} added for capacity")
STAFF_ADDED_SHARED = QT_TRANSLATE_NOOP(
    "costing", "{steps} × {role} added for capacity ({percent} % each)")
BILLED = QT_TRANSLATE_NOOP("costing", "{billed} pieces billed for {pieces} wanted (MOQ)")
BILLED_PER_ORDER = QT_TRANSLATE_NOOP(
    "costing", "{billed} pieces billed for {pieces} wanted (MOQ per order, {orders} orders a "
    "year)")
ORDERS_A_YEAR = QT_TRANSLATE_NOOP(
    "costing", "{orders} orders a year: MOQ, tiers and minimum order value apply to each order")


def _bare(value: Decimal) -> Decimal:
    """value as costing_figures.show writes a bare figure: whole, or to 4 places."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return rounded(value, None, 4).normalize()


def _pct_cheaper(cheaper: Decimal, dearer: Decimal) -> Decimal:
    """How much cheaper, in whole per cent of the dearer."""
    if dearer <= 0:
        return Decimal(0)
    return grouped(rounded((dearer - cheaper) / dearer * HUNDRED, None, 0))


class PreparedComparison:
    """A plan, a scenario and the routes priced at one date, ready to evaluate quickly."""

    def __init__(self, plan: CollectionPlan, scenario: InHouseScenario,
                 in_house: InHouseModel, routes: tuple[RouteModel, ...],
                 context: PriceContext, warnings: tuple[str, ...],
                 basis: BasisSummary | None = None,
                 prices: tuple[DesignPrices, ...] = ()) -> None:
        self.plan = plan
        self.scenario = scenario
        self.in_house = in_house
        self.routes = routes
        self.context = context
        self.currency = context.base_currency
        self.warnings = warnings
        self.basis = basis
        self.design_prices = prices

    def route(self, name: str) -> RouteModel:
        for model in self.routes:
            if model.name == name:
                return model
        raise DomainError(THERE_IS_NO_ROUTE(name=name))

    # --- exact figures at one volume ------------------------------------------------------

    @exact
    def total_at(self, route: str, volume: int,
                 adjustments: Adjustments | None = None) -> Figure:
        """The exact yearly total of a route (or IN_HOUSE) at a volume: for hovering a curve."""
        check_volume(volume)
        return self.cost(route, volume, adjustments or Adjustments()).total

    @exact
    def cost(self, route: str, volume: int, adjustments: Adjustments) -> RouteCost:
        if route == IN_HOUSE:
            inh = self.in_house
            values = inh.components(volume, adjustments)
            figures = tuple(explained(key.value, figure, self.basis) for key, figure in
                            zip(values, inh.figures(volume, adjustments, values)))
            steps = inh.steps_at(volume, inh.error_rate_for(adjustments))
            notes: tuple[str, ...] = ()
            if steps and inh.step:
                basis = self.basis
                added = STAFF_ADDED(steps=steps, role=inh.step.role) \
                    if basis is None or basis.basis is not FixedCostBasis.ALLOCATED \
                    else STAFF_ADDED_SHARED(steps=steps, role=inh.step.role,
                                            percent=grouped(rounded(basis.share * HUNDRED,
                                                                    None, 2).normalize()))
                notes = (added.sentence(),)
            return _route_cost(IN_HOUSE, volume, self.currency, values, figures, notes)
        model = self.route(route)
        values = model.components(model.sums(volume), adjustments)
        figures = model.figures(volume, adjustments, values)
        billed = model.sums(volume)[PIECES]
        notes = tuple(model.warnings)
        k = self.plan.orders_per_year
        if billed > volume:
            said = BILLED_PER_ORDER if k > 1 else BILLED
            notes += (said(billed=grouped(_bare(billed)), pieces=grouped(volume),
                           orders=grouped(k)).sentence(),)
        if k > 1:
            notes += (ORDERS_A_YEAR(orders=grouped(k)).sentence(),)
        return _route_cost(model.name, volume, self.currency, values, figures, notes)

    @exact
    def explain_design(self, route: str, code: str, volume: int,
                       adjustments: Adjustments | None = None) -> list[Figure]:
        """How one design of the plan is costed by a route at a plan volume."""
        adjustments = adjustments or Adjustments()
        line = next((ln for ln in self.plan.lines if ln.design.code == code), None)
        if line is None:
            raise DomainError(DESIGN_IS_NOT_IN(code=code, name=self.plan.name))
        index = self.plan.lines.index(line)
        whole = self.plan.pieces_at(volume)[index]
        pieces = Decimal(whole)
        share = f"{volume:,} × {line.volume:,} planned ÷ {self.plan.total_volume:,} in the plan"
        if len(self.plan.lines) > 1 and volume != self.plan.total_volume:
            share += ", whole pieces by largest remainder (ties: the design listed first)"
        wanted = Figure(PIECES_OF_DESIGN, pieces, None, PIECES_PER_YEAR, share)
        if route == IN_HOUSE:
            return [wanted, Figure(BENCH_MINUTES, labour_minutes(
                self.scenario, code), None, MINUTES,
                "each operation's figure for this design, else the scenario's default")]
        model = self.route(route)
        design = next(d for d in model.designs if d.code == code)
        q = design.quote
        k = self.plan.orders_per_year
        figures = [wanted]
        if k > 1:
            figures.append(Figure(ORDERS_A_YEAR_LABEL, Decimal(k), None, ORDERS,
                                  f"the plan's orders: {_orders_text(whole, k)}; MOQ, tiers "
                                  "and minimum order value apply to each order"))
        billed = ZERO
        parts = []
        for count, size in orders_of(whole, k):
            region = design.order_region(size)
            if region is None:
                continue
            billed += count * (max(size, q.moq) if region.below_moq else size)
            parts.append((count, size, region))
        first = parts[0][2] if parts else design.order_region(1)
        assert first is not None
        below = [(c, z) for c, z, r in parts if r.below_moq]
        figures.append(Figure(
            PIECES_BILLED, billed, None, PIECES_PER_YEAR,
            (f"below the MOQ of {q.moq:,} you pay for the MOQ" +
             (f" ({_orders_text(sum(c * z for c, z in below), sum(c for c, _ in below))})"
              if k > 1 else ""))
            if below else "the pieces wanted (MOQ reached)"))
        for count, size, region in parts or [(0, 0, first)]:
            tier = q.tiers[region.tier]
            how = f"the tier from {tier.min_quantity:,} pieces"
            if k > 1:
                how += f", reached by {_times(count, 'order')} of {size:,} pieces"
            figures.append(Figure(TIER_PRICE, tier.unit_price, q.currency, PER_PIECE, how))
        figures.append(Figure(RATE_LABEL, design.rate, None, "rate", model.rate_text()))
        if design.metal.total:
            figures.append(Figure(
                METAL_PER_PIECE, design.metal.total * adjustments.metal_factor,
                self.currency, PER_PIECE,
                "fine grams × (1 + supplier loss) × fine price on the costing date"))
        if any(r.min_order_value for _c, _z, r in parts):
            figures.append(Figure(MINIMUM_ORDER_VALUE, q.min_order_value, q.currency, "",
                                  "the goods are topped up to it"
                                  + (" in each order below it" if k > 1 else "")))
        return figures

    # --- everything the comparison view shows ----------------------------------------------

    def search_end(self, volume: int, adjustments: Adjustments | None = None) -> int:
        """The default maximum of the break-even search at `volume`: the larger of 10 × the
        volume and the volume at which the scenario's capacity needs a tenth added person
        (docs/costing.md, "Break-even"), at most MAX_VOLUME."""
        adjustments = adjustments or Adjustments()
        n = check_volume(volume)
        e = self.in_house.error_rate_for(adjustments)
        tenth = self.in_house.step_start(SEARCH_STEPS, e)
        # never so far that more people would be added than the engine counts (MAX_STEPS)
        beyond = self.in_house.step_start(MAX_STEPS + 1, e)
        most = MAX_VOLUME if beyond is None else min(MAX_VOLUME, beyond - 1)
        return max(n, min(most, max(SEARCH_TIMES * n, tenth or 0)))

    @exact
    def evaluate(self, volume: int | None = None, adjustments: Adjustments | None = None, *,
                 sweep_to: int | None = None, search_to: int | None = None,
                 sweep_points: int = SWEEP_POINTS, swing_pct: Decimal = SWING_PCT,
                 months: int = MONTHS) -> Comparison:
        """The comparison at `volume` pieces a year (the plan's total when None), with the
        what-if adjustments; the sweep is drawn over 1 … sweep_to (sweep_end(volume) when
        None) and the break-evens solved over 1 … search_to (search_end(volume) when None;
        at least the volume)."""
        adjustments = adjustments or Adjustments()
        n = check_volume(volume if volume is not None else self.plan.total_volume)
        up_to = check_volume(sweep_to if sweep_to is not None else sweep_end(n),
                             "The sweep's largest volume")
        search = check_volume(search_to if search_to is not None else
                              self.search_end(n, adjustments), "The break-even search's maximum")
        if search < n:
            raise DomainError(THE_BREAK_EVEN_SEARCH(pieces=grouped(n), search=grouped(search)))
        if not ZERO < swing_pct < HUNDRED:
            raise DomainError(SENSITIVITY_SWING_MUST_BE(percent=show_pct(swing_pct)))
        if months < 1:
            raise DomainError(THE_CASH_FLOW_NEEDS(months=months))
        in_house = self.cost(IN_HOUSE, n, adjustments)
        routes = tuple(self.cost(m.name, n, adjustments) for m in self.routes)
        volumes = sweep_volumes(up_to, sweep_points)
        sweep = Sweep(volumes, in_house_curve(self.in_house, adjustments, volumes),
                      {m.name: route_curve(m, adjustments, volumes) for m in self.routes})

        def totals_for(model: RouteModel) -> Callable[[int], tuple[Figure, Figure]]:
            def make(v: int) -> tuple[Figure, Figure]:
                return (self.cost(IN_HOUSE, v, adjustments).total,
                        self.cost(model.name, v, adjustments).total)
            return make

        break_evens = tuple(break_even(self.in_house, m, adjustments, search, totals_for(m))
                            for m in self.routes)
        rate = self.in_house.terms.capital_rate_pct
        cash = (in_house_cash(self.in_house, n, adjustments, months),
                *(route_cash(m, n, adjustments, months, rate) for m in self.routes))
        tornado = tuple(sensitivity(self.in_house, m, n, adjustments, swing_pct)
                        for m in self.routes)
        capacity = self.in_house.capacity_warning(n, adjustments)
        warnings = (*self.warnings, capacity) if capacity else self.warnings
        customs = tuple(m.customs(m.sums(n), adjustments) for m in self.routes)
        totals = [(r.route, r.total.value) for r in (in_house, *routes)]
        plan, prices, currency = self.plan, self.design_prices, self.currency

        @exact
        def margins() -> tuple[Margin, ...]:
            return margins_at(plan, prices, n, totals, currency)

        return Comparison(n, adjustments, self.currency, in_house, routes, break_evens, sweep,
                          cash, tornado, warnings, capacity, customs, self.basis, margins)


# The terms of one design's cost in the explanation (and their units).
PIECES_OF_DESIGN = QT_TRANSLATE_NOOP("costing", "Pieces of this design")
BENCH_MINUTES = QT_TRANSLATE_NOOP("costing", "Bench minutes per piece")
ORDERS_A_YEAR_LABEL = QT_TRANSLATE_NOOP("costing", "Orders a year")
PIECES_BILLED = QT_TRANSLATE_NOOP("costing", "Pieces billed")
TIER_PRICE = QT_TRANSLATE_NOOP("costing", "Tier price")
RATE_LABEL = QT_TRANSLATE_NOOP("costing", "Rate")
METAL_PER_PIECE = QT_TRANSLATE_NOOP("costing", "Metal per piece")
MINIMUM_ORDER_VALUE = QT_TRANSLATE_NOOP("costing", "Minimum order value")
MINUTES = QT_TRANSLATE_NOOP("costing", "minutes")
ORDERS = QT_TRANSLATE_NOOP("costing", "orders")

# How a route's figures are named and summed in the explanation ("In-house: total").
ROUTE_TOTAL = QT_TRANSLATE_NOOP("costing", "{route}: total")
ROUTE_PER_PIECE = QT_TRANSLATE_NOOP("costing", "{route}: per piece")
SUM_OF = QT_TRANSLATE_NOOP("costing", "{sum} + {term}")
DIVIDED_BY_PIECES = QT_TRANSLATE_NOOP("costing", "{figure} ÷ {pieces} pieces")
_TERMS = {str(label): COMPONENT_TERMS[key] for key, label in COMPONENT_LABELS.items()}


def _term(label: str) -> str:
    """A part's label as a term inside a sentence or a sum ("supplier price"), marked for
    translation when it is a component's."""
    return _TERMS.get(str(label), label.lower())


@functools.lru_cache(maxsize=256)
def _sum_of(labels: tuple[str, ...]) -> str:
    """"supplier price + freight + …" as an English str that the ui says in the reader's
    language (one term is itself; none is ""). Kept: every cost of a route sums the same
    parts."""
    if not labels:
        return ""
    said: Message | str = _term(labels[0])
    for label in labels[1:]:
        said = SUM_OF(sum=said, term=_term(label))
    return said.sentence() if isinstance(said, Message) else said


def _route_cost(name: str, volume: int, currency: str, values: dict[Component, Decimal],
                figures: tuple[Figure, ...], notes: tuple[str, ...]) -> RouteCost:
    total = sum(values.values(), ZERO)
    total_figure = Figure(ROUTE_TOTAL(route=name).sentence(), total, currency, PER_YEAR,
                          _sum_of(tuple(f.label for f in figures)), figures)
    return RouteCost(name, volume, total_figure, figures, tuple(values), notes,
                     locale_forms.current_locale())


@exact
def prepare(plan: CollectionPlan, scenario: InHouseScenario,
            routes: Sequence[OutsourcedRoute], prices: PriceContext,
            in_house_terms: InHouseTerms | None = None, *, basis: BasisTerms | None = None,
            margin: MarginTerms | None = None) -> PreparedComparison:
    """Price the plan at the costing date and make each route ready to evaluate.

    basis: which fixed costs one design carries (stand-alone when None: the whole
    workshop); a plan of several designs carries its own total whatever is given. margin:
    the workspace's wholesale factor for the margins.

    Raises CostingInputError listing every missing price, rate or alloy (each naming what
    needed it), DomainError for an input that cannot be costed (a route without a quote for a
    design of the plan, a useful life of 0 …)."""
    names = [r.name for r in routes]
    repeated = sorted({n for n in names if names.count(n) > 1 or n == IN_HOUSE})
    if repeated:
        raise DomainError(TWO_ROUTES_ARE_NAMED(repeated=repeated[0]))
    book = PriceBook(prices)
    boms = {line.design.code: price_bom(line.design, book) for line in plan.lines}
    in_house = prepare_in_house(scenario, plan, boms, book, in_house_terms or InHouseTerms())
    if len(plan.lines) > 1:
        summary = BasisSummary(FixedCostBasis.PLAN)
    else:
        line = plan.lines[0]
        rate = book.rate(scenario.currency, FOR_SCENARIO(name=scenario.name)) \
            if scenario.currency != book.base else Decimal(1)
        in_house, summary = apply_basis(in_house, scenario, line.design.code, line.volume,
                                        basis or BasisTerms(), rate)
    models = tuple(prepare_route(route, plan, boms, book) for route in routes)
    if book.problems:
        raise CostingInputError(book.problems, book.missing)
    warnings = (*_labour_counted_twice(scenario, in_house),
                *(w for m in models for w in m.warnings))
    return PreparedComparison(plan, scenario, in_house, models, prices, warnings, summary,
                              design_prices(plan, boms, prices, margin or MarginTerms()))


def _labour_counted_twice(scenario: InHouseScenario, model: InHouseModel) -> tuple[str, ...]:
    """DESIGN.md pays bench minutes at the loaded rate and the salaried staff as well: when the
    people at the bench are on the payroll, that counts their time twice. Say so."""
    people = sum(role.headcount for role in scenario.staff if role.monthly_salary > 0)
    if (model.terms.labour_in_salaries or people == 0 or model.minutes <= 0
            or model.loaded_hourly_rate <= 0):
        return ()
    said = LABOUR_TWICE_ONE if people == 1 else LABOUR_TWICE
    return (said(rate=Money(model.loaded_hourly_rate, model.scenario_currency),
                 people=people).sentence(),)


LABOUR_TWICE = QT_TRANSLATE_NOOP(
    "costing", "Bench minutes are paid at the loaded rate ({rate} an hour) on top of the "
    "salaries of {people} salaried people: if they are the people at the bench, their time "
    "is counted twice: tick “Bench labour is paid through the salaries” in the scenario.")
LABOUR_TWICE_ONE = QT_TRANSLATE_NOOP(
    "costing", "Bench minutes are paid at the loaded rate ({rate} an hour) on top of the "
    "salaries of {people} salaried person: if they are the people at the bench, their time "
    "is counted twice: tick “Bench labour is paid through the salaries” in the scenario.")


__all__ = ["IN_HOUSE", "Adjustments", "BasisSummary", "BasisTerms", "BreakEven", "CashFlow",
           "CollectionPlan", "Comparison", "Component", "CostingInputError", "Figure",
           "FixedCostBasis", "InHouseTerms", "Margin", "MarginTerms", "OutsourcedRoute",
           "PreparedComparison", "PriceContext", "RouteCost", "Sensitivity", "Sweep",
           "SEARCH_STEPS", "SEARCH_TIMES", "prepare", "sweep_end"]
