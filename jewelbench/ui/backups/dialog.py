"""File ▸ Backups: every copy of the workspace with its date, reason, size and contents; take
one now, restore one (the current content is backed up first), and how many are kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.messages import fill
from jewelbench.storage import StorageError
from jewelbench.storage.backups import BackupInfo, BackupPolicy, Backups, describe
from jewelbench.ui import dialogs, i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.backups.runner import BackgroundBackup, duration_text
from jewelbench.ui.formatting import decimal_text
from jewelbench.ui.style import named
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.spin_boxes import SpinBox
from jewelbench.ui.widgets.table_model import Column

GEOMETRY = registry.layout("backups/dialog_geometry")


def size_text(size: int) -> str:
    from decimal import Decimal

    if size < 1024 * 1024:
        return f"{decimal_text(Decimal(size) / 1024, 0)} KB"
    return f"{decimal_text(Decimal(size) / (1024 * 1024), 1)} MB"


def policy_from(settings: QSettings) -> BackupPolicy:
    # Built from the dict of settings by name on purpose (not a field named by a column's
    # key): ui/settings.BACKUP_POLICY is the one table of the policy's fields and their
    # settings, and a name that is not a field of BackupPolicy fails here, on every start.
    counts: dict[str, Any] = {name: registry.read(settings, setting)
                              for name, setting in registry.BACKUP_POLICY.items()}
    return BackupPolicy(**counts)


def contents_text(counts: dict[str, int]) -> str:
    return fill(QCoreApplication.translate(
             "backups", "{designs} designs, {suppliers} suppliers, {quotes} quotes, "
                        "{sample_rounds} sample rounds"),
                designs=str(counts.get("designs", 0)), suppliers=str(counts.get("suppliers", 0)),
                quotes=str(counts.get("quotes", 0)),
                sample_rounds=str(counts.get("sample_rounds", 0)))


class BackupsDialog(QDialog):
    restored = Signal(object)  # the BackupInfo restored

    def __init__(self, backups: Backups, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.backups = backups
        self.settings = settings
        self._contents: dict[str, str] = {}
        self.list = ListPage("backups", fill(self.tr("Backups of {workspace}"),
                                             workspace=backups.workspace.path.name), [
            Column(self.tr("Taken"), lambda b: b.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
                   sort_key=lambda b: b.taken_at.isoformat()),
            Column(self.tr("Why"), lambda b: b.reason),
            Column(self.tr("Size"), lambda b: size_text(b.size), sort_key=lambda b: b.size,
                   numeric=True),
            Column(self.tr("Contents"), self._describe),
        ], fill(self.tr("No backups yet. jewelbench backs the workspace up every {minutes} minutes "
                        "while it changes, and when you close it."),
                minutes=str(backups.policy.interval_minutes)))
        self.list.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.list.current_row_changed.connect(self._selected)

        self.take_button = QPushButton(self.tr("Back Up Now"))
        self.take_button.setToolTip(self.tr("Write a backup now, in the background: the "
                                            "window goes on working while it is written"))
        self.take_button.clicked.connect(self.take_now_in_background)
        self.runner = BackgroundBackup(self)
        self.runner.finished.connect(self._taken_in_background)
        self.runner.failed.connect(self._failed_in_background)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.ask_restore)
        folder_button = QPushButton(self.tr("Show Folder"))
        folder_button.clicked.connect(self.show_folder)
        actions = QHBoxLayout()
        actions.addWidget(self.take_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        actions.addWidget(folder_button)

        keep = QGroupBox(self.tr("Keep"))
        form = QFormLayout(keep)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.spins: dict[str, QSpinBox] = {}
        for name, label, suffix, maximum in (
                ("interval_minutes", self.tr("Back up a changed workspace every"),
                 self.tr(" min"), 24 * 60),
                ("keep_latest", self.tr("Always keep the newest"), "", 100),
                ("daily", self.tr("Then one a day for"), self.tr(" days"), 365),
                ("weekly", self.tr("One a week for"), self.tr(" weeks"), 260),
                ("monthly", self.tr("One a month for"), self.tr(" months"), 240)):
            spin = SpinBox()
            spin.setRange(1, maximum)
            spin.setSuffix(suffix)
            spin.setValue(getattr(backups.policy, name))
            spin.valueChanged.connect(self._policy_changed)
            self.spins[name] = spin
            form.addRow(label, spin)
        self.folder_label = QLabel(fill(self.tr("Backups are kept in {folder}"),
                                        folder=str(backups.folder)))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        named(self.folder_label, "pageSubtitle")
        self.last_label = QLabel()
        self.last_label.setObjectName("lastBackup")
        self.last_label.setWordWrap(True)
        self._show_last(backups.last_taken)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        layout.addWidget(self.last_label)
        layout.addWidget(keep)
        layout.addWidget(self.folder_label)
        layout.addWidget(buttons)
        geometry = registry.read(settings, GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(760, 560)
        self.reload()

    def show_folder(self) -> None:
        """Show Folder: the backups' folder in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.backups.folder)))

    def reload(self) -> None:
        rows = self.backups.list()
        self.list.set_rows(rows, fill(self.tr("Kept: {count}, newest first"), count=str(len(rows))))

    def _describe(self, backup: BackupInfo) -> str:
        key = str(backup.path)
        if key not in self._contents:  # read when first painted
            try:
                self._contents[key] = contents_text(describe(backup.path))
            except (StorageError, OSError) as error:
                self._contents[key] = fill(self.tr("cannot be read: {error}"), error=str(error))
        return self._contents[key]

    def _selected(self, backup: BackupInfo | None) -> None:
        self.restore_button.setEnabled(backup is not None and not self.runner.busy
                                       and not self.backups.workspace.read_only)

    def _policy_changed(self) -> None:
        # one spin box per setting of ui/settings.BACKUP_POLICY, named as policy_from reads them
        policy = BackupPolicy(**{name: spin.value() for name, spin in self.spins.items()})
        for name, spin in self.spins.items():
            registry.write(self.settings, registry.BACKUP_POLICY[name], spin.value())
        self.backups.policy = policy

    def take_now(self) -> BackupInfo | None:
        """A backup written on this thread (scripts and tests; the button writes it in the
        background)."""
        try:
            info = self.backups.take("manual")
        except (StorageError, OSError) as error:
            self._warn(self.tr("The backup could not be taken."), i18n.say(error))
            return None
        self.reload()
        self._show_last(info)
        return info

    def take_now_in_background(self) -> bool:
        """Back Up Now: begun here (free space checked first), written on a pool thread."""
        if self.runner.start(self.backups, "manual") is not None:
            return False  # refused: _failed_in_background said why
        self.take_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.last_label.setText(self.tr("Backing up in the background…"))
        return True

    def _taken_in_background(self, info: BackupInfo) -> None:
        self.take_button.setEnabled(True)
        self.reload()
        self._show_last(info)
        self._selected(self.list.current_row())

    def _failed_in_background(self, reason: str) -> None:
        self.take_button.setEnabled(True)
        self._selected(self.list.current_row())
        self._show_last(self.backups.last_taken)
        self._warn(self.tr("The backup could not be taken."), reason)

    def _show_last(self, info: BackupInfo | None) -> None:
        if info is None or info.took_s is None:
            self.last_label.setText("")
            return
        self.last_label.setText(fill(self.tr("The last backup, {taken} ({size}), took {duration}."),
                                     taken=info.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
                                     size=size_text(info.size),
                                     duration=duration_text(info.took_s)))

    def ask_restore(self) -> QMessageBox | None:
        backup = self.list.current_row()
        if backup is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore backup"),
                          fill(self.tr("Restore the backup taken {taken}?"),
                               taken=backup.taken_at.strftime("%Y-%m-%d %H:%M")),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmRestore")
        box.setInformativeText(fill(self.tr(
            "The workspace will hold exactly what the backup holds ({contents}). What it "
            "holds now is backed up first, so this too can be undone from this list."),
                                    contents=self._describe(backup)))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        dialogs.when_clicked(box, restore, lambda: self.restore(backup))
        box.open()
        return box

    def restore(self, backup: BackupInfo) -> bool:
        try:
            self.backups.restore(backup)
        except (StorageError, OSError) as error:
            self._warn(self.tr("The backup could not be restored; the workspace is unchanged."),
                       i18n.say(error))
            return False
        self.reload()
        self.restored.emit(backup)
        return True

    def _warn(self, text: str, details: str) -> None:
        from jewelbench.ui.dialogs import show_message

        show_message(self, QMessageBox.Icon.Warning, self.tr("Backups"), text, details)

    def done(self, result: int) -> None:
        self.runner.wait()  # a backup being written ends first
        registry.write(self.settings, GEOMETRY, self.saveGeometry())
        super().done(result)
