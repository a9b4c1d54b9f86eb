"""Import Quotes: a supplier's filled-in quote template, or any quote spreadsheet or CSV through a
column mapping, shown in a preview with the rows skipped and why before anything is stored.

- A jewelbench quote template is recognised and read as it is: its RFQ says the design,
  revision and supplier.
- Any other file: pick the supplier and the design (or a design code column), map the columns
  to quantity, unit price and what else the file gives; the mapping is remembered per supplier
  (QSettings, by column heading) and offered again for that supplier's next file.
- Import stores every quote of the preview in one undoable step (one transaction); a file that
  cannot be imported says why in the report and nothing is stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.currencies import COMMON_CURRENCIES, ISO_4217
from jewelbench.domain.messages import fill
from jewelbench.domain.quotes import Incoterm
from jewelbench.reports import quote_import as parsing
from jewelbench.reports.quote_import import (
    FIELDS,
    DesignRef,
    ImportPlan,
    ImportRefused,
    QuoteDefaults,
    SourceTable,
)
from jewelbench.reports.quote_template import workspace_identity
from jewelbench.storage import Workspace
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.exports.commands import ImportQuotes
from jewelbench.ui.formatting import date_text, decimal_text, integer_text, sentence
from jewelbench.ui.quotes.labels import fee_label
from jewelbench.ui.style import named
from jewelbench.ui.widgets.fields import error_colour
from jewelbench.ui.widgets.spin_boxes import SpinBox

log = logging.getLogger(__name__)

# The column mapping (JSON {field: column heading}) and the supplier last imported are kept
# per workspace (workspace_scope()): supplier ids start at 1 in every workspace.


def workspace_scope(workspace: Workspace) -> str:
    """A settings key part naming this workspace (and its copies): what quote templates tie
    themselves to, the moment it was created."""
    identity = workspace_identity(workspace) or str(workspace.path)
    return hashlib.sha1(identity.encode("utf-8")).hexdigest()[:16]
NOT_MAPPED = -1
PREVIEW_COLUMNS = ("design", "revision", "tiers", "currency", "moq", "fees", "lead_times",
                   "date", "supplier")


def ask_import_path(parent: QWidget | None, title: str, directory: Path) -> Path | None:
    """The file to import, or None when the user cancels (tests patch this)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, title, str(directory),
        QCoreApplication.translate("QuoteImportDialog",
                                   "Quote files (*.xlsx *.xlsm *.csv *.txt);;All files (*)"))
    return Path(path) if path else None


class QuoteImportDialog(QDialog):
    imported = Signal(list)  # the ids of the quotes stored

    def __init__(self, workspace: Workspace, controller: UndoController, settings: QSettings,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteImportDialog")
        self.setWindowTitle(self.tr("Import Quotes"))
        self.workspace = workspace
        self.controller = controller
        self.settings = settings
        self.today = today or dt.date.today()
        self.path: Path | None = None
        self.table: SourceTable | None = None
        self.plan: ImportPlan | None = None
        self.refused = ""
        self.imported_ids: list[int] = []
        self._designs: dict[str, DesignRef] = {}
        self._loading = False

        # --- the file ------------------------------------------------------------------
        self.file_label = QLabel(self.tr("No file chosen"))
        named(self.file_label, "previewTitle")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_button = QPushButton(self.tr("Choose &File…"))
        self.file_button.setObjectName("importChooseFile")
        self.file_button.clicked.connect(self.choose_file)
        self.source_note = QLabel()
        named(self.source_note, "pageSubtitle")
        self.source_note.setWordWrap(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.file_button)

        # --- the mapping (any file but a template) --------------------------------------
        self.supplier = QComboBox()
        self.supplier.setObjectName("importSupplier")
        for summary in workspace.suppliers.summaries():
            self.supplier.addItem(summary.name, summary.id)
        self._supplier_currency = {s.id: s.currency for s in workspace.suppliers.summaries()}
        self.design = QComboBox()
        self.design.setObjectName("importDesign")
        self.design.addItem(self.tr("From the file's design code column"), None)
        for design_id, code, name, _issued in workspace.rfqs.design_choices():
            self.design.addItem(f"{code} — {name}", design_id)
            self._designs[code.upper()] = DesignRef(design_id, code, name)
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.header_row = SpinBox()
        self.header_row.setObjectName("importHeaderRow")
        self.header_row.setRange(1, 1000)
        self.header_row.setToolTip(self.tr("The row that holds the column headings"))
        self.currency = QComboBox()
        self.currency.setObjectName("importCurrency")
        for code in list(COMMON_CURRENCIES) + sorted(ISO_4217 - set(COMMON_CURRENCIES)):
            self.currency.addItem(code, code)
        self.quoted_on = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.quoted_on.setObjectName("importQuotedOn")
        self.quoted_on.setCalendarPopup(True)
        self.quoted_on.setDisplayFormat("yyyy-MM-dd")
        self.has_validity = QCheckBox(self.tr("Valid &until:"))
        self.valid_until = QDateEdit(QDate(self.today.year, self.today.month,
                                           self.today.day).addMonths(3))
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat("yyyy-MM-dd")
        self.valid_until.setEnabled(False)
        self.has_validity.toggled.connect(self.valid_until.setEnabled)
        self.incoterm = QComboBox()
        self.incoterm.setObjectName("importIncoterm")
        for term in Incoterm:
            self.incoterm.addItem(term.value, term.value)
        self.incoterm.setCurrentIndex(self.incoterm.findData(Incoterm.FOB.value))
        self.reference = QLineEdit()
        self.reference.setObjectName("importReference")
        self.reference.setPlaceholderText(self.tr("the supplier's quote number, if any"))

        defaults_form = QFormLayout()
        defaults_form.addRow(self.tr("&Supplier:"), self.supplier)
        defaults_form.addRow(self.tr("&Design:"), self.design)
        defaults_form.addRow(self.tr("S&heet:"), self.sheet)
        defaults_form.addRow(self.tr("Headings in &row:"), self.header_row)
        defaults_form.addRow(self.tr("Curre&ncy:"), self.currency)
        defaults_form.addRow(self.tr("&Quote date:"), self.quoted_on)
        defaults_form.addRow(self.has_validity, self.valid_until)
        defaults_form.addRow(self.tr("Inco&term:"), self.incoterm)
        defaults_form.addRow(self.tr("R&eference:"), self.reference)
        defaults_note = QLabel(self.tr("Used where the file has no column for them."))
        named(defaults_note, "pageSubtitle")
        defaults_note.setWordWrap(True)
        defaults_form.addRow(defaults_note)

        self.mapping = QTableWidget(len(FIELDS), 3)
        self.mapping.setObjectName("importMapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file"),
                                                self.tr("First value")])
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.verticalHeader().setDefaultSectionSize(
            self.mapping.fontMetrics().height() + 14)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.mapping.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.column_boxes: dict[str, QComboBox] = {}
        for row, (key, (label, required)) in enumerate(FIELDS.items()):
            item = QTableWidgetItem(self._field_label(key, label) + (" *" if required else ""))
            if required:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.mapping.setItem(row, 0, item)
            box = QComboBox()
            box.setObjectName(f"importColumn_{key}")
            box.setAccessibleName(self._field_label(key, label))
            box.currentIndexChanged.connect(lambda _i: self._replan())
            self.mapping.setCellWidget(row, 1, box)
            self.mapping.setItem(row, 2, QTableWidgetItem(""))
            self.column_boxes[key] = box

        mapping_box = QGroupBox(self.tr("Columns and defaults"))
        self.mapping_box = mapping_box
        mapping_layout = QHBoxLayout(mapping_box)
        left = QWidget()
        left.setLayout(defaults_form)
        mapping_layout.addWidget(left)
        mapping_layout.addWidget(self.mapping, 1)

        # --- the preview and the report -------------------------------------------------
        self.preview = QTableWidget(0, len(PREVIEW_COLUMNS))
        self.preview.setObjectName("importPreview")
        self.preview.setHorizontalHeaderLabels([
            self.tr("Design"), self.tr("Rev"), self.tr("Price tiers (from → per piece)"),
            self.tr("Currency"), self.tr("MOQ"), self.tr("Development fees"),
            self.tr("Lead times"), self.tr("Date"), self.tr("Supplier")])
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setAlternatingRowColors(True)
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setWordWrap(False)
        self.report = QListWidget()
        self.report.setObjectName("importReport")
        self.report.setAccessibleName(self.tr("Import report"))
        self.report.setWordWrap(True)

        preview_box = QGroupBox(self.tr("What will be stored"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview, 1)
        self.details = QLabel()
        self.details.setObjectName("importDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        preview_layout.addWidget(self.details)
        self.preview.currentCellChanged.connect(lambda row, *_: self._show_details(row))
        report_box = QGroupBox(self.tr("Report: rows skipped and why"))
        report_layout = QVBoxLayout(report_box)
        report_layout.addWidget(self.report)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(preview_box)
        lower.addWidget(report_box)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setChildrenCollapsible(False)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(mapping_box)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        # --- bottom ----------------------------------------------------------------------
        self.status = QLabel()
        named(self.status, "pageSubtitle")
        self.status.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importQuotes")
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_now)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QGridLayout()
        bottom.addWidget(self.status, 0, 0)
        bottom.addWidget(self.import_button, 0, 1)
        bottom.addWidget(close, 0, 2)
        bottom.setColumnStretch(0, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.source_note)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        remembered = registry.read(settings, registry.QUOTE_IMPORT_SUPPLIER.at(
            workspace=workspace_scope(self.workspace)))
        index = self.supplier.findData(remembered) if remembered else -1
        self.supplier.setCurrentIndex(max(index, 0))
        self._supplier_changed()
        self.supplier.currentIndexChanged.connect(lambda _i: self._supplier_changed())
        self.sheet.currentIndexChanged.connect(lambda _i: self._reread())
        self.header_row.valueChanged.connect(lambda _v: self._reread())
        for signal in (self.design.currentIndexChanged, self.currency.currentIndexChanged,
                       self.quoted_on.dateChanged, self.valid_until.dateChanged,
                       self.has_validity.toggled, self.incoterm.currentIndexChanged,
                       self.reference.textChanged):
            signal.connect(lambda *_args: self._replan())
        self.mapping_box.setEnabled(False)
        self.resize(1180, 700)

    def _field_label(self, key: str, label: str) -> str:
        labels = {
            "quantity": self.tr("Quantity (tier from, pieces)"),
            "unit_price": self.tr("Unit price"), "design_code": self.tr("Design code"),
            "moq": self.tr("MOQ (pieces)"), "currency": self.tr("Currency"),
            "reference": self.tr("Quote reference"), "quoted_on": self.tr("Quote date"),
            "valid_until": self.tr("Valid until"), "incoterm": self.tr("Incoterm"),
            "sample_days": self.tr("Sample lead time (days)"),
            "production_days": self.tr("Production lead time (days)"),
            "fee_cad": self.tr("CAD fee"), "fee_mould": self.tr("Mould fee"),
            "fee_tooling": self.tr("Tooling fee"), "fee_sample": self.tr("Sample fee"),
            "notes": self.tr("Notes"),
        }
        return labels.get(key, label)

    # --- the file -------------------------------------------------------------------------

    def choose_file(self) -> Path | None:
        value = registry.read(self.settings, registry.QUOTE_IMPORT_FOLDER)
        folder = Path(str(value)) if value else Path.home()
        path = ask_import_path(self, self.tr("Import Quotes"),
                               folder if folder.is_dir() else Path.home())
        if path is not None:
            self.load(path)
        return path

    def load(self, path: Path) -> None:
        """Read the file: a template straight into the preview, anything else into the
        mapping. A file that cannot be imported is said in the report."""
        self.path = Path(path)
        registry.write(self.settings, registry.QUOTE_IMPORT_FOLDER, str(self.path.parent))
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        self.imported_ids = []
        self.table = None
        self.plan = None
        self.refused = ""
        try:
            if parsing.is_template(self.path):
                self._load_template()
                return
            self.table = parsing.read_table(self.path)
        except ImportRefused as error:
            self._refuse(i18n.say(error))
            return
        self._loading = True
        try:
            self.sheet.clear()
            for name in self.table.sheets:
                self.sheet.addItem(name, name)
            self.sheet.setEnabled(self.table.kind == "xlsx" and len(self.table.sheets) > 1)
            self.sheet.setCurrentIndex(max(self.sheet.findData(self.table.sheet), 0))
            self.header_row.setValue(self.table.header_row)
            self._fill_columns()
        finally:
            self._loading = False
        self.mapping_box.setEnabled(True)
        self.mapping_box.show()
        self._describe_table()
        self._replan()

    def _load_template(self) -> None:
        assert self.path is not None
        self.mapping_box.setEnabled(False)
        self.mapping_box.hide()
        self.plan = parsing.drop_already_stored(
            parsing.template_plan(self.path, self.workspace, self.today), self.workspace)
        if not self.plan.ok:
            log.warning("quote import: nothing can be imported from the template %s: %d "
                        "problem(s), %d row(s) left out", self.path.name,
                        len(self.plan.problems), len(self.plan.skipped))
        first = self.plan.quotes[0] if self.plan.quotes else None
        self.source_note.setText(
            fill(self.tr("A jewelbench quote template ({design_code} rev {revision}, from "
                         "{supplier}): the RFQ it answers says "
                         "the design, revision and supplier."), design_code=first.design_code,
                 revision=first.revision, supplier=first.supplier) if first else
            self.tr("A jewelbench quote template: the RFQ it answers says the design, revision "
                    "and supplier."))
        self._show_plan()

    def _reread(self) -> None:
        if self._loading or self.path is None or self.table is None:
            return
        try:
            self.table = parsing.read_table(self.path, self.sheet.currentData() or None,
                                            self.header_row.value())
        except ImportRefused as error:
            self._refuse(i18n.say(error), keep_mapping=True)
            return
        self._loading = True
        try:
            self._fill_columns()
        finally:
            self._loading = False
        self._describe_table()
        self._replan()

    def _describe_table(self) -> None:
        table = self.table
        if table is None:
            return
        where = (fill(self.tr("sheet ‘{sheet}’"), sheet=table.sheet) if table.kind == "xlsx"
                 else self.tr("CSV file"))
        self.source_note.setText(fill(self.tr("Read the {where}: headings in row {header_row}, "
                                              "{count} rows below them. "
                                              "Each row is a price tier: quantity → unit price."),
                                      where=where, header_row=str(table.header_row),
                                      count=str(len(table.rows))))

    def _fill_columns(self) -> None:
        """The column choices for this file, set from the supplier's remembered mapping or a
        guess from the headings."""
        table = self.table
        assert table is not None
        mapping = self._remembered_mapping() or parsing.guess_mapping(table.headers)
        first = table.rows[0][1] if table.rows else []
        for row, (key, box) in enumerate(self.column_boxes.items()):
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("— not in the file —"), NOT_MAPPED)
            for index, header in enumerate(table.headers):
                box.addItem(f"{table.column_letter(index)}: {header}", index)
            box.setCurrentIndex(max(box.findData(mapping.get(key, NOT_MAPPED)), 0))
            box.blockSignals(False)
            self._show_first_value(row, key, first)

    def _show_first_value(self, row: int, key: str, first: list) -> None:
        index = self.column_boxes[key].currentData()
        value = ""
        if isinstance(index, int) and 0 <= index < len(first):
            value = parsing.to_text(first[index])
        item = self.mapping.item(row, 2)
        if item is not None:
            item.setText(value)

    def current_mapping(self) -> dict[str, int]:
        return {key: int(box.currentData()) for key, box in self.column_boxes.items()
                if box.currentData() is not None and int(box.currentData()) != NOT_MAPPED}

    def set_mapping(self, mapping: dict[str, int]) -> None:
        for key, box in self.column_boxes.items():
            box.setCurrentIndex(max(box.findData(mapping.get(key, NOT_MAPPED)), 0))

    # --- supplier and its remembered mapping ----------------------------------------------

    def _supplier_id(self) -> int | None:
        value = self.supplier.currentData()
        return int(value) if value is not None else None

    def _supplier_changed(self) -> None:
        supplier_id = self._supplier_id()
        if supplier_id is not None:
            currency = self._supplier_currency.get(supplier_id, "USD")
            self.currency.setCurrentIndex(max(self.currency.findData(currency), 0))
        if self.table is not None:
            remembered = self._remembered_mapping()
            if remembered:
                self.set_mapping(remembered)
        self._replan()

    def _remembered_mapping(self) -> dict[str, int]:
        supplier_id = self._supplier_id()
        if supplier_id is None or self.table is None:
            return {}
        raw = registry.read(self.settings, self._mapping(supplier_id))
        try:
            saved = json.loads(str(raw)) if raw else {}
        except ValueError:
            return {}
        if not isinstance(saved, dict):
            return {}
        return parsing.mapping_from_headers({str(k): str(v) for k, v in saved.items()},
                                            self.table.headers)

    def _remember_mapping(self) -> None:
        supplier_id = self._supplier_id()
        if supplier_id is None or self.table is None:
            return
        saved = parsing.mapping_by_header(self.current_mapping(), self.table.headers)
        registry.write(self.settings, self._mapping(supplier_id), json.dumps(saved))
        registry.write(self.settings, registry.QUOTE_IMPORT_SUPPLIER.at(
            workspace=workspace_scope(self.workspace)), supplier_id)

    def _mapping(self, supplier_id: int) -> registry.Setting[str]:
        """Where this supplier's column mapping is remembered, for this workspace."""
        return registry.QUOTE_MAPPING.at(workspace=workspace_scope(self.workspace),
                                         supplier=supplier_id)

    # --- the plan ---------------------------------------------------------------------------

    def _design_ref(self, key: str | int) -> DesignRef | None:
        if isinstance(key, int):
            found = next((d for d in self._designs.values() if d.id == key), None)
        else:
            found = self._designs.get(str(key).strip().upper())
        if found is None:
            return None
        revision = self.workspace.samples.current_revision(found.id)
        if revision is None:
            return found
        return DesignRef(found.id, found.code, found.name, revision[0], revision[1])

    def defaults(self) -> QuoteDefaults | None:
        supplier_id = self._supplier_id()
        if supplier_id is None:
            return None
        day = self.quoted_on.date()
        until = self.valid_until.date()
        return QuoteDefaults(
            supplier_id=supplier_id, supplier=self.supplier.currentText(),
            design_id=self.design.currentData(), currency=str(self.currency.currentData()),
            quoted_on=dt.date(day.year(), day.month(), day.day()),
            valid_until=dt.date(until.year(), until.month(), until.day())
            if self.has_validity.isChecked() else None,
            incoterm=Incoterm(str(self.incoterm.currentData())),
            reference=self.reference.text().strip())

    def _replan(self) -> None:
        if self._loading or self.table is None:
            return
        first = self.table.rows[0][1] if self.table.rows else []
        for row, key in enumerate(self.column_boxes):
            self._show_first_value(row, key, first)
        defaults = self.defaults()
        if defaults is None:
            self._refuse(self.tr("Add the supplier under Suppliers first: a quote belongs to "
                                 "one."), keep_mapping=True)
            return
        plan = parsing.mapped_plan(self.table, self.current_mapping(), defaults,
                                   self._design_ref)
        self.plan = parsing.drop_already_stored(plan, self.workspace)
        self.refused = ""
        self._show_plan()

    def _refuse(self, reason: str, keep_mapping: bool = False) -> None:
        log.warning("quote import: nothing can be imported from %s: %s",
                    self.path.name if self.path else "?", reason)
        self.refused = reason
        self.plan = None
        if not keep_mapping:
            self.mapping_box.setEnabled(False)
            self.source_note.setText("")
        self.preview.setRowCount(0)
        self.details.setText("")
        self.report.clear()
        self._report_line(reason, error=True)
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("&Import"))
        self.status.setText(self.tr("Nothing can be imported from this file: see the report."))

    def _report_line(self, text: str, error: bool = False) -> None:
        # the reasons are sentences already; a file name may start one ("q.xlsx is …")
        text = text.strip()
        item = QListWidgetItem(text if text.endswith((".", "!", "?")) else text + ".")
        if error:
            item.setForeground(error_colour(self.palette()))
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.report.addItem(item)

    def _show_plan(self) -> None:
        plan = self.plan
        assert plan is not None
        self.preview.setRowCount(len(plan.quotes))
        for row, planned in enumerate(plan.quotes):
            quote = planned.quote
            tiers = " · ".join(f"{integer_text(t.min_quantity)} → {decimal_text(t.unit_price, 2)}"
                               for t in quote.tiers)
            fees = ", ".join(f"{fee_label(f.kind)} {decimal_text(f.amount, 2)}"
                             + (self.tr(" (refundable)") if f.refundable_on_order else "")
                             for f in quote.fees) or self.tr("none")
            leads = " · ".join(part for part in (
                fill(self.tr("sample {days} d"), days=str(quote.sample_lead_time_days))
                if quote.sample_lead_time_days is not None else "",
                fill(self.tr("production {days} d"), days=str(quote.production_lead_time_days))
                if quote.production_lead_time_days is not None else "") if part)
            values = {"design": planned.design_code, "revision": planned.revision or "—",
                      "tiers": tiers, "currency": quote.currency, "moq": integer_text(quote.moq),
                      "fees": fees, "lead_times": leads or "—",
                      "date": date_text(quote.quoted_on), "supplier": planned.supplier}
            tips = {"design": f"{planned.design_code} — {planned.design_name}",
                    "tiers": "\n".join(f"{integer_text(t.min_quantity)}: {t.unit_price}"
                                       for t in quote.tiers),
                    "supplier": planned.supplier}
            for column, key in enumerate(PREVIEW_COLUMNS):
                item = QTableWidgetItem(values[key])
                if key in tips:
                    item.setToolTip(tips[key])
                self.preview.setItem(row, column, item)
        if plan.quotes:
            self.preview.selectRow(0)
        self._show_details(0)
        self.report.clear()
        for problem in plan.problems:
            self._report_line(problem, error=True)
        for skipped in plan.skipped:
            self._report_line(skipped.text())
        if plan.ignored_blank_rows:
            self._report_line(fill(self.tr("{count} empty row(s) ignored"),
                                   count=str(plan.ignored_blank_rows)))
        for note in plan.notes:
            self._report_line(note)
        if not self.report.count():
            self._report_line(self.tr("Every row was read: nothing skipped."))
        read_only = self.workspace.read_only
        count = len(plan.quotes)
        self.import_button.setEnabled(plan.ok and not read_only and not self.imported_ids)
        self.import_button.setText(self.tr("&Import 1 Quote") if count == 1 else
                                   fill(self.tr("&Import {count} Quotes"), count=str(count))
                                   if count else self.tr("&Import"))
        if read_only:
            self.status.setText(self.tr("This workspace is open read-only: nothing can be "
                                        "imported."))
        elif plan.problems:
            self.status.setText(self.tr("Nothing can be imported yet: see the report."))
        elif not count:
            self.status.setText(self.tr("No quote to import: see the report."))
        else:
            left_out = len(plan.skipped)
            self.status.setText(
                self.tr("Check the preview, then Import. Nothing is stored before.")
                + (" " + fill(self.tr("{count} row(s) will be left out."), count=str(left_out))
                   if left_out else ""))

    def _show_details(self, row: int) -> None:
        """Everything the selected quote will hold that the table has no room for."""
        plan = self.plan
        if plan is None or not 0 <= row < len(plan.quotes):
            self.details.setText("")
            return
        planned = plan.quotes[row]
        quote = planned.quote
        parts = [f"{planned.design_code} — {planned.design_name}"]
        if quote.reference:
            parts.append(fill(self.tr("reference {reference}"), reference=quote.reference))
        parts.append(fill(self.tr("valid until {valid_until}"),
                          valid_until=date_text(quote.valid_until))
                     if quote.valid_until else self.tr("no validity date"))
        parts.append(quote.incoterm.value)
        if quote.deposit_pct:
            parts.append(fill(self.tr("deposit {deposit_pct} %"),
                              deposit_pct=decimal_text(quote.deposit_pct,
                                                                                1)))
        text = " · ".join(parts)
        if quote.notes:
            text += "\n" + fill(self.tr("Notes: {notes}"), notes=quote.notes)
        self.details.setText(text)

    # --- importing --------------------------------------------------------------------------

    def import_now(self) -> bool:
        plan = self.plan
        if plan is None or not plan.ok or self.imported_ids:
            return False
        count = len(plan.quotes)
        name = self.path.name if self.path else ""
        text = fill(self.tr("Import 1 quote from {name}") if count == 1 else
                     self.tr("Import {count} quotes from {name}"), name=name, count=str(count))
        command = ImportQuotes(self.workspace, [p.quote for p in plan.quotes], text)
        reason = self.controller.run(command)
        if reason is not None:
            log.warning("quote import: nothing was stored from %s: %s", name, reason)
            self.status.setText(fill(self.tr("Nothing was imported: {reason}"),
                                     reason=sentence(reason)))
            return False
        self.imported_ids = list(command.ids)
        log.info("imported %d quote(s) from %s (%s), %d row(s) left out", count, name,
                 plan.kind, len(plan.skipped))
        if plan.kind == "table":
            self._remember_mapping()
        self.import_button.setEnabled(False)
        self.status.setText(
            self.tr("Imported 1 quote. Edit ▸ Undo removes it again.") if count == 1 else
             fill(self.tr("Imported {count} quotes. Edit ▸ Undo removes them again."),
                  count=str(count)))
        self.imported.emit(self.imported_ids)
        return True
