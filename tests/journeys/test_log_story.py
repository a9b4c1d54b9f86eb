"""Journey (issue 18, logging): the log a bug report carries tells its story. The app's log is
opened as app/main.py opens it; a user on an EMPTY workspace adds a supplier and a design, then
through the window's own menus and dialogs:

1. File ▸ Import Quotes… a hostile sheet: refused, and the log says which file and why;
2. the same supplier's quote as Unicode Text: imported, and the log says how many quotes;
3. File ▸ Export ▸ CSV Tables… into a folder typed in: the log says which files were written.

The log holds file names and counts, never what the user typed or what the quote says; a
crash dialog after all this carries those lines for the bug report."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from steps import DESIGN_CODE, choose, click
from test_safety_imports import billion_laughs_sheet, new_design, unicode_text_quote

from jewelbench.app.crash import CrashHandler
from jewelbench.app.log_file import close_log, open_log
from jewelbench.app.main import log_start


@pytest.fixture
def log_file(tmp_path):
    """The app's rotating log, opened as run_gui opens it (its folder in the data folder)."""
    path = open_log(tmp_path / "data" / "logs")
    log_start(path, "en")
    yield path
    close_log()


def lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_a_refused_import_an_import_and_an_export_are_in_the_log(road, picker, log_file,
                                                                  tmp_path):
    window, qtbot = road.window, road.qtbot
    road.add_supplier()
    new_design(road)
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    [start] = lines_of(log_file)
    assert " INFO jewelbench.app.main: jewelbench 0.1.0 started: Qt 6." in start
    assert "language en" in start and start.endswith("; log jewelbench.log")

    # 1. the hostile sheet is refused: said in the dialog, and in the log at WARNING
    picker.append(billion_laughs_sheet(downloads / "Chao Phraya quote.xlsx"))
    window.import_quotes_action.trigger()
    dialog = window.import_dialog
    qtbot.waitExposed(dialog)
    assert not dialog.import_button.isEnabled()
    refused = [line for line in lines_of(log_file) if " WARNING " in line]
    assert len(refused) == 2, refused
    assert refused[0].endswith(
        "WARNING jewelbench.reports.outside_files: refused the file Chao Phraya quote.xlsx: "
        "Chao Phraya quote.xlsx declares XML entities, a way to hide an attack in a file (a "
        "'billion laughs' that fills the memory, or an entity that reads other files of this "
        "computer): jewelbench does not read such files. Excel and LibreOffice never write "
        "them: ask the sender for the file again"), refused[0]
    assert " WARNING jewelbench.ui.exports.quote_import: quote import: nothing can be imported " \
           "from Chao Phraya quote.xlsx: " in refused[1]

    # 2. the quote as Unicode Text: read and imported, each said at INFO with its counts
    picker.append(unicode_text_quote(downloads / "Chao Phraya quote.txt"))
    click(qtbot, dialog.file_button)
    choose(qtbot, dialog.design, DESIGN_CODE)
    click(qtbot, dialog.import_button)
    road.no_message_box()
    assert len(road.workspace.quotes.summaries()) == 1
    text = log_file.read_text(encoding="utf-8")
    assert "INFO jewelbench.reports.quote_import.table: read the quote file Chao Phraya " \
           "quote.txt (csv): 3 row(s) under the headings in row 1" in text
    assert "INFO jewelbench.ui.exports.quote_import: imported 1 quote(s) from Chao Phraya " \
           "quote.txt (table), 0 row(s) left out" in text
    dialog.close()

    # 3. File ▸ Export ▸ CSV Tables…, the folder typed in, Export
    folder = tmp_path / "Tables"
    folder.mkdir()
    window.export_csv_action.trigger()
    export = window.export_dialog
    qtbot.waitExposed(export)
    export.folder.clear()
    qtbot.keyClicks(export.folder, str(folder))
    click(qtbot, export.export_button)
    written = sorted(p.name for p in folder.iterdir())
    assert "quotes.csv" in written and "suppliers.csv" in written
    [wrote] = [line for line in lines_of(log_file) if "csv_export" in line]
    said, files = wrote.rsplit(": ", 1)
    assert said.endswith(f"INFO jewelbench.reports.csv_export: wrote {len(written)} CSV "
                         "file(s) in Tables"), wrote
    assert sorted(files.split(", ")) == written
    export.close()

    # what was typed and what the quote says stays out of the log
    text = log_file.read_text(encoding="utf-8")
    for private in ("Øre-clip", "420.00", "360.50", "&lol"):
        assert private not in text, private

    # 4. a crash now: its dialog's details carry the story, ending with the traceback
    handler = CrashHandler(log_file, lambda: window, lambda: window.workspace)
    try:
        raise RuntimeError("a slot broke after the import")
    except RuntimeError:
        handler.handle(*sys.exc_info())
    crash = handler.last_dialog
    assert crash is not None
    details = crash.details.toPlainText()
    assert details.startswith("jewelbench 0.1.0, Python 3.")
    assert "refused the file Chao Phraya quote.xlsx" in details
    assert "imported 1 quote(s) from Chao Phraya quote.txt" in details
    assert "wrote " in details and "CSV file(s) in Tables" in details
    assert details.rstrip().endswith("RuntimeError: a slot broke after the import")
    crash.accept()
