"""Designs and their bill of materials (DESIGN.md, "Design", "Bill of materials")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from jewelbench.domain.messages import QT_TRANSLATE_NOOP
from jewelbench.domain.money import Money
from jewelbench.domain.validation import (
    DomainError,
    check_count,
    check_money,
    check_number,
    check_text,
)

DESIGN_CODE_MUST_BE = QT_TRANSLATE_NOOP(
    "designs", "Design code '{code}' must be 1–32 letters, digits, '-', '_' or '.', "
    "starting with a letter or digit (for example RG-014)")
IS_NOT_A_DESIGN = QT_TRANSLATE_NOOP("designs", "'{category}' is not a design category")
IS_NOT_A_LIFECYCLE = QT_TRANSLATE_NOOP("designs", "'{status}' is not a lifecycle status")


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


_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")


@dataclass
class MetalLine:
    alloy_code: str
    finished_weight_g: Decimal
    notes: str = ""

    def __post_init__(self) -> None:
        self.alloy_code = check_text(self.alloy_code, QT_TRANSLATE_NOOP(
            "fields", "Alloy"), required=True, max_len=20)
        self.finished_weight_g = check_number(self.finished_weight_g, QT_TRANSLATE_NOOP(
            "fields", "Finished weight (g)"),
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
        self.stone_type = check_text(self.stone_type, QT_TRANSLATE_NOOP(
            "fields", "Stone type"), required=True)
        self.shape = check_text(self.shape, QT_TRANSLATE_NOOP("fields", "Stone shape"))
        self.quantity = check_count(self.quantity, QT_TRANSLATE_NOOP(
            "fields", "Stone quantity"), minimum=1)
        self.unit_cost = check_money(self.unit_cost, QT_TRANSLATE_NOOP("fields", "Stone unit cost"))
        if self.size_mm is not None:
            self.size_mm = check_number(self.size_mm, QT_TRANSLATE_NOOP(
                "fields", "Stone size (mm)"), allow_equal=False,
                                   maximum=Decimal(200))
        if self.carat is not None:
            self.carat = check_number(self.carat, QT_TRANSLATE_NOOP(
                "fields", "Stone weight (ct)"), allow_equal=False,
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
        self.kind = check_text(self.kind, QT_TRANSLATE_NOOP("fields", "Finding"), required=True)
        self.quantity = check_count(self.quantity, QT_TRANSLATE_NOOP(
            "fields", "Finding quantity"), minimum=1)
        self.unit_cost = check_money(self.unit_cost, QT_TRANSLATE_NOOP(
            "fields", "Finding unit cost"))
        if self.length_mm is not None:
            self.length_mm = check_number(self.length_mm, QT_TRANSLATE_NOOP(
                "fields", "Chain length (mm)"), allow_equal=False)


@dataclass
class PlatingLine:
    plating_type: str  # gold, rhodium, ruthenium, silver …
    colour: str
    thickness_um: Decimal
    unit_cost: Money
    area_cm2: Decimal | None = None
    guaranteed: bool = False  # guaranteed minimum thickness, not "commercial" flash

    def __post_init__(self) -> None:
        self.plating_type = check_text(self.plating_type, QT_TRANSLATE_NOOP(
            "fields", "Plating"), required=True)
        self.thickness_um = check_number(self.thickness_um, QT_TRANSLATE_NOOP(
            "fields", "Plating thickness (µm)"),
                                    maximum=Decimal(100))
        self.unit_cost = check_money(self.unit_cost, QT_TRANSLATE_NOOP(
            "fields", "Plating cost per piece"))
        if self.area_cm2 is not None:
            self.area_cm2 = check_number(self.area_cm2, QT_TRANSLATE_NOOP(
                "fields", "Plated area (cm²)"), allow_equal=False)


@dataclass
class PackagingLine:
    description: str
    quantity: int
    unit_cost: Money

    def __post_init__(self) -> None:
        self.description = check_text(self.description, QT_TRANSLATE_NOOP(
            "fields", "Packaging"), required=True)
        self.quantity = check_count(self.quantity, QT_TRANSLATE_NOOP(
            "fields", "Packaging quantity"), minimum=1)
        self.unit_cost = check_money(self.unit_cost, QT_TRANSLATE_NOOP(
            "fields", "Packaging unit cost"))


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
    # Its own wholesale price per piece; None: retail × the workspace's wholesale factor
    wholesale_price: Money | None = None

    def __post_init__(self) -> None:
        code = (self.code or "").strip()
        if not _CODE.match(code):
            raise DomainError(
                DESIGN_CODE_MUST_BE(code=self.code))
        self.code = code
        self.name = check_text(self.name, QT_TRANSLATE_NOOP("fields", "Design name"), required=True)
        self.collection = check_text(self.collection, QT_TRANSLATE_NOOP("fields", "Collection"))
        self.description = check_text(self.description, QT_TRANSLATE_NOOP(
            "fields", "Description"), max_len=20000)
        try:
            self.category = Category(self.category)
        except ValueError:
            raise DomainError(IS_NOT_A_DESIGN(category=self.category)) from None
        try:
            self.status = LifecycleStatus(self.status)
        except ValueError:
            raise DomainError(IS_NOT_A_LIFECYCLE(status=self.status)) from None
        if self.target_retail_price is not None:
            self.target_retail_price = check_money(self.target_retail_price, QT_TRANSLATE_NOOP(
                "fields", "Target retail price"))
        if self.wholesale_price is not None:
            self.wholesale_price = check_money(self.wholesale_price, QT_TRANSLATE_NOOP(
                "fields", "Wholesale price"))

    @property
    def total_metal_weight_g(self) -> Decimal:
        return sum((line.finished_weight_g for line in self.metals), Decimal(0))

    @property
    def stone_count(self) -> int:
        return sum(line.quantity for line in self.stones)
