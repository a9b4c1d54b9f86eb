"""`Shell`: what the main window offers the modules that act for it.

The menus (menus.py), navigation (navigator.py), workspace files (files.py), the first hour
(ui/workspace/first_hour.py) and File ▸ Settings… (ui/settings_dialog.py) each take the window
as a `Shell` and use only what is declared here. `MainWindow` (ui/main_window.py) is the one
window and fills it in; none of those modules imports main_window, so none imports back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListWidget, QMainWindow, QMenu, QStackedWidget

from jewelbench.storage import Workspace
from jewelbench.ui.commands import UndoController
from jewelbench.ui.navigation import Target
from jewelbench.ui.workspace.checklist import FirstHourChecklist


class Shell(QMainWindow):
    workspace_changed = Signal(object)
    first_view_ready = Signal()  # the section on screen is built and read (start-up)
    replaced = Signal(object)  # the new window, after Restart Now (File ▸ Settings)

    # --- what it holds ---------------------------------------------------------------------
    settings: QSettings
    workspace: Workspace
    default_folder: Path
    undo: UndoController
    checklist: FirstHourChecklist
    navigation: QListWidget  # the sections' list at the left
    stack: QStackedWidget  # the sections' views, one shown
    # Writes the demo workspace to a new file (app.demo.write_demo, given by the app: the ui
    # layer does not import the app's demo); None leaves Help ▸ Open Demo disabled.
    demo_writer: Callable[[Path], None] | None
    demo_job: Any
    backup_runner: Any  # ui/backups/runner.py: backups in the background
    _backups: Any  # the open workspace's Backups once made (the `backups` property)

    # The dialogs and message boxes open beside it, kept for tests to find (None when none).
    new_workspace_dialog: Any
    workspace_settings_dialog: Any
    settings_dialog: Any
    restart_box: Any
    replace_demo_box: Any
    brand_dialog: Any
    rfq_dialog: Any
    import_dialog: Any
    price_import_dialog: Any
    export_dialog: Any
    price_form: Any
    backups_dialog: Any
    recovery_box: Any
    read_only_box: Any
    notices_box: Any
    location_box: Any

    # The menus and their actions (menus.py builds them).
    file_menu: QMenu
    recent_menu: QMenu
    export_menu: QMenu
    sourcing_menu: QMenu
    costs_menu: QMenu
    new_action: QAction
    open_action: QAction
    save_as_action: QAction
    backups_action: QAction
    brand_action: QAction
    workspace_settings_action: QAction
    settings_action: QAction
    import_quotes_action: QAction
    import_prices_action: QAction
    export_workbook_action: QAction
    export_csv_action: QAction
    show_folder_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    find_action: QAction
    rfq_list_action: QAction
    new_rfq_action: QAction
    new_quote_action: QAction
    request_sample_action: QAction
    update_prices_action: QAction
    new_metal_price_action: QAction
    new_fx_rate_action: QAction
    compare_costs_action: QAction
    prices_action: QAction
    refresh_action: QAction
    open_demo_action: QAction
    checklist_action: QAction
    about_action: QAction
    view_actions: list[QAction]  # View ▸ one per section, Ctrl+1 …
    editing_actions: list[QAction]  # disabled on a read-only workspace

    # --- the sections ----------------------------------------------------------------------

    def view(self, key: str) -> Any:
        """The section's view ("designs", "suppliers", "quotes", "samples", "costs")."""
        raise NotImplementedError

    designs = property(lambda self: self.view("designs"))
    suppliers = property(lambda self: self.view("suppliers"))
    quotes = property(lambda self: self.view("quotes"))
    samples = property(lambda self: self.view("samples"))
    costs = property(lambda self: self.view("costs"))

    def show_view(self, key: str) -> None:
        raise NotImplementedError

    def navigate(self, target: Target) -> Any:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def focus_search(self) -> None:
        raise NotImplementedError

    # --- the workspace ---------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        """Show workspace in this window (the one open before is left to the caller)."""
        raise NotImplementedError

    def switch_to(self, workspace: Workspace) -> None:
        """Show workspace instead of the one open, which is backed up and closed."""
        raise NotImplementedError

    def open_path(self, path: Path) -> bool:
        raise NotImplementedError

    def tell_notices(self, workspace: Workspace, *, created: bool = False) -> Any:
        raise NotImplementedError

    def commit_open_editors(self) -> None:
        raise NotImplementedError

    def successor(self, workspace: Workspace) -> Shell:
        """A new window like this one (settings, folder, demo) on workspace (Restart Now)."""
        raise NotImplementedError

    def recent_paths(self) -> list[Path]:
        raise NotImplementedError

    def remember_recent(self, path: Path) -> None:
        raise NotImplementedError

    def forget_recent(self, path: Path) -> None:
        raise NotImplementedError

    # --- what the menus open ---------------------------------------------------------------

    def new_workspace(self) -> Any:
        raise NotImplementedError

    def open_workspace_dialog(self) -> None:
        raise NotImplementedError

    def save_as(self) -> None:
        raise NotImplementedError

    def show_backups(self) -> None:
        raise NotImplementedError

    def show_in_folder(self) -> None:
        raise NotImplementedError

    def show_brand_profile(self) -> Any:
        raise NotImplementedError

    def show_workspace_settings(self) -> Any:
        raise NotImplementedError

    def show_settings(self) -> Any:
        raise NotImplementedError

    def import_quotes(self, path: Path | None = None) -> Any:
        raise NotImplementedError

    def import_prices(self, path: Path | None = None) -> Any:
        raise NotImplementedError

    def export_workbook(self) -> Any:
        raise NotImplementedError

    def export_csv(self) -> Any:
        raise NotImplementedError

    def show_price_form(self, metal: str | None = None, currency: str | None = None,
                        on: Any = None) -> Any:
        raise NotImplementedError

    def new_metal_price(self, metal: str | None = None) -> Any:
        raise NotImplementedError

    def new_fx_rate(self, currency: str | None = None) -> Any:
        raise NotImplementedError

    def show_prices(self) -> Any:
        raise NotImplementedError

    def open_prices(self) -> Any:
        """Where metal prices and exchange rates are entered (the checklist's step)."""
        raise NotImplementedError

    def open_demo(self) -> Any:
        raise NotImplementedError

    def show_checklist(self) -> None:
        raise NotImplementedError

    def show_about(self) -> None:
        raise NotImplementedError

