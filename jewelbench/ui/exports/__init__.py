"""Exports and imports from the window: CSV tables for an accountant, the workbook, an RFQ's
quote template for a supplier, and quotes read back from spreadsheets or CSV files.

- csv_dialog.py: File ▸ Export ▸ CSV Tables…; workbook_dialog.py: File ▸ Export ▸ Workbook….
- template.py: saving an RFQ's quote template for one supplier.
- quote_import.py: Import Quotes: a preview with the rows skipped and why, then one undoable
  step (commands.py).

Entry points for the window (each returns what it opened or wrote):

    export_csv(parent, workspace, settings)                       → CsvExportDialog
    export_quote_template(parent, workspace, settings, rfq_id, supplier_id) → Path | None
    import_quotes(parent, workspace, controller, settings, path=None) → QuoteImportDialog
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from jewelbench.storage import Workspace
    from jewelbench.ui.commands import UndoController
    from jewelbench.ui.exports.csv_dialog import CsvExportDialog
    from jewelbench.ui.exports.quote_import import QuoteImportDialog

__all__ = ["export_csv", "export_quote_template", "import_quotes"]


def export_csv(parent: QWidget | None, workspace: Workspace,
               settings: QSettings) -> CsvExportDialog:
    """File ▸ Export ▸ CSV Tables…: choose tables, delimiter, BOM and folder (window-modal)."""
    from jewelbench.ui.exports.csv_dialog import CsvExportDialog

    dialog = CsvExportDialog(workspace, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def export_quote_template(parent: QWidget | None, workspace: Workspace, settings: QSettings,
                          rfq_id: int, supplier_id: int) -> Path | None:
    """Ask where to save one supplier's .xlsx quote template for an RFQ and write it. The
    path written, or None (cancelled, or refused: the reason is shown in a message)."""
    from jewelbench.ui.exports.template import save_quote_template

    return save_quote_template(parent, workspace, settings, rfq_id, supplier_id)


def import_quotes(parent: QWidget | None, workspace: Workspace, controller: UndoController,
                  settings: QSettings, path: Path | str | None = None) -> QuoteImportDialog:
    """File ▸ Import Quotes…: a filled quote template, or any quote spreadsheet or CSV through
    a column mapping, previewed before one undoable import. Without a path the file picker
    opens first."""
    from jewelbench.ui.exports.quote_import import QuoteImportDialog

    dialog = QuoteImportDialog(workspace, controller, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    if path is not None:
        dialog.load(Path(path))
    else:
        dialog.choose_file()
    return dialog
