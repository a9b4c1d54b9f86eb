"""The entities of a jewelry production file (DESIGN.md, "The domain").

Plain dataclasses: storage turns them into rows, the UI into widgets. Each checks its own
invariants in __post_init__ and raises DomainError with a message a user can act on.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum, StrEnum

from jewelbench.domain.money import Money, MoneyError, check_currency, to_decimal


class DomainError(ValueError):
    """A value the domain refuses, with a message meant for the user."""


class Category(StrEnum):
    RING = "ring"
    PENDANT = "pendant"
    EARRINGS = "earrings"
    BRACELET = "bracelet"
    NECKLACE = "necklace"
    BROOCH = "brooch"
    OTHER = "other"


class LifecycleStatus(StrEnum):
    IDEA = "idea"
    DEVELOPMENT = "development"
    SAMPLING = "sampling"
    APPROVED = "approved"
    PRODUCTION = "production"
    RETIRED = "retired"


class StoneOrigin(StrEnum):
    NATURAL = "natural"
    LAB_GROWN = "lab_grown"
    SIMULANT = "simulant"


class Incoterm(StrEnum):
    EXW = "EXW"
    FOB = "FOB"
    CIF = "CIF"
    DDP = "DDP"


class PricingBasis(StrEnum):
    ALL_IN = "all_in"
    MAKING_PLUS_METAL = "making_plus_metal"


class FeeKind(StrEnum):
    CAD = "cad"
    MOULD = "mould"
    TOOLING = "tooling"
    SAMPLE = "sample"


class SampleDecision(StrEnum):
    APPROVED = "approved"
    APPROVED_WITH_CHANGES = "approved_with_changes"
    REJECTED = "rejected"


class QcResult(StrEnum):
    PASS = "pass"
    FAIL = "fail"


class RevisionStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"


class QcStage(int, Enum):
    """The six-stage QC of DESIGN.md."""

    PRE_PRODUCTION = 1
    RAW_CASTING = 2
    PRE_POLISH = 3
    POST_POLISH = 4
    STONE_SETTING = 5
    FINAL_AUDIT = 6


QC_STAGE_CHECKS: dict[QcStage, str] = {
    QcStage.PRE_PRODUCTION: "3D model structural integrity and castability",
    QcStage.RAW_CASTING: "Missing detail, porosity",
    QcStage.PRE_POLISH: "Assembly, solder joints",
    QcStage.POST_POLISH: "Scratches, compound residue, lustre",
    QcStage.STONE_SETTING: "Stone security, alignment",
    QcStage.FINAL_AUDIT: "Weight, dimensions, function (clasp), appearance",
}

DUE_DILIGENCE_ITEMS: tuple[str, ...] = (
    "references_checked",
    "sample_portfolio_seen",
    "factory_visited",
    "certifications_verified",
    "track_record_similar_brands",
)

CAPABILITIES: tuple[str, ...] = (
    "3d_printing", "casting", "stone_setting", "laser_welding", "plating", "engraving",
    "enamelling", "chain_making", "electroforming", "cad_design",
)

# The fine metals a workspace keeps dated prices for (base metal has no market price here).
PRICED_METALS: tuple[str, ...] = ("silver", "gold", "platinum", "palladium")

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")


def _text(value: str, what: str, *, required: bool = False, max_len: int = 200) -> str:
    text = (value or "").strip()
    if required and not text:
        raise DomainError(f"{what} is required")
    if len(text) > max_len:
        raise DomainError(f"{what} is longer than {max_len} characters")
    return text


def _number(value: object, what: str, *, minimum: Decimal | None = Decimal(0),
            allow_equal: bool = True, maximum: Decimal | None = None) -> Decimal:
    try:
        number = to_decimal(value, what)
    except MoneyError as error:
        raise DomainError(str(error)) from None
    if minimum is not None and (number < minimum or (not allow_equal and number == minimum)):
        bound = "above" if not allow_equal else "at least"
        raise DomainError(f"{what} must be {bound} {minimum}, not {number}")
    if maximum is not None and number > maximum:
        raise DomainError(f"{what} must be at most {maximum}, not {number}")
    return number


def _count(value: int, what: str, *, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(f"{what} must be a whole number")
    if value < minimum:
        raise DomainError(f"{what} must be at least {minimum}, not {value}")
    return value


def _percent(value: object, what: str) -> Decimal:
    return _number(value, what, minimum=Decimal(0), maximum=Decimal(100))


def _money(value: Money, what: str, *, allow_negative: bool = False) -> Money:
    if not isinstance(value, Money):
        raise DomainError(f"{what} must be an amount with a currency")
    if not allow_negative and value.amount < 0:
        raise DomainError(f"{what} cannot be negative")
    return value


# --- designs and bill of materials -------------------------------------------------------


@dataclass
class MetalLine:
    alloy_code: str
    finished_weight_g: Decimal
    notes: str = ""

    def __post_init__(self) -> None:
        self.alloy_code = _text(self.alloy_code, "Alloy", required=True, max_len=20)
        self.finished_weight_g = _number(self.finished_weight_g, "Finished weight (g)",
                                         allow_equal=False, maximum=Decimal(100000))


@dataclass
class StoneLine:
    stone_type: str
    shape: str
    quantity: int
    unit_cost: Money
    size_mm: Decimal | None = None
    carat: Decimal | None = None
    origin: StoneOrigin = StoneOrigin.NATURAL
    setting_style: str = ""
    colour: str = ""
    clarity: str = ""

    def __post_init__(self) -> None:
        self.stone_type = _text(self.stone_type, "Stone type", required=True)
        self.shape = _text(self.shape, "Stone shape")
        self.quantity = _count(self.quantity, "Stone quantity", minimum=1)
        self.unit_cost = _money(self.unit_cost, "Stone unit cost")
        if self.size_mm is not None:
            self.size_mm = _number(self.size_mm, "Stone size (mm)", allow_equal=False,
                                   maximum=Decimal(200))
        if self.carat is not None:
            self.carat = _number(self.carat, "Stone weight (ct)", allow_equal=False,
                                 maximum=Decimal(5000))
        self.origin = StoneOrigin(self.origin)


@dataclass
class FindingLine:
    kind: str  # clasp, jump ring, chain, ear post, …
    description: str
    quantity: int
    unit_cost: Money
    length_mm: Decimal | None = None  # chains are sold by length

    def __post_init__(self) -> None:
        self.kind = _text(self.kind, "Finding", required=True)
        self.quantity = _count(self.quantity, "Finding quantity", minimum=1)
        self.unit_cost = _money(self.unit_cost, "Finding unit cost")
        if self.length_mm is not None:
            self.length_mm = _number(self.length_mm, "Chain length (mm)", allow_equal=False)


@dataclass
class PlatingLine:
    plating_type: str  # gold, rhodium, ruthenium, silver …
    colour: str
    thickness_um: Decimal
    unit_cost: Money
    area_cm2: Decimal | None = None
    guaranteed: bool = False  # guaranteed minimum thickness, not "commercial" flash

    def __post_init__(self) -> None:
        self.plating_type = _text(self.plating_type, "Plating", required=True)
        self.thickness_um = _number(self.thickness_um, "Plating thickness (µm)",
                                    maximum=Decimal(100))
        self.unit_cost = _money(self.unit_cost, "Plating cost per piece")
        if self.area_cm2 is not None:
            self.area_cm2 = _number(self.area_cm2, "Plated area (cm²)", allow_equal=False)


@dataclass
class PackagingLine:
    description: str
    quantity: int
    unit_cost: Money

    def __post_init__(self) -> None:
        self.description = _text(self.description, "Packaging", required=True)
        self.quantity = _count(self.quantity, "Packaging quantity", minimum=1)
        self.unit_cost = _money(self.unit_cost, "Packaging unit cost")


@dataclass
class DesignImage:
    image: bytes
    thumbnail: bytes
    mime_type: str
    width: int
    height: int
    caption: str = ""
    is_cover: bool = False
    id: int | None = None


@dataclass
class Design:
    code: str
    name: str
    category: Category
    status: LifecycleStatus = LifecycleStatus.IDEA
    collection: str = ""
    description: str = ""
    target_retail_price: Money | None = None
    metals: list[MetalLine] = field(default_factory=list)
    stones: list[StoneLine] = field(default_factory=list)
    findings: list[FindingLine] = field(default_factory=list)
    platings: list[PlatingLine] = field(default_factory=list)
    packaging: list[PackagingLine] = field(default_factory=list)
    images: list[DesignImage] = field(default_factory=list)
    id: int | None = None

    def __post_init__(self) -> None:
        code = (self.code or "").strip()
        if not _CODE.match(code):
            raise DomainError(
                f"Design code '{self.code}' must be 1–32 letters, digits, '-', '_' or '.', "
                "starting with a letter or digit (for example RG-014)")
        self.code = code
        self.name = _text(self.name, "Design name", required=True)
        self.collection = _text(self.collection, "Collection")
        self.description = _text(self.description, "Description", max_len=20000)
        try:
            self.category = Category(self.category)
        except ValueError:
            raise DomainError(f"'{self.category}' is not a design category") from None
        try:
            self.status = LifecycleStatus(self.status)
        except ValueError:
            raise DomainError(f"'{self.status}' is not a lifecycle status") from None
        if self.target_retail_price is not None:
            self.target_retail_price = _money(self.target_retail_price, "Target retail price")

    @property
    def total_metal_weight_g(self) -> Decimal:
        return sum((line.finished_weight_g for line in self.metals), Decimal(0))

    @property
    def stone_count(self) -> int:
        return sum(line.quantity for line in self.stones)


# --- prices ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MetalPrice:
    """Price of the fine (pure) metal on a date, per troy ounce."""

    metal: str
    price_date: dt.date
    price_per_troy_oz: Money
    source: str = ""

    def __post_init__(self) -> None:
        if self.metal not in PRICED_METALS:
            raise DomainError(f"'{self.metal}' is not a metal with a market price "
                              f"({', '.join(PRICED_METALS)})")
        _money(self.price_per_troy_oz, "Metal price")
        if self.price_per_troy_oz.amount <= 0:
            raise DomainError("Metal price must be above zero")


@dataclass(frozen=True)
class FxRate:
    """1 unit of from_currency = rate units of to_currency on rate_date."""

    rate_date: dt.date
    from_currency: str
    to_currency: str
    rate: Decimal

    def __post_init__(self) -> None:
        object.__setattr__(self, "from_currency", check_currency(self.from_currency))
        object.__setattr__(self, "to_currency", check_currency(self.to_currency))
        object.__setattr__(self, "rate", _number(self.rate, "FX rate", allow_equal=False))
        if self.from_currency == self.to_currency:
            raise DomainError("An FX rate needs two different currencies")


# --- tech packs --------------------------------------------------------------------------


def revision_label(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: revision letters as drawings are numbered."""
    if index < 0:
        raise ValueError("revision index must be >= 0")
    label = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        label = chr(ord("A") + remainder) + label
    return label


@dataclass
class TechPackRevision:
    design_id: int
    revision: str
    status: RevisionStatus = RevisionStatus.DRAFT
    content: dict[str, object] = field(default_factory=dict)  # the sections, as JSON-able data
    issued_on: dt.date | None = None
    change_note: str = ""
    id: int | None = None


# --- suppliers ---------------------------------------------------------------------------


@dataclass
class Contact:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""

    def __post_init__(self) -> None:
        self.name = _text(self.name, "Contact name", required=True)
        self.email = _text(self.email, "E-mail")
        if self.email and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", self.email):
            raise DomainError(f"'{self.email}' is not an e-mail address")


@dataclass
class Certification:
    name: str  # RJC, ISO 9001 …
    expires_on: dt.date | None = None
    reference: str = ""

    def __post_init__(self) -> None:
        self.name = _text(self.name, "Certification", required=True)


@dataclass
class DueDiligenceItem:
    item: str
    done: bool = False
    done_on: dt.date | None = None
    notes: str = ""

    def __post_init__(self) -> None:
        if self.item not in DUE_DILIGENCE_ITEMS:
            raise DomainError(f"'{self.item}' is not a due-diligence item")


@dataclass
class Supplier:
    name: str
    country: str  # ISO 3166 alpha-2
    currency: str
    capabilities: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    certifications: list[Certification] = field(default_factory=list)
    due_diligence: list[DueDiligenceItem] = field(default_factory=list)
    notes: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        self.name = _text(self.name, "Supplier name", required=True)
        country = (self.country or "").strip().upper()
        if not re.match(r"^[A-Z]{2}$", country):
            raise DomainError(f"Country '{self.country}' must be a two-letter code (IT, TH, CN …)")
        self.country = country
        try:
            self.currency = check_currency(self.currency)
        except MoneyError as error:
            raise DomainError(str(error)) from None
        unknown = [c for c in self.capabilities if c not in CAPABILITIES]
        if unknown:
            raise DomainError(f"Unknown capability: {', '.join(unknown)}")

    @property
    def due_diligence_done(self) -> int:
        return sum(1 for item in self.due_diligence if item.done)


# --- quotes ------------------------------------------------------------------------------


@dataclass
class QuoteTier:
    min_quantity: int
    unit_price: Decimal

    def __post_init__(self) -> None:
        self.min_quantity = _count(self.min_quantity, "Tier quantity", minimum=1)
        self.unit_price = _number(self.unit_price, "Tier unit price")


@dataclass
class QuoteFee:
    kind: FeeKind
    amount: Decimal
    refundable_on_order: bool = False

    def __post_init__(self) -> None:
        self.kind = FeeKind(self.kind)
        self.amount = _number(self.amount, "Fee")


@dataclass
class Quote:
    supplier_id: int
    design_id: int
    currency: str
    quoted_on: dt.date
    tiers: list[QuoteTier]
    valid_until: dt.date | None = None
    tech_pack_revision_id: int | None = None
    reference: str = ""
    moq: int = 1
    min_order_value: Decimal = Decimal(0)
    pricing_basis: PricingBasis = PricingBasis.ALL_IN
    metal_price_basis_per_g: Decimal | None = None  # fine-metal price the making charge assumes
    fees: list[QuoteFee] = field(default_factory=list)
    sample_lead_time_days: int | None = None
    production_lead_time_days: int | None = None
    deposit_pct: Decimal = Decimal(0)
    incoterm: Incoterm = Incoterm.FOB
    freight_per_shipment: Decimal = Decimal(0)
    freight_per_piece: Decimal = Decimal(0)
    notes: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        try:
            self.currency = check_currency(self.currency)
        except MoneyError as error:
            raise DomainError(str(error)) from None
        if not self.tiers:
            raise DomainError("A quote needs at least one price tier (minimum quantity → price)")
        quantities = [tier.min_quantity for tier in self.tiers]
        if len(set(quantities)) != len(quantities):
            raise DomainError("Two price tiers have the same minimum quantity")
        if quantities != sorted(quantities):
            raise DomainError("Price tiers must be in order of rising minimum quantity")
        self.moq = _count(self.moq, "MOQ", minimum=1)
        if self.moq > quantities[-1]:
            raise DomainError(f"The MOQ ({self.moq}) is above every price tier")
        if self.valid_until is not None and self.valid_until < self.quoted_on:
            raise DomainError("The quote's validity ends before its date")
        self.min_order_value = _number(self.min_order_value, "Minimum order value")
        self.deposit_pct = _percent(self.deposit_pct, "Deposit %")
        self.freight_per_shipment = _number(self.freight_per_shipment, "Freight per shipment")
        self.freight_per_piece = _number(self.freight_per_piece, "Freight per piece")
        self.pricing_basis = PricingBasis(self.pricing_basis)
        self.incoterm = Incoterm(self.incoterm)
        if self.pricing_basis is PricingBasis.MAKING_PLUS_METAL:
            if self.metal_price_basis_per_g is None:
                raise DomainError("A making-charge quote must state the metal price it assumes")
            self.metal_price_basis_per_g = _number(self.metal_price_basis_per_g,
                                                   "Metal price basis", allow_equal=False)
        for days, what in ((self.sample_lead_time_days, "Sample lead time"),
                           (self.production_lead_time_days, "Production lead time")):
            if days is not None:
                _count(days, what)

    def is_expired(self, on: dt.date) -> bool:
        return self.valid_until is not None and on > self.valid_until

    def tier_for(self, quantity: int) -> QuoteTier:
        """The tier a quantity reaches; below the MOQ you pay as for the MOQ."""
        billed = max(quantity, self.moq)
        reached = [tier for tier in self.tiers if tier.min_quantity <= billed]
        return reached[-1] if reached else self.tiers[0]

    def unit_price(self, quantity: int) -> Money:
        return Money(self.tier_for(quantity).unit_price, self.currency)


# --- samples -----------------------------------------------------------------------------


@dataclass
class QcCheck:
    stage: QcStage
    result: QcResult | None = None
    notes: str = ""

    def __post_init__(self) -> None:
        self.stage = QcStage(self.stage)
        if self.result is not None:
            self.result = QcResult(self.result)


@dataclass
class Measurement:
    dimension: str
    nominal: Decimal
    tolerance: Decimal
    measured: Decimal
    unit: str = "mm"

    def __post_init__(self) -> None:
        self.dimension = _text(self.dimension, "Dimension", required=True)
        self.nominal = _number(self.nominal, f"{self.dimension} nominal", minimum=None)
        self.tolerance = _number(self.tolerance, "Tolerance")
        self.measured = _number(self.measured, f"{self.dimension} measured", minimum=None)

    @property
    def in_tolerance(self) -> bool:
        return abs(self.measured - self.nominal) <= self.tolerance


@dataclass
class SamplePhoto:
    image: bytes
    thumbnail: bytes
    mime_type: str
    caption: str = ""
    is_golden: bool = False
    id: int | None = None


@dataclass
class SampleRound:
    design_id: int
    supplier_id: int
    round_number: int
    requested_on: dt.date
    tech_pack_revision_id: int | None = None
    received_on: dt.date | None = None
    measured_weight_g: Decimal | None = None
    measurements: list[Measurement] = field(default_factory=list)
    qc_checks: list[QcCheck] = field(default_factory=list)
    photos: list[SamplePhoto] = field(default_factory=list)
    dfm_feedback: str = ""
    decision: SampleDecision | None = None
    decided_on: dt.date | None = None
    notes: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        self.round_number = _count(self.round_number, "Round number", minimum=1)
        if self.received_on is not None and self.received_on < self.requested_on:
            raise DomainError("A sample cannot be received before it was requested")
        if self.decision is not None:
            self.decision = SampleDecision(self.decision)
        if self.measured_weight_g is not None:
            self.measured_weight_g = _number(self.measured_weight_g, "Measured weight (g)")

    @property
    def state(self) -> str:
        if self.decision is not None:
            return self.decision.value
        return "received" if self.received_on else "requested"


# --- in-house scenario -------------------------------------------------------------------


@dataclass
class Equipment:
    name: str
    cost: Decimal
    useful_life_years: int
    salvage_value: Decimal = Decimal(0)

    def __post_init__(self) -> None:
        self.name = _text(self.name, "Equipment", required=True)
        self.cost = _number(self.cost, "Equipment cost")
        self.useful_life_years = _count(self.useful_life_years, "Useful life (years)", minimum=1)
        self.salvage_value = _number(self.salvage_value, "Salvage value")
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
        self.name = _text(self.name, "Overhead", required=True)
        self.monthly_cost = _number(self.monthly_cost, "Monthly cost")


@dataclass
class StaffRole:
    role: str
    monthly_salary: Decimal
    headcount: int = 1
    hours_per_month: Decimal = Decimal(160)

    def __post_init__(self) -> None:
        self.role = _text(self.role, "Role", required=True)
        self.monthly_salary = _number(self.monthly_salary, "Monthly salary")
        self.headcount = _count(self.headcount, "Headcount")
        self.hours_per_month = _number(self.hours_per_month, "Hours per month",
                                       allow_equal=False, maximum=Decimal(744))


@dataclass
class LabourOperation:
    operation: str
    minutes_per_piece: Decimal
    design_code: str | None = None  # None: applies to every design without its own figure

    def __post_init__(self) -> None:
        self.operation = _text(self.operation, "Operation", required=True)
        self.minutes_per_piece = _number(self.minutes_per_piece, "Minutes per piece")


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
        self.name = _text(self.name, "Scenario name", required=True)
        try:
            self.currency = check_currency(self.currency)
        except MoneyError as error:
            raise DomainError(str(error)) from None
        self.loaded_hourly_rate = _number(self.loaded_hourly_rate, "Loaded hourly rate")
        self.casting_loss_pct = _percent(self.casting_loss_pct, "Casting loss %")
        self.buyer_premium_pct = _percent(self.buyer_premium_pct, "Buyer premium %")
        self.stone_breakage_pct = _percent(self.stone_breakage_pct, "Stone breakage %")
        self.error_rate_pct = _number(self.error_rate_pct, "Error rate %", maximum=Decimal(99))
        self.consumables_per_piece = _number(self.consumables_per_piece, "Consumables per piece")

    @property
    def capex(self) -> Money:
        return Money(sum((e.cost for e in self.equipment), Decimal(0)), self.currency)

    @property
    def monthly_fixed_cost(self) -> Money:
        overheads = sum((o.monthly_cost for o in self.overheads), Decimal(0))
        salaries = sum((s.monthly_salary * s.headcount for s in self.staff), Decimal(0))
        return Money(overheads + salaries, self.currency)
