"""A filled jewelbench quote template (reports/quote_template.py writes it): recognised by its
hidden sheet, read by its defined names, and checked against the workspace that sent the RFQ
(the same workspace, RFQ, supplier and design) before its quote is planned."""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.utils import get_column_letter, range_boundaries

import jewelbench.reports.quote_import.limits as limits
from jewelbench.domain.currencies import check_known_currency
from jewelbench.domain.quotes import Incoterm, Quote, QuoteFee, QuoteTier, rising_tier_warning
from jewelbench.domain.rfqs import rfq_reference
from jewelbench.domain.validation import DomainError
from jewelbench.reports import quote_template as template
from jewelbench.reports.quote_import.file_checks import (
    ImportRefused,
    check_file,
    merged_ranges,
    open_workbook,
    reads_quote_file,
)
from jewelbench.reports.quote_import.plan import (
    ImportPlan,
    PlannedQuote,
    SkippedRow,
    formula_problem,
    intersects,
    merged_problem,
)
from jewelbench.reports.quote_import.values import (
    PIECES_EXAMPLE,
    BadValue,
    SourceCell,
    shown,
    to_date,
    to_decimal,
    to_text,
    to_whole,
    to_yes_no,
)
from jewelbench.storage.repository import NotFound

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from jewelbench.storage.workspace import Workspace


@reads_quote_file
def is_template(path: Path | str) -> bool:
    """True when path is an .xlsx written by write_quote_template (checks the file first:
    ImportRefused for a bad file)."""
    path = Path(path)
    if check_file(path) != "xlsx":
        return False
    with open_workbook(path) as book:
        return template.HIDDEN_SHEET in book.sheetnames and \
            template.NAMES["tier_price"] in book.defined_names


@dataclass
class TemplateContent:
    """The cells of a filled template, by what they are (see quote_template.NAMES)."""

    ids: dict[str, Any]  # the hidden sheet: marker, version, rfq_id, supplier_id …
    cells: dict[str, SourceCell]  # name → cell
    tiers: list[tuple[SourceCell, SourceCell]]  # (quantity, unit price) rows
    merged: list[str]


@reads_quote_file
def read_template(path: Path | str) -> TemplateContent:
    path = Path(path)
    if check_file(path) != "xlsx":
        raise ImportRefused(f"{path.name} is not a jewelbench quote template")
    with open_workbook(path) as book:
        if template.HIDDEN_SHEET not in book.sheetnames:
            raise ImportRefused(f"{path.name} is not a jewelbench quote template: import it "
                                "with a column mapping")
        ids: dict[str, Any] = {}
        for row in book[template.HIDDEN_SHEET].iter_rows(min_row=1, max_row=40, max_col=2,
                                                         values_only=True):
            if row and row[0] is not None:
                ids[str(row[0])] = row[1] if len(row) > 1 else None
        if ids.get("marker") != template.MARKER:
            raise ImportRefused(f"{path.name} is not a jewelbench quote template")
        version = ids.get("version")
        if isinstance(version, float) and not math.isfinite(version):
            raise ImportRefused(f"{path.name} is a damaged jewelbench quote template (its "
                                "version cannot be read): ask the supplier to use a fresh "
                                "template")
        if not isinstance(version, int | float) or isinstance(version, bool) or \
                int(version) > template.TEMPLATE_VERSION:
            raise ImportRefused(f"{path.name} was made by a newer jewelbench: update jewelbench "
                                "to import it")
        wanted: dict[str, list[str]] = {}  # name → coordinates
        for name, defined in book.defined_names.items():
            if not name.startswith("jb_"):
                continue
            for sheet, ref in defined.destinations:
                if sheet == template.SHEET:
                    wanted[name] = _coordinates(ref.replace("$", ""), path.name)
        if template.NAMES["tier_price"] not in wanted or \
                template.NAMES["tier_quantity"] not in wanted:
            raise ImportRefused(f"{path.name}: the template's price cells cannot be found (its "
                                "names were removed): ask the supplier to use a fresh template")
        last_row = max(int(re.sub(r"\D", "", c)) for coords in wanted.values() for c in coords)
        if template.SHEET not in book.sheetnames:
            raise ImportRefused(f"{path.name}: the template's sheet '{template.SHEET}' is gone: "
                                "ask the supplier to use a fresh template")
        sheet = book[template.SHEET]
        found: dict[str, SourceCell] = {}
        for row in sheet.iter_rows(min_row=1, max_row=last_row, max_col=8):
            for cell in row:
                coordinate = getattr(cell, "coordinate", None)
                if coordinate is None:
                    continue
                found[coordinate] = SourceCell(cell.value, coordinate, cell.data_type == "f")
        merged = merged_ranges(path, sheet)

    def cell_at(coordinate: str) -> SourceCell:
        return found.get(coordinate, SourceCell(None, coordinate))

    cells = {name: cell_at(coords[0]) for name, coords in wanted.items() if len(coords) == 1}
    quantities = [cell_at(c) for c in wanted[template.NAMES["tier_quantity"]]]
    prices = [cell_at(c) for c in wanted[template.NAMES["tier_price"]]]
    inputs = {c for coords in wanted.values() for c in coords}
    merged_inputs = [ref for ref in merged if any(_inside(c, ref) for c in inputs)]
    log.info("read the quote template %s: %d price row(s)", path.name, len(quantities))
    return TemplateContent(ids, cells, list(zip(quantities, prices)), merged_inputs)


def _coordinates(ref: str, source: str) -> list[str]:
    """The cells of one of a template's names ('B29:B33' → B29 … B33)."""
    min_col, min_row, max_col, max_row = range_boundaries(ref)
    if not (min_col and min_row and max_col and max_row) or \
            (max_col - min_col + 1) * (max_row - min_row + 1) > limits.MAX_TEMPLATE_CELLS:
        raise ImportRefused(f"{source}: the template's names were changed (one covers "
                            f"'{ref[:40]}'): ask the supplier to use a fresh template")
    return [f"{get_column_letter(col)}{row}" for row in range(min_row, max_row + 1)
            for col in range(min_col, max_col + 1)]


def _inside(coordinate: str, ref: str) -> bool:
    """True when a cell ('B29') lies in a range ('A28:C30') or is that cell."""
    col, row, _col, _row = range_boundaries(coordinate)
    return col is not None and row is not None and intersects(ref, (row, row), [col])


def template_plan(path: Path | str, workspace: Workspace,
                  today: dt.date | None = None) -> ImportPlan:
    """A filled template read into the Quote it holds, for its RFQ's design, revision and
    supplier. Raises ImportRefused for a file that is not one; problems for a template that
    cannot be imported as it is."""
    path = Path(path)
    today = today or dt.date.today()
    content = read_template(path)
    plan = ImportPlan(path.name, "template")
    ids = content.ids
    if content.merged:
        plan.problems.append(merged_problem(content.merged))
    formulas = [cell for cell in [*content.cells.values(),
                                  *(c for pair in content.tiers for c in pair)]
                if cell.formula]
    if formulas:
        plan.problems.append(formula_problem(formulas))
    if plan.problems:
        return plan

    # Which RFQ, supplier and design: the hidden sheet's ids, checked against the workspace.
    rfq_id, supplier_id = _id(ids.get("rfq_id")), _id(ids.get("supplier_id"))
    reference = str(ids.get("rfq_reference") or rfq_reference(rfq_id))
    workspace_mark = str(ids.get("workspace") or "")
    if workspace_mark and workspace_mark != template.workspace_identity(workspace):
        plan.problems.append(
            f"This template was made by another workspace ({ids.get('workspace_name') or '?'}): "
            "open the workspace that sent the RFQ and import it there")
        return plan
    try:
        rfq = workspace.rfqs.get(rfq_id)
        supplier = workspace.suppliers.get(supplier_id)
    except NotFound:
        plan.problems.append(f"This template answers {reference} to "
                             f"{ids.get('supplier') or 'a supplier'}, which is no longer in this "
                             "workspace: enter the quote under Quotes instead")
        return plan
    summary = workspace.rfqs.summary(rfq_id, today)
    if rfq.design_id != _id(ids.get("design_id")) or \
            summary.design_code != str(ids.get("design_code")):
        plan.problems.append(f"This template's design ({ids.get('design_code')}) is not the "
                             f"design of {reference} ({summary.design_code}) any more")
        return plan

    cells = content.cells
    names = template.NAMES

    def cell(key: str) -> SourceCell:
        return cells.get(names.get(key, key), SourceCell(None, names.get(key, key)))

    def optional(key: str, parse: Callable[[SourceCell], Any]) -> Any:
        found = cell(key)
        if found.blank:
            return None
        try:
            return parse(found)
        except BadValue as error:
            plan.skipped.append(SkippedRow(None, f"{error}: left blank"))
            return None

    currency_cell = cell("currency")
    try:
        currency = check_known_currency(to_text(currency_cell))
    except DomainError:
        plan.problems.append(f"The currency in {currency_cell.where} ('{shown(currency_cell)}')"
                             " is not an ISO currency code: choose one from the list")
        return plan
    quoted_on = optional("quoted_on", lambda c: to_date(c, "The quote date"))
    if quoted_on is None:
        quoted_on = today
        plan.notes.append(f"No quote date: today's date ({today.isoformat()}) is used")
    valid_cell = cell("valid_until")
    valid_until = None
    if not valid_cell.blank:
        try:
            valid_until = to_date(valid_cell, "The validity date")
        except BadValue as error:
            # left blank, the quote would never expire: refused instead, with the reason
            plan.problems.append(f"{error}; left blank, the quote would never expire")
            return plan
    incoterm_text = to_text(cell("incoterm")).upper()
    if incoterm_text and incoterm_text not in {term.value for term in Incoterm}:
        plan.problems.append(f"The incoterm in {cell('incoterm').where} ('{incoterm_text}') is "
                             "not EXW, FOB, CIF or DDP")
        return plan
    incoterm = Incoterm(incoterm_text) if incoterm_text else rfq.incoterm

    tiers: list[QuoteTier] = []
    seen: dict[int, str] = {}
    for quantity_cell, price_cell in content.tiers:
        if quantity_cell.blank and price_cell.blank:
            continue
        try:
            quantity = to_whole(quantity_cell, "The quantity", minimum=1,
                                example=PIECES_EXAMPLE)
        except BadValue as error:
            plan.skipped.append(SkippedRow(None, f"{error}: that price is left out"))
            continue
        if price_cell.blank:
            plan.skipped.append(SkippedRow(None, f"{quantity:,} pieces: no unit price in "
                                                 f"{price_cell.where}"))
            continue
        try:
            price = to_decimal(price_cell, "The unit price")
        except BadValue as error:
            plan.skipped.append(SkippedRow(None, f"{quantity:,} pieces: {error}"))
            continue
        if quantity in seen:
            plan.skipped.append(SkippedRow(None, f"{quantity:,} pieces is priced twice "
                                                 f"({seen[quantity]} and {price_cell.where}): "
                                                 "the first is kept"))
            continue
        seen[quantity] = price_cell.where
        tiers.append(QuoteTier(quantity, price))
    tiers.sort(key=lambda tier: tier.min_quantity)
    if not tiers:
        plan.problems.append("No unit price is filled in: the template holds no quote yet")
        return plan

    fees: list[QuoteFee] = []
    for kind, label, _hint in template.FEE_ROWS:
        amount = optional(template.fee_name(kind), partial(to_decimal, what=f"The {label} fee"))
        if not amount:
            continue
        refundable = optional(template.refundable_name(kind),
                              partial(to_yes_no, what=f"Refundable ({label})"))
        fees.append(QuoteFee(kind, amount, bool(refundable)))

    moq = optional("moq", lambda c: to_whole(c, "The MOQ", minimum=1))
    if moq is None:
        moq = tiers[0].min_quantity
        plan.notes.append(f"No MOQ: the smallest quantity priced ({moq:,}) is used")
    try:
        quote = Quote(
            supplier_id=supplier_id, design_id=rfq.design_id, currency=currency,
            quoted_on=quoted_on, tiers=tiers, valid_until=valid_until,
            tech_pack_revision_id=rfq.tech_pack_revision_id,
            reference=to_text(cell("reference")), moq=moq, fees=fees,
            sample_lead_time_days=optional("sample_days", lambda c: to_whole(
                c, "The sample lead time")),
            production_lead_time_days=optional("production_days", lambda c: to_whole(
                c, "The production lead time")),
            deposit_pct=optional("deposit_pct", lambda c: to_decimal(
                c, "The deposit", maximum=Decimal(100))) or Decimal(0),
            incoterm=incoterm, notes=to_text(cell("notes")))
    except DomainError as error:
        plan.problems.append(f"The quote cannot be stored as it is: {error}")
        return plan
    if warning := rising_tier_warning(quote.tiers):
        plan.notes.append(f"{summary.design_code}: {warning}")
    plan.quotes.append(PlannedQuote(quote, summary.design_code, summary.design_name,
                                    supplier.name, [], summary.revision))
    return plan


def _id(value: Any) -> int:
    """A record id from the hidden sheet; -1 (no such record) for anything else: text, an
    infinite or fractional number (a supplier who unhid the sheet and typed in it)."""
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        return -1
    return number if number == value or str(number) == str(value) else -1
