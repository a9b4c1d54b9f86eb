"""Exports and quote import through the widgets: the quote template from Requests for Quotation,
read back in Import Quotes (preview, report, one undoable import), other files through a column
mapping remembered per supplier, every bad file reported with nothing stored, and Export CSV
Tables."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
import quote_files as files
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_helpers import texts_whole
from ui_helpers import close_message_boxes

from jewelbench.app.main import apply_style
from jewelbench.domain.rfqs import ReplyState
from jewelbench.reports.quote_import import MAX_ROWS
from jewelbench.storage import StorageError, Workspace
from jewelbench.storage.imports import QuoteImports
from jewelbench.ui import exports
from jewelbench.ui.commands import UndoController
from jewelbench.ui.exports import csv_dialog
from jewelbench.ui.exports import quote_import as import_module
from jewelbench.ui.exports import template as template_module
from jewelbench.ui.exports.quote_import import QuoteImportDialog
from jewelbench.ui.rfqs.tracking import RfqListDialog
from jewelbench.ui.widgets.fields import error_colour

PANYU = "Panyu Jinhui Jewelry Manufacturing Co., Ltd."
JAIPUR = "Jaipur Silvercraft Pvt. Ltd."
TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def demo(demo_copy):
    workspace = Workspace.open(demo_copy)
    yield workspace
    workspace.close()


@pytest.fixture
def controller(qapp):
    return UndoController()


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "files"
    path.mkdir()
    return path


def stored(workspace) -> list[tuple]:
    return [tuple(workspace.db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall())
            for table in ("quotes", "quote_tiers", "quote_fees")]


def open_import(qtbot, demo, controller, settings, path: Path | None) -> QuoteImportDialog:
    apply_style(QApplication.instance())
    dialog = QuoteImportDialog(demo, controller, settings, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if path is not None:
        dialog.load(path)
    return dialog


def report(dialog) -> list[str]:
    return [dialog.report.item(row).text() for row in range(dialog.report.count())]


def preview(dialog) -> list[list[str]]:
    return [[dialog.preview.item(row, column).text()
             for column in range(dialog.preview.columnCount())]
            for row in range(dialog.preview.rowCount())]


def select_supplier(dialog, name: str) -> None:
    dialog.supplier.setCurrentIndex(dialog.supplier.findText(name))


def select_design(dialog, code: str) -> None:
    index = next(i for i in range(dialog.design.count())
                 if dialog.design.itemText(i).startswith(code + " "))
    dialog.design.setCurrentIndex(index)


# --- the template, from Requests for Quotation back into Quotes -----------------------------


def test_quote_template_from_tracking_filled_and_imported_in_one_undoable_step(
        qtbot, demo, controller, settings, folder, monkeypatch, artifacts_dir):
    asked = []

    def ask(parent, title, suggested):
        asked.append((title, suggested.name))
        return folder / suggested.name

    monkeypatch.setattr(template_module, "ask_template_path", ask)
    tracking = RfqListDialog(demo, controller, settings, today=TODAY)
    qtbot.addWidget(tracking)
    tracking.show()
    assert tracking.select(2)
    rfq = demo.rfqs.get(2)
    row = next(r for r in range(tracking.replies.rowCount())
               if tracking.replies.row_object(r).supplier == JAIPUR)
    tracking.reply_table.selectRow(row)
    assert tracking.template_button.isEnabled()
    tracking.template_button.click()
    written = folder / asked[0][1]
    assert written.exists() and asked[0][0] == f"Save Quote Template for {JAIPUR}"
    assert tracking.status.text() == f"Wrote {written.name}: Import Quotes reads it back once " \
                                     "filled in."
    tracking.resize(1100, 660)
    qtbot.waitUntil(lambda: texts_whole(tracking))
    tracking.grab().save(str(artifacts_dir / "rfq-tracking-quote-template.png"))

    filled = files.fill_template(
        written, folder / "reply.xlsx", prices={100: 6.8, 300: 6.1, 1000: "5.45"},
        values={"reference": "JS-Q-881", "quoted_on": dt.date(2026, 11, 12), "moq": 100,
                "production_days": 40, "notes": files.HYPERLINK},
        fees={"mould": (3200, "N"), "sample": (1200, "Y")})
    before = stored(demo)
    dialog = open_import(qtbot, demo, controller, settings, filled)
    assert not dialog.mapping_box.isVisible()
    assert "quote template" in dialog.source_note.text()
    [row_text] = preview(dialog)
    assert (row_text[0], row_text[1], row_text[-1]) == ("BC-001", "A", JAIPUR)
    assert "100 → 6.80" in row_text[2] and "1,000 → 5.45" in row_text[2]
    assert dialog.import_button.text() == "&Import 1 Quote"
    dialog.resize(1180, 700)
    qtbot.waitUntil(lambda: texts_whole(dialog))  # the layout follows the texts set
    dialog.grab().save(str(artifacts_dir / "quote-import-template.png"))
    assert stored(demo) == before  # the preview stores nothing

    assert dialog.import_now()
    [quote_id] = dialog.imported_ids
    quote = demo.quotes.get(quote_id)
    assert (quote.reference, quote.notes, quote.moq) == ("JS-Q-881", files.HYPERLINK, 100)
    assert [(t.min_quantity, t.unit_price) for t in quote.tiers] == [
        (100, Decimal("6.8")), (300, Decimal("6.1")), (1000, Decimal("5.45"))]
    assert quote.tech_pack_revision_id == rfq.tech_pack_revision_id
    assert not dialog.import_button.isEnabled()
    assert "Edit ▸ Undo" in dialog.status.text()
    replies = {r.supplier: r for r in demo.rfqs.replies(2, TODAY)}
    assert replies[JAIPUR].state is ReplyState.ANSWERED
    assert controller.stack.count() == 1
    controller.stack.undo()
    assert stored(demo) == before
    controller.stack.redo()
    assert demo.quotes.get(quote_id).reference == "JS-Q-881"

    again = open_import(qtbot, demo, controller, settings, filled)
    assert not again.import_button.isEnabled()
    assert any("is stored already" in line for line in report(again))
    close_message_boxes()


def test_a_template_with_a_formula_is_reported_and_nothing_stored(
        qtbot, demo, controller, settings, folder):
    rfq = demo.rfqs.get(2)
    source = files.template_for(demo, folder, 2, rfq.supplier_ids[0])
    filled = files.fill_template(source, folder / "f.xlsx", prices={100: 6, 300: 5})
    book = load_workbook(filled)
    cell = files.template_range(book, "jb_tier_price")[2]
    files.formula(cell, "=B30*0.9")
    book.save(filled)
    before = stored(demo)
    dialog = open_import(qtbot, demo, controller, settings, filled)
    lines = report(dialog)
    assert lines[0].startswith(f"Cell {cell.coordinate} holds a formula (=B30*0.9)")
    assert dialog.report.item(0).foreground().color() == error_colour(dialog.palette())
    assert not dialog.import_button.isEnabled()
    assert dialog.preview.rowCount() == 0
    assert not dialog.import_now()
    assert stored(demo) == before


# --- any other file, through the mapping ------------------------------------------------------


def test_a_quote_sheet_is_mapped_previewed_and_imported_with_the_mapping_remembered(
        qtbot, demo, controller, settings, folder, artifacts_dir):
    path = files.quote_sheet(folder / "panyu.xlsx", [
        [100, 7.2, 35, "flash 0.5 µm"], [300, "6,40", 35, None], [1000, "ask us", 35, None],
        [2000, 5.1, "6 weeks", None]],
        headers=("Menge", "Stückpreis", "Lead time (days)", "Remarks"),
        title_rows=[["Panyu Jinhui — Angebot"], []])
    before = stored(demo)
    dialog = open_import(qtbot, demo, controller, settings, path)
    select_supplier(dialog, PANYU)
    select_design(dialog, "BC-001")
    assert dialog.header_row.value() == 3
    assert dialog.current_mapping().get("quantity") == 0  # "Menge" is a known heading
    # "Stückpreis" is not: the user picks it
    assert "unit_price" not in dialog.current_mapping()
    assert any("Choose the column for Unit price" in line for line in report(dialog))
    assert not dialog.import_button.isEnabled()
    box = dialog.column_boxes["unit_price"]
    box.setCurrentIndex(box.findData(1))
    notes = dialog.column_boxes["notes"]
    notes.setCurrentIndex(notes.findData(3))
    assert dialog.mapping.item(1, 2).text() == "7.2"  # the first value of the column
    [row] = preview(dialog)
    assert row[-1] == PANYU and row[3] == "CNY"  # the supplier's currency by default
    assert "100 → 7.20" in row[2] and "300 → 6.40" in row[2]
    lines = report(dialog)
    assert any(line.startswith("Row 6: The unit price in B6 is not a number ('ask us')")
               for line in lines)
    assert any(line.startswith("Row 7: The production lead time in C7 is not a number")
               for line in lines)
    assert dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: texts_whole(dialog))
    dialog.grab().save(str(artifacts_dir / "quote-import-mapping.png"))
    assert stored(demo) == before

    assert dialog.import_now()
    quote = demo.quotes.get(dialog.imported_ids[0])
    assert quote.notes == "flash 0.5 µm" and quote.production_lead_time_days == 35
    assert quote.currency == "CNY" and quote.quoted_on == TODAY
    dialog.close()

    # the next file from Panyu has the same headings in another order: the mapping follows
    later = files.quote_sheet(folder / "panyu-2.xlsx", [["x", 4.9, 500]],
                              headers=("Remarks", "Stückpreis", "Menge"))
    second = open_import(qtbot, demo, controller, settings, later)
    assert second.supplier.currentText() == PANYU  # remembered too
    assert second.current_mapping() == {"quantity": 2, "unit_price": 1, "notes": 0}


def test_a_mapping_is_remembered_for_the_supplier_of_this_workspace_only(
        qtbot, demo, controller, settings, folder):
    """Supplier ids start at 1 in every workspace: another workspace's supplier 3 is someone
    else, and must not get this one's columns (nor be chosen as the supplier)."""
    path = files.quote_sheet(folder / "panyu.xlsx", [[100, 7.2, 35, None]],
                             headers=("Menge", "Stückpreis", "Lead time (days)", "Remarks"))
    dialog = open_import(qtbot, demo, controller, settings, path)
    select_supplier(dialog, PANYU)
    select_design(dialog, "BC-001")
    box = dialog.column_boxes["unit_price"]
    box.setCurrentIndex(box.findData(1))
    assert dialog.import_now()
    dialog.close()
    again = open_import(qtbot, demo, controller, settings, path)
    assert again.supplier.currentText() == PANYU
    assert again.current_mapping().get("unit_price") == 1
    again.close()

    demo.settings.set("created_at", "2027-01-01T09:00:00+00:00")  # another workspace
    other = open_import(qtbot, demo, controller, settings, path)
    select_supplier(other, PANYU)  # the same id, but not the same supplier for all we know
    assert "unit_price" not in other.current_mapping()


def test_a_design_code_column_and_a_csv(qtbot, demo, controller, settings, folder):
    path = files.csv_file(folder / "list.csv", "Style;Qty;Price\r\nBC-001;100;7,10\r\n"
                          "BR-002;50;31,50\r\nZZ-404;50;1\r\n")
    dialog = open_import(qtbot, demo, controller, settings, path)
    assert dialog.design.currentData() is None  # from the file's design code column
    assert not dialog.sheet.isEnabled()
    box = dialog.column_boxes["unit_price"]
    box.setCurrentIndex(box.findData(2))
    assert [r[0] for r in preview(dialog)] == ["BC-001", "BR-002"]
    assert "Row 4: there is no design 'ZZ-404' in this workspace." in report(dialog)
    assert dialog.import_button.text() == "&Import 2 Quotes"
    assert dialog.import_now()
    assert len(dialog.imported_ids) == 2
    controller.stack.undo()
    assert all(q.id not in dialog.imported_ids for q in demo.quotes.summaries())


def test_a_failed_write_stores_nothing_and_says_why(qtbot, demo, controller, settings, folder,
                                                   monkeypatch):
    path = files.quote_sheet(folder / "p.xlsx", [[100, 7.2, 35, None]],
                             headers=("Qty", "Unit price", "Lead time (days)", "Notes"))
    dialog = open_import(qtbot, demo, controller, settings, path)
    select_design(dialog, "BC-001")
    before = stored(demo)

    def full_disk(self, quotes, ids=None):
        raise StorageError("The disk is full, so nothing was saved")

    monkeypatch.setattr(QuoteImports, "add", full_disk)
    assert not dialog.import_now()
    assert dialog.status.text() == "Nothing was imported: The disk is full, so nothing was " \
                                   "saved."
    assert stored(demo) == before and controller.stack.count() == 0
    assert dialog.import_button.isEnabled()  # it can be tried again


BAD = {
    "text renamed .xlsx": (files.text_renamed, "q.xlsx", "is not an Excel workbook"),
    "password-protected": (files.encrypted_xlsx, "q.xlsx", "is password-protected"),
    "zip bomb": (files.zip_bomb, "q.xlsx", "looks like a zip bomb"),
    "100,000 rows": (files.many_rows, "q.xlsx", f"more than {MAX_ROWS:,} rows"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_file_is_reported_in_the_dialog_with_nothing_stored(
        qtbot, demo, controller, settings, folder, case, artifacts_dir):
    make, name, message = BAD[case]
    path = make(folder / name)
    before = stored(demo)
    dialog = open_import(qtbot, demo, controller, settings, path)
    [line] = report(dialog)
    assert message in line
    assert not dialog.import_button.isEnabled() and not dialog.mapping_box.isEnabled()
    assert not dialog.import_now()
    assert stored(demo) == before
    if case == "password-protected":
        qtbot.waitUntil(lambda: texts_whole(dialog))
        dialog.grab().save(str(artifacts_dir / "quote-import-refused.png"))


def test_merged_cells_and_missing_columns_are_reported(qtbot, demo, controller, settings,
                                                      folder):
    path = files.quote_sheet(folder / "m.xlsx", [[100, 7.2, 35, None], [300, 6.4, 35, None]])
    book = load_workbook(path)
    book.active.merge_cells("B2:B3")
    book.save(path)
    dialog = open_import(qtbot, demo, controller, settings, path)
    select_design(dialog, "BC-001")
    assert report(dialog)[0].startswith("Cells B2:B3 are merged")
    assert not dialog.import_button.isEnabled()
    box = dialog.column_boxes["unit_price"]
    box.setCurrentIndex(0)  # not in the file
    assert report(dialog)[0].startswith("Choose the column for Unit price")


def test_import_quotes_entry_point_asks_for_the_file(qtbot, demo, controller, settings, folder,
                                                    monkeypatch):
    path = files.quote_sheet(folder / "p.xlsx", [[100, 7.2, 35, None]])
    monkeypatch.setattr(import_module, "ask_import_path", lambda parent, title, directory: path)
    dialog = exports.import_quotes(None, demo, controller, settings)
    qtbot.addWidget(dialog)
    assert dialog.path == path and dialog.table is not None
    dialog.close()


# --- CSV export -------------------------------------------------------------------------------


def test_export_csv_dialog_writes_the_chosen_tables(qtbot, demo, settings, folder, monkeypatch,
                                                    artifacts_dir):
    monkeypatch.setattr(csv_dialog, "ask_folder", lambda parent, title, directory: folder)
    dialog = exports.export_csv(None, demo, settings)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.choose_folder()
    assert dialog.folder.text() == str(folder)
    dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(";"))
    for row in range(dialog.tables.count()):
        item = dialog.tables.item(row)
        if item.data(csv_dialog.NAME_ROLE) not in ("quotes", "suppliers"):
            item.setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: texts_whole(dialog))
    dialog.grab().save(str(artifacts_dir / "csv-export-dialog.png"))
    written = dialog.export()
    assert sorted(p.name for p in written) == ["quotes.csv", "suppliers.csv"]
    assert dialog.status.text() == f"Wrote 2 files to {folder}."
    assert (folder / "quotes.csv").read_bytes().startswith(b"\xef\xbb\xbfQuote;Design code")
    dialog.close()
    again = exports.export_csv(None, demo, settings)  # the choices are remembered
    qtbot.addWidget(again)
    assert again.chosen_tables() == ["suppliers", "quotes"]
    assert again.delimiter.currentData() == ";"
    again._check_all(False)
    assert not again.export_button.isEnabled()
    assert again.status.text() == "Tick at least one table."
    again.close()


def test_export_csv_dialog_says_why_nothing_was_written(qtbot, demo, settings, folder):
    dialog = exports.export_csv(None, demo, settings)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(folder / "missing"))
    assert dialog.export() == []
    assert dialog.status.text().startswith("Not exported: The folder")
    (folder / "designs.csv").mkdir()
    dialog.folder.setText(str(folder))
    assert dialog.export() == []
    assert "designs.csv is a folder" in dialog.status.text()
    assert sorted(p.name for p in folder.iterdir()) == ["designs.csv"]
    dialog.close()


def _dark_palette():
    from PySide6.QtGui import QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"),
                         (roles.Base, "#1f1f1f"), (roles.AlternateBase, "#262626"),
                         (roles.Text, "#e6e6e6"), (roles.Button, "#333333"),
                         (roles.ButtonText, "#e6e6e6"), (roles.Highlight, "#3d7bd9"),
                         (roles.HighlightedText, "#ffffff"), (roles.Mid, "#555555"),
                         (roles.PlaceholderText, "#9a9a9a")):
        palette.setColor(role, colour)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, "#7a7a7a")
    return palette


def test_the_report_reads_in_dark_mode(qtbot, demo, controller, settings, folder,
                                       artifacts_dir):
    path = files.quote_sheet(folder / "m.xlsx", [[100, 7.2, 35, None], [300, "n/a", 35, None]])
    book = load_workbook(path)
    files.formula(book.active["B2"], "=7.2*1")
    book.save(path)
    light = QApplication.palette()
    QApplication.setPalette(_dark_palette())
    try:
        dialog = open_import(qtbot, demo, controller, settings, path)
        select_design(dialog, "BC-001")
        colour = dialog.report.item(0).foreground().color()
        assert colour == error_colour(dialog.palette())
        assert colour.lightness() > dialog.palette().color(
            dialog.palette().ColorRole.Base).lightness() + 80
        qtbot.waitUntil(lambda: texts_whole(dialog))
        dialog.grab().save(str(artifacts_dir / "quote-import-dark.png"))
    finally:
        QApplication.setPalette(light)


def test_the_csv_and_import_dialogs_have_an_alt_letter_per_control_and_fit_1366x768(
        qtbot, demo, controller, settings, folder):
    from test_workbook_export_ui import mnemonic_letters

    csv = exports.export_csv(None, demo, settings)
    qtbot.addWidget(csv)
    qtbot.waitExposed(csv)
    path = files.quote_sheet(folder / "p.xlsx", [[100, 7.2, 35, None]])
    quotes = open_import(qtbot, demo, controller, settings, path)
    select_design(quotes, "BC-001")
    assert quotes.import_button.isEnabled()
    for dialog in (csv, quotes):
        letters = mnemonic_letters(dialog)
        assert len(letters) == len(set(letters)), (type(dialog).__name__, sorted(letters))
        assert dialog.width() <= 1366 and dialog.height() <= 720
        assert dialog.minimumSizeHint().height() <= 720
    csv.close()


# --- a validity date that cannot be read is never taken as "never expires" ------------------


def test_a_template_whose_validity_cannot_be_read_is_refused_with_the_reason(
        qtbot, demo, controller, settings, folder):
    rfq = demo.rfqs.get(2)
    source = files.template_for(demo, folder, 2, rfq.supplier_ids[0])
    filled = files.fill_template(source, folder / "f.xlsx", prices={100: 6, 300: 5},
                                 values={"valid_until": "end of March"})
    before = stored(demo)
    dialog = open_import(qtbot, demo, controller, settings, filled)
    lines = report(dialog)
    assert any("The validity date" in line and "('end of March')" in line
               and "would never expire" in line for line in lines), lines
    assert not dialog.import_button.isEnabled()
    assert dialog.preview.rowCount() == 0
    assert not dialog.import_now()
    assert stored(demo) == before


def test_a_sheet_row_whose_validity_cannot_be_read_refuses_that_design(
        qtbot, demo, controller, settings, folder):
    path = files.csv_file(folder / "list.csv",
                          "Style;Qty;Price;Valid until\r\n"
                          "BC-001;100;7,10;soon\r\nBC-001;300;6,90;\r\n"
                          "BR-002;50;31,50;2027-03-31\r\n")
    dialog = open_import(qtbot, demo, controller, settings, path)
    box = dialog.column_boxes["unit_price"]
    box.setCurrentIndex(box.findData(2))
    validity = dialog.column_boxes["valid_until"]
    validity.setCurrentIndex(validity.findData(3))
    assert [r[0] for r in preview(dialog)] == ["BR-002"]
    lines = report(dialog)
    assert any(line.startswith("Row 2: The validity date in") and "('soon')" in line
               for line in lines), lines
    assert any(line.startswith("Row 3: the validity date of BC-001 in row 2 cannot be read")
               for line in lines), lines
    assert dialog.import_now()
    [quote_id] = dialog.imported_ids
    assert demo.quotes.get(quote_id).valid_until == dt.date(2027, 3, 31)


def test_a_row_left_out_for_its_price_does_not_say_its_validity_cannot_be_read(
        qtbot, demo, controller, settings, folder):
    # The validity date of row 2 is fine; the row is left out for its price. The other row
    # alone would make a quote that never expires, so it is refused too, with that reason.
    path = files.csv_file(folder / "list.csv",
                          "Style;Qty;Price;Valid until\r\n"
                          "BC-001;100;seven;2027-03-31\r\nBC-001;300;6,90;\r\n")
    dialog = open_import(qtbot, demo, controller, settings, path)
    box = dialog.column_boxes["unit_price"]
    box.setCurrentIndex(box.findData(2))
    validity = dialog.column_boxes["valid_until"]
    validity.setCurrentIndex(validity.findData(3))
    assert preview(dialog) == []
    lines = report(dialog)
    assert any(line.startswith("Row 2: The unit price") and "('seven')" in line
               for line in lines), lines
    assert any(line.startswith("Row 3: the validity date of BC-001 in row 2 is in a row "
                               "left out") for line in lines), lines
    assert not any("cannot be read" in line for line in lines if line.startswith("Row 3")), lines


def test_a_sheet_whose_unit_price_rises_with_quantity_is_warned_in_the_report(
        qtbot, demo, controller, settings, folder):
    path = files.csv_file(folder / "list.csv", "Style;Qty;Price\r\nBC-001;100;7,10\r\n"
                          "BC-001;300;71,00\r\n")
    dialog = open_import(qtbot, demo, controller, settings, path)
    box = dialog.column_boxes["unit_price"]
    box.setCurrentIndex(box.findData(2))
    assert [r[0] for r in preview(dialog)] == ["BC-001"]
    assert ("BC-001: The unit price rises with quantity: 71.00 from 300 pieces is more than "
            "7.10 from 100 pieces; check the tiers.") in report(dialog)
    assert dialog.import_button.isEnabled()
