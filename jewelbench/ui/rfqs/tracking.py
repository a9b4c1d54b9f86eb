"""Requests for Quotation: every RFQ with each supplier's state (answered, awaiting, overdue),
its PDFs written again, and deletion (asked first, undoable).

A supplier has answered when a quote from it for the design is dated on or after the day the
RFQ went to it, so entering the quote under Quotes is all it takes: this list follows.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.messages import fill
from jewelbench.domain.rfqs import ReplyState, RfqSummary, SupplierReply, quantities_text
from jewelbench.domain.validation import DomainError
from jewelbench.reports.rfq_pdf import country_name
from jewelbench.storage import StorageError, Workspace
from jewelbench.ui import dialogs, i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.dialogs import ask_brand_first
from jewelbench.ui.formatting import date_text, sentence
from jewelbench.ui.rfqs.commands import DeleteRfq
from jewelbench.ui.rfqs.writing import (
    RfqPdfWriter,
    WriteResult,
    ask_folder,
    remembered_folder,
    remembered_page_size,
)
from jewelbench.ui.style import named
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.editor_dialog import EditorDialog
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import Column, RecordTableModel

# What an RFQ's replies depend on: the RFQs themselves, quotes (an answer), suppliers and
# designs (names, deletions).
FOLLOWED_TOPICS = {Topic.RFQS, Topic.QUOTES, Topic.SUPPLIERS, Topic.DESIGNS, Topic.TECH_PACKS}


class RfqListDialog(EditorDialog):
    settings_key = "dialogs/rfqs"
    default_size = (1100, 660)

    rfq_selected = Signal(object)  # the RfqSummary shown, or None

    def __init__(self, workspace: Workspace, controller: UndoController, settings: QSettings,
                 parent: QWidget | None = None, *, design_id: int | None = None,
                 supplier_id: int | None = None, today: dt.date | None = None) -> None:
        super().__init__(controller, settings, parent)
        self.setObjectName("rfqListDialog")
        self.setWindowTitle(self.tr("Requests for Quotation"))
        self.workspace = workspace
        self.today = today or dt.date.today()
        self.design_filter = design_id
        self.supplier_filter = supplier_id
        self.new_dialog: QWidget | None = None

        columns: list[Column[RfqSummary]] = [
            Column(self.tr("RFQ"), lambda r: r.reference, sort_key=lambda r: r.id),
            Column(self.tr("Design"), lambda r: r.design_code,
                   tooltip=lambda r: r.design_name),
            Column(self.tr("Rev"), lambda r: r.revision),
            Column(self.tr("Sent"), lambda r: date_text(r.created_on),
                   sort_key=lambda r: r.created_on),
            Column(self.tr("Reply by"), lambda r: date_text(r.reply_by),
                   sort_key=lambda r: r.reply_by),
            Column(self.tr("Quantities"), lambda r: quantities_text(list(r.quantities)),
                   sort_key=lambda r: r.quantities[0] if r.quantities else None),
            Column(self.tr("Replies"), self._replies_text, sort_key=self._replies_order,
                   emphasis=lambda r: r.overdue > 0, tooltip=self._replies_tooltip),
        ]
        self.page = ListPage("rfqs", self.tr("Requests for Quotation"), columns,
                             self.tr("No requests for quotation yet. New RFQ… sends a design's "
                                     "issued tech pack to several suppliers at once, one PDF "
                                     "each, and this list follows who has answered."), self)
        self.page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.page.current_row_changed.connect(self._show_rfq)

        self.banner = QLabel()
        self.banner.setObjectName("rfqFilterBanner")
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.linkActivated.connect(lambda _link: self.show_only())
        self.page.add_bar(self.banner)

        reply_columns: list[Column[SupplierReply]] = [
            Column(self.tr("Supplier"), lambda r: r.supplier),
            Column(self.tr("Country"), lambda r: country_name(r.country)),
            Column(self.tr("Quotes in"), lambda r: r.currency),
            Column(self.tr("Sent"), lambda r: date_text(r.sent_on),
                   sort_key=lambda r: r.sent_on),
            Column(self.tr("State"), self.state_text, sort_key=lambda r: r.state.value,
                   emphasis=lambda r: r.state is ReplyState.OVERDUE),
        ]
        self.replies = RecordTableModel(reply_columns, self)
        self.reply_table = QTableView()
        self.reply_table.setObjectName("rfqReplies")
        self.reply_table.setModel(self.replies)
        self.reply_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reply_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reply_table.verticalHeader().setVisible(False)
        self.reply_table.setAlternatingRowColors(True)
        self.reply_table.horizontalHeader().setStretchLastSection(True)
        self.reply_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.detail_title = QLabel()
        named(self.detail_title, "previewTitle")
        self.detail = QLabel()
        named(self.detail, "pageSubtitle")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.new_button = QPushButton(self.tr("&New RFQ…"))
        self.new_button.setObjectName("rfqNew")
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.clicked.connect(self.new_rfq)
        self.write_button = QPushButton(self.tr("&Write PDFs…"))
        self.write_button.setObjectName("rfqWrite")
        self.write_button.setToolTip(self.tr("Write this RFQ's PDFs again, one per supplier"))
        self.write_button.clicked.connect(lambda: self.ask_folder_and_write())
        self.template_button = QPushButton(self.tr("Quote &Template…"))
        self.template_button.setObjectName("rfqQuoteTemplate")
        self.template_button.setToolTip(self.tr("Save an .xlsx quote template for the selected "
                                                "supplier to fill in; File ▸ Import Quotes "
                                                "reads it back"))
        self.template_button.clicked.connect(self.save_quote_template)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setObjectName("rfqDelete")
        self.delete_button.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_button.clicked.connect(self.ask_delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.delete_button)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(12, 4, 12, 0)
        details_layout.addWidget(self.detail_title)
        details_layout.addWidget(self.detail)
        details_layout.addWidget(self.reply_table, 1)
        details_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.page)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(splitter, 1)
        status = self.status_row()
        status.setContentsMargins(12, 0, 12, 0)
        layout.addLayout(status)
        self.restore_size()
        self.page.restore_state(settings)
        self.reload()

    # --- what is shown -------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        current = self.current()
        keep = select if select is not None else (current.id if current else None)
        rows = self.workspace.rfqs.summaries(self.today, design_id=self.design_filter,
                                             supplier_id=self.supplier_filter)
        overdue = sum(1 for r in rows if r.overdue)
        waiting = sum(1 for r in rows if not r.complete)
        headline = (self.tr("1 RFQ · {waiting} waiting for answers · {overdue} with a supplier "
                            "overdue")
                    if len(rows) == 1 else
                    self.tr("{count} RFQs · {waiting} waiting for answers · {overdue} with a "
                            "supplier overdue"))
        self.page.set_rows(rows, fill(headline, count=str(len(rows)), waiting=str(waiting),
                                      overdue=str(overdue)))
        self._show_banner(rows)
        self.select(keep)
        if self.current() is None and self.page.proxy.rowCount():
            self.page.table.selectRow(0)
        self._show_rfq(self.current())

    def _show_banner(self, rows: list[RfqSummary]) -> None:
        if self.design_filter is None and self.supplier_filter is None:
            self.banner.hide()
            return
        if self.design_filter is not None:
            code = rows[0].design_code if rows else self._design_code(self.design_filter)
            text = fill(self.tr("Showing RFQs for {code}"), code=escape(code))
        else:
            text = fill(self.tr("Showing RFQs sent to {supplier}"),
                        supplier=escape(self._supplier_name(self.supplier_filter)))
        if self.design_filter is not None and self.supplier_filter is not None:
            text += fill(self.tr(" sent to {supplier}"),
                         supplier=escape(self._supplier_name(self.supplier_filter)))
        self.banner.setText(text + " · <a href=\"all\">" + self.tr("Show all") + "</a>")
        self.banner.show()

    def _supplier_name(self, supplier_id: int | None) -> str:
        for summary in self.workspace.suppliers.summaries():
            if summary.id == supplier_id:
                return summary.name
        return "?"

    def _design_code(self, design_id: int) -> str:
        design = self.workspace.picks.design(design_id)  # one row, not the whole catalog
        return design.code if design is not None else "?"

    def show_only(self, design_id: int | None = None, supplier_id: int | None = None) -> None:
        """Only the RFQs of one design and/or sent to one supplier (None, None: all)."""
        self.design_filter = design_id
        self.supplier_filter = supplier_id
        self.reload()

    def current(self) -> RfqSummary | None:
        row = self.page.current_row()
        return row if isinstance(row, RfqSummary) else None

    def select(self, rfq_id: int | None) -> bool:
        if rfq_id is None:
            return False
        for row in range(self.page.proxy.rowCount()):
            index = self.page.proxy.index(row, 0)
            found = self.page.model.row_object(self.page.proxy.mapToSource(index).row())
            if found.id == rfq_id:
                self.page.table.selectRow(row)
                self.page.table.setCurrentIndex(index)
                return True
        return False

    def _show_rfq(self, rfq: object) -> None:
        shown = rfq if isinstance(rfq, RfqSummary) else None
        read_only = self.workspace.read_only
        self.write_button.setEnabled(shown is not None)
        self.template_button.setEnabled(shown is not None and bool(shown.replies))
        self.delete_button.setEnabled(shown is not None and not read_only)
        self.new_button.setEnabled(not read_only)
        if shown is None:
            self.detail_title.setText(self.tr("No RFQ selected"))
            self.detail.setText("")
            self.replies.set_rows([])
        else:
            self.detail_title.setText(fill(self.tr("{reference} · {design_code} {design_name} · "
                                                   "revision {revision}"),
                                           reference=shown.reference,
                                           design_code=shown.design_code,
                                           design_name=shown.design_name, revision=shown.revision))
            parts = [
                fill(self.tr("Sent {created_on}, reply by {reply_by}"),
                     created_on=date_text(shown.created_on), reply_by=date_text(shown.reply_by)),
                fill(self.tr("quantities {quantities}"),
                     quantities=quantities_text(list(shown.quantities))),
                fill(self.tr("quoted in {currency}, {incoterm}"),
                     currency=shown.currency or self.tr("each supplier's own currency"),
                     incoterm=shown.incoterm),
            ]
            text = " · ".join(parts)
            if shown.notes:
                text += "\n" + fill(self.tr("Note: {notes}"), notes=shown.notes)
            self.detail.setText(text)
            self.replies.set_rows(list(shown.replies))
        self.rfq_selected.emit(shown)

    # --- texts ---------------------------------------------------------------------------

    def state_text(self, reply: SupplierReply) -> str:
        if reply.state is ReplyState.ANSWERED:
            text = fill(self.tr("Answered ✓ {answered_on}"),
                        answered_on=date_text(reply.answered_on))
            if reply.answered_late():
                days = (reply.answered_on - reply.reply_by).days if reply.answered_on else 0
                text += " " + (self.tr("(1 day late)") if days == 1 else
                               fill(self.tr("({days} days late)"), days=str(days)))
            return text
        if reply.state is ReplyState.OVERDUE:
            days = reply.days_overdue(self.today)
            return (self.tr("Overdue ⚠ 1 day") if days == 1 else
                    fill(self.tr("Overdue ⚠ {days} days"), days=str(days)))
        left = reply.days_left(self.today)
        if left == 0:
            return self.tr("Awaiting · due today")
        return (self.tr("Awaiting · 1 day left") if left == 1 else
                fill(self.tr("Awaiting · {days} days left"), days=str(left)))

    def _replies_text(self, rfq: RfqSummary) -> str:
        if not rfq.replies:
            return self.tr("no supplier left")
        parts = [fill(self.tr("{answered} of {count} answered ✓"), answered=str(rfq.answered),
                      count=str(len(rfq.replies)))]
        if rfq.overdue:
            parts.append(fill(self.tr("{overdue} overdue ⚠"), overdue=str(rfq.overdue)))
        if rfq.awaiting:
            parts.append(fill(self.tr("{awaiting} awaiting"), awaiting=str(rfq.awaiting)))
        return " · ".join(parts)

    @staticmethod
    def _replies_order(rfq: RfqSummary) -> tuple[int, int]:
        return (-rfq.overdue, rfq.answered)

    def _replies_tooltip(self, rfq: RfqSummary) -> str:
        return "\n".join(f"{reply.supplier}: {self.state_text(reply)}"
                         for reply in rfq.replies)

    # --- actions -------------------------------------------------------------------------

    def new_rfq(self) -> QWidget:
        from jewelbench.ui.rfqs.dialog import RfqDialog

        current = self.current()
        design_id = self.design_filter or (current.design_id if current else None)
        dialog = RfqDialog(self.workspace, self.controller, self.settings, self,
                           design_id=design_id, today=self.today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def _created(self, rfq_id: int, message: str) -> None:
        self.reload(select=rfq_id)
        self.say(message)

    def save_quote_template(self) -> Path | None:
        """The selected supplier's (or the only one's) .xlsx quote template for this RFQ."""
        from jewelbench.ui.exports import export_quote_template

        shown, row = self.current(), self.reply_table.currentIndex().row()
        if shown is None or not shown.replies:
            return None
        if row < 0 and len(shown.replies) > 1:
            self.say(self.tr("Select the supplier the quote template is for."))
            return None
        reply = self.replies.row_object(max(row, 0))
        path = export_quote_template(self, self.workspace, self.settings, shown.id,
                                     reply.supplier_id)
        if path is not None:
            self.say(fill(self.tr("Wrote {file}: Import Quotes reads it back once filled in."),
                          file=path.name))
        return path

    def ask_folder_and_write(self, brand_checked: bool = False) -> WriteResult | None:
        shown = self.current()
        if shown is None:
            return None
        if not brand_checked and not self.workspace.brand.get().name.strip():
            ask_brand_first(self, self.workspace, self.controller, self.settings,
                            self.tr("writing the request's letters"),
                            lambda: self.ask_folder_and_write(brand_checked=True))
            return None
        folder = ask_folder(self, self.tr("Folder for the RFQ PDFs"),
                            remembered_folder(self.settings))
        if folder is None:
            return None
        return self.write_pdfs(shown.id, folder)

    def write_pdfs(self, rfq_id: int, folder) -> WriteResult:
        registry.write(self.settings, registry.RFQ_FOLDER, str(folder))
        self.writer = RfqPdfWriter(self.workspace, rfq_id, folder,
                                   remembered_page_size(self.settings), self)
        result = self.writer.run()
        self.say(result.summary(folder))
        return result

    def ask_delete(self) -> QMessageBox | None:
        shown = self.current()
        if shown is None or self.workspace.read_only:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete RFQ"),
                          fill(self.tr("Delete {reference} for {design_code} revision {revision}?"),
                               reference=shown.reference, design_code=shown.design_code,
                               revision=shown.revision),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmDeleteRfq")
        suppliers = len(shown.replies)
        box.setInformativeText(
            (self.tr("Its quantities and its list of 1 supplier go with it.") if suppliers == 1
             else fill(self.tr("Its quantities and its list of {suppliers} suppliers go with it."),
                       suppliers=str(suppliers)))
            + " " + (self.tr("The quote already received stays under Quotes.")
                     if shown.answered == 1 else
                     fill(self.tr("The {answered} quotes already received stay under Quotes."),
                          answered=str(shown.answered)) if shown.answered else "")
            + " " + self.tr("PDFs already written are not touched. Edit ▸ Undo brings the RFQ "
                            "back."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        dialogs.when_clicked(box, delete, lambda: self.delete(shown.id))
        box.open()
        return box

    def delete(self, rfq_id: int) -> bool:
        try:
            rfq = self.workspace.rfqs.get(rfq_id)
        except (StorageError, DomainError) as error:
            self.say(sentence(i18n.say(error)))
            return False
        reference = rfq.reference()
        reason = self.controller.run(DeleteRfq(self.workspace, rfq, reference))
        if reason is not None:
            self.say(fill(self.tr("{reference} was not deleted: {reason}"), reference=reference,
                          reason=sentence(reason)))
            return False
        self.say(fill(self.tr("{reference} deleted. Edit ▸ Undo brings it back."),
                      reference=reference))
        return True

    # --- following the file --------------------------------------------------------------

    def _changed_elsewhere(self, topic: Topic, affected: object) -> None:
        if topic in FOLLOWED_TOPICS:
            self.reload(select=affected if topic == Topic.RFQS and isinstance(affected, int)
                        else None)

    def done(self, result: int) -> None:
        self.page.save_state(self.settings)
        super().done(result)
