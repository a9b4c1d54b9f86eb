"""UI test helpers (imported as `import ui_helpers`, like the storage tests' helpers)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from qt_helpers import visible_top_levels


def close_if_alive(widget) -> None:
    """Close a dialog a fixture opened, unless closing the window (pytest-qt closes it before
    fixtures are torn down) has closed and deleted it already."""
    import shiboken6

    if shiboken6.isValid(widget):
        widget.close()


def visible_message_boxes() -> list[QMessageBox]:
    return visible_top_levels(QMessageBox)


def close_message_boxes() -> None:
    for box in visible_message_boxes():
        box.close()


def edit_cell(qtbot, page, row: int, column: int, text: str) -> None:
    """Type text into a list page's cell as a user does, and wait until the view commits it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    index = page.proxy.index(row, column)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)  # typed key by key, through the field's validator
    else:
        editor.insert(text)  # QTest types ASCII only; insert() still goes through the validator
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view commits a cell's editor from the event loop, not inside the key press.
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState
                    or page.table.focusWidget() is not editor)


def tech_pack_revision(window, code: str, label: str):
    """A design's tech pack revision (by design code and letter), as stored."""
    design = window.workspace.designs.get_by_code(code)
    return next(r for r in window.workspace.tech_packs.for_design(design.id)
                if r.revision == label)


def stored_draft(window, code: str, label: str):
    """What the file holds for a revision's draft."""
    return window.workspace.tech_packs.draft(tech_pack_revision(window, code, label).id)


def tick_cell(qtbot, page, row: int, column: int) -> None:
    """Tick or untick a check-box cell with the keyboard (Space on the current cell)."""
    from PySide6.QtCore import Qt

    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(row, column))
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
