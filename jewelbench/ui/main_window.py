"""The main window: the sections at the left, the workspace open, its backups and state.

What it does is split along its seams in jewelbench/ui/window/ (see its __init__): the menus
(menus.py), following a navigation target (navigator.py), opening and recovering workspace
files (files.py), the sections (sections.py) and the first-run geometry (geometry.py). Those
modules take the window as a `Shell` (shell.py), the interface MainWindow fills in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

import jewelbench
from jewelbench.domain.messages import fill
from jewelbench.storage import ReadError, StorageError, Workspace
from jewelbench.ui import collector, dialogs, i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.formatting import counted, sentence
from jewelbench.ui.health import HealthCheck
from jewelbench.ui.icons import icon
from jewelbench.ui.navigation import Target
from jewelbench.ui.style import named
from jewelbench.ui.topics import Topic
from jewelbench.ui.window import files, menus
from jewelbench.ui.window.geometry import PREFERRED_SIZE, WINDOW_GEOMETRY, first_run_geometry
from jewelbench.ui.window.navigator import follow
from jewelbench.ui.window.sections import pages_of, sections
from jewelbench.ui.window.shell import Shell
from jewelbench.ui.workspace.checklist import ChecklistStep, FirstHourChecklist

MAX_RECENT = 8


class MainWindow(Shell):
    def __init__(self, settings: QSettings, workspace: Workspace,
                 default_folder: Path, parent: QWidget | None = None, *,
                 defer_first_view: bool = False,
                 demo_writer: Callable[[Path], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        collector.install()  # Python's garbage is collected in the GUI thread only
        # At start-up the frame (menus, sections, status bar) is shown first and the section
        # on screen is built and read on the next turn of the event loop, once it has painted.
        self._defer_first_view = defer_first_view
        self.first_view_is_ready = False
        self.settings = settings
        self.default_folder = default_folder
        self.workspace = workspace
        self.demo_writer = demo_writer
        self.demo_job = None
        self.new_workspace_dialog = None
        self.workspace_settings_dialog = None
        self.settings_dialog = None
        self.restart_box = None
        self.replace_demo_box = None
        self.checklist = FirstHourChecklist(settings, self)
        self.checklist.open_step.connect(self.open_checklist_step)
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(QSize(900, 560))

        self._sections = sections()
        self._built: dict[str, QWidget] = {}
        self._loaded: set[str] = set()
        self.undo = UndoController(self)
        self.undo.changed.connect(self._workspace_edited)
        self.undo.failed.connect(self._edit_failed)
        self.health = HealthCheck(self)
        self.health_problems: list[str] | None = None  # None until the check has run
        self._backups = None
        self.backup_runner = None
        self.brand_dialog = None
        self.rfq_dialog = None
        self.import_dialog = None
        self.price_import_dialog = None
        self.export_dialog = None
        self.price_form = None
        self.backups_dialog = None
        self.recovery_box = None
        self.read_only_box = None
        self.notices_box = None
        self.location_box = None
        self._changes_at_attach = 0
        self._location_warned: set[str] = set()
        self._refusal_shown = ""  # the refusal the status bar shows, cleared by the next edit
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60_000)
        self.backup_timer.timeout.connect(self.backup_if_due)
        self.backup_timer.start()
        self.health.finished.connect(self._health_checked)

        self.navigation = QListWidget()
        named(self.navigation, "navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget()
        for section in self._sections:
            item = QListWidgetItem(icon(section.key), section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setToolTip(section.title)
            self.navigation.addItem(item)
        # Wide enough for the longest title beside its icon (measured from the font, which is
        # far cheaper at start-up than asking the view to lay out every item).
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(section.title) for section in self._sections)
        self.navigation.setFixedWidth(widest + self.navigation.iconSize().width() + 64)
        self.navigation.currentRowChanged.connect(self._show_view)


        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(separator)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.read_only_label = QLabel(self.tr("Read-only"))
        self.read_only_label.setObjectName("readOnly")
        self.read_only_label.setToolTip(self.tr("Changes cannot be saved in this window"))
        self.read_only_label.hide()
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.path_label = QLabel()
        self.path_label.setObjectName("workspacePath")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.path_label)

        menus.build_menus(self, self._sections)
        self._restore_state()
        self.attach(workspace)

    # --- prices --------------------------------------------------------------------------

    def show_prices(self) -> Any:
        """Costs ▸ Scenarios & Prices, shown; the view is returned."""
        self.show_view("costs")
        self.costs.setCurrentWidget(self.costs.inputs)
        return self.costs

    def new_metal_price(self, metal: str | None = None) -> Any:
        """Costs ▸ New Metal Price…: the one-price dialog (returned), over the price lists."""
        return self.show_prices().prices.new_metal_price(metal)

    def new_fx_rate(self, currency: str | None = None) -> Any:
        """Costs ▸ New Exchange Rate…: the one-rate dialog (returned)."""
        return self.show_prices().prices.new_fx_rate(currency)

    def show_price_form(self, metal: str | None = None, currency: str | None = None,
                        on: dt.date | None = None) -> Any:
        """Costs ▸ Update Prices…: the form (returned; object name "updatePricesDialog") with
        the metal's price or the currency's rate focused and the date set. Opening it again
        replaces the one open."""
        from jewelbench.ui.costs.update_prices import UpdatePricesDialog

        if self.workspace.read_only:
            self.statusBar().showMessage(self.tr("This workspace is read-only: prices cannot "
                                                 "be entered here"), 8000)
            return None
        if self.price_form is not None:
            self.price_form.close()
        try:
            dialog = UpdatePricesDialog(self.workspace, self.undo, self.settings, self,
                                        metal=metal, currency=currency, on=on)
        except ReadError as error:  # a damaged file: say so, never crash
            self.statusBar().showMessage(fill(self.tr("Cannot read the prices: {error}"),
                                              error=i18n.say(error)), 15000)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._price_form_closed(d))
        dialog.saved.connect(self._prices_saved)
        self.price_form = dialog
        dialog.open()
        return dialog

    def _price_form_closed(self, dialog: Any) -> None:
        if self.price_form is dialog:
            self.price_form = None

    def _prices_saved(self, count: int) -> None:
        self.statusBar().showMessage(
            counted(count, self.tr("Stored 1 price or rate; Edit ▸ Undo takes it back."),
                    self.tr("Stored {count} prices and rates; Edit ▸ Undo takes them back."))
            if count else self.tr("Nothing stored: no price or rate was changed."), 8000)

    def open_prices(self) -> Any:
        """Where metal prices and exchange rates are entered: Costs ▸ Scenarios & Prices,
        with Update Prices… open on it (the form; None on a read-only workspace)."""
        self.show_prices()
        return self.show_price_form()

    # --- workspace -----------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._loaded.clear()
        self.setWindowFilePath(str(workspace.path))
        self._show_title()
        self.path_label.setText(str(workspace.path))
        self.path_label.setToolTip(self.tr("Workspace file"))
        self.read_only_label.setVisible(workspace.read_only)
        self._backups = None
        self._changes_at_attach = workspace.db.conn.total_changes  # for the next backup
        self.backups_action.setEnabled(not workspace.read_only)
        self.brand_action.setEnabled(not workspace.read_only)
        self.workspace_settings_action.setEnabled(not workspace.read_only)
        for action in self.editing_actions:
            action.setEnabled(not workspace.read_only)
        self.remember_recent(workspace.path)
        for view in self._built.values():
            for page in pages_of(view):
                page.set_editable(not workspace.read_only)
        if self._defer_first_view:
            self._defer_first_view = False
            # two turns: the paint that show() posts runs before the view is built
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._show_first_view))
        else:
            self._show_first_view()
        self.checklist.load(workspace)
        self.workspace_changed.emit(workspace)
        self.health_problems = None
        self.health.start(workspace.path, workspace)
        # After the window is up: the check reads /proc/mounts and the path, not the file.
        QTimer.singleShot(0, lambda: self._warn_about_location(workspace))
        if not workspace.read_only:
            QTimer.singleShot(0, lambda: self._sweep_unfinished_copies(workspace))

    def _sweep_unfinished_copies(self, workspace: Workspace) -> None:
        """Remove what a copy (Save As, a backup) killed last time left beside the workspace
        and in its backups folder: NAME.partial and NAME.partial-journal."""
        from jewelbench.storage.backups import sweep_unfinished_copies

        sweep_unfinished_copies(workspace.path, self.default_folder)

    def _show_title(self) -> None:
        workspace = self.workspace
        label = workspace.path.stem if workspace.name == workspace.path.stem else \
            f"{workspace.name} ({workspace.path.name})"
        if workspace.read_only:
            label = fill(self.tr("{workspace} (read-only)"), workspace=label)
        self.setWindowTitle(fill(self.tr("{workspace} — jewelbench"), workspace=label))

    def _show_first_view(self) -> None:
        self._show_view(self.navigation.currentRow())
        if not self.first_view_is_ready:
            self.first_view_is_ready = True
            self.first_view_ready.emit()

    # --- backups, recovery, locations ----------------------------------------------------

    @property
    def backups(self) -> Any:
        """The open workspace's backups (made on first use; changes count from the attach)."""
        if self._backups is None:
            from jewelbench.storage.backups import Backups, backup_folder_for
            from jewelbench.ui.backups.dialog import policy_from

            self._backups = Backups(self.workspace,
                                    backup_folder_for(self.workspace.path, self.default_folder),
                                    policy_from(self.settings),
                                    changes_since=self._changes_at_attach)
        return self._backups

    def backup_if_due(self) -> None:
        from jewelbench.ui.backups.runner import back_up_if_due

        back_up_if_due(self)  # written in the background, its own connection

    def _backup_on_close(self) -> None:
        if self.backup_runner is not None:
            self.backup_runner.wait()  # an automatic backup being written ends first
        if self.workspace.read_only or (
                self._backups is None
                and self.workspace.db.conn.total_changes == self._changes_at_attach):
            return  # nothing changed: no need even to look at the backups
        from jewelbench.ui.backups.runner import back_up_on_close

        try:
            back_up_on_close(self)  # written on a pool thread; a dialog says so meanwhile
        except (StorageError, OSError) as error:
            # The workspace itself is saved; only the extra copy failed. Say so, don't block.
            import logging

            logging.getLogger("jewelbench").warning("backup on close failed: %s", error)

    def show_backups(self) -> None:
        from jewelbench.ui.backups.dialog import BackupsDialog

        dialog = BackupsDialog(self.backups, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        self.backups_dialog = dialog
        dialog.open()

    def show_brand_profile(self) -> Any:
        """The Brand Profile dialog; opening it again raises the one already open."""
        from jewelbench.ui.brand.dialog import BrandDialog

        if self.brand_dialog is None:
            dialog = BrandDialog(self.workspace, self.undo, self.settings, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._brand_dialog_closed)
            self.workspace_changed.connect(dialog.workspace_replaced)
            self.brand_dialog = dialog
        self.brand_dialog.show()
        self.brand_dialog.raise_()
        self.brand_dialog.activateWindow()
        return self.brand_dialog

    def _brand_dialog_closed(self, _result: int) -> None:
        self.brand_dialog = None

    def import_quotes(self, path: Path | None = None) -> Any:
        """File ▸ Import Quotes…: a file picker (unless path is given), the column mapping,
        a preview, then one undoable import."""
        from jewelbench.ui.exports import import_quotes

        self.import_dialog = import_quotes(self, self.workspace, self.undo, self.settings,
                                           path=path)
        return self.import_dialog

    def import_prices(self, path: Path | None = None) -> Any:
        """File ▸ Import Prices and Rates…: a file picker (unless path is given), a preview of
        what will be stored, skipped and refused, then one undoable import."""
        from jewelbench.ui.costs.price_import_dialog import import_prices

        self.price_import_dialog = import_prices(self, self.workspace, self.undo, self.settings,
                                                 path=path)
        return self.price_import_dialog

    def export_workbook(self) -> Any:
        """File ▸ Export ▸ Workbook…: what to cost (a design or plan, scenario, date), then
        the file."""
        from jewelbench.ui.exports.workbook_dialog import export_workbook

        self.export_dialog = export_workbook(self, self.workspace, self.settings)
        return self.export_dialog

    def export_csv(self) -> Any:
        """File ▸ Export ▸ CSV Tables…."""
        from jewelbench.ui.exports import export_csv

        self.export_dialog = export_csv(self, self.workspace, self.settings)
        return self.export_dialog

    def _restored(self, backup: Any) -> None:
        self.undo.clear()  # the history describes content that is no longer there
        self.reload()
        self.statusBar().showMessage(fill(self.tr("Restored the backup of {taken}"),
                                          taken=backup.taken_at.strftime("%Y-%m-%d %H:%M")), 10000)

    def _warn_about_location(self, workspace: Workspace) -> None:
        from jewelbench.storage.location import location_risk

        if workspace is not self.workspace:
            return  # another workspace was opened meanwhile
        risk = None if workspace.read_only else location_risk(workspace.path)
        if risk and str(workspace.path) not in self._location_warned:
            self._location_warned.add(str(workspace.path))
            self.location_box = dialogs.show_message(
                self, QMessageBox.Icon.Warning, self.tr("Risky place for a workspace"),
                fill(self.tr("“{workspace}” may be damaged where it is."),
                     workspace=workspace.path.name),
                risk + " " + self.tr("Move it to a folder on this computer (File ▸ Save As), "
                                     "and let the sync or network copy be a backup of it."))

    def _workspace_edited(self, topic: Topic, affected: object) -> None:
        """After an edit, undo or redo: refresh what shows it; other views re-read when next
        shown."""
        self._clear_refusal()
        self.checklist.refresh()
        if topic == Topic.WORKSPACE:  # the name or base currency: every figure is shown anew
            self._show_title()
            self.reload()
            return
        if topic == Topic.DESIGNS and "designs" in self._built and isinstance(affected, int):
            self.designs.refresh_design(affected)
        current = self.current_view_key()
        self._loaded.intersection_update({current, "designs"} if topic == Topic.DESIGNS
                                         else {current})

    def _show_refusal(self, text: str) -> None:
        """A value refused in a table, said in the status bar until the next edit is saved."""
        self._refusal_shown = text
        self.statusBar().showMessage(text, 8000)

    def _clear_refusal(self) -> None:
        """A later edit, undo or redo went through: an old refusal no longer applies."""
        if self._refusal_shown and self.statusBar().currentMessage() == self._refusal_shown:
            self.statusBar().clearMessage()
        self._refusal_shown = ""

    def _edit_failed(self, action: str, reason: str) -> None:
        dialogs.show_message(self, QMessageBox.Icon.Warning, self.tr("Not saved"),
                             fill(self.tr("“{action}” was not saved."), action=action), reason)

    def switch_to(self, workspace: Workspace) -> None:
        self.commit_open_editors()
        old = self.workspace
        if old is not workspace:
            self._backup_on_close()
        self.undo.clear()
        self.attach(workspace)
        if old is not workspace:
            old.close()

    def _health_checked(self, token: object, path: Path, problems: list[str],
                        complete: bool = True) -> None:
        if path != self.workspace.path or token not in (None, self.workspace):
            return  # a check of a workspace (or an opening of it) that has since been closed
        self.health_problems = problems
        if not problems:
            if not complete:
                self.statusBar().showMessage(self.tr(
                    "Workspace partly checked: no problems found in the time the check has on "
                    "opening; “jewelbench check” checks all of it"), 8000)
            elif not self.statusBar().currentMessage():  # never over a message still showing
                self.statusBar().showMessage(self.tr("Workspace checked: no problems found"),
                                             5000)
            return
        more = len(problems) - 3
        self.offer_recovery(path, fill(
            self.tr("The check on opening found: {problems}"),
            problems="; ".join(problems[:3])
            + (fill(self.tr(" (and {count} more)"), count=str(more)) if more > 0 else "")))

    # --- workspace files (ui/window/files.py) ---------------------------------------------

    def offer_recovery(self, path: Path, reason: str) -> QMessageBox:
        """A damaged workspace: never touch it, offer the newest good backup instead."""
        return files.offer_recovery(self, path, reason)

    def recover(self, path: Path, backup: Path) -> bool:
        """The damaged file put aside and the backup restored in its place, opened."""
        return files.recover(self, path, backup)

    def open_path(self, path: Path) -> bool:
        return files.open_path(self, path)

    def tell_notices(self, workspace: Workspace, *, created: bool = False) -> QMessageBox | None:
        return files.tell_notices(self, workspace, created=created)

    def open_workspace_dialog(self) -> None:
        files.open_workspace_dialog(self)

    def save_as(self) -> None:
        files.save_as(self)

    def new_workspace(self) -> Any:
        """File ▸ New: the file, then its name and base currency (the system locale's
        currency to start with) in a dialog; created when that dialog is accepted."""
        from jewelbench.ui.workspace.first_hour import new_workspace

        return new_workspace(self)

    def show_settings(self) -> Any:
        """File ▸ Settings…: language, region, weights, paper, backups, base currency."""
        from jewelbench.ui.settings_dialog import show_settings

        return show_settings(self)

    def show_workspace_settings(self) -> Any:
        """File ▸ Workspace Settings…: the name and base currency; a change is one undoable
        command, and converts nothing stored."""
        from jewelbench.ui.workspace.first_hour import show_workspace_settings

        return show_workspace_settings(self)

    def show_in_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.workspace.path.parent)))

    def reload(self) -> None:
        self._loaded.clear()
        self._show_view(self.navigation.currentRow())

    # --- recent files --------------------------------------------------------------------

    def recent_paths(self) -> list[Path]:
        return [Path(p) for p in registry.read(self.settings, registry.RECENT)]

    def remember_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        paths = [path] + [p for p in self.recent_paths() if p != path]
        registry.write(self.settings, registry.RECENT, [str(p) for p in paths[:MAX_RECENT]])
        registry.write(self.settings, registry.LAST_WORKSPACE, str(path))
        menus.rebuild_recent_menu(self)

    def forget_recent(self, path: Path) -> None:
        paths = [p for p in self.recent_paths() if p != Path(path).resolve()]
        registry.write(self.settings, registry.RECENT, [str(p) for p in paths])
        menus.rebuild_recent_menu(self)

    # --- views ---------------------------------------------------------------------------

    def view(self, key: str) -> Any:
        """The section's view, built the first time it is needed."""
        view = self._built.get(key)
        if view is None:
            view = next(s for s in self._sections if s.key == key).build()
            view.restore_state(self.settings)  # type: ignore[attr-defined]
            if hasattr(view, "attach_controller"):
                view.attach_controller(self.undo)
            if hasattr(view, "navigate"):
                view.navigate.connect(self.navigate)
            for page in pages_of(view):
                page.message.connect(self._show_refusal)
                page.set_editable(not self.workspace.read_only)
            if key == "designs":
                getattr(view, "page").layout_.insertWidget(1, self.checklist)  # noqa: B009
                self.checklist.placed = True
                self.checklist.refresh()
            self.stack.addWidget(view)
            self._built[key] = view
        return view

    def _show_view(self, row: int) -> None:
        if row < 0:
            return
        key = self._sections[row].key
        view = self.view(key)
        self.stack.setCurrentWidget(view)
        if key not in self._loaded:
            # Views are built and read when first shown: start-up pays only for the one on
            # screen, and a workspace switch only re-reads what is looked at again.
            self._loaded.add(key)
            try:
                view.load(self.workspace)
            except ReadError as error:
                dialogs.show_message(self, QMessageBox.Icon.Critical,
                                     self.tr("Cannot read this workspace"),
                                     fill(self.tr("“{workspace}” could not be read; it is "
                                                  "damaged."),
                                          workspace=self.workspace.path.name),
                                     sentence(i18n.say(error)))

    def current_view_key(self) -> str:
        return self._sections[self.navigation.currentRow()].key

    def show_view(self, key: str) -> None:
        for row, section in enumerate(self._sections):
            if section.key == key:
                self.navigation.setCurrentRow(row)
                return
        raise KeyError(key)

    def navigate(self, target: Target) -> Any:
        """Go from one record to those related to it (a view's navigate signal, a menu): see
        ui/navigation.py for the targets, ui/window/navigator.py for where each leads."""
        return follow(self, target)

    def focus_search(self) -> None:
        view = self.stack.currentWidget()
        if view is not None:
            pages_of(view)[0].focus_search()

    def show_about(self) -> None:
        counts = self.workspace.counts()
        dialogs.show_message(
            self, QMessageBox.Icon.Information, self.tr("About jewelbench"),
            fill(self.tr("jewelbench {version}"), version=jewelbench.__version__),
            fill(self.tr("Make in-house or outsource? Designs, tech packs, suppliers, quotes, "
                         "samples and costs for small jewelry brands — offline, in one file you "
                         "own.\n\nThis workspace: {designs}, {suppliers}, {quotes}, "
                         "{sample_rounds}."),
                 designs=counted(counts["designs"], self.tr("1 design"),
                                 self.tr("{count} designs")),
                 suppliers=counted(counts["suppliers"], self.tr("1 supplier"),
                                        self.tr("{count} suppliers")),
                 quotes=counted(counts["quotes"], self.tr("1 quote"), self.tr("{count} quotes")),
                 sample_rounds=counted(counts["sample_rounds"], self.tr("1 sample round"),
                                        self.tr("{count} sample rounds"))))

    # --- remembered state ----------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = registry.read(self.settings, WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = self.screen() or QApplication.primaryScreen()
            if screen is None:
                self.resize(PREFERRED_SIZE)
            else:
                self.setGeometry(first_run_geometry(screen.availableGeometry()))
        row = registry.read(self.settings, registry.WINDOW_VIEW)
        # The view is built and loaded once the workspace is attached, not here.
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(row if row < len(self._sections) else 0)
        self.navigation.blockSignals(False)

    def save_state(self) -> None:
        registry.write(self.settings, WINDOW_GEOMETRY, self.saveGeometry())
        registry.write(self.settings, registry.WINDOW_VIEW, self.navigation.currentRow())
        for view in self._built.values():
            view.save_state(self.settings)  # type: ignore[attr-defined]
        self.settings.sync()

    def commit_open_editors(self) -> None:
        for view in self._built.values():
            for page in pages_of(view):
                page.commit_open_editor()

    def close_open_dialogs(self) -> None:
        """Close the dialogs still open beside the window (Brand Profile, editors …): each
        saves what is being typed in it while the workspace is still open."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_open_dialogs()
        self.commit_open_editors()  # what is being typed is saved, not lost
        self.backup_timer.stop()
        self._backup_on_close()
        self.save_state()
        self.workspace.close()
        super().closeEvent(event)

    # --- the first hour: the demo, the getting-started checklist ---------------------------

    def open_demo(self) -> Any:
        """Help ▸ Open Demo Workspace (jewelbench.ui.workspace.first_hour)."""
        from jewelbench.ui.workspace.first_hour import open_demo

        return open_demo(self)

    def open_checklist_step(self, step: ChecklistStep) -> Any:
        """A checklist button: brand, prices, design, scenario, supplier or quote."""
        from jewelbench.ui.workspace.first_hour import open_checklist_step

        return open_checklist_step(self, step)

    def show_checklist(self) -> None:
        """Help ▸ Getting Started Checklist: shown again on the Designs page."""
        self.show_view("designs")
        self.checklist.undismiss()

    def successor(self, workspace: Workspace) -> MainWindow:
        """A new window like this one (settings, folder, demo) on workspace (Restart Now)."""
        return MainWindow(self.settings, workspace, self.default_folder,
                          demo_writer=self.demo_writer)
