"""Making the plan in-house: a scenario's fixed costs, the plan's variable costs per good piece,
and staff added in steps when the bench hours outgrow the staff's capacity.

For n pieces a year (the plan's mix in whole pieces x_i of each design, largest remainder;
docs/costing.md, "In-house" and "Collections"; each "n ×" below is Σ x_i × design i's figure):

    k          = recoverable share × (1 − refining charge)   (what a recovered gram is worth)
    variable   = n × (metal + stones + findings + plating + consumables + labour)
                 metal  = fine g × fine price × ((1 + casting loss) × (1 + buyer premium)
                                                 − casting loss × k)
                 stones = quantity × unit cost × (1 + breakage)
                 labour = bench minutes ÷ 60 × loaded hourly rate
    remakes    = n × remake × e ÷ (1 − e), a remake = labour + consumables + findings + plating
                 + metal − fine g × fine price × k   (the failed piece is re-melted)
                 + quantity × unit cost × (1 − recoverable share + breakage)
    packaging  = n × packaging                   (only good pieces are packed)
    equipment  = Σ (cost − salvage) ÷ useful life   (or Σ cost, the up-front view)
    capital    = cost of capital × Σ (cost + salvage) ÷ 2   (depreciation view only)
    foreign    = every amount priced in a foreign currency × (1 + the in-house FX buffer)
    overheads  = 12 × Σ monthly overheads;  staff = 12 × Σ salary × headcount
    added staff= steps × 12 × salary of the step role, where
                 steps = ⌈(Σ x_i × bench hours_i ÷ (1 − e) − 12 × capacity)
                          ÷ (12 × step hours)⌉, at least 0

The model also keeps the plan sums (Σ volume × per piece): at a total n their share n ÷ P is
the surrogate the break-even search screens with (costing_whole).
"""

from __future__ import annotations

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
    TWELVE,
    ZERO,
    Component,
    Figure,
    rounded,
    show,
    show_pct,
)
from jewelbench.domain.costing_inputs import (
    FOR_SCENARIO,
    Adjustments,
    CapexView,
    CollectionPlan,
    InHouseTerms,
    PriceBook,
    PricedBom,
    Split,
    check_error_rate,
)
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, grouped
from jewelbench.domain.money import MoneyError, check_currency
from jewelbench.domain.scenarios import InHouseScenario, StaffRole
from jewelbench.domain.validation import DomainError

STAFF = QT_TRANSLATE_NOOP("costing_inhouse", "staff")
SCENARIO_REFUSED = QT_TRANSLATE_NOOP("costing_inhouse", "Scenario “{name}”: {reason}")
PIECES_A_YEAR_WOULD = QT_TRANSLATE_NOOP(
    "costing_inhouse", "{up_to} pieces a year would need more than {max_steps} more "
    "{role}: lower the volume, or check the bench minutes and hours "
    "per month")
CAPACITY_STEP_ROLE_IS = QT_TRANSLATE_NOOP(
    "costing_inhouse", "Capacity step role “{capacity_step_role}” is not a staff role of "
    "scenario “{name}”")
USEFUL_LIFE_OF_MUST = QT_TRANSLATE_NOOP(
    "costing_inhouse", "Useful life of “{name}” must be at least 1 year, not "
    "{useful_life_years}")
COST_AND_SALVAGE_VALUE = QT_TRANSLATE_NOOP(
    "costing_inhouse", "“{name}”: cost and salvage value must be at least 0, with the "
    "salvage value not above the cost")
HOURS_PER_MONTH_OF = QT_TRANSLATE_NOOP(
    "costing_inhouse", "Hours per month of “{role}” must be above 0, not "
    "{hours_per_month}")
OF_SCENARIO_MUST_BE = QT_TRANSLATE_NOOP(
    "costing_inhouse", "{name} of scenario “{name2}” must be at least 0, not {value}")

SIXTY = Decimal(60)
MAX_STEPS = 100_000  # people added for capacity: more is a typo in minutes or hours
IN_HOUSE = QT_TRANSLATE_NOOP("costing", "In-house")

CAPACITY = QT_TRANSLATE_NOOP(
    "costing_inhouse", "Capacity: {pieces} pieces need {needed} bench hours a year (remakes "
    "included), more than the {available} that {benches} benches give ({hours} hours a "
    "bench): add benches or people, or plan fewer pieces")
CAPACITY_ONE = QT_TRANSLATE_NOOP(
    "costing_inhouse", "Capacity: {pieces} pieces need {needed} bench hours a year (remakes "
    "included), more than the {available} that {benches} bench gives ({hours} hours a "
    "bench): add benches or people, or plan fewer pieces")
CAPACITY_PEOPLE = QT_TRANSLATE_NOOP(
    "costing_inhouse", "Capacity: {pieces} pieces need {needed} bench hours a year (remakes "
    "included), more than the {available} that {benches} benches (one per person) give "
    "({hours} hours a bench): add benches or people, or plan fewer pieces")
CAPACITY_ONE_PERSON = QT_TRANSLATE_NOOP(
    "costing_inhouse", "Capacity: {pieces} pieces need {needed} bench hours a year (remakes "
    "included), more than the {available} that {benches} bench (one per person) gives "
    "({hours} hours a bench): add benches or people, or plan fewer pieces")


def _plain(value: Decimal) -> Decimal:
    """value as costing_figures.show writes a bare figure: whole, or to 4 places."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return rounded(value, None, 4).normalize()

VARIABLE = (Component.METAL, Component.STONES, Component.FINDINGS, Component.PLATING,
            Component.CONSUMABLES, Component.LABOUR)


@dataclass(frozen=True)
class StaffStep:
    role: str
    monthly_salary: Decimal  # base currency at the dated rate
    hours_per_month: Decimal


@dataclass(frozen=True)
class EquipmentItem:
    name: str
    cost: Decimal  # base currency at the dated rate
    salvage: Decimal
    life_years: int


@dataclass(frozen=True)
class DesignUnit:
    """One piece of one design in-house, base currency at the dated rates, before losses,
    premium, breakage and recovery (as the plan sums); minutes: its bench minutes."""

    code: str
    fine_metal: Split
    stones: Split
    findings: Split
    plating: Split
    packaging: Split
    labour: Decimal  # scenario currency × rate, before the FX control
    minutes: Decimal


@dataclass(frozen=True)
class PieceSums:
    """The in-house sums at whole pieces: Σ x_i × per piece of design i."""

    pieces: int
    fine_metal: Split
    stones: Split
    findings: Split
    plating: Split
    packaging: Split
    labour: Decimal
    minutes: Decimal


@dataclass(frozen=True)
class InHouseModel:
    """A scenario and a plan made ready for fast costing. Plan sums are Σ volume × per-piece
    value (base currency at the dated rates), so n pieces cost sum × n ÷ plan volume."""

    name: str
    scenario: str
    currency: str
    plan_volume: int
    scenario_foreign: bool  # scenario amounts move with the FX control
    fine_metal: Split  # Σ volume × fine grams × fine price (no loss, premium or recovery)
    stones: Split  # Σ volume × quantity × unit cost (no breakage)
    findings: Split
    plating: Split
    packaging: Split
    consumables: Decimal
    labour: Decimal
    minutes: Decimal  # bench minutes, Σ volume × minutes per piece
    depreciation: Decimal  # per year
    capex: Decimal
    capital_employed: Decimal  # Σ (cost + salvage) ÷ 2: the average capital in equipment
    overheads_month: Decimal
    salaries_month: Decimal
    capacity_hours_month: Decimal | None  # None: no staff, so no one is added
    headcount: int  # the staff's, before anyone is added for capacity
    step: StaffStep | None
    equipment: tuple[EquipmentItem, ...]
    error_rate: Decimal  # the scenario's, %
    terms: InHouseTerms
    loaded_hourly_rate: Decimal
    casting_loss_pct: Decimal
    buyer_premium_pct: Decimal
    stone_breakage_pct: Decimal
    scenario_currency: str
    units: tuple[DesignUnit, ...] = ()  # per design, plan order
    volumes: tuple[int, ...] = ()  # planned pieces of each design, plan order
    consumables_piece: Decimal = ZERO  # per piece, base at the dated rate
    _steps_cache: dict[Decimal, tuple[int, int, int]] = field(default_factory=dict, repr=False,
                                                             compare=False)
    _sums_cache: dict[int, PieceSums] = field(default_factory=dict, repr=False, compare=False)
    _weights_cache: dict[Adjustments, tuple[Decimal, ...]] = field(
        default_factory=dict, repr=False, compare=False)
    _minute_line: dict[Decimal, tuple[int, int, int, int]] = field(
        default_factory=dict, repr=False, compare=False)
    _unit_arrays: Any = field(default=None, repr=False, compare=False)
    _linear_cache: dict[Adjustments, tuple[Decimal, Decimal, Decimal]] = field(
        default_factory=dict, repr=False, compare=False)

    @property
    def recovered(self) -> Decimal:
        """k: the share of a gram's value that comes back from the refiner."""
        return self.terms.recoverable_pct / HUNDRED * (ONE - self.terms.refining_pct / HUNDRED)

    @property
    def metal_factor(self) -> Decimal:
        """What a fine gram of a good piece costs, × the fine price: bought with the casting
        loss at the buyer premium, the recovered part of the loss credited."""
        c = self.casting_loss_pct / HUNDRED
        return (ONE + c) * (ONE + self.buyer_premium_pct / HUNDRED) - c * self.recovered

    def foreign_factor(self, adjustments: Adjustments) -> Decimal:
        """An amount priced in a foreign currency: × (1 + FX control) × (1 + FX buffer)."""
        return adjustments.fx_factor * (ONE + self.terms.fx_buffer_pct / HUNDRED)

    def own_factor(self, adjustments: Adjustments) -> Decimal:
        """The scenario's own amounts: foreign when the scenario is kept in another currency."""
        return self.foreign_factor(adjustments) if self.scenario_foreign else ONE

    def error_rate_for(self, adjustments: Adjustments) -> Decimal:
        if adjustments.error_rate_pct is not None:
            return adjustments.error_rate_pct
        return self.error_rate

    # --- capacity ------------------------------------------------------------------------

    def pieces_at(self, n: int) -> tuple[int, ...]:
        from jewelbench.domain.costing_pieces import whole_pieces

        return whole_pieces(self.volumes, n)

    def sums_at(self, n: int) -> PieceSums:
        """Σ x_i × per piece over the designs at their whole pieces for a total of n."""
        found = self._sums_cache.get(n)
        if found is None:
            if n == self.plan_volume:
                found = PieceSums(n, self.fine_metal, self.stones, self.findings,
                                  self.plating, self.packaging, self.labour, self.minutes)
            else:
                acc = [ZERO] * 12
                for unit, x in zip(self.units, self.pieces_at(n)):
                    if not x:
                        continue
                    for j, value in enumerate((
                            unit.fine_metal.home, unit.fine_metal.foreign, unit.stones.home,
                            unit.stones.foreign, unit.findings.home, unit.findings.foreign,
                            unit.plating.home, unit.plating.foreign, unit.packaging.home,
                            unit.packaging.foreign, unit.labour, unit.minutes)):
                        if value:
                            acc[j] += value * x
                found = PieceSums(n, Split(acc[0], acc[1]), Split(acc[2], acc[3]),
                                  Split(acc[4], acc[5]), Split(acc[6], acc[7]),
                                  Split(acc[8], acc[9]), acc[10], acc[11])
            if len(self._sums_cache) > 256:
                self._sums_cache.clear()
            self._sums_cache[n] = found
        return found

    def minutes_at(self, n: int) -> Decimal:
        """Bench minutes of the good pieces at a total of n (whole pieces of each design)."""
        if n in self._sums_cache:
            return self._sums_cache[n].minutes
        return sum((unit.minutes * x for unit, x in zip(self.units, self.pieces_at(n)) if x),
                   ZERO)

    def hours_needed(self, n: int, error_rate: Decimal) -> Fraction:
        """Bench hours a year for n pieces (whole pieces of each design), remakes included
        (exact)."""
        return Fraction(self.sums_at(n).minutes) / (60 * _keep(error_rate))

    def minute_line(self, error_rate: Decimal) -> tuple[int, int, int, int] | None:
        """(a, b, d, scale): with M the bench minutes a year × scale (an integer for whole
        pieces), step k (k = 0, 1 …) is needed once M × d > a + k × b."""
        if self.capacity_hours_month is None or self.step is None or not self.minutes:
            return None
        found = self._minute_line.get(error_rate)
        if found is None:
            scale = 1
            for unit in self.units:
                exponent = unit.minutes.as_tuple().exponent
                if isinstance(exponent, int) and exponent < 0:
                    scale = max(scale, 10 ** -exponent)
            per_minute = Fraction(1, 60) / _keep(error_rate)  # hours per minute of work
            first = 12 * Fraction(self.capacity_hours_month) * scale / per_minute
            each = 12 * Fraction(self.step.hours_per_month) * scale / per_minute
            d = first.denominator * each.denominator // math.gcd(first.denominator,
                                                                 each.denominator)
            found = (int(first * d), int(each * d), d, scale)
            self._minute_line[error_rate] = found
        return found

    def steps_for_minutes(self, minutes: Decimal, error_rate: Decimal) -> int:
        line = self.minute_line(error_rate)
        if line is None:
            return 0
        a, b, d, scale = line
        m = Fraction(minutes) * scale * d
        return max(0, math.ceil((m - a) / b))

    def _step_line(self, error_rate: Decimal) -> tuple[int, int, int] | None:
        """(a, b, d): step k (k = 0, 1 …) is needed once n × d > a + k × b, in integers.

        n pieces need n × minutes ÷ (60 × plan volume × (1 − e)) hours a year; one more
        person is needed each time that passes capacity + k × the step's yearly hours."""
        if self.capacity_hours_month is None or self.step is None or not self.minutes:
            return None
        found = self._steps_cache.get(error_rate)
        if found is None:
            per_hour = 60 * self.plan_volume * _keep(error_rate) / Fraction(self.minutes)
            first = 12 * Fraction(self.capacity_hours_month) * per_hour
            each = 12 * Fraction(self.step.hours_per_month) * per_hour
            d = first.denominator * each.denominator // math.gcd(first.denominator,
                                                                 each.denominator)
            found = (int(first * d), int(each * d), d)
            self._steps_cache[error_rate] = found
        return found

    def steps_at(self, n: int, error_rate: Decimal) -> int:
        """People added at a total of n pieces, whole pieces of each design (exact)."""
        return self.steps_for_minutes(self.sums_at(n).minutes, error_rate)

    def line_steps_at(self, n: int, error_rate: Decimal) -> int:
        """The surrogate's people added: bench minutes at the plan's mix n × minutes ÷ P."""
        line = self._step_line(error_rate)
        if line is None:
            return 0
        a, b, d = line
        return max(0, -(-(n * d - a) // b))

    def step_starts(self, error_rate: Decimal, up_to: int) -> list[int]:
        """The volumes (≤ up_to) at which the surrogate adds one more person: step k + 1
        starts at the smallest n with n × d > a + k × b (exact for a plan of one design)."""
        line = self._step_line(error_rate)
        if line is None:
            return []
        a, b, d = line
        if (up_to * d - a) // b > MAX_STEPS:
            raise DomainError(PIECES_A_YEAR_WOULD(
                up_to=grouped(up_to), max_steps=grouped(MAX_STEPS),
                role=self.step.role if self.step else STAFF))
        starts = []
        k = 0
        while (start := max((a + k * b) // d + 1, 1)) <= up_to:
            starts.append(start)
            k += 1
        return starts

    def step_start(self, step: int, error_rate: Decimal) -> int | None:
        """The volume at which the `step`-th person (1, 2 …) is added for capacity; None
        when the scenario has no capacity limit."""
        line = self._step_line(error_rate)
        if line is None or step < 1:
            return None
        a, b, d = line
        return max((a + (step - 1) * b) // d + 1, 1)

    def benches_at(self, n: int, error_rate: Decimal) -> int:
        """The benches: the scenario's number, or one per person (added people included)."""
        if self.terms.benches:
            return self.terms.benches
        return max(1, self.headcount + self.steps_at(n, error_rate))

    def bench_hours(self, n: int, error_rate: Decimal) -> tuple[Decimal, Decimal, int]:
        """(hours needed, hours the benches give, benches) a year at n pieces."""
        needed = self.hours_needed(n, error_rate)
        benches = self.benches_at(n, error_rate)
        return (Decimal(needed.numerator) / Decimal(needed.denominator),
                benches * self.terms.bench_hours_year, benches)

    def capacity_warning(self, n: int, adjustments: Adjustments) -> str | None:
        """A sentence when n pieces need more bench hours than the benches give a year."""
        needed, available, benches = self.bench_hours(n, self.error_rate_for(adjustments))
        if needed <= available:
            return None
        said = (CAPACITY_ONE if benches == 1 else CAPACITY) if self.terms.benches else (
            CAPACITY_ONE_PERSON if benches == 1 else CAPACITY_PEOPLE)
        return said(pieces=grouped(n), needed=grouped(rounded(needed, None, 1).normalize()),
                    available=grouped(_plain(available)), benches=grouped(benches),
                    hours=grouped(_plain(self.terms.bench_hours_year))).sentence()

    # --- the yearly cost -----------------------------------------------------------------

    def components(self, n: int, adjustments: Adjustments,
                   steps: int | None = None) -> dict[Component, Decimal]:
        """The year's cost of n pieces (whole pieces of each design) by component, base
        currency (exact)."""
        sums = self.sums_at(n)
        if steps is None:
            steps = self.steps_for_minutes(sums.minutes, self.error_rate_for(adjustments))
        out = self.variable(sums, adjustments)
        own = self.own_factor(adjustments)
        up_front = self.terms.capex_view is CapexView.UP_FRONT
        equipment = self.capex if up_front else self.depreciation
        out[Component.DEPRECIATION] = equipment * own
        out[Component.OVERHEADS] = TWELVE * self.overheads_month * own
        out[Component.STAFF] = TWELVE * self.salaries_month * own
        step_salary = self.step.monthly_salary if self.step else ZERO
        out[Component.ADDED_STAFF] = steps * TWELVE * step_salary * own
        out[Component.CAPITAL_CHARGE] = ZERO if up_front else (
            self.terms.capital_rate_pct / HUNDRED * self.capital_employed * own)
        return out

    def variable(self, sums: PieceSums | DesignUnit,
                 adjustments: Adjustments) -> dict[Component, Decimal]:
        """The costs that go with the pieces (one design's piece, or the plan's sums)."""
        e = self.error_rate_for(adjustments)
        fm, fx = adjustments.metal_factor, self.foreign_factor(adjustments)
        own = self.own_factor(adjustments)
        b = self.stone_breakage_pct / HUNDRED
        count = sums.pieces if isinstance(sums, PieceSums) else 1

        def per(split: Split, factor: Decimal = ONE) -> Decimal:
            return (split.home + split.foreign * fx) * factor

        out: dict[Component, Decimal] = {
            Component.METAL: per(sums.fine_metal, fm * self.metal_factor),
            Component.STONES: per(sums.stones, ONE + b),
            Component.FINDINGS: per(sums.findings),
            Component.PLATING: per(sums.plating),
            Component.CONSUMABLES: self.consumables_piece * count * own,
            Component.LABOUR: ZERO if self.terms.labour_in_salaries else sums.labour * own,
        }
        # a failed piece is re-melted (k of its metal back) and its stones unset (the
        # recoverable share back, breakage again when set): a remake buys the rest
        remade = (sum((out[c] for c in VARIABLE), ZERO)
                  - per(sums.fine_metal, fm * self.recovered)
                  - per(sums.stones, self.terms.recoverable_pct / HUNDRED))
        out[Component.REMAKES] = remade * e / (HUNDRED - e)
        out[Component.PACKAGING] = per(sums.packaging)
        return out

    def float_weights(self, adjustments: Adjustments) -> Any:
        """design_weights in binary floats, all designs at once (curves and screening)."""
        import numpy as np

        found = self._weights_cache.get(adjustments)
        if found is not None:
            return np.array([float(x) for x in found])
        if self._unit_arrays is None:
            rows = [[float(v) for v in (u.fine_metal.home, u.fine_metal.foreign, u.stones.home,
                                        u.stones.foreign, u.findings.home, u.findings.foreign,
                                        u.plating.home, u.plating.foreign, u.packaging.home,
                                        u.packaging.foreign, u.labour)] for u in self.units]
            object.__setattr__(self, "_unit_arrays", np.array(rows, dtype=float).reshape(
                len(self.units), 11))
        u = self._unit_arrays
        e = float(self.error_rate_for(adjustments))
        fm = float(adjustments.metal_factor)
        fx = float(self.foreign_factor(adjustments))
        own = float(self.own_factor(adjustments))
        b = float(self.stone_breakage_pct / HUNDRED)

        def per(col: int) -> Any:
            return u[:, col] + u[:, col + 1] * fx

        metal, stones = per(0), per(2)
        labour = 0.0 if self.terms.labour_in_salaries else u[:, 10] * own
        variable = (metal * fm * float(self.metal_factor) + stones * (1 + b) + per(4) + per(6)
                    + float(self.consumables_piece) * own + labour)
        remade = (variable - metal * fm * float(self.recovered)
                  - stones * float(self.terms.recoverable_pct / HUNDRED))
        result: Any = variable + remade * e / (100 - e) + per(8)
        return result

    def design_weights(self, adjustments: Adjustments) -> tuple[Decimal, ...]:
        """What one more piece of each design adds to the year (capacity aside)."""
        found = self._weights_cache.get(adjustments)
        if found is None:
            found = tuple(sum(self.variable(unit, adjustments).values(), ZERO)
                          for unit in self.units)
            if len(self._weights_cache) > 64:
                self._weights_cache.clear()
            self._weights_cache[adjustments] = found
        return found

    def float_totals(self, volumes: Any, adjustments: Adjustments) -> Any:
        """The yearly totals at many volumes, whole pieces, in binary floats (plotting and
        screening); the people added are counted exactly (integers)."""
        import numpy as np

        from jewelbench.domain.costing_pieces import pieces_matrix

        fixed, _per_piece, per_step = self.linear_form(adjustments)
        w = self.float_weights(adjustments)
        volumes = np.asarray(volumes, dtype=np.int64)
        out = np.empty(len(volumes), dtype=float)
        line = self.minute_line(self.error_rate_for(adjustments))
        chunk = max(1, 400_000 // max(1, len(self.units)))
        for first in range(0, len(volumes), chunk):
            x = pieces_matrix(self.volumes, volumes[first:first + chunk])
            total = float(fixed) + x @ w
            if line is not None:
                a, b, d, scale = line
                m = [int(u.minutes * scale) for u in self.units]
                most = sum(m) * int(volumes[first:first + chunk].max(initial=0)) * d
                if most < 2 ** 52 and max(abs(a), abs(b)) < 2 ** 62:
                    # whole numbers below 2⁵² add up exactly in binary floats (and fast)
                    minutes = np.rint(x.astype(float) @ np.array(m, dtype=float)).astype(
                        np.int64)
                    steps = np.maximum(0, -((a - minutes * d) // b)).astype(float)
                else:
                    exact = x.astype(object) @ np.array(m, dtype=object)
                    steps = np.array([max(0, -(-(int(v) * d - a) // b)) for v in exact],
                                     dtype=float)
                total = total + float(per_step) * steps
            out[first:first + chunk] = total
        return out

    def total(self, n: int, adjustments: Adjustments) -> Decimal:
        return sum(self.components(n, adjustments).values(), ZERO)

    def linear_form(self, adjustments: Adjustments) -> tuple[Decimal, Decimal, Decimal]:
        """(fixed, per piece, per added person) such that the year's total at n is
        fixed + per piece × n + per person × steps(n): the same figures as components()."""
        found = self._linear_cache.get(adjustments)
        if found is None:
            fixed = sum(self.components(0, adjustments, steps=0).values(), ZERO)
            at_plan = sum(self.components(self.plan_volume, adjustments, steps=0).values(),
                          ZERO)
            one_step = sum(self.components(0, adjustments, steps=1).values(), ZERO)
            found = fixed, (at_plan - fixed) / self.plan_volume, one_step - fixed
            if len(self._linear_cache) > 64:
                self._linear_cache.clear()
            self._linear_cache[adjustments] = found
        return found

    # --- explanations --------------------------------------------------------------------

    def figures(self, n: int, adjustments: Adjustments,
                values: dict[Component, Decimal]) -> tuple[Figure, ...]:
        """One figure a year per component, each saying how it was computed."""
        e = self.error_rate_for(adjustments)
        cur = self.currency
        steps = self.steps_at(n, e)

        shared = " (whole pieces of each design by largest remainder)" \
            if len(self.units) > 1 and n != self.plan_volume else ""

        def each(c: Component) -> str:
            per_piece = values[c] / n if n else ZERO
            return f"{n:,} pieces{shared} × {show(per_piece, cur, 4)} per piece"

        moves = _moves(adjustments) + self._buffer_text()
        r, f = show_pct(self.terms.recoverable_pct), show_pct(self.terms.refining_pct)
        loss = show_pct(self.casting_loss_pct)
        how: dict[Component, str] = {
            Component.METAL: f"{each(Component.METAL)}: fine grams × fine price × ((1 + "
                             f"{loss} casting loss) × (1 + "
                             f"{show_pct(self.buyer_premium_pct)} buyer premium) − {loss} × "
                             f"{r} recovered × (1 − {f} refining)){moves}",
            Component.STONES: f"{each(Component.STONES)}: quantity × unit cost × (1 + "
                              f"{show_pct(self.stone_breakage_pct)} breakage)",
            Component.FINDINGS: f"{each(Component.FINDINGS)}: quantity × unit cost",
            Component.PLATING: f"{each(Component.PLATING)}: plating cost per piece",
            Component.PACKAGING: f"{each(Component.PACKAGING)}: quantity × unit cost "
                                 "(good pieces only: no remakes)",
            Component.CONSUMABLES: f"{each(Component.CONSUMABLES)}: consumables per piece",
            Component.LABOUR: "paid by the salaried staff (not counted again)"
            if self.terms.labour_in_salaries else
            f"{each(Component.LABOUR)}: bench minutes ÷ 60 × "
            f"{show(self.loaded_hourly_rate, self.scenario_currency)} loaded hourly rate",
            Component.REMAKES: f"a remake (labour, consumables, findings, plating, the metal less "
                               f"{r} of the failed piece's metal re-melted × (1 − {f} "
                               f"refining), stones less the {r} unset again) × {show_pct(e)} "
                               f"÷ (100 % − {show_pct(e)}){self._buffer_text()}",
            Component.DEPRECIATION: (
                f"Σ cost of {_items(len(self.equipment))}, paid up front"
                if self.terms.capex_view is CapexView.UP_FRONT else
                f"Σ (cost − salvage) ÷ useful life of {_items(len(self.equipment))}"),
            Component.OVERHEADS: f"12 × {show(self.overheads_month, cur)} a month",
            Component.STAFF: f"12 × {show(self.salaries_month, cur)} a month of salaries",
            Component.ADDED_STAFF: self._capacity_text(n, e, steps),
            Component.CAPITAL_CHARGE: (
                "none in the up-front view (the cash view discounts instead)"
                if self.terms.capex_view is CapexView.UP_FRONT else
                f"{show_pct(self.terms.capital_rate_pct)} cost of capital × Σ (cost + salvage) "
                f"÷ 2 = {show(self.capital_employed, cur)} average capital in "
                f"{_items(len(self.equipment))}"),
        }
        return tuple(Figure(COMPONENT_LABELS[c], values[c], cur, PER_YEAR, how[c])
                     for c in values)

    def _buffer_text(self) -> str:
        buffer = self.terms.fx_buffer_pct
        return f" (foreign-priced parts + {show_pct(buffer)} FX buffer)" if buffer else ""

    def _capacity_text(self, n: int, e: Decimal, steps: int) -> str:
        if self.capacity_hours_month is None or self.step is None:
            needed, available, _ = self.bench_hours(n, e)
            return (f"no salaried staff, so no one is added; {show(needed, None, 1)} bench hours "
                    f"a year needed against {show(available, None, 1)} the benches give")
        needed = Decimal(self.hours_needed(n, e).numerator) / Decimal(
            self.hours_needed(n, e).denominator)
        capacity = TWELVE * self.capacity_hours_month
        text = (f"{show(needed, None, 1)} bench hours a year needed (remakes included) against "
                f"{show(capacity, None, 1)} of capacity")
        if not steps:
            return text + ": no one added"
        return (text + f": {steps} × {self.step.role} added ({show(self.step.hours_per_month)} "
                f"h a month each) × 12 × {show(self.step.monthly_salary, self.currency)}")


def _items(count: int) -> str:
    return "1 item" if count == 1 else f"{count} items"


def _keep(error_rate: Decimal) -> Fraction:
    """The share of pieces that come out good: 1 − e."""
    return 1 - Fraction(error_rate) / 100


def _moves(adjustments: Adjustments) -> str:
    parts = []
    if adjustments.metal_price_pct:
        parts.append(f"metal price {adjustments.metal_price_pct:+f} %")
    if adjustments.fx_pct:
        parts.append(f"FX {adjustments.fx_pct:+f} %")
    return f" ({', '.join(parts)})" if parts else ""


def labour_minutes(scenario: InHouseScenario, code: str) -> Decimal:
    """Bench minutes per piece of a design: each operation's design-specific figure where the
    scenario has one, else its default (design_code None)."""
    default: dict[str, Decimal] = {}
    specific: dict[str, Decimal] = {}
    for op in scenario.labour:
        key = op.operation.strip().lower()
        if op.design_code is None:
            default[key] = default.get(key, ZERO) + op.minutes_per_piece
        elif op.design_code == code:
            specific[key] = specific.get(key, ZERO) + op.minutes_per_piece
    merged = {**default, **specific}
    return sum(merged.values(), ZERO)


def _step_role(scenario: InHouseScenario, terms: InHouseTerms) -> StaffRole | None:
    if terms.capacity_step_role is not None:
        for role in scenario.staff:
            if role.role == terms.capacity_step_role:
                return role
        raise DomainError(CAPACITY_STEP_ROLE_IS(
            capacity_step_role=terms.capacity_step_role, name=scenario.name))
    if not scenario.staff:
        return None
    return min(scenario.staff, key=lambda r: r.monthly_salary / r.hours_per_month)


def check_scenario(scenario: InHouseScenario) -> None:
    """Entities check themselves when made; the engine checks again, as a scenario can be
    edited after it was made."""
    try:
        check_currency(scenario.currency)
    except MoneyError as error:
        raise DomainError(SCENARIO_REFUSED(name=scenario.name, reason=str(error))) from None
    for item in scenario.equipment:
        if isinstance(item.useful_life_years, bool) or not isinstance(
                item.useful_life_years, int) or item.useful_life_years < 1:
            raise DomainError(USEFUL_LIFE_OF_MUST(
                name=item.name, useful_life_years=item.useful_life_years))
        if item.cost < 0 or item.salvage_value < 0 or item.salvage_value > item.cost:
            raise DomainError(COST_AND_SALVAGE_VALUE(name=item.name))
    for role in scenario.staff:
        if role.hours_per_month <= 0:
            raise DomainError(HOURS_PER_MONTH_OF(
                role=role.role, hours_per_month=role.hours_per_month))
    check_error_rate(scenario.error_rate_pct, f"Error rate % of scenario “{scenario.name}”")
    for name, value in (("Loaded hourly rate", scenario.loaded_hourly_rate),
                        ("Consumables per piece", scenario.consumables_per_piece),
                        ("Casting loss %", scenario.casting_loss_pct),
                        ("Buyer premium %", scenario.buyer_premium_pct),
                        ("Stone breakage %", scenario.stone_breakage_pct)):
        if value < 0:
            raise DomainError(OF_SCENARIO_MUST_BE(name=name, name2=scenario.name, value=value))


def prepare_in_house(scenario: InHouseScenario, plan: CollectionPlan,
                     boms: dict[str, PricedBom], book: PriceBook,
                     terms: InHouseTerms) -> InHouseModel:
    check_scenario(scenario)
    base = book.base
    foreign = scenario.currency != base
    rate = book.rate(scenario.currency, FOR_SCENARIO(name=scenario.name)) if foreign else ONE
    metal = stones = findings = plating = packaging = Split()
    minutes = ZERO
    units = []
    for line in plan.lines:
        bom = boms[line.design.code]
        v = Decimal(line.volume)
        metal = metal + bom.fine_metal.scaled(v)
        stones = stones + bom.groups["stones"].scaled(v)
        findings = findings + bom.groups["findings"].scaled(v)
        plating = plating + bom.groups["plating"].scaled(v)
        packaging = packaging + bom.groups["packaging"].scaled(v)
        own_minutes = labour_minutes(scenario, line.design.code)
        minutes += v * own_minutes
        units.append(DesignUnit(
            line.design.code, bom.fine_metal, bom.groups["stones"], bom.groups["findings"],
            bom.groups["plating"], bom.groups["packaging"],
            own_minutes / SIXTY * scenario.loaded_hourly_rate * rate, own_minutes))
    equipment = tuple(EquipmentItem(e.name, e.cost * rate, e.salvage_value * rate,
                                    e.useful_life_years) for e in scenario.equipment)
    staff_hours = sum((r.hours_per_month * r.headcount for r in scenario.staff), ZERO)
    role = _step_role(scenario, terms)
    step = StaffStep(role.role, role.monthly_salary * rate, role.hours_per_month) \
        if role else None
    return InHouseModel(
        name=IN_HOUSE, scenario=scenario.name, currency=base, plan_volume=plan.total_volume,
        scenario_foreign=foreign, fine_metal=metal, stones=stones, findings=findings,
        plating=plating, packaging=packaging,
        consumables=scenario.consumables_per_piece * rate * plan.total_volume,
        labour=minutes / SIXTY * scenario.loaded_hourly_rate * rate, minutes=minutes,
        depreciation=sum((e.depreciation_per_year for e in scenario.equipment), ZERO) * rate,
        capex=sum((e.cost for e in scenario.equipment), ZERO) * rate,
        capital_employed=sum((e.cost + e.salvage_value for e in scenario.equipment),
                             ZERO) * rate / 2,
        overheads_month=sum((o.monthly_cost for o in scenario.overheads), ZERO) * rate,
        salaries_month=sum((s.monthly_salary * s.headcount for s in scenario.staff),
                           ZERO) * rate,
        capacity_hours_month=staff_hours if scenario.staff else None,
        headcount=scenario.headcount, step=step,
        equipment=equipment, error_rate=scenario.error_rate_pct, terms=terms,
        loaded_hourly_rate=scenario.loaded_hourly_rate,
        casting_loss_pct=scenario.casting_loss_pct,
        buyer_premium_pct=scenario.buyer_premium_pct,
        stone_breakage_pct=scenario.stone_breakage_pct, scenario_currency=scenario.currency,
        units=tuple(units), volumes=tuple(line.volume for line in plan.lines),
        consumables_piece=scenario.consumables_per_piece * rate)
