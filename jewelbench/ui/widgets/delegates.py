"""Cell editors for editable list columns: number cells check their rule before committing."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from jewelbench.domain.inputs import InputError
from jewelbench.ui.widgets.fields import RuleValidator, parse_for_locale
from jewelbench.ui.widgets.table_model import RecordTableModel

_Index = QModelIndex | QPersistentModelIndex


def _source_column(model: QAbstractItemModel, index: _Index):  # the Column behind a cell
    while not isinstance(model, RecordTableModel):
        index = model.mapToSource(index)  # type: ignore[attr-defined]
        model = model.sourceModel()  # type: ignore[attr-defined]
    return model.column(index.column())


class RecordDelegate(QStyledItemDelegate):
    refused = Signal(object, str, str)  # the cell, the text typed, why it was not accepted

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pending_text: str | None = None  # text to put back in a reopened editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if self.pending_text is not None and isinstance(editor, QLineEdit):
            editor.setText(self.pending_text)
            self.pending_text = None
            return
        super().setEditorData(editor, index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        column = _source_column(index.model(), index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(200)
            if column.rule is not None:
                editor.setValidator(RuleValidator(column.rule, editor))
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        column = _source_column(model, index)
        if column.rule is not None and isinstance(editor, QLineEdit):
            try:
                parse_for_locale(editor.text(), column.rule, editor.locale())
            except InputError as error:
                self.refused.emit(QPersistentModelIndex(index), editor.text(), str(error))
                return
        super().setModelData(editor, model, index)
