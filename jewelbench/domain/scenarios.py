"""In-house production scenarios: equipment, overheads, staff, labour, losses.

Also the starting figures a new scenario can be built from: an equipment catalogue with the
seed's low–high cost ranges (USD), and typical overheads, staff and labour rows that the user
replaces with their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from jewelbench.domain.inputs import NumberRule
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message
from jewelbench.domain.money import Money, MoneyError, check_currency, to_decimal
from jewelbench.domain.prices import FxRate, PriceNotFound, fx_rate_on
from jewelbench.domain.validation import DomainError, What, check_text

CANNOT_BE_NEGATIVE_NOT = QT_TRANSLATE_NOOP("scenarios", "{what} cannot be negative, not {number}")
MUST_BE_AT_MOST = QT_TRANSLATE_NOOP("scenarios", "{what} must be at most 100, not {number}")
MUST_BE_A_WHOLE = QT_TRANSLATE_NOOP("scenarios", "{what} must be a whole number, not {value}")
MUST_BE_AT_LEAST = QT_TRANSLATE_NOOP(
    "scenarios", "{what} must be at least {minimum}, not {value}")
MUST_BE_AT_LEAST_UNIT = QT_TRANSLATE_NOOP(
    "scenarios", "{what} must be at least {minimum} {unit}, not {value}")
MUST_BE_AT_MOST_2 = QT_TRANSLATE_NOOP("scenarios", "{what} must be at most {maximum}, not {value}")
SALVAGE_VALUE_IS_ABOVE = QT_TRANSLATE_NOOP(
    "scenarios", "{label}: salvage value is above the cost ({salvage_value} > {cost}); it"
    " can be at most what the equipment cost")
HOURS_PER_MONTH_OF = QT_TRANSLATE_NOOP(
    "scenarios", "Hours per month of {label} must be above 0 (a role nobody works in has "
    "a headcount of 0)")
HOURS_PER_MONTH_OF_2 = QT_TRANSLATE_NOOP(
    "scenarios", "Hours per month of {label} must be at most {max_hours_per_month}, not "
    "{hours}")
NO_DESIGN_HAS_THE = QT_TRANSLATE_NOOP(
    "scenarios", "No design has the code “{text}”: type a design's code, or leave it "
    "empty for all designs")
ERROR_RATE_MUST_BE = QT_TRANSLATE_NOOP(
    "scenarios", "Error rate % must be below 100, not {error_rate_pct}: at 100 % every "
    "piece is remade and none comes out good")
LOW_MID_AND_HIGH = QT_TRANSLATE_NOOP("scenarios", "{name}: low, mid and high costs must rise")
NO_EQUIPMENT_IN_THE = QT_TRANSLATE_NOOP("scenarios", "No equipment “{name}” in the catalogue")
NO_EXCHANGE_RATE_BETWEEN = QT_TRANSLATE_NOOP(
    "scenarios", "No exchange rate between USD and {currency} on or before {on}: add one "
    "under Costs, or start in USD")
THE_STARTING_FIGURES_ARE = QT_TRANSLATE_NOOP(
    "scenarios", "The starting figures are in USD: give a USD→{currency} rate, or start "
    "in USD")

MAX_USEFUL_LIFE_YEARS = 60
MAX_HOURS_PER_MONTH = Decimal(744)  # 31 days × 24 h: more is a typo
MAX_HEADCOUNT = 1000

# The rules of the editor's number fields. They check that the text is a number of the right
# shape; the bounds are the entities' to check, so that a refusal names the input
# ("Useful life of “Laser welder” must be at least 1 year, not 0").
AMOUNT = NumberRule(places=2, minimum=None, maximum=Decimal("1e11"))
RATE_PERCENT = NumberRule(unit="%", places=2, minimum=None, maximum=Decimal(1000))
YEARS = NumberRule(places=0, minimum=None, maximum=Decimal(1000))
HEADCOUNT = NumberRule(places=0, minimum=None, maximum=Decimal(100000))
HOURS = NumberRule(unit="h", places=1, minimum=None, maximum=Decimal(100000))
MINUTES = NumberRule(unit="min", places=2, minimum=None, maximum=Decimal(100000))


def _quoted(name: str) -> Message:
    return QUOTED(name=name) if name else THIS_ROW()


QUOTED = QT_TRANSLATE_NOOP("fields", "“{name}”")
THIS_ROW = QT_TRANSLATE_NOOP("fields", "this row")
COST_OF = QT_TRANSLATE_NOOP("fields", "Cost of {name}")
USEFUL_LIFE_OF = QT_TRANSLATE_NOOP("fields", "Useful life of {name}")
SALVAGE_VALUE_OF = QT_TRANSLATE_NOOP("fields", "Salvage value of {name}")
MONTHLY_COST_OF = QT_TRANSLATE_NOOP("fields", "Monthly cost of {name}")
MONTHLY_SALARY_OF = QT_TRANSLATE_NOOP("fields", "Monthly salary of {name}")
HEADCOUNT_OF = QT_TRANSLATE_NOOP("fields", "Headcount of {name}")
HOURS_A_MONTH_OF = QT_TRANSLATE_NOOP("fields", "Hours per month of {name}")
MINUTES_A_PIECE_OF = QT_TRANSLATE_NOOP("fields", "Minutes per piece of {name}")
YEAR_UNIT = QT_TRANSLATE_NOOP("units", "year")
YEARS_UNIT = QT_TRANSLATE_NOOP("units", "years")


def _not_negative(value: object, what: What) -> Decimal:
    """A cost, a time or a percentage: a finite number, zero or more."""
    try:
        number = to_decimal(value, str(what))
    except MoneyError as error:
        raise DomainError(str(error)) from None
    if number < 0:
        raise DomainError(CANNOT_BE_NEGATIVE_NOT(what=what, number=number))
    return number + Decimal(0)


def _percent(value: object, what: What) -> Decimal:
    number = _not_negative(value, what)
    if number > 100:
        raise DomainError(MUST_BE_AT_MOST(what=what, number=number))
    return number


def _whole(value: object, what: What, minimum: int, maximum: int,
           unit: tuple[What, What] | None = None) -> int:
    """A whole number from minimum to maximum; unit: its (one, many), as a refusal says."""
    if isinstance(value, Decimal) and value == value.to_integral_value():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(MUST_BE_A_WHOLE(what=what, value=value))
    if value < minimum:
        said = MUST_BE_AT_LEAST_UNIT if unit else MUST_BE_AT_LEAST
        plural = "" if unit is None else unit[0] if minimum == 1 else unit[1]
        raise DomainError(said(what=what, minimum=minimum, unit=plural, value=value))
    if value > maximum:
        raise DomainError(MUST_BE_AT_MOST_2(what=what, maximum=maximum, value=value))
    return value


@dataclass
class Equipment:
    name: str
    cost: Decimal
    useful_life_years: int
    salvage_value: Decimal = Decimal(0)
    # The design this equipment is needed for (its incremental cost); None: shared by all
    design_code: str | None = None

    def __post_init__(self) -> None:
        self.name = check_text(self.name, QT_TRANSLATE_NOOP(
            "fields", "Equipment name"), required=True)
        self.design_code = (self.design_code or "").strip() or None
        label = _quoted(self.name)
        self.cost = _not_negative(self.cost, COST_OF(name=label))
        self.useful_life_years = _whole(self.useful_life_years, USEFUL_LIFE_OF(name=label),
                                        1, MAX_USEFUL_LIFE_YEARS, (YEAR_UNIT, YEARS_UNIT))
        self.salvage_value = _not_negative(self.salvage_value, SALVAGE_VALUE_OF(name=label))
        if self.salvage_value > self.cost:
            raise DomainError(SALVAGE_VALUE_IS_ABOVE(
                label=label, salvage_value=self.salvage_value, cost=self.cost))

    @property
    def depreciation_per_year(self) -> Decimal:
        return (self.cost - self.salvage_value) / Decimal(self.useful_life_years)


@dataclass
class Overhead:
    name: str
    monthly_cost: Decimal

    def __post_init__(self) -> None:
        self.name = check_text(self.name, QT_TRANSLATE_NOOP(
            "fields", "Overhead name"), required=True)
        self.monthly_cost = _not_negative(self.monthly_cost,
                                          MONTHLY_COST_OF(name=_quoted(self.name)))


@dataclass
class StaffRole:
    role: str
    monthly_salary: Decimal
    headcount: int = 1
    hours_per_month: Decimal = Decimal(160)

    def __post_init__(self) -> None:
        self.role = check_text(self.role, QT_TRANSLATE_NOOP("fields", "Role"), required=True)
        label = _quoted(self.role)
        self.monthly_salary = _not_negative(self.monthly_salary, MONTHLY_SALARY_OF(name=label))
        self.headcount = _whole(self.headcount, HEADCOUNT_OF(name=label), 0, MAX_HEADCOUNT)
        hours = _not_negative(self.hours_per_month, HOURS_A_MONTH_OF(name=label))
        if hours == 0:
            raise DomainError(HOURS_PER_MONTH_OF(label=label))
        if hours > MAX_HOURS_PER_MONTH:
            raise DomainError(HOURS_PER_MONTH_OF_2(
                label=label, max_hours_per_month=MAX_HOURS_PER_MONTH, hours=hours))
        self.hours_per_month = hours

    @property
    def hours_capacity(self) -> Decimal:
        """Working hours a month of everyone in this role."""
        return self.hours_per_month * self.headcount


@dataclass
class LabourOperation:
    operation: str
    minutes_per_piece: Decimal
    design_code: str | None = None  # None: applies to every design without its own figure

    def __post_init__(self) -> None:
        self.operation = check_text(self.operation, QT_TRANSLATE_NOOP(
            "fields", "Operation"), required=True)
        self.minutes_per_piece = _not_negative(
            self.minutes_per_piece, MINUTES_A_PIECE_OF(name=_quoted(self.operation)))
        code = (self.design_code or "").strip()
        self.design_code = code or None


def check_design_code(code: str | None, known: Iterable[str]) -> str | None:
    """The design a labour time is for, as the workspace spells its code; None for every
    design. DomainError when no design has that code."""
    text = (code or "").strip()
    if not text or text.casefold() in ("all", "all designs", "*"):
        return None
    by_folded = {c.casefold(): c for c in known}
    found = by_folded.get(text.casefold())
    if found is None:
        raise DomainError(NO_DESIGN_HAS_THE(text=text))
    return found


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
        self.name = check_text(self.name, QT_TRANSLATE_NOOP(
            "fields", "Scenario name"), required=True)
        try:
            self.currency = check_currency(self.currency)
        except MoneyError as error:
            raise DomainError(str(error)) from None
        self.loaded_hourly_rate = _not_negative(
            self.loaded_hourly_rate, QT_TRANSLATE_NOOP("fields", "Loaded hourly rate"))
        self.casting_loss_pct = _percent(self.casting_loss_pct,
                                         QT_TRANSLATE_NOOP("fields", "Casting loss %"))
        self.buyer_premium_pct = _percent(self.buyer_premium_pct,
                                          QT_TRANSLATE_NOOP("fields", "Small-buyer premium %"))
        self.stone_breakage_pct = _percent(self.stone_breakage_pct,
                                           QT_TRANSLATE_NOOP("fields", "Stone breakage %"))
        self.error_rate_pct = _not_negative(self.error_rate_pct,
                                            QT_TRANSLATE_NOOP("fields", "Error rate %"))
        if self.error_rate_pct >= 100:
            raise DomainError(ERROR_RATE_MUST_BE(error_rate_pct=self.error_rate_pct))
        self.consumables_per_piece = _not_negative(self.consumables_per_piece,
                                                   QT_TRANSLATE_NOOP(
                                                       "fields", "Consumables per piece"))
        self.notes = check_text(self.notes, QT_TRANSLATE_NOOP("fields", "Notes"), max_len=4000)

    @property
    def capex(self) -> Money:
        return Money(sum((e.cost for e in self.equipment), Decimal(0)), self.currency)

    @property
    def depreciation_per_year(self) -> Money:
        """Straight-line depreciation of all the equipment, per year."""
        return Money(sum((e.depreciation_per_year for e in self.equipment), Decimal(0)),
                     self.currency)

    @property
    def monthly_fixed_cost(self) -> Money:
        overheads = sum((o.monthly_cost for o in self.overheads), Decimal(0))
        salaries = sum((s.monthly_salary * s.headcount for s in self.staff), Decimal(0))
        return Money(overheads + salaries, self.currency)

    @property
    def staff_hours_per_month(self) -> Decimal:
        """The staff's working hours a month: the capacity before staff are added."""
        return sum((s.hours_capacity for s in self.staff), Decimal(0))

    @property
    def headcount(self) -> int:
        return sum(s.headcount for s in self.staff)


# --- starting figures ------------------------------------------------------------------------


class CostLevel(Enum):
    LOW = "low"
    MID = "mid"
    HIGH = "high"


SEED = "DESIGN.md “The cost model”: the seed article's equipment ranges (USD)"
BENCH = ("not in the seed: typical list prices of bench equipment (USD), chosen so that the "
         "three together stay small beside the seed's ranges; replace with your quotes")


@dataclass(frozen=True)
class CatalogueItem:
    """One kind of equipment with its cost range in USD, a default useful life and salvage."""

    key: str
    name: str
    low: Decimal
    high: Decimal
    useful_life_years: int
    salvage_pct: Decimal  # what it sells for at the end of its life, % of its cost
    source: str
    mid_cost: Decimal | None = None  # the middle of the range unless given

    def __post_init__(self) -> None:
        if not Decimal(0) <= self.low <= self.mid <= self.high:
            raise DomainError(LOW_MID_AND_HIGH(name=self.name))

    @property
    def mid(self) -> Decimal:
        return self.mid_cost if self.mid_cost is not None else (self.low + self.high) / 2

    def cost(self, level: CostLevel) -> Decimal:
        return {CostLevel.LOW: self.low, CostLevel.MID: self.mid,
                CostLevel.HIGH: self.high}[level]

    def equipment(self, level: CostLevel, rate: Decimal = Decimal(1)) -> Equipment:
        """This item at a level, its cost converted with rate (1 USD = rate units)."""
        cost = convert(self.cost(level), rate)
        salvage = (cost * self.salvage_pct / 100).quantize(Decimal(1), ROUND_HALF_UP)
        return Equipment(self.name, cost, self.useful_life_years, salvage)


CATALOGUE_CURRENCY = "USD"

EQUIPMENT_CATALOGUE: tuple[CatalogueItem, ...] = (
    CatalogueItem("printer", "3D printer (SLA/DLP), castable resin", Decimal(5000),
                  Decimal(50000), 5, Decimal(10), SEED),
    CatalogueItem("casting", "Casting machine (vacuum or induction) with burnout kiln",
                  Decimal(3000), Decimal(20000), 10, Decimal(10), SEED),
    CatalogueItem("electroforming", "Electroforming unit", Decimal(2000), Decimal(10000),
                  8, Decimal(5), SEED),
    CatalogueItem("rolling", "Rolling mill and draw bench", Decimal(5000), Decimal(15000),
                  15, Decimal(20), SEED),
    CatalogueItem("laser", "Laser welder", Decimal(10000), Decimal(50000), 8, Decimal(10),
                  SEED),
    CatalogueItem("polishing", "Polishing motor with dust extraction", Decimal(1000),
                  Decimal(6000), 8, Decimal(5), BENCH, mid_cost=Decimal(3500)),
    CatalogueItem("ultrasonic", "Ultrasonic cleaner", Decimal(600), Decimal(3000), 6,
                  Decimal(5), BENCH, mid_cost=Decimal(1800)),
    CatalogueItem("steam", "Steam cleaner", Decimal(800), Decimal(4000), 6, Decimal(5),
                  BENCH, mid_cost=Decimal(2400)),
)

# Monthly, in USD. The seed names these costs but gives no figures: these are typical of a
# small studio (an 80 m² workshop) and are starting rows for the user to replace.
DEFAULT_OVERHEADS: tuple[tuple[str, Decimal], ...] = (
    ("Rent", Decimal(3200)),
    ("Utilities", Decimal(650)),
    ("Insurance (stock and liability)", Decimal(420)),
    ("Security and alarm monitoring", Decimal(180)),
    ("Software (CAD licences)", Decimal(310)),
    ("Equipment maintenance", Decimal(350)),
)

# Role, monthly salary in USD (gross, with employer's costs), hours a month per person. The
# seed names the roles; the salaries are placeholders for the user's own.
DEFAULT_STAFF: tuple[tuple[str, Decimal, Decimal], ...] = (
    ("Designer", Decimal(5200), Decimal(160)),
    ("3D modeller", Decimal(4600), Decimal(160)),
    ("Caster", Decimal(3900), Decimal(160)),
    ("Stone setter", Decimal(4800), Decimal(160)),
    ("Polisher", Decimal(3600), Decimal(160)),
    ("QC inspector", Decimal(1700), Decimal(80)),
)

# Minutes per piece for every design, in the order a piece is made.
DEFAULT_LABOUR: tuple[tuple[str, Decimal], ...] = (
    ("CAD", Decimal(3)),
    ("3D printing", Decimal(4)),
    ("Casting", Decimal(6)),
    ("Clean-up (sprue, file, pre-polish)", Decimal(12)),
    ("Stone setting", Decimal(10)),
    ("Polishing", Decimal(15)),
    ("QC", Decimal(4)),
)

DEFAULT_LOADED_HOURLY_RATE = Decimal(38)  # USD
DEFAULT_CONSUMABLES_PER_PIECE = Decimal("2.80")  # USD: investment, resin, compounds, gas
DEFAULT_CASTING_LOSS_PCT = Decimal(6)
DEFAULT_BUYER_PREMIUM_PCT = Decimal(4)
DEFAULT_STONE_BREAKAGE_PCT = Decimal(2)
DEFAULT_ERROR_RATE_PCT = Decimal(5)


def catalogue_item(key: str) -> CatalogueItem:
    for item in EQUIPMENT_CATALOGUE:
        if item.key == key:
            return item
    raise DomainError(NO_EQUIPMENT_IN_THE(name=key))


def convert(usd: Decimal, rate: Decimal) -> Decimal:
    """A USD starting figure in another currency, to whole units (they are estimates); kept
    exact when there is nothing to convert."""
    if rate == 1:
        return usd
    return (usd * rate).quantize(Decimal(1), ROUND_HALF_UP)


def usd_rate(currency: str, rates: Iterable[FxRate], on: dt.date) -> tuple[Decimal, str]:
    """How many units of currency one USD buys on a date, and a note saying where from.
    DomainError naming the missing rate when the workspace has none."""
    try:
        currency = check_currency(currency)
    except MoneyError as error:
        raise DomainError(str(error)) from None
    try:
        rate, row = fx_rate_on(list(rates), CATALOGUE_CURRENCY, currency, on)
    except PriceNotFound:
        raise DomainError(NO_EXCHANGE_RATE_BETWEEN(currency=currency, on=on)) from None
    if row is None:
        return rate, "in USD"
    how = row.derivation() if row.derived else (f"{row.from_currency}→{row.to_currency} rate "
                                                 f"of {row.rate_date.isoformat()}")
    return rate, (f"converted from USD at 1 USD = {rate.quantize(Decimal('0.0001'))} "
                  f"{currency} ({how})")


def starter_scenario(name: str, level: CostLevel, currency: str = CATALOGUE_CURRENCY,
                     rate: Decimal | None = None, rate_note: str = "") -> InHouseScenario:
    """A scenario to start from: every catalogue item at the level, the default overheads,
    staff, labour and losses. In another currency than USD the amounts are the USD figures ×
    rate (1 USD = rate units of currency, from usd_rate) rounded to whole units, and rate_note
    says where the rate came from; without a rate only USD is possible."""
    if rate is None:
        if currency.strip().upper() != CATALOGUE_CURRENCY:
            raise DomainError(THE_STARTING_FIGURES_ARE(currency=currency))
        rate, rate_note = Decimal(1), rate_note or "in USD"
    return InHouseScenario(
        name, currency,
        equipment=[item.equipment(level, rate) for item in EQUIPMENT_CATALOGUE],
        overheads=[Overhead(n, convert(cost, rate)) for n, cost in DEFAULT_OVERHEADS],
        staff=[StaffRole(role, convert(salary, rate), 1, hours)
               for role, salary, hours in DEFAULT_STAFF],
        labour=[LabourOperation(op, minutes) for op, minutes in DEFAULT_LABOUR],
        loaded_hourly_rate=convert(DEFAULT_LOADED_HOURLY_RATE, rate),
        consumables_per_piece=(DEFAULT_CONSUMABLES_PER_PIECE * rate).quantize(
            Decimal("0.01"), ROUND_HALF_UP),
        casting_loss_pct=DEFAULT_CASTING_LOSS_PCT, buyer_premium_pct=DEFAULT_BUYER_PREMIUM_PCT,
        stone_breakage_pct=DEFAULT_STONE_BREAKAGE_PCT, error_rate_pct=DEFAULT_ERROR_RATE_PCT,
        notes=(f"Started from the seed's {level.value} equipment figures, {rate_note}. "
               f"Overheads, salaries, labour minutes and losses are typical placeholders: "
               f"replace them with your own."))
