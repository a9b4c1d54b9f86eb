"""Export Workbook (File ▸ Export ▸ Workbook…): the accountant's .xlsx, whose costs are live
formulas over its Inputs sheet (reports/workbook.py).

The user chooses what to cost — a collection plan, or one design against each of its quotes —
the in-house scenario, the costing date, the volume and the file. The workbook is written with
a progress dialog that can be cancelled (a 5,000-design workspace takes a few seconds), whole
or not at all; a refusal (a missing price, a file open in Excel) is said in the status line.

The listing sheets hold the designs being compared — their BOM lines, quotes with their tiers,
fees and sample rounds — unless "All listings" is ticked; the size of the listings is said
before writing, and a large one is confirmed first (ask_large_workbook, patched by tests).

    export_workbook(parent, workspace, settings) → WorkbookExportDialog
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.costing_basis import FixedCostBasis
from jewelbench.domain.costing_inputs import MAX_VOLUME
from jewelbench.domain.messages import fill
from jewelbench.domain.missing_prices import MissingPrice
from jewelbench.domain.validation import DomainError
from jewelbench.reports import wording
from jewelbench.reports.output import ExportCancelled, ExportError
from jewelbench.reports.workbook import WorkbookReport, write_workbook
from jewelbench.storage import StorageError, Workspace
from jewelbench.storage.workbook_data import (
    ListingSize,
    first_quoted_design,
    listing_size,
    workbook_data,
)
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.costs.price_request import EnterPrices, EnterPricesButton
from jewelbench.ui.dialogs import confirm
from jewelbench.ui.formatting import integer_text
from jewelbench.ui.style import named
from jewelbench.ui.widgets.spin_boxes import SpinBox

log = logging.getLogger(__name__)

DEFAULT_DESIGN_VOLUME = 300  # pieces a year of a design that no plan lists (as `compare`)
UNSAFE_IN_NAMES = '<>:"/\\|?*'
LARGE_LISTINGS = 250_000  # cells: all listings past this are confirmed before writing


def export_workbook(parent: QWidget | None, workspace: Workspace,
                    settings: QSettings) -> WorkbookExportDialog:
    """File ▸ Export ▸ Workbook…: choose what to cost and the file (window-modal)."""
    dialog = WorkbookExportDialog(workspace, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    navigate = getattr(parent, "navigate", None)
    if callable(navigate):  # the main window opens Update Prices… for Enter Prices…
        dialog.navigate.connect(navigate)
    dialog.open()
    return dialog


def ask_workbook_path(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """Where to save the workbook, or None when the user cancels (tests patch this)."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggested),
        QApplication.translate("WorkbookExportDialog", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".xlsx" else chosen.with_name(chosen.name + ".xlsx")


def ask_large_workbook(parent: QWidget | None, text: str, informative: str,
                       on_yes: Callable[[], object]) -> QMessageBox:
    """Confirm a workbook with large listings before writing it (tests patch this)."""
    return confirm(parent, QApplication.translate("WorkbookExportDialog", "Export Workbook"),
                   text, informative,
                   QApplication.translate("WorkbookExportDialog", "Write All Listings"),
                   on_yes, name="workbookLargeConfirm")


def safe_file_name(text: str) -> str:
    cleaned = "".join("-" if c in UNSAFE_IN_NAMES or ord(c) < 32 else c for c in text).strip(" .")
    return cleaned or "workbook"


class WorkbookExportDialog(QDialog):
    navigate = Signal(object)  # Enter Prices… for what the costing misses
    def __init__(self, workspace: Workspace, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workbookExportDialog")
        self.setWindowTitle(self.tr("Export Workbook"))
        self.workspace = workspace
        self.settings = settings
        self.report: WorkbookReport | None = None
        costing = workspace.costing

        intro = QLabel(self.tr(
            "A workbook for your accountant: every cost is a formula over its Inputs sheet "
            "(metal prices, FX rates, quotes, the in-house scenario), so changing an input in "
            "Excel or LibreOffice moves every total as jewelbench computes it. The designs "
            "compared are listed too, with their quotes, suppliers and sample rounds."))
        intro.setWordWrap(True)
        named(intro, "pageSubtitle")
        self.plan_choice = QRadioButton(self.tr("A collection &plan"))
        self.plan_choice.setObjectName("workbookPlanChoice")
        self.plan = QComboBox()
        self.plan.setObjectName("workbookPlan")
        self.plan.setAccessibleName(self.tr("Collection plan"))
        for plan_id, name in costing.plans():
            self.plan.addItem(name, plan_id)
        self.design_choice = QRadioButton(self.tr("One &design, against each of its quotes"))
        self.design_choice.setObjectName("workbookDesignChoice")
        self.design = QComboBox()
        self.design.setObjectName("workbookDesign")
        self.design.setAccessibleName(self.tr("Design"))
        self.design.setEditable(True)
        self.design.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.design.setMaxVisibleItems(20)
        for summary in workspace.designs.summaries():
            self.design.addItem(f"{summary.code} — {summary.name}", summary.id)
        completer = self.design.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        quoted = first_quoted_design(workspace)  # one row, not every quote's summary
        self.design.setCurrentIndex(self.design.findData(quoted) if quoted is not None else -1)
        typed = self.design.lineEdit()
        assert typed is not None  # an editable combo box has its line edit
        typed.setPlaceholderText(self.tr("Type a code or a name"))
        typed.textEdited.connect(lambda _text: self._changed())

        self.scenario = QComboBox()
        self.scenario.setObjectName("workbookScenario")
        for scenario_id, name in workspace.scenarios.names():
            self.scenario.addItem(name, scenario_id)
        self.costing_date = QDateEdit()
        self.costing_date.setObjectName("workbookDate")
        self.costing_date.setCalendarPopup(True)
        self.costing_date.setDisplayFormat("yyyy-MM-dd")
        today = dt.date.today()
        self.costing_date.setDate(QDate(today.year, today.month, today.day))
        self.volume = SpinBox()
        self.volume.setObjectName("workbookVolume")
        self.volume.setRange(0, MAX_VOLUME)
        self.volume.setGroupSeparatorShown(True)
        self.volume.setSuffix(self.tr(" pieces a year"))
        self.volume.setSpecialValueText(self.tr("As planned"))

        self.file = QLineEdit()
        self.file.setObjectName("workbookFile")
        self.file.textEdited.connect(lambda _text: self._file_edited())
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("workbookBrowse")
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)

        target = QGroupBox(self.tr("What to cost"))
        target.setObjectName("workbookTarget")
        grid = QGridLayout(target)
        grid.addWidget(self.plan_choice, 0, 0)
        grid.addWidget(self.plan, 0, 1)
        grid.addWidget(self.design_choice, 1, 0)
        grid.addWidget(self.design, 1, 1)
        self.basis = QComboBox()  # one design's fixed-cost basis (docs/costing.md)
        self.basis.setObjectName("workbookBasis")
        for text, value in ((self.tr("Allocated: its share of the workshop"), "allocated"),
                            (self.tr("Incremental: only what it adds"), "incremental"),
                            (self.tr("Stand-alone: a workshop for it alone"), "stand-alone")):
            self.basis.addItem(text, value)
        basis_label = QLabel(self.tr("Its fixed costs:"))
        basis_label.setBuddy(self.basis)
        grid.addWidget(basis_label, 2, 0)
        grid.addWidget(self.basis, 2, 1)
        grid.setColumnStretch(1, 1)
        form = QFormLayout()
        form.addRow(self.tr("In-house &scenario:"), self.scenario)
        form.addRow(self.tr("Costing da&te:"), self.costing_date)
        form.addRow(self.tr("&Volume:"), self.volume)
        form.addRow(self.tr("&File:"), file_row)
        self.language = QComboBox()  # the accountant's language, not necessarily the app's
        self.language.setObjectName("workbookLanguage")
        self.language.setAccessibleName(self.tr("Language of the workbook"))
        self.language.setToolTip(self.tr(
            "The language of the workbook's labels and notes. Its figures are numbers, which "
            "the spreadsheet shows in its own forms (1 234,50 in a Norwegian one)."))
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.language())))
        form.addRow(self.tr("&Language:"), self.language)
        file_label = form.labelForField(file_row)
        if isinstance(file_label, QLabel):
            file_label.setBuddy(self.file)

        self.all_listings = QCheckBox(self.tr(
            "&All listings: every design, quote and sample round of the workspace"))
        self.all_listings.setObjectName("workbookAllListings")
        self.all_listings.setToolTip(self.tr(
            "Unticked, the workbook lists only the designs being compared, with their quotes, "
            "tiers, fees and sample rounds"))
        self.all_listings.toggled.connect(lambda _on: self._update())
        self.listing_size = QLabel()
        self.listing_size.setObjectName("workbookListingSize")
        self.listing_size.setWordWrap(True)
        form.addRow("", self.all_listings)
        form.addRow("", self.listing_size)

        note = QLabel(self.tr("Prices and FX rates are the newest on or before the costing "
                              "date. The volume is the pieces a year costed; a plan keeps its "
                              "mix of designs."))
        note.setWordWrap(True)
        named(note, "pageSubtitle")
        self.status = QLabel()
        self.status.setObjectName("workbookStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("workbookOpen")
        self.open_button.setToolTip(self.tr("Open the workbook in your spreadsheet program"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_written)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setObjectName("workbookExport")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.enter_prices = EnterPricesButton()
        self.enter_prices.setAutoDefault(False)
        self.enter_prices.asked.connect(self.navigate)
        bottom = QHBoxLayout()
        bottom.addWidget(self.enter_prices)
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(target)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

        self._file_touched = False
        self._showing_problem = False
        self._size_for: tuple[object, ...] | None = None
        self._size: ListingSize | None = None
        self._restore()
        for signal in (self.plan_choice.toggled, self.design_choice.toggled):
            signal.connect(lambda _on: self._changed())
        self.plan.currentIndexChanged.connect(lambda _i: self._changed())
        self.design.currentIndexChanged.connect(lambda _i: self._changed())
        self.scenario.currentIndexChanged.connect(lambda _i: self._update())
        self._changed()
        self.resize(660, 440)

    # --- state -----------------------------------------------------------------------------

    def _restore(self) -> None:
        kind = registry.read(self.settings, registry.WORKBOOK_KIND)
        has_plans = self.plan.count() > 0
        if kind == "design" or not has_plans:
            self.design_choice.setChecked(True)
        else:
            self.plan_choice.setChecked(True)
        self.plan_choice.setEnabled(has_plans)
        if not has_plans:
            self.plan.setPlaceholderText(self.tr("No collection plan yet"))
        self.plan.setEnabled(has_plans)
        index = self.scenario.findText(registry.read(self.settings, registry.WORKBOOK_SCENARIO))
        self.scenario.setCurrentIndex(max(index, 0))

    def folder(self) -> Path:
        value = registry.read(self.settings, registry.WORKBOOK_FOLDER)
        folder = Path(str(value)) if value else Path.home()
        return folder if folder.is_dir() else Path.home()

    def costing_day(self) -> dt.date:
        day = self.costing_date.date()
        return dt.date(day.year(), day.month(), day.day())

    def _file_edited(self) -> None:
        self._file_touched = True
        self._update()

    def _changed(self) -> None:
        by_design = self.design_choice.isChecked()
        self.plan.setEnabled(not by_design and self.plan.count() > 0)
        self.design.setEnabled(by_design)
        self.basis.setEnabled(by_design)
        self.volume.setSpecialValueText("" if by_design else self.tr("As planned"))
        self.volume.setMinimum(1 if by_design else 0)
        if by_design:
            design_id = self.design_id()
            planned = self.workspace.costing.plans_with_design(design_id) \
                if design_id is not None else []
            self.volume.setValue(planned[0][2] if planned else DEFAULT_DESIGN_VOLUME)
        else:
            self.volume.setValue(0)
        if not self._file_touched:
            self.file.setText(str(self.folder() / f"{safe_file_name(self._subject())}.xlsx"))
        self._update()

    def design_id(self) -> int | None:
        """The design chosen: the item picked, or the one whose code (or whole text) was
        typed."""
        text = self.design.currentText().strip()
        index = self.design.findText(text)
        if index < 0 and text:
            folded = text.casefold()
            index = next((i for i in range(self.design.count())
                          if self.design.itemText(i).split(" — ", 1)[0].casefold() == folded),
                         -1)
        data = self.design.itemData(index) if index >= 0 else None
        return int(data) if data is not None else None

    def _subject(self) -> str:
        if self.design_choice.isChecked():
            index = self.design.findData(self.design_id())
            text = self.design.itemText(index).split(" — ", 1)[0] if index >= 0 else ""
            return fill(self.tr("Make or buy {plan}"), plan=text) if text else \
                self.tr("Make or buy")
        return fill(self.tr("Make or buy {plan}"), plan=self.plan.currentText())

    def problem(self) -> str:
        """Why Export cannot run yet ('' when it can)."""
        if self.scenario.count() == 0:
            return self.tr("Add an in-house scenario in Costs first.")
        if self.design_choice.isChecked() and self.design_id() is None:
            return self.tr("Choose a design.")
        if self.plan_choice.isChecked() and self.plan.currentData() is None:
            return self.tr("Choose a collection plan.")
        if not self.file.text().strip():
            return self.tr("Choose the file to write.")
        return ""

    # --- the listings and their size --------------------------------------------------------

    def compared_designs(self) -> tuple[int, ...] | None:
        """The design ids being compared: the plan's or the one design (None: none chosen)."""
        if self.design_choice.isChecked():
            design_id = self.design_id()
            return None if design_id is None else (design_id,)
        plan_id = self.plan.currentData()
        if plan_id is None:
            return None
        try:
            lines = self.workspace.costing.plan_record(int(plan_id)).lines
        except (StorageError, DomainError):
            return None
        return tuple(design_id for design_id, _volume in lines)

    def listings_size(self) -> ListingSize | None:
        """The listings' size for what is chosen (counted once per choice)."""
        every = self.all_listings.isChecked()
        designs = None if every else self.compared_designs()
        key = (every, designs)
        if key != self._size_for:
            self._size_for = key
            self._size = None
            if every or designs is not None:
                try:
                    self._size = listing_size(self.workspace, designs)
                except StorageError:
                    self._size = None
        return self._size

    def _show_size(self) -> None:
        size = self.listings_size()
        if size is None:
            self.listing_size.setText("")
            return
        counts = fill(self.tr("{rows} rows, about {cells} cells"), rows=integer_text(size.rows),
                      cells=integer_text(size.cells))
        quotes = self.tr("1 quote") if size.quotes == 1 else \
            fill(self.tr("{quotes} quotes"), quotes=integer_text(size.quotes))
        if self.all_listings.isChecked():
            designs = self.tr("1 design") if size.designs == 1 else \
                fill(self.tr("{count} designs"), count=integer_text(size.designs))
            text = fill(self.tr("Listings: every design of the workspace ({designs}, {quotes}): "
                                "{sizes}."),
                        designs=designs, quotes=quotes, sizes=counts)
            if size.cells > LARGE_LISTINGS:
                text += " " + self.tr("A large workbook: slower to write and to open.")
        else:
            text = fill(self.tr("Listings: the {designs} compared ({quotes}): {sizes}."),
                        designs=self.tr("design") if size.designs == 1 else
                        fill(self.tr("{count} designs"), count=integer_text(size.designs)),
                        quotes=quotes, sizes=counts)
        self.listing_size.setText(text)

    def _update(self) -> None:
        self._show_size()
        problem = self.problem()
        self.export_button.setEnabled(not problem)
        if problem or self._showing_problem:
            self.status.setText(problem)
            self._showing_problem = bool(problem)

    def choose_file(self) -> Path | None:
        current = Path(self.file.text().strip()) if self.file.text().strip() else \
            self.folder() / f"{safe_file_name(self._subject())}.xlsx"
        chosen = ask_workbook_path(self, self.tr("Save Workbook"), current)
        if chosen is not None:
            self._file_touched = True
            self.file.setText(str(chosen))
            self._update()
        return chosen

    # --- writing ---------------------------------------------------------------------------

    def target(self) -> Path:
        path = Path(self.file.text().strip()).expanduser()
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def _missing(self, missing: tuple[MissingPrice, ...] = ()) -> None:
        """Enter Prices… shown when the export was refused for want of prices or rates."""
        self.enter_prices.offer(EnterPrices.for_missing(missing))

    def export(self) -> WorkbookReport | None:
        """Write the workbook; all listings past LARGE_LISTINGS cells are confirmed first
        (None is returned then: the workbook is written when the user says yes)."""
        self._missing()
        problem = self.problem()
        if problem:
            self.status.setText(problem)
            return None
        size = self.listings_size()
        if self.all_listings.isChecked() and size is not None and size.cells > LARGE_LISTINGS:
            self.status.setText(self.tr("Waiting for your answer: write every listing?"))
            ask_large_workbook(
                self, fill(self.tr("Write every listing of the workspace: {rows} rows, about "
                                   "{cells} cells?"),
                           rows=integer_text(size.rows), cells=integer_text(size.cells)),
                fill(self.tr("A workbook this large takes a while to write and to open. "
                             "Unticked, All listings lists only the {designs} compared."),
                     designs=fill(self.tr("{count} designs"),
                                  count=str(len(self.compared_designs() or ())))),
                # written once the question has closed: the writing turns the event loop (its
                # progress), which must not delete the question while it is still answering
                lambda: QTimer.singleShot(0, self.write))
            return None
        return self.write()

    def write(self) -> WorkbookReport | None:
        """Write the workbook as chosen, without asking."""
        problem = self.problem()
        if problem:
            self.status.setText(problem)
            return None
        target = self.target()
        costing = self.workspace.costing
        scenario_id = int(self.scenario.currentData())
        on = self.costing_day()
        volume = self.volume.value() or None
        self.status.setText(self.tr("Reading the workspace…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.design_choice.isChecked():
                setup = costing.setup_for_design(int(self.design_id() or 0), scenario_id,
                                                 on, volume or DEFAULT_DESIGN_VOLUME,
                                                 FixedCostBasis(self.basis.currentData()))
            else:
                setup = costing.setup_for_plan(int(self.plan.currentData()), scenario_id, on)
            data = workbook_data(self.workspace, designs=None if self.all_listings.isChecked()
                                 else [line.design.id or 0 for line in setup.plan.lines])
        except (StorageError, DomainError) as error:
            self.status.setText(fill(self.tr("Not exported: {error}"), error=str(error)))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        progress = QProgressDialog(self.tr("Writing the workbook…"), self.tr("Cancel"), 0, 1,
                                   self)
        progress.setObjectName("workbookProgress")
        progress.setWindowTitle(self.tr("Export Workbook"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)

        def step(done: int, total: int, what: str) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(fill(self.tr("Writing {what}…"), what=what))
            QApplication.processEvents()
            return not progress.wasCanceled()

        chosen = str(self.language.currentData() or i18n.ENGLISH)
        words = wording.load(chosen, i18n.translations_dir())
        try:
            self.report = write_workbook(setup, data, target, volume, progress=step,
                                         wording=words)
        except ExportCancelled:
            self.status.setText(self.tr("Cancelled: no file was written."))
            return None
        except (ExportError, StorageError, DomainError) as error:
            log.warning("workbook not exported to %s: %s", target.name, str(error))
            self.status.setText(fill(self.tr("Not exported: {error}"), error=str(error)))
            self._missing(getattr(error, "missing", ()))
            return None
        finally:
            progress.close()
            progress.deleteLater()
        registry.write(self.settings, registry.WORKBOOK_FOLDER, str(target.parent))
        registry.write(self.settings, registry.WORKBOOK_KIND,
                       "design" if self.design_choice.isChecked() else "plan")
        registry.write(self.settings, registry.WORKBOOK_SCENARIO, self.scenario.currentText())
        self._showing_problem = False
        left_out = len(setup.skipped)
        text = fill(self.tr("Written to {target}: {report} at {volume} pieces a year."),
                    target=str(target), report=self.report.title,
                    volume=integer_text(self.report.volume))
        if left_out:
            text += " " + fill(self.tr("{count} left out (listed on its cover)."),
                               count=str(left_out))
        if words.language != chosen:  # its translation is missing or damaged
            text += " " + fill(self.tr("Written in {written}: the {wanted} translation could "
                                       "not be read."),
                               written=i18n.LANGUAGE_NAMES[words.language],
                               wanted=i18n.LANGUAGE_NAMES.get(chosen, chosen))
        else:
            text += " " + fill(self.tr("Its labels are in {language}."),
                               language=i18n.LANGUAGE_NAMES[words.language])
        self.status.setText(text)
        self.open_button.setEnabled(True)
        return self.report

    def open_written(self) -> bool:
        if self.report is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.path)))
