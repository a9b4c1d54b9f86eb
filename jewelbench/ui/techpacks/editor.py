"""The tech pack editor: a design's revisions, the open draft's sections, issuing and printing.

Like the design editor, every change to the draft is saved the moment it is made, as one
undoable command on the window's undo stack; undo and redo from anywhere update the editor.
An issued revision is shown read-only (the file refuses any change to it anyway). Issuing is
the one step that cannot be undone, so it is done directly, after a dialog that says so.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.alloys import Alloy
from jewelbench.domain.designs import Design
from jewelbench.domain.inputs import LENGTH_MM, WEIGHT_G, InputError, NumberRule
from jewelbench.domain.messages import Message, fill
from jewelbench.domain.samples import QC_STAGE_NAMES, QcStage
from jewelbench.domain.techpacks import (
    COMPLIANCE_LIBRARY,
    FINISH_KINDS,
    Dimension,
    Finish,
    Hallmarks,
    QcCriterion,
    RevisionStatus,
    TechPackDraft,
    TechPackRevision,
    dfm_warnings,
    revision_index,
    revision_label,
)
from jewelbench.domain.validation import DomainError
from jewelbench.reports.techpack_images import css_px
from jewelbench.reports.techpack_pdf import (
    PAGE_SIZES,
    TEXT_WIDTH_MM,
    TechPackError,
    build_document,
    page_header,
    print_document,
    render_techpack_pdf,
)
from jewelbench.storage import StorageError, Workspace
from jewelbench.storage.repository import NotFound
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.dialogs import ask_brand_first
from jewelbench.ui.formatting import date_text, decimal_text
from jewelbench.ui.i18n import say
from jewelbench.ui.print_language import PrintLanguageBox, printing_in
from jewelbench.ui.techpacks.callouts import CalloutsTab, fit_columns
from jewelbench.ui.techpacks.commands import SaveDraft, StartRevision
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.editor_dialog import EditorDialog
from jewelbench.ui.widgets.fields import NumberField, format_for_locale, parse_for_locale
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import Column

TOLERANCE_MM = NumberRule(unit="mm", places=3, maximum=Decimal(100))
FINISHED_WEIGHT_G = replace(WEIGHT_G, required=False)
WEIGHT_TOLERANCE_G = NumberRule(unit="g", places=3, maximum=Decimal(100000), required=False)
THICKNESS_MM = replace(LENGTH_MM, required=False)
# What a clasp or jump ring must hold before it opens; empty: not specified.
PULL_STRENGTH_N = NumberRule(unit="N", places=1, maximum=Decimal(10000), allow_zero=False,
                             required=False)
_SETTINGS_KEY = "dialogs/techPackEditor"


@dataclass(frozen=True)
class _Row:
    """One line of a draft's list (a dimension, a finish) and its position."""

    index: int
    item: Any


@dataclass(frozen=True)
class FindingShown:
    """A finding of the bill of materials (as the shown revision lists it) and the pull
    strength the draft asks of it."""

    index: int  # its place in the BOM's findings: what pull_strengths_n is keyed by
    kind: str
    description: str
    quantity: int
    pull_strength_n: Decimal | None


@dataclass(frozen=True)
class WarningShown:
    """A DFM warning as the editor lists it: from the draft now, or as an issue froze it."""

    code: str
    message: str
    why: str
    acknowledged: bool
    note: str


def _frozen_text(warning: dict[str, Any], sentence: str, english: str) -> str:
    """A frozen warning's sentence in the reader's language (an older revision has only its
    English text)."""
    message = Message.from_json(warning.get(sentence))
    return say(message) if message is not None else str(warning.get(english, ""))


def _yes_no(text: str) -> bool:
    answer = text.strip().casefold()
    if answer in ("yes", "y", "true", "1", "critical", "★"):
        return True
    if answer in ("no", "n", "false", "0", ""):
        return False
    raise InputError(f"“{text.strip()}”: type yes or no")


def _status_text(revision: TechPackRevision) -> str:
    if revision.status is RevisionStatus.ISSUED:
        on = date_text(revision.issued_on) if revision.issued_on else "?"
        return f"issued {on}"
    return "draft"


class ListSection(QWidget):
    """A list of the draft (dimensions, finishes) as an editable table with Add and Remove."""

    def __init__(self, key: str, title: str, columns: list[Column[_Row]], empty: str,
                 rows: Callable[[TechPackDraft], list[Any]],
                 edit: Callable[[Any, str, str], Any],
                 new_item: Callable[[TechPackDraft], Any], field: str,
                 editor: TechPackEditor) -> None:
        super().__init__()
        self.editor = editor
        self.rows = rows
        self.edit = edit
        self.new_item = new_item
        self.field = field
        self.title = title
        self.page = ListPage(f"techpack_{key}", title, columns, empty)
        self.page.search.hide()
        self.page.title.hide()
        self.page.subtitle.hide()
        self.page.layout_.setContentsMargins(0, 0, 0, 0)
        self.page.table.setSortingEnabled(False)
        self.page.model.edit_requested.connect(self._edited)
        self.page.message.connect(editor.say)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.remove_button.setEnabled(False)
        self._editable = True
        self.page.current_row_changed.connect(lambda _row: self._enable_remove())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addLayout(buttons)

    def show_draft(self, draft: TechPackDraft) -> None:
        rows = [_Row(i, item) for i, item in enumerate(self.rows(draft))]
        self.page.show_rows(rows)
        self._enable_remove()

    def _enable_remove(self) -> None:
        """Remove needs a line to remove."""
        self.remove_button.setEnabled(self._editable and self.page.current_row() is not None)

    def set_editable(self, editable: bool) -> None:
        self.page.set_editable(editable)
        self._editable = editable
        self.add_button.setEnabled(editable)
        self._enable_remove()

    def add(self) -> None:
        draft = self.editor.edited()
        getattr(draft, self.field).append(self.new_item(draft))
        self.editor.change(draft, fill(self.tr("Add to {title}"), title=self.title.lower()))

    def remove(self) -> None:
        row = self.page.current_row()
        if row is None:
            self.editor.say(self.tr("Select a line to remove first."))
            return
        draft = self.editor.edited()
        del getattr(draft, self.field)[row.index]
        self.editor.change(draft, fill(self.tr("Remove from {title}"), title=self.title.lower()))

    def _edited(self, row: _Row, key: str, text: str) -> None:
        try:
            item = self.edit(row.item, key, text)
        except (InputError, DomainError, ValueError) as error:
            self.editor.say(i18n.say(error))
            return
        draft = self.editor.edited()
        getattr(draft, self.field)[row.index] = item
        self.editor.change(draft, fill(self.tr("Change {what}"), what=self.title.lower()))


class IssueDialog(QDialog):
    """Asks for the change note and says plainly that issuing cannot be undone."""

    def __init__(self, label: str, code: str, first: bool, parent: QWidget,
                 earliest: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Issue Revision {revision}"), revision=label))
        explanation = QLabel(fill(self.tr(
            "Issuing freezes revision {revision} of {code} exactly as it is now: the design, "
            "its bill of materials, images and every section of the tech pack. It cannot be "
            "edited or undone afterwards, only superseded by a new revision."), revision=label,
                                  code=code))
        explanation.setWordWrap(True)
        self.note = QLineEdit(self.tr("First issue") if first else "")
        self.note.setPlaceholderText(self.tr("What changed, e.g. prong height +0.2 mm after "
                                             "sample round 1"))
        self.note.setMaxLength(500)
        today = dt.date.today()
        self.issue_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.issue_date.setCalendarPopup(True)
        self.issue_date.setDisplayFormat("yyyy-MM-dd")  # as revisions list their dates
        self.issue_date.setMaximumWidth(160)
        self.issue_date.setMaximumDate(QDate(today.year, today.month, today.day))
        if earliest is not None and earliest <= today:  # not before the revision it follows
            self.issue_date.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.issue_date.setToolTip(self.tr("The date printed on the tech pack: today, or the "
                                           "day it was sent to the factory"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = self.buttons.addButton(
            fill(self.tr("Issue Revision {revision}"), revision=label),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Change &note:"), self.note)
        form.addRow(self.tr("Issue &date:"), self.issue_date)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def issued_on(self) -> dt.date:
        chosen = self.issue_date.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())


class PrintPreview(QPrintPreviewDialog):
    """The print preview of a tech pack. It keeps its printer: Qt does not take it over, and
    Python would delete it under the open dialog (which prints, and repaints on page setup,
    with it) as soon as the method that made it returned."""

    def __init__(self, printer: QPrinter, parent: QWidget) -> None:
        super().__init__(printer, parent)
        self._printer = printer
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class TechPackEditor(EditorDialog):
    settings_key = _SETTINGS_KEY
    default_size = (1180, 720)

    def __init__(self, workspace: Workspace, design_id: int, controller: UndoController,
                 settings: QSettings, parent: QWidget | None = None) -> None:
        self.workspace = workspace
        self.design_id = design_id
        super().__init__(controller, settings, parent)
        self.setObjectName("techPackEditor")
        self.design: Design = workspace.designs.get(design_id)
        self.alloys: list[Alloy] = list(workspace.prices.alloys())
        self.revisions: list[TechPackRevision] = []
        self.revision: TechPackRevision | None = None  # the one shown
        self.draft: TechPackDraft | None = None  # what the shown revision holds
        self.warnings: list[WarningShown] = []
        self.issue_dialog: IssueDialog | None = None
        self._editable = False
        self._showing = False  # filling widgets: their signals are not edits
        self._stale: set[str] = set()  # document and changes are built when looked at
        self._document: object = None

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._revisions_panel())
        splitter.addWidget(self._revision_panel())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 1000])
        self.splitter = splitter
        bottom = self.status_row()
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.restore_size()
        state = registry.read(settings, registry.layout(f"{_SETTINGS_KEY}/splitter"))
        if state is not None:
            self.splitter.restoreState(state)
        self.reload()

    # --- building ------------------------------------------------------------------------

    def _revisions_panel(self) -> QWidget:
        panel = QWidget()
        title = QLabel(self.tr("Revisions"))
        title.setObjectName("previewTitle")
        self.revision_list = QListWidget()
        self.revision_list.setObjectName("techPackRevisions")
        self.revision_list.setWordWrap(True)
        self.revision_list.setSpacing(3)
        self.revision_list.currentRowChanged.connect(lambda _row: self._show_selected())
        self.new_draft_button = QPushButton(self.tr("&New Draft"))
        self.new_draft_button.setToolTip(self.tr("Start the next revision from the newest "
                                                 "issued one"))
        self.new_draft_button.clicked.connect(self.new_draft)
        self.issue_button = QPushButton(self.tr("&Issue Revision…"))
        self.issue_button.clicked.connect(lambda: self.ask_to_issue())
        self.page_size = QComboBox()
        self.page_size.addItems(["A4", "Letter"])
        self.page_size.setToolTip(self.tr("Paper size for printing and PDF"))
        self.page_size.setCurrentText(registry.paper_size(self.settings))
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.export_button.clicked.connect(lambda: self.ask_export_pdf())
        self.preview_button = QPushButton(self.tr("&Print Preview…"))
        self.preview_button.clicked.connect(lambda: self.print_preview())
        self.print_language = PrintLanguageBox()  # the app's language each time it opens
        paper = QHBoxLayout()
        paper.addWidget(QLabel(self.tr("Paper:")))
        paper.addWidget(self.page_size, 1)
        language_label = QLabel(self.tr("Lan&guage:"))
        language_label.setBuddy(self.print_language)
        language = QHBoxLayout()
        language.addWidget(language_label)
        language.addWidget(self.print_language, 1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(title)
        layout.addWidget(self.revision_list, 1)
        layout.addWidget(self.new_draft_button)
        layout.addWidget(self.issue_button)
        layout.addSpacing(8)
        layout.addLayout(paper)
        layout.addLayout(language)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.export_button)
        return panel

    def _revision_panel(self) -> QWidget:
        self.heading = QLabel()
        self.heading.setObjectName("previewTitle")
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(lambda _i: self._build_stale())
        self.document_view = QTextBrowser()
        self.document_view.setObjectName("techPackDocument")
        self.document_view.setOpenLinks(False)
        # laid out a little wider than the printed text column, so it reads like the page
        self.document_view.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self.document_view.setLineWrapColumnOrWidth(css_px(TEXT_WIDTH_MM) + 36)
        self._show_as_paper(self.document_view)
        self.tabs.addTab(self.document_view, self.tr("Tech &Pack"))
        self.tabs.addTab(self._changes_tab(), self.tr("&Changes"))
        self.form_tabs: list[QWidget] = []
        for tab, title in ((self._dimensions_tab(), self.tr("&Dimensions")),
                           (self._weight_tab(), self.tr("&Weight")),
                           (self._materials_tab(), self.tr("&Materials && Marks")),
                           (self._finishes_tab(), self.tr("&Finishes")),
                           (self._callouts_tab(), self.tr("Callo&uts")),
                           (self._qc_tab(), self.tr("Labels && &QC")),
                           (self._compliance_tab(), self.tr("C&ompliance")),
                           (self._dfm_tab(), self.tr("DF&M"))):
            self.form_tabs.append(tab)
            self.tabs.addTab(tab, title)
        self.empty = QLabel(self.tr("This design has no tech pack yet.\nUse New Draft to "
                                    "start revision A."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.empty)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        return panel

    @staticmethod
    def _show_as_paper(view: QWidget) -> None:
        """The tech pack is shown as it prints, dark ink on a white page, on a dark desktop
        too (its HTML colours its text for paper)."""
        from PySide6.QtGui import QColor, QPalette

        from jewelbench.reports.techpack_html import INK

        paper = view.palette()
        paper.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        paper.setColor(QPalette.ColorRole.Text, QColor(INK))
        view.setPalette(paper)

    def _changes_tab(self) -> QWidget:
        tab = QWidget()
        self.changes_title = QLabel()
        self.changes_title.setWordWrap(True)
        self.changes = QListWidget()
        self.changes.setObjectName("techPackChanges")
        self.changes.setWordWrap(True)
        self.changes.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.changes_title)
        layout.addWidget(self.changes, 1)
        return tab

    def _dimensions_tab(self) -> QWidget:
        def required(text: str, rule: NumberRule) -> Decimal:
            value = parse_for_locale(text, rule)
            assert value is not None  # the rule requires one: empty text is an InputError
            return value

        def edit(dimension: Dimension, key: str, text: str) -> Dimension:
            if key == "name":
                return replace(dimension, name=text.strip())
            if key == "nominal_mm":
                return replace(dimension, nominal_mm=required(text, LENGTH_MM))
            if key == "tolerance_mm":
                return replace(dimension, tolerance_mm=required(text, TOLERANCE_MM))
            return replace(dimension, critical=_yes_no(text))

        def new(draft: TechPackDraft) -> Dimension:
            taken = {d.name.casefold() for d in draft.dimensions}
            number = len(taken) + 1
            while f"dimension {number}" in taken:
                number += 1
            return Dimension(fill(self.tr("Dimension {count}"), count=str(number)),
                             Decimal("1.00"), Decimal("0.10"))

        self.dimensions = ListSection("dimensions", self.tr("Dimensions"), [
            Column(self.tr("Dimension"), lambda r: r.item.name, key="name",
                   edit_text=lambda r: r.item.name),
            Column(self.tr("Nominal (mm)"), lambda r: decimal_text(r.item.nominal_mm, 2),
                   numeric=True, key="nominal_mm", rule=LENGTH_MM,
                   edit_text=lambda r: format_for_locale(r.item.nominal_mm, LENGTH_MM)),
            Column(self.tr("± Tolerance (mm)"), lambda r: decimal_text(r.item.tolerance_mm, 2),
                   numeric=True, key="tolerance_mm", rule=TOLERANCE_MM,
                   edit_text=lambda r: format_for_locale(r.item.tolerance_mm, TOLERANCE_MM)),
            Column(self.tr("Critical"), lambda r: self.tr("★ critical") if r.item.critical
                   else "", key="critical", check=lambda r: r.item.critical,
                   tooltip=lambda r: self.tr("Tick it (click, or Space) for a critical "
                                             "dimension: one measured on every sample")),
        ], self.tr("No dimensions yet: use Add for each one the factory must hold."),
            lambda d: list(d.dimensions), edit, new, "dimensions", self)
        fit_columns(self.dimensions.page, stretch=0)  # a renamed dimension is read whole
        return self.dimensions

    def _weight_tab(self) -> QWidget:
        tab = QWidget()
        self.finished_weight = NumberField(FINISHED_WEIGHT_G)
        self.weight_tolerance = NumberField(WEIGHT_TOLERANCE_G)
        self.min_wall = NumberField(THICKNESS_MM)
        self.min_prong = NumberField(THICKNESS_MM)
        self.bom_weight = QLabel()
        self.bom_weight.setObjectName("pageSubtitle")
        self.bom_weight.setWordWrap(True)
        for field, name, what in (
                (self.finished_weight, "finished_weight_g", self.tr("finished weight")),
                (self.weight_tolerance, "weight_tolerance_g", self.tr("weight tolerance")),
                (self.min_wall, "min_wall_mm", self.tr("minimum wall")),
                (self.min_prong, "min_prong_mm", self.tr("minimum prong"))):
            field.edit.setMaximumWidth(160)
            field.value_changed.connect(
                lambda value, name=name, what=what: self._set_field(name, value, what))
        form = QFormLayout(tab)
        form.addRow(self.tr("Finished &weight:"), self.finished_weight)
        form.addRow("", self.bom_weight)
        form.addRow(self.tr("Weight &tolerance (±):"), self.weight_tolerance)
        form.addRow(self.tr("Minimum wall:"), self.min_wall)
        form.addRow(self.tr("Minimum prong:"), self.min_prong)
        hint = QLabel(self.tr("jewelbench warns about walls under 0.8 mm and prongs under "
                              "0.6 mm."))
        hint.setObjectName("pageSubtitle")
        form.addRow("", hint)
        return tab

    def _materials_tab(self) -> QWidget:
        tab = QWidget()
        self.materials = QLabel()
        self.materials.setWordWrap(True)
        self.materials.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.maker_mark = QLineEdit()
        self.maker_mark.setMaxLength(200)
        self.maker_mark.setPlaceholderText(self.tr("The registered mark struck beside the "
                                                   "quality stamp"))
        self.maker_mark.editingFinished.connect(
            lambda: self._set_field("maker_mark", self.maker_mark.text().strip(),
                                    self.tr("maker's mark")))
        self.markets = QLineEdit()
        self.markets.setPlaceholderText(
            self.tr("Markets, comma-separated: UK, Ireland, Norway, US"))
        self.hallmark_logo = QLineEdit()
        self.hallmark_logo.setPlaceholderText(self.tr("e.g. AUR logo inside band"))
        self.laser_serial = QLineEdit()
        self.laser_serial.setPlaceholderText(self.tr("e.g. AUR-{serial} inside band"))
        for field in (self.markets, self.hallmark_logo, self.laser_serial):
            field.setMaxLength(500)
            field.editingFinished.connect(self._hallmarks_edited)
        materials = QGroupBox(self.tr("Materials (from the bill of materials)"))
        QVBoxLayout(materials).addWidget(self.materials)
        marks = QGroupBox(self.tr("Marks"))
        form = QFormLayout(marks)
        form.addRow(self.tr("Maker's &mark:"), self.maker_mark)
        form.addRow(self.tr("Hallmark ma&rkets:"), self.markets)
        form.addRow(self.tr("&Logo:"), self.hallmark_logo)
        form.addRow(self.tr("Laser &serial:"), self.laser_serial)
        findings = QGroupBox(self.tr("Clasp and findings"))
        findings_layout = QVBoxLayout(findings)
        findings_layout.addWidget(self._findings_table(), 1)
        findings_hint = QLabel(self.tr("Double-click a pull strength (or select it and press "
                                       "F2) to set what the factory tests the finding to; "
                                       "left empty, none is specified."))
        findings_hint.setObjectName("pageSubtitle")
        findings_hint.setWordWrap(True)
        findings_layout.addWidget(findings_hint)
        layout = QVBoxLayout(tab)
        layout.addWidget(materials)
        layout.addWidget(marks)
        layout.addWidget(findings, 1)
        return tab

    def _findings_table(self) -> ListPage:
        """The BOM's findings, each with the pull strength the factory must test it to."""
        self.findings = ListPage("techpack_findings", self.tr("Clasp and findings"), [
            Column(self.tr("Kind"), lambda r: r.kind.capitalize()),
            Column(self.tr("Description"), lambda r: r.description),
            Column(self.tr("Qty"), lambda r: str(r.quantity), sort_key=lambda r: r.quantity,
                   numeric=True),
            Column(self.tr("Pull strength (N)"), lambda r: decimal_text(r.pull_strength_n, 1),
                   sort_key=lambda r: r.pull_strength_n, numeric=True, key="pull_strength_n",
                   rule=PULL_STRENGTH_N,
                   edit_text=lambda r: format_for_locale(r.pull_strength_n, PULL_STRENGTH_N),
                   tooltip=lambda r: self.tr("The pull the factory tests this finding to, in "
                                             "newtons; leave it empty if none is specified")),
        ], self.tr("No findings in the bill of materials (Design editor → Bill of "
                   "Materials)."))
        page = self.findings
        page.search.hide()
        page.title.hide()
        page.subtitle.hide()
        page.layout_.setContentsMargins(0, 0, 0, 0)
        page.table.setSortingEnabled(False)
        page.table.setMinimumHeight(90)
        fit_columns(page, stretch=1)  # the description
        page.model.edit_requested.connect(self._pull_strength_edited)
        page.message.connect(self.say)
        return page

    def _findings_shown(self, draft: TechPackDraft) -> list[FindingShown]:
        """A draft's findings are the design's now; an issued revision's those it froze."""
        revision = self.revision
        strengths = draft.pull_strengths_n
        if revision is not None and revision.status is RevisionStatus.ISSUED:
            frozen = revision.content.get("findings")
            rows = [f for f in frozen if isinstance(f, dict)] if isinstance(frozen, list) else []
            return [FindingShown(index, str(f.get("kind") or ""),
                                 str(f.get("description") or ""),
                                 f["quantity"] if isinstance(f.get("quantity"), int) else 0,
                                 strengths.get(index)) for index, f in enumerate(rows)]
        return [FindingShown(index, f.kind, f.description, f.quantity, strengths.get(index))
                for index, f in enumerate(self.design.findings)]

    def _pull_strength_edited(self, row: FindingShown, _key: str, text: str) -> None:
        try:
            strength = parse_for_locale(text, PULL_STRENGTH_N)
        except InputError as error:
            self.say(i18n.say(error))
            return
        if self.draft is None:
            return
        after = self.edited()
        strengths = dict(after.pull_strengths_n)
        if strength is None:
            strengths.pop(row.index, None)
        else:
            strengths[row.index] = strength
        after.pull_strengths_n = strengths
        self.change(after, fill(self.tr("Change pull strength of {finding}"),
                                finding=row.kind or self.tr("a finding")))

    def _finishes_tab(self) -> QWidget:
        def edit(finish: Finish, key: str, text: str) -> Finish:
            return replace(finish, **{key: text.strip()})

        def new(draft: TechPackDraft) -> Finish:
            taken = {f.area.casefold() for f in draft.finishes}
            number = len(taken) + 1
            while f"area {number}" in taken:
                number += 1
            return Finish(fill(self.tr("Area {count}"), count=str(number)), FINISH_KINDS[0])

        kinds = ", ".join(FINISH_KINDS)
        self.finishes = ListSection("finishes", self.tr("Finishes"), [
            Column(self.tr("Area"), lambda r: r.item.area, key="area",
                   edit_text=lambda r: r.item.area),
            Column(self.tr("Finish"), lambda r: r.item.finish, key="finish",
                   edit_text=lambda r: r.item.finish,
                   tooltip=lambda r: fill(self.tr("For example: {kinds}"), kinds=kinds)),
        ], self.tr("No finishes yet: use Add for each area (band outside, gallery …)."),
            lambda d: list(d.finishes), edit, new, "finishes", self)
        fit_columns(self.finishes.page, stretch=1)  # the area fits its name, as renamed
        return self.finishes

    def _callouts_tab(self) -> QWidget:
        self.callouts = CalloutsTab(self)
        return self.callouts

    def _qc_tab(self) -> QWidget:
        inner = QWidget()
        form = QFormLayout(inner)
        self.labels = QPlainTextEdit()
        self.labels.setPlaceholderText(self.tr("Care card, barcode label on box base …"))
        self.labels.setFixedHeight(56)
        self.labels.installEventFilter(self)
        form.addRow(self.tr("Packaging labels:"), self.labels)
        self.qc_fields: dict[int, QPlainTextEdit] = {}
        for stage in QcStage:
            field = QPlainTextEdit()
            field.setFixedHeight(56)
            field.installEventFilter(self)
            self.qc_fields[int(stage)] = field
            form.addRow(f"{int(stage)} · {QC_STAGE_NAMES[stage]}:", field)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _compliance_tab(self) -> QWidget:
        tab = QWidget()
        self.compliance = QListWidget()
        self.compliance.setObjectName("techPackCompliance")
        self.compliance.setWordWrap(True)
        self.compliance.setSpacing(2)
        for note in COMPLIANCE_LIBRARY:
            item = QListWidgetItem(note.text)
            item.setData(Qt.ItemDataRole.UserRole, note.text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.compliance.addItem(item)
        self.compliance.itemChanged.connect(lambda _item: self._compliance_edited())
        self.other_notes = QPlainTextEdit()
        self.other_notes.setPlaceholderText(self.tr("Other compliance notes, one per line"))
        self.other_notes.setFixedHeight(80)
        self.other_notes.installEventFilter(self)
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("Standard notes (tick those that apply):")))
        layout.addWidget(self.compliance, 1)
        layout.addWidget(QLabel(self.tr("Other notes:")))
        layout.addWidget(self.other_notes)
        return tab

    def _dfm_tab(self) -> QWidget:
        tab = QWidget()
        self.dfm_notes = QPlainTextEdit()
        self.dfm_notes.setPlaceholderText(self.tr("What the factory should know to make it "
                                                  "well: sprue points, gallery openings …"))
        self.dfm_notes.setFixedHeight(70)
        self.dfm_notes.installEventFilter(self)
        self.warning_list = QListWidget()
        self.warning_list.setObjectName("techPackWarnings")
        self.warning_list.setWordWrap(True)
        self.warning_list.currentRowChanged.connect(lambda _row: self._show_warning())
        self.warning_why = QLabel()
        self.warning_why.setWordWrap(True)
        self.warning_why.setObjectName("pageSubtitle")
        self.acknowledgement = QLineEdit()
        self.acknowledgement.setPlaceholderText(self.tr("Why this is acceptable for this piece"))
        self.acknowledgement.setMaxLength(1000)
        self.acknowledge_button = QPushButton(self.tr("&Acknowledge"))
        self.acknowledge_button.clicked.connect(
            lambda: self.acknowledge(self.acknowledgement.text()))
        self.withdraw_button = QPushButton(self.tr("&Withdraw"))
        self.withdraw_button.setToolTip(self.tr("Take the acknowledgement back"))
        self.withdraw_button.clicked.connect(self.withdraw_acknowledgement)
        row = QHBoxLayout()
        row.addWidget(self.acknowledgement, 1)
        row.addWidget(self.acknowledge_button)
        row.addWidget(self.withdraw_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("DFM notes:")))
        layout.addWidget(self.dfm_notes)
        layout.addWidget(QLabel(self.tr("Warnings jewelbench raises (each must be acknowledged "
                                        "with a note before the revision is issued):")))
        layout.addWidget(self.warning_list, 1)
        layout.addWidget(self.warning_why)
        layout.addLayout(row)
        return tab

    # --- showing -------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the design and its revisions again; select revision `select` (a letter),
        else keep the one shown, else the open draft, else the newest."""
        keep = select or (self.revision.revision if self.revision else None)
        try:
            self.design = self.workspace.designs.get(self.design_id)
            self.revisions = self.workspace.tech_packs.for_design(self.design_id)
        except NotFound:  # the design was removed (undo of its creation)
            self.close()
            return
        except StorageError as error:
            self.say(i18n.say(error))
            return
        self.setWindowTitle(fill(self.tr("{code} · {name} — Tech Pack"), code=self.design.code,
                                 name=self.design.name))
        labels = [r.revision for r in self.revisions]
        if keep not in labels:
            drafts = [r.revision for r in self.revisions if r.status is RevisionStatus.DRAFT]
            keep = drafts[-1] if drafts else (labels[-1] if labels else None)
        self._showing = True
        self.revision_list.clear()
        for revision in self.revisions:
            text = fill(self.tr("Revision {revision} · {status_text}"), revision=revision.revision,
                        status_text=_status_text(revision))
            if revision.change_note:
                text += "\n" + revision.change_note
            item = QListWidgetItem(text)
            if revision.change_note:
                item.setToolTip(revision.change_note)
            self.revision_list.addItem(item)
        self._showing = False
        if keep is not None:
            self.revision_list.setCurrentRow(labels.index(keep))
        self._show_selected()

    def open_draft(self) -> TechPackRevision | None:
        return next((r for r in self.revisions if r.status is RevisionStatus.DRAFT), None)

    def _next_label(self) -> str:
        """The letter New Draft will start (the storage has the last word)."""
        issued = [r for r in self.revisions if r.status is RevisionStatus.ISSUED]
        if not issued:
            return revision_label(0)
        try:
            return revision_label(revision_index(issued[-1].revision) + 1)
        except ValueError:  # a label that is not letters, written by hand
            return revision_label(len(self.revisions))

    def _show_selected(self) -> None:
        if self._showing:
            return
        row = self.revision_list.currentRow()
        revision = self.revisions[row] if 0 <= row < len(self.revisions) else None
        changed_revision = revision is None or self.revision is None \
            or revision.id != self.revision.id
        self.revision = revision
        read_only = self.workspace.read_only
        self.new_draft_button.setEnabled(self.open_draft() is None and not read_only)
        self.new_draft_button.setText(fill(self.tr("&New Draft (Revision {revision})"),
                                           revision=self._next_label())
                                      if self.open_draft() is None else self.tr("&New Draft"))
        is_draft = revision is not None and revision.status is RevisionStatus.DRAFT
        self.issue_button.setEnabled(is_draft and not read_only)
        self.issue_button.setText(fill(self.tr("&Issue Revision {revision}…"),
                                       revision=revision.revision)
                                  if is_draft and revision else self.tr("&Issue Revision…"))
        for button in (self.export_button, self.preview_button):
            button.setEnabled(revision is not None)
        if revision is None:
            self.heading.setText(self.design.code)
            self.stack.setCurrentWidget(self.empty)
            self.draft = None
            return
        self.stack.setCurrentWidget(self.tabs)
        if is_draft:
            self.heading.setText(fill(self.tr("Revision {revision} · draft — every change is saved "
                                              "as you make it"), revision=revision.revision))
        else:
            self.heading.setText(fill(self.tr("Revision {revision} · {status_text} · read-only: an "
                                              "issued revision can only be superseded"),
                                      revision=revision.revision,
                                      status_text=_status_text(revision)))
        try:
            self.draft = self.workspace.tech_packs.draft(revision.id or 0)
        except (DomainError, StorageError) as error:
            self.draft = None
            self.say(fill(self.tr("Revision {revision} cannot be shown as a form: {error}"),
                          revision=revision.revision, error=str(error)))
        self.warnings = self._warnings()
        if self.draft is not None:
            self._fill(self.draft)
        self._set_editable(is_draft and not read_only and self.draft is not None)
        self._stale = {"document", "changes"}
        if changed_revision and not is_draft:
            self.tabs.setCurrentIndex(0)
        self._build_stale()

    def _warnings(self) -> list[WarningShown]:
        revision = self.revision
        if revision is None:
            return []
        if revision.status is RevisionStatus.ISSUED:
            frozen = revision.content.get("dfm_warnings")
            return [WarningShown(str(w.get("code", "")), _frozen_text(w, "said", "message"),
                                 _frozen_text(w, "rule", "why"), bool(w.get("acknowledged")),
                                 str(w.get("note") or ""))
                    for w in frozen if isinstance(w, dict)] if isinstance(frozen, list) else []
        if self.draft is None:
            return []
        acknowledged = self.draft.acknowledgements
        return [WarningShown(w.code, say(w.said), say(w.rule), w.code in acknowledged,
                             acknowledged.get(w.code, ""))
                for w in dfm_warnings(self.design, self.draft, self.alloys)]

    def _fill(self, draft: TechPackDraft) -> None:
        self._showing = True
        try:
            self.dimensions.show_draft(draft)
            self.finishes.show_draft(draft)
            self.callouts.show_draft(draft)
            findings = self._findings_shown(draft)
            self.findings.show_rows(findings)
            self.finished_weight.set_value(draft.finished_weight_g)
            bom = self.design.total_metal_weight_g
            self.finished_weight.edit.setPlaceholderText(decimal_text(bom, 2))
            self.bom_weight.setText(fill(self.tr("Left empty, the tech pack gives the bill of "
                                                 "materials' metal weight: {weight} g"),
                                         weight=decimal_text(bom, 2)))
            self.weight_tolerance.set_value(draft.weight_tolerance_g)
            self.min_wall.set_value(draft.min_wall_mm)
            self.min_prong.set_value(draft.min_prong_mm)
            alloys = {a.code: a for a in self.alloys}
            lines = []
            for metal in self.design.metals:
                alloy = alloys.get(metal.alloy_code)
                name = f"{alloy.name} ({metal.alloy_code})" if alloy else metal.alloy_code
                lines.append(f"{name}: {decimal_text(metal.finished_weight_g, 2)} g")
            self.materials.setText("\n".join(lines) or self.tr(
                "No metal in the bill of materials yet (Design editor → Bill of Materials)."))
            self._set_text(self.maker_mark, draft.maker_mark)
            self._set_text(self.markets, ", ".join(draft.hallmarks.markets))
            self._set_text(self.hallmark_logo, draft.hallmarks.logo)
            self._set_text(self.laser_serial, draft.hallmarks.laser_serial)
            self._set_plain(self.labels, draft.labels)
            for criterion in draft.qc_criteria:
                self._set_plain(self.qc_fields[criterion.stage], criterion.criteria)
            library = [note.text for note in COMPLIANCE_LIBRARY]
            for number in range(self.compliance.count()):
                item = self.compliance.item(number)
                ticked = item.data(Qt.ItemDataRole.UserRole) in draft.compliance_notes
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self._set_plain(self.other_notes, "\n".join(
                n for n in draft.compliance_notes if n not in library))
            self._set_plain(self.dfm_notes, draft.dfm_notes)
            current = self.warning_list.currentRow()
            self.warning_list.clear()
            for warning in self.warnings:
                mark = "✓" if warning.acknowledged else "⚠"
                text = f"{mark}  {warning.message}"
                if warning.acknowledged:
                    text += "\n     " + fill(self.tr("Acknowledged: {note}"),
                                             note=warning.note or "—")
                item = QListWidgetItem(text)
                item.setToolTip(warning.why)
                self.warning_list.addItem(item)
            if not self.warnings:
                self.warning_list.addItem(self.tr("No warnings: nothing jewelbench checks is "
                                                  "out of bounds."))
            elif 0 <= current < len(self.warnings):
                self.warning_list.setCurrentRow(current)
            else:
                self.warning_list.setCurrentRow(0)
        finally:
            self._showing = False
        self._show_warning()

    @staticmethod
    def _set_text(field: QLineEdit, text: str) -> None:
        if field.text() != text:
            field.setText(text)

    @staticmethod
    def _set_plain(field: QPlainTextEdit, text: str) -> None:
        if field.toPlainText() != text:
            field.setPlainText(text)

    def _show_warning(self) -> None:
        row = self.warning_list.currentRow()
        warning = self.warnings[row] if 0 <= row < len(self.warnings) else None
        self.warning_why.setText(fill(self.tr("Why: {why}"), why=warning.why)
                                 if warning else "")
        if warning is not None and warning.acknowledged:
            self.acknowledgement.setText(warning.note)
        elif not self.acknowledgement.hasFocus():
            self.acknowledgement.clear()
        can = self._editable and warning is not None
        self.acknowledgement.setEnabled(can)
        self.acknowledge_button.setEnabled(can)
        self.withdraw_button.setEnabled(can and warning is not None and warning.acknowledged)

    def _set_editable(self, editable: bool) -> None:
        """A draft's form takes edits; an issued revision's shows what it was issued with."""
        self._editable = editable
        for tab in self.form_tabs:
            for field in tab.findChildren(QLineEdit) + tab.findChildren(QPlainTextEdit):
                field.setReadOnly(not editable)
        self.dimensions.set_editable(editable)
        self.finishes.set_editable(editable)
        self.callouts.set_editable(editable)
        self.findings.set_editable(editable)
        self.compliance.setEnabled(editable)
        self._show_warning()

    def is_editable(self) -> bool:
        """Whether the shown revision's form takes edits (only an open draft's does)."""
        return self._editable

    def _build_stale(self) -> None:
        current = self.tabs.currentIndex()
        if current == 0 and "document" in self._stale:
            self._stale.discard("document")
            self._show_document()
        elif current == 1 and "changes" in self._stale:
            self._stale.discard("changes")
            self._show_changes()

    def _show_document(self) -> None:
        revision = self.revision
        if revision is None or revision.id is None:
            return
        try:
            snapshot = self.workspace.tech_packs.snapshot(revision.id)
            logo = self.workspace.tech_packs.brand_logo(revision.id)
            document = build_document(snapshot, self._image_loader(revision.id),
                                      logo[0] if logo else None)
        except (TechPackError, StorageError, DomainError) as error:
            self.document_view.setPlainText(i18n.say(error))
            return
        document.setDocumentMargin(18)  # on screen only: the printed page has its margins
        self.document_view.setDocument(document)
        self._document = document  # the view does not own it: the previous one goes now

    def _image_loader(self, revision_id: int) -> Callable[[int], bytes]:
        return lambda image_id: self.workspace.tech_packs.image_for_snapshot(revision_id,
                                                                             image_id)

    def previous_revision(self) -> TechPackRevision | None:
        """The issued revision the shown one follows (what its changes are measured from)."""
        if self.revision is None:
            return None
        index = next(n for n, r in enumerate(self.revisions) if r.id == self.revision.id)
        earlier = [r for r in self.revisions[:index] if r.status is RevisionStatus.ISSUED]
        return earlier[-1] if earlier else None

    def change_lines(self) -> list[str]:
        """What changed from the previous revision to the shown one, one line each."""
        previous = self.previous_revision()
        if self.revision is None or previous is None:
            return []
        return [str(change) for change in self.workspace.tech_packs.diff(
            previous.id or 0, self.revision.id or 0)]

    def _show_changes(self) -> None:
        self.changes.clear()
        previous = self.previous_revision()
        if self.revision is None:
            return
        if previous is None:
            self.changes_title.setText(fill(self.tr("Revision {revision} is the first: there is "
                                                    "nothing to compare it with."),
                                            revision=self.revision.revision))
            return
        self.changes_title.setText(fill(self.tr("Changes from the previous revision ({previous}) "
                                                "to {revision}:"),
                                        previous=previous.revision,
                                        revision=self.revision.revision))
        try:
            lines = self.change_lines()
        except (StorageError, DomainError) as error:
            self.changes.addItem(i18n.say(error))
            return
        self.changes.addItems(lines or [self.tr("No changes.")])

    # --- changing ------------------------------------------------------------------------

    def edited(self) -> TechPackDraft:
        """A copy of the shown draft to change; hand it to change()."""
        assert self.draft is not None
        return copy.deepcopy(self.draft)

    def change(self, after: TechPackDraft, what: str) -> bool:
        """Save a changed draft now, as one undoable command."""
        revision, before = self.revision, self.draft
        if not self._editable or revision is None or before is None:
            self.say(fill(self.tr("Revision {revision} is issued and cannot be changed: start a "
                                  "new draft to supersede it."),
                          revision=revision.revision if revision else "?"))
            return False
        try:
            after.validate()
        except DomainError as error:
            self.say(i18n.say(error))
            self.reload()  # put the form back to what is stored
            return False
        if after == before:
            return True
        reason = self.controller.run(SaveDraft(self.workspace, self.design_id,
                                               self.design.code, revision.revision, before,
                                               after, what))
        if reason is not None:
            self.say(fill(self.tr("Not saved: {reason}"), reason=reason))
            self.reload()
            return False
        self.say(self.tr("Saved."))
        return True

    def _set_field(self, name: str, value: Any, what: str) -> None:
        if self._showing or self.draft is None:
            return
        if getattr(self.draft, name) == value:
            return
        after = self.edited()
        setattr(after, name, value)
        self.change(after, fill(self.tr("Change {what}"), what=what))

    def _hallmarks_edited(self) -> None:
        if self._showing or self.draft is None:
            return
        markets = tuple(m.strip() for m in self.markets.text().split(",") if m.strip())
        try:
            hallmarks = Hallmarks(markets, self.hallmark_logo.text().strip(),
                                  self.laser_serial.text().strip())
        except DomainError as error:
            self.say(i18n.say(error))
            return
        if hallmarks != self.draft.hallmarks:
            self._set_field("hallmarks", hallmarks, self.tr("hallmarks"))

    def _compliance_edited(self) -> None:
        if self._showing or self.draft is None:
            return
        ticked = [self.compliance.item(n).data(Qt.ItemDataRole.UserRole)
                  for n in range(self.compliance.count())
                  if self.compliance.item(n).checkState() == Qt.CheckState.Checked]
        other = [line.strip() for line in self.other_notes.toPlainText().splitlines()
                 if line.strip()]
        self._set_field("compliance_notes", ticked + other, self.tr("compliance notes"))

    def _text_left(self, field: QPlainTextEdit) -> None:
        if self._showing or self.draft is None or not self._editable:
            return
        text = field.toPlainText()
        if field is self.labels:
            self._set_field("labels", text.strip(), self.tr("labels"))
        elif field is self.dfm_notes:
            self._set_field("dfm_notes", text.strip(), self.tr("DFM notes"))
        elif field is self.other_notes:
            self._compliance_edited()
        else:
            stage = next(s for s, f in self.qc_fields.items() if f is field)
            criteria = [QcCriterion(c.stage, text.strip()) if c.stage == stage else c
                        for c in self.draft.qc_criteria] if text.strip() else None
            if criteria is None:
                self.say(fill(self.tr("Stage {stage} needs its QC criteria: the factory checks "
                                      "against them."), stage=str(stage)))
                self._set_plain(field, next(c.criteria for c in self.draft.qc_criteria
                                            if c.stage == stage))
                return
            self._set_field("qc_criteria", criteria,
                            fill(self.tr("QC stage {stage}"), stage=str(stage)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if isinstance(watched, QPlainTextEdit) and event.type() == QEvent.Type.FocusOut:
            self._text_left(watched)
        return super().eventFilter(watched, event)

    def open_warnings(self) -> list[WarningShown]:
        """The shown draft's DFM warnings not yet acknowledged."""
        return [w for w in self.warnings if not w.acknowledged]

    def acknowledge(self, note: str, code: str | None = None) -> bool:
        """Acknowledge a DFM warning (the selected one, or `code`) with a note."""
        warning = self._warning(code)
        if warning is None or self.draft is None:
            return False
        if not note.strip():
            self.say(self.tr("Write why this is acceptable before acknowledging it."))
            return False
        after = self.edited()
        after.acknowledgements = {**after.acknowledgements, warning.code: note.strip()}
        return self.change(after, self.tr("Acknowledge a DFM warning"))

    def withdraw_acknowledgement(self, code: str | None = None) -> bool:
        warning = self._warning(code)
        if warning is None or self.draft is None:
            return False
        after = self.edited()
        after.acknowledgements = {c: n for c, n in after.acknowledgements.items()
                                  if c != warning.code}
        return self.change(after, self.tr("Withdraw a DFM acknowledgement"))

    def _warning(self, code: str | None) -> WarningShown | None:
        if code is not None:
            return next((w for w in self.warnings if w.code == code), None)
        row = self.warning_list.currentRow()
        return self.warnings[row] if 0 <= row < len(self.warnings) else None

    def new_draft(self) -> bool:
        """Start the next revision (an undoable command)."""
        if self.open_draft() is not None:
            self.reload(select=self.open_draft().revision)  # type: ignore[union-attr]
            return True
        label = self._next_label()
        reason = self.controller.run(StartRevision(self.workspace, self.design_id,
                                                   self.design.code, label))
        if reason is not None:
            self.say(fill(self.tr("No draft started: {reason}"), reason=reason))
            return False
        draft = self.open_draft()
        self.reload(select=draft.revision if draft else None)
        self.say(fill(self.tr("Revision {revision} started as a draft."),
                      revision=draft.revision if draft else label))
        return True

    def _brand_missing(self, what: str, go_on: Callable[[], object]) -> bool:
        """No brand profile yet: True, and the offer to set it first (go_on once answered)."""
        if self.workspace.brand.get().name.strip():
            return False
        ask_brand_first(self, self.workspace, self.controller, self.settings, what, go_on)
        return True

    def ask_to_issue(self, brand_checked: bool = False) -> IssueDialog | None:
        """Refuse while DFM warnings are open; offer to set the brand first when there is none
        (an issued revision keeps the brand it was issued with); then ask for the change note."""
        revision = self.revision
        if revision is None or revision.status is not RevisionStatus.DRAFT:
            return None
        if not self._refuse_open_warnings(revision):
            return None
        if not brand_checked and self._brand_missing(
                fill(self.tr("issuing revision {revision}"), revision=revision.revision),
                lambda: self.ask_to_issue(brand_checked=True)):
            return None
        first = not any(r.status is RevisionStatus.ISSUED for r in self.revisions)
        issued_dates = [r.issued_on for r in self.revisions
                        if r.status is RevisionStatus.ISSUED and r.issued_on is not None]
        self.issue_dialog = IssueDialog(revision.revision, self.design.code, first, self,
                                        max(issued_dates) if issued_dates else None)
        dialog = self.issue_dialog
        dialog.accepted.connect(lambda: self.issue_revision(dialog.note.text(),
                                                            dialog.issued_on()))
        dialog.open()
        return self.issue_dialog

    def _refuse_open_warnings(self, revision: TechPackRevision) -> bool:
        open_warnings = self.open_warnings()
        if open_warnings:
            self.say(fill(self.tr("Revision {revision} is not issued: acknowledge these DFM "
                                  "warnings first (tab DFM): {warnings}"),
                          revision=revision.revision,
                          warnings=" ".join(w.message for w in open_warnings)))
            return False
        return True

    def issue_revision(self, change_note: str, issued_on: dt.date | None = None) -> bool:
        """Freeze the shown draft for good (cannot be undone)."""
        revision = self.revision
        if revision is None or revision.id is None or revision.status is not \
                RevisionStatus.DRAFT:
            return False
        if not self._refuse_open_warnings(revision):
            return False
        if not change_note.strip():
            self.say(fill(self.tr("Revision {revision} is not issued: write a change note saying "
                                  "what changed."), revision=revision.revision))
            return False
        try:
            with self.workspace.transaction():
                self.workspace.tech_packs.issue(revision.id, change_note.strip(),
                                                issued_on or dt.date.today())
        except (StorageError, DomainError) as error:
            self.say(fill(self.tr("Revision {revision} is not issued: {error}"),
                          revision=revision.revision, error=str(error)))
            return False
        self.reload(select=revision.revision)
        self.say(fill(self.tr("Revision {revision} issued: it is frozen from now on."),
                      revision=revision.revision))
        # other views showing this design's revisions follow (this one already has)
        self.controller.changed.emit(Topic.TECH_PACKS, self.design_id)
        return True

    # --- printing ------------------------------------------------------------------------

    def export_pdf(self, path: Path, page_size: str | None = None) -> int:
        """Write the shown revision's tech pack to path; the page count. Raises TechPackError,
        StorageError."""
        revision = self.revision
        if revision is None or revision.id is None:
            raise TechPackError("No revision is selected")
        snapshot = self.workspace.tech_packs.snapshot(revision.id)
        logo = self.workspace.tech_packs.brand_logo(revision.id)
        with printing_in(self.print_language.language()):
            return render_techpack_pdf(snapshot, self._image_loader(revision.id),
                                       logo[0] if logo else None, Path(path),
                                       page_size or self.page_size.currentText())

    def ask_export_pdf(self, brand_checked: bool = False) -> QFileDialog | None:
        revision = self.revision
        if revision is None:
            return None
        if not brand_checked and revision.status is RevisionStatus.DRAFT and \
                self._brand_missing(self.tr("printing this draft"),
                                    lambda: self.ask_export_pdf(brand_checked=True)):
            return None
        dialog = QFileDialog(self, self.tr("Export Tech Pack as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        folder = registry.read(self.settings, registry.TECH_PACK_FOLDER) or str(Path.home())
        dialog.setDirectory(str(folder))
        dialog.selectFile(f"{self.design.code} tech pack rev {revision.revision}.pdf")
        dialog.fileSelected.connect(lambda path: self._export_to(Path(path)))
        dialog.open()
        return dialog

    def _export_to(self, path: Path) -> None:
        registry.write(self.settings, registry.TECH_PACK_FOLDER, str(path.parent))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = self.export_pdf(path)
        except (TechPackError, StorageError, ValueError) as error:
            self.say(fill(self.tr("PDF not written: {error}"), error=str(error)))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.say(fill(self.tr("Written {file} ({pages} pages)."), file=str(path), pages=str(pages)))

    def print_preview(self, brand_checked: bool = False) -> PrintPreview | None:
        revision = self.revision
        if revision is None or revision.id is None:
            return None
        if not brand_checked and revision.status is RevisionStatus.DRAFT and \
                self._brand_missing(self.tr("printing this draft"),
                                    lambda: self.print_preview(brand_checked=True)):
            return None
        try:
            snapshot = self.workspace.tech_packs.snapshot(revision.id)
            logo = self.workspace.tech_packs.brand_logo(revision.id)
        except StorageError as error:
            self.say(i18n.say(error))
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(PAGE_SIZES[self.page_size.currentText()]))
        loader = self._image_loader(revision.id)
        language = self.print_language.language()

        def paint(device: QPrinter) -> None:
            try:
                with printing_in(language):
                    print_document(build_document(snapshot, loader, logo[0] if logo else None),
                                   device, page_header(snapshot))
            except TechPackError as error:
                self.say(i18n.say(error))

        preview = PrintPreview(printer, self)
        preview.paintRequested.connect(paint)
        preview.open()
        return preview

    # --- following the file ----------------------------------------------------------------

    def _changed_elsewhere(self, topic: Topic, affected: object) -> None:
        """This design or its tech pack changed (here, or by undo/redo anywhere)."""
        if affected != self.design_id or topic not in (Topic.TECH_PACKS, Topic.DESIGNS):
            return
        self.reload()

    def done(self, result: int) -> None:
        registry.write(self.settings, registry.layout(f"{_SETTINGS_KEY}/splitter"),
                       self.splitter.saveState())
        super().done(result)
