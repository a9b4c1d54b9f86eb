"""Editing in place: one transaction per change, undo and redo, refused input, failed saves."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from ui_helpers import edit_cell

from jewelbench.app.main import apply_style
from jewelbench.storage import Workspace
from jewelbench.ui.main_window import MainWindow
from jewelbench.ui.widgets.table_model import ROW_ROLE

NAME, COLLECTION, RETAIL = 1, 2, 5


def _file_row(path: Path, code: str) -> tuple:
    """What the file itself says, read by a separate connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT name, collection, target_retail_price, "
                            "target_retail_currency FROM designs WHERE code = ?",
                            [code]).fetchone()
    finally:
        conn.close()




@pytest.fixture
def window(window):
    """The main window on the design catalog."""
    window.show_view("designs")
    return window



def _edit_cell(qtbot, window, row: int, column: int, text: str) -> None:
    edit_cell(qtbot, window.designs.page, row, column, text)


def test_renaming_a_design_is_saved_at_once_and_undoable(qtbot, window, demo_copy):
    page = window.designs.page
    code = page.proxy.index(0, 0).data()
    old_name = _file_row(demo_copy, code)[0]

    _edit_cell(qtbot, window, 0, NAME, "Camellia Brooch — large")
    assert _file_row(demo_copy, code)[0] == "Camellia Brooch — large", "written at once"
    assert page.proxy.index(0, NAME).data() == "Camellia Brooch — large"
    assert window.undo_action.isEnabled()
    assert "name" in window.undo_action.text()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _file_row(demo_copy, code)[0] == old_name
    assert page.proxy.index(0, NAME).data() == old_name

    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _file_row(demo_copy, code)[0] == "Camellia Brooch — large"


def test_a_retail_price_is_read_exactly_and_bad_prices_are_refused(qtbot, window, demo_copy):
    page = window.designs.page
    code = page.proxy.index(0, 0).data()
    before = _file_row(demo_copy, code)

    for bad, reason in (("-5", "too small"), ("12.345", "too many decimal places"),
                        ("99999999999", "too large"), ("-", "not a number")):
        _edit_cell(qtbot, window, 0, RETAIL, bad)
        assert _file_row(demo_copy, code) == before, f"{bad!r} was refused"
        assert reason in window.statusBar().currentMessage()
        # The editor comes back with what was typed, so it can be corrected.
        qtbot.waitUntil(lambda: isinstance(page.table.focusWidget(), QLineEdit)
                        and page.table.state() == QAbstractItemView.State.EditingState)
        editor = page.table.focusWidget()
        assert editor.text() == bad
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)

    _edit_cell(qtbot, window, 0, RETAIL, "1,234.50")
    name, collection, amount, currency = _file_row(demo_copy, code)
    assert (amount, currency) == ("1234.50", before[3] or "USD")
    assert page.proxy.index(0, 0).data(ROW_ROLE).target_retail_price.amount == Decimal("1234.50")


def test_a_refusal_leaves_the_status_bar_once_an_edit_or_undo_goes_through(qtbot, window,
                                                                           demo_copy):
    page = window.designs.page
    code = page.proxy.index(0, 0).data()
    _edit_cell(qtbot, window, 0, RETAIL, "-5")
    assert "-5 is too small" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: isinstance(page.table.focusWidget(), QLineEdit))
    qtbot.keyClick(page.table.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)

    _edit_cell(qtbot, window, 0, NAME, "Camellia Brooch — large")
    assert _file_row(demo_copy, code)[0] == "Camellia Brooch — large"
    assert "too small" not in window.statusBar().currentMessage()

    _edit_cell(qtbot, window, 0, RETAIL, "-5")
    assert "-5 is too small" in window.statusBar().currentMessage()
    qtbot.keyClick(page.table.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)
    window.undo_action.trigger()
    assert "too small" not in window.statusBar().currentMessage()
    _edit_cell(qtbot, window, 0, RETAIL, "-5")
    qtbot.keyClick(page.table.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)
    window.redo_action.trigger()
    assert _file_row(demo_copy, code)[0] == "Camellia Brooch — large"
    assert "too small" not in window.statusBar().currentMessage()


def test_a_number_cell_keeps_what_was_typed_and_refuses_1e3(qtbot, window, demo_copy):
    page = window.designs.page
    code = page.proxy.index(0, 0).data()
    before = _file_row(demo_copy, code)
    _edit_cell(qtbot, window, 0, RETAIL, "1e3")
    assert _file_row(demo_copy, code) == before, "not stored as 13"
    assert "“1e3” is not a number" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: isinstance(page.table.focusWidget(), QLineEdit))
    assert page.table.focusWidget().text() == "1e3", "given back as typed, to correct"
    qtbot.keyClick(page.table.focusWidget(), Qt.Key.Key_Escape)


def test_an_empty_name_is_not_saved_and_says_why(qtbot, window, demo_copy):
    page = window.designs.page
    code = page.proxy.index(0, 0).data()
    before = _file_row(demo_copy, code)
    _edit_cell(qtbot, window, 0, NAME, "   ")
    assert _file_row(demo_copy, code) == before
    assert "Not saved: Design name is required" in window.statusBar().currentMessage()
    assert not window.undo_action.isEnabled(), "nothing to undo: nothing was saved"


@pytest.mark.integration
def test_a_save_blocked_by_another_program_waits_says_so_and_keeps_the_typing(
        qtbot, qapp, demo_copy, settings, tmp_path, monkeypatch):
    import jewelbench.storage.workspace as workspace_module

    monkeypatch.setattr(workspace_module, "BUSY_TIMEOUT_S", 0.4)
    apply_style(qapp)
    window = MainWindow(settings, Workspace.open(demo_copy), tmp_path)
    qtbot.addWidget(window)
    window.show()
    window.show_view("designs")
    page = window.designs.page
    code = page.proxy.index(0, 0).data()
    before = _file_row(demo_copy, code)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "c.execute('BEGIN IMMEDIATE')\n"
         "print('locked', flush=True)\n"
         "time.sleep(30)\n", str(demo_copy)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        _edit_cell(qtbot, window, 0, NAME, "Renamed while locked")
        waited = time.monotonic() - started
        # the program's own busy timeout (0.4 s): a lower bound only, which a loaded machine
        # cannot break (it only makes the wait longer)
        assert waited >= 0.35, "it waited for the other program first"
        assert "Another program is writing" in window.statusBar().currentMessage()
        qtbot.waitUntil(lambda: page.table.state() == QAbstractItemView.State.EditingState)
        editor = page.table.focusWidget()
        assert editor.text() == "Renamed while locked", "the typing is still in the editor"
        assert _file_row(demo_copy, code) == before
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    qtbot.keyClick(page.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _file_row(demo_copy, code)[0] != before[0])
    assert _file_row(demo_copy, code)[0] == "Renamed while locked", "saved once the lock is gone"
    window.close()
