"""What the comparison view draws from two routes' costs: the break-even volume, the volume
sweep, cumulative cash over 36 months and the sensitivity (tornado) of the decision.

Exact where a person reads a number (break-even, cash, sensitivity: Decimal); the sweep is
plotting data in binary floats (docs/costing.md, "Exact figures and plotted curves").
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Any

from jewelbench.domain.costing_breakeven import BreakEven, Crossing
from jewelbench.domain.costing_figures import (
    CUMULATIVE,
    HUNDRED,
    ONE,
    PER_YEAR,
    TWELVE,
    ZERO,
    Component,
    Figure,
    show_pct,
)
from jewelbench.domain.costing_inhouse import InHouseModel
from jewelbench.domain.costing_inputs import Adjustments, check_error_rate
from jewelbench.domain.costing_outsourced import (
    DEPOSIT_GOODS,
    DEPOSIT_METAL_FOREIGN,
    DEPOSIT_METAL_HOME,
    RouteModel,
)
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message
from jewelbench.domain.validation import DomainError

A_SWEEP_NEEDS_AT = QT_TRANSLATE_NOOP(
    "costing_analysis", "A sweep needs at least 2 points, not {points}")
ERROR_RATE_REACHES_LOWER = QT_TRANSLATE_NOOP(
    "costing_analysis", "Error rate {percent} + {percent2} reaches 100 %: lower the swing"
    " or the error rate")

# Float evaluations are trusted only where they are this far (relative to the size of the
# terms) from zero; nearer, the exact Decimal figure decides.
FLOAT_TRUST = 1e-9


# --- break-even (its answer, Crossing and BreakEven, is costing_breakeven's) -------------


Exact = Callable[[int], Decimal]


def break_even(in_house: InHouseModel, route: RouteModel, adjustments: Adjustments,
               up_to: int, make_figures: Callable[[int], tuple[Figure, Figure]]) -> BreakEven:
    """Every volume 1 … up_to where the cheaper route changes, found exactly.

    Both totals are straight lines between the volumes where something steps (a design passes
    its MOQ, a tier or its minimum order value; a person is added). Their difference is
    evaluated at the ends of each such segment in floats, and exactly wherever the float is
    too near zero to be sure of its sign; a segment whose ends differ in sign is solved
    exactly for the first volume past the crossing.

    Every band is found because every segment in 1 … up_to is solved (up_to is the maximum
    the user sees: PreparedComparison.search_end by default). For that to stay exact, every
    volume where a total stops being one straight line must be a segment start: the route's
    `starts` (regions_for: MOQ, tiers, minimum order value …; whole pieces or orders per year
    must add theirs there) and in-house's step_starts. Between two starts both totals must be
    exactly linear in n.

    A plan of several designs is costed in whole pieces, which are not straight lines in the
    volume: costing_whole screens its surrogate lines and costs the volumes near each sign
    change exactly (orders helper: the volume → pieces model lives there)."""
    import numpy as np

    if not route.exact_surrogate:
        from jewelbench.domain.costing_whole import whole_break_even

        found: BreakEven = whole_break_even(in_house, route, adjustments, up_to,
                                            make_figures)
        return found

    e = in_house.error_rate_for(adjustments)
    fixed, per_piece, per_step = in_house.linear_form(adjustments)
    constant, weights = route.linear_form(adjustments)
    starts_f, a_f, b_f = route.float_tables()
    steps = in_house.step_starts(e, up_to)
    steps_f = np.array(steps, dtype=np.int64)
    union = np.unique(np.concatenate([
        np.array([1], dtype=np.int64), starts_f[starts_f <= up_to], steps_f]))
    ends = np.append(union[1:] - 1, up_to)
    w = np.array([float(x) for x in weights])
    w_abs = np.abs(w)

    def floats(n: Any) -> tuple[Any, Any]:
        k = np.searchsorted(starts_f, n, side="right") - 1
        s = np.searchsorted(steps_f, n, side="right")
        out = float(constant) + a_f[k] @ w + (b_f[k] @ w) * n
        inn = float(fixed) + float(per_piece) * n + float(per_step) * s
        size = (abs(float(constant)) + np.abs(a_f[k]) @ w_abs + (np.abs(b_f[k]) @ w_abs) * n
                + abs(float(fixed)) + abs(float(per_piece)) * n + abs(float(per_step)) * s)
        return inn - out, size * FLOAT_TRUST + FLOAT_TRUST

    def exact(n: int) -> Decimal:
        return in_house.total(n, adjustments) - route.total(n, adjustments)

    def signs(points: Any) -> list[bool]:
        """True where in-house is cheaper or equal (difference ≤ 0)."""
        diff, tol = floats(points)
        result = diff < 0
        for i in np.nonzero(np.abs(diff) <= tol)[0].tolist():
            result[i] = exact(int(points[i])) <= 0
        found: list[bool] = result.tolist()
        return found

    at_start, at_end = signs(union), signs(ends)
    step_set = set(steps)
    crossings: list[Crossing] = []
    previous: bool | None = None
    for a, z, sa, sz in zip(union.tolist(), ends.tolist(), at_start, at_end):
        if previous is not None and sa != previous:
            why = route.reasons(a)
            if a in step_set and in_house.step:
                why.append(f"one more {in_house.step.role} is added in-house")
            crossings.append(Crossing(a, sa, True, None, "; ".join(why)))
        if sa != sz:
            crossings.append(_solve(exact, a, z, sz))
        previous = sz
    volume = 1 if at_start[0] else next((c.volume for c in crossings if c.in_house_wins), None)
    totals = make_figures(volume) if volume is not None else None
    return BreakEven(route.name, volume, up_to, tuple(crossings),
                     totals[0] if totals else None, totals[1] if totals else None)


def _solve(exact: Exact, a: int, z: int, wins_after: bool) -> Crossing:
    """The first volume in (a, z] on the other side of zero; the difference is a straight
    line over [a, z]."""
    da, dz = exact(a), exact(z)
    fa, fz = Fraction(da), Fraction(dz)
    at = fa * (z - a) / (fa - fz)  # where the line is zero, counted from a
    n = a + (math.ceil(at) if wins_after else math.floor(at) + 1)
    n = min(max(n, a + 1), z)

    def wins(v: int) -> bool:
        return exact(v) <= 0

    while n < z and wins(n) != wins_after:
        n += 1
    while n - 1 > a and wins(n - 1) == wins_after:
        n -= 1
    meets = Decimal(a) + Decimal(at.numerator) / Decimal(at.denominator)
    return Crossing(n, wins_after, False, meets, "")


# --- the volume sweep --------------------------------------------------------------------


@dataclass(frozen=True)
class Sweep:
    """Yearly totals at volumes 1 … N for plotting: binary floats (numpy arrays), never
    shown as figures; ask PreparedComparison.total_at for an exact one."""

    volumes: Any  # numpy int64 array
    in_house: Any  # numpy float64 array
    routes: dict[str, Any]


def sweep_volumes(up_to: int, points: int) -> Any:
    import numpy as np

    if points < 2:
        raise DomainError(A_SWEEP_NEEDS_AT(points=points))
    return np.unique(np.rint(np.linspace(1, up_to, min(points, up_to))).astype(np.int64))


def in_house_curve(in_house: InHouseModel, adjustments: Adjustments, volumes: Any) -> Any:
    """The in-house totals at the sweep's volumes, whole pieces of each design (the pieces and
    bench minutes at those volumes kept from move to move: costing_whole)."""
    if len(in_house.volumes) < 2:
        return in_house.float_totals(volumes, adjustments)
    from jewelbench.domain.costing_whole import in_house_float_totals

    return in_house_float_totals(in_house, adjustments, volumes)


def route_curve(route: RouteModel, adjustments: Adjustments, volumes: Any) -> Any:
    """A route's totals at the sweep's volumes, whole pieces of each design and order (its
    sums at those volumes kept from move to move: costing_whole.route_float_totals)."""
    if route.exact_surrogate:
        return route.float_totals(volumes, adjustments)
    from jewelbench.domain.costing_whole import route_float_totals

    return route_float_totals(route, adjustments, volumes)


# --- cumulative cash ---------------------------------------------------------------------

PRESENT_VALUE = "present value"


@dataclass(frozen=True)
class CashFlow:
    """Cash paid out month by month (month 0 = the start, before production), base currency;
    `items` names the lump sums."""

    route: str
    currency: str
    monthly: tuple[Decimal, ...]
    cumulative: tuple[Decimal, ...]
    items: tuple[Figure, ...]
    rate_pct: Decimal = ZERO  # the cost of capital a year the present value is taken at

    def at(self, month: int) -> Figure:
        return Figure(f"{self.route}: cash paid by month {month}", self.cumulative[month],
                      self.currency, CUMULATIVE,
                      "Σ of the monthly payments from month 0", self.items)

    @property
    def present_value(self) -> Figure:
        """The net present value of the cash paid: Σ paid in month t ÷ (1 + rate ÷ 12)^t."""
        monthly_rate = self.rate_pct / HUNDRED / TWELVE
        value, factor = ZERO, ONE
        for amount in self.monthly:
            value += amount / factor
            factor *= ONE + monthly_rate
        last = len(self.monthly) - 1
        return Figure(f"{self.route}: present value of the cash paid", value, self.currency,
                      PRESENT_VALUE, f"Σ paid in month t ÷ (1 + {show_pct(self.rate_pct)} ÷ 12)^t, "
                      f"t = 0 … {last}", self.items)


@dataclass(frozen=True)
class Payback:
    """Against one route: which side's cumulative cash is the lower at the horizon, and the
    month from which it stays strictly lower to the horizon (docs/costing.md, "Payback")."""

    route: str
    cheaper: str | None  # IN_HOUSE's name, the route's, or None: equal at the horizon
    month: int | None  # None with cheaper None
    months: int  # the horizon

    def describe(self) -> str:
        return str(self.describe_message())

    def describe_message(self) -> Message:
        """Which side pays back, and from which month, as a sentence."""
        if self.cheaper is None or self.month is None:
            return PAYBACK_NONE(route=self.route, months=self.months)
        if self.cheaper == self.route:
            return PAYBACK_ROUTE(route=self.route, month=self.month, months=self.months)
        if self.month == 0:
            return PAYBACK_AT_ONCE(route=self.route)
        return PAYBACK_IN_HOUSE(route=self.route, month=self.month, months=self.months)


PAYBACK_NONE = QT_TRANSLATE_NOOP(
    "costing_analysis", "Against {route}: neither side has paid less cash by month {months} "
    "(no payback within {months} months)")
PAYBACK_ROUTE = QT_TRANSLATE_NOOP(
    "costing_analysis", "Against {route}: {route} costs less cash from month {month} on; "
    "in-house does not pay back within {months} months")
PAYBACK_AT_ONCE = QT_TRANSLATE_NOOP(
    "costing_analysis", "Against {route}: in-house costs less cash from month 0 on")
PAYBACK_IN_HOUSE = QT_TRANSLATE_NOOP(
    "costing_analysis", "Against {route}: in-house pays back in month {month} (its cumulative "
    "cash stays below {route}'s from then to month {months})")


def payback(in_house: CashFlow, route: CashFlow) -> Payback:
    """The side whose cumulative cash is lower at the last month, and the first month from
    which it stays strictly lower through the last month."""
    last = len(route.cumulative) - 1
    ours, theirs = in_house.cumulative[last], route.cumulative[last]
    if ours == theirs:
        return Payback(route.route, None, None, last)
    in_house_lower = ours < theirs
    month = last
    while month > 0:
        a, b = in_house.cumulative[month - 1], route.cumulative[month - 1]
        if not (a < b if in_house_lower else b < a):
            break
        month -= 1
    return Payback(route.route, in_house.route if in_house_lower else route.route, month, last)


def _cash(route: str, currency: str, monthly: list[Decimal],
          items: list[Figure], rate_pct: Decimal = ZERO) -> CashFlow:
    cumulative, running = [], ZERO
    for amount in monthly:
        running += amount
        cumulative.append(running)
    return CashFlow(route, currency, tuple(monthly), tuple(cumulative), tuple(items),
                    rate_pct)


# Charged in the yearly view but never paid as cash: the equipment is paid when bought.
NOT_CASH = frozenset({Component.DEPRECIATION, Component.CAPITAL_CHARGE})


def in_house_cash(model: InHouseModel, n: int, adjustments: Adjustments,
                  months: int) -> CashFlow:
    own = model.own_factor(adjustments)
    cur = model.currency
    monthly = [ZERO] * (months + 1)
    capex = model.capex * own
    monthly[0] += capex
    items = [Figure("Month 0: equipment bought", capex, cur, "", "Σ equipment cost")]
    for item in model.equipment:
        month = 12 * item.life_years
        while month <= months:
            replaced = (item.cost - item.salvage) * own
            monthly[month] += replaced
            items.append(Figure(f"Month {month}: {item.name} replaced", replaced, cur, "",
                                "cost of the new one − salvage of the old"))
            month += 12 * item.life_years
    values = model.components(n, adjustments)
    running = sum((v for c, v in values.items() if c not in NOT_CASH), ZERO)
    for month in range(1, months + 1):
        monthly[month] += running / TWELVE
    items.append(Figure("Months 1 on: running costs", running / TWELVE, cur, "per month",
                        "(overheads + salaries + added staff + materials, labour, "
                        "consumables and remakes for the year's pieces) ÷ 12"))
    return _cash(model.name, cur, monthly, items, model.terms.capital_rate_pct)


def route_cash(model: RouteModel, n: int, adjustments: Adjustments,
               months: int, rate_pct: Decimal = ZERO) -> CashFlow:
    cur, t = model.currency, model.terms
    fm, fx = adjustments.metal_factor, adjustments.fx_factor
    phi = fx if model.foreign else ONE
    buffer = ONE + (t.fx_buffer_pct / HUNDRED if model.foreign else ZERO)
    sums = model.sums(n)
    values = model.components(sums, adjustments)
    year = sum(values.values(), ZERO)
    fees_year = values[Component.FEES] * buffer
    deposit = (sums[DEPOSIT_GOODS] * phi + (sums[DEPOSIT_METAL_HOME]
                                            + sums[DEPOSIT_METAL_FOREIGN] * fx) * fm) * buffer
    deliveries = year - fees_year - deposit
    ships = model.shipments  # at least one per order
    monthly = [ZERO] * (months + 1)
    fees_paid = (model.fees + model.refundable) * phi * buffer
    refund = model.refundable * phi * buffer
    monthly[0] += fees_paid
    items = [Figure("Month 0: development fees", fees_paid, cur, "",
                    "every one-time fee, refundable ones included")]
    if refund:
        monthly[min(1, months)] -= refund
        items.append(Figure("Month 1: refundable fees credited", -refund, cur, "",
                            "refunded with the first production order"))
    k = model.orders  # the year's orders, each placed 12 ÷ k months apart with its deposit
    for order in range(1, months + 1, 12):
        for j in range(k):
            if order + (12 * j) // k <= months:
                monthly[order + (12 * j) // k] += deposit / k
        if k == 1:
            items.append(Figure(f"Month {order}: deposit with the order", deposit, cur, "",
                                "deposit % × (goods + metal), FX buffer included"))
        else:
            items.append(Figure(f"Months {order} on: deposit with each of {k} orders",
                                deposit / k, cur, "", "deposit % × (goods + metal), FX buffer "
                                f"included, ÷ {k} orders placed 12 ÷ {k} months apart"))
        for shipment in range(ships):
            month = order + model.lead_months + (12 * shipment) // ships
            if month <= months:
                monthly[month] += deliveries / ships
        items.append(Figure(f"Months {order + model.lead_months} on: each of {ships} "
                            "deliveries", deliveries / ships, cur, "",
                            "(the year's landed cost − fees − deposit) ÷ shipments; "
                            f"delivered {model.lead_months} month(s) after ordering"))
    _reclaimed_vat(model, sums, adjustments, months, monthly, items)
    return _cash(model.name, cur, monthly, items, rate_pct)


def _reclaimed_vat(model: RouteModel, sums: list[Decimal], adjustments: Adjustments,
                   months: int, monthly: list[Decimal], items: list[Figure]) -> None:
    """A VAT-registered brand pays the import VAT with each delivery and gets it back in its
    next VAT return, a month later: cash that is not a cost (docs/costing.md, "Import VAT")."""
    customs = model.customs(sums, adjustments)
    if not customs.vat_registered or not customs.vat:
        return
    ships = model.shipments  # at least one per order
    each = customs.vat / ships
    for order in range(1, months + 1, 12):
        for shipment in range(ships):
            month = order + model.lead_months + (12 * shipment) // ships
            if month <= months:
                monthly[month] += each
            if month + 1 <= months:
                monthly[month + 1] -= each
    items.append(Figure("Import VAT with each delivery, reclaimed a month later", each,
                        model.currency, "", customs.vat_text()))


# --- sensitivity ---------------------------------------------------------------------------


class Factor(StrEnum):
    METAL_PRICE = "metal_price"
    VOLUME = "volume"
    FX = "fx"
    ERROR_RATE = "error_rate"


FACTOR_LABELS = {Factor.METAL_PRICE: QT_TRANSLATE_NOOP("costing", "Metal price"),
                 Factor.VOLUME: QT_TRANSLATE_NOOP("costing", "Volume"),
                 Factor.FX: QT_TRANSLATE_NOOP("costing", "FX rates"),
                 Factor.ERROR_RATE: QT_TRANSLATE_NOOP("costing", "Error rate")}
# A bar's end in the sensitivity chart's explanation ("Volume −10 %"), and its middle.
FACTOR_SWUNG = QT_TRANSLATE_NOOP("costing", "{factor} {swing}")
DIFFERENCE = QT_TRANSLATE_NOOP("costing", "Difference")


@dataclass(frozen=True)
class SensitivityBar:
    factor: Factor
    low: Figure  # in-house total − route total with the factor lowered
    high: Figure

    @property
    def span(self) -> Decimal:
        return abs(self.high.value - self.low.value)


@dataclass(frozen=True)
class Sensitivity:
    """How the difference (in-house total − route total, per year: above 0 the route is
    cheaper) moves when each factor moves by ± swing %, the others held (tornado data)."""

    route: str
    swing_pct: Decimal
    base: Figure
    bars: tuple[SensitivityBar, ...]  # widest first


def _moved(pct: Decimal, swing: Decimal, sign: int) -> Decimal:
    """A percentage change compounded with ± swing: (1 + pct)(1 ± swing) − 1, in %."""
    return ((ONE + pct / HUNDRED) * (ONE + sign * swing / HUNDRED) - ONE) * HUNDRED


# In-house totals the tornado asks for, kept for the next route: every route's tornado moves
# the same factors at the same volume. Each entry holds its model, so an id is never reused
# while its entry lives.
_IN_HOUSE_TOTALS: dict[tuple[int, int, str], tuple[InHouseModel, Decimal]] = {}


def _in_house_total(in_house: InHouseModel, volume: int, adj: Adjustments) -> Decimal:
    key = (id(in_house), volume, repr(adj))  # 5 and 5.0 % give equal figures, written apart
    found = _IN_HOUSE_TOTALS.get(key)
    if found is not None and found[0] is in_house:
        return found[1]
    total = in_house.total(volume, adj)
    if len(_IN_HOUSE_TOTALS) >= 64:
        _IN_HOUSE_TOTALS.clear()
    _IN_HOUSE_TOTALS[key] = (in_house, total)
    return total


def sensitivity(in_house: InHouseModel, route: RouteModel, n: int, adjustments: Adjustments,
                swing_pct: Decimal) -> Sensitivity:
    cur = route.currency

    def diff(volume: int, adj: Adjustments) -> Decimal:
        return _in_house_total(in_house, volume, adj) - route.total(volume, adj)

    def fig(label: str, value: Decimal, how: str) -> Figure:
        return Figure(label, value, cur, PER_YEAR,
                      f"in-house total − {route.name} total, {how}")

    e = in_house.error_rate_for(adjustments)
    bars = []
    for factor in Factor:
        ends = []
        for sign in (-1, 1):
            word = f"{'−' if sign < 0 else '+'}{show_pct(swing_pct)}"
            if factor is Factor.VOLUME:
                volume = max(1, int((Decimal(n) * (ONE + sign * swing_pct / HUNDRED))
                                    .quantize(ONE, rounding=ROUND_HALF_UP)))
                ends.append(fig(FACTOR_SWUNG(factor=FACTOR_LABELS[factor], swing=word)
                                .sentence(), diff(volume, adjustments),
                                f"at {volume:,} pieces a year"))
                continue
            if factor is Factor.ERROR_RATE:
                moved = e * (ONE + sign * swing_pct / HUNDRED)
                if moved >= HUNDRED:
                    raise DomainError(ERROR_RATE_REACHES_LOWER(
                        percent=show_pct(e), percent2=show_pct(swing_pct)))
                adj = Adjustments(adjustments.metal_price_pct, adjustments.fx_pct,
                                  check_error_rate(moved))
                how = f"error rate {show_pct(moved)}"
            elif factor is Factor.METAL_PRICE:
                pct = _moved(adjustments.metal_price_pct, swing_pct, sign)
                adj = Adjustments(pct, adjustments.fx_pct, adjustments.error_rate_pct)
                how = f"metal prices {pct:+.2f} % from the dated price"
            else:
                pct = _moved(adjustments.fx_pct, swing_pct, sign)
                adj = Adjustments(adjustments.metal_price_pct, pct, adjustments.error_rate_pct)
                how = f"foreign currencies {pct:+.2f} % against the dated rates"
            ends.append(fig(FACTOR_SWUNG(factor=FACTOR_LABELS[factor], swing=word).sentence(),
                            diff(n, adj), how))
        bars.append(SensitivityBar(factor, ends[0], ends[1]))
    bars.sort(key=lambda bar: bar.span, reverse=True)
    base = fig(DIFFERENCE, diff(n, adjustments), f"at {n:,} pieces a year")
    return Sensitivity(route.name, swing_pct, base, tuple(bars))


