"""New design and duplicate design: the few fields a design starts with, checked in place."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.designs import Category, Design, LifecycleStatus
from jewelbench.domain.validation import DomainError
from jewelbench.ui.labels import category_label
from jewelbench.ui.widgets.fields import error_colour


class NewDesignDialog(QDialog):
    """Code, name, category and collection. accept() only when the entries make a design."""

    def __init__(self, title: str, collections: list[str], taken: set[str],
                 settings: QSettings, parent: QWidget | None = None, *,
                 code: str = "", name: str = "", category: Category = Category.RING,
                 collection: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("newDesignDialog")
        self.setWindowTitle(title)
        self.settings = settings
        self._taken = {c.casefold() for c in taken}
        self.code = QLineEdit(code)
        self.code.setPlaceholderText(self.tr("e.g. RG-014"))
        self.code.setMaxLength(32)
        self.name = QLineEdit(name)
        self.name.setMaxLength(200)
        self.category = QComboBox()
        for value in Category:
            self.category.addItem(category_label(value), value)
        self.category.setCurrentIndex(list(Category).index(category))
        self.collection = QComboBox()
        self.collection.setEditable(True)
        self.collection.addItems(sorted(collections))
        self.collection.setCurrentText(collection)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("dialogError")
        self.error.setStyleSheet(f"color: {error_colour(self.palette()).name()};")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("C&ategory:"), self.category)
        form.addRow(self.tr("C&ollection:"), self.collection)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        geometry = settings.value("dialogs/newDesign/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.result_design: Design | None = None

    def design(self) -> Design:
        """The design the entries describe, or DomainError saying what to fix."""
        code = self.code.text().strip()
        if code.casefold() in self._taken:
            raise DomainError(self.tr("A design with code “%1” already exists.").replace(
                "%1", code))
        return Design(code=code, name=self.name.text(), category=self.category.currentData(),
                      status=LifecycleStatus.IDEA, collection=self.collection.currentText())

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def accept(self) -> None:
        try:
            self.result_design = self.design()
        except DomainError as error:
            self.show_error(str(error))
            return
        self.show_error("")
        super().accept()

    def done(self, result: int) -> None:
        self.settings.setValue("dialogs/newDesign/geometry", self.saveGeometry())
        super().done(result)


def next_free_code(code: str, taken: set[str]) -> str:
    """RG-014 → RG-014-2 (or -3 …): a suggestion for a duplicate's code."""
    folded = {c.casefold() for c in taken}
    number = 2
    while f"{code}-{number}".casefold() in folded:
        number += 1
    return f"{code}-{number}"[:32]
