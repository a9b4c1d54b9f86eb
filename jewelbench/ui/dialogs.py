"""The few places the app asks the user something. Everything else stays non-blocking.

Tests replace ask_open_path / ask_save_path / ask_image_paths; messages use QMessageBox.open(),
never exec().
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jewelbench.domain.messages import fill
from jewelbench.reports.image_decoding import file_dialog_filter
from jewelbench.storage.workspace import SUFFIX, Workspace

log = logging.getLogger(__name__)


def _filter() -> str:
    return fill(QCoreApplication.translate("dialogs", "jewelbench workspaces (*{suffix});;All "
                                                      "files (*)"),
                suffix=SUFFIX)


def ask_open_path(parent: QWidget | None, title: str, directory: Path) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(directory), _filter())
    return Path(path) if path else None


def ask_image_paths(parent: QWidget | None, title: str, directory: Path) -> list[Path]:
    """Image files to add, offered by the one allow-list of formats (tests replace this)."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, str(directory), file_dialog_filter())
    return [Path(p) for p in paths]


def ask_save_path(parent: QWidget | None, title: str, directory: Path) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(directory), _filter())
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix == SUFFIX else chosen.with_name(chosen.name + SUFFIX)


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                 informative: str = "") -> QMessageBox:
    """A window-modal message shown without blocking; returned so callers and tests can see it.
    A warning or an error (the app's refusals: not saved, not opened, not restored …) is
    logged at WARNING with its title and text; the details below them are not (they may
    quote the user's records)."""
    if icon in (QMessageBox.Icon.Warning, QMessageBox.Icon.Critical):
        log.warning("refused: %s: %s", title, text)
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messageBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if informative:
        box.setInformativeText(informative)
    box.open()
    return box


def confirm(parent: QWidget | None, title: str, text: str, informative: str, yes_text: str,
            on_yes: Callable[[], object], *, name: str,
            role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.AcceptRole,
            default_yes: bool = False) -> QMessageBox:
    """A yes-or-Cancel question shown without blocking (window-modal): on_yes() runs once the
    yes button (yes_text) is clicked; Cancel, Escape or closing does nothing. Returned so that
    callers and tests can answer it. Cancel is the default button unless default_yes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if informative:
        box.setInformativeText(informative)
    yes = box.addButton(yes_text, role)
    if default_yes:
        box.setDefaultButton(yes)
    else:
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    when_clicked(box, yes, on_yes)
    box.open()
    return box


def when_clicked(box: QMessageBox, button: object, action: Callable[[], object]) -> None:
    """Run action once box is closed by a click on button (not by another button, Escape or
    closing it): how every non-blocking question here acts on its answer."""

    def answered(_result: int) -> None:
        if box.clickedButton() is button:
            action()

    box.finished.connect(answered)


def ask_brand_first(parent: QWidget, workspace: Workspace, controller: Any,
                    settings: QSettings, what: str,
                    go_on: Callable[[], object]) -> QMessageBox | None:
    """Before a document goes out with the brand on it (an RFQ sent, a tech pack issued or
    printed): with no brand profile yet, offer to set it first, without blocking. Set Brand…
    opens the Brand Profile and goes on once it is closed with a name; Continue Without goes
    on (the documents then print neutral text); Cancel does neither. With a brand: go_on() at
    once, and None."""
    if workspace.brand.get().name.strip():
        go_on()
        return None
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("dialogs", "No brand profile yet"),
                      fill(translate("dialogs", "Set your brand before {what}?"), what=what),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("askBrandFirst")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setInformativeText(translate("dialogs", "Without one, the documents carry no brand name, "
                                         "address or logo. You can go on without it."))
    set_brand = box.addButton(translate("dialogs", "Set &Brand…"),
                              QMessageBox.ButtonRole.AcceptRole)
    without = box.addButton(translate("dialogs", "C&ontinue Without"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(set_brand)

    def later() -> None:  # once the question (or the profile) has closed: going on may close
        QTimer.singleShot(0, go_on)  # the window it belongs to, and them with it

    def brand_closed(_result: int) -> None:
        if workspace.brand.get().name.strip():
            later()

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        if clicked is without:
            later()
        elif clicked is set_brand:
            from jewelbench.ui.brand.dialog import BrandDialog

            dialog = BrandDialog(workspace, controller, settings, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            # the profile saves as it is typed; closed with a name, what was asked goes on
            dialog.finished.connect(brand_closed)
            setattr(parent, "brand_dialog", dialog)  # noqa: B010 (tests follow it)
            dialog.open()

    box.finished.connect(answered)
    setattr(parent, "brand_question", box)  # noqa: B010
    box.open()
    return box
