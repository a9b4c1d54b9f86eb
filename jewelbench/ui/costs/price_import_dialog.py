"""File ▸ Import Prices and Rates…: a price or rate file, previewed, stored as one undoable step.

The file (ECB euro reference rates or their .zip, Norges Bank's CSV, an LBMA JSON series, the
plain date,item,price,currency,unit CSV) is read by reports.price_import; the preview shows what
will be stored, replaced, skipped as already stored, and refused, each with why. Import stores it
all in one transaction (ImportPrices); Edit ▸ Undo takes out exactly what it added and puts back
what it replaced. Then the dialog shows the report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.messages import fill
from jewelbench.domain.prices import PRICED_METALS, FxRate, MetalPrice
from jewelbench.reports.price_import import (
    LBMA,
    MetalNotNamed,
    PriceFile,
    PriceFileRefused,
    lbma_metal,
    read_price_file,
)
from jewelbench.storage import StorageError, Workspace
from jewelbench.storage.prices import PriceImportReport, PriceImports
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController, WorkspaceCommand
from jewelbench.ui.formatting import date_text, exact_text, integer_text, sentence
from jewelbench.ui.labels import metal_label
from jewelbench.ui.style import named
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.fields import error_colour

GEOMETRY = registry.layout("costs/priceImportDialog/geometry")
SHOWN_ROWS = 2000  # a 100 000-row file: the first rows of each kind, and how many more


def ask_price_file(parent: QWidget | None, title: str, directory: Path) -> Path | None:
    """The file to import, or None when the user cancels (tests patch this)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, title, str(directory),
        QCoreApplication.translate("PriceImportDialog",
                                   "Price and rate files (*.csv *.zip *.json *.txt);;"
                                   "All files (*)"))
    return Path(path) if path else None


class ImportPrices(WorkspaceCommand):
    """Undo deletes what the import stored and puts back what it replaced; redo does it again."""

    topic = Topic.PRICES  # the topic every price and rate change is followed by

    def __init__(self, workspace: Workspace, found: PriceFile, replace: bool, text: str) -> None:
        super().__init__(text, workspace)
        self.metal_prices = found.metal_prices
        self.fx_rates = found.fx_rates
        self.replace = replace
        self.report: PriceImportReport | None = None

    def apply(self) -> None:
        imports = PriceImports.of(self.workspace)
        if self.report is None:
            self.report = imports.add(self.metal_prices, self.fx_rates, replace=self.replace)
            self.workspace.db.on_rollback(self._forget)
        else:
            imports.reapply(self.report)

    def _forget(self) -> None:
        self.report = None

    def revert(self) -> None:
        if self.report is not None:
            PriceImports.of(self.workspace).remove(self.report)


@contextmanager
def _busy() -> Iterator[None]:
    """The wait cursor while a large file is read or stored."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _what(value: MetalPrice | FxRate) -> tuple[str, str, str]:
    """(date, item, value) as the preview shows a row."""
    if isinstance(value, MetalPrice):
        price = value.price_per_troy_oz
        return (date_text(value.price_date), value.metal,
                f"{exact_text(price.amount.normalize())} {price.currency}/ozt")
    return date_text(value.rate_date), value.from_currency, value.stated()


class PriceImportDialog(QDialog):
    imported = Signal(object)  # the PriceImportReport

    def __init__(self, workspace: Workspace, controller: UndoController, settings: QSettings,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priceImportDialog")
        self.setWindowTitle(self.tr("Import Prices and Rates"))
        self.workspace = workspace
        self.controller = controller
        self.settings = settings
        self.today = today or dt.date.today()
        self.path: Path | None = None
        self.found: PriceFile | None = None
        self.plan: PriceImportReport | None = None
        self.report: PriceImportReport | None = None

        self.file_label = QLabel(self.tr("No file chosen"))
        named(self.file_label, "previewTitle")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_button = QPushButton(self.tr("Choose &File…"))
        self.file_button.setObjectName("priceImportChooseFile")
        self.file_button.setToolTip(self.tr(
            "The ECB's eurofxref-hist.csv or .zip, Norges Bank's exchange-rate CSV, an LBMA "
            "price series saved as JSON, or a CSV with the header date,item,price,currency,unit"))
        self.file_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.file_button)

        self.metal = QComboBox()
        self.metal.setObjectName("priceImportMetal")
        self.metal.addItem(self.tr("From the file name"), None)
        for metal in PRICED_METALS:
            self.metal.addItem(metal_label(metal), metal)
        self.metal.setToolTip(self.tr("An LBMA file holds one metal's prices; its name usually "
                                      "says which (lbma-gold_pm.json). Choose it here if not."))
        self.metal.currentIndexChanged.connect(self._reread)
        self.replace = QCheckBox(self.tr("&Replace stored values that differ"))
        self.replace.setObjectName("priceImportReplace")
        self.replace.setToolTip(self.tr(
            "Off: a price or rate already stored for that date is kept and the file's is "
            "skipped. On: the file's value replaces it (Edit ▸ Undo puts it back)."))
        self.replace.toggled.connect(self._replan)
        options = QFormLayout()
        options.addRow(self.tr("LBMA &metal:"), self.metal)
        options.addRow("", self.replace)

        self.summary = QLabel()
        self.summary.setObjectName("priceImportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QTableWidget(0, 5)
        self.preview.setObjectName("priceImportPreview")
        self.preview.setHorizontalHeaderLabels([
            self.tr("What happens"), self.tr("Where"), self.tr("Date"), self.tr("Item"),
            self.tr("Value and why")])
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setWordWrap(False)
        header = self.preview.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setObjectName("priceImportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("priceImportButton")
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.setToolTip(self.tr("Store what the preview shows as one step "
                                              "(Edit ▸ Undo takes it out again)"))
        self.import_button.clicked.connect(self.import_now)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("priceImportClose")
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.resize(900, 560)
        geometry = registry.read(settings, GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)

    # --- the file ---------------------------------------------------------------------------

    def choose_file(self) -> Path | None:
        value = registry.read(self.settings, registry.PRICE_IMPORT_FOLDER)
        folder = Path(str(value)) if value else Path.home()
        path = ask_price_file(self, self.tr("Import Prices and Rates"),
                              folder if folder.is_dir() else Path.home())
        if path is not None:
            self.load(path)
        return path

    def load(self, path: Path) -> None:
        """Read the file and preview what would be stored; a file that cannot be read is
        said, and nothing can be imported."""
        self.path = Path(path)
        registry.write(self.settings, registry.PRICE_IMPORT_FOLDER, str(self.path.parent))
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        self.report = None
        self.status.clear()
        self._reread()

    def _reread(self) -> None:
        if self.path is None or self.report is not None:
            return
        with _busy():  # the ECB's whole history: a few seconds
            self._read_and_plan()

    def _read_and_plan(self) -> None:
        assert self.path is not None
        self.found, self.plan = None, None
        try:
            self.found = read_price_file(self.path, today=self.today,
                                         metal=self.metal.currentData())
        except PriceFileRefused as refusal:
            self.metal.setEnabled(isinstance(refusal, MetalNotNamed))
            self._refuse(str(refusal))
            return
        self.metal.setEnabled(self.found.layout == LBMA)
        if self.found.layout == LBMA and self.metal.currentData() is None:
            named = lbma_metal(self.path.name)
            self.metal.setItemText(0, fill(self.tr("From the file name ({name})"),
                                           name=named or "?"))
        self._replan()

    def _refuse(self, reason: str) -> None:
        # the reason starts with the file's name: kept as the user named it ("rates.csv"),
        # not capitalised as a sentence would be
        reason = reason.strip()
        self.summary.setText(fill(
            self.tr("Nothing can be imported: {reason}"),
            reason=reason if reason.endswith((".", "!", "?")) else reason + "."))
        self.summary.setStyleSheet(f"color: {error_colour(self.palette()).name()}")
        self.preview.setRowCount(0)
        self.import_button.setEnabled(False)

    def _replan(self) -> None:
        found = self.found
        if found is None or self.report is not None:
            return
        try:
            self.plan = PriceImports.of(self.workspace).preview(
                found.metal_prices, found.fx_rates, replace=self.replace.isChecked())
        except StorageError as error:
            self._refuse(i18n.say(error))
            return
        self.summary.setStyleSheet("")
        self.summary.setText(self._plan_text(found, self.plan))
        self._show(found, self.plan)
        self.import_button.setEnabled(self.plan.changed > 0 and not self.workspace.read_only)

    def _plan_text(self, found: PriceFile, plan: PriceImportReport) -> str:
        return (fill(self.tr("{layout}: {summary}.\nImport will store {stored}, replace "
                             "{replaced}, skip {skipped} already "
                             "stored; {refused} refused."), layout=found.layout_name,
                     summary=found.summary(), stored=integer_text(len(plan.stored)),
                     replaced=integer_text(len(plan.replaced)),
                     skipped=integer_text(len(plan.skipped)),
                     refused=integer_text(len(found.refused))))

    def _show(self, found: PriceFile, plan: PriceImportReport) -> None:
        rows: list[tuple[str, str, tuple[str, str, str], str, bool]] = []
        where = {id(r.value): r.where for r in found.rows}
        for refusal in found.refused[:SHOWN_ROWS]:
            rows.append((self.tr("Refused"), refusal.where, ("", "", ""), refusal.reason, True))
        for value, reason in plan.skipped[:SHOWN_ROWS]:
            rows.append((self.tr("Skipped"), where.get(id(value), ""), _what(value),
                         reason, False))
        for old, new in plan.replaced[:SHOWN_ROWS]:
            rows.append((self.tr("Replaces"), where.get(id(new), ""), _what(new),
                         fill(self.tr("{new} (was {old})"), new=_what(new)[2],
                              old=_what(old)[2]), False))
        for value in plan.stored[:SHOWN_ROWS]:
            rows.append((self.tr("Stored") if self.report else self.tr("Will be stored"),
                         where.get(id(value), ""), _what(value), _what(value)[2], False))
        hidden = (max(0, len(found.refused) - SHOWN_ROWS) + max(0, len(plan.skipped) - SHOWN_ROWS)
                  + max(0, len(plan.replaced) - SHOWN_ROWS)
                  + max(0, len(plan.stored) - SHOWN_ROWS))
        self.preview.setUpdatesEnabled(False)
        self.preview.setRowCount(len(rows) + (1 if hidden else 0))
        error = error_colour(self.palette())
        for number, (verdict, at, (day, item, _value), why, refused) in enumerate(rows):
            for column, text in enumerate((verdict, at, day, item, why)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if refused:
                    cell.setForeground(error)
                self.preview.setItem(number, column, cell)
        if hidden:
            self.preview.setItem(len(rows), 0, QTableWidgetItem(
                fill(self.tr("… and {count} more rows not listed"), count=integer_text(hidden))))
        self.preview.setUpdatesEnabled(True)

    # --- importing --------------------------------------------------------------------------

    def import_now(self) -> bool:
        found, plan = self.found, self.plan
        if found is None or plan is None or self.report is not None or not plan.changed:
            return False
        name = self.path.name if self.path else ""
        command = ImportPrices(self.workspace, found, self.replace.isChecked(),
                               fill(self.tr("Import prices and rates from {name}"), name=name))
        with _busy():
            reason = self.controller.run(command)
        if reason is not None or command.report is None:
            self.status.setText(fill(self.tr("Nothing was imported: {reason}"),
                                     reason=sentence(reason or "")))
            self.status.setStyleSheet(f"color: {error_colour(self.palette()).name()}")
            return False
        self.report = command.report
        self.import_button.setEnabled(False)
        self.metal.setEnabled(False)
        self.replace.setEnabled(False)
        self._show(found, self.report)
        self.summary.setText(
            fill(self.tr("Stored {stored}, replaced {replaced}, skipped {skipped} already stored, "
                         "refused {refused}."),
                 stored=integer_text(len(self.report.stored)),
                 replaced=integer_text(len(self.report.replaced)),
                 skipped=integer_text(len(self.report.skipped)),
                 refused=integer_text(len(found.refused))))
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Imported. Edit ▸ Undo takes it out again."))
        self.imported.emit(self.report)
        return True

    # --- closing ----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        registry.write(self.settings, GEOMETRY, self.saveGeometry())
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        registry.write(self.settings, GEOMETRY, self.saveGeometry())
        super().closeEvent(event)


def import_prices(parent: QWidget | None, workspace: Workspace, controller: UndoController,
                  settings: QSettings, path: Path | str | None = None) -> PriceImportDialog:
    """Open the dialog (window-modal, not blocking); without a path the file picker opens."""
    dialog = PriceImportDialog(workspace, controller, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    if path is not None:
        dialog.load(Path(path))
    else:
        dialog.choose_file()
    return dialog
