"""A titled, searchable, sortable table page: the frame every list view in the app uses."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractProxyModel,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.messages import fill
from jewelbench.storage import ReadError
from jewelbench.storage.listing import ListQuery
from jewelbench.ui import dialogs, i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.formatting import sentence
from jewelbench.ui.style import named
from jewelbench.ui.widgets.delegates import RecordDelegate
from jewelbench.ui.widgets.table_model import (
    ROW_ROLE,
    Column,
    RecordFilterProxy,
    RecordTableModel,
)

# Columns are fitted to this many rows (and their thumbnails), not to every row loaded: the
# first page of a 5,000-design catalog would otherwise cost more than the whole window.
RESIZE_SAMPLE_ROWS = 25
# A list read from SQL searches this long after the last key typed (a word typed quickly is
# one search, not one per letter).
SEARCH_PAUSE_MS = 150
# Filters that narrow a list to one design's or supplier's rows: with nothing left, the list
# says what its empty state says (there is nothing of that kind yet), not an empty table.
NARROWING = frozenset({"design_id", "supplier_id"})


class PagedSource(Protocol):
    """What a list read from SQL asks storage (the designs, quotes and samples
    repositories answer it): the ids the query shows in order, and the rows of some ids."""

    def list_ids(self, query: ListQuery) -> list[int]: ...

    def list_rows(self, ids: Sequence[int]) -> Sequence[Any]: ...


class ListPage(QWidget):
    """Title and count, a search box, the table, and a message when there is nothing to show."""

    current_row_changed = Signal(object)  # the row object, or None
    row_activated = Signal(object)
    message = Signal(str)  # something to tell the user in passing (a refused value …)

    def __init__(self, key: str, title: str, columns: Sequence[Column[Any]],
                 empty_text: str, parent: QWidget | None = None, *,
                 proxy: RecordFilterProxy | None = None, paged: bool = False) -> None:
        """paged: the rows are read from SQL a page at a time (set_source), searched,
        filtered and sorted there; otherwise they are all held and searched here."""
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"{key}Page")
        self.model: RecordTableModel[Any] = RecordTableModel(columns, self)
        self.model.read_failed.connect(self._read_failed)
        self.proxy: QAbstractProxyModel
        if paged:  # C++ all the way: nothing is asked of every row
            self.proxy = QIdentityProxyModel(self)
            self.model.sort_handler = lambda _column, _order: self._requery_or_say()
        else:
            self.proxy = proxy or RecordFilterProxy(self)
            self.proxy.setParent(self)
        self.proxy.setSourceModel(self.model)
        self._source: PagedSource | None = None
        self._describe_rows: Callable[[int], str] = lambda shown: ""
        self._filters: dict[str, Any] = {}
        self._query = ListQuery()
        self._ids: list[int] = []  # every row the list shows, in order
        self._places: dict[int, int] | None = None  # id → row, made when first asked
        # the search box's text → filters OR'd with the search (the samples' state names)
        self.search_filters: Callable[[str], Mapping[str, Any]] | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._requery_or_say)

        self.title = QLabel(title)
        named(self.title, "pageTitle")
        self.subtitle = QLabel()
        named(self.subtitle, "pageSubtitle")
        self.search = QLineEdit()
        self.search.setObjectName(f"{key}Search")
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(fill(self.tr("Search {title}"), title=title))
        self.search.setMaximumWidth(320)
        self.search.textChanged.connect(self._filter)

        self.table = QTableView()
        self.table.setObjectName(f"{key}Table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # every row as tall as the others: 20,000 rows are laid out without asking each one
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.delegate = RecordDelegate(self.table)
        self.delegate.refused.connect(self._refused)
        self.table.setItemDelegate(self.delegate)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.activated.connect(self._activated)

        self.empty = QLabel(empty_text)
        named(self.empty, "emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.main_view: QWidget = self.table  # the table, or another view of the same rows

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.search, 0, Qt.AlignmentFlag.AlignBottom)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 10, 12, 10)
        self.layout_.addLayout(header)
        self.layout_.addWidget(self.stack, 1)
        self._sized = False

    def set_rows(self, rows: Sequence[Any], summary: str) -> None:
        self.model.set_rows(rows)
        self._loaded(summary)

    def show_rows(self, rows: Sequence[Any], summary: str = "") -> bool:
        """Rows shown again after an edit: as many rows as before are changed in place (the
        cell editor that made the change and the selection survive); otherwise the list is
        set anew. True when it was set anew."""
        if len(rows) == self.model.rowCount():
            self.model.update_rows(rows)
            return False
        self.set_rows(rows, summary)
        return True

    def set_paged(self, total: int, fetch: Callable[[int, int], Sequence[Any]],
                  summary: str) -> None:
        """A list read a page at a time; the first column's order is the fetch order."""
        self.model.set_paged(total, fetch)
        self._loaded(summary)

    # --- a list read from SQL ------------------------------------------------------------

    def set_source(self, source: PagedSource, describe: Callable[[int], str],
                   filters: Mapping[str, Any] | None = None,
                   select: int | None = None) -> None:
        """Read the list from storage: describe(rows shown) gives the line under the title;
        filters (None: as before) narrow it. The selected row stays selected if still shown
        (or select, a row's id); otherwise the first row is."""
        self._source = source
        self._describe_rows = describe
        if filters is not None:
            self._filters = dict(filters)
        self.requery(select)

    def set_filters(self, **filters: Any) -> None:
        """Change some of the filters (None: not applied) and read the list again."""
        self._filters.update(filters)
        self._requery_or_say()

    @property
    def filters(self) -> dict[str, Any]:
        return {key: value for key, value in self._filters.items() if value is not None}

    @property
    def query(self) -> ListQuery:
        """What the list shows now: the search typed, the header's sort, the filters."""
        text = self.search.text().strip()
        filters = dict(self._filters)
        if text and self.search_filters is not None:
            filters.update(self.search_filters(text))
        header = self.table.horizontalHeader()
        section, sort = header.sortIndicatorSection(), ""
        if header.isSortIndicatorShown() and 0 <= section < self.model.columnCount():
            sort = self.model.column(section).sort_name
        return ListQuery(search=text, sort=sort, filters=filters,
                         descending=bool(sort) and
                         header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)

    def requery(self, select: int | None = None) -> None:
        """Count and read the first page again (the search, sort or filters changed, or
        the rows did), keeping the selected row selected when it is still shown."""
        source = self._source
        if source is None:
            return
        self._search_timer.stop()
        current = self.current_row()
        keep = select if select is not None else getattr(current, "id", None)
        query = self.query
        ids = source.list_ids(query)
        total = len(ids)
        self._query, self._ids, self._places = query, ids, None
        self.model.set_sparse(total, lambda offset, limit: source.list_rows(
            ids[offset:offset + limit]))
        self.subtitle.setText(self._describe_rows(total))
        nothing = not total and not query.search and set(self.filters) <= NARROWING
        self.stack.setCurrentWidget(self.empty if nothing else self.main_view)
        if total and not self._sized:
            self._fit_columns()
        if keep is not None and self.select_id(keep):
            return
        if total:
            self.table.selectRow(0)
        if self.table.currentIndex().isValid() is False:
            self.current_row_changed.emit(None)

    def _requery_or_say(self) -> None:
        """Read the list again for a search, sort or filter: a first page that cannot be
        read (the file is damaged) leaves the list empty and says why (loading a list
        leaves that to the window)."""
        try:
            self.requery()
        except ReadError as error:
            self._ids, self._places = [], None
            self.model.set_rows([])
            self.subtitle.setText(self._describe_rows(0))
            self._read_failed(i18n.say(error))

    def select_id(self, row_id: int) -> bool:
        """Select a row by its id (its page read if need be): where it stands under the
        list's sort and filters is known from the ids read. False when the list does not
        show it."""
        if self._source is None:
            return False
        if self._places is None:
            self._places = {row: number for number, row in enumerate(self._ids)}
        position = self._places.get(row_id)
        if position is None or not 0 <= position < self.model.rowCount():
            return False
        index = self.proxy.index(position, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def reveal(self, row_id: int) -> bool:
        """Select a row just added or changed: a search that hides it is cleared (the
        filters stay). False when the row is gone or the filters hide it."""
        if self.select_id(row_id):
            return True
        if self._source is None or not self.search.text().strip() \
                or not self._source.list_rows([row_id]):
            return False
        self.search.clear()  # read again at once, without the search
        return self.select_id(row_id)

    @property
    def searching(self) -> bool:
        """Typed text waits for the pause before it is searched."""
        return self._search_timer.isActive()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(header.count() - 1):  # the last one stretches to fill
            header.resizeSection(column, min(header.sectionSize(column) + 12, 360))
        self._sized = True

    def _read_failed(self, reason: str) -> None:
        """A page read as the list scrolled met damage: the list ends there, and says why
        (as the window says it when a page cannot be read at all)."""
        dialogs.show_message(self, QMessageBox.Icon.Critical,
                             self.tr("Cannot read this workspace"),
                             self.tr("This list could not be read to its end; the workspace "
                                     "file is damaged."), sentence(reason))

    def _loaded(self, summary: str) -> None:
        rows = self.model.total
        if self.search.text().strip():
            self.model.load_all()
        header = self.table.horizontalHeader()
        if header.isSortIndicatorShown() and header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.subtitle.setText(summary)
        self.stack.setCurrentWidget(self.main_view if rows else self.empty)
        if rows and not self._sized:
            self._fit_columns()

    def current_row(self) -> Any:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refuse(self, matches: Callable[[Any], bool], column: int, text: str,
               reason: str) -> None:
        """An edit was not saved: say why, and open the cell's editor again with the text."""
        if self.model.sparse:  # read from SQL: the row edited is on a page held
            found = self.model.loaded_row(matches)
            rows: Sequence[int] = [] if found is None else [found]
        else:
            rows = range(self.proxy.rowCount())
        for row in rows:
            index = QPersistentModelIndex(self.proxy.index(row, column))
            if matches(index.data(ROW_ROLE)):
                self._refused(index, text, reason)
                return

    def set_editable(self, editable: bool) -> None:
        """A read-only workspace: cells do not open editors at all."""
        self.model.editable = editable
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers)

    def commit_open_editor(self) -> None:
        """Save what is being typed in a cell now (the window is closing or switching files)."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        if editor is not None and self.table.isAncestorOf(editor):
            self.delegate.commitData.emit(editor)
            self.delegate.closeEditor.emit(editor)

    def _reopen(self, index: QPersistentModelIndex, text: str) -> None:
        if not index.isValid():
            return
        proxy_index = self.proxy.index(index.row(), index.column())
        self.table.setCurrentIndex(proxy_index)
        self.delegate.pending_text = text
        self.table.edit(proxy_index)

    def _refused(self, index: QPersistentModelIndex, text: str, reason: str) -> None:
        """A typed value was refused or not saved: say why beside the cell, and once the view
        has closed the editor, open it again with the text so it can be corrected."""
        rect = self.table.visualRect(self.proxy.index(index.row(), index.column()))
        QToolTip.showText(self.table.viewport().mapToGlobal(rect.bottomLeft()), reason,
                          self.table)
        self.message.emit(reason)
        QTimer.singleShot(0, lambda: self._reopen(index, text))  # after the editor closes

    def use_view(self, view: QWidget) -> None:
        """Show the rows in another view (a thumbnail grid) instead of the table, or back."""
        if self.stack.indexOf(view) < 0:
            self.stack.addWidget(view)
        self.main_view = view
        if self.stack.currentWidget() is not self.empty:
            self.stack.setCurrentWidget(view)

    def add_bar(self, bar: QWidget) -> None:
        """A row of filters or actions between the title and the list."""
        self.layout_.insertWidget(1, bar)

    def add_filter_banner(self, show_all: Callable[[], object], tooltip: str) -> QFrame:
        """A banner under the bar for a list narrowed to one design or supplier: its text
        (banner_text) says what is shown, Show All (show_all_button) goes back. Hidden until
        the view shows it."""
        banner = QFrame()
        banner.setObjectName("filterBanner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(banner)
        row.setContentsMargins(8, 4, 8, 4)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("filterBannerText")
        self.banner_text.setWordWrap(True)
        self.show_all_button = QPushButton(self.tr("Show &All"))
        self.show_all_button.setToolTip(tooltip)
        self.show_all_button.clicked.connect(lambda: show_all())
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.show_all_button)
        banner.hide()
        self.layout_.insertWidget(2, banner)
        self.banner = banner
        return banner

    def add_side_panel(self, panel: QWidget, name: str, sizes: tuple[int, int]) -> QSplitter:
        """The list and, beside it, a panel about the selected row (in a splitter whose state
        the view may save)."""
        self.layout_.removeWidget(self.stack)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName(name)
        splitter.addWidget(self.stack)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes(list(sizes))
        splitter.setChildrenCollapsible(False)
        self.layout_.addWidget(splitter, 1)
        self.splitter = splitter
        return splitter

    def on_row_activated(self, open_record: Callable[[int], object]) -> None:
        """A double-click or Enter on a row opens its record: open_record(the row's id)."""

        def activated(row: Any) -> None:
            if row is not None:
                open_record(row.id)

        self.row_activated.connect(activated)

    def on_delete_key(self, slot: Callable[[], object]) -> None:
        """The Delete key in the table asks the view to delete the selected row."""
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: slot())

    def _filter(self, text: str) -> None:
        if self._source is not None:  # read from SQL: after a pause, or at once when cleared
            if text.strip():
                self.subtitle.setText(self.tr("Searching…"))
                self._search_timer.start()
            else:
                self._requery_or_say()
            return
        if not isinstance(self.proxy, RecordFilterProxy):
            return
        if text.strip():
            self.model.load_all()
        self.proxy.setFilterFixedString(text.strip())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_row_changed.emit(current.data(ROW_ROLE) if current.isValid() else None)

    def _activated(self, index: QModelIndex) -> None:
        self.row_activated.emit(index.data(ROW_ROLE))

    # --- remembered state ----------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        registry.write(settings, registry.layout(f"views/{self.key}/header"),
                       self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = registry.read(settings, registry.layout(f"views/{self.key}/header"))
        if state is not None:
            self._sized = self.table.horizontalHeader().restoreState(state)
