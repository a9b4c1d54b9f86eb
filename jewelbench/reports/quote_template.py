"""An RFQ as an .xlsx quote template that one supplier fills in and sends back.

    path = write_quote_template(workspace, rfq_id, supplier_id, folder)   # or an exact path

The sheet "Quote" says what is asked (RFQ reference, design code and name, tech pack revision,
the quantities, reply-by date) in locked cells, and leaves the supplier's cells unlocked and
shaded: their quote reference and date, currency (a list), validity date, incoterm (a list),
MOQ, sample and production lead times, deposit, one unit price per quantity asked (plus two
rows for quantities of their own), the development fees — CAD, mould, tooling, sample — each
with "refundable on order" Y/N (a list), and notes. Every input cell has data validation
(numbers ≥ 0, whole days, dates, lists), so Excel or LibreOffice refuses "about 12" in a price.

Protection: the sheet is protected WITHOUT a password, and the workbook's structure too. This
stops a supplier typing over a label or deleting the hidden sheet by accident; it is not a
security measure (Review ▸ Unprotect Sheet opens it). Import does not rely on it: it checks
what it reads.

How import finds the cells: workbook-level defined names, hidden from the Name Manager and all
starting with `jb_` (NAMES lists them: jb_reference, jb_quoted_on, jb_currency, jb_tier_quantity
and jb_tier_price (ranges), jb_fee_cad, jb_fee_cad_refundable …), plus a very hidden sheet
"jewelbench" holding the template's version and the RFQ, supplier, design and revision ids.
Names survive a supplier's re-formatting; they are what quote_import reads.

Text from the workspace (a design name, a supplier called "=HYPERLINK(…)") is written as text
cells (reports/cells.py), never as formulas.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from jewelbench.domain.currencies import COMMON_CURRENCIES, ISO_4217
from jewelbench.domain.quotes import FeeKind, Incoterm
from jewelbench.domain.rfqs import quantities_text, rfq_reference
from jewelbench.reports import output
from jewelbench.reports.cells import set_text

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from jewelbench.storage.workspace import Workspace

TEMPLATE_VERSION = 1
MARKER = "jewelbench quote template"
SHEET = "Quote"
HIDDEN_SHEET = "jewelbench"
EXTRA_TIERS = 2  # rows for quantities the supplier offers beyond those asked

# Defined names (workbook scope): what import reads.
NAMES = {
    "reference": "jb_reference", "quoted_on": "jb_quoted_on", "currency": "jb_currency",
    "valid_until": "jb_valid_until", "incoterm": "jb_incoterm", "moq": "jb_moq",
    "sample_days": "jb_sample_lead_time_days", "production_days": "jb_production_lead_time_days",
    "deposit_pct": "jb_deposit_pct", "notes": "jb_notes",
    "tier_quantity": "jb_tier_quantity", "tier_price": "jb_tier_price",
    "rfq": "jb_rfq_reference", "design_code": "jb_design_code", "revision": "jb_revision",
    "currencies": "jb_currencies",
}
FEE_ROWS: tuple[tuple[FeeKind, str, str], ...] = (
    (FeeKind.CAD, "CAD / 3D model", "modelling from the tech pack"),
    (FeeKind.MOULD, "Wax or rubber mould", "master model and moulds"),
    (FeeKind.TOOLING, "Tooling", "dies, stamps, fixtures"),
    (FeeKind.SAMPLE, "Sample fee", "per sample round"),
)


def fee_name(kind: FeeKind) -> str:
    return f"jb_fee_{kind.value}"


def refundable_name(kind: FeeKind) -> str:
    return f"jb_fee_{kind.value}_refundable"


# The hidden sheet's keys (column A) and values (column B).
HIDDEN_KEYS = ("marker", "version", "rfq_id", "supplier_id", "design_id", "revision_id",
               "rfq_reference", "design_code", "revision", "supplier", "workspace",
               "workspace_name")

PRICE_FORMAT = "#,##0.00##"
DATE_FORMAT = "yyyy-mm-dd"

_INPUT_FILL = PatternFill("solid", fgColor="FFF6D5")  # the usual pale yellow "fill me in"
_HEAD_FILL = PatternFill("solid", fgColor="E8E8E8")
_THIN = Side(style="thin", color="B0B0B0")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_UNLOCKED = Protection(locked=False)


@dataclass(frozen=True)
class TemplateRequest:
    """What one supplier's template says: read from the workspace by template_request()."""

    rfq_id: int
    reference: str
    supplier_id: int
    supplier: str
    design_id: int
    design_code: str
    design_name: str
    revision_id: int
    revision: str
    created_on: dt.date
    reply_by: dt.date
    quantities: tuple[int, ...]
    currency: str  # asked for: the RFQ's, else the supplier's own
    incoterm: str
    notes: str
    brand: str
    workspace: str = ""  # workspace_identity(): import refuses a template of another workspace
    workspace_name: str = ""


def workspace_identity(workspace: Workspace) -> str:
    """What ties a template to the workspace that wrote it: the moment the workspace was
    created (its name may change; a copy of the file is the same workspace)."""
    return workspace.settings.get("created_at")


def template_request(workspace: Workspace, rfq_id: int, supplier_id: int) -> TemplateRequest:
    """Read the RFQ and supplier. StorageError (NotFound) when either is gone; ValueError when
    the supplier was not asked in this RFQ."""
    rfq = workspace.rfqs.get(rfq_id)
    if supplier_id not in rfq.supplier_ids:
        raise ValueError(f"{rfq_reference(rfq_id)} was not sent to this supplier: add it to the "
                         "RFQ or pick one of its suppliers")
    supplier = workspace.suppliers.get(supplier_id)
    summary = workspace.rfqs.summary(rfq_id, dt.date.today())
    return TemplateRequest(
        rfq_id=rfq_id, reference=rfq_reference(rfq_id), supplier_id=supplier_id,
        supplier=supplier.name, design_id=rfq.design_id, design_code=summary.design_code,
        design_name=summary.design_name, revision_id=summary.tech_pack_revision_id,
        revision=summary.revision, created_on=rfq.created_on, reply_by=rfq.reply_by,
        quantities=tuple(rfq.quantities), currency=rfq.currency or supplier.currency,
        incoterm=rfq.incoterm.value, notes=rfq.notes, brand=workspace.brand.get().name,
        workspace=workspace_identity(workspace),
        workspace_name=workspace.settings.get("name"))


def template_file_name(request: TemplateRequest) -> str:
    """'RG-014 quote RFQ-0007 rev B — Siam Silver Works.xlsx', safe on every file system."""
    name = f"{request.design_code} quote {request.reference} rev {request.revision} — " \
           f"{request.supplier}"
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .")
    return f"{name[:180]}.xlsx"


def write_quote_template(workspace: Workspace, rfq_id: int, supplier_id: int,
                         target: Path | str) -> Path:
    """Write the template to target (a folder: the file is named template_file_name()).
    Whole or not at all (ExportError with a message when it cannot be written)."""
    request = template_request(workspace, rfq_id, supplier_id)
    target = Path(target)
    if target.is_dir():
        target = target / template_file_name(request)
    book = build_template(request)
    with output.replacing(target) as temporary:
        output.save_workbook(book, temporary)
    log.info("wrote the quote template %s", target.name)
    return target


def build_template(request: TemplateRequest) -> Workbook:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET
    _Layout(book, sheet, request).write()
    return book


class _Layout:
    def __init__(self, book: Workbook, sheet: Any, request: TemplateRequest) -> None:
        self.book = book
        self.sheet = sheet
        self.request = request
        self.row = 1
        self.validations: dict[str, DataValidation] = {}

    # --- cells ---------------------------------------------------------------------------

    def name(self, key: str, ref: str, sheet: str = SHEET) -> None:
        self.book.defined_names[key] = DefinedName(
            key, attr_text=f"'{sheet}'!{ref}", hidden=True)

    def label(self, column: str, text: str, *, bold: bool = False, size: int | None = None,
              head: bool = False) -> Any:
        cell = set_text(self.sheet[f"{column}{self.row}"], text)
        if bold or size or head:
            cell.font = Font(bold=bold or head, size=size)
        if head:
            cell.fill = _HEAD_FILL
            cell.border = _BOX
        return cell

    def value(self, column: str, value: Any, number_format: str | None = None) -> Any:
        cell = self.sheet[f"{column}{self.row}"]
        if isinstance(value, str):
            set_text(cell, value)
        else:
            cell.value = value
        if number_format:
            cell.number_format = number_format
        cell.alignment = Alignment(horizontal="left")
        return cell

    def hint(self, text: str) -> None:
        cell = set_text(self.sheet[f"D{self.row}"], text)
        cell.font = Font(italic=True, color="666666")

    def input(self, column: str, key: str | None, validation: str | None,
              number_format: str | None = None, value: Any = None) -> Any:
        cell = self.sheet[f"{column}{self.row}"]
        if isinstance(value, str):
            set_text(cell, value)
        elif value is not None:
            cell.value = value
        cell.protection = _UNLOCKED
        cell.fill = _INPUT_FILL
        cell.border = _BOX
        if number_format:
            cell.number_format = number_format
        if key is not None:
            self.name(key, f"${column}${self.row}")
        if validation is not None:
            self.validations[validation].add(cell)
        return cell

    def field(self, text: str, key: str, validation: str | None, hint: str = "",
              number_format: str | None = None, value: Any = None) -> None:
        self.label("A", text)
        self.input("B", NAMES[key], validation, number_format, value)
        if hint:
            self.hint(hint)
        self.row += 1

    def info(self, text: str, value: Any, key: str | None = None,
             number_format: str | None = None) -> None:
        self.label("A", text)
        self.value("B", value, number_format).font = Font(bold=True)
        if key is not None:
            self.name(NAMES[key], f"$B${self.row}")
        self.row += 1

    # --- the sheet -----------------------------------------------------------------------

    def write(self) -> None:
        self._validations()
        self._hidden_sheet()
        request = self.request
        sheet = self.sheet
        for column, width in (("A", 34), ("B", 24), ("C", 24), ("D", 46)):
            sheet.column_dimensions[column].width = width

        self.label("A", f"Quotation for {request.reference}", size=14, bold=True)
        self.row += 1
        self.label("A", f"From {request.brand} to {request.supplier}" if request.brand
                   else f"To {request.supplier}")
        self.row += 1
        self.label("A", "Please fill in the shaded cells (the others are locked), save as .xlsx "
                        "and send this file back.")
        self.row += 2

        self.label("A", "What we ask", bold=True)
        self.row += 1
        self.info("RFQ reference", request.reference, "rfq")
        self.info("Design code", request.design_code, "design_code")
        self.info("Design name", request.design_name)
        self.info("Tech pack revision", request.revision, "revision")
        self.info("Supplier", request.supplier)
        self.info("Sent", request.created_on, number_format=DATE_FORMAT)
        self.info("Reply by", request.reply_by, number_format=DATE_FORMAT)
        self.info("Quantities to price (pieces)", quantities_text(list(request.quantities)))
        if request.notes:
            self.label("A", "Our notes")
            cell = self.value("B", request.notes)
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
            self.row += 1
        self.row += 1

        self.label("A", "Your quote", bold=True)
        self.row += 1
        self.field("Your quote reference", "reference", None, "optional, as on your invoices")
        self.field("Quote date", "quoted_on", "date", "YYYY-MM-DD", DATE_FORMAT)
        self.field("Currency", "currency", "currency",
                   "the currency of every price and fee below (ISO code)",
                   value=request.currency)
        self.field("Valid until", "valid_until", "date", "YYYY-MM-DD, optional", DATE_FORMAT)
        self.field("Incoterm", "incoterm", "incoterm", "EXW, FOB, CIF or DDP",
                   value=request.incoterm)
        self.field("Minimum order quantity (pieces)", "moq", "whole1",
                   "per style; blank: the smallest quantity you price", "0")
        self.field("Sample lead time (days)", "sample_days", "whole0", "calendar days", "0")
        self.field("Production lead time (days)", "production_days", "whole0",
                   "calendar days from order", "0")
        self.field("Deposit (% of order value)", "deposit_pct", "percent", "0 to 100", "0.##")
        self.row += 1

        self.label("A", "Unit prices", bold=True)
        self.row += 1
        self.label("A", "Quantity (pieces)", head=True)
        self.label("B", "Unit price", head=True)
        self.hint("per piece, all-in, in the currency above; numbers only")
        self.row += 1
        first = self.row
        for quantity in request.quantities:
            self.value("A", quantity, "#,##0").border = _BOX
            self.input("B", None, "price", PRICE_FORMAT)
            self.row += 1
        for _ in range(EXTRA_TIERS):
            self.input("A", None, "whole1", "#,##0")
            self.input("B", None, "price", PRICE_FORMAT)
            self.hint("another quantity you offer (optional)")
            self.row += 1
        last = self.row - 1
        self.name(NAMES["tier_quantity"], f"$A${first}:$A${last}")
        self.name(NAMES["tier_price"], f"$B${first}:$B${last}")
        self.row += 1

        self.label("A", "Development fees (one-time)", bold=True)
        self.row += 1
        self.label("A", "Fee", head=True)
        self.label("B", "Amount", head=True)
        self.label("C", "Refundable on order (Y/N)", head=True)
        self.row += 1
        for kind, text, hint in FEE_ROWS:
            self.label("A", text)
            self.input("B", fee_name(kind), "price", PRICE_FORMAT)
            self.input("C", refundable_name(kind), "yesno", value="N")
            self.hint(hint + "; blank or 0 when none")
            self.row += 1
        self.row += 1

        self.label("A", "Notes", bold=True)
        self.row += 1
        notes = self.input("A", NAMES["notes"], None)
        notes.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[self.row].height = 90
        self.row += 1

        sheet.protection.sheet = True  # no password: see the module doc
        sheet.protection.formatColumns = False  # a supplier may widen a column
        sheet.freeze_panes = None
        sheet.print_options.gridLines = False
        sheet.page_setup.fitToWidth = 1
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToHeight = 0
        self.book.security = WorkbookProtection(lockStructure=True)
        self.book.active = 0

    def _validations(self) -> None:
        def add(key: str, validation: DataValidation, title: str, message: str,
                prompt: str = "") -> None:
            validation.showErrorMessage = True
            validation.errorTitle = title
            validation.error = message
            if prompt:
                validation.showInputMessage = True
                validation.prompt = prompt
            self.sheet.add_data_validation(validation)
            self.validations[key] = validation

        add("price", DataValidation(type="decimal", operator="greaterThanOrEqual",
                                    formula1="0", allow_blank=True),
            "Not a price", "Enter a number of 0 or more, without a currency sign.")
        add("whole1", DataValidation(type="whole", operator="greaterThanOrEqual",
                                     formula1="1", allow_blank=True),
            "Not a quantity", "Enter a whole number of pieces (1 or more).")
        add("whole0", DataValidation(type="whole", operator="greaterThanOrEqual",
                                     formula1="0", allow_blank=True),
            "Not a number of days", "Enter a whole number of days.")
        add("percent", DataValidation(type="decimal", operator="between", formula1="0",
                                      formula2="100", allow_blank=True),
            "Not a percentage", "Enter a percentage from 0 to 100.")
        add("date", DataValidation(type="date", operator="greaterThan", formula1="1",
                                   allow_blank=True),
            "Not a date", "Enter a date, e.g. 2026-03-31.")
        add("currency", DataValidation(type="list", formula1=NAMES["currencies"],
                                       allow_blank=False),
            "Not a currency", "Choose an ISO currency code from the list (USD, EUR, THB …).")
        add("incoterm", DataValidation(
            type="list", formula1='"' + ",".join(term.value for term in Incoterm) + '"',
            allow_blank=False), "Not an incoterm", "Choose EXW, FOB, CIF or DDP.")
        add("yesno", DataValidation(type="list", formula1='"Y,N"', allow_blank=True),
            "Y or N", "Y: refunded or credited when production is ordered; N: not.")

    def _hidden_sheet(self) -> None:
        request = self.request
        hidden = self.book.create_sheet(HIDDEN_SHEET)
        hidden.sheet_state = "veryHidden"
        values = {"marker": MARKER, "version": TEMPLATE_VERSION, "rfq_id": request.rfq_id,
                  "supplier_id": request.supplier_id, "design_id": request.design_id,
                  "revision_id": request.revision_id, "rfq_reference": request.reference,
                  "design_code": request.design_code, "revision": request.revision,
                  "supplier": request.supplier, "workspace": request.workspace,
                  "workspace_name": request.workspace_name}
        for row, key in enumerate(HIDDEN_KEYS, start=1):
            set_text(hidden.cell(row=row, column=1), key)
            value = values[key]
            cell = hidden.cell(row=row, column=2)
            if isinstance(value, str):
                set_text(cell, value)
            else:
                cell.value = value
        currencies = list(COMMON_CURRENCIES) + sorted(ISO_4217 - set(COMMON_CURRENCIES))
        for row, code in enumerate(currencies, start=1):
            set_text(hidden.cell(row=row, column=4), code)
        self.name(NAMES["currencies"], f"$D$1:$D${len(currencies)}", HIDDEN_SHEET)
        hidden.protection.sheet = True
