"""The workspace files the window opens: File ▸ Open (read-only when another window holds
it), Save As, a new file's path, the notices found beside a file, and the recovery of a
damaged workspace from its newest good backup.

Its sentences keep the main window's translation context ("MainWindow"), where they began.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from jewelbench.domain.messages import fill
from jewelbench.storage import (
    StorageError,
    Workspace,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceInUse,
)
from jewelbench.ui import dialogs, i18n
from jewelbench.ui.formatting import sentence
from jewelbench.ui.window.shell import Shell

translate = QCoreApplication.translate


def open_path(window: Shell, path: Path) -> bool:
    """Open the workspace at path in the window (True), or say why not: in use elsewhere
    (read-only offered), damaged (a backup offered), or not a workspace."""
    if window.workspace and Path(path).resolve() == window.workspace.path.resolve():
        return True
    try:
        workspace = Workspace.open(path, full_check=False)  # checked in the background
    except WorkspaceInUse as error:
        offer_read_only(window, Path(path), error.reason)
        return False
    except WorkspaceDamaged as error:
        offer_recovery(window, Path(path), error.reason)
        return False
    except WorkspaceError as error:
        if not Path(path).exists():
            window.forget_recent(Path(path))
        dialogs.show_message(window, QMessageBox.Icon.Warning,
                             translate("MainWindow", "Cannot open workspace"),
                             fill(translate("MainWindow", "“{file}” cannot be opened."),
                                  file=Path(path).name),
                             sentence(error.reason))
        return False
    window.switch_to(workspace)
    if workspace.pre_migration_backup is not None:
        window.statusBar().showMessage(fill(translate(
            "MainWindow", "Workspace upgraded; the previous version was kept as {file}"),
                                            file=workspace.pre_migration_backup.name))
    window.tell_notices(workspace)
    return True


def tell_notices(window: Shell, workspace: Workspace, *,
                 created: bool = False) -> QMessageBox | None:
    """What opening (or creating) the workspace found beside it and did (a log that was
    not its own, set aside or ignored), said once in a message box."""
    if not workspace.notices:
        return None
    window.notices_box = dialogs.show_message(
        window, QMessageBox.Icon.Warning,
        translate("MainWindow", "Workspace created") if created
        else translate("MainWindow", "Workspace opened"),
        fill(translate("MainWindow", "“{workspace}” was created; a file already beside it was "
                                     "not part of it.")
             if created else
             translate("MainWindow", "“{workspace}” was opened as it was last saved; a file "
                                     "beside it was not part of it."),
             workspace=workspace.path.name),
        "\n\n".join(sentence(notice) for notice in workspace.notices) + "\n\n" + (
            translate("MainWindow", "The file that was not part of it is kept, in case it "
                                    "belongs to another program.") if created else
            translate("MainWindow", "Nothing in the workspace was lost. The file that was not "
                                    "part of it is kept, in case it belongs to another "
                                    "program.")))
    return window.notices_box


def offer_read_only(window: Shell, path: Path, reason: str) -> QMessageBox:
    """Another window holds the file: Open Read-Only, or Cancel."""
    box = QMessageBox(QMessageBox.Icon.Information, translate("MainWindow", "Workspace in use"),
                      fill(translate("MainWindow", "“{file}” is already open for editing."),
                           file=path.name),
                      QMessageBox.StandardButton.Cancel, window)
    box.setObjectName("offerReadOnly")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setInformativeText(fill(translate(
        "MainWindow", "{reason} Only one window can change a workspace at a time; you can open "
                      "it read-only to look at it here."), reason=sentence(reason)))
    read_only = box.addButton(translate("MainWindow", "Open Read-Only"),
                              QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(read_only)
    dialogs.when_clicked(box, read_only, lambda: open_read_only(window, path))
    window.read_only_box = box
    box.open()
    return box


def open_read_only(window: Shell, path: Path) -> bool:
    try:
        workspace = Workspace.open(path, full_check=False, read_only=True)
    except WorkspaceError as error:
        dialogs.show_message(window, QMessageBox.Icon.Warning,
                             translate("MainWindow", "Cannot open workspace"),
                             fill(translate("MainWindow", "“{file}” cannot be opened."),
                                  file=path.name),
                             sentence(error.reason))
        return False
    window.switch_to(workspace)
    window.tell_notices(workspace)
    return True


def open_workspace_dialog(window: Shell) -> None:
    """File ▸ Open Workspace…: a file picker, then the file opened."""
    path = dialogs.ask_open_path(window, translate("MainWindow", "Open Workspace"),
                                 window.workspace.path.parent)
    if path is not None:
        window.open_path(path)


def ask_new_path(window: Shell, title: str, suggestion: Path) -> Path | None:
    """A path for a new file; one that exists is refused (a workspace is never replaced)."""
    path = dialogs.ask_save_path(window, title, suggestion)
    if path is not None and path.exists():
        dialogs.show_message(window, QMessageBox.Icon.Warning,
                             translate("MainWindow", "File exists"),
                             fill(translate("MainWindow", "“{file}” already exists."),
                                  file=path.name),
                             translate("MainWindow", "Choose another name; jewelbench never "
                                                     "overwrites a workspace."))
        return None
    return path


def save_as(window: Shell) -> None:
    """File ▸ Save As…: a copy in a new file, which the window goes on in."""
    suggestion = window.workspace.path.with_name(window.workspace.path.stem + " copy.jewelbench")
    path = ask_new_path(window, translate("MainWindow", "Save Workspace As"), suggestion)
    if path is None:
        return
    try:
        window.workspace.save_copy_as(path)
    except (OSError, WorkspaceError, StorageError) as error:  # a full disk, a bad folder …
        reason = error.reason if isinstance(error, WorkspaceError) else i18n.say(error)
        dialogs.show_message(window, QMessageBox.Icon.Warning,
                             translate("MainWindow", "Cannot save a copy"),
                             translate("MainWindow", "The copy could not be written; the "
                                                     "workspace is unchanged and still open."),
                             sentence(reason))
        return
    window.open_path(path)
    window.statusBar().showMessage(fill(translate("MainWindow", "Saved as {file}"),
                                        file=str(path)), 8000)


def offer_recovery(window: Shell, path: Path, reason: str) -> QMessageBox:
    """A damaged workspace: never touch it, offer the newest good backup instead."""
    from jewelbench.storage.backups import backup_folder_for, describe, newest_good_backup
    from jewelbench.ui.backups.dialog import contents_text

    backup = newest_good_backup(backup_folder_for(path, window.default_folder))
    text = fill(translate("MainWindow", "“{file}” is damaged."), file=path.name)
    if backup is None:
        return dialogs.show_message(
            window, QMessageBox.Icon.Critical, translate("MainWindow", "Damaged workspace"), text,
            fill(translate("MainWindow", "{reason} The file has been left as it is. There is no "
                                         "backup of it in {folder}."),
                 reason=sentence(reason),
                 folder=str(backup_folder_for(path, window.default_folder))))
    box = QMessageBox(QMessageBox.Icon.Critical, translate("MainWindow", "Damaged workspace"),
                      text, QMessageBox.StandardButton.Cancel, window)
    box.setObjectName("offerRecovery")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setInformativeText(fill(translate(
        "MainWindow", "{reason}\n\nThe newest good backup was taken {taken} and holds "
                      "{contents}. jewelbench can put the damaged file aside as "
                      "“{file}.damaged” (it is never overwritten) and restore this backup in "
                      "its place."), reason=sentence(reason),
                                taken=backup.taken_at.strftime("%Y-%m-%d %H:%M"),
                                contents=contents_text(describe(backup.path)),
                                file=path.name))
    restore = box.addButton(translate("MainWindow", "Restore Backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(restore)
    dialogs.when_clicked(box, restore, lambda: recover(window, path, backup.path))
    window.recovery_box = box
    box.open()
    return box


def recover(window: Shell, path: Path, backup: Path) -> bool:
    """Put the damaged file aside, restore the backup in its place and open it."""
    from jewelbench.storage.backups import restore_to, set_aside_damaged

    holding: Path | None = None  # a scratch workspace held while the file is replaced
    if window.workspace.path.resolve() == Path(path).resolve():
        holding = open_fallback(window, avoid=Path(path))  # let go of the damaged file
    try:
        aside = set_aside_damaged(Path(path))
        restore_to(backup, Path(path))
    except (StorageError, OSError) as error:
        dialogs.show_message(window, QMessageBox.Icon.Critical,
                             translate("MainWindow", "Not restored"),
                             translate("MainWindow", "The backup could not be restored."),
                             i18n.say(error))
        return False
    opened = window.open_path(Path(path))
    if holding is not None:
        window.forget_recent(holding)
        shutil.rmtree(holding.parent, ignore_errors=True)
    if opened:
        window.statusBar().showMessage(fill(translate(
            "MainWindow", "Restored from a backup; the damaged file was kept as {aside}"),
                                            aside=aside.name), 15000)
        return True
    return False


def open_fallback(window: Shell, avoid: Path | None = None) -> Path | None:
    """Switch to the default workspace (made if need be) to let go of the current file.
    When that file is the default workspace itself (`avoid`), an empty scratch workspace
    in a temporary folder is held instead; its path is returned for the caller to remove."""
    from jewelbench.ui.currency import default_base_currency

    default = window.default_folder / "My workspace.jewelbench"
    scratch = None
    if avoid is not None and default.resolve() == avoid.resolve():
        default = scratch = Path(tempfile.mkdtemp(prefix="jewelbench-")) / \
            "Restoring.jewelbench"
    try:
        fallback = (Workspace.open(default, full_check=False) if default.exists()
                    else Workspace.create(default, base_currency=default_base_currency()))
    except WorkspaceError:
        return None
    window.switch_to(fallback)
    return scratch
