"""A table's columns mapped to a quote's fields (guessed from the headers, or remembered per
supplier by header), and the quotes a mapped table holds: each row a price tier, the rows of
one design one quote; what the file does not say comes from QuoteDefaults."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any

from openpyxl.utils import get_column_letter

from jewelbench.domain.currencies import check_known_currency
from jewelbench.domain.quotes import (
    FeeKind,
    Incoterm,
    Quote,
    QuoteFee,
    QuoteTier,
    rising_tier_warning,
)
from jewelbench.domain.validation import DomainError
from jewelbench.reports.quote_import.plan import (
    ImportPlan,
    PlannedQuote,
    SkippedRow,
    formula_problem,
    intersects,
    merged_problem,
)
from jewelbench.reports.quote_import.table import SourceTable
from jewelbench.reports.quote_import.values import (
    PIECES_EXAMPLE,
    BadValue,
    SourceCell,
    shown,
    to_date,
    to_decimal,
    to_text,
    to_whole,
)

# field → (label, required); the order the dialog lists them in.
FIELDS: dict[str, tuple[str, bool]] = {
    "quantity": ("Quantity (tier from, pieces)", True),
    "unit_price": ("Unit price", True),
    "design_code": ("Design code", False),
    "moq": ("MOQ (pieces)", False),
    "currency": ("Currency", False),
    "reference": ("Quote reference", False),
    "quoted_on": ("Quote date", False),
    "valid_until": ("Valid until", False),
    "incoterm": ("Incoterm", False),
    "sample_days": ("Sample lead time (days)", False),
    "production_days": ("Production lead time (days)", False),
    "fee_cad": ("CAD fee", False),
    "fee_mould": ("Mould fee", False),
    "fee_tooling": ("Tooling fee", False),
    "fee_sample": ("Sample fee", False),
    "notes": ("Notes", False),
}
_FEE_FIELDS = {"fee_cad": FeeKind.CAD, "fee_mould": FeeKind.MOULD,
               "fee_tooling": FeeKind.TOOLING, "fee_sample": FeeKind.SAMPLE}
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "quantity": ("quantity", "qty", "quantities", "pcs", "pieces", "tier", "from qty",
                 "min qty", "menge", "quantité", "quantite"),
    "unit_price": ("unit price", "price", "unit cost", "price per piece", "price/pc",
                   "price per pc", "fob price", "prix", "preis", "prezzo"),
    "design_code": ("design code", "design", "style", "style no", "item code", "code", "sku",
                    "article", "ref"),
    "moq": ("moq", "minimum order", "min order qty", "minimum order quantity"),
    "currency": ("currency", "ccy", "cur", "devise", "währung"),
    "reference": ("quote reference", "quote ref", "quote no", "quotation no", "reference"),
    "quoted_on": ("quote date", "date", "quoted on"),
    "valid_until": ("valid until", "validity", "valid to", "expiry", "expires"),
    "incoterm": ("incoterm", "incoterms", "terms", "delivery terms"),
    "sample_days": ("sample lead time", "sample days", "sample lead time (days)"),
    "production_days": ("production lead time", "lead time", "production days",
                        "production lead time (days)", "lead time (days)"),
    "fee_cad": ("cad", "cad fee", "3d model", "cad / 3d model"),
    "fee_mould": ("mould", "mold", "mould fee", "mold fee", "wax or rubber mould"),
    "fee_tooling": ("tooling", "tooling fee"),
    "fee_sample": ("sample fee", "sample cost", "sample"),
    "notes": ("notes", "remarks", "comments", "note"),
}


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w/ ]+", " ", text.lower())).strip()


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """field → column index for the headers that plainly name a field (exact synonyms)."""
    normal = [_normal(header) for header in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for key, synonyms in _SYNONYMS.items():
        for synonym in synonyms:
            found = next((i for i, h in enumerate(normal) if h == _normal(synonym)
                          and i not in used), None)
            if found is not None:
                mapping[key] = found
                used.add(found)
                break
    return mapping


def mapping_by_header(mapping: dict[str, int], headers: Sequence[str]) -> dict[str, str]:
    """What to remember for a supplier: field → header text (columns move between files)."""
    return {key: headers[index] for key, index in mapping.items() if 0 <= index < len(headers)}


def mapping_from_headers(saved: dict[str, str], headers: Sequence[str]) -> dict[str, int]:
    """A remembered mapping applied to this file's headers; fields whose header is gone are
    left out."""
    mapping: dict[str, int] = {}
    for key, header in saved.items():
        if key in FIELDS and header in headers:
            mapping[key] = list(headers).index(header)
    return mapping


@dataclass(frozen=True)
class QuoteDefaults:
    """What a mapped file does not say: chosen in the import dialog."""

    supplier_id: int
    supplier: str
    design_id: int | None  # None: the file's design code column says
    currency: str
    quoted_on: dt.date
    valid_until: dt.date | None = None
    incoterm: Incoterm = Incoterm.FOB
    reference: str = ""


@dataclass(frozen=True)
class DesignRef:
    id: int
    code: str
    name: str
    revision_id: int | None = None  # the newest issued revision: what the quote answers
    revision: str = ""


def mapped_plan(table: SourceTable, mapping: dict[str, int], defaults: QuoteDefaults,
                designs: Callable[[str | int], DesignRef | None]) -> ImportPlan:
    """The quotes a mapped table holds: each row a price tier (quantity → unit price); rows of
    one design make one quote. designs(code) (or designs(design_id)) finds a design."""
    plan = ImportPlan(table.source, "table", notes=list(table.notes))
    missing = [FIELDS[key][0] for key, (_label, required) in FIELDS.items()
               if required and key not in mapping]
    if defaults.design_id is None and "design_code" not in mapping:
        missing.append(FIELDS["design_code"][0] + " (or choose the design)")
    if missing:
        plan.problems.append("Choose the column for " + ", ".join(missing) + ": "
                             "every row needs a quantity and a unit price")
        return plan
    columns = sorted(set(mapping.values()))
    if len(columns) != len(mapping):
        twice = [FIELDS[k][0] for k, v in mapping.items()
                 if list(mapping.values()).count(v) > 1]
        plan.problems.append("One column is chosen for two fields (" + ", ".join(twice) + "): "
                             "choose a column for each")
        return plan
    last_row = table.rows[-1][0] if table.rows else table.header_row
    merged = [ref for ref in table.merged
              if intersects(ref, (table.header_row, last_row), [c + 1 for c in columns])]
    if merged:
        plan.problems.append(merged_problem(merged))
    formulas = [cells[i] for _n, cells in table.rows for i in columns
                if i < len(cells) and cells[i].formula]
    if formulas:
        plan.problems.append(formula_problem(formulas))
    if plan.problems:
        return plan

    @dataclass
    class Group:
        design: DesignRef
        tiers: dict[int, tuple[Decimal, int]] = field(default_factory=dict)  # qty → price, row
        values: dict[str, tuple[Any, int]] = field(default_factory=dict)  # field → value, row
        rows: list[int] = field(default_factory=list)

    groups: dict[int, Group] = {}
    # design id → the first left-out row holding a validity date, and whether that date
    # itself is what could not be read (else the row was left out for another value)
    lost_validity: dict[int, tuple[int, bool]] = {}
    fixed_design = designs(defaults.design_id) if defaults.design_id is not None else None
    if defaults.design_id is not None and fixed_design is None:
        plan.problems.append("The design chosen is no longer in the workspace")
        return plan

    parsers: dict[str, Callable[[SourceCell], Any]] = {
        "moq": lambda c: to_whole(c, "The MOQ", minimum=1),
        "currency": lambda c: _currency(c),
        "reference": to_text, "notes": to_text,
        "quoted_on": lambda c: to_date(c, "The quote date"),
        "valid_until": lambda c: to_date(c, "The validity date"),
        "incoterm": lambda c: _incoterm(c),
        "sample_days": lambda c: to_whole(c, "The sample lead time"),
        "production_days": lambda c: to_whole(c, "The production lead time"),
        **{key: partial(to_decimal, what=FIELDS[key][0]) for key in _FEE_FIELDS},
    }

    for number, cells in table.rows:
        def at(key: str, cells: list[SourceCell] = cells, number: int = number) -> SourceCell:
            index = mapping[key]
            return cells[index] if index < len(cells) else SourceCell(
                None, _where(table, number, index))

        mapped = [at(key) for key in mapping]
        if all(cell.blank for cell in mapped):
            plan.ignored_blank_rows += 1
            continue
        quantity_cell, price_cell = at("quantity"), at("unit_price")
        if quantity_cell.blank and price_cell.blank:
            plan.skipped.append(SkippedRow(number, "no quantity and no unit price"))
            continue
        if fixed_design is not None:
            design = fixed_design
        else:
            code = to_text(at("design_code"))
            if not code:
                plan.skipped.append(SkippedRow(number, "no design code"))
                continue
            found = designs(code)
            if found is None:
                plan.skipped.append(SkippedRow(number, f"there is no design '{code}' in this "
                                                       "workspace"))
                continue
            design = found
        try:
            quantity = to_whole(quantity_cell, "The quantity", minimum=1,
                                example=PIECES_EXAMPLE)
            if price_cell.blank:
                raise BadValue(f"no unit price in {price_cell.where}")
            price = to_decimal(price_cell, "The unit price")
            values = {key: parsers[key](at(key)) for key in parsers
                      if key in mapping and not at(key).blank}
        except BadValue as error:
            plan.skipped.append(SkippedRow(number, str(error)))
            if "valid_until" in mapping and not at("valid_until").blank:
                try:
                    parsers["valid_until"](at("valid_until"))
                    unreadable = False
                except BadValue:
                    unreadable = True
                lost_validity.setdefault(design.id, (number, unreadable))
            continue
        group = groups.setdefault(design.id, Group(design))
        if quantity in group.tiers:
            plan.skipped.append(SkippedRow(number, f"a second price for {quantity:,} pieces of "
                                                   f"{design.code} (row "
                                                   f"{group.tiers[quantity][1]} has one)"))
            continue
        currency = values.get("currency")
        if currency is not None and "currency" in group.values and \
                group.values["currency"][0] != currency:
            first = group.values["currency"]
            plan.skipped.append(SkippedRow(number, f"its currency {currency} differs from "
                                                   f"{first[0]} in row {first[1]} for "
                                                   f"{design.code}"))
            continue
        group.tiers[quantity] = (price, number)
        group.rows.append(number)
        for key, value in values.items():
            group.values.setdefault(key, (value, number))

    for group in groups.values():
        values = {key: value for key, (value, _row) in group.values.items()}
        if "valid_until" not in values and group.design.id in lost_validity:
            # the other rows alone would make a quote that never expires
            lost_row, unreadable = lost_validity[group.design.id]
            why = "cannot be read" if unreadable else "is in a row left out"
            for row in group.rows:
                plan.skipped.append(SkippedRow(row, f"the validity date of {group.design.code} "
                                                    f"in row {lost_row} {why}; without it the "
                                                    "quote would never expire"))
            continue
        tiers = [QuoteTier(q, price) for q, (price, _row) in sorted(group.tiers.items())]
        moq = values.get("moq") or tiers[0].min_quantity
        fees = [QuoteFee(kind, values[key]) for key, kind in _FEE_FIELDS.items()
                if values.get(key)]
        try:
            quote = Quote(
                supplier_id=defaults.supplier_id, design_id=group.design.id,
                currency=values.get("currency") or defaults.currency,
                quoted_on=values.get("quoted_on") or defaults.quoted_on, tiers=tiers,
                valid_until=values.get("valid_until", defaults.valid_until),
                tech_pack_revision_id=group.design.revision_id,
                reference=values.get("reference") or defaults.reference, moq=moq, fees=fees,
                sample_lead_time_days=values.get("sample_days"),
                production_lead_time_days=values.get("production_days"),
                incoterm=values.get("incoterm") or defaults.incoterm,
                notes=values.get("notes") or "")
        except DomainError as error:
            for row in group.rows:
                plan.skipped.append(SkippedRow(row, f"the quote for {group.design.code} cannot "
                                                    f"be stored: {error}"))
            continue
        if warning := rising_tier_warning(quote.tiers):
            plan.notes.append(f"{group.design.code}: {warning}")
        plan.quotes.append(PlannedQuote(quote, group.design.code, group.design.name,
                                        defaults.supplier, group.rows, group.design.revision))
    plan.skipped.sort(key=lambda s: s.row or 0)
    return plan


def _where(table: SourceTable, number: int, index: int) -> str:
    letter = get_column_letter(index + 1)
    return f"{letter}{number}" if table.kind == "xlsx" else f"row {number}, column {letter}"


def _currency(cell: SourceCell) -> str:
    try:
        return check_known_currency(to_text(cell))
    except DomainError:
        raise BadValue(f"the currency in {cell.where} ('{shown(cell)}') is not an ISO "
                       "currency code") from None


def _incoterm(cell: SourceCell) -> Incoterm:
    text = to_text(cell).upper()
    try:
        return Incoterm(text)
    except ValueError:
        raise BadValue(f"the incoterm in {cell.where} ('{shown(cell)}') is not EXW, FOB, CIF "
                       "or DDP") from None
