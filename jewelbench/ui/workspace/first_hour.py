"""What the main window does for the first hour: open a fresh demo from Help, and open the
place for each step of the getting-started checklist."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, assert_never

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from jewelbench.domain.messages import fill
from jewelbench.storage import Workspace, WorkspaceError
from jewelbench.storage.lock import LockHeld, WorkspaceLock, describe_holder
from jewelbench.ui import dialogs, i18n
from jewelbench.ui.currency import default_base_currency
from jewelbench.ui.formatting import sentence
from jewelbench.ui.navigation import NewQuote
from jewelbench.ui.window.files import ask_new_path, open_fallback
from jewelbench.ui.window.shell import Shell
from jewelbench.ui.workspace.checklist import ChecklistStep
from jewelbench.ui.workspace.demo import (
    DEMO_FILE_NAME,
    SUFFIXES,
    DemoWriter,
    remove_workspace_files,
)
from jewelbench.ui.workspace.settings import (
    ChangeWorkspaceSettings,
    WorkspaceSettings,
    WorkspaceSettingsDialog,
    settings_of,
)

translate = QCoreApplication.translate


def tr(text: str) -> str:
    return QCoreApplication.translate("FirstHour", text)


def demo_path(window: Shell) -> Path:
    return window.default_folder / DEMO_FILE_NAME


def _is_open_here(window: Shell, path: Path) -> bool:
    return path.exists() and window.workspace.path.resolve() == path.resolve()


def _held_elsewhere(window: Shell, path: Path) -> str | None:
    """Who else has the demo open (another window), or None."""
    if not path.exists() or _is_open_here(window, path):
        return None
    try:
        WorkspaceLock.acquire(path).release()
    except LockHeld as held:
        return describe_holder(held.holder) or translate("FirstHour", "another jewelbench window")
    return None


def open_demo(window: Shell) -> Any:
    """Help ▸ Open Demo Workspace: say that the previous demo copy is replaced (asking when
    there is one), write a fresh demo and open it."""
    if window.demo_writer is None or (window.demo_job is not None
                                      and window.demo_job.is_running()):
        return None
    path = demo_path(window)
    holder = _held_elsewhere(window, path)
    if holder is not None:
        return dialogs.show_message(
            window, QMessageBox.Icon.Information, translate("FirstHour", "Demo in use"),
            translate("FirstHour", "The demo is open in another window."),
            fill(translate("FirstHour", "{reason} Close it there first: the demo is written "
                                        "afresh each time."),
                 reason=sentence(holder)))
    if not path.exists():
        return write_demo(window)
    box = dialogs.confirm(
        window, translate("FirstHour", "Open Demo Workspace"), translate("FirstHour", "Replace "
                                                                                      "the demo "
                                                                                      "copy with "
                                                                                      "a fresh "
                                                                                      "demo?"),
        fill(translate("FirstHour", "A fresh demo replaces the previous demo copy, “{file}”, and "
                                    "anything changed in it. Your own workspaces are not touched."),
             file=str(path)),
        translate("FirstHour", "&Replace and Open"), lambda: write_demo(window), name="replaceDemo",
        default_yes=True)
    window.replace_demo_box = box
    return box


def write_demo(window: Shell) -> DemoWriter | None:
    if window.demo_writer is None:
        return None
    job = DemoWriter(window.demo_writer, window.default_folder, window)
    job.written.connect(lambda scratch: demo_written(window, Path(scratch)))
    job.failed.connect(lambda reason: _demo_not_written(window, reason))
    try:
        job.start()
    except OSError as error:  # the folder cannot be written (a file, no permission …)
        job.progress.deleteLater()
        job.deleteLater()
        _demo_not_written(window, f"{error.filename or window.default_folder}: "
                                  f"{error.strerror or error}")
        return None
    window.demo_job = job
    return job


def _demo_not_written(window: Shell, reason: str) -> None:
    dialogs.show_message(window, QMessageBox.Icon.Warning, translate("FirstHour",
                                                                     "Demo not written"),
                         translate("FirstHour", "The demo workspace could not be written."),
                         sentence(reason))


def demo_written(window: Shell, scratch: Path) -> bool:
    """Put the freshly written demo in place of the previous copy and open it."""
    path = demo_path(window)
    holder = _held_elsewhere(window, path)
    if holder is not None:  # opened elsewhere while it was being written
        remove_workspace_files(scratch)
        dialogs.show_message(window, QMessageBox.Icon.Information, translate("FirstHour",
                                                                             "Demo in use"),
                             translate("FirstHour", "The demo is open in another window."),
                             sentence(holder))
        return False
    window.commit_open_editors()
    replacing_open = _is_open_here(window, path)
    if replacing_open:
        window.undo.clear()
        window.workspace.close()  # let go of the old demo copy; the new one is opened next
    try:
        remove_workspace_files(path)
        for suffix in SUFFIXES:
            moved = Path(str(scratch) + suffix)
            if moved.exists():
                os.replace(moved, Path(str(path) + suffix))
        workspace = Workspace.open(path, full_check=False)
    except (OSError, WorkspaceError) as error:
        remove_workspace_files(scratch)
        if replacing_open:
            open_fallback(window)
        dialogs.show_message(window, QMessageBox.Icon.Warning,
                             translate("FirstHour", "Demo not opened"),
                             translate("FirstHour", "The fresh demo could not be opened."),
                             i18n.say(error))
        return False
    if replacing_open:
        window.attach(workspace)
    else:
        window.switch_to(workspace)
    window.statusBar().showMessage(fill(translate("FirstHour",
             "Opened a fresh demo workspace ({file}); it replaced the previous demo copy"),
                                        file=str(path)), 10000)
    return True


def open_checklist_step(window: Shell, step: ChecklistStep) -> Any:
    """The place to do one getting-started step."""
    match step:
        case ChecklistStep.BRAND:
            return window.show_brand_profile()
        case ChecklistStep.PRICES:
            return window.open_prices()
        case ChecklistStep.DESIGN:
            window.show_view("designs")
            return window.designs.new_design()
        case ChecklistStep.SCENARIO:
            window.show_view("costs")
            window.costs.setCurrentWidget(window.costs.inputs)
            return window.costs.new_scenario()
        case ChecklistStep.SUPPLIER:
            window.show_view("suppliers")
            return window.suppliers.new_supplier()
        case ChecklistStep.QUOTE:
            return window.navigate(NewQuote())
    assert_never(step)


# --- the base currency: File ▸ New and File ▸ Workspace Settings… ---------------------------

def new_workspace(window: Shell) -> WorkspaceSettingsDialog | None:
    """File ▸ New: the file, then its name and base currency (the system locale's currency
    to start with) in a dialog; the workspace is created when that dialog is accepted."""
    path = ask_new_path(window, translate("FirstHour", "New Workspace"), window.default_folder)
    if path is None:
        return None
    dialog = WorkspaceSettingsDialog(WorkspaceSettings(path.stem, default_base_currency()),
                                     window.settings, window, creating=True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: create_workspace(window, path, dialog.made))
    window.new_workspace_dialog = dialog
    dialog.open()
    return dialog


def create_workspace(window: Shell, path: Path, chosen: WorkspaceSettings) -> bool:
    try:
        workspace = Workspace.create(path, base_currency=chosen.base_currency,
                                     name=chosen.name)
    except WorkspaceError as error:
        dialogs.show_message(window, QMessageBox.Icon.Warning,
                             translate("FirstHour", "Cannot create workspace"), error.reason)
        return False
    window.switch_to(workspace)
    window.statusBar().showMessage(fill(translate("FirstHour", "Created {file} (base currency "
                                                               "{base_currency})"),
                                        file=str(path),
                                        base_currency=workspace.base_currency), 8000)
    window.tell_notices(workspace, created=True)
    return True


def show_workspace_settings(window: Shell) -> WorkspaceSettingsDialog | None:
    """File ▸ Workspace Settings…: the name and base currency; a change is one undoable
    command and converts nothing stored."""
    if window.workspace.read_only:
        return None
    before = settings_of(window.workspace)
    dialog = WorkspaceSettingsDialog(before, window.settings, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: change_settings(window, before, dialog.made))
    window.workspace_settings_dialog = dialog
    dialog.open()
    return dialog


def change_settings(window: Shell, before: WorkspaceSettings,
                    after: WorkspaceSettings | None) -> str | None:
    """Run the change as one undoable command; None when saved (or nothing changed)."""
    if after is None or after == before:
        return None
    if after.base_currency != before.base_currency:
        text = fill(translate("FirstHour", "Change the base currency to {base_currency}"),
                    base_currency=after.base_currency)
    elif after.keep_original_photos != before.keep_original_photos and after.name == before.name:
        text = (translate("FirstHour", "Keep original photos") if after.keep_original_photos
                else translate("FirstHour", "Store photos smaller"))
    else:
        text = fill(translate("FirstHour", "Rename the workspace “{workspace}”"),
                    workspace=after.name)
    reason = window.undo.run(ChangeWorkspaceSettings(window.workspace, before, after, text))
    if reason is not None:
        dialogs.show_message(window, QMessageBox.Icon.Warning, translate("FirstHour", "Not saved"),
                             fill(translate("FirstHour", "“{action}” was not saved."), action=text),
                             reason)
    return reason
