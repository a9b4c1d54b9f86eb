"""New supplier: the name, country and currency a supplier starts with, checked in place."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.suppliers import DUE_DILIGENCE_ITEMS, DueDiligenceItem, Supplier
from jewelbench.domain.validation import DomainError
from jewelbench.ui.suppliers.fields import CountryBox, CurrencyBox
from jewelbench.ui.widgets.fields import error_colour


class NewSupplierDialog(QDialog):
    """accept() only when the entries make a supplier whose name is not taken."""

    def __init__(self, taken: Iterable[str], currencies: Iterable[str], settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newSupplierDialog")
        self.setWindowTitle(self.tr("New Supplier"))
        self.settings = settings
        self._taken = {name.casefold() for name in taken}
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. Fonderia Berica S.r.l."))
        self.country = CountryBox()
        self.country.setCurrentIndex(-1)
        self.currency = CurrencyBox(currencies)
        self.currency.setCurrentIndex(-1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("dialogError")
        self.error.setStyleSheet(f"color: {error_colour(self.palette()).name()};")
        self.error.hide()
        hint = QLabel(self.tr("Contacts, capabilities, certifications and due diligence are "
                              "added in the supplier's editor, which opens next."))
        hint.setObjectName("pageSubtitle")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Coun&try:"), self.country)
        form.addRow(self.tr("C&urrency:"), self.currency)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        geometry = settings.value("dialogs/newSupplier/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.result_supplier: Supplier | None = None

    def supplier(self) -> Supplier:
        """The supplier the entries describe, or DomainError saying what to fix."""
        name = self.name.text().strip()
        if name.casefold() in self._taken:
            raise DomainError(self.tr("A supplier named “%1” already exists.").replace("%1", name))
        return Supplier(name=name, country=self.country.code(), currency=self.currency.code(),
                        due_diligence=[DueDiligenceItem(item) for item in DUE_DILIGENCE_ITEMS])

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def accept(self) -> None:
        try:
            self.result_supplier = self.supplier()
        except DomainError as error:
            self.show_error(str(error))
            return
        self.show_error("")
        super().accept()

    def done(self, result: int) -> None:
        self.settings.setValue("dialogs/newSupplier/geometry", self.saveGeometry())
        super().done(result)
