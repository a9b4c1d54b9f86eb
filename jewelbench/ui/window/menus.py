"""The window's menu bar: File, Edit, Sourcing, Costs, View and Help, each action with its
shortcut and status tip, and File ▸ Open Recent.

`build_menus` makes every action an attribute of the window (`window.new_quote_action` …, as
declared in shell.py) connected to the window's own slots; the Sourcing and Costs entries that
lead somewhere send a ui.navigation target to `window.navigate`. Its texts keep the main
window's translation context ("MainWindow"), where they began.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from jewelbench.ui import settings as registry
from jewelbench.ui.navigation import CompareCosts, NewQuote, NewRfq, OpenRfqs, RequestSample
from jewelbench.ui.window.sections import Section
from jewelbench.ui.window.shell import Shell

translate = QCoreApplication.translate


def preferences_shortcut() -> QKeySequence:
    """The platform's Preferences keys (Cmd+, on macOS), else Ctrl+,."""
    if QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences):
        return QKeySequence(QKeySequence.StandardKey.Preferences)
    return QKeySequence("Ctrl+,")


def _action(window: Shell, text: str, slot: Callable[[], Any],
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    # triggered passes its checked flag; no menu slot takes it (Import Quotes… once read
    # it as the file's path), so each is called with its own defaults
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: Shell, sections: list[Section]) -> None:
    """Every menu and action of the window, View ▸ one entry per section."""
    _build_file_menu(window)
    _build_edit_menu(window)
    _build_sourcing_menu(window)
    _build_costs_menu(window)
    _build_view_menu(window, sections)
    _build_help_menu(window)
    rebuild_recent_menu(window)


def _build_file_menu(window: Shell) -> None:
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    window.new_action = _action(window, translate("MainWindow", "&New Workspace…"),
                                window.new_workspace, QKeySequence.StandardKey.New,
                                translate("MainWindow", "Create a new, empty workspace file"))
    window.open_action = _action(window, translate("MainWindow", "&Open Workspace…"),
                                 window.open_workspace_dialog, QKeySequence.StandardKey.Open,
                                 translate("MainWindow", "Open a workspace file"))
    window.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
    window.recent_menu.setObjectName("recentMenu")
    window.save_as_action = _action(window, translate("MainWindow", "Save &As…"), window.save_as,
                                    QKeySequence.StandardKey.SaveAs,
                                    translate("MainWindow", "Copy this workspace to a new file "
                                                            "and continue there"))
    window.backups_action = _action(window, translate("MainWindow", "&Backups…"),
                                    window.show_backups,
                                    tip=translate("MainWindow", "See, take and restore backups "
                                                                "of this workspace"))
    window.brand_action = _action(window, translate("MainWindow", "Brand &Profile…"),
                                  window.show_brand_profile,
                                  tip=translate("MainWindow", "The brand name, address and logo "
                                                              "printed on every new tech pack"))
    window.workspace_settings_action = _action(
        window, translate("MainWindow", "&Workspace Settings…"), window.show_workspace_settings,
        tip=translate("MainWindow", "The workspace's name and base currency"))
    window.settings_action = _action(
        window, translate("MainWindow", "&Settings…"), window.show_settings,
        preferences_shortcut(),
        tip=translate("MainWindow", "Language, number and date forms, weights, paper, backups "
                                    "and the base currency"))
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.import_quotes_action = _action(
        window, translate("MainWindow", "&Import Quotes…"), window.import_quotes,
        tip=translate("MainWindow", "Read quotes from a filled quote template, another "
                                    "spreadsheet or a CSV file, with a preview before anything "
                                    "is stored"))
    window.import_prices_action = _action(
        window, translate("MainWindow", "Import Prices and Ra&tes…"), window.import_prices,
        tip=translate("MainWindow", "Read metal prices and exchange rates from a file "
                                    "downloaded earlier (ECB, Norges Bank, LBMA or a plain "
                                    "CSV), with a preview"))
    window.export_workbook_action = _action(
        window, translate("MainWindow", "&Workbook for Your Accountant…"), window.export_workbook,
        tip=translate("MainWindow", "An Excel workbook whose costs are live formulas over the "
                                    "inputs: change a metal price and every total follows"))
    window.export_csv_action = _action(
        window, translate("MainWindow", "&CSV Tables…"), window.export_csv,
        tip=translate("MainWindow", "Write each table as a CSV file (UTF-8, your delimiter)"))
    window.show_folder_action = _action(
        window, translate("MainWindow", "Show in &Folder"), window.show_in_folder,
        tip=translate("MainWindow", "Open the folder holding this workspace"))
    window.quit_action = _action(window, translate("MainWindow", "&Quit"), window.close,
                                 QKeySequence.StandardKey.Quit)
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.insertAction(window.recent_menu.menuAction(), window.new_action)
    file_menu.insertAction(window.recent_menu.menuAction(), window.open_action)
    file_menu.addSeparator()
    file_menu.addAction(window.save_as_action)
    file_menu.addAction(window.backups_action)
    file_menu.addAction(window.show_folder_action)
    file_menu.addSeparator()
    file_menu.addAction(window.brand_action)
    file_menu.addAction(window.workspace_settings_action)
    file_menu.addAction(window.settings_action)
    file_menu.addSeparator()
    file_menu.addAction(window.import_quotes_action)
    file_menu.addAction(window.import_prices_action)
    window.export_menu = file_menu.addMenu(translate("MainWindow", "&Export"))
    window.export_menu.setObjectName("exportMenu")
    window.export_menu.addAction(window.export_workbook_action)
    window.export_menu.addAction(window.export_csv_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    window.file_menu = file_menu


def _build_edit_menu(window: Shell) -> None:
    edit_menu = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
    window.undo_action = window.undo.stack.createUndoAction(window,
                                                            translate("MainWindow", "&Undo"))
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action = window.undo.stack.createRedoAction(window,
                                                            translate("MainWindow", "&Redo"))
    window.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo),
                                     QKeySequence("Ctrl+Shift+Z")])
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    window.find_action = _action(window, translate("MainWindow", "&Find…"), window.focus_search,
                                 QKeySequence.StandardKey.Find,
                                 translate("MainWindow", "Search the list on screen"))
    edit_menu.addAction(window.find_action)


def _build_sourcing_menu(window: Shell) -> None:
    sourcing_menu = window.menuBar().addMenu(translate("MainWindow", "&Sourcing"))
    window.rfq_list_action = _action(
        window, translate("MainWindow", "&Requests for Quotation…"),
        partial(window.navigate, OpenRfqs()),
        tip=translate("MainWindow", "Every RFQ sent, and which suppliers answered or are "
                                    "overdue"))
    window.new_rfq_action = _action(
        window, translate("MainWindow", "&New Request for Quotation…"),
        partial(window.navigate, NewRfq()),
        tip=translate("MainWindow", "Send a design's issued tech pack to suppliers with the "
                                    "quantities to quote"))
    window.new_quote_action = _action(
        window, translate("MainWindow", "New &Quote…"), partial(window.navigate, NewQuote()),
        tip=translate("MainWindow", "Enter a quote a supplier sent"))
    window.request_sample_action = _action(
        window, translate("MainWindow", "Request a &Sample…"),
        partial(window.navigate, RequestSample()),
        tip=translate("MainWindow", "Ask a supplier for a sample of a tech pack revision"))
    for action in (window.rfq_list_action, window.new_rfq_action, window.new_quote_action,
                   window.request_sample_action):
        sourcing_menu.addAction(action)
    sourcing_menu.insertSeparator(window.new_rfq_action)
    window.sourcing_menu = sourcing_menu
    sourcing_menu.addAction(window.import_quotes_action)
    window.editing_actions = [window.new_rfq_action, window.new_quote_action,
                              window.request_sample_action, window.import_quotes_action]


def _build_costs_menu(window: Shell) -> None:
    """Costs: the prices and rates costs are based on, and the make-or-buy comparison."""
    costs_menu = window.menuBar().addMenu(translate("MainWindow", "&Costs"))
    costs_menu.setObjectName("costsMenu")
    window.update_prices_action = _action(
        window, translate("MainWindow", "&Update Prices…"), window.show_price_form,
        "Ctrl+Shift+P",
        translate("MainWindow", "Today's price of every metal your designs use and a rate for "
                                "every currency, in one form saved as one undoable step"))
    window.update_prices_action.setObjectName("updatePricesAction")
    window.new_metal_price_action = _action(
        window, translate("MainWindow", "New &Metal Price…"), window.new_metal_price,
        tip=translate("MainWindow", "Enter one metal price, per troy ounce or per gram"))
    window.new_fx_rate_action = _action(
        window, translate("MainWindow", "New &Exchange Rate…"), window.new_fx_rate,
        tip=translate("MainWindow", "Enter one exchange rate, such as 1 EUR = 11.7 NOK"))
    window.compare_costs_action = _action(
        window, translate("MainWindow", "&Compare"), partial(window.navigate, CompareCosts()),
        tip=translate("MainWindow", "Make or buy: a design or plan costed in-house and by each "
                                    "quote"))
    window.prices_action = _action(
        window, translate("MainWindow", "&Scenarios && Prices"), window.show_prices,
        tip=translate("MainWindow", "The in-house scenarios and the dated metal prices and "
                                    "exchange rates"))
    for action in (window.update_prices_action, window.new_metal_price_action,
                   window.new_fx_rate_action, window.import_prices_action):
        costs_menu.addAction(action)
    costs_menu.addSeparator()
    costs_menu.addAction(window.compare_costs_action)
    costs_menu.addAction(window.prices_action)
    window.costs_menu = costs_menu
    window.editing_actions += [window.update_prices_action, window.new_metal_price_action,
                               window.new_fx_rate_action]


def _build_view_menu(window: Shell, sections: list[Section]) -> None:
    view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    window.view_actions = []
    for row, section in enumerate(sections):
        action = _action(window, section.title, partial(window.navigation.setCurrentRow, row),
                         f"Ctrl+{row + 1}")
        view_menu.addAction(action)
        window.view_actions.append(action)
    view_menu.addSeparator()
    window.refresh_action = _action(window, translate("MainWindow", "&Reload"), window.reload,
                                    QKeySequence.StandardKey.Refresh,
                                    translate("MainWindow", "Read the workspace again"))
    view_menu.addAction(window.refresh_action)


def _build_help_menu(window: Shell) -> None:
    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    window.open_demo_action = _action(
        window, translate("MainWindow", "Open &Demo Workspace…"), window.open_demo,
        tip=translate("MainWindow", "Write a fresh demo workspace (it replaces the previous "
                                    "demo copy, never your own files) and open it"))
    window.open_demo_action.setEnabled(window.demo_writer is not None)
    window.checklist_action = _action(
        window, translate("MainWindow", "&Getting Started Checklist"), window.show_checklist,
        tip=translate("MainWindow", "Show the first steps on the Designs page again"))
    help_menu.addAction(window.open_demo_action)
    help_menu.addAction(window.checklist_action)
    help_menu.addSeparator()
    window.about_action = _action(window, translate("MainWindow", "&About jewelbench"),
                                  window.show_about)
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(window.about_action)
    about_qt = _action(window, translate("MainWindow", "About &Qt"), QApplication.aboutQt)
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    help_menu.addAction(about_qt)


def rebuild_recent_menu(window: Shell) -> None:
    """File ▸ Open Recent: the workspaces opened last, newest first, and Clear Menu."""
    window.recent_menu.clear()
    paths = window.recent_paths()
    for number, path in enumerate(paths, start=1):
        action = window.recent_menu.addAction(f"&{number}  {path.name}")
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _=False, p=path: window.open_path(p))
    if paths:
        window.recent_menu.addSeparator()
    clear = window.recent_menu.addAction(translate("MainWindow", "Clear Menu"))
    clear.setEnabled(bool(paths))
    clear.triggered.connect(lambda _=False: clear_recent(window))


def clear_recent(window: Shell) -> None:
    """File ▸ Open Recent ▸ Clear Menu."""
    registry.write(window.settings, registry.RECENT, [])
    rebuild_recent_menu(window)
