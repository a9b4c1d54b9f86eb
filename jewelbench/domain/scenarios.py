"""In-house production scenarios: equipment, overheads, staff, labour, losses."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from jewelbench.domain.money import Money, MoneyError, check_currency
from jewelbench.domain.validation import (
    DomainError,
    check_count,
    check_number,
    check_percent,
    check_text,
)


@dataclass
class Equipment:
    name: str
    cost: Decimal
    useful_life_years: int
    salvage_value: Decimal = Decimal(0)

    def __post_init__(self) -> None:
        self.name = check_text(self.name, "Equipment", required=True)
        self.cost = check_number(self.cost, "Equipment cost")
        self.useful_life_years = check_count(self.useful_life_years, "Useful life (years)",
                                             minimum=1)
        self.salvage_value = check_number(self.salvage_value, "Salvage value")
        if self.salvage_value > self.cost:
            raise DomainError(f"{self.name}: salvage value is above the cost")

    @property
    def depreciation_per_year(self) -> Decimal:
        return (self.cost - self.salvage_value) / Decimal(self.useful_life_years)


@dataclass
class Overhead:
    name: str
    monthly_cost: Decimal

    def __post_init__(self) -> None:
        self.name = check_text(self.name, "Overhead", required=True)
        self.monthly_cost = check_number(self.monthly_cost, "Monthly cost")


@dataclass
class StaffRole:
    role: str
    monthly_salary: Decimal
    headcount: int = 1
    hours_per_month: Decimal = Decimal(160)

    def __post_init__(self) -> None:
        self.role = check_text(self.role, "Role", required=True)
        self.monthly_salary = check_number(self.monthly_salary, "Monthly salary")
        self.headcount = check_count(self.headcount, "Headcount")
        self.hours_per_month = check_number(self.hours_per_month, "Hours per month",
                                       allow_equal=False, maximum=Decimal(744))


@dataclass
class LabourOperation:
    operation: str
    minutes_per_piece: Decimal
    design_code: str | None = None  # None: applies to every design without its own figure

    def __post_init__(self) -> None:
        self.operation = check_text(self.operation, "Operation", required=True)
        self.minutes_per_piece = check_number(self.minutes_per_piece, "Minutes per piece")


@dataclass
class InHouseScenario:
    name: str
    currency: str
    equipment: list[Equipment] = field(default_factory=list)
    overheads: list[Overhead] = field(default_factory=list)
    staff: list[StaffRole] = field(default_factory=list)
    labour: list[LabourOperation] = field(default_factory=list)
    loaded_hourly_rate: Decimal = Decimal(0)
    casting_loss_pct: Decimal = Decimal(5)
    buyer_premium_pct: Decimal = Decimal(0)
    stone_breakage_pct: Decimal = Decimal(0)
    error_rate_pct: Decimal = Decimal(0)
    consumables_per_piece: Decimal = Decimal(0)
    notes: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        self.name = check_text(self.name, "Scenario name", required=True)
        try:
            self.currency = check_currency(self.currency)
        except MoneyError as error:
            raise DomainError(str(error)) from None
        self.loaded_hourly_rate = check_number(self.loaded_hourly_rate, "Loaded hourly rate")
        self.casting_loss_pct = check_percent(self.casting_loss_pct, "Casting loss %")
        self.buyer_premium_pct = check_percent(self.buyer_premium_pct, "Buyer premium %")
        self.stone_breakage_pct = check_percent(self.stone_breakage_pct, "Stone breakage %")
        self.error_rate_pct = check_number(self.error_rate_pct, "Error rate %", maximum=Decimal(99))
        self.consumables_per_piece = check_number(self.consumables_per_piece,
                                                  "Consumables per piece")

    @property
    def capex(self) -> Money:
        return Money(sum((e.cost for e in self.equipment), Decimal(0)), self.currency)

    @property
    def monthly_fixed_cost(self) -> Money:
        overheads = sum((o.monthly_cost for o in self.overheads), Decimal(0))
        salaries = sum((s.monthly_salary * s.headcount for s in self.staff), Decimal(0))
        return Money(overheads + salaries, self.currency)
