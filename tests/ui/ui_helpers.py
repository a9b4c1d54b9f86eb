"""UI test helpers (imported as `import ui_helpers`, like the storage tests' helpers)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox


def visible_message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def close_message_boxes() -> None:
    for box in visible_message_boxes():
        box.close()
