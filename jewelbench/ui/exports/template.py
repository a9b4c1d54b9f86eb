"""Saving an RFQ's quote template for one supplier: where (asked, remembered), then written
whole or not at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jewelbench.domain.messages import fill
from jewelbench.domain.validation import DomainError
from jewelbench.reports.output import ExportError
from jewelbench.reports.quote_template import (
    template_file_name,
    template_request,
    write_quote_template,
)
from jewelbench.storage import StorageError, Workspace
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.dialogs import show_message

translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("exports", text)


def ask_template_path(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """Where to save the template, or None when the user cancels (tests patch this)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested),
                                          translate("exports", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".xlsx" else chosen.with_name(chosen.name + ".xlsx")


def remembered_folder(settings: QSettings) -> Path:
    value = registry.read(settings, registry.TEMPLATE_FOLDER)
    folder = Path(str(value)) if value else Path.home()
    return folder if folder.is_dir() else Path.home()


def save_quote_template(parent: QWidget | None, workspace: Workspace, settings: QSettings,
                        rfq_id: int, supplier_id: int) -> Path | None:
    try:
        request = template_request(workspace, rfq_id, supplier_id)
    except (StorageError, DomainError, ValueError) as error:
        show_message(parent, QMessageBox.Icon.Warning, translate("exports", "Quote Template"),
                     translate("exports", "The quote template cannot be written."),
                     i18n.say(error))
        return None
    suggested = remembered_folder(settings) / template_file_name(request)
    target = ask_template_path(parent, fill(translate("exports", "Save Quote Template for "
                                                                 "{supplier}"),
                                            supplier=request.supplier), suggested)
    if target is None:
        return None
    try:
        path = write_quote_template(workspace, rfq_id, supplier_id, target)
    except (ExportError, StorageError, DomainError, ValueError) as error:
        show_message(parent, QMessageBox.Icon.Warning, translate("exports", "Quote Template"),
                     translate("exports", "The quote template was not written."),
                     i18n.say(error))
        return None
    registry.write(settings, registry.TEMPLATE_FOLDER, str(path.parent))
    return path
