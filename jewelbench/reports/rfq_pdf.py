"""A request for quotation as one PDF per supplier: a letter page asking for prices at each
quantity, the one-time fees and the terms, followed by the full tech pack of the issued
revision, with the tech pack's running header and "Page N of M" on every page.

    letter = RfqLetter.of(rfq, supplier, brand, snapshot)
    pages = render_rfq_pdf(letter, image_loader, revision_logo, out)

The letter is written from the brand as it is today (its logo and address); the tech pack
prints exactly as the revision was issued, with the logo frozen with it. Its words go through
Qt's translate in the context "rfq_letter" and its figures and dates through
reports.print_forms: the ui prints each supplier's letter in its print language.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)

from jewelbench.domain.brand import Brand
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, fill
from jewelbench.domain.rfqs import Rfq, rfq_reference
from jewelbench.domain.suppliers import Supplier
from jewelbench.reports import print_forms
from jewelbench.reports import techpack_html as html
from jewelbench.reports import techpack_images as images
from jewelbench.reports.techpack_pdf import (
    ImageLoader,
    PageHeader,
    body_font,
    build_document,
    image_names,
    page_header,
    write_pdf,
)

if TYPE_CHECKING:
    from jewelbench.storage.workspace import Workspace

translate = QCoreApplication.translate
said = html.said

LOGO_URL = "img://rfq-letter-logo"
LOGO_MM = (55.0, 15.0)

FEES = (  # what a buyer asks to see apart from the unit price
    (QT_TRANSLATE_NOOP("rfq_letter", "CAD / 3D model"),
     QT_TRANSLATE_NOOP("rfq_letter", "modelling from the tech pack")),
    (QT_TRANSLATE_NOOP("rfq_letter", "Wax or rubber mould"),
     QT_TRANSLATE_NOOP("rfq_letter", "master model and moulds")),
    (QT_TRANSLATE_NOOP("rfq_letter", "Tooling"),
     QT_TRANSLATE_NOOP("rfq_letter", "dies, stamps, fixtures")),
    (QT_TRANSLATE_NOOP("rfq_letter", "Sample fee"),
     QT_TRANSLATE_NOOP("rfq_letter", "per sample round")),
)
INCOTERMS = {
    "EXW": QT_TRANSLATE_NOOP("rfq_letter", "EXW: name the pick-up address"),
    "FOB": QT_TRANSLATE_NOOP("rfq_letter", "FOB: name the port of loading"),
    "CIF": QT_TRANSLATE_NOOP("rfq_letter", "CIF: to our port of destination"),
    "DDP": QT_TRANSLATE_NOOP("rfq_letter", "DDP: to our address, duties paid"),
}
TERMS = (  # what the supplier is asked to state, and how
    (QT_TRANSLATE_NOOP("rfq_letter", "MOQ"),
     QT_TRANSLATE_NOOP("rfq_letter", "Per style, and minimum order value")),
    (QT_TRANSLATE_NOOP("rfq_letter", "Metal"),
     QT_TRANSLATE_NOOP("rfq_letter", "All-in, or making + metal at a stated price")),
    (QT_TRANSLATE_NOOP("rfq_letter", "Sample lead time"),
     QT_TRANSLATE_NOOP("rfq_letter", "Days from order to sample shipped")),
    (QT_TRANSLATE_NOOP("rfq_letter", "Payment"),
     QT_TRANSLATE_NOOP("rfq_letter", "Deposit % and balance terms")),
    (QT_TRANSLATE_NOOP("rfq_letter", "Freight"),
     QT_TRANSLATE_NOOP("rfq_letter", "Per shipment or per piece")),
    (QT_TRANSLATE_NOOP("rfq_letter", "Validity"),
     QT_TRANSLATE_NOOP("rfq_letter", "Date the quote holds until")),
)


@dataclass(frozen=True)
class RfqLetter:
    """Everything one supplier's RFQ says."""

    reference: str  # RFQ-0007
    created_on: dt.date
    reply_by: dt.date
    quantities: tuple[int, ...]
    incoterm: str
    currency: str  # the currency this supplier is asked to quote in
    notes: str
    supplier: Supplier
    brand: Brand
    snapshot: Mapping[str, Any]  # the issued revision, as frozen

    @classmethod
    def of(cls, rfq: Rfq, supplier: Supplier, brand: Brand,
           snapshot: Mapping[str, Any]) -> RfqLetter:
        return cls(rfq_reference(rfq.id), rfq.created_on, rfq.reply_by, tuple(rfq.quantities),
                   rfq.incoterm.value, rfq.currency or supplier.currency, rfq.notes, supplier,
                   brand, snapshot)

    @property
    def design_code(self) -> str:
        return str(_mapping(self.snapshot.get("design")).get("code") or "")

    @property
    def design_name(self) -> str:
        return str(_mapping(self.snapshot.get("design")).get("name") or "")

    @property
    def revision(self) -> str:
        return str(self.snapshot.get("revision") or "")


def pdf_file_name(design_code: str, revision: str, supplier: str) -> str:
    """'RG-014 RFQ rev B — Siam Gem Setting Co., Ltd.pdf', safe on every file system."""
    name = f"{design_code} RFQ rev {revision} — {supplier}"
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .")
    return f"{name[:180]}.pdf"


MONTHS = (QT_TRANSLATE_NOOP("rfq_letter", "January"), QT_TRANSLATE_NOOP("rfq_letter", "February"),
          QT_TRANSLATE_NOOP("rfq_letter", "March"), QT_TRANSLATE_NOOP("rfq_letter", "April"),
          QT_TRANSLATE_NOOP("rfq_letter", "May"), QT_TRANSLATE_NOOP("rfq_letter", "June"),
          QT_TRANSLATE_NOOP("rfq_letter", "July"), QT_TRANSLATE_NOOP("rfq_letter", "August"),
          QT_TRANSLATE_NOOP("rfq_letter", "September"),
          QT_TRANSLATE_NOOP("rfq_letter", "October"),
          QT_TRANSLATE_NOOP("rfq_letter", "November"),
          QT_TRANSLATE_NOOP("rfq_letter", "December"))


def long_date(day: dt.date) -> str:
    """'8 December 2026' ('8. desember 2026'): no day/month order to misread abroad. The
    month's name is the letter's own language (translated with it), not strftime's %B: Qt sets
    the process locale from the environment, so %B would put a Norwegian month ('desember')
    into an English letter."""
    return fill(translate("rfq_letter", "{day} {month} {year}"), day=day.day,
                month=said(MONTHS[day.month - 1]), year=day.year)


def letter_country(code: str) -> str:
    """The supplier's country as the letter names it, in the letter's language."""
    return print_forms.territory_name(code, print_forms.language_of(print_forms.current_locale()))


def country_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


# ------------------------------------------------------------------------------------------
# The letter
# ------------------------------------------------------------------------------------------


def _blank_grid(columns: Sequence[html.Column], rows: Sequence[Sequence[str]]) -> str:
    """A ruled table with room to write in: the supplier fills in the empty cells."""
    table = html.grid(columns, rows)
    return table.replace('cellpadding="3"', 'cellpadding="4"', 1)


def _ruled(cell: str) -> str:
    return cell or "&nbsp;"


def letter_html(letter: RfqLetter, logo: html.PrintImage | None) -> str:
    brand = letter.brand
    supplier = letter.supplier
    revision_issued = letter.snapshot.get("issued_on")
    parts: list[str] = []

    logo_cell = (f'<img src="{logo.url}" width="{logo.width_px}" height="{logo.height_px}">'
                 if logo else "")
    address = "" if not brand.address.strip() else (
        f'<br><span style="font-size: 8.5pt; color: {html.MUTED};">'
        f'{html.text(brand.address)}</span>')
    parts.append(
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td valign="middle" width="35%">{logo_cell}</td>'
        f'<td valign="middle" align="right"><span style="font-size: 12pt; font-weight: bold;">'
        f'{html.text(brand.name) if brand.name.strip() else ""}</span>{address}'
        "</td></tr></table>")  # no brand profile yet: nothing, not a lone "—"
    parts.append(_rule())

    contact = supplier.contacts[0] if supplier.contacts else None
    to_lines = [f"<b>{html.text(supplier.name)}</b>", escape(letter_country(supplier.country))]
    if contact is not None:
        attention = fill(translate("rfq_letter", "Attn. {name}"), name=contact.name) \
            if not contact.role else fill(translate("rfq_letter", "Attn. {name}, {role}"),
                                          name=contact.name, role=contact.role)
        to_lines.append(escape(attention))
        reach = " · ".join(escape(v) for v in (contact.email, contact.phone) if v)
        if reach:
            to_lines.append(reach)
    if revision_issued:
        enclosed = fill(translate("rfq_letter",
                                  "Tech pack revision {revision}, issued {date}: enclosed"),
                        revision=letter.revision,
                        date=long_date(dt.date.fromisoformat(str(revision_issued))))
    else:
        enclosed = fill(translate("rfq_letter", "Tech pack revision {revision}: enclosed"),
                        revision=letter.revision)
    request_word = escape(translate("rfq_letter", "REQUEST FOR QUOTATION"))
    title = (
        f'<p style="font-size: 8.5pt; font-weight: bold; color: {html.ACCENT};">'
        f'{request_word}</p>'
        f'<p style="font-size: 18pt; font-weight: bold;">{html.text(letter.design_code)}'
        f'&nbsp;&nbsp;<span style="font-size: 13pt; font-weight: normal;">'
        f'{html.text(letter.design_name)}</span></p>'
        f'<p style="color: {html.MUTED}; margin-bottom: 6px;">{html.text(enclosed)}</p>'
        + html.pairs([(translate("rfq_letter", "To"), "<br>".join(to_lines)),
                      (translate("rfq_letter", "Date"), escape(long_date(letter.created_on)))],
                     label_width="12%"))
    reply_by = escape(translate("rfq_letter", "REPLY BY"))
    our_reference = escape(translate("rfq_letter", "OUR REFERENCE"))
    quote_in = escape(translate("rfq_letter", "QUOTE IN"))
    reply_box = (
        f'<table width="100%" cellspacing="0" cellpadding="6" bgcolor="{html.HEAD_FILL}">'
        f'<tr><td><p align="center" style="font-size: 8pt; color: {html.MUTED};">'
        f'{reply_by}</p>'
        f'<p align="center" style="font-size: 13pt; font-weight: bold; color: {html.ACCENT};">'
        f'{escape(long_date(letter.reply_by))}</p>'
        f'<p align="center" style="font-size: 8pt; color: {html.MUTED}; margin-top: 6px;">'
        f'{our_reference}</p>'
        f'<p align="center" style="font-size: 10.5pt; font-weight: bold;">'
        f'{escape(letter.reference)}</p>'
        f'<p align="center" style="font-size: 8pt; color: {html.MUTED}; margin-top: 6px;">'
        f'{quote_in}</p>'
        f'<p align="center" style="font-size: 10.5pt; font-weight: bold;">'
        f'{escape(letter.currency)} · {escape(letter.incoterm)}</p></td></tr></table>')
    parts.append(
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 10px;"><tr>'
        f'<td valign="top">{title}</td><td width="4%"></td>'
        f'<td valign="top" width="30%">{reply_box}</td></tr></table>')

    greeting = escape(fill(translate("rfq_letter", "Dear {name},"), name=contact.name)) \
        if contact is not None else escape(translate("rfq_letter", "Dear Sir or Madam,"))
    asked = fill(escape(translate(
        "rfq_letter", "please quote for making {code} {name} exactly as specified in the "
        "enclosed tech pack, revision {revision}, at each quantity below, in {currency}, "
        "{incoterm}. Please reply by {reply_by} and quote our reference {reference}.")),
        code=html.text(letter.design_code), name=html.text(letter.design_name),
        revision=html.text(letter.revision), currency=f"<b>{escape(letter.currency)}</b>",
        incoterm=escape(letter.incoterm),
        reply_by=f"<b>{escape(long_date(letter.reply_by))}</b>",
        reference=f"<b>{escape(letter.reference)}</b>")
    parts.append(f'<p style="margin-top: 8px;">{greeting}</p><p>{asked}</p>')
    if letter.notes.strip():
        please_note = escape(translate("rfq_letter", "Please note:"))
        parts.append(f'<p style="margin-top: 4px;"><b>{please_note}</b> '
                     f"{html.text(letter.notes)}</p>")

    currency = letter.currency
    parts.append(_section(1, translate("rfq_letter", "Unit prices")))
    parts.append(_blank_grid(
        [html.Column(translate("rfq_letter", "Quantity (pieces)"), True, "20%"),
         html.Column(fill(translate("rfq_letter", "Unit price ({currency})"),
                          currency=currency), True, "24%"),
         html.Column(translate("rfq_letter", "Production lead time (days)"), True, "26%"),
         html.Column(translate("rfq_letter", "Remarks"))],
        [[escape(print_forms.integer(quantity)), _ruled(""), _ruled(""), _ruled("")]
         for quantity in letter.quantities]))

    parts.append(_section(2, translate("rfq_letter",
                                       "One-time development costs, apart from unit prices")))
    yes_no = fill(escape(translate("rfq_letter", "{yes} / {no}")).replace(" ", "&nbsp;"),
                  yes=escape(translate("rfq_letter", "Yes")),
                  no=escape(translate("rfq_letter", "No")))
    parts.append(_blank_grid(
        [html.Column(translate("rfq_letter", "Fee")),
         html.Column(fill(translate("rfq_letter", "Amount ({currency})"), currency=currency),
                     True, "24%"),
         html.Column(translate("rfq_letter", "Refunded on order?"), width="26%")],
        [[f'<b>{escape(said(fee))}</b>&nbsp;&nbsp;<span style="color: {html.MUTED};">'
          f"{escape(said(covers))}</span>", _ruled(""), yes_no]
         for fee, covers in FEES]))

    parts.append(_section(3, translate("rfq_letter", "Terms to state")))
    incoterm = INCOTERMS.get(letter.incoterm)
    terms = [
        (translate("rfq_letter", "Currency"),
         fill(translate("rfq_letter", "All amounts in {currency}"), currency=currency)),
        (translate("rfq_letter", "Incoterm"),
         said(incoterm) if incoterm is not None else letter.incoterm),
        *((said(label), said(ask)) for label, ask in TERMS),
    ]
    parts.append(_blank_grid(
        [html.Column(translate("rfq_letter", "Term"), width="20%"),
         html.Column(translate("rfq_letter", "Please state"), width="42%"),
         html.Column(translate("rfq_letter", "Your answer"))],
        [[f"<b>{escape(label)}</b>", escape(ask), _ruled("")] for label, ask in terms]))

    owner = html.text(brand.name) if brand.name.strip() else \
        escape(translate("rfq_letter", "the brand that sent it"))
    confidential = fill(escape(translate(
        "rfq_letter", "The tech pack that follows is confidential and remains the property of "
        "{owner}. Quote for it as issued: if anything in it cannot be made as specified, say "
        "so in your quote rather than changing it.")), owner=owner)
    parts.append(f'<p class="note" style="margin-top: 10px;">{confidential}</p>')
    return f"<html><body>{''.join(parts)}</body></html>"


def _section(number: int, title: str) -> str:
    return f"<h3>{number}&nbsp;&nbsp;{escape(title)}</h3>"


def _rule() -> str:
    return ('<table width="100%" cellspacing="0" cellpadding="0" style="border-collapse: '
            f'collapse;"><tr><td style="border-bottom: 1.5px solid {html.ACCENT};"></td></tr>'
            "</table>")


# ------------------------------------------------------------------------------------------
# The document and the file
# ------------------------------------------------------------------------------------------


def rfq_page_header(letter: RfqLetter) -> PageHeader:
    header = page_header(letter.snapshot)
    return PageHeader(letter.brand.name or header.brand, header.design_code,
                      header.design_name, header.revision, header.date,
                      fill(translate("rfq_letter", "Request for quotation {reference}"),
                           reference=letter.reference))


def build_rfq_document(letter: RfqLetter, image_loader: ImageLoader,
                       revision_logo: bytes | None) -> QTextDocument:
    """The letter, then from a new page the tech pack exactly as build_document prints it."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("build_rfq_document needs a QGuiApplication (fonts)")
    techpack = build_document(letter.snapshot, image_loader, revision_logo)
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(body_font())
    document.setUseDesignMetrics(True)  # as the tech pack's (techpack_pdf.build_document)
    document.setDefaultStyleSheet(html.STYLE_SHEET)
    logo = _letter_logo(document, letter.brand.logo)
    document.setHtml(letter_html(letter, logo))

    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    new_page = QTextBlockFormat()
    new_page.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.insertBlock(new_page)
    for name in image_names(techpack):
        url = QUrl(name)
        document.addResource(QTextDocument.ResourceType.ImageResource, url,
                             techpack.resource(QTextDocument.ResourceType.ImageResource, url))
    cursor.insertFragment(QTextDocumentFragment(techpack))
    return document


def _letter_logo(document: QTextDocument, logo: bytes | None) -> html.PrintImage | None:
    image = images.decode(logo) if logo else None
    if image is None:
        return None
    width_mm, height_mm = images.print_size_mm(image.width(), image.height(), *LOGO_MM)
    if width_mm <= 0:
        return None
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO_URL),
                         images.for_print(image, width_mm))
    return html.PrintImage(LOGO_URL, images.css_px(width_mm), images.css_px(height_mm))


def render_rfq_pdf(letter: RfqLetter, image_loader: ImageLoader, revision_logo: bytes | None,
                   out: Path, page_size: str = "A4") -> int:
    """Write one supplier's RFQ to out (A4 or Letter); return its page count. Written to
    OUT.partial and renamed into place only when complete (TechPackError otherwise)."""
    document = build_rfq_document(letter, image_loader, revision_logo)
    title = fill(translate("rfq_letter", "{code} {name} — request for quotation {reference}, "
                                         "rev {revision}, {supplier}"),
                 code=letter.design_code, name=letter.design_name, reference=letter.reference,
                 revision=letter.revision, supplier=letter.supplier.name)
    return write_pdf(document, rfq_page_header(letter), Path(out), page_size, title)


# ------------------------------------------------------------------------------------------
# From the workspace
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RfqPrint:
    """What an RFQ's PDFs are made of: one letter per supplier, and the revision's frozen
    images and logo that every tech pack prints with."""

    letters: tuple[RfqLetter, ...]
    image_loader: ImageLoader
    revision_logo: bytes | None

    def file_name(self, letter: RfqLetter) -> str:
        return pdf_file_name(letter.design_code, letter.revision, letter.supplier.name)

    def write(self, letter: RfqLetter, folder: Path, page_size: str = "A4") -> Path:
        """One supplier's PDF in folder (replacing an older one of the same name)."""
        out = Path(folder) / self.file_name(letter)
        render_rfq_pdf(letter, self.image_loader, self.revision_logo, out, page_size)
        return out


def rfq_print(workspace: Workspace, rfq_id: int) -> RfqPrint:
    """Read an RFQ and everything its letters need. Raises StorageError (NotFound, a revision
    issued by an older jewelbench that kept no complete tech pack)."""
    rfq = workspace.rfqs.get(rfq_id)
    revision_id = rfq.tech_pack_revision_id
    assert revision_id is not None  # an RFQ always has its revision
    snapshot = workspace.tech_packs.snapshot(revision_id)
    brand = workspace.brand.get()
    logo = workspace.tech_packs.brand_logo(revision_id)
    tech_packs = workspace.tech_packs
    letters = tuple(RfqLetter.of(rfq, workspace.suppliers.get(supplier_id), brand, snapshot)
                    for supplier_id in rfq.supplier_ids)
    return RfqPrint(letters,
                    lambda image_id: tech_packs.image_for_snapshot(revision_id, image_id),
                    logo[0] if logo else None)
