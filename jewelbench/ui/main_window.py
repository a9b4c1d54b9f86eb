"""The main window: navigation between the feature views, the File and Help menus."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QMargins,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

import jewelbench
from jewelbench.domain.messages import fill
from jewelbench.storage import (
    ReadError,
    StorageError,
    Workspace,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceInUse,
)
from jewelbench.ui import dialogs, i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.formatting import counted, sentence
from jewelbench.ui.health import HealthCheck
from jewelbench.ui.icons import icon
from jewelbench.ui.workspace.checklist import FirstHourChecklist

MAX_RECENT = 8


def _pages_of(view: QWidget) -> list[Any]:
    """The list pages inside a section's view (a view may be one, or hold several)."""
    if hasattr(view, "pages"):
        return list(view.pages)
    page = getattr(view, "page", None)
    return [page] if page is not None else [view]


# Each section's code is imported when the section is first opened, not at start-up.
def _designs_view() -> QWidget:
    from jewelbench.ui.designs.view import DesignsView

    return DesignsView()


def _suppliers_view() -> QWidget:
    from jewelbench.ui.suppliers.view import SuppliersView

    return SuppliersView()


def _quotes_view() -> QWidget:
    from jewelbench.ui.quotes.view import QuotesView

    return QuotesView()


def _samples_view() -> QWidget:
    from jewelbench.ui.samples.view import SamplesView

    return SamplesView()


def _costs_view() -> QWidget:
    from jewelbench.ui.costs.view import CostsView

    return CostsView()


PREFERRED_SIZE = QSize(1280, 760)  # the first run's window, where the screen has room
FRAME = QMargins(8, 40, 8, 8)  # room for the title bar and borders the window system adds


def first_run_geometry(available: QRect) -> QRect:
    """The window's place on first run: the preferred size, made smaller to fit, frame and
    all, inside the screen less its panels (a 768-pixel laptop less a task bar), centred."""
    room = available.marginsRemoved(FRAME)
    size = QSize(min(PREFERRED_SIZE.width(), room.width()),
                 min(PREFERRED_SIZE.height(), room.height()))
    return QStyle.alignedRect(Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignCenter,
                              size, room)


WINDOW_GEOMETRY = registry.layout("window/geometry")


def preferences_shortcut() -> QKeySequence:
    """The platform's Preferences keys (Cmd+, on macOS), else Ctrl+,."""
    if QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences):
        return QKeySequence(QKeySequence.StandardKey.Preferences)
    return QKeySequence("Ctrl+,")


class MainWindow(QMainWindow):
    workspace_changed = Signal(object)
    first_view_ready = Signal()  # the section on screen is built and read (start-up)
    replaced = Signal(object)  # the new window, after Restart Now (File ▸ Settings)

    def __init__(self, settings: QSettings, workspace: Workspace,
                 default_folder: Path, parent: QWidget | None = None, *,
                 defer_first_view: bool = False,
                 demo_writer: Callable[[Path], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        # At start-up the frame (menus, sections, status bar) is shown first and the section
        # on screen is built and read on the next turn of the event loop, once it has painted.
        self._defer_first_view = defer_first_view
        self.first_view_is_ready = False
        self.settings = settings
        self.default_folder = default_folder
        self.workspace: Workspace = workspace
        # Writes the demo workspace to a new file (app.demo.write_demo, given by the app: the
        # ui layer does not import the app's demo); None leaves Help ▸ Open Demo disabled.
        self.demo_writer = demo_writer
        self.demo_job: Any = None
        self.new_workspace_dialog: Any = None
        self.workspace_settings_dialog: Any = None
        self.settings_dialog: Any = None
        self.restart_box: Any = None
        self.replace_demo_box: QMessageBox | None = None
        self.checklist = FirstHourChecklist(settings, self)
        self.checklist.open_step.connect(self.open_checklist_step)
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(QSize(900, 560))

        self._sections: list[tuple[str, str, Callable[[], QWidget]]] = [
            ("designs", self.tr("Designs"), _designs_view),
            ("suppliers", self.tr("Suppliers"), _suppliers_view),
            ("quotes", self.tr("Quotes"), _quotes_view),
            ("samples", self.tr("Samples"), _samples_view),
            ("costs", self.tr("Costs"), _costs_view),
        ]
        self._built: dict[str, QWidget] = {}
        self._loaded: set[str] = set()
        self.undo = UndoController(self)
        self.undo.changed.connect(self._workspace_edited)
        self.undo.failed.connect(self._edit_failed)
        self.health = HealthCheck(self)
        self.health_problems: list[str] | None = None  # None until the check has run
        self._backups: Any = None
        self.backup_runner: Any = None  # ui/backups/runner.py: backups in the background
        self.brand_dialog: Any = None
        self.rfq_dialog: Any = None
        self.import_dialog: Any = None
        self.export_dialog: Any = None
        self._changes_at_attach = 0
        self._location_warned: set[str] = set()
        self._refusal_shown = ""  # the refusal the status bar shows, cleared by the next edit
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60_000)
        self.backup_timer.timeout.connect(self.backup_if_due)
        self.backup_timer.start()
        self.health.finished.connect(self._health_checked)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget()
        for key, title, _factory in self._sections:
            item = QListWidgetItem(icon(key), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(title)
            self.navigation.addItem(item)
        # Wide enough for the longest title beside its icon (measured from the font, which is
        # far cheaper at start-up than asking the view to lay out every item).
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(title) for _key, title, _f in self._sections)
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

        self._build_menus()
        self._restore_state()
        self._attach(workspace)

    # --- menus ---------------------------------------------------------------------------

    def _action(self, text: str, slot,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        # triggered passes its checked flag; no menu slot takes it (Import Quotes… once read
        # it as the file's path), so each is called with its own defaults
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New Workspace…"), self.new_workspace,
                                       QKeySequence.StandardKey.New,
                                       self.tr("Create a new, empty workspace file"))
        self.open_action = self._action(self.tr("&Open Workspace…"), self.open_workspace_dialog,
                                        QKeySequence.StandardKey.Open,
                                        self.tr("Open a workspace file"))
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as,
                                           QKeySequence.StandardKey.SaveAs,
                                           self.tr("Copy this workspace to a new file and "
                                                   "continue there"))
        self.backups_action = self._action(self.tr("&Backups…"), self.show_backups,
                                           tip=self.tr("See, take and restore backups of "
                                                       "this workspace"))
        self.brand_action = self._action(self.tr("Brand &Profile…"), self.show_brand_profile,
                                         tip=self.tr("The brand name, address and logo printed "
                                                     "on every new tech pack"))
        self.workspace_settings_action = self._action(
            self.tr("&Workspace Settings…"), self.show_workspace_settings,
            tip=self.tr("The workspace's name and base currency"))
        self.settings_action = self._action(
            self.tr("&Settings…"), self.show_settings, preferences_shortcut(),
            tip=self.tr("Language, number and date forms, weights, paper, backups and the "
                        "base currency"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.import_quotes_action = self._action(
            self.tr("&Import Quotes…"), self.import_quotes,
            tip=self.tr("Read quotes from a filled quote template, another spreadsheet or a "
                        "CSV file, with a preview before anything is stored"))
        self.import_prices_action = self._action(
            self.tr("Import Prices and Ra&tes…"), self.import_prices,
            tip=self.tr("Read metal prices and exchange rates from a file downloaded earlier "
                        "(ECB, Norges Bank, LBMA or a plain CSV), with a preview"))
        self.export_workbook_action = self._action(
            self.tr("&Workbook for Your Accountant…"), self.export_workbook,
            tip=self.tr("An Excel workbook whose costs are live formulas over the inputs: "
                        "change a metal price and every total follows"))
        self.export_csv_action = self._action(
            self.tr("&CSV Tables…"), self.export_csv,
            tip=self.tr("Write each table as a CSV file (UTF-8, your delimiter)"))
        self.show_folder_action = self._action(self.tr("Show in &Folder"), self.show_in_folder,
                                               tip=self.tr("Open the folder holding this "
                                                           "workspace"))
        self.quit_action = self._action(self.tr("&Quit"), self.close,
                                        QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.insertAction(self.recent_menu.menuAction(), self.new_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_as_action)
        file_menu.addAction(self.backups_action)
        file_menu.addAction(self.show_folder_action)
        file_menu.addSeparator()
        file_menu.addAction(self.brand_action)
        file_menu.addAction(self.workspace_settings_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_quotes_action)
        file_menu.addAction(self.import_prices_action)
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        self.export_menu.setObjectName("exportMenu")
        self.export_menu.addAction(self.export_workbook_action)
        self.export_menu.addAction(self.export_csv_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo),
                                       QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = self._action(self.tr("&Find…"), self.focus_search,
                                        QKeySequence.StandardKey.Find,
                                        self.tr("Search the list on screen"))
        edit_menu.addAction(self.find_action)

        sourcing_menu = bar.addMenu(self.tr("&Sourcing"))
        self.rfq_list_action = self._action(
            self.tr("&Requests for Quotation…"), lambda: self.navigate("rfqs", {}),
            tip=self.tr("Every RFQ sent, and which suppliers answered or are overdue"))
        self.new_rfq_action = self._action(
            self.tr("&New Request for Quotation…"), lambda: self.navigate("new_rfq", {}),
            tip=self.tr("Send a design's issued tech pack to suppliers with the quantities "
                        "to quote"))
        self.new_quote_action = self._action(
            self.tr("New &Quote…"), lambda: self.navigate("new_quote", {}),
            tip=self.tr("Enter a quote a supplier sent"))
        self.request_sample_action = self._action(
            self.tr("Request a &Sample…"), lambda: self.navigate("request_sample", {}),
            tip=self.tr("Ask a supplier for a sample of a tech pack revision"))
        for action in (self.rfq_list_action, self.new_rfq_action, self.new_quote_action,
                       self.request_sample_action):
            sourcing_menu.addAction(action)
        sourcing_menu.insertSeparator(self.new_rfq_action)
        self.sourcing_menu = sourcing_menu
        sourcing_menu.addAction(self.import_quotes_action)
        self.editing_actions = [self.new_rfq_action, self.new_quote_action,
                                self.request_sample_action, self.import_quotes_action]

        self._build_costs_menu()

        view_menu = bar.addMenu(self.tr("&View"))
        self.view_actions: list[QAction] = []
        for number, (_key, title, _factory) in enumerate(self._sections, start=1):
            action = self._action(title, partial(self.navigation.setCurrentRow, number - 1),
                                  f"Ctrl+{number}")
            view_menu.addAction(action)
            self.view_actions.append(action)
        view_menu.addSeparator()
        self.refresh_action = self._action(self.tr("&Reload"), self.reload,
                                           QKeySequence.StandardKey.Refresh,
                                           self.tr("Read the workspace again"))
        view_menu.addAction(self.refresh_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.open_demo_action = self._action(
            self.tr("Open &Demo Workspace…"), self.open_demo,
            tip=self.tr("Write a fresh demo workspace (it replaces the previous demo copy, "
                        "never your own files) and open it"))
        self.open_demo_action.setEnabled(self.demo_writer is not None)
        self.checklist_action = self._action(
            self.tr("&Getting Started Checklist"), self.show_checklist,
            tip=self.tr("Show the first steps on the Designs page again"))
        help_menu.addAction(self.open_demo_action)
        help_menu.addAction(self.checklist_action)
        help_menu.addSeparator()
        self.about_action = self._action(self.tr("&About jewelbench"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)
        about_qt = self._action(self.tr("About &Qt"), QApplication.aboutQt)
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        help_menu.addAction(about_qt)
        self._rebuild_recent_menu()

    def _build_costs_menu(self) -> None:
        """Costs: the prices and rates costs are based on (other helpers add to this menu)."""
        costs_menu = self.menuBar().addMenu(self.tr("&Costs"))
        costs_menu.setObjectName("costsMenu")
        self.update_prices_action = self._action(
            self.tr("&Update Prices…"), self.show_price_form, "Ctrl+Shift+P",
            self.tr("Today's price of every metal your designs use and a rate for every "
                    "currency, in one form saved as one undoable step"))
        self.update_prices_action.setObjectName("updatePricesAction")
        self.new_metal_price_action = self._action(
            self.tr("New &Metal Price…"), self.new_metal_price,
            tip=self.tr("Enter one metal price, per troy ounce or per gram"))
        self.new_fx_rate_action = self._action(
            self.tr("New &Exchange Rate…"), self.new_fx_rate,
            tip=self.tr("Enter one exchange rate, such as 1 EUR = 11.7 NOK"))
        self.compare_costs_action = self._action(
            self.tr("&Compare"), lambda: self.navigate("compare_costs", {}),
            tip=self.tr("Make or buy: a design or plan costed in-house and by each quote"))
        self.prices_action = self._action(
            self.tr("&Scenarios && Prices"), self.show_prices,
            tip=self.tr("The in-house scenarios and the dated metal prices and exchange "
                        "rates"))
        for action in (self.update_prices_action, self.new_metal_price_action,
                       self.new_fx_rate_action, self.import_prices_action):
            costs_menu.addAction(action)
        costs_menu.addSeparator()
        costs_menu.addAction(self.compare_costs_action)
        costs_menu.addAction(self.prices_action)
        self.costs_menu = costs_menu
        self.editing_actions += [self.update_prices_action, self.new_metal_price_action,
                                 self.new_fx_rate_action]
        self.price_form: Any = None

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

    # --- workspace -----------------------------------------------------------------------

    def _attach(self, workspace: Workspace) -> None:
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
            for page in _pages_of(view):
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
            dialog.finished.connect(lambda _r: setattr(self, "brand_dialog", None))
            self.workspace_changed.connect(dialog.workspace_replaced)
            self.brand_dialog = dialog
        self.brand_dialog.show()
        self.brand_dialog.raise_()
        self.brand_dialog.activateWindow()
        return self.brand_dialog

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

    def offer_recovery(self, path: Path, reason: str) -> QMessageBox:
        """A damaged workspace: never touch it, offer the newest good backup instead."""
        from jewelbench.storage.backups import backup_folder_for, describe, newest_good_backup
        from jewelbench.ui.backups.dialog import contents_text

        backup = newest_good_backup(backup_folder_for(path, self.default_folder))
        text = fill(self.tr("“{file}” is damaged."), file=path.name)
        if backup is None:
            return dialogs.show_message(
                self, QMessageBox.Icon.Critical, self.tr("Damaged workspace"), text,
                fill(self.tr("{reason} The file has been left as it is. There is no backup of it "
                             "in {folder}."),
                     reason=sentence(reason),
                     folder=str(backup_folder_for(path, self.default_folder))))
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Damaged workspace"), text,
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("offerRecovery")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setInformativeText(fill(self.tr(
            "{reason}\n\nThe newest good backup was taken {taken} and holds {contents}. "
            "jewelbench can put the damaged file aside as “{file}.damaged” (it is never "
            "overwritten) and restore this backup in its place."), reason=sentence(reason),
                                    taken=backup.taken_at.strftime("%Y-%m-%d %H:%M"),
                                    contents=contents_text(describe(backup.path)),
                                    file=path.name))
        restore = box.addButton(self.tr("Restore Backup"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore)
        box.finished.connect(lambda _r: box.clickedButton() is restore
                             and self.recover(path, backup.path))
        self.recovery_box = box
        box.open()
        return box

    def recover(self, path: Path, backup: Path) -> bool:
        from jewelbench.storage.backups import restore_to, set_aside_damaged

        holding: Path | None = None  # a scratch workspace held while the file is replaced
        if self.workspace.path.resolve() == Path(path).resolve():
            holding = self._open_fallback(avoid=Path(path))  # let go of the damaged file
        try:
            aside = set_aside_damaged(Path(path))
            restore_to(backup, Path(path))
        except (StorageError, OSError) as error:
            dialogs.show_message(self, QMessageBox.Icon.Critical, self.tr("Not restored"),
                                 self.tr("The backup could not be restored."), i18n.say(error))
            return False
        opened = self.open_path(Path(path))
        if holding is not None:
            import shutil

            self.forget_recent(holding)
            shutil.rmtree(holding.parent, ignore_errors=True)
        if opened:
            self.statusBar().showMessage(fill(self.tr(
                "Restored from a backup; the damaged file was kept as {aside}"),
                                              aside=aside.name), 15000)
            return True
        return False

    def _open_fallback(self, avoid: Path | None = None) -> Path | None:
        """Switch to the default workspace (made if need be) to let go of the current file.
        When that file is the default workspace itself (`avoid`), an empty scratch workspace
        in a temporary folder is held instead; its path is returned for the caller to remove."""
        from jewelbench.ui.currency import default_base_currency

        default = self.default_folder / "My workspace.jewelbench"
        scratch = None
        if avoid is not None and default.resolve() == avoid.resolve():
            import tempfile

            default = scratch = Path(tempfile.mkdtemp(prefix="jewelbench-")) / \
                "Restoring.jewelbench"
        try:
            fallback = (Workspace.open(default, full_check=False) if default.exists()
                        else Workspace.create(default, base_currency=default_base_currency()))
        except WorkspaceError:
            return None
        self.switch_to(fallback)
        return scratch

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

    def _workspace_edited(self, topic: str, affected: object) -> None:
        """After an edit, undo or redo: refresh what shows it; other views re-read when next
        shown."""
        self._clear_refusal()
        self.checklist.refresh()
        if topic == "workspace":  # the name or base currency: every figure is shown anew
            self._show_title()
            self.reload()
            return
        if topic == "designs" and "designs" in self._built and isinstance(affected, int):
            self.designs.refresh_design(affected)
        current = self.current_view_key()
        self._loaded.intersection_update({current, "designs"} if topic == "designs"
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
        self._attach(workspace)
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

    def open_path(self, path: Path) -> bool:
        if self.workspace and Path(path).resolve() == self.workspace.path.resolve():
            return True
        try:
            workspace = Workspace.open(path, full_check=False)  # checked in the background
        except WorkspaceInUse as error:
            self._offer_read_only(Path(path), error.reason)
            return False
        except WorkspaceDamaged as error:
            self.offer_recovery(Path(path), error.reason)
            return False
        except WorkspaceError as error:
            if not Path(path).exists():
                self.forget_recent(Path(path))
            dialogs.show_message(self, QMessageBox.Icon.Warning,
                                 self.tr("Cannot open workspace"),
                                 fill(self.tr("“{file}” cannot be opened."), file=Path(path).name),
                                 sentence(error.reason))
            return False
        self.switch_to(workspace)
        if workspace.pre_migration_backup is not None:
            self.statusBar().showMessage(fill(self.tr(
                "Workspace upgraded; the previous version was kept as {file}"),
                                              file=workspace.pre_migration_backup.name))
        self.tell_notices(workspace)
        return True

    def tell_notices(self, workspace: Workspace, *, created: bool = False) -> QMessageBox | None:
        """What opening (or creating) the workspace found beside it and did (a log that was
        not its own, set aside or ignored), said once in a message box."""
        if not workspace.notices:
            return None
        self.notices_box = dialogs.show_message(
            self, QMessageBox.Icon.Warning,
            self.tr("Workspace created") if created else self.tr("Workspace opened"),
            fill(self.tr("“{workspace}” was created; a file already beside it was not part of it.")
                  if created else
                  self.tr("“{workspace}” was opened as it was last saved; a file beside it was not "
                          "part of it."), workspace=workspace.path.name),
            "\n\n".join(sentence(notice) for notice in workspace.notices) + "\n\n" + (
                self.tr("The file that was not part of it is kept, in case it belongs to "
                        "another program.") if created else
                self.tr("Nothing in the workspace was lost. The file that was not part of it "
                        "is kept, in case it belongs to another program.")))
        return self.notices_box

    def _offer_read_only(self, path: Path, reason: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Workspace in use"),
                          fill(self.tr("“{file}” is already open for editing."), file=path.name),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("offerReadOnly")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setInformativeText(fill(self.tr(
            "{reason} Only one window can change a workspace at a time; you can open it "
            "read-only to look at it here."), reason=sentence(reason)))
        read_only = box.addButton(self.tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(read_only)
        box.finished.connect(lambda _r: box.clickedButton() is read_only
                             and self._open_read_only(path))
        self.read_only_box = box
        box.open()
        return box

    def _open_read_only(self, path: Path) -> bool:
        try:
            workspace = Workspace.open(path, full_check=False, read_only=True)
        except WorkspaceError as error:
            dialogs.show_message(self, QMessageBox.Icon.Warning, self.tr("Cannot open workspace"),
                                 fill(self.tr("“{file}” cannot be opened."), file=path.name),
                                 sentence(error.reason))
            return False
        self.switch_to(workspace)
        self.tell_notices(workspace)
        return True

    def open_workspace_dialog(self) -> None:
        path = dialogs.ask_open_path(self, self.tr("Open Workspace"),
                                     self.workspace.path.parent)
        if path is not None:
            self.open_path(path)

    def _ask_new_path(self, title: str, suggestion: Path) -> Path | None:
        """A path for a new file; one that exists is refused (a workspace is never replaced)."""
        path = dialogs.ask_save_path(self, title, suggestion)
        if path is not None and path.exists():
            dialogs.show_message(self, QMessageBox.Icon.Warning, self.tr("File exists"),
                                 fill(self.tr("“{file}” already exists."), file=path.name),
                                 self.tr("Choose another name; jewelbench never overwrites a "
                                         "workspace."))
            return None
        return path

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

    def save_as(self) -> None:
        suggestion = self.workspace.path.with_name(self.workspace.path.stem + " copy.jewelbench")
        path = self._ask_new_path(self.tr("Save Workspace As"), suggestion)
        if path is None:
            return
        try:
            self.workspace.save_copy_as(path)
        except (OSError, WorkspaceError, StorageError) as error:  # a full disk, a bad folder …
            reason = error.reason if isinstance(error, WorkspaceError) else i18n.say(error)
            dialogs.show_message(self, QMessageBox.Icon.Warning, self.tr("Cannot save a copy"),
                                 self.tr("The copy could not be written; the workspace is "
                                         "unchanged and still open."), sentence(reason))
            return
        self.open_path(path)
        self.statusBar().showMessage(fill(self.tr("Saved as {file}"), file=str(path)), 8000)

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
        self._rebuild_recent_menu()

    def forget_recent(self, path: Path) -> None:
        paths = [p for p in self.recent_paths() if p != Path(path).resolve()]
        registry.write(self.settings, registry.RECENT, [str(p) for p in paths])
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent_paths()
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number}  {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if paths:
            self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear Menu"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        registry.write(self.settings, registry.RECENT, [])
        self._rebuild_recent_menu()

    # --- views ---------------------------------------------------------------------------

    def view(self, key: str) -> Any:
        """The section's view, built the first time it is needed."""
        view = self._built.get(key)
        if view is None:
            factory = next(f for k, _t, f in self._sections if k == key)
            view = factory()
            view.restore_state(self.settings)  # type: ignore[attr-defined]
            if hasattr(view, "attach_controller"):
                view.attach_controller(self.undo)
            if hasattr(view, "navigate"):
                view.navigate.connect(self.navigate)
            for page in _pages_of(view):
                page.message.connect(self._show_refusal)
                page.set_editable(not self.workspace.read_only)
            if key == "designs":
                getattr(view, "page").layout_.insertWidget(1, self.checklist)  # noqa: B009
                self.checklist.placed = True
                self.checklist.refresh()
            self.stack.addWidget(view)
            self._built[key] = view
        return view

    designs = property(lambda self: self.view("designs"))
    suppliers = property(lambda self: self.view("suppliers"))
    quotes = property(lambda self: self.view("quotes"))
    samples = property(lambda self: self.view("samples"))
    costs = property(lambda self: self.view("costs"))

    def _show_view(self, row: int) -> None:
        if row < 0:
            return
        key = self._sections[row][0]
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
        return self._sections[self.navigation.currentRow()][0]

    def show_view(self, key: str) -> None:
        for row, (view_key, _title, _factory) in enumerate(self._sections):
            if view_key == key:
                self.navigation.setCurrentRow(row)
                return
        raise KeyError(key)

    def navigate(self, target: str, where: object) -> Any:
        """Go from one record to those related to it (a view's navigate signal): "quotes",
        "samples" or "suppliers" shown for a design or supplier; "supplier" or "design" selected
        in their section; "techpack" opens a design's tech pack at a revision."""
        args = dict(where) if isinstance(where, dict) else {}
        design_id = args.get("design_id")
        if target in ("rfqs", "new_rfq"):
            from jewelbench.ui.rfqs import new_rfq, open_rfqs

            opener = open_rfqs if target == "rfqs" else new_rfq
            self.rfq_dialog = opener(self, self.workspace, self.undo, self.settings,
                                     design_id=design_id)
            return self.rfq_dialog
        if target == "enter_prices":  # an Enter Prices… button: what is missing, filled in
            return self.show_price_form(getattr(where, "metal", None),
                                        getattr(where, "currency", None),
                                        getattr(where, "on", None))
        if target == "import_prices":  # IMPORT_PRICES: Scenarios & Prices ▸ Import…
            return self.import_prices()
        if target == "compare_costs":
            self.show_view("costs")
            self.costs.setCurrentWidget(self.costs.comparison)
            if isinstance(design_id, int):
                self.costs.comparison.choose("design", design_id)
            return self.costs.comparison
        if target == "request_sample":
            self.show_view("samples")
            if design_id is not None:
                self.samples.show_only(design_id=design_id)
            return self.samples.request_sample()
        if target in ("new_quote", "compare_quotes"):
            self.show_view("quotes")
            if design_id is not None:
                self.quotes.show_only(design_id=design_id)
            if target == "new_quote":
                return self.quotes.new_quote()
            return self.quotes.compare(design_id=design_id)
        if target == "supplier":
            target = "suppliers"
        if target in ("quotes", "samples", "suppliers"):
            self.show_view(target)
            view = self.view(target)
            view.show_only(design_id=args.get("design_id"), supplier_id=args.get("supplier_id"))
            return view
        if target in ("design", "techpack"):
            self.show_view("designs")
            if not isinstance(design_id, int):
                return None
            self.designs.select(design_id)
            if target == "design":
                return self.designs
            editor = self.designs.open_tech_pack(design_id)
            revision_id = args.get("revision_id")
            if editor is not None and revision_id is not None:
                label = next((r.revision for r in editor.revisions if r.id == revision_id),
                             None)
                if label is not None:
                    editor.reload(select=label)
            return editor
        raise KeyError(target)

    def focus_search(self) -> None:
        view = self.stack.currentWidget()
        if view is not None:
            _pages_of(view)[0].focus_search()

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
            for page in _pages_of(view):
                page.commit_open_editor()

    def close_open_dialogs(self) -> None:
        """Close the dialogs still open beside the window (Brand Profile, editors …): each
        saves what is being typed in it while the workspace is still open."""
        from PySide6.QtWidgets import QDialog

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

    def open_checklist_step(self, key: str) -> Any:
        """A checklist button: brand, prices, design, scenario, supplier or quote."""
        from jewelbench.ui.workspace.first_hour import open_checklist_step

        return open_checklist_step(self, key)

    def show_checklist(self) -> None:
        """Help ▸ Getting Started Checklist: shown again on the Designs page."""
        self.show_view("designs")
        self.checklist.undismiss()

    def _open_prices(self) -> Any:
        """Where metal prices and exchange rates are entered: Costs ▸ Scenarios & Prices,
        with Update Prices… open on it (the form; None on a read-only workspace)."""
        self.show_prices()
        return self.show_price_form()
