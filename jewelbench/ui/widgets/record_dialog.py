"""The small OK/Cancel dialogs that make one new record (a design, a supplier, a scenario …)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.validation import DomainError
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.widgets.fields import error_colour


class RecordDialog(QDialog):
    """accept() only when make() turns the entries into a record (kept in `made`); otherwise
    the reason is shown in the dialog (`error`, placed by the subclass) and what was typed
    stays. The dialog's size is remembered under `geometry_key`."""

    geometry_key = ""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.made: Any = None
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {error_colour(self.palette()).name()};")
        self.error.hide()

    def button_box(self, standard: QDialogButtonBox.StandardButton =
                   QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                   ok_text: str = "") -> QDialogButtonBox:
        """The dialog's buttons (`buttons`): OK (or Save) and Cancel, wired to accept() and
        reject(); ok_text renames OK ("Create")."""
        self.buttons = QDialogButtonBox(standard)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text and ok is not None:
            ok.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def lay_out(self, form: QFormLayout, *below: QWidget, stretch: bool = False,
                minimum_width: int = 0) -> None:
        """The form, what goes below it, the error line and the buttons, one above the other;
        then the remembered size."""
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in below:
            layout.addWidget(widget)
        layout.addWidget(self.error)
        if stretch:
            layout.addStretch(1)
        layout.addWidget(self.buttons)
        if minimum_width:
            self.setMinimumWidth(minimum_width)
        self.restore_size()

    def make(self) -> Any:
        """The record the entries describe; raises DomainError saying what to fix."""
        raise NotImplementedError

    def restore_size(self) -> None:
        geometry = registry.read(self.settings, registry.layout(self.geometry_key))
        if geometry is not None:
            self.restoreGeometry(geometry)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def accept(self) -> None:
        try:
            self.made = self.make()
        except DomainError as error:
            self.show_error(i18n.say(error))
            return
        self.show_error("")
        super().accept()

    def done(self, result: int) -> None:
        registry.write(self.settings, registry.layout(self.geometry_key), self.saveGeometry())
        super().done(result)
