"""Quotes for one design side by side, every amount in the base currency.

For each quote (a column) and each figure a buyer weighs (a row):

unit price at Q   the tier that Q reaches; below the MOQ you are billed for the MOQ, so the
                  price per piece you need is MOQ × tier price ÷ Q (and the cell says so);
                  a making-charge quote adds the metal at the quote's own stated basis
development       CAD + mould/tooling + sample fees, kept apart from the unit price, and the
                  part of them refunded on order
terms             deposit %, sample and production lead times, MOQ, minimum order value,
                  incoterm, freight, the supplier's score

Each quote's amounts are converted at the newest rate dated on or before the quote's own date
(what the price was worth when it was given); the column says which rate. A quote whose
currency has no such rate keeps its column, with the reason in place of its amounts, and the
other quotes still compare. The best value in each row is flagged (lowest price, lowest
development cost, shortest lead time …); an expired quote is shown but never flagged best.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message, grouped
from jewelbench.domain.missing_prices import MissingPrice
from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate, PriceNotFound, fx_rate_on, rate_note, shown_rate
from jewelbench.domain.quotes import PricingBasis, Quote
from jewelbench.domain.validation import DomainError

MAX_QUANTITIES = 12
MAX_QUANTITY = 10_000_000

NOTHING_TO_CONVERT = QT_TRANSLATE_NOOP(
    "quote_comparison", "quoted in {currency}: nothing to convert")
RATE_OF = QT_TRANSLATE_NOOP("quote_comparison", "1 {currency} = {rate} {base} (rate of {date})")
RATE_OF_WITH_NOTE = QT_TRANSLATE_NOOP(
    "quote_comparison", "1 {currency} = {rate} {base} (rate of {date}; {note})")
NO_RATE = QT_TRANSLATE_NOOP(
    "quote_comparison", "No {currency}→{base} exchange rate on or before the quote date {date}: "
    "enter one (Costs ▸ Update Prices…) to compare this quote")
NO_RATE_YET = QT_TRANSLATE_NOOP(
    "quote_comparison", "No {currency}→{base} exchange rate on or before the quote date {date}; "
    "the first one is dated {first}, after the quote: enter one (Costs ▸ Update Prices…) to "
    "compare this quote")
SUPPLIER_NUMBER = QT_TRANSLATE_NOOP("quote_comparison", "supplier #{number}")
QUANTITY_TOO_SMALL = QT_TRANSLATE_NOOP(
    "quote_comparison", "A quantity to compare must be at least 1, not {quantity}")
TYPE_QUANTITIES = QT_TRANSLATE_NOOP(
    "quote_comparison", "Type the quantities to compare, such as 50, 100, 300, 1000")
NOT_PIECES = QT_TRANSLATE_NOOP(
    "quote_comparison", "“{text}” is not a number of pieces: type whole numbers separated by "
    "commas, such as 50, 100, 300, 1000")
QUANTITY_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "quote_comparison", "{text} pieces cannot be compared: each quantity must be between 1 and "
    "{most}")
TOO_MANY_QUANTITIES = QT_TRANSLATE_NOOP(
    "quote_comparison", "Compare at most {most} quantities at a time, not {count}")


@dataclass(frozen=True)
class Conversion:
    """How one quote's currency became the base currency: 1 from_currency = rate to_currency."""

    from_currency: str
    to_currency: str
    rate: Decimal
    rate_date: dt.date | None  # None: the quote is in the base currency already
    note: str = ""  # how the rate was derived when it is not a kept from→to rate (rate_note)

    def describe(self) -> str:
        return self.describe_message().sentence()

    def describe_message(self) -> Message:
        """Which rate converted the quote, as the column's tooltip says it."""
        if self.rate_date is None:
            return NOTHING_TO_CONVERT(currency=self.to_currency)
        said = RATE_OF_WITH_NOTE if self.note else RATE_OF
        return said(currency=self.from_currency, rate=Decimal(shown_rate(self.rate)),
                    base=self.to_currency, date=self.rate_date, note=self.note)

    def convert(self, amount: Money) -> Money:
        return amount.converted(self.rate, self.to_currency)


@dataclass(frozen=True)
class QuoteColumn:
    quote: Quote
    supplier: str
    expired: bool
    conversion: Conversion | None  # None when no rate was found: see error
    error: str = ""
    score: str = ""
    missing: MissingPrice | None = None  # the rate the error names

    @property
    def converted(self) -> bool:
        return self.conversion is not None


@dataclass(frozen=True)
class PriceAt:
    """What Q pieces cost under one quote, in the quote's currency."""

    quantity: int  # the pieces wanted
    billed_quantity: int  # what is invoiced: the MOQ when fewer are wanted
    tier_quantity: int  # the tier the billed quantity reaches
    unit_price: Money  # per billed piece (making charge + metal for a making-charge quote)
    making_charge: Money | None  # the making part of a making-charge quote
    metal: Money | None  # fine metal × the quote's stated basis, per piece
    order_total: Money  # billed quantity × unit price
    per_piece: Money  # order total ÷ pieces wanted: the figure quotes are compared on
    below_moq: bool
    below_min_order_value: bool
    metal_unknown: bool  # a making-charge quote with no metal weight to add: not comparable


def price_at(quote: Quote, quantity: int, fine_metal_g: Decimal | None = None) -> PriceAt:
    """The price of `quantity` pieces under a quote (DESIGN.md: below the MOQ you pay for it)."""
    if quantity < 1:
        raise DomainError(QUANTITY_TOO_SMALL(quantity=quantity))
    billed = max(quantity, quote.moq)
    tier = quote.tier_for(billed)
    making: Money | None = None
    metal: Money | None = None
    unit = Money(tier.unit_price, quote.currency)
    metal_unknown = False
    if quote.pricing_basis is PricingBasis.MAKING_PLUS_METAL:
        making = unit
        if fine_metal_g is not None and quote.metal_price_basis_per_g is not None:
            metal = Money(fine_metal_g * quote.metal_price_basis_per_g, quote.currency)
            unit = making + metal
        else:
            metal_unknown = True
    total = unit * billed
    return PriceAt(
        quantity=quantity, billed_quantity=billed, tier_quantity=tier.min_quantity,
        unit_price=unit, making_charge=making, metal=metal, order_total=total,
        per_piece=Money(total.amount / quantity, quote.currency),
        below_moq=quantity < quote.moq,
        below_min_order_value=total.amount < quote.min_order_value,
        metal_unknown=metal_unknown)


class RowKind(StrEnum):
    UNIT_PRICE = "unit_price"  # one row per quantity
    DEVELOPMENT = "development"
    REFUNDABLE = "refundable"
    DEPOSIT = "deposit"
    SAMPLE_LEAD_TIME = "sample_lead_time"
    PRODUCTION_LEAD_TIME = "production_lead_time"
    MOQ = "moq"
    MIN_ORDER_VALUE = "min_order_value"
    INCOTERM = "incoterm"
    FREIGHT_PER_SHIPMENT = "freight_per_shipment"
    FREIGHT_PER_PIECE = "freight_per_piece"
    SCORE = "score"


# Rows where a lower value is better and the best is flagged; the rest are shown as they are.
FLAGGED_ROWS = frozenset({RowKind.UNIT_PRICE, RowKind.DEVELOPMENT, RowKind.DEPOSIT,
                          RowKind.SAMPLE_LEAD_TIME, RowKind.PRODUCTION_LEAD_TIME, RowKind.MOQ})
MONEY_ROWS = frozenset({RowKind.UNIT_PRICE, RowKind.DEVELOPMENT, RowKind.REFUNDABLE,
                        RowKind.MIN_ORDER_VALUE, RowKind.FREIGHT_PER_SHIPMENT,
                        RowKind.FREIGHT_PER_PIECE})


@dataclass(frozen=True)
class Cell:
    # Money rows: the amount in the base currency; days, %, pieces or text otherwise.
    # None: the quote does not say (or, with error set, it could not be converted).
    value: Money | Decimal | int | str | None = None
    quoted: Money | None = None  # a money row's amount in the quote's own currency
    price: PriceAt | None = None  # unit price rows: how the price was reached
    best: bool = False
    error: str = ""


@dataclass(frozen=True)
class ComparisonRow:
    kind: RowKind
    cells: tuple[Cell, ...]
    quantity: int | None = None  # unit price rows

    @property
    def flagged(self) -> bool:
        return any(cell.best for cell in self.cells)


@dataclass(frozen=True)
class Comparison:
    base_currency: str
    on: dt.date
    quantities: tuple[int, ...]
    columns: tuple[QuoteColumn, ...]
    rows: tuple[ComparisonRow, ...]

    def row(self, kind: RowKind, quantity: int | None = None) -> ComparisonRow:
        for row in self.rows:
            if row.kind is kind and row.quantity == quantity:
                return row
        raise KeyError(f"no {kind.value} row" + (f" for {quantity}" if quantity else ""))

    def column_of(self, quote_id: int | None) -> int:
        for number, column in enumerate(self.columns):
            if column.quote.id == quote_id:
                return number
        raise KeyError(f"quote #{quote_id} is not compared")


def _conversion(quote: Quote, rates: list[FxRate], base: str) -> tuple[Conversion | None, str]:
    try:
        rate, used = fx_rate_on(rates, quote.currency, base, quote.quoted_on)
    except PriceNotFound:
        later = sorted(r.rate_date for r in rates
                       if {r.from_currency, r.to_currency} == {quote.currency, base})
        said = NO_RATE_YET if later else NO_RATE
        return None, said(currency=quote.currency, base=base, date=quote.quoted_on,
                          first=later[0] if later else "").sentence()
    return Conversion(quote.currency, base, rate, used.rate_date if used else None,
                      rate_note(used, quote.currency)), ""


def _money_cell(column: QuoteColumn, amount: Money | None, price: PriceAt | None = None) -> Cell:
    if amount is None:
        return Cell()
    if column.conversion is None:
        return Cell(quoted=amount, price=price, error=column.error)
    return Cell(value=column.conversion.convert(amount), quoted=amount, price=price)


def _rank_key(kind: RowKind, cell: Cell) -> Decimal | None:
    if cell.error or cell.value is None:
        return None
    if kind is RowKind.UNIT_PRICE:
        if cell.price is None or cell.price.metal_unknown:
            return None
        assert isinstance(cell.value, Money)
        return cell.value.amount
    value = cell.value
    if isinstance(value, Money):
        return value.amount
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return Decimal(value)
    return None


def _flag_best(kind: RowKind, columns: Sequence[QuoteColumn],
               cells: list[Cell]) -> tuple[Cell, ...]:
    if kind not in FLAGGED_ROWS:
        return tuple(cells)
    keys = [None if column.expired else _rank_key(kind, cell)
            for column, cell in zip(columns, cells)]
    ranked = [key for key in keys if key is not None]
    if len(ranked) < 2:  # one figure alone is not "the best" of anything
        return tuple(cells)
    lowest = min(ranked)
    return tuple(Cell(cell.value, cell.quoted, cell.price, best=key == lowest, error=cell.error)
                 for cell, key in zip(cells, keys))


def compare_quotes(quotes: Iterable[Quote], fx_rates: Iterable[FxRate], base_currency: str,
                   on: dt.date, quantities: Iterable[int], *,
                   supplier_names: Mapping[int, str],
                   scores: Mapping[int, str] | None = None,
                   fine_metal_g: Decimal | None = None) -> Comparison:
    """Compare quotes (normally one design's) at the given quantities.

    on: the costing date, which decides what has expired. fine_metal_g: the design's fine metal
    per piece, so a making-charge quote can be priced with its metal; without it such a quote's
    prices are the making charge alone and are not ranked against all-in prices."""
    rates = list(fx_rates)
    chosen = tuple(sorted(set(quantities)))
    for quantity in chosen:
        if quantity < 1:
            raise DomainError(QUANTITY_TOO_SMALL(quantity=quantity))
    scores = scores or {}
    columns: list[QuoteColumn] = []
    for quote in quotes:
        conversion, error = _conversion(quote, rates, base_currency)
        columns.append(QuoteColumn(
            quote=quote, supplier=supplier_names.get(
                quote.supplier_id, SUPPLIER_NUMBER(number=str(quote.supplier_id)).sentence()),
            expired=quote.is_expired(on), conversion=conversion, error=error,
            score=scores.get(quote.supplier_id, ""),
            missing=None if conversion is not None else MissingPrice(
                quote.quoted_on, currency=quote.currency, to_currency=base_currency)))

    rows: list[ComparisonRow] = []

    def add(kind: RowKind, cell_for: Callable[[QuoteColumn], Cell],
            quantity: int | None = None) -> None:
        cells = [cell_for(column) for column in columns]
        rows.append(ComparisonRow(kind, _flag_best(kind, columns, cells), quantity))

    def plain(value: Callable[[Quote], Decimal | int | str | None]) -> Callable[
            [QuoteColumn], Cell]:
        return lambda column: Cell(value=value(column.quote))

    for quantity in chosen:
        def unit_price(column: QuoteColumn, quantity: int = quantity) -> Cell:
            price = price_at(column.quote, quantity, fine_metal_g)
            return _money_cell(column, price.per_piece, price)

        add(RowKind.UNIT_PRICE, unit_price, quantity)
    add(RowKind.DEVELOPMENT, lambda c: _money_cell(c, c.quote.development_cost()))
    add(RowKind.REFUNDABLE, lambda c: _money_cell(c, c.quote.refundable_development_cost()))
    add(RowKind.DEPOSIT, plain(lambda q: q.deposit_pct))
    add(RowKind.SAMPLE_LEAD_TIME, plain(lambda q: q.sample_lead_time_days))
    add(RowKind.PRODUCTION_LEAD_TIME, plain(lambda q: q.production_lead_time_days))
    add(RowKind.MOQ, plain(lambda q: q.moq))
    add(RowKind.MIN_ORDER_VALUE, lambda c: _money_cell(
        c, Money(c.quote.min_order_value, c.quote.currency) if c.quote.min_order_value else None))
    add(RowKind.INCOTERM, plain(lambda q: q.incoterm.value))
    add(RowKind.FREIGHT_PER_SHIPMENT, lambda c: _money_cell(
        c, Money(c.quote.freight_per_shipment, c.quote.currency)
        if c.quote.freight_per_shipment else None))
    add(RowKind.FREIGHT_PER_PIECE, lambda c: _money_cell(
        c, Money(c.quote.freight_per_piece, c.quote.currency)
        if c.quote.freight_per_piece else None))
    add(RowKind.SCORE, lambda c: Cell(value=c.score or None))
    return Comparison(base_currency, on, chosen, tuple(columns), tuple(rows))


def default_quantities(quotes: Iterable[Quote], limit: int = 6) -> list[int]:
    """The quantities the quotes' tiers start at (the RFQ's, in practice), fewest first."""
    found = sorted({tier.min_quantity for quote in quotes for tier in quote.tiers})
    return found[:limit]


_SEPARATORS = re.compile(r"[;/\s]+|,\s+")
_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+$")


def parse_quantities(text: str) -> list[int]:
    """"50, 100, 300, 1,000" or "50 / 100 / 300" → [50, 100, 300, 1000]; DomainError saying
    what to type otherwise. Without spaces, commas separate ("50,100,300") unless the text
    reads as one grouped number ("1,000", "2,500")."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise DomainError(TYPE_QUANTITIES())
    if _SEPARATORS.search(cleaned):
        tokens = [t.strip(",") for t in _SEPARATORS.split(cleaned)]
    elif _GROUPED.match(cleaned) and (len(cleaned.split(",")[0]) == 1 or any(
            part.startswith("0") for part in cleaned.split(",")[1:])):
        tokens = [cleaned]  # "1,000" or "2,500": one number with a thousands separator
    else:
        tokens = cleaned.split(",")
    quantities: list[int] = []
    for token in tokens:
        if not token:
            continue
        number = token.replace(",", "") if _GROUPED.match(token) else token
        if not number.isdigit():
            raise DomainError(NOT_PIECES(text=token))
        value = int(number)
        if not 1 <= value <= MAX_QUANTITY:
            raise DomainError(QUANTITY_OUT_OF_RANGE(text=token, most=grouped(MAX_QUANTITY)))
        quantities.append(value)
    unique = sorted(set(quantities))
    if not unique:
        raise DomainError(TYPE_QUANTITIES())
    if len(unique) > MAX_QUANTITIES:
        raise DomainError(TOO_MANY_QUANTITIES(most=MAX_QUANTITIES, count=len(unique)))
    return unique
