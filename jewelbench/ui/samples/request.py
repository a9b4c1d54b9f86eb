"""Request Sample: a design, a supplier, the issued tech pack revision to make it to, and the
date asked; the round number follows the rounds already made with that supplier."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.messages import fill
from jewelbench.domain.samples import SampleRound
from jewelbench.domain.techpacks import RevisionStatus, revision_sort_key
from jewelbench.domain.validation import DomainError
from jewelbench.storage import StorageError, Workspace
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.formatting import date_text
from jewelbench.ui.style import named
from jewelbench.ui.widgets.fields import error_colour
from jewelbench.ui.widgets.pickers import choose_or_first, design_picker, supplier_picker


def date_edit(value: dt.date | None = None) -> QDateEdit:
    """A date field with a calendar, in the locale's short format (ISO in the C locale)."""
    field = QDateEdit()
    field.setCalendarPopup(True)
    locale = QLocale()
    field.setDisplayFormat("yyyy-MM-dd" if locale.language() == QLocale.Language.C
                          else locale.dateFormat(QLocale.FormatType.ShortFormat))
    field.setDate(to_qdate(value or dt.date.today()))
    return field


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class RequestSampleDialog(QDialog):
    """submit(sample) saves the round and returns None, or why it was not saved (the
    dialog then stays open with the reason)."""

    def __init__(self, workspace: Workspace, submit: Callable[[SampleRound], str | None],
                 settings: QSettings, parent: QWidget | None = None, *,
                 design_id: int | None = None, supplier_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestSampleDialog")
        self.setWindowTitle(self.tr("Request Sample"))
        self.workspace = workspace
        self.submit = submit
        self.settings = settings
        # typed and chosen from a few matches read per keystroke, never every design
        self.design = design_picker(workspace, parent=self)
        self.supplier = supplier_picker(workspace, parent=self)
        self.revision = QComboBox()
        self.revision.setAccessibleName(self.tr("Tech pack revision"))
        self.requested = date_edit()
        self.round = QLabel()
        named(self.round, "pageSubtitle")
        self.notes = QLineEdit()
        self.notes.setMaxLength(2000)
        self.notes.setPlaceholderText(self.tr("e.g. with 8 mm centre pearls; courier account"))
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {error_colour(self.palette()).name()};")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Design:"), self.design)
        form.addRow(self.tr("&Supplier:"), self.supplier)
        form.addRow(self.tr("Tech pack &revision:"), self.revision)
        form.addRow(self.tr("Re&quested on:"), self.requested)
        form.addRow(self.tr("Round:"), self.round)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Request"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        geometry = registry.read(settings, registry.layout("dialogs/requestSample/geometry"))
        if geometry is not None:
            self.restoreGeometry(geometry)
        if design_id is not None:
            self.design.choose_key(design_id)
        choose_or_first(self.supplier, supplier_id)
        self.design.chosen.connect(lambda _key: self._design_chosen())
        self.supplier.chosen.connect(lambda _key: self._show_round())
        self._design_chosen()
        self.sample_id: int | None = None

    def _design_chosen(self) -> None:
        self.revision.clear()
        design_id = self.design.current_key()
        if design_id is None:
            self._show_round()
            return
        issued = sorted((r for r in self.workspace.tech_packs.for_design(design_id)
                         if r.status is RevisionStatus.ISSUED),
                        key=lambda r: revision_sort_key(r.revision), reverse=True)
        for number, revision in enumerate(issued):
            text = fill(self.tr("{revision} — issued {issued_on}"), revision=revision.revision,
                        issued_on=date_text(revision.issued_on))
            if number == 0:
                text += " " + self.tr("(current)")
            self.revision.addItem(text, revision.id)
        if not issued:
            self.revision.addItem(self.tr("No issued revision"), None)
        self.revision.setEnabled(bool(issued))
        self._show_round()

    def _show_round(self) -> None:
        design_id, supplier_id = self.design.current_key(), self.supplier.current_key()
        if design_id is None or supplier_id is None:
            self.round.setText("")
            return
        number = self.workspace.samples.next_round_number(design_id, supplier_id)
        self.round.setText(fill(self.tr("Round {number} with this supplier"), number=str(number))
                           if number > 1 else self.tr("Round 1: the first with this supplier"))

    def sample(self) -> SampleRound:
        """The round the entries describe, or DomainError saying what to fix."""
        design_id, supplier_id = self.design.current_key(), self.supplier.current_key()
        if design_id is None:
            raise DomainError(self.tr("Choose the design to sample."))
        if supplier_id is None:
            raise DomainError(self.tr("Choose the supplier to make the sample (add suppliers "
                                      "in Suppliers first)."))
        revision_id = self.revision.currentData()
        if revision_id is None:
            record = self.design.current_record()
            code = record.code if record is not None else ""
            raise DomainError(fill(self.tr("{code} has no issued tech pack revision to make a "
                                           "sample to: issue its tech pack first (Designs ▸ Tech "
                                           "Pack…)."),
                                   code=code))
        number = self.workspace.samples.next_round_number(design_id, supplier_id)
        return SampleRound(design_id, supplier_id, number, from_qdate(self.requested.date()),
                           tech_pack_revision_id=revision_id, notes=self.notes.text())

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def accept(self) -> None:
        try:
            sample = self.sample()
        except (DomainError, StorageError) as error:
            self.show_error(i18n.say(error))
            return
        reason = self.submit(sample)
        if reason is not None:
            self.show_error(fill(self.tr("Not saved: {reason}"), reason=reason))
            return
        self.sample_id = sample.id
        self.show_error("")
        super().accept()

    def done(self, result: int) -> None:
        registry.write(self.settings, registry.layout("dialogs/requestSample/geometry"),
                       self.saveGeometry())
        super().done(result)
