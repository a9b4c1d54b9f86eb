"""Sample rounds: where each sample stands and how its QC went; beside the list, the selected
round's design as a timeline of every round with every supplier."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from jewelbench.domain.messages import fill
from jewelbench.domain.samples import SampleRound
from jewelbench.storage import ReadError, StorageError, Workspace
from jewelbench.storage.listing import ListQuery
from jewelbench.storage.repository import NotFound
from jewelbench.storage.samples import SampleSummary
from jewelbench.ui import dialogs, i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.formatting import date_text, integer_text
from jewelbench.ui.navigation import OpenTechPack, ShowQuotes, ShowSuppliers
from jewelbench.ui.samples import marks
from jewelbench.ui.samples.commands import AddSample, DeleteSample
from jewelbench.ui.samples.deviations import decided_label, deviations_summary
from jewelbench.ui.samples.timeline import SampleTimeline
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import Column

# what the rows show: a round, its design's code and status, its supplier's name
TOPICS = (Topic.SAMPLES, Topic.DESIGNS, Topic.SUPPLIERS, Topic.TECH_PACKS)
SUPPLIER_COLUMN, SUPPLIER_WIDTH = 1, 210


class SampleNarrowing:
    """The rounds shown: every one, or one design's, one supplier's (or both); the list
    asks storage for them (its filters design_id and supplier_id)."""

    def __init__(self) -> None:
        self.design_id: int | None = None
        self.supplier_id: int | None = None

    @property
    def active(self) -> bool:
        return self.design_id is not None or self.supplier_id is not None

    def set_only(self, design_id: int | None, supplier_id: int | None) -> None:
        self.design_id, self.supplier_id = design_id, supplier_id

    def as_filters(self) -> dict[str, int | None]:
        return {"design_id": self.design_id, "supplier_id": self.supplier_id}


class SamplesView(ListPage):
    """The list of sample rounds (a ListPage, as every section is), its actions, and the
    selected design's round history."""

    navigate = Signal(object)  # OpenTechPack, ShowQuotes or ShowSuppliers (ui.navigation)

    def __init__(self, parent: QWidget | None = None) -> None:
        self._workspace: Workspace | None = None
        self._controller: UndoController | None = None
        self._settings: QSettings | None = None
        columns: list[Column[SampleSummary]] = [
            Column(self.tr("Design"), lambda s: s.design_code,
                   tooltip=lambda s: s.design_name, sort_name="design"),
            Column(self.tr("Supplier"), lambda s: s.supplier, sort_name="supplier"),
            Column(self.tr("Round"), lambda s: str(s.round_number),
                   sort_key=lambda s: s.round_number, numeric=True, sort_name="round"),
            Column(self.tr("State"), lambda s: decided_label(s.state, s.with_deviations),
                   tooltip=lambda s: deviations_summary(s.deviation_lines,
                                                        s.deviation_reason)
                   if s.with_deviations else "",
                   decoration=lambda s: marks.mark(s.state),
                   emphasis=lambda s: s.state == "rejected", sort_name="state"),
            Column(self.tr("Revision"), lambda s: s.revision, sort_name="revision"),
            Column(self.tr("Requested"), lambda s: date_text(s.requested_on),
                   sort_key=lambda s: s.requested_on, sort_name="requested"),
            Column(self.tr("Received"), lambda s: date_text(s.received_on),
                   sort_key=lambda s: s.received_on, sort_name="received"),
            Column(self.tr("QC passed"), lambda s: f"{s.qc_passed} / 6",
                   sort_key=lambda s: s.qc_passed, numeric=True, sort_name="qc_passed"),
            Column(self.tr("QC failed"), lambda s: str(s.qc_failed),
                   sort_key=lambda s: s.qc_failed, numeric=True,
                   emphasis=lambda s: s.qc_failed > 0, sort_name="qc_failed"),
        ]
        self.filter = SampleNarrowing()
        self._headline = ""
        self._all_rounds = 0
        super().__init__("samples", self.tr("Samples"), columns,
                         self.tr("No sample rounds yet. Use Request Sample to ask a supplier "
                                 "for a sample of an issued tech pack revision."), parent,
                         paged=True)
        # the state column's words are searched too ("approved", "rejected" …)
        self.search_filters = self._states_named
        self.search.setPlaceholderText(self.tr("Design, supplier or state (Ctrl+F)"))
        self.add_bar(self._build_bar())
        self.add_filter_banner(self.show_all, self.tr("Show every sample round again"))

        self.timeline = SampleTimeline()
        self.timeline.round_activated.connect(lambda sample_id: self.edit_sample(sample_id))
        self.add_side_panel(self.timeline, "samplesSplitter", (820, 400))

        self.current_row_changed.connect(self._show_timeline)
        self.current_row_changed.connect(lambda _row: self._enable_buttons())
        self._read_only = False
        self._enable_buttons()
        self.on_row_activated(self.edit_sample)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.on_delete_key(self.delete_sample)

    # --- building ------------------------------------------------------------------------

    def _build_bar(self) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.request_button = QPushButton(self.tr("Re&quest Sample…"))
        self.request_button.setToolTip(self.tr("Ask a supplier for a sample of an issued tech "
                                               "pack revision"))
        self.request_button.clicked.connect(lambda: self.request_sample())
        self.edit_button = QPushButton(self.tr("&Record…"))
        self.edit_button.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_button.setToolTip(self.tr("Record the selected round: arrival, weight and "
                                            "dimensions, QC, photos and the decision (Ctrl+E, "
                                            "or Enter)"))
        self.edit_button.clicked.connect(lambda: self.edit_sample())
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected round with its "
                                              "measurements, QC results and photos (asks "
                                              "first; undoable)"))
        self.delete_button.clicked.connect(lambda: self.delete_sample())
        for button in (self.request_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        return bar

    # --- loading -------------------------------------------------------------------------

    def load(self, workspace: Workspace) -> None:
        if workspace is not self._workspace and self._workspace is not None:
            self.model.set_rows([])  # another file: its ids mean other things
        self._workspace = workspace
        self._count_rounds()
        fitted = self._sized
        self.set_source(workspace.samples, self._describe, self.filter.as_filters())
        header = self.table.horizontalHeader()
        if not fitted and self._sized and header.sectionSize(SUPPLIER_COLUMN) > SUPPLIER_WIDTH:
            # long company names ("… Manufacturing Co., Ltd.") would push the state off-screen
            header.resizeSection(SUPPLIER_COLUMN, SUPPLIER_WIDTH)
        if self.filter.active:
            self._show_banner()
        else:
            self.banner.hide()
        self._read_only = workspace.read_only
        self._show_timeline(self.current_row())

    def _count_rounds(self) -> None:
        """The headline: every round's count (as the list is narrowed), approved, open."""
        assert self._workspace is not None
        rounds_count, approved, open_rounds = self._workspace.samples.list_stats(
            ListQuery(filters=self.filter.as_filters()))
        rounds = (self.tr("1 sample round") if rounds_count == 1
                  else fill(self.tr("{count} sample rounds"), count=integer_text(rounds_count)))
        self._all_rounds = rounds_count
        self._headline = fill(self.tr("{rounds}: {approved} approved, {open} open"), rounds=rounds,
                              approved=integer_text(approved), open=integer_text(open_rounds))

    def _describe(self, shown: int) -> str:
        if self.query.search:
            return fill(self.tr("{shown} of {total} sample rounds"), shown=integer_text(shown),
                        total=integer_text(self._all_rounds))
        return self._headline

    def _states_named(self, text: str) -> dict[str, tuple[str, ...]]:
        """The states whose name (as the State column says it) holds the typed text, and the
        approvals whose 'with deviations' name holds it."""
        wanted = text.casefold()
        return {"states": tuple(state for state in (marks.REQUESTED, marks.RECEIVED, marks.APPROVED,
                                              marks.CHANGES, marks.REJECTED)
                                if wanted in decided_label(state, False).casefold()),
                "deviated": tuple(state for state in (marks.APPROVED, marks.CHANGES)
                                  if wanted in decided_label(state, True).casefold())}

    def reload(self) -> None:
        if self._workspace is not None:
            self.load(self._workspace)

    def attach_controller(self, controller: UndoController) -> None:
        """Changes made here become commands on this controller's undo stack; a change to a
        round, a design or a supplier refreshes the list while it is shown."""
        self._controller = controller
        controller.changed.connect(self._changed)

    def _changed(self, topic: Topic, affected: object) -> None:
        if topic not in TOPICS or self._workspace is None or not self.isVisible():
            return  # the main window re-reads a hidden view when it is shown again
        try:
            self.reload()
        except ReadError as error:
            self.message.emit(i18n.say(error))
            return
        if topic == Topic.SAMPLES and isinstance(affected, int):
            self.reveal(affected)  # a round requested while a search hid it is shown

    def restore_state(self, settings: QSettings) -> None:
        self._settings = settings
        super().restore_state(settings)
        state = registry.read(settings, registry.layout("views/samples/splitter"))
        if state is not None:
            self.splitter.restoreState(state)

    def save_state(self, settings: QSettings) -> None:
        super().save_state(settings)
        registry.write(settings, registry.layout("views/samples/splitter"),
                       self.splitter.saveState())

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self._read_only = not editable
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        """Record and Delete need a selected round; Request and Delete a writable workspace."""
        selected = self.current_row() is not None
        self.request_button.setEnabled(not self._read_only)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected and not self._read_only)

    def select(self, sample_id: int) -> bool:
        """Select a round (its page read if need be); False when the list does not show it."""
        return self.select_id(sample_id)

    def _show_timeline(self, summary: SampleSummary | None) -> None:
        if summary is None or self._workspace is None:
            if self.filter.design_id is not None and self._workspace is not None:
                self.show_history(self.filter.design_id)
            else:
                self.timeline.show_history(None, "", [])
            return
        self.show_history(summary.design_id)

    def show_history(self, design_id: int) -> None:
        """The design's rounds with every supplier, as a timeline beside the list."""
        if self._workspace is None:
            return
        try:
            design = self._workspace.designs.summary(design_id)
            rounds = self._workspace.samples.history(design_id)
        except (ReadError, NotFound) as error:
            self.timeline.show_history(None, "", [])
            self.timeline.subtitle.setText(i18n.say(error))
            return
        self.timeline.show_history(design_id, f"{design.code} {design.name}", rounds)

    # --- show only ------------------------------------------------------------------------

    def show_only(self, design_id: int | None = None, supplier_id: int | None = None) -> None:
        """Only one design's rounds, one supplier's, or one design's with one supplier, with
        a banner saying so and a way back to all of them."""
        if design_id is None and supplier_id is None:
            self.show_all()
            return
        self.search.blockSignals(True)  # one read of the list, below
        self.search.clear()
        self.search.blockSignals(False)
        self.filter.set_only(design_id, supplier_id)
        if self._workspace is None:
            return  # shown so once the rows are loaded
        self._narrowed()
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_banner()
        self._show_timeline(self.current_row())

    def show_all(self) -> None:
        self.filter.set_only(None, None)
        self.banner.hide()
        if self._workspace is not None:
            self._narrowed()
        self._show_timeline(self.current_row())

    def _narrowed(self) -> None:
        self._count_rounds()
        self.set_filters(**self.filter.as_filters())

    def _show_banner(self) -> None:
        if self._workspace is None:
            return  # shown once the rows are loaded
        design_id, supplier_id = self.filter.design_id, self.filter.supplier_id
        design = supplier = ""
        try:
            if design_id is not None:
                summary = self._workspace.designs.summary(design_id)
                design = f"{summary.code} · {summary.name}"  # as the quotes' banner says it
            if supplier_id is not None:
                supplier = self._workspace.suppliers.get(supplier_id).name
        except (NotFound, ReadError):
            design = design or (f"#{design_id}" if design_id is not None else "")
            supplier = supplier or (f"#{supplier_id}" if supplier_id is not None else "")
        if design and supplier:
            text = fill(self.tr("Showing samples for {design} from {supplier}"), design=design,
                        supplier=supplier)
        elif design:
            text = fill(self.tr("Showing samples for {design}"), design=design)
        else:
            text = fill(self.tr("Showing samples from {supplier}"), supplier=supplier)
        count = self.proxy.rowCount()
        if not count:
            text += " · " + self.tr("none yet: use Request Sample to ask for one")
        self.banner_text.setText(text)
        self.banner.show()

    # --- actions -------------------------------------------------------------------------

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.setCurrentIndex(index)
        self.context_menu().popup(self.table.viewport().mapToGlobal(point))

    def context_menu(self) -> QMenu:
        """The selected round's actions, and where to go from it (the table's right-click)."""
        menu = QMenu(self)
        menu.setObjectName("samplesMenu")
        current: SampleSummary | None = self.current_row()
        editable = self._workspace is not None and not self._workspace.read_only
        menu.addAction(self.tr("Re&quest Sample…"), self.request_sample).setEnabled(editable)
        record = menu.addAction(self.tr("&Record…"), self.edit_sample)
        delete = menu.addAction(self.tr("&Delete…"), self.delete_sample)
        menu.addSeparator()
        history = menu.addAction(self.tr("Only This &Design's Rounds"))
        techpack = menu.addAction(self.tr("Open &Tech Pack Revision"), self._go_techpack)
        quotes = menu.addAction(self.tr("&Quotes for This Design"))
        supplier = menu.addAction(self.tr("&Supplier"))
        for action in (record, history, quotes, supplier):
            action.setEnabled(current is not None)
        delete.setEnabled(current is not None and editable)
        techpack.setEnabled(current is not None and current.tech_pack_revision_id is not None)
        if current is not None:
            design_id, supplier_id = current.design_id, current.supplier_id
            history.triggered.connect(lambda: self.show_only(design_id=design_id))
            quotes.triggered.connect(lambda: self.navigate.emit(ShowQuotes(design_id=design_id)))
            supplier.triggered.connect(
                lambda: self.navigate.emit(ShowSuppliers(supplier_id=supplier_id)))
            techpack.setText(fill(self.tr("Open &Tech Pack ({design_code} rev {revision})"),
                                  design_code=current.design_code,
                                  revision=current.revision or "—"))
            supplier.setText(fill(self.tr("&Supplier {supplier}"), supplier=current.supplier))
        return menu

    def _go_techpack(self) -> None:
        current = self.current_row()
        if current is not None and current.tech_pack_revision_id is not None:
            self.navigate.emit(OpenTechPack(current.design_id, current.tech_pack_revision_id))

    def request_sample(self) -> Any:
        """The Request Sample dialog, with the design and supplier the list shows (the
        filter's, or the selected round's)."""
        if self._workspace is None or self._workspace.read_only:
            return None
        from jewelbench.ui.samples.request import RequestSampleDialog

        current = self.current_row()
        design_id = self.filter.design_id or (current.design_id if current else None)
        supplier_id = self.filter.supplier_id or (current.supplier_id if current else None)
        dialog = RequestSampleDialog(self._workspace, self._add, self._settings or QSettings(),
                                     self, design_id=design_id, supplier_id=supplier_id)
        dialog.accepted.connect(lambda: self._requested(dialog.sample_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _add(self, sample: SampleRound) -> str | None:
        if self._workspace is None or self._controller is None:
            return self.tr("No workspace is open.")
        return self._controller.run(AddSample(
            self._workspace, sample, fill(self.tr("Request {code} round {round_number}"),
                                          code=self._code(sample.design_id),
                                          round_number=str(sample.round_number))))

    def _code(self, design_id: int) -> str:
        """The design's code, for an undo entry ("Delete R-101 round 2")."""
        assert self._workspace is not None
        try:
            return self._workspace.designs.summary(design_id).code
        except (StorageError, NotFound):
            return self.tr("a design")

    def _requested(self, sample_id: int | None) -> None:
        """The Request Sample dialog was accepted: the round it stored shown and selected."""
        if sample_id is None:
            return
        if not self.isVisible():
            self.reload()
        if self.filter.active and not self.select(sample_id):
            self.show_all()
        self.select(sample_id)
        self.message.emit(self.tr("Sample requested. Use Record… when it arrives."))

    def edit_sample(self, sample_id: int | None = None) -> Any:
        if sample_id is None:
            current = self.current_row()
            sample_id = None if current is None else current.id
        if sample_id is None or self._workspace is None or self._controller is None:
            return None
        from jewelbench.ui.samples.editor import SampleRoundEditor

        try:
            editor = SampleRoundEditor(self._workspace, sample_id, self._controller,
                                       self._settings or QSettings(), self)
        except (StorageError, NotFound) as error:
            self.message.emit(i18n.say(error))
            return None
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = editor
        editor.show()
        return editor

    def delete_sample(self) -> QMessageBox | None:
        """Ask first, saying what goes with the round; the delete itself is undoable."""
        current: SampleSummary | None = self.current_row()
        if current is None or self._workspace is None or self._workspace.read_only:
            return None
        try:
            sample = self._workspace.samples.get(current.id)
        except (StorageError, NotFound) as error:
            self.message.emit(i18n.say(error))
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete sample round"),
                          fill(self.tr("Delete round {round_number} of {design_code} from "
                                       "{supplier}?"),
                               round_number=str(current.round_number),
                               design_code=current.design_code, supplier=current.supplier),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmDeleteSample")
        counts = ((len(sample.measurements), self.tr("1 measurement"),
                   self.tr("{count} measurements")),
                  (sum(1 for c in sample.qc_checks if c.result is not None),
                   self.tr("1 QC result"), self.tr("{count} QC results")),
                  (len(sample.photos), self.tr("1 photo"), self.tr("{count} photos")))
        parts = [one if number == 1 else fill(many, count=str(number))
                 for number, one, many in counts if number]
        if not parts:
            goes = self.tr("Nothing else was recorded for it.")
        else:
            listed = (parts[0] if len(parts) == 1 else fill(self.tr("{listed} and {last}"),
                                                            listed=", ".join(parts[:-1]),
                                                            last=parts[-1]))
            single = [number for number, _one, _many in counts if number] == [1]
            goes = fill(self.tr("Its {listed} goes with it.") if single
                         else self.tr("Its {listed} go with it."), listed=listed)
        golden = sum(1 for p in sample.photos if p.is_golden)
        if golden:
            goes += " " + (self.tr("Its photo is the golden sample production is held to.")
                           if golden == 1 else
                           fill(self.tr("{golden} of the photos are the golden sample production "
                                        "is held to."), golden=str(golden)))
        box.setInformativeText(goes + " " + self.tr("Edit ▸ Undo brings all of it back."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        dialogs.when_clicked(box, delete, lambda: self.confirm_delete(sample))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.delete_box = box
        box.open()
        return box

    def confirm_delete(self, sample: SampleRound) -> bool:
        if self._workspace is None or self._controller is None:
            return False
        reason = self._controller.run(DeleteSample(
            self._workspace, sample, fill(self.tr("Delete {code} round {round_number}"),
                                          code=self._code(sample.design_id),
                                          round_number=str(sample.round_number))))
        if reason is not None:
            self.message.emit(fill(self.tr("Not deleted: {reason}"), reason=reason))
            return False
        if not self.isVisible():
            self.reload()
        return True
