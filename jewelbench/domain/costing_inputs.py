"""What the cost engine is given besides the stored entities: the collection plan, the terms of
landing a supplier's goods, in-house options, the prices of the costing date, and the slider
adjustments — each checked, with a message that names the wrong input.

Figures the workspace does not store yet (duty %, FX risk buffer, inspection …) are inputs
here with documented defaults (docs/costing.md, "Inputs and defaults").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from jewelbench.domain.alloys import STANDARD_ALLOYS, Alloy
from jewelbench.domain.designs import Design
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message, Sentence, grouped
from jewelbench.domain.missing_prices import MissingPrice
from jewelbench.domain.money import MoneyError, check_currency
from jewelbench.domain.prices import FxRate, MetalPrice, PriceNotFound, fx_rate_on, metal_price_on
from jewelbench.domain.quotes import Quote
from jewelbench.domain.units import GRAMS_PER_TROY_OUNCE
from jewelbench.domain.validation import (
    AT_MOST,
    DomainError,
    What,
    check_count,
    check_number,
    check_text,
)

PLAN_HAS_NO_DESIGNS = QT_TRANSLATE_NOOP(
    "costing_inputs", "Plan “{name}” has no designs: add at least one")
PLAN_LISTS_TWICE = QT_TRANSLATE_NOOP("costing_inputs", "Plan “{name}” lists {repeated} twice")
ORDERS_PER_YEAR_MUST = QT_TRANSLATE_NOOP(
    "costing_inputs", "Orders per year must be a whole number, not {orders}")
ORDERS_PER_YEAR_MUST_2 = QT_TRANSLATE_NOOP(
    "costing_inputs", "Orders per year must be at least 1, not {orders}")
ORDERS_PER_YEAR_CANNOT = QT_TRANSLATE_NOOP(
    "costing_inputs", "Orders per year ({orders}) cannot be more than the plan's {volume}"
    " pieces a year: every order needs at least one piece")
ROUTE_HAS_NO_QUOTES = QT_TRANSLATE_NOOP("costing_inputs", "Route “{name}” has no quotes")

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)
BOM_GROUPS = ("stones", "findings", "plating", "packaging")
DEFAULT_FEE_LIFE = 3  # years a design sells, over which its one-time fees are charged
MAX_FEE_LIFE = 50
MAX_VOLUME = 100_000_000  # pieces a year: far beyond any jewelry brand; keeps figures printable


class CostingInputError(DomainError):
    """Inputs the engine cannot cost with; `problems` lists each one, naming it."""

    def __init__(self, problems: Sequence[str],
                 missing: Sequence[MissingPrice] = ()) -> None:
        self.problems = tuple(problems)
        self.missing = tuple(missing)  # the prices and rates among the problems
        joined: str | Message = self.problems[0] if self.problems else ""
        for problem in self.problems[1:]:
            joined = PROBLEMS(problems=_said(joined), problem=_said(problem))
        super().__init__(CANNOT_COMPUTE(problems=_said(joined)))


def _said(text: str | Message) -> str | Message:
    """A Sentence's Message (so it is said in the reader's language), else the text."""
    return text.message if isinstance(text, Sentence) else text


CANNOT_COMPUTE = QT_TRANSLATE_NOOP("costing_inputs", "Cannot compute the costs: {problems}")
PROBLEMS = QT_TRANSLATE_NOOP("costing_inputs", "{problems}; {problem}")
NO_RATE_FOR = QT_TRANSLATE_NOOP(
    "costing_inputs", "no {currency}→{base} FX rate on or before {date} (needed for {what})")
NO_METAL_PRICE_FOR = QT_TRANSLATE_NOOP(
    "costing_inputs", "no {metal} price on or before {date} (needed for {what})")
UNKNOWN_ALLOY = QT_TRANSLATE_NOOP("costing_inputs", "alloy “{code}” of {what} is not known")
FOR_DESIGN = QT_TRANSLATE_NOOP("costing_inputs", "design {code}")
FOR_SCENARIO = QT_TRANSLATE_NOOP("costing_inputs", "scenario “{name}”")
FOR_ROUTE = QT_TRANSLATE_NOOP("costing_inputs", "route “{name}”")
FOR_METAL_PRICE = QT_TRANSLATE_NOOP("costing_inputs", "the {metal} price")
FOR_SELLING_PRICE = QT_TRANSLATE_NOOP("costing_inputs", "a selling price")
GROUP_OF = QT_TRANSLATE_NOOP("costing_inputs", "{group} of {what}")


VOLUME = QT_TRANSLATE_NOOP("fields", "Volume")
FEE_LIFE = QT_TRANSLATE_NOOP("fields", "Life of the one-time fees")
ERROR_RATE = QT_TRANSLATE_NOOP("fields", "Error rate %")
BENCHES = QT_TRANSLATE_NOOP("fields", "Benches")
NOT_WHOLE_PIECES = QT_TRANSLATE_NOOP(
    "costing_inputs", "{what} must be a whole number of pieces, not {value}")
AT_LEAST_A_PIECE = QT_TRANSLATE_NOOP(
    "costing_inputs", "{what} must be at least 1 piece, not {value}")
AT_MOST_PIECES = QT_TRANSLATE_NOOP(
    "costing_inputs", "{what} must be at most {most} pieces, not {value}")
BELOW_PCT = QT_TRANSLATE_NOOP("costing_inputs", "{what} must be below {below} %, not {value}")
NOT_A_BOM_PART = QT_TRANSLATE_NOOP(
    "costing_inputs", "“{part}” is not a part of the bill of materials ({parts})")
NOT_WHOLE_YEARS = QT_TRANSLATE_NOOP(
    "costing_inputs", "{what} must be a whole number of years, not {value}")
AT_LEAST_A_YEAR = QT_TRANSLATE_NOOP(
    "costing_inputs", "{what} must be at least 1 year (the fee is charged over the years the "
    "design sells), not {value}")
AT_MOST_YEARS = QT_TRANSLATE_NOOP(
    "costing_inputs", "{what} must be at most {most} years, not {value}")
CAPITAL_NEGATIVE = QT_TRANSLATE_NOOP(
    "costing_inputs", "Cost of capital % cannot be negative, not {value}: money tied up in "
    "equipment is never free")
NO_BENCH_HOURS = QT_TRANSLATE_NOOP(
    "costing_inputs", "Hours one bench gives a year must be above 0, not {value}: a bench that "
    "gives no hours makes nothing")
BASE_CURRENCY = QT_TRANSLATE_NOOP("costing_inputs", "Base currency: {reason}")
ABOVE_MINUS_HUNDRED = QT_TRANSLATE_NOOP(
    "costing_inputs", "{what} must be above -100 %, not {value}")


def check_volume(volume: object, what: What = VOLUME) -> int:
    if isinstance(volume, bool) or not isinstance(volume, int):
        raise DomainError(NOT_WHOLE_PIECES(what=what, value=repr(volume)))
    if volume < 1:
        raise DomainError(AT_LEAST_A_PIECE(what=what, value=volume))
    if volume > MAX_VOLUME:
        raise DomainError(AT_MOST_PIECES(what=what, most=grouped(MAX_VOLUME),
                                         value=grouped(volume)))
    return volume


def _pct(value: object, what: What, *, below: Decimal | None = None,
         maximum: Decimal = HUNDRED, minimum: Decimal = ZERO) -> Decimal:
    number = check_number(value, what, minimum=minimum,
                          maximum=None if below is not None else maximum)
    if below is not None and number >= below:
        raise DomainError(BELOW_PCT(what=what, below=below, value=number))
    return number


# --- the plan ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedDesign:
    """One design of a plan and the pieces a year planned for it."""

    design: Design
    volume: int

    def __post_init__(self) -> None:
        check_volume(self.volume, f"Planned volume of {self.design.code}")


@dataclass(frozen=True)
class CollectionPlan:
    """Designs × planned volumes. A single design is a plan of one line.

    Costs at a total volume n keep the plan's mix in whole pieces: design d gets n × its
    volume ÷ the plan's total, rounded by largest remainder (costing_pieces.whole_pieces). The
    year's pieces of each design are bought in `orders_per_year` orders; MOQ, tiers and
    minimum order value apply to each order (docs/costing.md, "Collections")."""

    name: str
    lines: tuple[PlannedDesign, ...]
    orders_per_year: int = 1

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", check_text(self.name, QT_TRANSLATE_NOOP(
            "fields", "Plan name"), required=True))
        object.__setattr__(self, "lines", tuple(self.lines))
        if not self.lines:
            raise DomainError(PLAN_HAS_NO_DESIGNS(name=self.name))
        codes = [line.design.code for line in self.lines]
        repeated = sorted({c for c in codes if codes.count(c) > 1})
        if repeated:
            raise DomainError(PLAN_LISTS_TWICE(name=self.name, repeated=repeated[0]))
        check_orders(self.orders_per_year, self.total_volume)

    @classmethod
    def of_design(cls, design: Design, volume: int) -> CollectionPlan:
        """A design compared alone: one order a year (docs/costing.md, "Collections")."""
        return cls(design.code, (PlannedDesign(design, volume),))

    def pieces_at(self, n: int) -> tuple[int, ...]:
        """Whole pieces of each design (plan order) at a total of n: largest remainder."""
        from jewelbench.domain.costing_pieces import whole_pieces

        return whole_pieces([line.volume for line in self.lines], n)

    @property
    def total_volume(self) -> int:
        return sum(line.volume for line in self.lines)


def check_orders(orders: object, volume: int | None = None) -> int:
    """Orders a year of a plan: a whole number from 1 to the plan's pieces a year (an order
    needs at least one piece)."""
    if isinstance(orders, bool) or not isinstance(orders, int):
        raise DomainError(ORDERS_PER_YEAR_MUST(orders=repr(orders)))
    if orders < 1:
        raise DomainError(ORDERS_PER_YEAR_MUST_2(orders=orders))
    if volume is not None and orders > volume:
        raise DomainError(ORDERS_PER_YEAR_CANNOT(orders=grouped(orders), volume=grouped(volume)))
    return orders


# --- landing a supplier's goods ----------------------------------------------------------


class CustomsBasis(StrEnum):
    """What import duty is charged on: the goods at the border (CIF: EU, UK and most
    countries) or the goods as they left the supplier (FOB: US, Canada, Australia)."""

    CIF = "cif"
    FOB = "fob"


@dataclass(frozen=True)
class LandedCostTerms:
    """The costs of bringing one supplier's goods home that a quote does not state.

    Amounts are in the base currency (they are paid by the brand: forwarder, insurer,
    inspection agency); percentages are 0–100."""

    duty_pct: Decimal = ZERO
    # The basis the customs value is taken on: the user's choice for the supplier, else the
    # importing country's (domain.customs); `basis_source` says which, in words.
    customs_basis: CustomsBasis = CustomsBasis.CIF
    insurance_pct: Decimal = ZERO  # of goods + freight to the border; EXW and FOB quotes only
    # Freight the brand pays its own forwarder: international (to the border of the importing
    # country: in a CIF customs value) and inland (after arrival, invoiced apart: never
    # dutiable, EU UCC Art. 72(a)).
    freight_per_shipment: Decimal = ZERO
    freight_per_piece: Decimal = ZERO
    inspection_per_shipment: Decimal = ZERO
    inspection_per_piece: Decimal = ZERO
    fx_buffer_pct: Decimal = ZERO  # on amounts invoiced in a currency other than the base
    defect_allowance_pct: Decimal = ZERO  # pieces received that cannot be sold
    shipments_per_year: int = 1
    # One-time fees are charged over the design's (or plan's) life: fee ÷ life a year.
    fee_life_years: int = DEFAULT_FEE_LIFE
    supplier_metal_loss_pct: Decimal = ZERO  # metal loss a making-charge supplier invoices
    brand_supplied: frozenset[str] = frozenset({"packaging"})  # BOM groups the brand buys
    inland_freight_per_shipment: Decimal = ZERO
    inland_freight_per_piece: Decimal = ZERO
    # Import VAT of the importing country (% of customs value + duty + inland freight, + freight
    # and insurance to the border on a FOB basis):
    # reclaimed by a VAT-registered brand (cash only), a cost otherwise.
    import_vat_pct: Decimal = ZERO
    vat_registered: bool = True
    # Assists (one-time fees for moulds, tooling, CAD; the stones, findings and plating the
    # brand supplies) in the customs value, apportioned over the fee's life: the law's rule
    # (WTO CVA Art. 8.1(b)). False only when they are declared apart, e.g. the whole value
    # with the first shipment.
    assists_in_customs_value: bool = True
    basis_source: str = ""  # "your choice for this supplier", "Norway's rule" …
    basis_from_country: bool = False  # the basis follows the importing country (storage)

    def __post_init__(self) -> None:
        def put(name: str, value: object) -> None:
            object.__setattr__(self, name, value)

        put("duty_pct", _pct(self.duty_pct, QT_TRANSLATE_NOOP("fields", "Import duty %"),
                             maximum=Decimal(1000)))
        put("customs_basis", CustomsBasis(self.customs_basis))
        put("insurance_pct", _pct(self.insurance_pct, QT_TRANSLATE_NOOP("fields", "Insurance %")))
        for name, what in (
                ("freight_per_shipment",
                 QT_TRANSLATE_NOOP("fields", "International freight per shipment")),
                ("freight_per_piece",
                 QT_TRANSLATE_NOOP("fields", "International freight per piece")),
                ("inland_freight_per_shipment",
                 QT_TRANSLATE_NOOP("fields", "Inland freight per shipment")),
                ("inland_freight_per_piece",
                 QT_TRANSLATE_NOOP("fields", "Inland freight per piece")),
                ("inspection_per_shipment", QT_TRANSLATE_NOOP("fields", "Inspection per shipment")),
                ("inspection_per_piece", QT_TRANSLATE_NOOP("fields", "Inspection per piece"))):
            put(name, check_number(getattr(self, name), what))
        put("fx_buffer_pct", _pct(self.fx_buffer_pct,
                                  QT_TRANSLATE_NOOP("fields", "FX risk buffer %")))
        put("defect_allowance_pct", _pct(self.defect_allowance_pct,
                                         QT_TRANSLATE_NOOP("fields", "Defect allowance %"),
                                         below=HUNDRED))
        put("supplier_metal_loss_pct", _pct(self.supplier_metal_loss_pct,
                                            QT_TRANSLATE_NOOP("fields", "Supplier's metal loss %")))
        check_count(self.shipments_per_year, QT_TRANSLATE_NOOP("fields", "Shipments per year"),
                    minimum=1)
        check_fee_life(self.fee_life_years)
        put("import_vat_pct", _pct(self.import_vat_pct,
                                   QT_TRANSLATE_NOOP("fields", "Import VAT %")))
        put("vat_registered", bool(self.vat_registered))
        put("assists_in_customs_value", bool(self.assists_in_customs_value))
        put("basis_source", str(self.basis_source))
        put("basis_from_country", bool(self.basis_from_country))
        groups = frozenset(self.brand_supplied)
        unknown = sorted(groups - set(BOM_GROUPS))
        if unknown:
            raise DomainError(NOT_A_BOM_PART(part=unknown[0], parts=", ".join(BOM_GROUPS)))
        put("brand_supplied", groups)


def check_fee_life(value: object, what: What = FEE_LIFE) -> int:
    """Years a design (or plan) sells, over which its one-time fees are charged: 1 to 50."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(NOT_WHOLE_YEARS(what=what, value=repr(value)))
    if value < 1:
        raise DomainError(AT_LEAST_A_YEAR(what=what, value=value))
    if value > MAX_FEE_LIFE:
        raise DomainError(AT_MOST_YEARS(what=what, most=MAX_FEE_LIFE, value=value))
    return value


@dataclass(frozen=True)
class OutsourcedRoute:
    """Having the plan made by one supplier: its quote for each design of the plan, by code.

    A route's quotes share one currency and one incoterm (one supplier's offer); the goods of
    all its designs travel together, so per-shipment costs are paid once per shipment."""

    name: str
    quotes: Mapping[str, Quote]
    terms: LandedCostTerms = field(default_factory=LandedCostTerms)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", check_text(self.name, QT_TRANSLATE_NOOP(
            "fields", "Route name"), required=True))
        object.__setattr__(self, "quotes", dict(self.quotes))
        if not self.quotes:
            raise DomainError(ROUTE_HAS_NO_QUOTES(name=self.name))

    @classmethod
    def single(cls, name: str, design_code: str, quote: Quote,
               terms: LandedCostTerms | None = None) -> OutsourcedRoute:
        return cls(name, {design_code: quote}, terms or LandedCostTerms())


# --- in-house options --------------------------------------------------------------------


RECOVERABLE_PCT = Decimal(90)
REFINING_PCT = Decimal(5)
CAPITAL_RATE_PCT = Decimal(8)
BENCH_HOURS_YEAR = Decimal(1600)
HOURS_IN_A_YEAR = Decimal(8784)  # 366 × 24: more from one bench is a typo
MAX_BENCHES = 10_000


def check_cost_of_capital(value: object) -> Decimal:
    number = check_number(value, QT_TRANSLATE_NOOP(
        "fields", "Cost of capital %"), minimum=None, maximum=HUNDRED)
    if number < 0:
        raise DomainError(CAPITAL_NEGATIVE(value=number))
    return number


def check_bench_hours(value: object) -> Decimal:
    number = check_number(value, QT_TRANSLATE_NOOP(
        "fields", "Hours one bench gives a year"), minimum=None,
                          maximum=HOURS_IN_A_YEAR)
    if number <= 0:
        raise DomainError(NO_BENCH_HOURS(value=number))
    return number


class CapexView(StrEnum):
    """How equipment enters the yearly cost: straight-line depreciation, or all of it up
    front in the year it is bought (the cash view). The 36-month cash flow always pays it
    up front."""

    DEPRECIATION = "depreciation"
    UP_FRONT = "up_front"


@dataclass(frozen=True)
class InHouseTerms:
    capex_view: CapexView = CapexView.DEPRECIATION
    # True: the bench minutes are paid by the salaried staff, so they are not paid again at
    # the loaded hourly rate (they still use capacity). False (DESIGN.md): both are costs.
    labour_in_salaries: bool = False
    # The staff role added, one person at a time, when the bench hours exceed capacity;
    # None: the role whose hour of capacity is cheapest (salary ÷ hours per month).
    capacity_step_role: str | None = None
    # Remakes with recovered metal (docs/costing.md, "Recovered metal"): the share of the
    # casting loss and of a failed piece's metal and stones that comes back, and what the
    # refiner keeps, % of the recovered metal's value at the day's fine price.
    recoverable_pct: Decimal = RECOVERABLE_PCT
    refining_pct: Decimal = REFINING_PCT
    # FX risk buffer on in-house inputs priced in a foreign currency (metal priced in USD, BOM
    # lines bought abroad, a scenario kept in another currency); 0 like a route's default.
    fx_buffer_pct: Decimal = ZERO
    # Cost of capital, % a year: the capital charge on equipment in the yearly view and the
    # discount rate of the cash view's present values.
    capital_rate_pct: Decimal = CAPITAL_RATE_PCT
    # The bench hours one bench gives a year, and how many benches (0: one for each person on
    # the staff, people added for capacity included, at least one).
    bench_hours_year: Decimal = BENCH_HOURS_YEAR
    benches: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "capex_view", CapexView(self.capex_view))
        for name, what in (
                ("recoverable_pct", QT_TRANSLATE_NOOP("fields", "Recoverable share %")),
                ("refining_pct", QT_TRANSLATE_NOOP("fields", "Refining charge %")),
                ("fx_buffer_pct", QT_TRANSLATE_NOOP("fields", "In-house FX risk buffer %"))):
            object.__setattr__(self, name, _pct(getattr(self, name), what))
        object.__setattr__(self, "capital_rate_pct", check_cost_of_capital(
            self.capital_rate_pct))
        object.__setattr__(self, "bench_hours_year", check_bench_hours(self.bench_hours_year))
        check_count(self.benches, BENCHES, minimum=0)
        if self.benches > MAX_BENCHES:
            raise DomainError(AT_MOST(what=BENCHES, most=grouped(MAX_BENCHES),
                                      value=grouped(self.benches)))


# --- the prices of the costing date ------------------------------------------------------


@dataclass(frozen=True)
class PriceContext:
    """The costing date, the base currency and the dated tables every cost is priced from:
    the newest metal price and FX rate on or before the date."""

    on: dt.date
    base_currency: str
    metal_prices: tuple[MetalPrice, ...] = ()
    fx_rates: tuple[FxRate, ...] = ()
    alloys: Mapping[str, Alloy] = field(
        default_factory=lambda: {alloy.code: alloy for alloy in STANDARD_ALLOYS})

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "base_currency", check_currency(self.base_currency))
        except MoneyError as error:
            raise DomainError(BASE_CURRENCY(reason=str(error))) from None
        object.__setattr__(self, "metal_prices", tuple(self.metal_prices))
        object.__setattr__(self, "fx_rates", tuple(self.fx_rates))


@dataclass(frozen=True)
class Adjustments:
    """The comparison view's controls: what-if changes applied on top of the dated prices.

    metal_price_pct: +10 = every metal price 10 % higher. fx_pct: +10 = every foreign currency
    10 % dearer in the base currency. error_rate_pct: the in-house remake rate (None: the
    scenario's own)."""

    metal_price_pct: Decimal = ZERO
    fx_pct: Decimal = ZERO
    error_rate_pct: Decimal | None = None

    def __post_init__(self) -> None:
        for name, what in (("metal_price_pct", QT_TRANSLATE_NOOP("fields", "Metal price change %")),
                           ("fx_pct", QT_TRANSLATE_NOOP("fields", "FX change %"))):
            value = check_number(getattr(self, name), what, minimum=None, maximum=Decimal(1000))
            if value <= -HUNDRED:
                raise DomainError(ABOVE_MINUS_HUNDRED(what=what, value=value))
            object.__setattr__(self, name, value)
        if self.error_rate_pct is not None:
            object.__setattr__(self, "error_rate_pct",
                               check_error_rate(self.error_rate_pct, ERROR_RATE))

    @property
    def metal_factor(self) -> Decimal:
        return ONE + self.metal_price_pct / HUNDRED

    @property
    def fx_factor(self) -> Decimal:
        return ONE + self.fx_pct / HUNDRED


def check_error_rate(value: object, what: What = ERROR_RATE) -> Decimal:
    return _pct(value, what, below=HUNDRED)


class PriceBook:
    """Looks up and caches the prices of one costing date; what is missing is collected in
    `problems` (each naming the price and what needed it), to be raised together."""

    def __init__(self, context: PriceContext) -> None:
        self.context = context
        self.base = context.base_currency
        self.problems: list[str] = []
        self.missing: list[MissingPrice] = []  # the prices and rates among the problems
        self._rates: dict[str, tuple[Decimal, FxRate | None] | None] = {}
        self._metals: dict[str, tuple[Decimal, str, MetalPrice] | None] = {}

    def problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)

    def rate(self, currency: str, needed_for: What) -> Decimal:
        """Base-currency units for 1 unit of `currency`; ONE (and a problem) when missing."""
        found = self.rate_row(currency, needed_for)
        return found[0] if found else ONE

    def rate_row(self, currency: str, needed_for: What) -> tuple[Decimal, FxRate | None] | None:
        if currency not in self._rates:
            try:
                self._rates[currency] = fx_rate_on(self.context.fx_rates, currency, self.base,
                                                   self.context.on)
            except PriceNotFound:
                self._rates[currency] = None
        found = self._rates[currency]
        if found is None:
            gap = MissingPrice(self.context.on, currency=currency, to_currency=self.base)
            if gap not in self.missing:
                self.missing.append(gap)
            self.problem(NO_RATE_FOR(currency=currency, base=self.base, date=self.context.on,
                                     what=needed_for).sentence())
        return found

    def fine_price(self, metal: str, needed_for: What) -> tuple[Decimal, str, MetalPrice] | None:
        """Price per gram of fine metal in the price's own currency, that currency, the row."""
        if metal not in self._metals:
            try:
                row = metal_price_on(self.context.metal_prices, metal, self.context.on)
                self._metals[metal] = (row.price_per_troy_oz.amount / GRAMS_PER_TROY_OUNCE,
                                       row.price_per_troy_oz.currency, row)
            except PriceNotFound:
                self._metals[metal] = None
        found = self._metals[metal]
        if found is None:
            gap = MissingPrice(self.context.on, metal=metal)
            if gap not in self.missing:
                self.missing.append(gap)
            self.problem(NO_METAL_PRICE_FOR(metal=metal, date=self.context.on,
                                            what=needed_for).sentence())
        return found

    def alloy(self, code: str, needed_for: What) -> Alloy | None:
        alloy = self.context.alloys.get(code)
        if alloy is None:
            self.problem(UNKNOWN_ALLOY(code=code, what=needed_for).sentence())
        return alloy


# --- a design's bill of materials, priced --------------------------------------------------


@dataclass(frozen=True)
class Split:
    """An amount in the base currency at the dated rates, split by where it is priced: `home`
    in the base currency, `foreign` in another (it moves with the FX control)."""

    home: Decimal = ZERO
    foreign: Decimal = ZERO

    def __add__(self, other: Split) -> Split:
        return Split(self.home + other.home, self.foreign + other.foreign)

    def scaled(self, factor: Decimal) -> Split:
        return Split(self.home * factor, self.foreign * factor)

    @property
    def total(self) -> Decimal:
        return self.home + self.foreign


@dataclass(frozen=True)
class PricedBom:
    """One piece of a design at the costing date, base currency, before any route's losses."""

    code: str
    fine_grams: dict[str, Decimal]  # grams of fine metal by metal
    fine_metal: Split  # Σ fine grams × fine price per gram (× rate)
    groups: dict[str, Split]  # stones, findings, plating, packaging
    notes: tuple[str, ...]  # how each part was priced, for explanations


def price_bom(design: Design, book: PriceBook) -> PricedBom:
    """Price one piece of a design's BOM on the costing date (materials.material_cost's rule:
    fine metal × the newest fine price; each line converted at the newest rate), keeping home
    and foreign amounts apart and recording what is missing in the book."""
    who = FOR_DESIGN(code=design.code)
    fine: dict[str, Decimal] = {}
    for line in design.metals:
        alloy = book.alloy(line.alloy_code, who)
        if alloy is not None and alloy.fineness:
            fine[alloy.metal] = fine.get(alloy.metal, ZERO) + (
                line.finished_weight_g * Decimal(alloy.fineness) / Decimal(1000))
    notes: list[str] = []
    metal = Split()
    for name, grams in fine.items():
        per_gram = metal_per_gram(name, book, who)
        found = book.fine_price(name, who)
        if per_gram is not None and found is not None:
            metal = metal + per_gram.scaled(grams)
            own, currency, row = found
            notes.append(f"{name}: {grams.normalize():f} g fine × {own:.4f} {currency}/g "
                         f"(price of {row.price_date.isoformat()})")
    groups: dict[str, Split] = {}
    lines_by_group = (("stones", [(s.unit_cost, s.quantity) for s in design.stones]),
                      ("findings", [(f.unit_cost, f.quantity) for f in design.findings]),
                      ("plating", [(p.unit_cost, 1) for p in design.platings]),
                      ("packaging", [(p.unit_cost, p.quantity) for p in design.packaging]))
    for group, lines in lines_by_group:
        total = Split()
        for unit_cost, quantity in lines:
            amount = unit_cost.amount * quantity
            if unit_cost.currency == book.base:
                total = total + Split(home=amount)
            else:
                total = total + Split(foreign=amount * book.rate(
                    unit_cost.currency, GROUP_OF(group=group, what=who)))
        groups[group] = total
    return PricedBom(design.code, fine, metal, groups, tuple(notes))


def metal_per_gram(metal: str, book: PriceBook, needed_for: What) -> Split | None:
    """Base-currency price of one gram of fine metal at the costing date."""
    found = book.fine_price(metal, needed_for)
    if found is None:
        return None
    per_gram, currency, _row = found
    if currency == book.base:
        return Split(home=per_gram)
    return Split(foreign=per_gram * book.rate(currency, FOR_METAL_PRICE(metal=metal)))
