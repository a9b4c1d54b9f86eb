"""Cell editors for editable list columns: number cells check their rule before committing;
cells chosen from a list complete as the user types (or drop down) and commit a list value."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from jewelbench.domain.inputs import InputError
from jewelbench.domain.messages import fill
from jewelbench.ui import i18n
from jewelbench.ui.widgets.fields import RuleValidator, parse_for_locale, widget_locale
from jewelbench.ui.widgets.table_model import Choices, Column, RecordTableModel

_Index = QModelIndex | QPersistentModelIndex


def _source_column(model: QAbstractItemModel, index: _Index) -> Column:  # the Column behind a cell
    while not isinstance(model, RecordTableModel):
        index = model.mapToSource(index)  # type: ignore[attr-defined]
        model = model.sourceModel()  # type: ignore[attr-defined]
    return model.column(index.column())


class ChoiceLine(QLineEdit):
    """A line that offers the list's items matching what is typed (every word typed begins a
    word of the item: "925 silver" offers "Sterling silver 925")."""

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choiceLine")
        self.choices = choices
        self.offered = QStringListModel(self)
        completer = QCompleter(self.offered, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.textEdited.connect(self._offer)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        # The cell's editor closes (committed or not): its list goes with it, now and on its
        # own. Destroyed later among the editor's children, the list (a popup window) would
        # hand the focus back into a dialog that is half torn down, and Qt crashes.
        self._hide_popup()
        completer = self.completer()
        if completer is not None:
            completer.setParent(None)
            self.setCompleter(None)  # type: ignore[arg-type]
            completer.deleteLater()
        super().hideEvent(event)

    def _hide_popup(self) -> None:
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None and popup.isVisible():
            popup.hide()

    def _offer(self, text: str) -> None:
        self.offered.setStringList(self.choices.matching(text))
        completer = self.completer()
        if text.strip() and self.offered.rowCount():
            completer.complete()
        else:
            self._hide_popup()


class RecordDelegate(QStyledItemDelegate):
    refused = Signal(object, str, str)  # the cell, the text typed, why it was not accepted

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pending_text: str | None = None  # text to put back in a reopened editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
            return
        if self.pending_text is not None and isinstance(editor, QLineEdit):
            editor.setText(self.pending_text)
            self.pending_text = None
            return
        super().setEditorData(editor, index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        column = _source_column(index.model(), index)
        if column.choices is not None and not column.choices.typed:
            combo = QComboBox(parent)
            combo.setObjectName("choiceList")
            for label, value in column.choices.items():
                combo.addItem(label, value)
            return combo
        if column.choices is not None:
            line = ChoiceLine(column.choices, parent)
            line.setMaxLength(200)
            return line
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(200)
            if column.rule is not None:
                editor.setValidator(RuleValidator(column.rule, editor))
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: _Index) -> None:
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, QComboBox):  # a list's items are read whole, not clipped
            rect = editor.geometry()
            rect.setWidth(max(rect.width(), editor.sizeHint().width()))
            editor.setGeometry(rect)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        column = _source_column(model, index)
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        if column.choices is not None and isinstance(editor, QLineEdit):
            value = column.choices.value_for(editor.text())
            if value is None:
                self.refused.emit(QPersistentModelIndex(index), editor.text(),
                                  fill(column.choices.refusal, typed=editor.text().strip()))
                return
            model.setData(index, value, Qt.ItemDataRole.EditRole)
            return
        if column.rule is not None and isinstance(editor, QLineEdit):
            try:
                parse_for_locale(editor.text(), column.rule, widget_locale(editor))
            except InputError as error:
                self.refused.emit(QPersistentModelIndex(index), editor.text(), i18n.say(error))
                return
        super().setModelData(editor, model, index)
