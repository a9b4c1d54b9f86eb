"""A dimension or finish renamed in the tech pack editor is read whole: its column follows the
name, not the "Dimension 1" it started as (found on the new user's road, issue 12: "Inner
diame…", "Band …")."""

from __future__ import annotations

from ui_helpers import edit_cell

LONG_NAME = "Inner diameter at the widest point"


def _whole(page, row: int, column: int) -> bool:
    table = page.table
    index = page.proxy.index(row, column)
    text = index.data()
    return table.visualRect(index).width() >= table.fontMetrics().horizontalAdvance(text) + 6


def test_a_renamed_dimension_and_finish_are_read_whole(qtbot, open_editor):
    editor = open_editor("RG-040", (1180, 720))
    assert editor.new_draft()
    editor.tabs.setCurrentWidget(editor.dimensions)
    editor.dimensions.add()
    edit_cell(qtbot, editor.dimensions.page, 0, 0, LONG_NAME)
    assert editor.dimensions.page.proxy.index(0, 0).data() == LONG_NAME
    assert _whole(editor.dimensions.page, 0, 0)
    assert _whole(editor.dimensions.page, 0, 3), "critical: yes or no, whole too"

    editor.tabs.setCurrentWidget(editor.finishes)
    editor.finishes.add()
    edit_cell(qtbot, editor.finishes.page, 0, 0, "Band outside and shoulders")
    assert _whole(editor.finishes.page, 0, 0)
    assert _whole(editor.finishes.page, 0, 1)
