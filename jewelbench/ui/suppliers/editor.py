"""The supplier editor: who they are, who to talk to, what they can do, what they are
certified for, how far due diligence has gone, and their scorecard.

Every change is saved the moment it is made, as one undoable command on the window's undo
stack (the path every editor takes). Undo and redo, from here or the main window, update the
editor too. A value the supplier cannot take (a malformed e-mail, an unknown currency, a name
already used) is refused with the reason in the status line, and nothing stored changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.messages import fill
from jewelbench.domain.prices import PriceNotFound, fx_rate_on
from jewelbench.domain.scorecard import Scorecard
from jewelbench.domain.suppliers import (
    CAPABILITIES,
    DUE_DILIGENCE_ITEMS,
    PRINT_LANGUAGES,
    Certification,
    CertificationStatus,
    Contact,
    DueDiligenceItem,
    Supplier,
    print_language_for,
)
from jewelbench.domain.validation import DomainError
from jewelbench.storage import ReadError, Workspace
from jewelbench.storage.repository import NotFound
from jewelbench.ui import i18n
from jewelbench.ui.commands import UndoController
from jewelbench.ui.formatting import date_text
from jewelbench.ui.i18n import LANGUAGE_NAMES
from jewelbench.ui.labels import capability_label
from jewelbench.ui.style import named
from jewelbench.ui.suppliers.commands import ReplaceSupplier
from jewelbench.ui.suppliers.fields import CountryBox, CurrencyBox, parse_date
from jewelbench.ui.suppliers.labels import certification_status_text, due_diligence_label
from jewelbench.ui.suppliers.scorecard import ScorecardText
from jewelbench.ui.suppliers.scores import ScorecardCache, computing_text
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.combo import line_edit
from jewelbench.ui.widgets.editor_dialog import EditorDialog
from jewelbench.ui.widgets.lines import Lines
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import Column


@dataclass(frozen=True)
class _Item:
    """One contact or certification as its list shows it: its position and the item."""

    index: int
    item: Any


def status_icon(widget: QWidget, status: CertificationStatus) -> QIcon | None:
    """The style's own warning and error icons: they read in light and dark palettes."""
    pixmap = {CertificationStatus.EXPIRED: QStyle.StandardPixmap.SP_MessageBoxCritical,
              CertificationStatus.EXPIRING: QStyle.StandardPixmap.SP_MessageBoxWarning}.get(status)
    return None if pixmap is None else widget.style().standardIcon(pixmap)


# A supplier's lists edited as tables.
CONTACTS: Lines[Supplier, Contact] = Lines(
    "contacts", lambda s: s.contacts, lambda s, items: replace(s, contacts=items))
CERTIFICATIONS: Lines[Supplier, Certification] = Lines(
    "certifications", lambda s: s.certifications,
    lambda s, items: replace(s, certifications=items))


def _with_checklist(checklist: list[DueDiligenceItem]) -> Callable[[Supplier], Supplier]:
    """The change that puts a supplier's due-diligence checklist in place."""
    return lambda s: replace(s, due_diligence=checklist)


class ItemSection(QWidget):
    """A supplier's contacts or certifications: an editable list with Add and Remove."""

    def __init__(self, items: Lines[Supplier, Any], title: str, columns: list[Column[_Item]],
                 new_item: Callable[[], Any], edited: Callable[[Any, str, str], Any],
                 editor: SupplierEditor, add_text: str) -> None:
        super().__init__()
        self.field = items
        self.editor = editor
        self.new_item = new_item
        self.edited_item = edited
        self.page = ListPage(f"supplier_{items.name}", title, columns,
                             fill(self.tr("None yet: use {button} to enter the first."),
                                  button=add_text.replace("&", "")))
        self.page.search.hide()
        self.page.title.hide()
        self.page.subtitle.hide()
        self.page.table.setSortingEnabled(False)
        self.page.model.edit_requested.connect(self._edited)
        self.page.message.connect(editor.say)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.remove_button.setToolTip(self.tr("Remove the selected line (Delete)"))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.page.table, self.remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Double-click a cell (or press F2) to change it."))
        named(hint, "pageSubtitle")
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page, 1)
        layout.addLayout(buttons)

    def items(self, supplier: Supplier) -> list[Any]:
        return self.field.of(supplier)

    def show_supplier(self, supplier: Supplier) -> None:
        rows = [_Item(i, item) for i, item in enumerate(self.items(supplier))]
        self.page.show_rows(rows)

    def add(self) -> None:
        supplier = self.editor.supplier
        items = [*self.items(supplier), self.new_item()]
        if self.editor.change(self.field.write(supplier, items),
                              fill(self.tr("Add {what}"), what=self.page.title.text().lower())):
            last = self.page.proxy.index(self.page.proxy.rowCount() - 1, 0)
            self.page.table.setCurrentIndex(last)
            self.page.table.setFocus()

    def remove(self) -> None:
        row = self.page.current_row()
        if row is None:
            self.editor.say(self.tr("Select the line to remove first."))
            return
        items = self.items(self.editor.supplier)
        del items[row.index]
        self.editor.change(self.field.write(self.editor.supplier, items),
                           fill(self.tr("Remove {what}"), what=self.page.title.text().lower()))

    def _edited(self, row: _Item, field: str, text: str) -> None:
        try:
            item = self.edited_item(row.item, field, text)
        except DomainError as error:
            self.editor.say(i18n.say(error))
            return
        items = self.items(self.editor.supplier)
        items[row.index] = item
        column = next(c for c in (self.page.model.column(n)
                                  for n in range(self.page.model.columnCount()))
                      if c.key == field)
        self.editor.change(self.field.write(self.editor.supplier, items),
                           fill(self.tr("Change {what}"), what=column.title.lower()))


class SupplierEditor(EditorDialog):
    settings_key = "dialogs/supplierEditor"
    default_size = (860, 620)

    def __init__(self, workspace: Workspace, supplier_id: int, controller: UndoController,
                 settings: QSettings, parent: QWidget | None = None, *,
                 today: dt.date | None = None, scores: ScorecardCache | None = None) -> None:
        self.workspace = workspace
        self.supplier_id = supplier_id
        self.today = today or dt.date.today()
        # The window's scorecards (computed off the GUI thread), when they are as of today.
        self.scores = scores if scores is not None and scores.today() == self.today else None
        self.supplier: Supplier = workspace.suppliers.get(supplier_id)
        super().__init__(controller, settings, parent)
        self.setObjectName("supplierEditor")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.tabs.addTab(self._contacts_tab(), self.tr("C&ontacts"))
        self.tabs.addTab(self._certifications_tab(), self.tr("Certi&fications"))
        self.tabs.addTab(self._due_diligence_tab(), self.tr("&Due Diligence"))
        self.tabs.addTab(self._scorecard_tab(), self.tr("&Scorecard"))
        bottom = self.status_row()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.restore_size()
        if self.scores is not None:
            self.scores.changed.connect(self._scores_changed)
        self.show_supplier()
        if workspace.read_only:
            for tab in range(self.tabs.count() - 1):  # the scorecard stays readable
                if (page := self.tabs.widget(tab)) is not None:
                    page.setEnabled(False)
            self.say(self.tr("This workspace is open read-only: nothing here can be changed."))

    # --- building ------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.editingFinished.connect(self._name_finished)
        self.country = CountryBox()
        self.country.activated.connect(lambda _i: self._country_changed())
        line_edit(self.country).editingFinished.connect(self._country_changed)
        known = [self.workspace.base_currency, *sorted(
            {r.from_currency for r in self.workspace.prices.fx_rates()})]
        self.currency = CurrencyBox(known)
        self.currency.activated.connect(lambda _i: self._currency_changed())
        line_edit(self.currency).editingFinished.connect(self._currency_changed)
        self.capabilities = QListWidget()
        self.capabilities.setObjectName("supplierCapabilities")
        self.capabilities.setFlow(QListWidget.Flow.TopToBottom)
        self.capabilities.setWrapping(True)
        self.capabilities.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.capabilities.setMaximumHeight(110)
        for capability in CAPABILITIES:
            item = QListWidgetItem(capability_label(capability))
            item.setData(Qt.ItemDataRole.UserRole, capability)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.capabilities.addItem(item)
        self.capabilities.itemChanged.connect(lambda _item: self._capabilities_changed())
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Where they are, what they are good at, terms "
                                              "agreed, anything to remember."))
        self.notes.installEventFilter(self)
        self.print_language = QComboBox()
        self.print_language.setObjectName("supplierPrintLanguage")
        self.print_language.addItem("", "")  # its country's: the text says which (show_supplier)
        for code in PRINT_LANGUAGES:
            self.print_language.addItem(LANGUAGE_NAMES[code], code)
        self.print_language.setToolTip(self.tr(
            "The language its tech packs and RFQs are printed in. Many factories read English "
            "best; unless you choose, a supplier in Norway gets Norwegian and every other one "
            "English."))
        self.print_language.activated.connect(self._print_language_chosen)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Coun&try:"), self.country)
        form.addRow(self.tr("C&urrency:"), self.currency)
        form.addRow(self.tr("Print &language:"), self.print_language)
        form.addRow(self.tr("Capa&bilities:"), self.capabilities)
        form.addRow(self.tr("Not&es:"), self.notes)
        tab.setLayout(form)
        return tab

    def _contacts_tab(self) -> QWidget:
        def text(field: str) -> Callable[[_Item], str]:
            return lambda r: str(getattr(r.item, field))

        columns = [Column(title, text(key), key=key, edit_text=text(key)) for title, key in (
            (self.tr("Name"), "name"), (self.tr("Role"), "role"), (self.tr("E-mail"), "email"),
            (self.tr("Phone"), "phone"))]

        def edited(contact: Contact, field: str, typed: str) -> Contact:
            value = typed.strip()
            match field:
                case "name":
                    return replace(contact, name=value)
                case "role":
                    return replace(contact, role=value)
                case "email":
                    return replace(contact, email=value)
                case "phone":
                    return replace(contact, phone=value)
            raise KeyError(field)

        self.contacts = ItemSection(CONTACTS, self.tr("Contact"), columns,
                                    lambda: Contact(self.tr("New contact")), edited, self,
                                    self.tr("&Add Contact"))
        return self.contacts

    def _certifications_tab(self) -> QWidget:
        def status(row: _Item) -> str:
            return certification_status_text(row.item, self.today)

        columns: list[Column[_Item]] = [
            Column(self.tr("Certification"), lambda r: r.item.name, key="name",
                   edit_text=lambda r: r.item.name),
            Column(self.tr("Reference"), lambda r: r.item.reference, key="reference",
                   edit_text=lambda r: r.item.reference),
            Column(self.tr("Expires"), lambda r: date_text(r.item.expires_on), key="expires_on",
                   edit_text=lambda r: r.item.expires_on.isoformat() if r.item.expires_on
                   else "",
                   tooltip=lambda r: self.tr("Type the date as year-month-day, e.g. "
                                             "2027-09-30; empty when it does not expire")),
            Column(self.tr("Status"), status,
                   decoration=lambda r: status_icon(self, r.item.status_on(self.today)),
                   emphasis=lambda r: r.item.status_on(self.today) in (
                       CertificationStatus.EXPIRED, CertificationStatus.EXPIRING)),
        ]

        def edited(certification: Certification, field: str, typed: str) -> Certification:
            match field:
                case "name":
                    return replace(certification, name=typed.strip())
                case "reference":
                    return replace(certification, reference=typed.strip())
                case "expires_on":
                    return replace(certification, expires_on=parse_date(typed))
            raise KeyError(field)

        self.certifications = ItemSection(
            CERTIFICATIONS, self.tr("Certification"), columns,
            lambda: Certification(self.tr("New certification")), edited, self,
            self.tr("&Add Certification"))
        return self.certifications

    def _due_diligence_tab(self) -> QWidget:
        tab = QWidget()
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(12)
        for column, title in enumerate((self.tr("Check"), self.tr("Done on"),
                                        self.tr("Notes"))):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, column)
        self.checks: dict[str, tuple[QCheckBox, QLineEdit, QLineEdit]] = {}
        for row, item in enumerate(DUE_DILIGENCE_ITEMS, start=1):
            done = QCheckBox(due_diligence_label(item))
            done.setObjectName(f"dd_{item}")
            done.clicked.connect(lambda checked, i=item: self._check_done(i, checked))
            day = QLineEdit()
            day.setPlaceholderText(self.tr("YYYY-MM-DD"))
            day.setMaxLength(20)
            day.setFixedWidth(day.fontMetrics().horizontalAdvance("0000-00-00") + 28)
            day.setAccessibleName(fill(self.tr("{check}: done on"),
                                       check=due_diligence_label(item)))
            day.editingFinished.connect(lambda i=item: self._check_date(i))
            notes = QLineEdit()
            notes.setMaxLength(2000)
            notes.setAccessibleName(fill(self.tr("{check}: notes"),
                                         check=due_diligence_label(item)))
            notes.editingFinished.connect(lambda i=item: self._check_notes(i))
            grid.addWidget(done, row, 0)
            grid.addWidget(day, row, 1)
            grid.addWidget(notes, row, 2)
            self.checks[item] = (done, day, notes)
        self.due_diligence_summary = QLabel()
        named(self.due_diligence_summary, "pageSubtitle")
        self.due_diligence_summary.setWordWrap(True)
        layout = QVBoxLayout(tab)
        intro = QLabel(self.tr("Before the first order: the five checks of due diligence. Tick "
                               "one when it is done; the date is today's unless you type "
                               "another."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.due_diligence_summary)
        layout.addStretch(1)
        return tab

    def _scorecard_tab(self) -> QWidget:
        self.scorecard_text = ScorecardText()
        self.scorecard_text.setContentsMargins(8, 4, 8, 8)
        self.scorecard_headline = QLabel()
        named(self.scorecard_headline, "previewTitle")
        self.scorecard_headline.setWordWrap(True)
        heading = QLabel(self.tr("Computed from this supplier's sample rounds and quotes; below "
                                 "each figure, how it was computed."))
        named(heading, "pageSubtitle")
        heading.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.scorecard_headline)
        layout.addWidget(heading)
        layout.addWidget(self.scorecard_text)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        return scroll

    # --- showing -------------------------------------------------------------------------

    def show_supplier(self) -> None:
        supplier = self.supplier
        self.setWindowTitle(fill(self.tr("{supplier} — Supplier"), supplier=supplier.name))
        if not self.name.hasFocus() or self.name.text().strip() == supplier.name:
            self.name.setText(supplier.name)
        if not line_edit(self.country).hasFocus():
            self.country.set_code(supplier.country)
        if not line_edit(self.currency).hasFocus():
            self.currency.set_code(supplier.currency)
        self.print_language.setItemText(0, fill(
            self.tr("As its country reads: {language}"),
            language=LANGUAGE_NAMES[print_language_for(supplier.country)]))
        self.print_language.setCurrentIndex(
            max(0, self.print_language.findData(supplier.print_language)))
        self.capabilities.blockSignals(True)
        for row in range(self.capabilities.count()):
            item = self.capabilities.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in supplier.capabilities
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.capabilities.blockSignals(False)
        if self.notes.toPlainText() != supplier.notes:
            self.notes.setPlainText(supplier.notes)
        self.contacts.show_supplier(supplier)
        self.certifications.show_supplier(supplier)
        items = {d.item: d for d in supplier.due_diligence}
        for check, (done, day, notes) in self.checks.items():
            current = items.get(check, DueDiligenceItem(check))
            done.setChecked(current.done)
            if not day.hasFocus() or parse_or_none(day.text()) == current.done_on:
                day.setText(current.done_on.isoformat() if current.done_on else "")
            if not notes.hasFocus() or notes.text().strip() == current.notes:
                notes.setText(current.notes)
        self.due_diligence_summary.setText(fill(self.tr("{done} of {count} checks done."),
                                                done=str(supplier.due_diligence_done),
                                                count=str(len(DUE_DILIGENCE_ITEMS))))
        self.show_scorecard()

    def show_scorecard(self) -> None:
        scorecard: Scorecard | None
        note = ""
        if self.scores is not None:
            self.scores.request([self.supplier_id])
            scorecard = self.scores.scorecard(self.supplier_id)
            if self.scores.computing(self.supplier_id):
                note = computing_text()
            elif self.scores.error(self.supplier_id):
                note = fill(self.tr("(no score: {error})"),
                            error=self.scores.error(self.supplier_id))
        else:
            try:
                scorecard = self.workspace.suppliers.scorecard(self.supplier_id, self.today)
            except (NotFound, ReadError):
                scorecard = None
        self.scorecard_text.show_scorecard(scorecard, note)
        self.scorecard_headline.setText(i18n.say(scorecard.headline_message()) if scorecard
                                        else note)

    def _scores_changed(self, supplier_ids: set[int]) -> None:
        if self.supplier_id in supplier_ids:
            self.show_scorecard()

    # --- changing ------------------------------------------------------------------------

    def change(self, after: Supplier, what: str) -> bool:
        """Save a changed supplier now, as one undoable command."""
        if after == self.supplier:
            return True
        reason = self.controller.run(ReplaceSupplier(
            self.workspace, self.supplier, after,
            fill(self.tr("{what} ({supplier})"), what=what, supplier=self.supplier.name)))
        if reason is not None:
            self.say(fill(self.tr("Not saved: {reason}"), reason=reason))
            return False
        self.say(self.tr("Saved."))
        return True

    def _set(self, changed: Callable[[Supplier], Supplier], what: str) -> bool:
        """Save the supplier as changed(supplier); False when refused (the reason is said)."""
        try:
            after = changed(self.supplier)
        except DomainError as error:
            self.say(i18n.say(error))
            return False
        return self.change(after, fill(self.tr("Change {what}"), what=what))

    def _name_finished(self) -> None:
        name = self.name.text().strip()
        self._set(lambda s: replace(s, name=name), self.tr("name"))

    def _print_language_chosen(self, _index: int) -> None:
        language = self.print_language.currentData()
        self._set(lambda s: replace(s, print_language=language), self.tr("print language"))

    def _country_changed(self) -> None:
        try:
            code = self.country.code()
        except DomainError as error:
            self.say(i18n.say(error))
            return
        self._set(lambda s: replace(s, country=code), self.tr("country"))

    def _currency_changed(self) -> None:
        try:
            code = self.currency.code()
        except DomainError as error:
            self.say(i18n.say(error))
            return
        if code == self.supplier.currency:
            return
        if self._set(lambda s: replace(s, currency=code), self.tr("currency")):
            base = self.workspace.base_currency
            try:
                fx_rate_on(self.workspace.prices.fx_rates(), code, base, self.today)
            except PriceNotFound:
                self.say(fill(self.tr("Saved. There is no {code}→{base} exchange rate yet: quotes "
                                      "in {code} cannot be compared until one is entered."),
                              code=code,
                              base=base))

    def _capabilities_changed(self) -> None:
        chosen = [self.capabilities.item(row).data(Qt.ItemDataRole.UserRole)
                  for row in range(self.capabilities.count())
                  if self.capabilities.item(row).checkState() == Qt.CheckState.Checked]
        self._set(lambda s: replace(s, capabilities=chosen), self.tr("capabilities"))

    def _due_diligence_with(self, item: str, **changes: Any) -> list[DueDiligenceItem] | None:
        """The checklist with one item changed, in the checklist's order; None if refused."""
        current = {d.item: d for d in self.supplier.due_diligence}
        try:
            current[item] = replace(current.get(item, DueDiligenceItem(item)), **changes)
        except DomainError as error:
            self.say(i18n.say(error))
            return None
        return [current[i] for i in DUE_DILIGENCE_ITEMS if i in current]

    def _check_done(self, item: str, done: bool) -> None:
        day = self.checks[item][1]
        try:
            typed = parse_date(day.text())
        except DomainError:
            typed = None
        done_on = (typed or self.today) if done else None
        checklist = self._due_diligence_with(item, done=done, done_on=done_on)
        if checklist is not None and not self._set(
                _with_checklist(checklist),
                fill(self.tr("Tick “{check}”") if done else self.tr("Untick “{check}”"),
                     check=due_diligence_label(item))):
            self.show_supplier()  # the box goes back to what the file holds

    def _check_date(self, item: str) -> None:
        done, day, _notes = self.checks[item]
        try:
            typed = parse_date(day.text())
        except DomainError as error:
            self.say(i18n.say(error))
            return
        if typed is not None and typed > self.today:
            self.say(fill(self.tr("“{typed}” is in the future: a check is dated when it was done."),
                          typed=day.text().strip()))
            return
        changes: dict[str, Any] = {"done_on": typed}
        if typed is not None:
            changes["done"] = True  # a date means it was done
        checklist = self._due_diligence_with(item, **changes)
        if checklist is not None:
            self._set(_with_checklist(checklist), fill(self.tr("Change the date of “{check}”"),
                                                       check=due_diligence_label(item)))

    def _check_notes(self, item: str) -> None:
        checklist = self._due_diligence_with(item, notes=self.checks[item][2].text().strip())
        if checklist is not None:
            self._set(_with_checklist(checklist), fill(self.tr("Change the notes of “{check}”"),
                                                       check=due_diligence_label(item)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            notes = self.notes.toPlainText()
            self._set(lambda s: replace(s, notes=notes), self.tr("notes"))
        return super().eventFilter(watched, event)

    def _changed_elsewhere(self, topic: Topic, affected: object) -> None:
        """This supplier changed (here, or by undo/redo anywhere): show what the file holds.
        A quote or sample changed: the scorecard may have."""
        if topic in (Topic.QUOTES, Topic.SAMPLES):
            self.show_scorecard()
            return
        if topic != Topic.SUPPLIERS or affected != self.supplier_id:
            return
        try:
            self.supplier = self.workspace.suppliers.get(self.supplier_id)
        except ReadError as error:
            self.say(i18n.say(error))
            return
        except NotFound:  # deleted, or its creation undone: nothing left to edit
            self.close()
            return
        self.show_supplier()


def parse_or_none(text: str) -> dt.date | None:
    try:
        return parse_date(text)
    except DomainError:
        return None
