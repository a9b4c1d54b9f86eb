"""The design catalog: every design with its cover thumbnail, and a preview of the selected one."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QDropEvent, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.alloys import Alloy
from jewelbench.domain.designs import Category, Design, DesignImage, LifecycleStatus
from jewelbench.domain.inputs import RETAIL_PRICE, InputError
from jewelbench.domain.messages import fill
from jewelbench.domain.money import Money
from jewelbench.storage import ReadError, Workspace
from jewelbench.storage.designs import DesignSummary
from jewelbench.storage.repository import NotFound
from jewelbench.ui import dialogs, i18n, navigation
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.designs.commands import AddDesign, EditDesignDetails, ReplaceDesign
from jewelbench.ui.designs.preview import DesignPreview
from jewelbench.ui.formatting import counted, decimal_text, integer_text, money_text
from jewelbench.ui.imaging import (
    keeps_originals,
    qimage_from_bytes,
    taken_in_note,
)
from jewelbench.ui.labels import category_label, status_label
from jewelbench.ui.photo_intake import PhotoIntake, Taken, cancelled_note, take_one
from jewelbench.ui.widgets.fields import format_for_locale, parse_for_locale
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import ROW_ROLE, Column

if TYPE_CHECKING:
    from jewelbench.ui.designs.dialogs import NewDesignDialog
    from jewelbench.ui.designs.editor import DesignEditor

ICON_SIZE = 28
GRID_ICON = 112


class DesignsView(QSplitter):
    # to the records related to a design (a ui.navigation.DesignTarget with the design's id);
    # the main window goes there
    navigate = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("designsView")
        self._workspace: Workspace | None = None
        self._alloys: dict[str, Alloy] = {}
        self._icons: dict[int, QIcon] = {}
        self.intake: PhotoIntake | None = None  # takes dropped images in off the GUI thread
        self._dropped_on = 0
        self._dropped_into: Workspace | None = None  # the workspace the drop was made in
        columns: list[Column[DesignSummary]] = [
            Column(self.tr("Code"), lambda d: d.code, decoration=self._thumbnail,
                   sort_name="code"),
            Column(self.tr("Name"), lambda d: d.name, key="name", edit_text=lambda d: d.name,
                   sort_name="name"),
            Column(self.tr("Collection"), lambda d: d.collection, key="collection",
                   edit_text=lambda d: d.collection, sort_name="collection"),
            Column(self.tr("Category"), lambda d: category_label(d.category),
                   sort_name="category"),
            Column(self.tr("Status"), lambda d: status_label(d.status),
                   sort_key=lambda d: list(type(d.status)).index(d.status), sort_name="status"),
            Column(self.tr("Retail"), lambda d: money_text(d.target_retail_price),
                   sort_key=lambda d: d.target_retail_price.amount
                   if d.target_retail_price else None,
                   numeric=True, key="retail", rule=RETAIL_PRICE,
                   edit_text=lambda d: format_for_locale(
                       d.target_retail_price.amount if d.target_retail_price else None,
                       RETAIL_PRICE),
                   tooltip=lambda d: self.tr("Target retail price — double-click to change"),
                   sort_name="retail"),
            Column(self.tr("Metal"), lambda d: d.alloys, sort_name="alloys"),
            Column(self.tr("Weight (g)"), lambda d: decimal_text(d.metal_weight_g, 2),
                   sort_key=lambda d: d.metal_weight_g, numeric=True, sort_name="weight"),
            Column(self.tr("Stones"), lambda d: str(d.stone_count),
                   sort_key=lambda d: d.stone_count, numeric=True, sort_name="stones"),
            Column(self.tr("Updated"), lambda d: d.updated_at.replace("T", " ")[:16],
                   sort_name="updated"),
        ]
        # read from SQL a page at a time; the search, the filters and the sort are done there
        self.page = ListPage("designs", self.tr("Designs"), columns,
                             self.tr("No designs yet. Use New Design to add the first, or "
                                     "Help ▸ Open Demo Workspace to look around."),
                             paged=True)
        self.filter = self.page.proxy  # what the table and the thumbnail grid show
        self._total = 0
        self._headline = ""
        self.page.search.setPlaceholderText(self.tr("Code, name or collection (Ctrl+F)"))
        self.page.search.setMinimumWidth(240)
        self.page.table.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.page.table.verticalHeader().setDefaultSectionSize(ICON_SIZE + 6)
        self._grid: QListView | None = None  # made when first shown (start-up is lean)
        self.page.add_bar(self._build_bar())
        self._accept_dropped_files(self.page.table)
        self._settings: QSettings | None = None
        self.preview = DesignPreview()
        self.addWidget(self.page)
        self.addWidget(self.preview)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.setSizes([900, 300])
        self.page.current_row_changed.connect(self._show_preview)
        self.page.current_row_changed.connect(lambda _row: self._enable_buttons())
        self._read_only = False
        self._enable_buttons()
        self.page.model.edit_requested.connect(self._edit)
        self._controller: UndoController | None = None

    # --- the bar: filters, grid, actions ---------------------------------------------------

    def _build_bar(self) -> QWidget:
        bar = QWidget()
        rows = QVBoxLayout(bar)  # filters above the actions: one row does not fit at 1366 px
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        filters, row = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(filters)
        rows.addLayout(row)
        self.category_filter = QComboBox()
        self.category_filter.setAccessibleName(self.tr("Category filter"))
        self.category_filter.addItem(self.tr("All categories"), None)
        for value in Category:
            self.category_filter.addItem(category_label(value), value)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in LifecycleStatus:
            self.status_filter.addItem(status_label(status), status)
        self.metal_filter = QComboBox()
        self.metal_filter.setAccessibleName(self.tr("Metal filter"))
        self.metal_filter.addItem(self.tr("All metals"), None)
        for combo in (self.category_filter, self.status_filter, self.metal_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
            # as wide as the longest choice, never squeezed ("All catego")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.grid_toggle = QToolButton()
        self.grid_toggle.setText(self.tr("Thumbnails"))
        self.grid_toggle.setCheckable(True)
        self.grid_toggle.setToolTip(self.tr("Show the designs as a grid of thumbnails"))
        self.grid_toggle.toggled.connect(self.show_grid)
        filters.addWidget(self.grid_toggle)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_button.setToolTip(self.tr("Open the selected design's specs, images and bill "
                                            "of materials (Ctrl+E)"))
        self.edit_button.clicked.connect(lambda: self.edit_design())
        row.addWidget(self.edit_button)
        self.tech_pack_button = QPushButton(self.tr("Tech Pack…"))
        self.tech_pack_button.setShortcut(QKeySequence("Ctrl+T"))
        self.tech_pack_button.setToolTip(self.tr("Revisions, the draft's sections, DFM "
                                                 "warnings, issuing and printing (Ctrl+T)"))
        self.tech_pack_button.clicked.connect(lambda: self.open_tech_pack())
        row.addWidget(self.tech_pack_button)
        self.sourcing_button = QPushButton(self.tr("Sourcing ▾"))
        self.sourcing_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sourcing_button.setToolTip(self.tr("The selected design's quotes, samples and "
                                                "suppliers; request quotes or a sample "
                                                "(Ctrl+Shift+S)"))
        self.sourcing_button.clicked.connect(lambda: self.sourcing_menu())
        row.addWidget(self.sourcing_button)
        self.new_button = QPushButton(self.tr("New Design…"))
        self.new_button.clicked.connect(self.new_design)
        self.duplicate_button = QPushButton(self.tr("Duplicate…"))
        self.duplicate_button.clicked.connect(self.duplicate_design)
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.setToolTip(self.tr("Mark the selected design as retired (undoable)"))
        self.retire_button.clicked.connect(self.ask_retire)
        for button in (self.new_button, self.duplicate_button, self.retire_button):
            row.addWidget(button)
        row.addStretch(1)
        return bar

    def edit_design(self, design_id: int | None = None) -> DesignEditor | None:
        if design_id is None:
            current = self.page.current_row()
            design_id = None if current is None else current.id
        if design_id is None or self._workspace is None or self._controller is None:
            return None
        from jewelbench.ui.designs.editor import DesignEditor

        editor = DesignEditor(self._workspace, design_id, self._controller,
                              self._settings or QSettings(), self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.navigate.connect(self.navigate)
        self.editor = editor
        editor.show()
        return editor

    def open_tech_pack(self, design_id: int | None = None) -> Any:
        if design_id is None:
            current = self.page.current_row()
            design_id = None if current is None else current.id
        if design_id is None or self._workspace is None or self._controller is None:
            return None
        from jewelbench.ui.techpacks.editor import TechPackEditor

        editor = TechPackEditor(self._workspace, design_id, self._controller,
                                self._settings or QSettings(), self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tech_pack_editor = editor
        editor.show()
        return editor

    def sourcing_menu(self, popup: bool = True) -> Any:
        """The Sourcing menu for the selected design (built when first asked for: start-up
        does not pay for it)."""
        from PySide6.QtWidgets import QMenu

        current = self.page.current_row()
        menu = QMenu(self)
        menu.setObjectName("sourcingMenu")
        # (the action's object name, its text, where it leads with the design's id)
        entries: list[tuple[str, str, type[navigation.DesignTarget]] | None] = [
            ("quotes", self.tr("&Quotes for This Design"), navigation.ShowQuotes),
            ("compare_quotes", self.tr("&Compare Quotes…"), navigation.CompareQuotes),
            ("samples", self.tr("&Samples for This Design"), navigation.ShowSamples),
            ("suppliers", self.tr("Su&ppliers for This Design"), navigation.ShowSuppliers),
            ("compare_costs", self.tr("Make or &Buy: Compare Costs"), navigation.CompareCosts),
            None,
            ("new_rfq", self.tr("Request &Quotes (RFQ)…"), navigation.NewRfq),
            ("request_sample", self.tr("Request a Sa&mple…"), navigation.RequestSample),
        ]
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            name, text, destination = entry
            action = menu.addAction(text)
            action.setObjectName(f"sourcing_{name}")
            action.setEnabled(current is not None)
            if current is not None:
                target = destination(design_id=current.id)
                action.triggered.connect(lambda _=False, t=target: self.navigate.emit(t))
        if current is None:
            menu.addSeparator()
            menu.addAction(self.tr("Select a design first")).setEnabled(False)
        self._sourcing = menu
        if popup:
            button = self.sourcing_button
            menu.popup(button.mapToGlobal(QPoint(0, button.height())))
        return menu

    def _enable_buttons(self) -> None:
        """What needs a design is enabled only with one selected (and, to change it, a
        workspace that can be changed)."""
        selected = self.page.current_row() is not None
        writable = not self._read_only
        self.new_button.setEnabled(writable)
        for button in (self.edit_button, self.tech_pack_button, self.sourcing_button):
            button.setEnabled(selected)
        for button in (self.duplicate_button, self.retire_button):
            button.setEnabled(selected and writable)

    def _filter_values(self) -> dict[str, Any]:
        """The filter boxes' choices as the catalog's SQL filters (None: every one)."""
        # Qt hands the enum members back as plain text: turn them into members again.
        category, status = self.category_filter.currentData(), self.status_filter.currentData()
        return {"category": Category(category).value if category else None,
                "status": LifecycleStatus(status).value if status else None,
                "alloy": self.metal_filter.currentData()}

    def _apply_filters(self) -> None:
        if self._workspace is not None:
            self.page.set_filters(**self._filter_values())

    def _describe(self, shown: int) -> str:
        """The line under the title: the catalog's headline, or how many of it are shown."""
        if self.page.query.search or self.page.filters:
            return fill(self.tr("{shown} of {total} designs"), shown=integer_text(shown),
                        total=integer_text(self._total))
        return self._headline

    @property
    def grid(self) -> QListView:
        """The thumbnail grid: the same rows, selection and preview as the table."""
        if self._grid is None:
            grid = QListView()
            grid.setObjectName("designsGrid")
            grid.setViewMode(QListView.ViewMode.IconMode)
            grid.setResizeMode(QListView.ResizeMode.Adjust)
            grid.setMovement(QListView.Movement.Static)
            grid.setUniformItemSizes(True)
            grid.setIconSize(QSize(GRID_ICON, GRID_ICON))
            grid.setGridSize(QSize(GRID_ICON + 36, GRID_ICON + 44))
            grid.setWordWrap(True)
            grid.setModel(self.filter)
            grid.setSelectionModel(self.page.table.selectionModel())
            grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            grid.activated.connect(self._grid_activated)
            self._accept_dropped_files(grid)
            self._grid = grid
        return self._grid

    def _grid_activated(self, index: QModelIndex) -> None:
        """A picture in the grid double-clicked (or Enter): its design opens in the editor."""
        self.edit_design(index.data(ROW_ROLE).id)

    def _accept_dropped_files(self, view: QAbstractItemView) -> None:
        view.setAcceptDrops(True)
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    def show_grid(self, on: bool) -> None:
        if not on and self._grid is None:
            return  # the table is already showing
        self.page.use_view(self.grid if on else self.page.table)
        if self.grid_toggle.isChecked() != on:
            self.grid_toggle.setChecked(on)

    # --- actions -------------------------------------------------------------------------

    def _taken_codes(self) -> set[str]:
        assert self._workspace is not None
        return self._workspace.designs.codes()

    def _collections(self) -> list[str]:
        assert self._workspace is not None
        return self._workspace.designs.collections()

    def new_design(self) -> NewDesignDialog | None:
        if self._workspace is None or self._workspace.read_only:
            return None
        from jewelbench.ui.designs.dialogs import NewDesignDialog

        dialog = NewDesignDialog(self.tr("New Design"), self._collections(), self._taken_codes(),
                                 self._settings or QSettings(), self)
        dialog.accepted.connect(partial(self._created, dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def duplicate_design(self) -> NewDesignDialog | None:
        current = self.page.current_row()
        if current is None or self._workspace is None or self._workspace.read_only:
            return None
        from jewelbench.ui.designs.dialogs import NewDesignDialog, next_free_code

        taken = self._taken_codes()
        dialog = NewDesignDialog(
            fill(self.tr("Duplicate {design}"), design=current.code), self._collections(), taken,
            self._settings or QSettings(), self, code=next_free_code(current.code, taken),
            name=fill(self.tr("{design} (copy)"), design=current.name), category=current.category,
            collection=current.collection)
        source_id = current.id
        dialog.accepted.connect(lambda: self._duplicate(source_id, dialog.result_design))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _duplicate(self, source_id: int, entered: Design | None) -> None:
        if entered is None or self._workspace is None:
            return
        source = self._workspace.designs.get(source_id)
        copy = replace(source, id=None, code=entered.code, name=entered.name,
                       category=entered.category, collection=entered.collection,
                       status=LifecycleStatus.IDEA)
        self._add(copy, self.tr("Duplicate as {design}"))

    def _created(self, dialog: NewDesignDialog) -> None:
        """New Design… accepted: the design entered is added, one undoable step."""
        self._add(dialog.result_design, self.tr("New design {design}"))

    def _add(self, design: Design | None, text: str) -> None:
        if design is None or self._workspace is None or self._controller is None:
            return
        command = AddDesign(self._workspace, design, fill(text, design=design.code))
        reason = self._controller.run(command)
        if reason is not None:
            self.page.message.emit(fill(self.tr("Not saved: {reason}"), reason=reason))
            return
        self._show_added(command.design_id, design.code)

    def _show_added(self, design_id: int | None, code: str) -> None:
        """A design just added is shown selected: a search hiding it is cleared."""
        if design_id is not None and not self.page.reveal(design_id):  # filters hide it
            said = self.tr("{design} was added; the filters above the list hide it.")
            self.page.message.emit(fill(said, design=code))

    def ask_retire(self) -> QMessageBox | None:
        """Ask before retiring the selected design, naming it; the retiring is undoable."""
        current = self.page.current_row()
        if current is None or self._workspace is None or self._controller is None:
            return None
        if current.status is LifecycleStatus.RETIRED:
            self.page.message.emit(fill(self.tr("{design} is already retired."),
                                        design=current.code))
            return None
        design_id = current.id
        self.confirm = dialogs.confirm(
            self, self.tr("Retire design"),
            fill(self.tr("Retire {code} — {name}?"), code=current.code, name=current.name),
            self.tr("It stays in the workspace, marked retired. Edit ▸ Undo brings it back."),
            self.tr("Retire"), lambda: self.retire_design(design_id),
            name="confirmRetireDesign")
        return self.confirm

    def retire_design(self, design_id: int) -> None:
        """Retire without asking (the question has been answered): one undoable command."""
        if self._workspace is None or self._controller is None:
            return
        before = self._workspace.designs.get(design_id)
        after = replace(before, status=LifecycleStatus.RETIRED)
        reason = self._controller.run(ReplaceDesign(
            self._workspace, before, after, fill(self.tr("Retire {design}"), design=before.code)))
        if reason is not None:
            self.page.message.emit(fill(self.tr("Not saved: {reason}"), reason=reason))

    def add_image_file(self, design_id: int, path: Path) -> str | None:
        """An image dropped on a design: checked, stored with its thumbnail; None or why not."""
        if self._workspace is None or self._controller is None:
            return None
        if self._workspace.read_only:
            return self.tr("This workspace is open read-only.")
        return self._store_taken(design_id, take_one(path, keeps_originals(self._workspace)))

    def add_dropped_files(self, design_id: int, paths: list[Path]) -> bool:
        """Files dropped on a design, taken in off the GUI thread (progress and Cancel), then
        each stored as add_image_file() does; False when the drop is not taken."""
        if self._workspace is None or self._controller is None or not paths:
            return False
        if self._workspace.read_only:
            self.page.message.emit(self.tr("This workspace is open read-only."))
            return False
        if self.intake is None:
            self.intake = PhotoIntake(self)
            self.intake.done.connect(self._dropped_taken_in)
        if self.intake.busy:
            self.page.message.emit(self.tr("Photos are still being taken in."))
            return False
        self._dropped_on, self._dropped_into = design_id, self._workspace
        return self.intake.start(paths, keeps_originals(self._workspace))

    def _dropped_taken_in(self, taken: list[Taken], cancelled: bool) -> None:
        if cancelled:
            self.page.message.emit(cancelled_note())
        if self._workspace is not self._dropped_into:  # File ▸ Open meanwhile: not this one's
            if taken:
                self.page.message.emit(self.tr(
                    "The dropped photos were not added: another workspace was opened while "
                    "they were taken in."))
            return
        self._store_dropped(self._dropped_on, taken)

    def _store_dropped(self, design_id: int, taken: list[Taken]) -> None:
        """The photos of one drop stored as one change (one Undo takes them back), and one
        message saying every file refused or scaled: one message a file left only the last
        in the status bar."""
        if self._workspace is None or self._controller is None or not taken:
            return
        notes = [fill(self.tr("“{file}” was not added: {refusal}."), file=one.path.name,
                      refusal=one.refusal) if one.stored is None
                 else taken_in_note(one.path, one.stored) for one in taken]
        kept = [one for one in taken if one.stored is not None]
        if kept:
            try:
                before = self._workspace.designs.get(design_id)
            except (NotFound, ReadError):  # undone or deleted meanwhile, or the window closed
                notes = [fill(self.tr("“{file}” was not added: the design it was dropped on is no "
                                      "longer there."), file=one.path.name) for one in kept]
            else:
                added = [DesignImage(stored.image, stored.thumbnail, stored.mime_type,
                                     stored.width, stored.height, caption=one.path.stem,
                                     is_cover=not before.images and number == 0)
                         for number, one in enumerate(kept)
                         if (stored := one.stored) is not None]
                text = (self.tr("Add image to {design}") if len(added) == 1 else
                        self.tr("Add {count} images to {design}"))
                reason = self._controller.run(ReplaceDesign(
                    self._workspace, before, replace(before, images=[*before.images, *added]),
                    fill(text, design=before.code, count=str(len(added)))))
                if reason is not None:  # the refusals still said, the scaling not
                    notes = [note for one, note in zip(taken, notes, strict=True)
                             if one.stored is None]
                    notes.append(fill(self.tr("Not saved: {reason}"), reason=reason))
        message = " ".join(note for note in notes if note)
        if message:
            self.page.message.emit(message)

    def _store_taken(self, design_id: int, taken: Taken) -> str | None:
        path, stored = taken.path, taken.stored
        if self._workspace is None or self._controller is None:
            return None
        if stored is None:
            message = fill(self.tr("“{file}” was not added: {refusal}."), file=path.name,
                           refusal=taken.refusal)
            self.page.message.emit(message)
            return message
        try:
            before = self._workspace.designs.get(design_id)
        except (NotFound, ReadError):  # undone or deleted meanwhile, or the window closed
            message = fill(self.tr("“{file}” was not added: the design it was dropped on is no "
                                   "longer there."), file=path.name)
            self.page.message.emit(message)
            return message
        image = DesignImage(stored.image, stored.thumbnail, stored.mime_type, stored.width,
                            stored.height, caption=path.stem, is_cover=not before.images)
        after = replace(before, images=[*before.images, image])
        reason = self._controller.run(ReplaceDesign(
            self._workspace, before, after,
            fill(self.tr("Add image to {design}"), design=before.code)))
        if reason is not None:
            self.page.message.emit(fill(self.tr("Not saved: {reason}"), reason=reason))
        elif stored.scaled_from is not None:
            self.page.message.emit(taken_in_note(path, stored))
        return reason

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if isinstance(event, QDropEvent) and event.type() in (QEvent.Type.DragEnter,
                                                              QEvent.Type.DragMove):
            drag = event  # QDragEnterEvent / QDragMoveEvent
            if drag.mimeData().hasUrls() and any(
                    url.isLocalFile() for url in drag.mimeData().urls()):
                drag.acceptProposedAction()
                return True
        if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
            drop = event
            view = (self._grid if self._grid is not None and watched is self._grid.viewport()
                    else self.page.table)
            index = view.indexAt(drop.position().toPoint())
            if not index.isValid():
                self.page.message.emit(self.tr("Drop the image onto a design."))
                return True
            design = index.data(ROW_ROLE)
            self.add_dropped_files(design.id, [Path(url.toLocalFile()) for url in
                                               drop.mimeData().urls() if url.isLocalFile()])
            drop.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)

    def attach_controller(self, controller: UndoController) -> None:
        """Edits made here become commands on this controller's undo stack."""
        self._controller = controller

    def _edit(self, summary: DesignSummary, key: str, text: str) -> None:
        workspace, controller = self._workspace, self._controller
        if workspace is None or controller is None:
            return
        before = workspace.designs.details(summary.id)
        if key == "name":
            after, what = replace(before, name=text.strip()), self.tr("name")
        elif key == "collection":
            after, what = replace(before, collection=text.strip()), self.tr("collection")
        elif key == "retail":
            try:
                amount = parse_for_locale(text, RETAIL_PRICE)
            except InputError as error:
                self.page.message.emit(i18n.say(error))
                return
            currency = (before.target_retail_price.currency if before.target_retail_price
                        else workspace.base_currency)
            price = None if amount is None else Money(amount, currency)
            after, what = replace(before, target_retail_price=price), self.tr("retail price")
        else:
            return
        if after == before:
            return
        reason = controller.run(EditDesignDetails(workspace, summary.id, summary.code, what,
                                                  before, after))
        if reason is not None:
            # Not saved: say why beside the cell and give the typing back to correct or retry.
            column = next(n for n in range(self.page.model.columnCount())
                          if self.page.model.column(n).key == key)
            self.page.refuse(lambda row: row.id == summary.id, column, text,
                             fill(self.tr("Not saved: {reason}"), reason=reason))

    def refresh_design(self, design_id: int) -> None:
        """Show a design's row (and preview) as the file now has it, after an edit or undo:
        changed in place, or the list re-read when a design came or went."""
        if self._workspace is None:
            return
        self._icons.pop(design_id, None)
        try:
            fresh = self._workspace.designs.summary(design_id)
        except NotFound:
            self.load(self._workspace)
            return
        if not self.page.model.replace_row(lambda row: row.id == design_id, fresh):
            self.load(self._workspace)
            self.select(design_id)
            return
        self._count_catalog(self._workspace)  # a collection typed in its cell is counted
        if not self.page.searching:  # 'Searching…' stays until the search is run
            self.page.subtitle.setText(self._describe(self.page.model.total))
        current = self.page.current_row()
        if current is not None and current.id == design_id:
            self._show_preview(fresh)

    def select(self, design_id: int) -> bool:
        """Select a design (its page read if need be); False when the search or filters
        hide it."""
        return self.page.select_id(design_id)

    def load(self, workspace: Workspace) -> None:
        if self.intake is not None and self.intake.busy and workspace is not self._workspace:
            self.intake.cancel()  # photos dropped in the workspace that was closed
        if workspace is not self._workspace:  # another file: its ids mean other things
            self.page.model.set_rows([])
        self._workspace = workspace
        self._icons.clear()
        self._alloys = {a.code: a for a in workspace.prices.alloys()}
        self._count_catalog(workspace)
        chosen = self.metal_filter.currentData()
        self.metal_filter.blockSignals(True)
        while self.metal_filter.count() > 1:
            self.metal_filter.removeItem(1)
        for code, alloy in self._alloys.items():
            self.metal_filter.addItem(alloy.name, code)
        self.metal_filter.setCurrentIndex(max(0, self.metal_filter.findData(chosen)))
        self.metal_filter.blockSignals(False)
        self.page.set_source(workspace.designs, self._describe, self._filter_values())
        self._read_only = workspace.read_only
        self._enable_buttons()
        if self.page.current_row() is None:
            self.preview.show_design(None, self._alloys)

    def _count_catalog(self, workspace: Workspace) -> None:
        """The headline under the title: how many designs, in how many collections."""
        total, collections = workspace.designs.catalog_stats()
        designs_text = counted(total, self.tr("1 design"), self.tr("{count} designs"))
        self._headline = (self.tr("No designs yet") if not total else
                          fill(self.tr("{designs}, none in a collection"), designs=designs_text)
                          if not collections else
                          fill(counted(collections, self.tr("{designs} in 1 collection"),
                                       self.tr("{designs} in {count} collections")),
                               designs=designs_text))
        self._total = total

    def _thumbnail(self, summary: DesignSummary) -> QIcon | None:
        # Loaded when a row is first painted, so 5,000 designs cost only the rows on screen.
        if not summary.has_image or self._workspace is None:
            return None
        icon = self._icons.get(summary.id)
        if icon is None:
            try:
                data = self._workspace.designs.cover_thumbnail(summary.id)
            except ReadError:
                data = None  # painting must go on; the health check reports the damage
            icon = QIcon(QPixmap.fromImage(qimage_from_bytes(data))) if data else QIcon()
            self._icons[summary.id] = icon
        return icon

    def _show_preview(self, summary: DesignSummary | None) -> None:
        if summary is None or self._workspace is None:
            self.preview.show_design(None, self._alloys)
            return
        try:
            design = self._workspace.designs.get(summary.id)
        except ReadError as error:
            self.preview.show_unreadable(summary.code, i18n.say(error))
            return
        self.preview.show_design(design, self._alloys)

    def save_state(self, settings: QSettings) -> None:
        self.page.save_state(settings)
        registry.write(settings, registry.layout("views/designs/splitter"), self.saveState())
        registry.write(settings, registry.DESIGNS_GRID, self.grid_toggle.isChecked())

    def restore_state(self, settings: QSettings) -> None:
        self._settings = settings
        self.page.restore_state(settings)
        self.show_grid(registry.read(settings, registry.DESIGNS_GRID))
        state = registry.read(settings, registry.layout("views/designs/splitter"))
        if state is not None:
            self.restoreState(state)
