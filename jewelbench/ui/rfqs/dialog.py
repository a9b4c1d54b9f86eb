"""New request for quotation: a design's issued tech pack revision, the quantities to price,
the suppliers to ask and the date to reply by; saved as one undoable command, and written as
one PDF per supplier into a folder the user picks.

Nothing is saved until every entry makes a valid RFQ: a bad entry is named in the dialog, with
the field to fix focused, and the workspace stays as it was.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.messages import fill
from jewelbench.domain.quotes import Incoterm
from jewelbench.domain.rfqs import (
    QUANTITIES_EXAMPLE,
    Rfq,
    RfqRecipient,
    check_reply_by,
    parse_quantities,
    quantities_text,
    rfq_reference,
)
from jewelbench.domain.techpacks import RevisionStatus, TechPackRevision
from jewelbench.domain.validation import DomainError
from jewelbench.reports.rfq_pdf import country_name
from jewelbench.reports.techpack_pdf import PAGE_SIZES
from jewelbench.storage import Workspace
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.dialogs import ask_brand_first
from jewelbench.ui.formatting import date_text, integer_text, sentence
from jewelbench.ui.i18n import LANGUAGE_NAMES
from jewelbench.ui.rfqs.commands import AddRfq
from jewelbench.ui.rfqs.writing import (
    RfqPdfWriter,
    WriteResult,
    ask_folder,
    remembered_folder,
    remembered_page_size,
)
from jewelbench.ui.style import named
from jewelbench.ui.widgets.fields import error_colour
from jewelbench.ui.widgets.pickers import design_picker

REPLY_DAYS = 14  # two weeks is what a factory needs to cost a new design
SUPPLIER_ROLE = Qt.ItemDataRole.UserRole + 1
INCOTERM_HELP = {  # translated where shown: tr() in RfqDialog's context
    Incoterm.EXW: QT_TRANSLATE_NOOP("RfqDialog", "Ex works: you collect from the factory"),
    Incoterm.FOB: QT_TRANSLATE_NOOP("RfqDialog", "Free on board: delivered onto the ship or "
                                                 "plane at their port"),
    Incoterm.CIF: QT_TRANSLATE_NOOP("RfqDialog", "Cost, insurance and freight: to your port"),
    Incoterm.DDP: QT_TRANSLATE_NOOP("RfqDialog", "Delivered duty paid: to your door, duties "
                                                 "included"),
}


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class RfqDialog(QDialog):
    """accept()s once the RFQ is saved (and its PDFs written, when asked)."""

    created = Signal(int, str)  # the new RFQ's id, and what happened (for a status line)

    def __init__(self, workspace: Workspace, controller: UndoController, settings: QSettings,
                 parent: QWidget | None = None, *, design_id: int | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rfqDialog")
        self.setWindowTitle(self.tr("New Request for Quotation"))
        self.workspace = workspace
        self.controller = controller
        self.settings = settings
        self.today = today or dt.date.today()
        self.revisions: list[TechPackRevision] = []
        self.rfq_id: int | None = None
        self.write_result: WriteResult | None = None

        # typed and chosen from a few matches read per keystroke, never every design
        self.design = design_picker(workspace, separator=" — ", parent=self)
        self.design.setObjectName("rfqDesign")
        self.revision = QComboBox()
        self.revision.setObjectName("rfqRevision")
        self.revision_note = self._note_label("rfqRevisionNote")

        self.quantities = QLineEdit()
        self.quantities.setObjectName("rfqQuantities")
        self.quantities.setPlaceholderText(fill(self.tr("e.g. {example}"),
                                                example=QUANTITIES_EXAMPLE))
        self.quantities.setToolTip(self.tr(
            "Pieces to be priced, separated by / , or spaces; 1,000 is one thousand."))
        self.quantities_note = self._note_label("rfqQuantitiesNote")
        self.quantities.textChanged.connect(self._quantities_changed)

        # A checklist with the facts that decide whom to ask: where, and in what currency.
        self.supplier_model = QStandardItemModel(0, 4, self)
        self.supplier_model.setHorizontalHeaderLabels(
            [self.tr("Supplier"), self.tr("Country"), self.tr("Quotes in"),
             self.tr("Letter in")])
        for summary in workspace.suppliers.summaries():
            supplier = QStandardItem(summary.name)
            supplier.setData(summary.id, SUPPLIER_ROLE)
            supplier.setCheckable(True)
            supplier.setEditable(False)
            country = QStandardItem(country_name(summary.country))
            currency = QStandardItem(summary.currency)
            # the language its letter and tech pack are printed in (set in the supplier editor)
            language = QStandardItem(LANGUAGE_NAMES.get(summary.reads, summary.reads))
            for item in (country, currency, language):
                item.setEditable(False)
            self.supplier_model.appendRow([supplier, country, currency, language])
        self.suppliers = QTreeView()
        self.suppliers.setObjectName("rfqSuppliers")
        self.suppliers.setAccessibleName(self.tr("Suppliers to ask"))
        self.suppliers.setModel(self.supplier_model)
        self.suppliers.setRootIsDecorated(False)
        self.suppliers.setUniformRowHeights(True)
        self.suppliers.setAlternatingRowColors(True)
        self.suppliers.header().setStretchLastSection(False)
        self.suppliers.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.suppliers.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        rows = max(3, min(6, self.supplier_model.rowCount()))
        row_height = max(self.suppliers.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.suppliers.setMinimumHeight(self.suppliers.header().sizeHint().height()
                                        + rows * row_height + 8)
        self.supplier_model.itemChanged.connect(lambda _item: self.show_error(""))
        supplier_note = (self.tr("Tick each supplier to ask (Space ticks): each gets its own "
                                 "PDF.")
                         if self.supplier_model.rowCount() else
                         self.tr("No suppliers yet: add the factories to ask under Suppliers "
                                 "first."))
        self.suppliers_note = self._note_label("rfqSuppliersNote", supplier_note)

        self.reply_by = QDateEdit()
        self.reply_by.setObjectName("rfqReplyBy")
        self.reply_by.setCalendarPopup(True)
        self.reply_by.setDisplayFormat("yyyy-MM-dd")
        self.reply_by_note = self._note_label("rfqReplyByNote")
        self.reply_by.dateChanged.connect(self._reply_by_changed)
        self.set_reply_by(self.today + dt.timedelta(days=REPLY_DAYS))
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_by)
        reply_row.addWidget(self.reply_by_note, 1)

        self.currency = QComboBox()
        self.currency.setObjectName("rfqCurrency")
        self.currency.addItem(self.tr("Each supplier's own currency"), None)
        codes = dict.fromkeys([workspace.base_currency, "USD", "EUR"]
                              + sorted({s.currency for s in workspace.suppliers.summaries()}))
        for code in codes:
            self.currency.addItem(code, code)
        self.incoterm = QComboBox()
        self.incoterm.setObjectName("rfqIncoterm")
        for term in Incoterm:
            self.incoterm.addItem(term.value, term)
            self.incoterm.setItemData(self.incoterm.count() - 1, self.tr(str(INCOTERM_HELP[term])),
                                      Qt.ItemDataRole.ToolTipRole)
        self.incoterm.setCurrentIndex(list(Incoterm).index(Incoterm.FOB))
        terms = QHBoxLayout()
        terms.addWidget(self.currency, 1)
        incoterm_label = QLabel(self.tr("&Incoterm:"))
        incoterm_label.setBuddy(self.incoterm)
        terms.addWidget(incoterm_label)
        terms.addWidget(self.incoterm)

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("rfqNotes")
        self.notes.setPlaceholderText(self.tr(
            "Printed on every supplier's letter, e.g. centre stone consigned by us"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)

        self.page_size = QComboBox()
        self.page_size.setObjectName("rfqPageSize")
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.setCurrentText(remembered_page_size(settings))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Design:"), self.design)
        form.addRow(self.tr("Tech pack &revision:"),
                    self._with_note(self.revision, self.revision_note))
        form.addRow(self.tr("&Quantities:"),
                    self._with_note(self.quantities, self.quantities_note))
        form.addRow(self.tr("&Suppliers:"), self._with_note(self.suppliers, self.suppliers_note,
                                                            grows=True))
        form.addRow(self._buddy(self.tr("Reply &by:"), self.reply_by), reply_row)
        form.addRow(self._buddy(self.tr("Q&uote in:"), self.currency), terms)
        form.addRow(self.tr("&Notes:"), self.notes)

        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {error_colour(self.palette()).name()};")
        self.error.hide()

        self.write_button = QPushButton(self.tr("Create and &Write PDFs…"))
        self.write_button.setObjectName("rfqCreateAndWrite")
        self.write_button.setDefault(True)
        self.write_button.setAutoDefault(True)
        self.create_button = QPushButton(self.tr("&Create"))
        self.create_button.setObjectName("rfqCreate")
        self.create_button.setAutoDefault(False)
        self.create_button.setToolTip(self.tr("Save the RFQ now and write its PDFs later from "
                                              "Requests for Quotation"))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        self.write_button.clicked.connect(lambda: self.ask_folder_and_create())
        self.create_button.clicked.connect(lambda: self.create_rfq())
        cancel.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        paper = QLabel(self.tr("&Paper:"))
        paper.setBuddy(self.page_size)
        self.buttons.addWidget(paper)
        self.buttons.addWidget(self.page_size)
        self.buttons.addStretch(1)
        self.buttons.addWidget(cancel)
        self.buttons.addWidget(self.create_button)
        self.buttons.addWidget(self.write_button)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Ask several suppliers to price the same issued tech pack at the "
                               "same quantities. Whoever sends a quote for the design after "
                               "today has answered."))
        named(intro, "pageSubtitle")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(self.buttons)
        chain = [self.design, self.revision, self.quantities, self.suppliers, self.reply_by,
                 self.currency, self.incoterm, self.notes, self.page_size, cancel,
                 self.create_button, self.write_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.resize(660, 600)
        geometry = registry.read(settings, registry.layout("dialogs/rfq/geometry"))
        if geometry is not None:
            self.restoreGeometry(geometry)

        self.design.chosen.connect(lambda _key: self._design_changed())
        if design_id is not None:
            self.design.choose_key(design_id)
        self._design_changed()
        if workspace.read_only:
            self._refuse(self.tr("This workspace is open read-only: an RFQ cannot be saved."))

    # --- fields --------------------------------------------------------------------------

    def _note_label(self, name: str, text: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        self._mute(label)
        return label

    @staticmethod
    def _mute(label: QLabel, error: bool = False) -> None:
        """A hint in the palette's placeholder colour, or a problem in the error colour."""
        palette = label.palette()
        colour = (error_colour(palette) if error
                  else palette.color(QPalette.ColorRole.PlaceholderText))
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)

    @staticmethod
    def _buddy(text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    @staticmethod
    def _with_note(field: QWidget, note: QLabel, *, grows: bool = False) -> QWidget:
        """A field with its hint right under it; only a field that grows takes spare room."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field, 1 if grows else 0)
        column.addWidget(note)
        if not grows:
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return box

    def set_reply_by(self, day: dt.date) -> None:
        self.reply_by.setDate(QDate(day.year, day.month, day.day))

    def _reply_by_changed(self, date: QDate) -> None:
        days = (_day(date) - self.today).days
        weekday = QLocale().dayName(date.dayOfWeek())
        if days < 0:
            text = fill(self.tr("{weekday}, already passed"), weekday=weekday)
        elif days == 0:
            text = fill(self.tr("{weekday}, today"), weekday=weekday)
        elif days == 1:
            text = fill(self.tr("{weekday}, tomorrow"), weekday=weekday)
        else:
            text = fill(self.tr("{weekday}, in {days} days"), weekday=weekday, days=str(days))
        self.reply_by_note.setText(text)
        self._mute(self.reply_by_note, error=days < 0)

    def design_id(self) -> int | None:
        data = self.design.current_key()
        return int(data) if data is not None else None

    def _design_code(self) -> str:
        record = self.design.current_record()
        return record.code if record is not None else ""

    def _design_changed(self, _index: int = -1) -> None:
        self.show_error("")
        self.revision.clear()
        design_id = self.design_id()
        self.revisions = [] if design_id is None else [
            r for r in self.workspace.tech_packs.for_design(design_id)
            if r.status is RevisionStatus.ISSUED]
        for revision in reversed(self.revisions):  # the newest first: what is usually sent
            issued = date_text(revision.issued_on)
            self.revision.addItem(fill(self.tr("Revision {revision}, issued {issued}"),
                                       revision=revision.revision, issued=issued), revision.id)
        has_issued = bool(self.revisions)
        self.revision.setEnabled(has_issued)
        self._mute(self.revision_note, error=design_id is not None and not has_issued)
        code = self._design_code()
        if design_id is None:
            self.revision_note.setText(self.tr("Pick the design to be quoted."))
        elif not has_issued:
            self.revision_note.setText(fill(self.tr(
                "Issue a tech pack revision first: {code} has none issued yet, and an RFQ "
                "sends an issued revision so that every supplier prices the same tech pack "
                "(Tech Pack… in Designs)."), code=code))
        else:
            self.revision_note.setText(self.tr(
                "Each supplier receives this revision's tech pack, frozen as issued."))
        if design_id is not None:
            previous = self.workspace.rfqs.quantities_for_design(design_id)
            if previous and not self.quantities.text().strip():
                self.quantities.setText(quantities_text(previous))
        if not self.quantities.text().strip():
            self.quantities.setText(QUANTITIES_EXAMPLE)
        can_save = has_issued and not self.workspace.read_only
        self.write_button.setEnabled(can_save)
        self.create_button.setEnabled(can_save)

    def _quantities_changed(self, text: str) -> None:
        try:
            quantities = parse_quantities(text)
        except DomainError as error:
            self.quantities_note.setText(i18n.say(error))
            self._mute(self.quantities_note, error=True)
            return
        self._mute(self.quantities_note)
        self.quantities_note.setText(fill(self.tr("{count} quantities to price: {quantities}"),
                                          count=str(len(quantities)),
                                          quantities=" · ".join(integer_text(q)
                                                                for q in quantities))
            if len(quantities) != 1 else fill(self.tr("1 quantity to price: {quantities}"),
                                              quantities=integer_text(quantities[0])))

    def checked_suppliers(self) -> list[int]:
        items = [self.supplier_model.item(row, 0)
                 for row in range(self.supplier_model.rowCount())]
        return [int(item.data(SUPPLIER_ROLE)) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def check_supplier(self, supplier_id: int, checked: bool = True) -> None:
        for row in range(self.supplier_model.rowCount()):
            item = self.supplier_model.item(row, 0)
            if item.data(SUPPLIER_ROLE) == supplier_id:
                item.setCheckState(Qt.CheckState.Checked if checked
                                   else Qt.CheckState.Unchecked)

    # --- the RFQ -------------------------------------------------------------------------

    def build_rfq(self) -> Rfq:
        """The RFQ the entries describe; DomainError naming what to fix (that field is
        focused)."""
        design_id = self.design_id()
        if design_id is None:
            self.design.setFocus()
            raise DomainError(self.tr("Pick the design to be quoted."))
        if not self.revisions:
            self.design.setFocus()
            raise DomainError(self.revision_note.text())
        try:
            quantities = parse_quantities(self.quantities.text())
        except DomainError:
            self.quantities.setFocus()
            self.quantities.selectAll()
            raise
        suppliers = self.checked_suppliers()
        if not suppliers:
            self.suppliers.setFocus()
            raise DomainError(self.tr("Tick at least one supplier to send the RFQ to."))
        reply_by = _day(self.reply_by.date())
        try:
            check_reply_by(reply_by, self.today)
        except DomainError:
            self.reply_by.setFocus()
            raise
        revision_id = self.revision.currentData()
        return Rfq(design_id=design_id, tech_pack_revision_id=revision_id,
                   quantities=quantities,
                   recipients=[RfqRecipient(s, self.today) for s in suppliers],
                   created_on=self.today, reply_by=reply_by,
                   currency=self.currency.currentData(), incoterm=self.incoterm.currentData(),
                   notes=self.notes.toPlainText())

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _refuse(self, message: str) -> None:
        self.show_error(message)
        self.write_button.setEnabled(False)
        self.create_button.setEnabled(False)

    def create_rfq(self, folder: Path | None = None) -> int | None:
        """Save the RFQ (one undoable command), then write its PDFs into folder when given.
        The new RFQ's id, or None when nothing was saved (the reason is shown)."""
        try:
            rfq = self.build_rfq()
        except DomainError as error:
            self.show_error(sentence(i18n.say(error)))
            return None
        code = self._design_code()
        reason = self.controller.run(AddRfq(self.workspace, rfq, code))
        if reason is not None:
            self.show_error(fill(self.tr("The RFQ was not saved: {reason}"),
                                 reason=sentence(reason)))
            return None
        assert rfq.id is not None
        self.rfq_id = rfq.id
        message = fill(self.tr("{reference} saved for {code}, sent to 1 supplier.")
                       if len(rfq.recipients) == 1
                       else self.tr("{reference} saved for {code}, sent to {count} suppliers."),
                       reference=rfq_reference(rfq.id), code=code, count=str(len(rfq.recipients)))
        if folder is not None:
            registry.write(self.settings, registry.RFQ_FOLDER, str(folder))
            writer = RfqPdfWriter(self.workspace, rfq.id, folder,
                                  self.page_size.currentText(), self)
            self.writer = writer
            self.write_result = writer.run()
            message += " " + self.write_result.summary(folder)
        self.created.emit(rfq.id, message)
        self.accept()
        return rfq.id

    def ask_folder_and_create(self, brand_checked: bool = False) -> int | None:
        """Check the entries, offer to set the brand first when there is none, ask where the
        PDFs go, then save and write them."""
        try:
            self.build_rfq()
        except DomainError as error:
            self.show_error(sentence(i18n.say(error)))
            return None
        if not brand_checked and not self.workspace.brand.get().name.strip():
            ask_brand_first(self, self.workspace, self.controller, self.settings,
                            self.tr("sending this request for quotation"),
                            lambda: self.ask_folder_and_create(brand_checked=True))
            return None
        folder = ask_folder(self, self.tr("Folder for the RFQ PDFs"),
                            remembered_folder(self.settings))
        if folder is None:
            return None
        return self.create_rfq(folder)

    def done(self, result: int) -> None:
        registry.write(self.settings, registry.layout("dialogs/rfq/geometry"), self.saveGeometry())
        super().done(result)
