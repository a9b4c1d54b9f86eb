"""Suppliers: where they are, what they can do, how far due diligence has gone, how they score;
and, beside the list, the selected supplier's certifications and scorecard with its workings."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.messages import fill
from jewelbench.domain.scorecard import Scorecard
from jewelbench.domain.suppliers import DUE_DILIGENCE_ITEMS, CertificationStatus, Supplier
from jewelbench.storage import ReadError, Workspace
from jewelbench.storage.repository import NotFound
from jewelbench.storage.suppliers import SupplierSummary
from jewelbench.ui import dialogs, i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.formatting import date_text, integer_text
from jewelbench.ui.labels import capability_label
from jewelbench.ui.navigation import ShowQuotes, ShowSamples
from jewelbench.ui.style import named
from jewelbench.ui.suppliers.commands import AddSupplier, DeleteSupplier
from jewelbench.ui.suppliers.labels import (
    certification_status_text,
    country_name,
    due_diligence_label,
)
from jewelbench.ui.suppliers.scorecard import ScorecardText
from jewelbench.ui.suppliers.scores import ScorecardCache, computing_text
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import (
    ROW_ROLE,
    Column,
    RecordFilterProxy,
    RecordTableModel,
)

# what a scorecard is computed from
TOPICS = (Topic.SUPPLIERS, Topic.QUOTES, Topic.SAMPLES, Topic.DESIGNS)
TOOLTIP_DETAILS = 8  # workings under each figure in the score's tooltip


class SupplierFilterProxy(RecordFilterProxy):
    """The search box's text, and optionally only some suppliers (show_only)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only: set[int] | None = None

    def set_only(self, ids: set[int] | None) -> None:
        self.beginFilterChange()
        self.only = ids
        self.endFilterChange(RecordFilterProxy.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 (Qt's name)
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        if self.only is not None and model.row_object(source_row).id not in self.only:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class SupplierPanel(QScrollArea):
    """The selected supplier at a glance: certifications, due diligence and the scorecard."""

    navigate = Signal(object)  # ShowQuotes or ShowSamples of the supplier shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supplierPanel")
        self.setWidgetResizable(True)
        self.setMinimumWidth(320)
        self.supplier_id: int | None = None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        self.title = QLabel()
        named(self.title, "previewTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel()
        named(self.meta, "pageSubtitle")
        self.meta.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.score_heading = QLabel(self.tr("Scorecard"))
        named(self.score_heading, "previewTitle")
        self.scorecard = ScorecardText()
        buttons = QHBoxLayout()
        self.quotes_button = QPushButton(self.tr("Show &Quotes"))
        self.quotes_button.setToolTip(self.tr("This supplier's quotes, in Quotes"))
        self.quotes_button.clicked.connect(lambda: self._go(ShowQuotes))
        self.samples_button = QPushButton(self.tr("Show Sa&mples"))
        self.samples_button.setToolTip(self.tr("This supplier's sample rounds, in Samples"))
        self.samples_button.clicked.connect(lambda: self._go(ShowSamples))
        buttons.addWidget(self.quotes_button)
        buttons.addWidget(self.samples_button)
        buttons.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addLayout(buttons)
        layout.addWidget(self.facts)
        layout.addWidget(self.score_heading)
        layout.addWidget(self.scorecard)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_supplier(None, None, None, dt.date.today())

    def _go(self, section: type[ShowQuotes | ShowSamples]) -> None:
        """The supplier's quotes or sample rounds, in their section."""
        if self.supplier_id is not None:
            self.navigate.emit(section(supplier_id=self.supplier_id))

    def show_unreadable(self, name: str, reason: str) -> None:
        self.show_supplier(None, None, None, dt.date.today())
        self.title.setText(name)
        self.meta.setText(fill(self.tr("This supplier cannot be read: {reason}."), reason=reason))

    def show_supplier(self, supplier: Supplier | None, summary: SupplierSummary | None,
                      scorecard: Scorecard | None, today: dt.date, note: str = "") -> None:
        """note: what shows in the scorecard's place while there is none ("Computing
        scorecards…", or why it could not be computed)."""
        self.supplier_id = supplier.id if supplier else None
        for widget in (self.quotes_button, self.samples_button, self.score_heading):
            widget.setVisible(supplier is not None)
        if supplier is None:
            self.title.setText(self.tr("No supplier selected"))
            self.meta.setText(self.tr("Select a supplier to see its certifications, due "
                                      "diligence and scorecard."))
            self.facts.clear()
            self.scorecard.show_scorecard(None)
            return
        self.title.setText(supplier.name)
        country = country_name(supplier.country)
        self.meta.setText(" · ".join(p for p in (
            f"{country} ({supplier.country})" if country else supplier.country,
            supplier.currency,
            ", ".join(capability_label(c) for c in supplier.capabilities)) if p))
        if summary is not None:
            self.quotes_button.setText(fill(self.tr("Show &Quotes ({quote_count})"),
                                            quote_count=str(summary.quote_count)))
            self.samples_button.setText(fill(self.tr("Show Sa&mples ({sample_count})"),
                                             sample_count=str(summary.sample_count)))
        self.facts.setText(self._facts_html(supplier, today))
        self.scorecard.show_scorecard(scorecard, note)

    def show_scorecard(self, scorecard: Scorecard | None, note: str = "") -> None:
        """The scorecard alone, when it arrives after the rest."""
        self.scorecard.show_scorecard(scorecard, note)

    def _facts_html(self, supplier: Supplier, today: dt.date) -> str:
        parts: list[str] = []
        contact = supplier.contacts[0] if supplier.contacts else None
        if contact is not None:
            who = contact.name + (f" ({contact.role})" if contact.role else "")
            reach = " · ".join(p for p in (contact.email, contact.phone) if p)
            more = len(supplier.contacts) - 1
            line = html.escape(who) + (f" — {html.escape(reach)}" if reach else "")
            if more:
                line += " " + html.escape(fill(self.tr("(+{more} more)"), more=str(more)))
            parts.append(f"<p><b>{html.escape(self.tr('Contact'))}</b><br>{line}</p>")
        if supplier.certifications:
            lines = []
            for certification in supplier.certifications:
                status = certification.status_on(today)
                flag = {CertificationStatus.EXPIRED: "✖ ",
                        CertificationStatus.EXPIRING: "⚠ "}.get(status, "")
                text = (f"{flag}{html.escape(certification.name)} — "
                        f"{html.escape(certification_status_text(certification, today))}")
                if status in (CertificationStatus.EXPIRED, CertificationStatus.EXPIRING):
                    text = f"<b>{text}</b>"
                lines.append(text)
            parts.append(f"<p><b>{html.escape(self.tr('Certifications'))}</b><br>"
                         + "<br>".join(lines) + "</p>")
        done = {d.item: d for d in supplier.due_diligence if d.done}
        checks = [("☑ " if item in done else "☐ ") + html.escape(due_diligence_label(item))
                  + (f" ({date_text(done_on)})"
                     if item in done and (done_on := done[item].done_on) else "")
                  for item in DUE_DILIGENCE_ITEMS]
        heading = fill(self.tr("Due diligence: {done} of {total}"), done=str(len(done)),
                       total=str(len(DUE_DILIGENCE_ITEMS)))
        parts.append(f"<p><b>{html.escape(heading)}</b><br>" + "<br>".join(checks) + "</p>")
        return "".join(parts)


class SuppliersView(ListPage):
    """The list of suppliers (a ListPage, as every section is) with its actions and panel."""

    navigate = Signal(object)  # ShowQuotes or ShowSamples of a supplier (ui.navigation)

    def __init__(self, parent: QWidget | None = None) -> None:
        self.scores: ScorecardCache | None = None  # this workspace's, made by load()
        self._workspace: Workspace | None = None
        self._controller: UndoController | None = None
        self._settings: QSettings | None = None
        self.today: Callable[[], dt.date] = dt.date.today
        total = len(DUE_DILIGENCE_ITEMS)
        score = Column(self.tr("Score"), self._headline, sort_key=self._score_key,
                       tooltip=self._explanation)
        columns: list[Column[SupplierSummary]] = [
            Column(self.tr("Name"), lambda s: s.name),
            Column(self.tr("Country"), lambda s: s.country,
                   tooltip=lambda s: country_name(s.country)),
            Column(self.tr("Currency"), lambda s: s.currency),
            Column(self.tr("Due diligence"), lambda s: f"{s.due_diligence_done} / {total}",
                   sort_key=lambda s: s.due_diligence_done, numeric=True,
                   tooltip=lambda s: fill(self.tr("{done} of {total} due-diligence checks done"),
                                          done=str(s.due_diligence_done), total=str(total))),
            score,
            Column(self.tr("Quotes"), lambda s: str(s.quote_count),
                   sort_key=lambda s: s.quote_count, numeric=True),
            Column(self.tr("Samples"), lambda s: str(s.sample_count),
                   sort_key=lambda s: s.sample_count, numeric=True),
            Column(self.tr("Capabilities"), lambda s: ", ".join(
                capability_label(c) for c in s.capabilities.split(", ") if c)),
        ]
        self._score_column = columns.index(score)
        self.filter = SupplierFilterProxy()
        super().__init__("suppliers", self.tr("Suppliers"), columns,
                         self.tr("No suppliers yet. Use New Supplier to add the manufacturers "
                                 "you work with or are vetting."), parent, proxy=self.filter)
        self.search.setPlaceholderText(self.tr("Name, country or capability (Ctrl+F)"))
        self.search.setMinimumWidth(260)
        self.add_bar(self._build_bar())
        self.add_filter_banner(self.show_all, self.tr("Show every supplier again"))

        # The list and, beside it, the selected supplier's panel.
        self.panel = SupplierPanel()
        self.panel.navigate.connect(self.navigate)
        self.add_side_panel(self.panel, "suppliersSplitter", (860, 380))

        self.current_row_changed.connect(self._show_panel)
        self.current_row_changed.connect(lambda _row: self._enable_buttons())
        self._read_only = False
        self._enable_buttons()
        self.on_row_activated(self.edit_supplier)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.on_delete_key(self.delete_supplier)

    # --- building ------------------------------------------------------------------------

    def _build_bar(self) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.new_button = QPushButton(self.tr("&New Supplier…"))
        self.new_button.setToolTip(self.tr("Add a manufacturer you work with or are vetting"))
        self.new_button.clicked.connect(lambda: self.new_supplier())
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_button.setToolTip(self.tr("Contacts, capabilities, certifications, due "
                                            "diligence and scorecard of the selected supplier "
                                            "(Ctrl+E, or Enter)"))
        self.edit_button.clicked.connect(lambda: self.edit_supplier())
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected supplier with its quotes "
                                              "and sample rounds (asks first; undoable)"))
        self.delete_button.clicked.connect(lambda: self.delete_supplier())
        for button in (self.new_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        return bar

    # --- scores --------------------------------------------------------------------------

    def _headline(self, summary: SupplierSummary) -> str:
        scorecard = self.scorecard(summary.id)
        return i18n.say(scorecard.headline_message()) if scorecard \
            else self._score_note(summary.id)

    def _score_note(self, supplier_id: int) -> str:
        """What shows while a supplier has no scorecard: being computed, or why not."""
        if self.scores is None:
            return ""
        if self.scores.computing(supplier_id):
            return computing_text()
        error = self.scores.error(supplier_id)
        return fill(self.tr("(no score: {error})"), error=error) if error else ""

    def _score_key(self, summary: SupplierSummary) -> Any:
        scorecard = self.scorecard(summary.id)
        return None if scorecard is None else scorecard.first_pass_rate

    def _explanation(self, summary: SupplierSummary) -> str:
        """Each figure with the start of its workings (the panel shows more of them)."""
        scorecard = self.scorecard(summary.id)
        if scorecard is None:
            return self._score_note(summary.id)
        lines: list[str] = []
        for title, details in scorecard.sections():
            lines.append(i18n.say(title))
            shown = details if len(details) <= TOOLTIP_DETAILS + 1 else details[
                :TOOLTIP_DETAILS]
            lines.extend(f"    {line}" for line in shown)
            if len(shown) < len(details):
                lines.append("    " + fill(self.tr("… and {count} more lines"),
                                           count=integer_text(len(details) - len(shown))))
        return "\n".join(lines)

    def scorecard(self, supplier_id: int) -> Scorecard | None:
        return self.scores.scorecard(supplier_id) if self.scores is not None else None

    def _scores_for(self, workspace: Workspace) -> ScorecardCache:
        """This workspace's scorecards, kept while it stays open in the window."""
        if self.scores is not None and self.scores.workspace is workspace:
            return self.scores
        if self.scores is not None:  # another workspace: its scorecards go with it
            self.scores.changed.disconnect(self._scores_changed)
            self.scores.stop()
            self.scores.deleteLater()
        self.scores = ScorecardCache(workspace, lambda: self.today(), self)
        self.scores.changed.connect(self._scores_changed)
        if self._controller is not None:
            self.scores.follow(self._controller)
        return self.scores

    def _scores_changed(self, supplier_ids: set[int]) -> None:
        """Scorecards arrived or were dropped: the score cells and the panel show it; one that
        was dropped is asked for again while the list shows it."""
        if self.scores is None:
            return
        shown = {row.id for row in self.model.rows()}
        if self._workspace is not None and self.isVisible():
            self.scores.request(s for s in supplier_ids if s in shown)
        rows = self.model.rowCount()
        if rows:
            self.model.dataChanged.emit(self.model.index(0, self._score_column),
                                        self.model.index(rows - 1, self._score_column))
        current = self.current_row()
        if current is not None and current.id in supplier_ids:
            self.panel.show_scorecard(self.scorecard(current.id), self._score_note(current.id))

    # --- loading -------------------------------------------------------------------------

    def load(self, workspace: Workspace) -> None:
        self._workspace = workspace
        chosen = self.current_row()
        rows = workspace.suppliers.summaries()
        # Computed off the GUI thread ("Computing scorecards…" until they arrive), and kept:
        # showing the list again computes only what an edit has dropped since.
        self._scores_for(workspace).request(s.id for s in rows)
        countries = len({s.country for s in rows})
        sized = self._sized
        suppliers = (self.tr("1 supplier") if len(rows) == 1
                     else fill(self.tr("{count} suppliers"), count=str(len(rows))))
        in_countries = (self.tr("1 country") if countries == 1
                        else fill(self.tr("{countries} countries"), countries=str(countries)))
        self.set_rows(rows, fill(self.tr("{suppliers} in {countries}"), suppliers=suppliers,
                                 countries=in_countries))
        if self._sized and not sized:
            # Long company names are elided (the panel shows them whole): the score stays in
            # view beside the panel on a laptop screen.
            header = self.table.horizontalHeader()
            header.resizeSection(0, min(header.sectionSize(0), 240))
        if self.filter.only is not None:
            self.filter.set_only(self.filter.only & {s.id for s in rows})
        self._read_only = workspace.read_only
        if not (chosen is not None and self.select(chosen.id)) and self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_panel(self.current_row())

    def reload(self) -> None:
        if self._workspace is not None:
            self.load(self._workspace)

    def attach_controller(self, controller: UndoController) -> None:
        """Changes made here become commands on this controller's undo stack; a change
        anywhere that a scorecard is computed from refreshes the list while it is shown."""
        self._controller = controller
        controller.changed.connect(self._changed)
        if self.scores is not None:
            self.scores.follow(controller)

    def _changed(self, topic: Topic, affected: object) -> None:
        if topic not in TOPICS or self._workspace is None or not self.isVisible():
            return  # the main window re-reads a hidden view when it is shown again
        try:
            self.reload()
        except ReadError as error:
            self.message.emit(i18n.say(error))
            return
        if topic == Topic.SUPPLIERS and isinstance(affected, int):
            self.select(affected)

    def select(self, supplier_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == supplier_id:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False

    def _show_panel(self, summary: SupplierSummary | None) -> None:
        today = self.today()
        if summary is None or self._workspace is None:
            self.panel.show_supplier(None, None, None, today)
            return
        try:
            supplier = self._workspace.suppliers.get(summary.id)
        except (ReadError, NotFound) as error:
            self.panel.show_unreadable(summary.name, i18n.say(error))
            return
        self.panel.show_supplier(supplier, summary, self.scorecard(summary.id), today,
                                 self._score_note(summary.id))

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self._read_only = not editable
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        """Edit and Delete need a selected supplier; New and Delete a writable workspace."""
        selected = self.current_row() is not None
        self.new_button.setEnabled(not self._read_only)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected and not self._read_only)

    # --- show only ------------------------------------------------------------------------

    def show_only(self, design_id: int | None = None, supplier_id: int | None = None) -> None:
        """Only the supplier asked for, or the suppliers that quoted or sampled a design, with a
        banner saying so and a way back to all of them."""
        if self._workspace is None or (design_id is None and supplier_id is None):
            self.show_all()
            return
        names = self._workspace.suppliers.names()
        if supplier_id is not None:
            ids = {supplier_id}
            text = fill(self.tr("Showing {supplier}"), supplier=names.get(supplier_id, "?"))
        else:
            assert design_id is not None
            ids = self._workspace.suppliers.ids_for_design(design_id)
            try:
                code = self._workspace.designs.summary(design_id).code
            except NotFound:
                code = f"#{design_id}"
            text = fill(self.tr("Showing the suppliers that quoted or sampled {code}"), code=code)
        self.search.clear()
        self.filter.set_only(ids)
        self.banner_text.setText(text)
        self.banner.show()
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_panel(self.current_row())

    def show_all(self) -> None:
        self.filter.set_only(None)
        self.banner.hide()

    # --- actions -------------------------------------------------------------------------

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.setCurrentIndex(index)
        menu = self.context_menu()
        menu.popup(self.table.viewport().mapToGlobal(point))

    def context_menu(self) -> QMenu:
        """The selected supplier's actions (for the table's right-click)."""
        menu = QMenu(self)
        menu.setObjectName("suppliersMenu")
        current = self.current_row()
        editable = self._workspace is not None and not self._workspace.read_only
        menu.addAction(self.tr("&New Supplier…"), self.new_supplier).setEnabled(editable)
        edit = menu.addAction(self.tr("&Edit…"), self.edit_supplier)
        edit.setEnabled(current is not None)
        delete = menu.addAction(self.tr("&Delete…"), self.delete_supplier)
        delete.setEnabled(current is not None and editable)
        menu.addSeparator()
        quotes = menu.addAction(self.tr("Show &Quotes"), lambda: self._go(ShowQuotes))
        samples = menu.addAction(self.tr("Show Sa&mple Rounds"), lambda: self._go(ShowSamples))
        for action in (quotes, samples):
            action.setEnabled(current is not None)
        return menu

    def _go(self, section: type[ShowQuotes | ShowSamples]) -> None:
        """The selected supplier's quotes or sample rounds, in their section."""
        current = self.current_row()
        if current is not None:
            self.navigate.emit(section(supplier_id=current.id))

    def new_supplier(self) -> Any:
        if self._workspace is None or self._workspace.read_only:
            return None
        from jewelbench.ui.suppliers.dialogs import NewSupplierDialog

        workspace = self._workspace
        currencies = [workspace.base_currency, *sorted(
            {r.from_currency for r in workspace.prices.fx_rates()})]
        dialog = NewSupplierDialog(workspace.suppliers.names().values(), currencies,
                                   self._settings or QSettings(), self)
        dialog.accepted.connect(lambda: self._add(dialog.result_supplier))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _add(self, supplier: Supplier | None) -> None:
        if supplier is None or self._workspace is None or self._controller is None:
            return
        command = AddSupplier(self._workspace, supplier,
                              fill(self.tr("New supplier {supplier}"), supplier=supplier.name))
        reason = self._controller.run(command)
        if reason is not None:
            self.message.emit(fill(self.tr("Not saved: {reason}"), reason=reason))
            return
        if not self.isVisible():
            self.reload()
        if command.supplier_id is not None:
            self.select(command.supplier_id)
            self.edit_supplier(command.supplier_id)

    def edit_supplier(self, supplier_id: int | None = None) -> Any:
        if supplier_id is None:
            current = self.current_row()
            supplier_id = None if current is None else current.id
        if supplier_id is None or self._workspace is None or self._controller is None:
            return None
        from jewelbench.ui.suppliers.editor import SupplierEditor

        editor = SupplierEditor(self._workspace, supplier_id, self._controller,
                                self._settings or QSettings(), self, today=self.today(),
                                scores=self._scores_for(self._workspace))
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = editor
        editor.show()
        return editor

    def delete_supplier(self) -> QMessageBox | None:
        """Ask first, saying what goes with the supplier; the delete itself is undoable."""
        current = self.current_row()
        if current is None or self._workspace is None or self._workspace.read_only:
            return None
        impact = self._workspace.suppliers.delete_impact(current.id)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete supplier"),
                          fill(self.tr("Delete “{supplier}”?"), supplier=current.name),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmDeleteSupplier")
        if impact.quotes or impact.sample_rounds:
            goes = fill(self.tr("This also deletes its {quotes} and {sample_rounds}."),
                        quotes=self._count(impact.quotes, self.tr("quote"), self.tr("quotes")),
                        sample_rounds=self._count(impact.sample_rounds, self.tr("sample round"),
                                       self.tr("sample rounds")))
        else:
            goes = self.tr("It has no quotes or sample rounds.")
        if impact.rfqs:
            goes += " " + fill(self.tr("It is taken off {rfqs}."), rfqs=self._count(
                     impact.rfqs, self.tr("request for quotation"),
                     self.tr("requests for quotation")))
        box.setInformativeText(goes + " " + self.tr("Edit ▸ Undo brings all of it back."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        supplier_id, name = current.id, current.name
        dialogs.when_clicked(box, delete, lambda: self.confirm_delete(supplier_id, name))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.delete_box = box
        box.open()
        return box

    @staticmethod
    def _count(number: int, one: str, many: str) -> str:
        return f"{number} {one if number == 1 else many}"

    def confirm_delete(self, supplier_id: int, name: str) -> bool:
        if self._workspace is None or self._controller is None:
            return False
        row = self.table.currentIndex().row()
        reason = self._controller.run(DeleteSupplier(
            self._workspace, supplier_id, fill(self.tr("Delete supplier {name}"), name=name)))
        if reason is not None:
            self.message.emit(fill(self.tr("Not deleted: {reason}"), reason=reason))
            return False
        if not self.isVisible():
            self.reload()
        if self.proxy.rowCount():
            self.table.selectRow(min(max(row, 0), self.proxy.rowCount() - 1))
        self.message.emit(fill(self.tr("Deleted “{name}”. Edit ▸ Undo brings it back."), name=name))
        return True

    # --- remembered state ----------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        super().save_state(settings)
        registry.write(settings, registry.layout("views/suppliers/splitter"),
                       self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        self._settings = settings
        super().restore_state(settings)
        state = registry.read(settings, registry.layout("views/suppliers/splitter"))
        if state is not None:
            self.splitter.restoreState(state)
