"""New supplier: the name, country and currency a supplier starts with, checked in place."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from jewelbench.domain.messages import fill
from jewelbench.domain.suppliers import DUE_DILIGENCE_ITEMS, DueDiligenceItem, Supplier
from jewelbench.domain.validation import DomainError
from jewelbench.ui.style import named
from jewelbench.ui.suppliers.fields import CountryBox, CurrencyBox
from jewelbench.ui.widgets.record_dialog import RecordDialog


class NewSupplierDialog(RecordDialog):
    """accept() only when the entries make a supplier whose name is not taken."""

    geometry_key = "dialogs/newSupplier/geometry"

    def __init__(self, taken: Iterable[str], currencies: Iterable[str], settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.setObjectName("newSupplierDialog")
        self.setWindowTitle(self.tr("New Supplier"))
        self._taken = {name.casefold() for name in taken}
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. Fonderia Berica S.r.l."))
        self.country = CountryBox()
        self.country.setCurrentIndex(-1)
        self.currency = CurrencyBox(currencies)
        self.currency.setCurrentIndex(-1)
        hint = QLabel(self.tr("Contacts, capabilities, certifications and due diligence are "
                              "added in the supplier's editor, which opens next."))
        named(hint, "pageSubtitle")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Coun&try:"), self.country)
        form.addRow(self.tr("C&urrency:"), self.currency)
        self.button_box()
        self.lay_out(form, hint, minimum_width=440)

    def supplier(self) -> Supplier:
        """The supplier the entries describe, or DomainError saying what to fix."""
        name = self.name.text().strip()
        if name.casefold() in self._taken:
            raise DomainError(fill(self.tr("A supplier named “{name}” already exists."), name=name))
        return Supplier(name=name, country=self.country.code(), currency=self.currency.code(),
                        due_diligence=[DueDiligenceItem(item) for item in DUE_DILIGENCE_ITEMS])

    def make(self) -> Supplier:
        return self.supplier()

    @property
    def result_supplier(self) -> Supplier | None:
        """What the dialog made once accepted (None before)."""
        made: Supplier | None = self.made
        return made
