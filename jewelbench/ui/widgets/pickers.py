"""The design and supplier pickers the dialogs use: RecordPickers over storage's searches
(workspace.picks), at most a few dozen rows read per keystroke."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from jewelbench.domain.messages import fill
from jewelbench.storage import Workspace
from jewelbench.storage.picks import Pick
from jewelbench.ui.formatting import integer_text
from jewelbench.ui.widgets.record_picker import Record, RecordPicker

translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("Pickers", text)


def quotes_tip(count: int) -> str:
    """A design's tooltip in a comparison picker: how many quotes it has."""
    if not count:
        return translate("Pickers", "No quotes yet: in-house only")
    return (translate("Pickers", "1 quote") if count == 1 else fill(translate("Pickers", "{count} "
                                                                                         "quotes"),
                                                                    count=integer_text(count)))


def design_record(pick: Pick, separator: str = " · ", *, key: Any = None,
                  with_quotes: bool = False) -> Record:
    return Record(pick.id if key is None else key, f"{pick.code}{separator}{pick.name}",
                  pick.code, quotes_tip(pick.quotes) if with_quotes else "")


def design_picker(workspace: Workspace, *, separator: str = " · ", keep_on_edit: bool = False,
                  choose_on_leave: bool = True, parent: QWidget | None = None) -> RecordPicker:
    """Designs by code or name; the key is the design's id."""
    def search(text: str, limit: int) -> list[Record]:
        return [design_record(p, separator) for p in workspace.picks.designs(text, limit)]

    def lookup(key: Any) -> Record | None:
        pick = workspace.picks.design(int(key))
        return None if pick is None else design_record(pick, separator)

    picker = RecordPicker(search, lookup, what=translate("Pickers", "design"),
                          placeholder=translate("Pickers", "Type a code or a name"),
                          keep_on_edit=keep_on_edit, choose_on_leave=choose_on_leave,
                          parent=parent)
    picker.setAccessibleName(translate("Pickers", "Design"))
    return picker


def supplier_picker(workspace: Workspace, *, parent: QWidget | None = None) -> RecordPicker:
    """Suppliers by name (or a word of it); the key is the supplier's id."""
    def record(pick: Pick) -> Record:
        return Record(pick.id, pick.name, pick.name)

    def search(text: str, limit: int) -> list[Record]:
        return [record(p) for p in workspace.picks.suppliers(text, limit)]

    def lookup(key: Any) -> Record | None:
        pick = workspace.picks.supplier(int(key))
        return None if pick is None else record(pick)

    picker = RecordPicker(search, lookup, what=translate("Pickers", "supplier"),
                          placeholder=translate("Pickers", "Type a supplier's name"), parent=parent)
    picker.setAccessibleName(translate("Pickers", "Supplier"))
    return picker


def choose_or_first(picker: RecordPicker, key: Any) -> None:
    """Choose the record with this key, else the first one offered (as a combo box shows its
    first entry), else none."""
    if key is not None and picker.choose_key(key):
        return
    first = picker.matches("")[:1]
    if first:
        picker.choose(first[0])
    else:
        picker.set_record(None)
