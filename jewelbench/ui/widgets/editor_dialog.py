"""The frame of every editor dialog: Undo/Redo through the window's one undo stack, following
changes made anywhere (undo, redo, another editor), and a remembered size."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.style import named
from jewelbench.ui.topics import Topic


class EditorDialog(QDialog):
    settings_key = "dialogs/editor"  # each editor its own
    default_size = (900, 640)

    def __init__(self, controller: UndoController, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        controller.changed.connect(self._changed_elsewhere)
        undo = controller.stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = controller.stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo),
                           QKeySequence("Ctrl+Shift+Z")])
        self.addActions([undo, redo])

    def status_row(self) -> QHBoxLayout:
        """The bottom row: what happened to the last change (self.status), and Close."""
        self.status = QLabel()
        named(self.status, "pageSubtitle")
        self.status.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(close)
        return row

    def say(self, text: str) -> None:
        self.status.setText(text)

    def restore_size(self) -> None:
        """Call once the dialog's widgets exist."""
        geometry = registry.read(self.settings, registry.layout(f"{self.settings_key}/geometry"))
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(*self.default_size)

    def _changed_elsewhere(self, topic: Topic, affected: object) -> None:
        raise NotImplementedError

    def done(self, result: int) -> None:
        registry.write(self.settings, registry.layout(f"{self.settings_key}/geometry"),
                       self.saveGeometry())
        try:
            self.controller.changed.disconnect(self._changed_elsewhere)
        except (RuntimeError, TypeError):
            pass  # already disconnected, or the controller is gone with its window
        super().done(result)
