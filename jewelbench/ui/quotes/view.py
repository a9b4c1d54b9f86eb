"""Quotes: every supplier quote with its price tiers; expired ones are marked.

New, Edit, Delete (asked first, undoable) and Compare for the selected quote's design; a
context menu leads on to the tech pack revision a quote answers, its supplier and the design's
samples (through `navigate`, which the main window follows). `show_only` narrows the list to a
design or a supplier, with a banner saying so and a way back to every quote.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from jewelbench.domain.messages import fill
from jewelbench.storage import Workspace
from jewelbench.storage.listing import ListQuery
from jewelbench.storage.quotes import QuoteSummary
from jewelbench.storage.repository import NotFound
from jewelbench.ui import dialogs, i18n
from jewelbench.ui.commands import UndoController
from jewelbench.ui.formatting import amount_text, counted, date_text, decimal_text, integer_text
from jewelbench.ui.navigation import OpenTechPack, ShowSamples, ShowSuppliers
from jewelbench.ui.quotes.commands import DeleteQuote
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import ROW_ROLE, Column

SUPPLIER_COLUMN, SUPPLIER_WIDTH = 1, 180

# what the list shows is read from these (a tech pack issued changes a quote's revision)
FOLLOWED_TOPICS = {Topic.QUOTES, Topic.DESIGNS, Topic.SUPPLIERS, Topic.TECH_PACKS}


class QuotesView(ListPage):
    navigate = Signal(object)  # where the user asked to go: a ui.navigation target

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        self._today = today or dt.date.today()
        columns: list[Column[QuoteSummary]] = [
            Column(self.tr("Design"), lambda q: q.design_code,
                   tooltip=lambda q: q.design_name, sort_name="design"),
            Column(self.tr("Supplier"), lambda q: q.supplier, sort_name="supplier"),
            Column(self.tr("Reference"), lambda q: q.reference, sort_name="reference"),
            Column(self.tr("Quoted"), lambda q: date_text(q.quoted_on),
                   sort_key=lambda q: q.quoted_on, sort_name="quoted"),
            Column(self.tr("Valid until"), self._validity,
                   sort_key=lambda q: q.valid_until, emphasis=self._expired,
                   sort_name="valid_until"),
            Column(self.tr("MOQ"), lambda q: integer_text(q.moq), sort_key=lambda q: q.moq,
                   numeric=True, sort_name="moq"),
            Column(self.tr("Development"), lambda q: amount_text(q.development_cost, q.currency),
                   sort_key=lambda q: q.development_cost, numeric=True,
                   tooltip=lambda q: self.tr("CAD, mould, tooling and sample fees"),
                   sort_name="development"),
            Column(self.tr("Incoterm"), lambda q: q.incoterm, sort_name="incoterm"),
            Column(self.tr("Lead time"), lambda q: fill(self.tr("{days} days"),
                                                        days=str(q.production_lead_time_days))
                if q.production_lead_time_days is not None else "",
                sort_key=lambda q: q.production_lead_time_days, numeric=True,
                sort_name="lead_time"),
            Column(self.tr("Rev"), lambda q: q.revision
                   if q.revision else "—",
                   tooltip=lambda q: self.tr("The tech pack revision this quote answers"),
                   sort_name="revision"),
            # last: it stretches into the room left, elided with every tier in its tooltip
            Column(self.tr("Price tiers"), self._tiers,
                   sort_key=lambda q: q.tiers[0][1] if q.tiers else None, sort_name="tiers",
                   tooltip=lambda q: "\n".join(
                       fill(self.tr("from {quantity} pieces: {price}"), quantity=integer_text(qty),
                            price=amount_text(price, q.currency)) for qty, price in q.tiers)),
        ]
        super().__init__("quotes", self.tr("Quotes"), columns,
                         self.tr("No quotes yet. Use New Quote to enter a supplier's quote, "
                                 "with its price tiers and fees."), parent, paged=True)
        self._headline = ""
        self._all_quotes = 0
        self.search.setPlaceholderText(self.tr("Design, supplier, reference or notes (Ctrl+F)"))
        self._workspace: Workspace | None = None
        self._controller: UndoController | None = None
        self._settings: QSettings | None = None
        self._only: tuple[int | None, int | None] = (None, None)
        self._select_after: int | None = None
        self.editor: Any = None
        self.comparison: Any = None
        self.confirm: QMessageBox | None = None
        self.add_bar(self._build_bar())
        self.add_filter_banner(lambda: self.show_only(None, None),
                               self.tr("Show every quote again"))
        self.current_row_changed.connect(lambda _row: self._update_buttons())
        self.on_row_activated(self.edit_quote)

    # --- building ------------------------------------------------------------------------

    def _build_bar(self) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.new_button = QPushButton(self.tr("&New Quote…"))
        self.new_button.setToolTip(self.tr("Enter a supplier's quote for a design"))
        self.new_button.clicked.connect(lambda: self.new_quote())
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_button.setToolTip(self.tr("Change the selected quote (Ctrl+E)"))
        self.edit_button.clicked.connect(lambda: self.edit_quote())
        self.compare_button = QPushButton(self.tr("Co&mpare…"))
        self.compare_button.setToolTip(self.tr("Every quote for the selected quote's design, "
                                               "side by side in the base currency"))
        self.compare_button.clicked.connect(lambda: self.compare())
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected quote (Delete); undoable"))
        self.delete_button.clicked.connect(lambda: self.ask_delete())
        for button in (self.new_button, self.edit_button, self.compare_button,
                       self.delete_button):
            row.addWidget(button)
        delete = QAction(self.tr("Delete Quote"), self.table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(lambda: self.ask_delete())
        self.table.addAction(delete)
        return bar

    # --- the main window's hooks ---------------------------------------------------------

    def attach_controller(self, controller: UndoController) -> None:
        self._controller = controller
        controller.changed.connect(self._changed)

    def restore_state(self, settings: QSettings) -> None:
        self._settings = settings
        super().restore_state(settings)

    def load(self, workspace: Workspace) -> None:
        if workspace is not self._workspace:
            if self._workspace is not None:  # another file: its ids mean other things
                self._only = (None, None)
                self._select_after = None
                self.model.set_rows([])
            self._workspace = workspace
        keep = self._select_after
        if keep is None:
            current = self.current_row()
            keep = current.id if current is not None else None
        self._select_after = None
        design_id, supplier_id = self._only
        narrowed = {"design_id": design_id, "supplier_id": supplier_id}
        count, designs, expired = workspace.quotes.list_stats(ListQuery(filters=narrowed),
                                                              self._today)
        quotes = (self.tr("1 quote") if count == 1
                  else fill(self.tr("{count} quotes"), count=integer_text(count)))
        for_designs = (self.tr("1 design") if designs == 1
                       else fill(self.tr("{designs} designs"), designs=integer_text(designs)))
        self._all_quotes = count
        self._headline = fill(self.tr("{quotes} for {for_designs}, {expired} expired"),
                              quotes=quotes, for_designs=for_designs, expired=integer_text(expired))
        fitted = self._sized
        self.set_source(workspace.quotes, self._describe, narrowed, select=keep)
        header = self.table.horizontalHeader()
        if not fitted and self._sized and header.sectionSize(SUPPLIER_COLUMN) > SUPPLIER_WIDTH:
            # long company names would push the lead time and revision off a laptop screen
            header.resizeSection(SUPPLIER_COLUMN, SUPPLIER_WIDTH)
        self._show_banner()
        self._update_buttons()

    def _describe(self, shown: int) -> str:
        """The line under the title: the quotes shown, or how many of them match the search."""
        if self.query.search:
            return fill(self.tr("{shown} of {total} quotes"), shown=integer_text(shown),
                        total=integer_text(self._all_quotes))
        return self._headline

    def show_only(self, design_id: int | None = None, supplier_id: int | None = None) -> None:
        """Only one design's quotes, or one supplier's (or both); None, None: every quote."""
        self._only = (design_id, supplier_id)
        if self._workspace is not None:
            self.load(self._workspace)

    def _show_banner(self) -> None:
        design_id, supplier_id = self._only
        if (design_id is None and supplier_id is None) or self._workspace is None:
            self.banner.hide()
            return
        try:
            summary = (self._workspace.designs.summary(design_id)
                       if design_id is not None else None)
            design = f"{summary.code} · {summary.name}" if summary else ""
            supplier = (self._workspace.suppliers.get(supplier_id).name
                        if supplier_id is not None else "")
        except NotFound:  # what the list was narrowed to has gone: show everything
            self._only = (None, None)
            self.load(self._workspace)
            return
        if design and supplier:
            text = fill(self.tr("Showing quotes for {design} from {supplier}"), design=design,
                        supplier=supplier)
        elif design:
            text = fill(self.tr("Showing quotes for {design}"), design=design)
        else:
            text = fill(self.tr("Showing quotes from {supplier}"), supplier=supplier)
        self.banner_text.setText(text)
        self.banner.show()

    def _changed(self, topic: Topic, affected: object) -> None:
        if self._workspace is None or topic not in FOLLOWED_TOPICS:
            return
        if topic == Topic.QUOTES and isinstance(affected, int):
            self._select_after = affected
        if not self.isVisible():
            return  # the main window reads a hidden list again when it is next shown
        self.load(self._workspace)
        if topic == Topic.QUOTES and isinstance(affected, int):
            self.reveal(affected)  # a quote entered while a search hid it is shown

    def select(self, quote_id: int) -> bool:
        """Select a quote (its page read if need be); False when the list does not show it."""
        return self.select_id(quote_id)

    def _update_buttons(self) -> None:
        writable = self._workspace is not None and not self._workspace.read_only
        selected = self.current_row() is not None
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(selected)
        self.compare_button.setEnabled(selected)
        self.delete_button.setEnabled(writable and selected)

    # --- showing -------------------------------------------------------------------------

    def _expired(self, quote: QuoteSummary) -> bool:
        return quote.is_expired(self._today)

    def _validity(self, quote: QuoteSummary) -> str:
        text = date_text(quote.valid_until)
        return fill(self.tr("{date} (expired)"), date=text) if self._expired(quote) else text

    @staticmethod
    def _tiers(quote: QuoteSummary) -> str:
        return " · ".join(f"{integer_text(qty)}: {decimal_text(price, 2)}"
                          for qty, price in quote.tiers) \
            + f"  {quote.currency}"

    # --- actions -------------------------------------------------------------------------

    def _settings_or_default(self) -> QSettings:
        return self._settings or QSettings()

    def new_quote(self) -> Any:
        """The quote editor for a new quote (for the design or supplier the list shows)."""
        if self._workspace is None or self._controller is None or self._workspace.read_only:
            return None
        from jewelbench.ui.quotes.editor import QuoteEditor

        design_id, supplier_id = self._only
        editor = QuoteEditor(self._workspace, self._controller, self._settings_or_default(),
                             self, design_id=design_id, supplier_id=supplier_id,
                             today=self._today)
        return self._open_editor(editor)

    def edit_quote(self, quote_id: int | None = None) -> Any:
        if quote_id is None:
            current = self.current_row()
            quote_id = current.id if current is not None else None
        if quote_id is None or self._workspace is None or self._controller is None:
            return None
        from jewelbench.ui.quotes.editor import QuoteEditor

        try:
            quote = self._workspace.quotes.get(quote_id)
        except NotFound as error:
            self.message.emit(i18n.say(error))
            return None
        editor = QuoteEditor(self._workspace, self._controller, self._settings_or_default(),
                             self, quote=quote, today=self._today)
        return self._open_editor(editor)

    def _open_editor(self, editor: Any) -> Any:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.navigate.connect(self.navigate)
        editor.accepted.connect(self._quote_saved)
        self.editor = editor
        editor.open()
        return editor

    def _quote_saved(self) -> None:
        self.message.emit(self.tr("Quote saved."))

    def compare(self, design_id: int | None = None) -> Any:
        """Every quote for a design (the selected quote's), side by side."""
        current = self.current_row()
        if design_id is None:
            design_id = current.design_id if current is not None else None
        if design_id is None or self._workspace is None:
            return None
        from jewelbench.ui.quotes.comparison import QuoteComparison

        selected = current.id if current is not None and current.design_id == design_id \
            else None
        dialog = QuoteComparison(self._workspace, design_id, self._controller,
                                 self._settings_or_default(), self, today=self._today,
                                 selected_quote_id=selected)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.navigate.connect(self.navigate)
        self.comparison = dialog
        dialog.show()
        return dialog

    def ask_delete(self, quote_id: int | None = None) -> QMessageBox | None:
        """Ask before deleting a quote, saying what goes with it; the delete is undoable."""
        summary = self.current_row()
        if quote_id is not None and self._workspace is not None:
            try:
                summary = self._workspace.quotes.summary(quote_id)
            except NotFound:
                summary = None
        if summary is None or self._workspace is None or self._controller is None \
                or self._workspace.read_only:
            return None
        name = summary.reference or f"#{summary.id}"
        fees = len(self._workspace.quotes.get(summary.id).fees)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete quote"),
                          fill(self.tr("Delete quote {quote} from {supplier} for {design_code}?"),
                               quote=name, supplier=summary.supplier,
                               design_code=summary.design_code),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmDeleteQuote")
        box.setInformativeText(fill(self.tr("Its {tiers} and {fees} go with it. Edit ▸ Undo "
                                            "brings it back."),
                                    tiers=counted(len(summary.tiers), self.tr("price tier"),
                                                           self.tr("{count} price tiers")),
                                    fees=counted(fees, self.tr("development fee"),
                                                           self.tr("{count} development fees"))))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        dialogs.when_clicked(box, delete, lambda: self.delete_quote(summary.id))
        self.confirm = box
        box.open()
        return box

    def delete_quote(self, quote_id: int) -> bool:
        """Delete without asking (the question has been answered): one undoable command."""
        if self._workspace is None or self._controller is None:
            return False
        try:
            quote = self._workspace.quotes.get(quote_id)
        except NotFound as error:
            self.message.emit(i18n.say(error))
            return False
        reason = self._controller.run(DeleteQuote(
            self._workspace, quote,
            fill(self.tr("Delete quote {quote}"), quote=quote.reference or f"#{quote_id}")))
        if reason is not None:
            self.message.emit(fill(self.tr("Not deleted: {reason}"), reason=reason))
            return False
        self.message.emit(self.tr("Quote deleted. Edit ▸ Undo brings it back."))
        return True

    # --- the context menu ----------------------------------------------------------------

    def context_menu(self, summary: QuoteSummary) -> QMenu:
        """What can be done with one quote, and where it leads."""
        menu = QMenu(self)
        menu.setObjectName("quoteMenu")
        menu.addAction(self.tr("&Edit Quote…"), lambda: self.edit_quote(summary.id))
        menu.addAction(fill(self.tr("&Compare Quotes for {design_code}…"),
                            design_code=summary.design_code),
                       lambda: self.compare(summary.design_id))
        menu.addSeparator()
        if summary.tech_pack_revision_id is not None:
            menu.addAction(fill(self.tr("Open Tech Pack Revision {revision}"),
                                revision=summary.revision),
                           lambda: self.navigate.emit(OpenTechPack(
                               summary.design_id, summary.tech_pack_revision_id)))
        else:
            none = menu.addAction(self.tr("No Tech Pack Revision"))
            none.setEnabled(False)
        menu.addAction(fill(self.tr("Open Supplier {supplier}"), supplier=summary.supplier),
                       lambda: self.navigate.emit(ShowSuppliers(supplier_id=summary.supplier_id)))
        menu.addAction(fill(self.tr("Show Samples of {design_code}"),
                            design_code=summary.design_code),
                       lambda: self.navigate.emit(ShowSamples(design_id=summary.design_id)))
        menu.addSeparator()
        menu.addAction(fill(self.tr("Show Only Quotes for {design_code}"),
                            design_code=summary.design_code),
                       lambda: self.show_only(design_id=summary.design_id))
        menu.addAction(fill(self.tr("Show Only Quotes from {supplier}"), supplier=summary.supplier),
                       lambda: self.show_only(supplier_id=summary.supplier_id))
        menu.addSeparator()
        delete = menu.addAction(self.tr("&Delete Quote…"), lambda: self.ask_delete(summary.id))
        delete.setEnabled(self._workspace is not None and not self._workspace.read_only)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt's name)
        position = self.table.viewport().mapFrom(self, event.pos())
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        self._menu = self.context_menu(index.data(ROW_ROLE))
        self._menu.popup(event.globalPos() if event.reason() != event.Reason.Keyboard
                         else self.table.viewport().mapToGlobal(
                             self.table.visualRect(index).center()))
