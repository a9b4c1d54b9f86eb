"""File ▸ New's second step and File ▸ Workspace Settings…: the workspace's name and base
currency, and whether photos are stored as their files are (keep originals) or smaller.

Changing the base currency re-bases nothing stored: prices, quotes and costs keep their own
currencies, and every figure is converted into the base at the dated rate when it is shown,
so what has no rate says so. The change is one undoable command.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from jewelbench.domain.currencies import check_known_currency
from jewelbench.domain.messages import fill
from jewelbench.domain.validation import DomainError
from jewelbench.storage import Workspace
from jewelbench.ui.commands import WorkspaceCommand
from jewelbench.ui.currency import currency_codes
from jewelbench.ui.formatting import integer_text
from jewelbench.ui.imaging import KEEP_ORIGINALS, STORED_PHOTO_SIDE, keeps_originals
from jewelbench.ui.style import named
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.record_dialog import RecordDialog


@dataclass(frozen=True)
class WorkspaceSettings:
    name: str
    base_currency: str
    keep_original_photos: bool = False


def settings_of(workspace: Workspace) -> WorkspaceSettings:
    return WorkspaceSettings(workspace.name, workspace.base_currency,
                             keeps_originals(workspace))


class ChangeWorkspaceSettings(WorkspaceCommand):
    """The workspace's name, base currency or keeping of original photos changed; undo puts
    the old ones back."""

    topic = Topic.WORKSPACE

    def __init__(self, workspace: Workspace, before: WorkspaceSettings,
                 after: WorkspaceSettings, text: str) -> None:
        super().__init__(text, workspace)
        self.before = before
        self.after = after

    def _write(self, values: WorkspaceSettings) -> None:
        self.workspace.settings.set("name", values.name)
        self.workspace.settings.set("base_currency", values.base_currency)
        self.workspace.settings.set(KEEP_ORIGINALS, "1" if values.keep_original_photos
                                    else "0")

    def apply(self) -> None:
        self._write(self.after)

    def revert(self) -> None:
        self._write(self.before)

    def affected(self) -> object:
        return self.after


class WorkspaceSettingsDialog(RecordDialog):
    """The name and base currency, checked in place; `made` is a WorkspaceSettings.

    creating=True is File ▸ New's step (button Create); otherwise Workspace Settings (Save)."""

    geometry_key = "dialogs/workspaceSettings/geometry"

    def __init__(self, values: WorkspaceSettings, settings: QSettings,
                 parent: QWidget | None = None, *, creating: bool = False) -> None:
        super().__init__(settings, parent)
        self.setObjectName("newWorkspaceDialog" if creating else "workspaceSettingsDialog")
        self.setWindowTitle(self.tr("New Workspace") if creating
                            else self.tr("Workspace Settings"))
        self.name = QLineEdit(values.name)
        self.name.setObjectName("workspaceName")
        self.name.setMaxLength(200)
        self.currency = QComboBox()
        self.currency.setObjectName("baseCurrency")
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItems(currency_codes(values.base_currency))
        self.currency.setCurrentText(values.base_currency)
        completer = QCompleter(QStringListModel(currency_codes(values.base_currency), self),
                               self.currency)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.currency.setCompleter(completer)
        self.currency.setToolTip(self.tr("The currency every cost, quote and comparison is "
                                         "shown in (an ISO 4217 code: EUR, USD, NOK …)"))
        explanation = QLabel(
            self.tr("Prices, quotes and costs keep the currency they were entered in. Every "
                    "figure is converted into the base currency at the exchange rate of its "
                    "date; where a rate is missing, jewelbench says so.") if creating else
            self.tr("Changing the base currency converts nothing stored: prices, quotes and "
                    "costs keep their own currencies and are shown in the new base at the "
                    "rate of their date. Where a rate is missing, jewelbench says so. The "
                    "change can be undone."))
        named(explanation, "pageSubtitle")
        explanation.setWordWrap(True)
        self.keep_originals = QCheckBox(self.tr("&Keep original photos"))
        self.keep_originals.setObjectName("keepOriginalPhotos")
        self.keep_originals.setChecked(values.keep_original_photos)
        self.keep_originals.setToolTip(fill(self.tr(
            "Off: a photo added to a design or a sample round is stored at most {side} px on "
            "its longer side as JPEG (quality 85), a tenth of a camera's file or less. On: "
            "the file is stored as it is (an image over 4,096 px is still scaled). Photos "
            "already stored stay as they are."), side=integer_text(STORED_PHOTO_SIDE)))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Base currency:"), self.currency)
        if not creating:  # a new workspace stores photos smaller; changed here afterwards
            form.addRow(self.tr("Photos:"), self.keep_originals)
        self.button_box(ok_text=self.tr("&Create") if creating else self.tr("&Save"))
        self.lay_out(form, explanation, minimum_width=420)

    def make(self) -> WorkspaceSettings:
        name = self.name.text().strip()
        if not name:
            raise DomainError(self.tr("Give the workspace a name."))
        return WorkspaceSettings(name, check_known_currency(self.currency.currentText()),
                                 self.keep_originals.isChecked())
