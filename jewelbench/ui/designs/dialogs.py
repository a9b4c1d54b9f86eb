"""New design and duplicate design: the few fields a design starts with, checked in place."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from jewelbench.domain.designs import Category, Design, LifecycleStatus
from jewelbench.domain.messages import fill
from jewelbench.domain.validation import DomainError
from jewelbench.ui.labels import category_label
from jewelbench.ui.widgets.record_dialog import RecordDialog


class NewDesignDialog(RecordDialog):
    """Code, name, category and collection. accept() only when the entries make a design."""

    geometry_key = "dialogs/newDesign/geometry"

    def __init__(self, title: str, collections: list[str], taken: set[str],
                 settings: QSettings, parent: QWidget | None = None, *,
                 code: str = "", name: str = "", category: Category = Category.RING,
                 collection: str = "") -> None:
        super().__init__(settings, parent)
        self.setObjectName("newDesignDialog")
        self.setWindowTitle(title)
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
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("C&ategory:"), self.category)
        form.addRow(self.tr("C&ollection:"), self.collection)
        self.button_box()
        self.lay_out(form)

    def design(self) -> Design:
        """The design the entries describe, or DomainError saying what to fix."""
        code = self.code.text().strip()
        if code.casefold() in self._taken:
            raise DomainError(fill(self.tr("A design with code “{code}” already exists."),
                                   code=code))
        return Design(code=code, name=self.name.text(), category=self.category.currentData(),
                      status=LifecycleStatus.IDEA, collection=self.collection.currentText())

    def make(self) -> Design:
        return self.design()

    @property
    def result_design(self) -> Design | None:
        """What the dialog made once accepted (None before)."""
        made: Design | None = self.made
        return made


def next_free_code(code: str, taken: set[str]) -> str:
    """RG-014 → RG-014-2 (or -3 …): a suggestion for a duplicate's code."""
    folded = {c.casefold() for c in taken}
    number = 2
    while f"{code}-{number}".casefold() in folded:
        number += 1
    return f"{code}-{number}"[:32]
