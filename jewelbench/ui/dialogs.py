"""The few places the app asks the user something. Everything else stays non-blocking.

Tests replace ask_open_path / ask_save_path; messages use QMessageBox.open(), never exec().
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jewelbench.storage.workspace import SUFFIX


def _filter() -> str:
    return QCoreApplication.translate("dialogs", "jewelbench workspaces (*%1);;All files (*)") \
        .replace("%1", SUFFIX)


def ask_open_path(parent: QWidget | None, title: str, directory: Path) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(directory), _filter())
    return Path(path) if path else None


def ask_save_path(parent: QWidget | None, title: str, directory: Path) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(directory), _filter())
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix == SUFFIX else chosen.with_name(chosen.name + SUFFIX)


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                 informative: str = "") -> QMessageBox:
    """A window-modal message shown without blocking; returned so callers and tests can see it."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messageBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if informative:
        box.setInformativeText(informative)
    box.open()
    return box
