"""An exception escaping a slot: logged, rolled back, shown with details to copy; app alive."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from jewelbench.app.crash import CrashHandler, open_log
from jewelbench.storage import Workspace
from jewelbench.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_copy, settings, tmp_path):
    win = MainWindow(settings, Workspace.open(demo_copy), tmp_path)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_an_error_during_a_save_is_logged_rolled_back_shown_and_survived(qtbot, window,
                                                                         tmp_path):
    log_file = open_log(tmp_path / "logs")
    handler = CrashHandler(log_file, lambda: window, lambda: window.workspace)
    handler.install()
    try:
        workspace = window.workspace
        designs_before = workspace.counts()["designs"]
        # A save half-way through its transaction when a bug strikes.
        conn = workspace.db.conn
        conn.execute("BEGIN")
        conn.execute("UPDATE designs SET name = 'half-saved' WHERE id = "
                     "(SELECT min(id) FROM designs)")
        conn.execute("DELETE FROM quote_tiers")
        try:
            raise RuntimeError("the slot that saves a design broke")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())

        assert not conn.in_transaction, "the unfinished save was rolled back"
        assert workspace.db.execute(
            "SELECT count(*) FROM designs WHERE name = 'half-saved'").fetchone()[0] == 0
        assert workspace.db.execute("SELECT count(*) FROM quote_tiers").fetchone()[0] > 0
        assert workspace.counts()["designs"] == designs_before

        logged = log_file.read_text(encoding="utf-8")
        assert "the slot that saves a design broke" in logged
        assert "Traceback" in logged and "rolled back" in logged

        dialog = handler.last_dialog
        assert dialog is not None and dialog.isVisible()
        assert "the slot that saves a design broke" in dialog.summary.text()
        assert "nothing half-done was saved" in dialog.explanation.text()
        assert str(log_file) in dialog.explanation.text()
        qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
        assert "RuntimeError: the slot that saves a design broke" in \
            QGuiApplication.clipboard().text()
        assert dialog.isVisible(), "copying does not close the dialog"
        dialog.accept()

        # Still alive: the window works and saves.
        window.show_view("quotes")
        assert window.quotes.model.rowCount() > 0
        with workspace.transaction():
            workspace.settings.set("after_the_crash", "yes")
        assert workspace.settings.get("after_the_crash") == "yes"
    finally:
        handler.uninstall()


def test_keyboard_interrupt_is_left_to_python(qtbot, window, tmp_path):
    seen = []
    handler = CrashHandler(open_log(tmp_path / "logs"), lambda: window, lambda: None)
    handler._previous = lambda *args: seen.append(args[0])
    handler.handle(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt]
    assert handler.last_dialog is None


def test_the_app_installs_a_handler_that_loads_only_when_needed(qtbot, window, tmp_path):
    """run_gui's hook: nothing is loaded at start; the first error gets the full treatment."""
    import threading

    from jewelbench.app.main import install_crash_handler

    saved = sys.excepthook, threading.excepthook
    try:
        install_crash_handler(tmp_path / "logs", window)
        assert not (tmp_path / "logs").exists(), "no log file until something goes wrong"
        try:
            raise ValueError("late failure")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        assert "late failure" in (tmp_path / "logs" / "jewelbench.log").read_text()
        worker = threading.Thread(target=lambda: 1 / 0, name="worker")
        worker.start()
        worker.join()
        assert "ZeroDivisionError" in (tmp_path / "logs" / "jewelbench.log").read_text()
        for widget in qtbot_widgets():
            widget.close()
    finally:
        sys.excepthook, threading.excepthook = saved


def qtbot_widgets():
    from PySide6.QtWidgets import QApplication, QDialog

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)
            and w.isVisible()]


@pytest.mark.qt_no_exception_capture  # the app's own handler sees what escapes the slot
def test_a_damaged_value_met_where_no_caller_expected_it_is_said_as_damage_not_a_crash(
        qtbot, demo_copy, settings, tmp_path):
    import sqlite3

    conn = sqlite3.connect(demo_copy)  # another program: the list reads, the design does not
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE bom_stones SET origin = 'bogus'")
    conn.commit()
    conn.close()
    win = MainWindow(settings, Workspace.open(demo_copy), tmp_path)
    qtbot.addWidget(win)
    win.show()
    log_file = open_log(tmp_path / "logs")
    handler = CrashHandler(log_file, lambda: win, lambda: win.workspace)
    handler.install()
    try:
        view = win.view("designs")
        win.show_view("designs")
        code = win.workspace.db.execute(
            "SELECT d.code FROM designs d JOIN bom_stones s ON s.design_id = d.id "
            "ORDER BY d.code LIMIT 1").fetchone()[0]
        row = next(i for i, r in enumerate(view.page.model.rows()) if r.code == code)
        view.page.table.selectRow(row)
        qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)  # Edit…

        box = handler.last_dialog
        assert box is not None and box.isVisible()
        assert box.text() == "“demo.jewelbench” could not be read; it is damaged."
        assert box.informativeText() == ("the workspace file is damaged (a stored value reads "
                                         "'bogus')")
        assert "a damaged workspace file" in log_file.read_text(encoding="utf-8")
        box.done(0)
        win.show_view("quotes")  # still alive
        assert win.quotes.model.rowCount() > 0
    finally:
        handler.uninstall()
        win.close()
