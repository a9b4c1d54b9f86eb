"""Requests for quotation: the New RFQ dialog and the list that tracks who answered.

- dialog.py: New Request for Quotation: an issued revision, quantities, suppliers, reply date.
- tracking.py: the Requests for Quotation list: who answered, PDFs written again, deletion.
- writing.py: one PDF per supplier, in its print language, with a progress dialog.
- commands.py: undoable changes to requests for quotation.

Two entry points for the window (each returns the dialog it opened):

    open_rfqs(parent, workspace, controller, settings, design_id=None, *, supplier_id=None)
    new_rfq(parent, workspace, controller, settings, design_id=None)
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from jewelbench.storage import Workspace
    from jewelbench.ui.commands import UndoController
    from jewelbench.ui.rfqs.dialog import RfqDialog
    from jewelbench.ui.rfqs.tracking import RfqListDialog

__all__ = ["new_rfq", "open_rfqs"]


def open_rfqs(parent: QWidget | None, workspace: Workspace, controller: UndoController,
              settings: QSettings, design_id: int | None = None, *,
              supplier_id: int | None = None, today: dt.date | None = None) -> RfqListDialog:
    """The Requests for Quotation list, shown beside the window, not modal: only one
    design's RFQs when design_id is given, only those sent to one supplier with
    supplier_id (the list's banner leads back to all)."""
    from jewelbench.ui.rfqs.tracking import RfqListDialog

    dialog = RfqListDialog(workspace, controller, settings, parent, design_id=design_id,
                           supplier_id=supplier_id, today=today)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def new_rfq(parent: QWidget | None, workspace: Workspace, controller: UndoController,
            settings: QSettings, design_id: int | None = None, *,
            today: dt.date | None = None) -> RfqDialog:
    """The New RFQ dialog (window-modal), for design_id when given. Once an RFQ is saved the
    Requests for Quotation list opens on it, saying what was written where."""
    from jewelbench.ui.rfqs.dialog import RfqDialog

    dialog = RfqDialog(workspace, controller, settings, parent, design_id=design_id,
                       today=today)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def created(rfq_id: int, message: str) -> None:
        tracking = open_rfqs(parent, workspace, controller, settings, today=today)
        tracking.reload(select=rfq_id)
        tracking.say(message)
        dialog.tracking = tracking  # type: ignore[attr-defined]  # for whoever opened it

    dialog.created.connect(created)
    dialog.open()
    return dialog
