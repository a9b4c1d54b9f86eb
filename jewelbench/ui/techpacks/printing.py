"""Printing a tech pack from the editor: the PDF of a revision, and the print preview (the
real dialog, opened without blocking), each in the language chosen beside the buttons."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from jewelbench.reports.techpack_pdf import (
    PAGE_SIZES,
    TechPackError,
    build_document,
    page_header,
    print_document,
    render_techpack_pdf,
)
from jewelbench.storage import Workspace
from jewelbench.ui import i18n
from jewelbench.ui.print_language import printing_in


class PrintPreview(QPrintPreviewDialog):
    """The print preview of a tech pack. It keeps its printer: Qt does not take it over, and
    Python would delete it under the open dialog (which prints, and repaints on page setup,
    with it) as soon as the method that made it returned."""

    def __init__(self, printer: QPrinter, parent: QWidget) -> None:
        super().__init__(printer, parent)
        self._printer = printer
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def image_loader(workspace: Workspace, revision_id: int) -> Callable[[int], bytes]:
    """The bytes of an image of the revision's snapshot, by the id the snapshot names."""
    return lambda image_id: workspace.tech_packs.image_for_snapshot(revision_id, image_id)


def write_pdf(workspace: Workspace, revision_id: int, path: Path, page_size: str,
              language: str) -> int:
    """Write the revision's tech pack to path; the page count. Raises TechPackError,
    StorageError."""
    snapshot = workspace.tech_packs.snapshot(revision_id)
    logo = workspace.tech_packs.brand_logo(revision_id)
    with printing_in(language):
        return render_techpack_pdf(snapshot, image_loader(workspace, revision_id),
                                   logo[0] if logo else None, Path(path), page_size)


def open_preview(workspace: Workspace, revision_id: int, page_size: str,
                 language: str, parent: QWidget, say: Callable[[str], None]) -> PrintPreview:
    """Open the print preview of the revision's tech pack (a problem met while painting is
    said through `say`). Raises StorageError."""
    snapshot = workspace.tech_packs.snapshot(revision_id)
    logo = workspace.tech_packs.brand_logo(revision_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(PAGE_SIZES[page_size]))
    loader = image_loader(workspace, revision_id)

    def paint(device: QPrinter) -> None:
        try:
            with printing_in(language):
                print_document(build_document(snapshot, loader, logo[0] if logo else None),
                               device, page_header(snapshot))
        except TechPackError as error:
            say(i18n.say(error))

    preview = PrintPreview(printer, parent)
    preview.paintRequested.connect(paint)
    preview.open()
    return preview
