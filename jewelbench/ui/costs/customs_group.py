"""The top of the Landed Costs editor: where the brand imports into (the country decides the
basis duty is charged on, CIF or FOB, for every supplier that follows it, and the standard
import VAT rate), the import VAT rate and whether the brand is VAT-registered (reclaims it).

Each change is saved at once as one undoable command (SetCustomsSettings); a value refused is
said next to its field and nothing is stored.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from jewelbench.domain.customs import COUNTRIES, CustomsSettings
from jewelbench.domain.inputs import NumberRule
from jewelbench.domain.messages import fill
from jewelbench.domain.validation import DomainError
from jewelbench.storage import ReadError, StorageError, Workspace
from jewelbench.ui import i18n
from jewelbench.ui.commands import UndoController
from jewelbench.ui.costs.customs_commands import SetCustomsSettings
from jewelbench.ui.formatting import exact_text
from jewelbench.ui.widgets.combo import line_edit
from jewelbench.ui.widgets.fields import NumberField, error_colour


class CustomsGroup(QGroupBox):
    """`said` carries what to show in the editor's status line ("Saved.", "Not saved: …")."""

    said = Signal(str)

    def __init__(self, workspace: Workspace, controller: UndoController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your imports (every supplier)"))
        self.setObjectName("customsGroup")
        self.workspace = workspace
        self.controller = controller
        self.country = QComboBox()
        self.country.setObjectName("importCountry")
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.addItem(self.tr("(not set: CIF assumed)"), "")
        for rule in sorted(COUNTRIES.values(), key=lambda r: r.name):
            self.country.addItem(f"{rule.name} ({rule.code}) · {rule.basis.value.upper()}",
                                 rule.code)
        self.country.setToolTip(self.tr(
            "The country you import into: it decides what duty is charged on (CIF: EU, UK, "
            "Norway, Switzerland, Japan, China …; FOB: US, Canada, Australia, New Zealand) "
            "for each supplier that follows it, and the standard import VAT rate. Type a "
            "two-letter code for another country."))
        self.country.activated.connect(lambda _i: self._country_chosen())
        line_edit(self.country).editingFinished.connect(self._country_chosen)
        self.country_error = QLabel()
        self.country_error.setObjectName("fieldError")
        self.country_error.setWordWrap(True)
        self.country_error.hide()
        self.vat = NumberField(NumberRule(unit="%", places=2, minimum=None,
                                          maximum=Decimal(1000), required=False))
        self.vat.setObjectName("importVat")
        self.vat.edit.setAccessibleName(self.tr("Import VAT"))
        self.vat.edit.setToolTip(self.tr("% of customs value + duty + inland freight (+ freight "
                                         "and insurance to the border on a FOB basis); empty: "
                                         "the country's standard rate"))
        self.vat.value_changed.connect(self._vat_typed)
        self.registered = QCheckBox(self.tr("VAT-re&gistered: import VAT is reclaimed"))
        self.registered.setObjectName("vatRegistered")
        self.registered.setToolTip(self.tr(
            "Registered: the import VAT is paid at the border and deducted in your next VAT "
            "return (cash, not a cost). Not registered: it is a cost of every route."))
        self.registered.toggled.connect(self._registered_toggled)
        form = QFormLayout(self)
        label = QLabel(self.tr("Importing c&ountry:"))
        label.setBuddy(self.country)
        form.addRow(label, self.country)
        form.addRow("", self.country_error)
        vat_label = QLabel(self.tr("Import &VAT:"))
        vat_label.setBuddy(self.vat.edit)
        form.addRow(vat_label, self.vat)
        form.addRow("", self.registered)
        self.labels = [label, vat_label]
        self.load()

    def settings(self) -> CustomsSettings | None:
        try:
            return self.workspace.costing.customs_settings()
        except (StorageError, ReadError, DomainError) as error:
            self.said.emit(i18n.say(error))
            return None

    def load(self) -> None:
        values = self.settings()
        if values is None:
            return
        index = self.country.findData(values.country)
        if index >= 0:
            self.country.setCurrentIndex(index)
        else:
            self.country.setEditText(values.country)
        self.vat.set_value(values.vat_pct)
        self.vat.edit.setPlaceholderText(
            fill(self.tr("{rate} % (the country's rate)"),
            rate=exact_text(values.effective_vat_pct))
            if values.rule else self.tr("0 %"))
        self.registered.blockSignals(True)
        self.registered.setChecked(values.vat_registered)
        self.registered.blockSignals(False)
        self._show_country_error("")
        read_only = self.workspace.read_only
        self.country.setEnabled(not read_only)
        self.vat.edit.setReadOnly(read_only)
        self.registered.setEnabled(not read_only)

    def _country_code(self) -> str | None:
        """The code chosen or typed; None (and the reason beside the field) when it is not
        one."""
        text = self.country.currentText().strip()
        index = self.country.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.country.itemData(index))
        for rule in COUNTRIES.values():
            if text.casefold() in (rule.name.casefold(), rule.code.casefold()):
                return rule.code
        if len(text) == 2 and text.isascii() and text.isalpha():
            return text.upper()
        self._show_country_error(fill(self.tr("“{country}” is not a country: pick one, or type its "
                                              "two-letter code (NO, GB, US …)"), country=text))
        return None

    def _country_chosen(self) -> None:
        before = self.settings()
        code = self._country_code()
        if before is None or code is None or code == before.country:
            return
        self._commit(replace(before, country=code), self._show_country_error)

    def _vat_typed(self, value: Decimal | None) -> None:
        before = self.settings()
        if before is None or value == before.vat_pct:
            return
        try:
            after = replace(before, vat_pct=value)
        except DomainError as error:
            self.vat.show_error(i18n.say(error))
            self.said.emit(fill(self.tr("Not saved: {reason}"), reason=str(error)))
            return
        self._commit(after, self.vat.show_error)

    def _registered_toggled(self, checked: bool) -> None:
        before = self.settings()
        if before is not None:
            self._commit(replace(before, vat_registered=checked), lambda _m: None)

    def _commit(self, after: CustomsSettings, refuse: Any) -> None:
        if self.workspace.read_only:
            return
        reason = self.controller.run(SetCustomsSettings(
            self.workspace, after, self.tr("Customs: importing country and import VAT")))
        if reason is not None:
            refuse(reason)
            self.said.emit(fill(self.tr("Not saved: {reason}"), reason=reason))
            return
        self.said.emit(self.tr("Saved."))
        self.load()

    def _show_country_error(self, message: str) -> None:
        self.country_error.setText(message)
        self.country_error.setVisible(bool(message))
        if message:
            self.country_error.setStyleSheet(
                f"color: {error_colour(self.palette()).name()};")
