"""The tech pack as a printed document: a QTextDocument painted page by page, header and footer
drawn on every page, written to PDF with QPdfWriter (or to any QPrinter, e.g. a print preview).

    document = build_document(snapshot, image_loader, logo)
    pages = print_document(document, printer_or_writer, page_header(snapshot))

render_techpack_pdf() does both for a file, writing OUT.partial and renaming it into place, so
a failed export never leaves a half-written PDF behind.

Pages are painted by hand rather than with QTextDocument.print() so that each page carries the
brand, design code, revision and date, and "Page N of M". The document is laid out on the
printer's own resolution (its layout paint device) so text is measured as it will print, and
paginated by reports.pagination: no heading alone at a page's foot, tables cut between rows
with their header row repeated.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)

from jewelbench.domain.messages import fill
from jewelbench.reports import pagination, print_fonts, print_forms
from jewelbench.reports import techpack_html as html
from jewelbench.reports import techpack_images as images
from jewelbench.storage.store import StorageError

log = logging.getLogger(__name__)

SNAPSHOT_FORMAT = 1
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}

# Page geometry in millimetres, the same on A4 and US Letter.
SIDE_MARGIN_MM = 18.0
BODY_TOP_MM = 23.0  # header text sits above, between HEADER_TOP_MM and the rule
BODY_BOTTOM_MM = 21.0
HEADER_TOP_MM = 11.0
HEADER_RULE_MM = 16.0
FOOTER_RULE_MM = 15.0  # from the bottom edge; footer text sits below it
TEXT_WIDTH_MM = 174.0  # the narrower of A4 (174) and Letter (179.9): images fit both
COVER_IMAGE_MM = (150.0, 110.0)  # most width, height
FIGURE_IMAGE_MM = (TEXT_WIDTH_MM, 90.0)  # two figures with legends to a page
LOGO_MM = (60.0, 16.0)

BODY_PT = 10.0
HEADER_PT = 8.0

ImageLoader = Callable[[int], bytes]
translate = QCoreApplication.translate


class TechPackError(Exception):
    """A tech pack that cannot be printed; str() is one line meant for the user."""


@dataclass(frozen=True)
class PageHeader:
    """What every page says about the document it belongs to."""

    brand: str
    design_code: str
    design_name: str
    revision: str
    date: str  # the issue date, or "DRAFT"
    kind: str = ""  # what the document is, at the header's right ("" = "Tech pack")

    def text(self) -> str:
        revision = fill(translate("techpack_pdf", "Rev {revision}"), revision=self.revision)
        return " · ".join(part for part in (self.brand, self.design_code, revision, self.date)
                          if part)

    def kind_text(self) -> str:
        return self.kind or translate("techpack_pdf", "Tech pack")


def page_header(snapshot: Mapping[str, Any]) -> PageHeader:
    design = snapshot.get("design")
    design = design if isinstance(design, Mapping) else {}
    brand = snapshot.get("brand")
    brand = brand if isinstance(brand, Mapping) else {}
    return PageHeader(str(brand.get("name") or ""), str(design.get("code") or ""),
                      str(design.get("name") or ""), str(snapshot.get("revision") or "?"),
                      html.revision_status_text(snapshot))


def body_font(point_size: float = BODY_PT) -> QFont:
    """The printed pages' font: the shipped DejaVu Sans (reports.print_fonts, registered on
    first use), unhinted so that every computer measures its text alike."""
    font = QFont()
    font.setFamilies(print_fonts.families())
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setPointSizeF(point_size)
    # No "fi"/"fl" ligatures: text copied out of the PDF (or searched) must read "finish".
    font.setFeature(QFont.Tag("liga"), 0)
    return font


# ------------------------------------------------------------------------------------------
# The document
# ------------------------------------------------------------------------------------------


def build_document(snapshot: Mapping[str, Any], image_loader: ImageLoader,
                   logo: bytes | None) -> QTextDocument:
    """The tech pack as a QTextDocument with its images (callouts drawn on) as resources.

    Needs a QGuiApplication (fonts). An image that cannot be loaded or decoded prints as a
    note in its place: the rest of the tech pack is still worth having."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("build_document needs a QGuiApplication (fonts)")
    version = snapshot.get("format", SNAPSHOT_FORMAT)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise TechPackError(fill(translate(
            "techpack_pdf", "this is not a tech pack jewelbench can print (format {format})"),
            format=repr(version)))
    if version > SNAPSHOT_FORMAT:
        raise TechPackError(fill(translate(
            "techpack_pdf", "this tech pack was saved in format {format}, newer than this "
            "jewelbench understands ({understood}); update jewelbench"),
            format=version, understood=SNAPSHOT_FORMAT))
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(body_font())
    document.setUseDesignMetrics(True)  # the font's own advances: the same on every platform
    document.setDefaultStyleSheet(html.STYLE_SHEET)

    records = [item for item in snapshot.get("images") or [] if isinstance(item, Mapping)]
    callouts = [item for item in snapshot.get("callouts") or [] if isinstance(item, Mapping)]
    decoded: dict[int, QImage | None] = {}
    printed: dict[int, html.PrintImage | None] = {}
    for record in records:
        image_id = record.get("id")
        if not isinstance(image_id, int):
            continue
        decoded[image_id] = _load(image_loader, image_id)
        points = [_callout(c) for c in callouts if c.get("image_id") == image_id]
        printed[image_id] = _add_image(document, f"img://{image_id}", decoded[image_id],
                                       FIGURE_IMAGE_MM, points)

    cover_record = next((r for r in records if r.get("is_cover")), records[0] if records else None)
    cover, cover_caption = None, ""
    if cover_record is not None and isinstance(cover_record.get("id"), int):
        cover = _add_image(document, "img://cover", decoded.get(cover_record["id"]),
                           COVER_IMAGE_MM, [])
        cover_caption = str(cover_record.get("caption") or "")
    logo_image = _add_image(document, "img://logo", images.decode(logo) if logo else None,
                            LOGO_MM, [])

    document.setHtml(html.document_html(snapshot, printed, cover, cover_caption, logo_image))
    return document


def _load(image_loader: ImageLoader, image_id: int) -> QImage | None:
    try:
        return images.decode(image_loader(image_id))
    except (LookupError, OSError, ValueError, StorageError):
        return None


def _callout(record: Mapping[str, Any]) -> images.Callout:
    def fraction(value: object) -> float:
        try:
            return float(Decimal(str(value)))
        except (InvalidOperation, ValueError):
            return 0.5

    return images.Callout(fraction(record.get("x")), fraction(record.get("y")))


def _add_image(document: QTextDocument, url: str, image: QImage | None,
               box_mm: tuple[float, float],
               callouts: list[images.Callout]) -> html.PrintImage | None:
    if image is None:
        return None
    width_mm, height_mm = images.print_size_mm(image.width(), image.height(), *box_mm)
    if width_mm <= 0:
        return None
    ready = images.draw_callouts(images.for_print(image, width_mm), callouts)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), ready)
    return html.PrintImage(url, images.css_px(width_mm), images.css_px(height_mm))


# ------------------------------------------------------------------------------------------
# Pages
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Geometry:
    """Device-pixel rectangles of one page (all pages are alike)."""

    body: QRectF
    header: QRectF
    header_rule_y: float
    footer: QRectF
    footer_rule_y: float
    dots_per_mm: float

    @classmethod
    def of(cls, device: QPagedPaintDevice) -> _Geometry:
        dots_per_mm = device.logicalDpiY() / images.MM_PER_INCH
        size = device.pageLayout().fullRectPixels(device.logicalDpiX()).size()
        width, height = float(size.width()), float(size.height())

        def mm(value: float) -> float:
            return value * dots_per_mm

        side = mm(SIDE_MARGIN_MM)
        return cls(
            body=QRectF(side, mm(BODY_TOP_MM), width - 2 * side,
                        height - mm(BODY_TOP_MM) - mm(BODY_BOTTOM_MM)),
            header=QRectF(side, mm(HEADER_TOP_MM), width - 2 * side,
                          mm(HEADER_RULE_MM - HEADER_TOP_MM - 1.2)),
            header_rule_y=mm(HEADER_RULE_MM),
            footer=QRectF(side, height - mm(FOOTER_RULE_MM) + mm(1.2), width - 2 * side,
                          mm(FOOTER_RULE_MM - 10.0)),
            footer_rule_y=height - mm(FOOTER_RULE_MM),
            dots_per_mm=dots_per_mm)


def print_document(document: QTextDocument, device: QPagedPaintDevice,
                   header: PageHeader) -> int:
    """Paint document on device (a QPdfWriter or a QPrinter) page by page; return the pages.

    The device's page size decides the layout (A4, Letter …); its own margins are ignored in
    favour of the tech pack's, which every page shares with its header and footer. document
    itself is left as it was: the page breaks are made in a copy, so a print preview can
    print it again on another paper size."""
    geometry = _Geometry.of(device)
    pages_copy = _printable_copy(document)
    try:
        pages_copy.documentLayout().setPaintDevice(device)
        pages_copy.setPageSize(geometry.body.size())
        pagination.paginate(pages_copy, geometry.dots_per_mm)
        pages = pages_copy.pageCount()
        rules = pagination.heading_rules(pages_copy)
        painter = QPainter()
        if not painter.begin(device):
            raise TechPackError(translate(
                "techpack_pdf", "the printer or file could not be opened for writing"))
        try:
            # Work in whole-page coordinates whatever the device's printable area is.
            paint_rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
            painter.translate(-paint_rect.left(), -paint_rect.top())
            for index in range(pages):
                if index and not device.newPage():
                    raise TechPackError(translate("techpack_pdf",
                                                  "a new page could not be started"))
                _paint_furniture(painter, geometry, header, index + 1, pages)
                _paint_body(painter, pages_copy, geometry, index, rules)
        finally:
            ended = painter.end()
        if not ended:
            raise TechPackError(translate(
                "techpack_pdf", "the document could not be finished (is the disk full?)"))
        return pages
    finally:
        # Ask for the layout afresh: pagination edits tables, after which PySide may no
        # longer accept an older wrapper of the (same) layout object.
        pages_copy.documentLayout().setPaintDevice(None)  # type: ignore[arg-type]  # Qt allows it


def _printable_copy(document: QTextDocument) -> QTextDocument:
    """A copy of document, with its images, that pagination may cut up.

    Not QTextDocument.clone(): PySide parents the clone to the original for ownership, and
    the clone could then be deleted under our feet, or twice."""
    copy = QTextDocument()
    copy.setDefaultFont(document.defaultFont())
    copy.setUseDesignMetrics(document.useDesignMetrics())
    copy.setDocumentMargin(document.documentMargin())
    copy.rootFrame().setFrameFormat(document.rootFrame().frameFormat())
    for name in image_names(document):
        url = QUrl(name)
        copy.addResource(QTextDocument.ResourceType.ImageResource, url,
                         document.resource(QTextDocument.ResourceType.ImageResource, url))
    QTextCursor(copy).insertFragment(QTextDocumentFragment(document))
    return copy


def image_names(document: QTextDocument) -> list[str]:
    """The resource names of the images document shows, in order."""
    names = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            char_format = fragments.fragment().charFormat()
            if char_format.isImageFormat():
                names.append(char_format.toImageFormat().name())
            fragments += 1
        block = block.next()
    return names


def _print_palette() -> QPalette:
    """Dark text on white whatever the desktop's theme: paper is white."""
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Text, html.INK),
                         (QPalette.ColorRole.WindowText, html.INK),
                         (QPalette.ColorRole.Base, "#ffffff"),
                         (QPalette.ColorRole.Window, "#ffffff"),
                         (QPalette.ColorRole.Link, html.ACCENT),
                         (QPalette.ColorRole.Dark, html.RULE)):
        palette.setColor(role, QColor(colour))
    return palette


def _paint_body(painter: QPainter, document: QTextDocument, geometry: _Geometry, index: int,
                rules: list[float]) -> None:
    """Page index of the document in the body area, with a rule under each section heading."""
    body = geometry.body
    page_top = index * body.height()
    clip = QRectF(0, page_top, body.width(), body.height())
    painter.save()
    painter.translate(body.left(), body.top() - page_top)
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = _print_palette()
    context.clip = clip
    document.documentLayout().draw(painter, context)
    painter.setPen(QPen(QColor(html.ACCENT), 0.3 * geometry.dots_per_mm))
    for y in rules:
        if page_top <= y < page_top + body.height():
            painter.drawLine(QPointF(0, y), QPointF(body.width(), y))
    painter.restore()


def _paint_furniture(painter: QPainter, geometry: _Geometry, header: PageHeader, page: int,
                     pages: int) -> None:
    """The running header and footer: thin rules, 8 pt muted text, nothing near the body."""
    painter.save()
    font = body_font(HEADER_PT)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    rule = QPen(QColor(html.RULE), 0.2 * geometry.dots_per_mm)
    painter.setPen(rule)
    left, right = geometry.header.left(), geometry.header.right()
    painter.drawLine(QPointF(left, geometry.header_rule_y), QPointF(right, geometry.header_rule_y))
    painter.drawLine(QPointF(left, geometry.footer_rule_y), QPointF(right, geometry.footer_rule_y))

    bottom = Qt.AlignmentFlag.AlignBottom
    top = Qt.AlignmentFlag.AlignTop
    right_side = header.kind_text()
    gap = 6 * geometry.dots_per_mm
    room = geometry.header.width() - metrics.horizontalAdvance(right_side) - gap
    painter.setPen(QColor(html.INK))
    painter.drawText(geometry.header, Qt.AlignmentFlag.AlignLeft | bottom,
                     metrics.elidedText(header.text(), Qt.TextElideMode.ElideRight, room))
    painter.setPen(QColor(html.MUTED))
    painter.drawText(geometry.header, Qt.AlignmentFlag.AlignRight | bottom, right_side)

    page_text = fill(translate("techpack_pdf", "Page {page} of {pages}"),
                     page=print_forms.integer(page), pages=print_forms.integer(pages))
    room = geometry.footer.width() - metrics.horizontalAdvance(page_text) - gap
    name = " ".join(part for part in (header.design_code, header.design_name) if part)
    painter.drawText(geometry.footer, Qt.AlignmentFlag.AlignLeft | top,
                     metrics.elidedText(name, Qt.TextElideMode.ElideRight, room))
    painter.setPen(QColor(html.INK))
    painter.drawText(geometry.footer, Qt.AlignmentFlag.AlignRight | top, page_text)
    painter.restore()


# ------------------------------------------------------------------------------------------
# PDF files
# ------------------------------------------------------------------------------------------


def pdf_writer(path: Path, page_size: str, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(1200)
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[page_size]),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("jewelbench")
    return writer


def render_revision_pdf(tech_packs: Any, revision_id: int, out: Path,
                        page_size: str = "A4") -> int:
    """Write a stored revision's tech pack to out, as it was issued: its snapshot, its images
    and the brand logo frozen with it (tech_packs: the workspace's tech pack repository).
    Return its page count; see render_techpack_pdf."""
    logo = tech_packs.brand_logo(revision_id)
    return render_techpack_pdf(
        tech_packs.snapshot(revision_id),
        lambda image_id: tech_packs.image_for_snapshot(revision_id, image_id),
        logo[0] if logo else None, out, page_size)


def render_techpack_pdf(snapshot: Mapping[str, Any], image_loader: ImageLoader,
                        logo: bytes | None, out: Path, page_size: str = "A4") -> int:
    """Write the tech pack to out as PDF (A4 or Letter); return its page count.

    The PDF is written to OUT.partial and renamed over out only when complete: a failure
    raises TechPackError and leaves out as it was."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    document = build_document(snapshot, image_loader, logo)
    header = page_header(snapshot)
    return write_pdf(document, header, Path(out), page_size, fill(
        translate("techpack_pdf", "{code} {name} — tech pack rev {revision}"),
        code=header.design_code, name=header.design_name, revision=header.revision))


def write_pdf(document: QTextDocument, header: PageHeader, out: Path, page_size: str,
              title: str) -> int:
    """Print document to out as PDF, with header on every page; return its page count.

    The PDF is written to OUT.partial and renamed over out only when complete: a failure
    raises TechPackError and leaves out as it was."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    partial = out.with_name(out.name + ".partial")
    try:
        try:
            partial.open("wb").close()  # a clear reason now, rather than Qt's silent refusal
        except OSError as error:
            raise TechPackError(fill(translate(
                "techpack_pdf", "{file}: cannot write here ({reason})"),
                file=out, reason=error.strerror or error)) from None
        writer = pdf_writer(partial, page_size, title)
        pages = print_document(document, writer, header)
        del writer
        _check_complete(partial)
        try:
            os.replace(partial, out)
        except OSError as error:
            raise TechPackError(fill(translate(
                "techpack_pdf", "{file}: cannot be replaced ({reason})"),
                file=out, reason=error.strerror or error)) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    log.info("wrote the PDF %s: %d page(s), %s", out.name, pages, page_size)
    return pages


def _check_complete(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            start = handle.read(5)
            handle.seek(max(0, path.stat().st_size - 32))
            end = handle.read()
    except OSError as error:
        raise TechPackError(fill(translate(
            "techpack_pdf", "{file}: cannot be read back ({reason})"),
            file=path, reason=error.strerror or error)) from None
    if start != b"%PDF-" or b"%%EOF" not in end:
        raise TechPackError(fill(translate(
            "techpack_pdf", "{file}: the PDF was not written completely (is the disk full?)"),
            file=path))
