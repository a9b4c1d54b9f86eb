"""Supplier quotes: price tiers, MOQ, fees kept apart from unit prices, terms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message, grouped
from jewelbench.domain.money import Money, MoneyError, check_currency
from jewelbench.domain.validation import (
    DomainError,
    check_count,
    check_number,
    check_percent,
    check_text,
)

IS_NOT_A_KIND = QT_TRANSLATE_NOOP("quotes", "'{kind}' is not a kind of development fee ({values})")
A_QUOTE_NEEDS_AT = QT_TRANSLATE_NOOP(
    "quotes", "A quote needs at least one price tier (minimum quantity → price)")
TWO_PRICE_TIERS_HAVE = QT_TRANSLATE_NOOP(
    "quotes", "Two price tiers have the same minimum quantity ({repeated}): give each "
    "tier its own quantity, or remove one")
PRICE_TIERS_MUST_BE = QT_TRANSLATE_NOOP(
    "quotes", "Price tiers must be in order of rising minimum quantity: the tier from "
    "{after} comes after the one from {before}")
THE_MOQ_IS_ABOVE = QT_TRANSLATE_NOOP(
    "quotes", "The MOQ ({moq}) is above every price tier (the highest starts at "
    "{quantities}): lower the MOQ or add a tier from {moq}")
THE_QUOTE_S_VALIDITY = QT_TRANSLATE_NOOP(
    "quotes", "The quote's validity ends before its date: valid until {valid_until} is "
    "before the quote date {quoted_on}")
A_MAKING_CHARGE_QUOTE = QT_TRANSLATE_NOOP(
    "quotes", "A making-charge quote must state the metal price it assumes")


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


# The names messages use; the UI has its own translated labels.
FEE_NAMES = {FeeKind.CAD: QT_TRANSLATE_NOOP("quotes", "CAD"),
             FeeKind.MOULD: QT_TRANSLATE_NOOP("quotes", "wax/mould"),
             FeeKind.TOOLING: QT_TRANSLATE_NOOP("quotes", "tooling"),
             FeeKind.SAMPLE: QT_TRANSLATE_NOOP("quotes", "sample")}
ONE_PIECE = QT_TRANSLATE_NOOP("quotes", "1 piece")
PIECES = QT_TRANSLATE_NOOP("quotes", "{count} pieces")
IN_THE_TIER = QT_TRANSLATE_NOOP("quotes", "{refusal} (the tier from {pieces})")
IN_THE_FEE = QT_TRANSLATE_NOOP("quotes", "{refusal} (the {fee} fee)")


def _pieces(count: int) -> Message:
    return ONE_PIECE() if count == 1 else PIECES(count=grouped(count))


@dataclass
class QuoteTier:
    min_quantity: int
    unit_price: Decimal

    def __post_init__(self) -> None:
        self.min_quantity = check_count(self.min_quantity, QT_TRANSLATE_NOOP(
            "fields", "Tier quantity"), minimum=1)
        try:
            self.unit_price = check_number(self.unit_price, QT_TRANSLATE_NOOP(
                "fields", "Tier unit price"))
        except DomainError as error:
            raise DomainError(IN_THE_TIER(refusal=error.message,
                                          pieces=_pieces(self.min_quantity))) from None


def rising_tiers(tiers: Sequence[QuoteTier]) -> list[tuple[QuoteTier, QuoteTier]]:
    """Each pair of neighbouring tiers (by quantity) where the unit price goes up with the
    quantity: allowed (a supplier may quote so), but usually a typing slip worth a warning."""
    ordered = sorted(tiers, key=lambda tier: tier.min_quantity)
    return [(before, after) for before, after in zip(ordered, ordered[1:])
            if after.unit_price > before.unit_price]


def rising_tier_warning(tiers: Sequence[QuoteTier]) -> str:
    """The warning for rising_tiers, '' when every tier costs the same or less than the last."""
    rising = rising_tiers(tiers)
    if not rising:
        return ""
    before, after = rising[0]
    return (f"The unit price rises with quantity: {after.unit_price:f} from "
            f"{_pieces(after.min_quantity)} is more than {before.unit_price:f} from "
            f"{_pieces(before.min_quantity)}; check the tiers")


@dataclass
class QuoteFee:
    kind: FeeKind
    amount: Decimal
    refundable_on_order: bool = False

    def __post_init__(self) -> None:
        try:
            self.kind = FeeKind(self.kind)
        except ValueError:
            raise DomainError(IS_NOT_A_KIND(
                kind=self.kind, values=', '.join(FEE_NAMES.values()))) from None
        try:
            self.amount = check_number(self.amount, QT_TRANSLATE_NOOP("fields", "Fee"))
        except DomainError as error:
            raise DomainError(IN_THE_FEE(refusal=error.message,
                                         fee=FEE_NAMES[self.kind])) from None


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
            raise DomainError(A_QUOTE_NEEDS_AT())
        quantities = [tier.min_quantity for tier in self.tiers]
        repeated = sorted({q for q in quantities if quantities.count(q) > 1})
        if repeated:
            raise DomainError(
                TWO_PRICE_TIERS_HAVE(repeated=_pieces(repeated[0])))
        for before, after in zip(quantities, quantities[1:]):
            if after < before:
                raise DomainError(
                    PRICE_TIERS_MUST_BE(after=_pieces(after), before=grouped(before)))
        self.moq = check_count(self.moq, QT_TRANSLATE_NOOP("fields", "MOQ"), minimum=1)
        if self.moq > quantities[-1]:
            raise DomainError(
                THE_MOQ_IS_ABOVE(moq=grouped(self.moq), quantities=_pieces(quantities[-1])))
        if self.valid_until is not None and self.valid_until < self.quoted_on:
            raise DomainError(
                THE_QUOTE_S_VALIDITY(valid_until=self.valid_until, quoted_on=self.quoted_on))
        self.reference = check_text(self.reference, QT_TRANSLATE_NOOP(
            "fields", "Reference"), max_len=100)
        self.notes = check_text(self.notes, QT_TRANSLATE_NOOP("fields", "Notes"), max_len=4000)
        self.min_order_value = check_number(self.min_order_value, QT_TRANSLATE_NOOP(
            "fields", "Minimum order value"))
        self.deposit_pct = check_percent(self.deposit_pct, QT_TRANSLATE_NOOP("fields", "Deposit %"))
        self.freight_per_shipment = check_number(self.freight_per_shipment, QT_TRANSLATE_NOOP(
            "fields", "Freight per shipment"))
        self.freight_per_piece = check_number(self.freight_per_piece, QT_TRANSLATE_NOOP(
            "fields", "Freight per piece"))
        self.pricing_basis = PricingBasis(self.pricing_basis)
        self.incoterm = Incoterm(self.incoterm)
        if self.pricing_basis is PricingBasis.MAKING_PLUS_METAL:
            if self.metal_price_basis_per_g is None:
                raise DomainError(A_MAKING_CHARGE_QUOTE())
            self.metal_price_basis_per_g = check_number(self.metal_price_basis_per_g,
                                                   QT_TRANSLATE_NOOP(
                                                       "fields", "Metal price basis"),
                                                       allow_equal=False)
        for days, what in ((self.sample_lead_time_days,
                            QT_TRANSLATE_NOOP("fields", "Sample lead time")),
                           (self.production_lead_time_days,
                            QT_TRANSLATE_NOOP("fields", "Production lead time"))):
            if days is not None:
                check_count(days, what)

    def is_expired(self, on: dt.date) -> bool:
        return self.valid_until is not None and on > self.valid_until

    def tier_for(self, quantity: int) -> QuoteTier:
        """The tier a quantity reaches; below the MOQ you pay as for the MOQ."""
        billed = max(quantity, self.moq)
        reached = [tier for tier in self.tiers if tier.min_quantity <= billed]
        return reached[-1] if reached else self.tiers[0]

    def unit_price(self, quantity: int) -> Money:
        return Money(self.tier_for(quantity).unit_price, self.currency)

    # --- development costs: one-time fees, kept apart from the unit price -------------------

    def development_cost(self) -> Money:
        """Every one-time fee (CAD, mould, tooling, sample), in the quote's currency."""
        return Money(sum((fee.amount for fee in self.fees), Decimal(0)), self.currency)

    def refundable_development_cost(self) -> Money:
        """The part of the fees the supplier refunds (or credits) when production is ordered."""
        return Money(sum((fee.amount for fee in self.fees if fee.refundable_on_order),
                         Decimal(0)), self.currency)

    def development_cost_on_order(self) -> Money:
        """What the fees cost once a production order is placed: refunds deducted."""
        return self.development_cost() - self.refundable_development_cost()

    def fee_total(self, kind: FeeKind) -> Money:
        return Money(sum((fee.amount for fee in self.fees if fee.kind is kind), Decimal(0)),
                     self.currency)
