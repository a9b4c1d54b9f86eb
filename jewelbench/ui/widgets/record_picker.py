"""A picker for one record among thousands: type a code or a name, choose from the list.

A combo box filled with every design makes a dialog slow to open at 20,000 designs. The
picker instead asks a search (storage, with a LIMIT) for the few records matching what is
typed, and offers them in a completer's list:

- typing shows the matches; Down opens the list (every record, first ones, when empty);
  Up/Down move in it, Enter or a click chooses;
- Enter on a typed text chooses the record whose code it is, or the only match; a text that
  matches nothing (or several) is refused beside the field with the reason;
- the chosen record's key (a design id, a plan…) is kept: `current_key()`.

The picker runs no SQL itself: it is given the search and lookup functions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from jewelbench.domain.messages import fill
from jewelbench.ui.widgets.fields import show_refusal

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class Record:
    """One thing a picker offers: its key, the text shown (and put in the field), the code
    typed to reach it at once, and a tooltip."""

    key: Any
    text: str
    code: str = ""
    tip: str = ""


Search = Callable[[str, int], Sequence[Record]]
Lookup = Callable[[Any], "Record | None"]


class RecordPicker(QWidget):
    """A line edit with a completer fed by a search: the chosen record's key is kept."""

    chosen = Signal(object)  # the key chosen, or None when the choice is cleared

    def __init__(self, search: Search, lookup: Lookup, *, what: str, placeholder: str = "",
                 keep_on_edit: bool = False, choose_on_leave: bool = True,
                 parent: QWidget | None = None) -> None:
        """what: the kind of record, in the messages ("design"); keep_on_edit: typing keeps
        the record chosen until another is (a comparison goes on showing it), otherwise
        typing clears the choice until a record is chosen again; choose_on_leave: leaving
        the field with a code typed chooses it (not where choosing does something at once,
        as adding a design to a plan: there the user says when)."""
        super().__init__(parent)
        self._search = search
        self._lookup = lookup
        self._what = what
        self._keep_on_edit = keep_on_edit
        self._choose_on_leave = choose_on_leave
        self._record: Record | None = None
        self._shown: list[Record] = []
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaxLength(200)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.edit)
        popup = self.completer.popup()  # made here: the completer keeps it
        assert popup is not None
        self.popup: QAbstractItemView = popup
        self.edit.setCompleter(self.completer)
        # after the line edit's own connection: the record's text is put in last
        self.completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._activated)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.row = row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self.choose_typed)
        self.edit.editingFinished.connect(self._finished)
        self.edit.installEventFilter(self)
        self.popup.installEventFilter(self)  # before the completer's own filter

    # --- what is chosen ----------------------------------------------------------------------

    def current_key(self) -> Any:
        """The chosen record's key, or None."""
        return None if self._record is None else self._record.key

    def current_record(self) -> Record | None:
        return self._record

    def text(self) -> str:
        return self.edit.text()

    def set_record(self, record: Record | None, *, notify: bool = False) -> None:
        """Show this record as chosen (None: nothing chosen, the field empty)."""
        changed = record != self._record
        self._record = record
        self.edit.setText("" if record is None else record.text)
        self.edit.setToolTip(record.tip if record is not None and record.tip
                             else self.toolTip())
        self.show_error("")
        if notify and changed:
            self.chosen.emit(self.current_key())

    def choose_key(self, key: Any) -> bool:
        """Choose the record with this key (as if picked); False when there is none."""
        record = None if key is None else self._lookup(key)
        if record is None:
            return False
        self.choose(record)
        return True

    def clear(self) -> None:
        self.set_record(None, notify=True)

    # --- searching ---------------------------------------------------------------------------

    def matches(self, text: str) -> list[Record]:
        """The records the list offers for this text (at most SEARCH_LIMIT)."""
        return list(self._search(text, SEARCH_LIMIT))

    def _fill(self, text: str) -> None:
        self._shown = self.matches(text)
        self.model.clear()
        for record in self._shown:
            item = QStandardItem(record.text)
            item.setData(record.key, KEY_ROLE)
            if record.tip:
                item.setToolTip(record.tip)
            item.setEditable(False)
            self.model.appendRow(item)

    def _typed(self, text: str) -> None:
        """Each keystroke: the matches for the text, in the list (the completer shows it)."""
        self._fill(text)
        if not text.strip():
            self.show_error("")
        elif self.error.isVisible() and self._shown:
            self.show_error("")  # a correction that matches something takes the refusal away
        if not self._keep_on_edit and self._record is not None \
                and text != self._record.text:
            self._record = None
            self.chosen.emit(None)

    def open_list(self) -> None:
        """Down on the closed field: the list of what matches the text (the first records
        when the field is empty or shows the chosen one)."""
        text = self.edit.text()
        if self._record is not None and text == self._record.text:
            text = ""
        self._fill(text)
        if not self._shown:
            self._refuse(text)
            return
        self.completer.setCompletionPrefix("")
        self.completer.complete()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) \
                or not self._alive():
            return super().eventFilter(watched, event)
        popup = self.popup
        if watched is self.edit and event.key() == Qt.Key.Key_Down \
                and not popup.isVisible():
            self.open_list()
            return True
        if watched is popup and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not popup.currentIndex().isValid():
            # Enter on what was typed, nothing highlighted: choose by the text, as when closed
            popup.hide()
            self.choose_typed()
            return True
        return super().eventFilter(watched, event)

    def _alive(self) -> bool:
        """False while Qt takes the picker apart (a dialog closed with the field focused
        still says it lost focus, after its list is gone)."""
        return isValid(self) and isValid(self.popup) and isValid(self.edit)

    def _finished(self) -> None:
        """Leaving the field with a code typed: that design is chosen (or the reason said)."""
        if not self._choose_on_leave or not self._alive() or self.popup.isVisible():
            return
        text = self.edit.text()
        if text.strip() and (self._record is None or text != self._record.text):
            self.choose_typed()

    # --- choosing ----------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        """A record chosen in the list (Enter or a click)."""
        row = index.row()
        if 0 <= row < len(self._shown):
            self.choose(self._shown[row])

    def choose(self, record: Record) -> None:
        """Choose this record, as if picked from the list."""
        self.popup.hide()
        changed = record != self._record
        self._record = record
        if self.edit.text() != record.text:
            self.edit.setText(record.text)
        self.edit.setToolTip(record.tip or self.toolTip())
        self.show_error("")
        if changed:
            self.chosen.emit(record.key)

    def choose_typed(self) -> bool:
        """Enter on the field: the record whose code (or whole text) was typed, or the only
        match; otherwise the reason beside the field. False when nothing was chosen."""
        self.popup.hide()  # (Enter on a record highlighted in it never comes here)
        typed = self.edit.text().strip()
        if self._record is not None and self.edit.text() == self._record.text:
            return True
        if not typed:
            self.show_error(fill(self.tr("Type a {what}'s code or name."), what=self._what))
            return False
        found = self.matches(typed)
        folded = typed.casefold()
        exact = [r for r in found if folded in (r.code.casefold(), r.text.casefold())]
        if len(exact) == 1 or (len(found) == 1 and not exact):
            self.choose(exact[0] if exact else found[0])
            return True
        self._refuse(typed, len(found))
        return False

    def _refuse(self, typed: str, count: int = 0) -> None:
        if not typed:
            self.show_error(fill(self.tr("There is no {what} to choose yet."), what=self._what))
        elif not count:
            self.show_error(fill(self.tr("No {what} matches “{typed}”."), what=self._what,
                                 typed=typed))
        else:
            self.show_error(fill(self.tr("“{typed}” matches more than one {what}: type more of the "
                                         "code, or press Down and choose one."), typed=typed,
                                 what=self._what))

    def show_error(self, message: str) -> None:
        """The reason beside the field (empty: none)."""
        show_refusal(self, self.edit, self.error, message)
        if message:
            self._make_room()

    def _make_room(self) -> None:
        """A dialog sized before the reason showed grows to show all of it (a wrapped label
        is not counted in the window's minimum height)."""
        top = self.window()
        if top is self or not top.isVisible() or top.isMaximized():
            return
        layout = top.layout()
        needed = layout.heightForWidth(top.width()) if layout is not None and \
            layout.hasHeightForWidth() else top.sizeHint().height()
        if needed > top.height():
            top.resize(top.width(), needed)

    def refusal(self) -> str:
        return self.error.text() if self.error.isVisible() else ""

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setToolTip(self, tip: str) -> None:  # noqa: N802 (Qt's name)
        super().setToolTip(tip)
        self.edit.setToolTip(tip)
