"""Which of the workshop's fixed costs one design carries (docs/costing.md, "Fixed-cost basis").

A scenario's equipment, overheads and salaried staff are the cost of a whole workshop. When
one design is compared, three readings are possible:

    allocated    (the default) the design's share of the workshop by bench minutes:
                 share = its pieces × its minutes ÷ Σ pieces × minutes over the designs the
                 workshop makes (its plan's, or every active design's); shared equipment,
                 overheads, salaries and the staff's capacity × share, equipment marked as
                 needed for this design in full, equipment marked for another design not at all
    incremental  the workshop exists and makes the others: only what this design adds —
                 equipment marked as needed for it, and staff added for bench hours beyond
                 what the others leave free (no overheads, no salaries)
    stand-alone  a workshop for this design alone: every fixed cost (the figure before the
                 basis could be chosen)

A plan carries its own workshop: its total is the whole scenario, with no choice.
The model's fixed amounts are scaled; InHouseModel.components() is the same for every basis.
"""

from __future__ import annotations

import math
from dataclasses import MISSING, dataclass, fields, replace
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Any

from jewelbench.domain.costing_figures import (
    HUNDRED,
    ONE,
    ZERO,
    Figure,
    rounded,
    show_pct,
)
from jewelbench.domain.costing_inhouse import (
    EquipmentItem,
    InHouseModel,
    StaffStep,
    labour_minutes,
)
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message, grouped
from jewelbench.domain.scenarios import Equipment, InHouseScenario
from jewelbench.domain.validation import DomainError

IS_NOT_A_FIXED = QT_TRANSLATE_NOOP(
    "costing_basis", "“{text}” is not a fixed-cost basis: choose allocated, incremental "
    "or stand-alone")
A_PLAN_S_BASIS = QT_TRANSLATE_NOOP(
    "costing_basis", "A plan's basis is its own total: choose allocated, incremental or "
    "stand-alone for one design")

SIXTY = Decimal(60)
TWELVE = Decimal(12)


class FixedCostBasis(StrEnum):
    ALLOCATED = "allocated"
    INCREMENTAL = "incremental"
    STAND_ALONE = "stand-alone"
    PLAN = "plan"  # a plan's own total: not a choice, said so


BASIS_LABELS = {FixedCostBasis.ALLOCATED: "allocated",
                FixedCostBasis.INCREMENTAL: "incremental",
                FixedCostBasis.STAND_ALONE: "stand-alone",
                FixedCostBasis.PLAN: "the plan's own total"}
CHOICES = (FixedCostBasis.ALLOCATED, FixedCostBasis.INCREMENTAL, FixedCostBasis.STAND_ALONE)


def check_basis(text: object) -> FixedCostBasis:
    """A basis a person may choose, from its name ("allocated", "incremental",
    "stand-alone"); DomainError naming the choices otherwise."""
    value = str(text).strip().lower().replace("_", "-").replace("standalone", "stand-alone")
    for basis in CHOICES:
        if basis.value == value:
            return basis
    raise DomainError(IS_NOT_A_FIXED(text=text))


@dataclass(frozen=True)
class BasisTerms:
    """The basis chosen for one design, and the workshop it shares.

    pool: (design code, pieces a year) of every design the workshop makes, this one included
    (its plan's lines at their planned volumes, or every active design at the asked volume);
    pool_name says which ("plan 'AW26 core'", "the 3 active designs, 300 pieces each")."""

    basis: FixedCostBasis = FixedCostBasis.STAND_ALONE
    pool: tuple[tuple[str, int], ...] = ()
    pool_name: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "basis", FixedCostBasis(self.basis))
        object.__setattr__(self, "pool", tuple(self.pool))


@dataclass(frozen=True)
class BasisSummary:
    """What the comparison says about the fixed costs it carries."""

    basis: FixedCostBasis
    design: str = ""  # the design's code ("" for a plan)
    share: Decimal = ONE  # allocated: share of the shared fixed costs (0–1)
    minutes: Decimal = ZERO  # allocated: the design's bench minutes a year (pieces × minutes)
    pool_minutes: Decimal = ZERO  # … of every design in the pool
    pool_name: str = ""
    by_pieces: bool = False  # allocated by pieces: no design has bench minutes
    free_hours: Decimal | None = None  # incremental: bench hours a year the others leave free
    others_hours: Decimal = ZERO  # incremental: bench hours a year the others use
    dedicated: tuple[str, ...] = ()  # equipment marked as needed for this design

    @property
    def label(self) -> str:
        return BASIS_LABELS[self.basis]

    def note(self) -> str:
        """One sentence, said beside the verdict and in every export (English: a Sentence
        that carries note_message for the reader's language)."""
        return self.note_message().sentence()

    def note_message(self) -> Message:
        if self.basis is FixedCostBasis.PLAN:
            return BASIS_PLAN()
        if self.basis is FixedCostBasis.STAND_ALONE:
            return BASIS_STAND_ALONE(design=self.design)
        dedicated = ", ".join(self.dedicated)
        if self.basis is FixedCostBasis.ALLOCATED:
            how = BY_PIECES(pool=self.pool_name) if self.by_pieces else BY_MINUTES(
                minutes=grouped(_bare(self.minutes)),
                pool_minutes=grouped(_bare(self.pool_minutes)),
                pool=self.pool_name)
            said = BASIS_ALLOCATED_MARKED if self.dedicated else BASIS_ALLOCATED
            return said(design=self.design, how=how, equipment=dedicated,
                        percent=grouped(rounded(self.share * HUNDRED, None, 2).normalize()))
        hours = NO_CAPACITY_LIMIT() if self.free_hours is None else STAFF_BEYOND(
            free=grouped(rounded(self.free_hours, None, 1)),
            used=grouped(rounded(self.others_hours, None, 1)))
        what = MARKED_EQUIPMENT(equipment=dedicated) if self.dedicated else NO_MARKED_EQUIPMENT()
        return BASIS_INCREMENTAL(design=self.design, what=what, hours=hours)


def _bare(value: Decimal) -> Decimal:
    """value as costing_figures.show writes a bare figure: whole, or to 4 places."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return rounded(value, None, 4).normalize()


BASIS_PLAN = QT_TRANSLATE_NOOP(
    "costing_basis", "Fixed costs: the plan carries the whole workshop (equipment, overheads "
    "and salaried staff).")
BASIS_STAND_ALONE = QT_TRANSLATE_NOOP(
    "costing_basis", "Fixed costs on the stand-alone basis: a workshop for {design} alone "
    "carries all of the scenario's equipment, overheads and salaried staff.")
BY_PIECES = QT_TRANSLATE_NOOP(
    "costing_basis", "by pieces, as no design in {pool} has bench minutes")
BY_MINUTES = QT_TRANSLATE_NOOP(
    "costing_basis", "by bench minutes: {minutes} of {pool_minutes} minutes a year in {pool}")
BASIS_ALLOCATED = QT_TRANSLATE_NOOP(
    "costing_basis", "Fixed costs on the allocated basis: {design} carries {percent} % of the "
    "workshop's equipment, overheads, salaried staff and capacity ({how}).")
BASIS_ALLOCATED_MARKED = QT_TRANSLATE_NOOP(
    "costing_basis", "Fixed costs on the allocated basis: {design} carries {percent} % of the "
    "workshop's equipment, overheads, salaried staff and capacity ({how}); equipment marked "
    "for it in full ({equipment}).")
NO_CAPACITY_LIMIT = QT_TRANSLATE_NOOP(
    "costing_basis", "no salaried staff, so no capacity limit")
STAFF_BEYOND = QT_TRANSLATE_NOOP(
    "costing_basis", "staff added only for bench hours beyond the {free} hours a year the "
    "other designs leave free (they use {used})")
MARKED_EQUIPMENT = QT_TRANSLATE_NOOP(
    "costing_basis", "equipment marked as needed for it ({equipment})")
NO_MARKED_EQUIPMENT = QT_TRANSLATE_NOOP(
    "costing_basis", "no equipment marked as needed for it")
BASIS_INCREMENTAL = QT_TRANSLATE_NOOP(
    "costing_basis", "Fixed costs on the incremental basis: the workshop exists, so {design} "
    "carries only what it adds: {what}; no overheads or salaries; {hours}.")


def apply_basis(model: InHouseModel, scenario: InHouseScenario, code: str, volume: int,
                terms: BasisTerms, rate: Decimal = ONE) -> tuple[InHouseModel, BasisSummary]:
    """The in-house model of one design (`code`, asked at `volume`) on the chosen basis;
    `rate`: base-currency units for one unit of the scenario's currency."""
    if terms.basis is FixedCostBasis.PLAN:
        raise DomainError(A_PLAN_S_BASIS())
    if terms.basis is FixedCostBasis.STAND_ALONE:
        return model, BasisSummary(FixedCostBasis.STAND_ALONE, code)
    pool = dict(terms.pool)
    pool.setdefault(code, volume)
    pool_name = terms.pool_name or f"{code} alone"
    own = [e for e in scenario.equipment if _marked(e.design_code) == code]
    shared = [e for e in scenario.equipment if _marked(e.design_code) is None]
    dedicated = tuple(e.name for e in own)
    if terms.basis is FixedCostBasis.ALLOCATED:
        minutes = {c: Decimal(v) * labour_minutes(scenario, c) for c, v in pool.items()}
        total = sum(minutes.values(), ZERO)
        by_pieces = total <= 0
        if by_pieces:
            share = Decimal(pool[code]) / Decimal(sum(pool.values()))
        else:
            share = minutes[code] / total
        depreciation = (sum((e.depreciation_per_year for e in shared), ZERO) * share
                        + sum((e.depreciation_per_year for e in own), ZERO)) * rate
        capex = (sum((e.cost for e in shared), ZERO) * share
                 + sum((e.cost for e in own), ZERO)) * rate
        capacity = None if model.capacity_hours_month is None else \
            model.capacity_hours_month * share
        # A person added for capacity is the workshop's too: the design carries its share
        # of each one, and each gives it that share of a person's hours (a whole person
        # charged to a design that carries 7 % of the workshop would make its figure the
        # stand-alone one again as soon as it outgrows its share).
        step = None if model.step is None else StaffStep(
            model.step.role, model.step.monthly_salary * share,
            model.step.hours_per_month * share)
        changed = _remade(model, equipment=_items(own, shared, rate, share),
                          depreciation=depreciation, capex=capex,
                          overheads_month=model.overheads_month * share,
                          salaries_month=model.salaries_month * share,
                          capacity_hours_month=capacity, step=step)
        return changed, BasisSummary(FixedCostBasis.ALLOCATED, code, share,
                                     minutes[code], total, pool_name, by_pieces,
                                     dedicated=dedicated)
    # incremental: the others' bench hours (remakes at the scenario's error rate) come first
    keep = ONE - scenario.error_rate_pct / HUNDRED
    others = sum((Decimal(v) * labour_minutes(scenario, c) for c, v in pool.items()
                  if c != code), ZERO) / SIXTY / keep
    free: Decimal | None = None
    if model.capacity_hours_month is not None and model.step is not None:
        capacity = TWELVE * model.capacity_hours_month
        step_hours = TWELVE * model.step.hours_per_month
        before = max(0, math.ceil(Fraction(others - capacity) / Fraction(step_hours)))
        free = capacity + before * step_hours - others
    changed = _remade(
        model, equipment=_items(own, [], rate, ZERO),
        depreciation=sum((e.depreciation_per_year for e in own), ZERO) * rate,
        capex=sum((e.cost for e in own), ZERO) * rate, overheads_month=ZERO,
        salaries_month=ZERO,
        capacity_hours_month=None if free is None else free / TWELVE)
    return changed, BasisSummary(FixedCostBasis.INCREMENTAL, code, free_hours=free,
                                 others_hours=others, pool_name=pool_name,
                                 dedicated=dedicated)


def _marked(code: str | None) -> str | None:
    return (code or "").strip() or None


def _items(own: list[Equipment], shared: list[Equipment], rate: Decimal,
           share: Decimal) -> tuple[EquipmentItem, ...]:
    """The equipment bought and replaced in the cash view: this design's own in full, the
    shared items at its share."""
    return (*(EquipmentItem(e.name, e.cost * rate, e.salvage_value * rate,
                            e.useful_life_years) for e in own),
            *(EquipmentItem(e.name, e.cost * rate * share, e.salvage_value * rate * share,
                            e.useful_life_years) for e in shared))


def _remade(model: InHouseModel, *, equipment: tuple[EquipmentItem, ...],
            depreciation: Decimal, capex: Decimal, overheads_month: Decimal,
            salaries_month: Decimal, capacity_hours_month: Decimal | None,
            step: StaffStep | None | bool = True) -> InHouseModel:
    """A copy with the fixed amounts changed and caches of its own (never shared): every
    private field back to its default. The average capital in equipment (for the capital
    charge, where the model has one) follows the equipment carried: Σ (cost + salvage) ÷ 2."""
    fresh: dict[str, Any] = {
        f.name: f.default_factory() if f.default_factory is not MISSING else f.default
        for f in fields(model) if f.name.startswith("_")}
    if any(f.name == "capital_employed" for f in fields(model)):
        fresh["capital_employed"] = sum((e.cost + e.salvage for e in equipment), ZERO) / 2
    if step is not True:  # True: the model's own step role, unchanged
        fresh["step"] = step
    return replace(model, equipment=equipment, depreciation=depreciation, capex=capex,
                   overheads_month=overheads_month, salaries_month=salaries_month,
                   capacity_hours_month=capacity_hours_month, **fresh)


_FIXED = {"depreciation": "equipment", "capital_charge": "equipment",
          "overheads": "overheads", "staff": "salaries", "added_staff": "capacity"}


def explained(key: str, figure: Figure, summary: BasisSummary | None) -> Figure:
    """A fixed in-house figure (equipment, overheads, salaries, people added) whose formula
    also says the basis it is on; any other figure as it is."""
    what = _FIXED.get(key)
    if what is None or summary is None or summary.basis in (FixedCostBasis.STAND_ALONE,
                                                            FixedCostBasis.PLAN):
        return figure
    if summary.basis is FixedCostBasis.ALLOCATED:
        share = show_pct(summary.share * HUNDRED)
        extra = {"equipment": f"{share} of the shared equipment"
                              + (f", {', '.join(summary.dedicated)} in full"
                                 if summary.dedicated else ""),
                 "overheads": f"{share} of the workshop's overheads",
                 "salaries": f"{share} of the salaries",
                 "capacity": f"{share} of the staff's hours; people added beyond them"}[what]
        return replace(figure, formula=f"{figure.formula} (allocated basis: {extra})")
    extra = {"equipment": "only equipment marked as needed for " + summary.design,
             "overheads": "the workshop's overheads are paid anyway, not by this design",
             "salaries": "the salaries are paid anyway, not by this design",
             "capacity": "the hours the other designs leave free come first"}[what]
    return replace(figure, formula=f"{figure.formula} (incremental basis: {extra})")
