"""Every refusal shown to the user is in the app's log at WARNING, through the few helpers that
show them (ui/dialogs.show_message, ui/widgets/fields.show_refusal) and the boundary every outside
file is read through (reports/outside_files.refusing): with what it is about, never the value
typed or the record's details. A crash dialog's details carry the log's last lines."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
import quote_files as files
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jewelbench.app.crash import CrashHandler
from jewelbench.app.log_file import close_log, open_log, recent_lines
from jewelbench.domain.inputs import NumberRule
from jewelbench.reports.price_import import PriceFileRefused, read_price_file
from jewelbench.reports.quote_import import ImportRefused, read_table
from jewelbench.ui.dialogs import show_message
from jewelbench.ui.widgets.fields import NumberField


@pytest.fixture
def log_file(tmp_path):
    path = open_log(tmp_path / "logs")  # as app/main.py opens it
    yield path
    close_log()


def warnings_in(path) -> list[str]:
    return [line.split(" WARNING ", 1)[1] for line in path.read_text("utf-8").splitlines()
            if " WARNING " in line]


def test_a_warning_or_error_message_is_logged_with_its_title_and_text_not_its_details(
        qtbot, log_file):
    for icon in (QMessageBox.Icon.Warning, QMessageBox.Icon.Critical):
        box = show_message(None, icon, "Not saved", "“Edit design” was not saved.",
                           "the code RG-021 is used by another design")
        box.done(0)
    box = show_message(None, QMessageBox.Icon.Information, "Workspace opened", "All is well.")
    box.done(0)
    assert warnings_in(log_file) == [
        "jewelbench.ui.dialogs: refused: Not saved: “Edit design” was not saved."] * 2
    assert "RG-021" not in log_file.read_text("utf-8")


def test_a_field_refusal_is_logged_once_when_it_appears_without_the_value_typed(qtbot,
                                                                                log_file):
    field = NumberField(NumberRule(unit="g"))
    field.edit.setAccessibleName("Finished weight")
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.edit, "twelve")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.error.isVisible()  # the reason shows beside the field
    qtbot.keyClicks(field.edit, "ish")  # still refused while the user goes on typing
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert warnings_in(log_file) == [
        "jewelbench.ui.widgets.fields: refused: a value of Finished weight"]
    field.edit.clear()
    qtbot.keyClicks(field.edit, "12.5")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert not field.error.isVisible()
    field.edit.clear()
    qtbot.keyClicks(field.edit, "-3")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert len(warnings_in(log_file)) == 2  # a new refusal: a new line
    text = log_file.read_text("utf-8")
    assert "twelve" not in text and "-3" not in text


def test_a_refused_file_is_logged_once_with_its_reason(tmp_path, log_file):
    quote = files.encrypted_xlsx(tmp_path / "quote.xlsx")
    with pytest.raises(ImportRefused) as refused:
        read_table(quote)  # nested boundaries (read_table, the zip check): one line
    prices = tmp_path / "prices.csv"
    prices.mkdir()  # a folder where a file was chosen
    with pytest.raises(PriceFileRefused):
        read_price_file(prices, today=dt.date(2026, 11, 20))
    assert warnings_in(log_file) == [
        f"jewelbench.reports.outside_files: refused the file quote.xlsx: {refused.value}",
        "jewelbench.reports.outside_files: refused the file prices.csv: prices.csv: is a "
        "folder, not a file"]


def crash(log_file, error: Exception):
    """An error escaping a slot, met by the app's handler: its dialog and the details it gives
    to copy."""
    handler = CrashHandler(log_file, lambda: None, lambda: None)
    try:
        raise error
    except type(error):
        handler.handle(*sys.exc_info())
    dialog = handler.last_dialog
    assert dialog is not None
    return dialog, dialog.details.toPlainText()


def test_the_crash_report_carries_the_last_lines_of_the_log_ending_with_the_error(
        qtbot, tmp_path, log_file):
    import logging

    story = logging.getLogger("jewelbench.reports.workbook")
    for number in range(400):  # more than a report carries: the oldest are left out
        story.info("wrote the workbook plan-%03d.xlsx: 8 sheets", number)
    dialog, details = crash(log_file, RuntimeError("the export's slot broke"))
    assert details.startswith("jewelbench 0.1.0, Python 3.")
    assert "jewelbench.log, the last lines:" in details
    assert "wrote the workbook plan-399.xlsx" in details
    assert "plan-000.xlsx" not in details  # the report is the log's tail, whole lines
    assert details.rstrip().endswith("RuntimeError: the export's slot broke")
    assert len(details) < 20_000
    dialog.accept()


def test_without_a_readable_log_the_crash_report_is_the_traceback(qtbot, tmp_path, log_file):
    assert recent_lines(tmp_path / "nowhere" / "jewelbench.log") == ""
    dialog, details = crash(tmp_path / "nowhere" / "jewelbench.log", ValueError("late failure"))
    assert details.startswith("jewelbench 0.1.0, Python 3.")
    assert "Traceback" in details and details.rstrip().endswith("ValueError: late failure")
    dialog.accept()
