"""Journey (issue 13, item 5 and the UTF-16 CSV of item 10): a user on an EMPTY workspace adds a
supplier and a design, then imports two quote files through File ▸ Import Quotes…:

1. a quote sheet whose XML hides a 'billion laughs' entity attack: the dialog's report says why
   it is refused, nothing can be imported, no crash dialog opens and nothing is stored;
2. the same supplier's quote saved by Excel as "Unicode Text" (UTF-16 with a byte-order mark,
   tab-separated): read, mapped by its headings, previewed and imported in one undoable step.

Everything through the window's own menus, dialogs, buttons and keys; storage is only read."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from pathlib import Path

import quote_files as files
import steps
from qt_helpers import laid_out
from steps import DESIGN_CODE, SUPPLIER, choose, click

ARTIFACTS = Path(__file__).parent.parent / "artifacts" / "import-safety"
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{n} "{(f"&lol{n - 1};" if n > 1 else "&lol;") * 10}">\n'
              for n in range(1, 10))
    + "]>\n")


def new_design(road) -> int:
    """Designs ▸ New: the code, the name and the category typed and chosen, then OK."""
    steps.new_design(road)
    return road.workspace.designs.id_for_code(DESIGN_CODE)


def billion_laughs_sheet(path: Path) -> Path:
    """A supplier's quote sheet (Qty, Unit price) whose sheet XML declares nested entities
    that would expand to a billion "lol"s, one of them used in a cell."""
    files.quote_sheet(path, [[50, 420, 30, "see note"], [100, 395, 30, None]])
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = re.sub(r"^<\?xml[^>]*\?>\s*", "", parts["xl/worksheets/sheet1.xml"].decode())
    parts["xl/worksheets/sheet1.xml"] = (
        BILLION_LAUGHS + sheet.replace("<t>see note</t>", "<t>&lol9;</t>")).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path


def unicode_text_quote(path: Path) -> Path:
    """What Excel writes with File ▸ Save As ▸ Unicode Text (*.txt): UTF-16 LE with its
    byte-order mark, columns separated by tabs."""
    text = ("Qty\tUnit price\tNotes\r\n"
            "50\t420.00\tØre-clip, 925 silver\r\n"
            "100\t395.00\t\r\n"
            "300\t360.50\t\r\n")
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    return path


def report_lines(dialog) -> list[str]:
    return [dialog.report.item(row).text() for row in range(dialog.report.count())]


def test_a_hostile_quote_is_refused_with_its_reason_and_a_utf16_quote_imports(road, picker,
                                                                               tmp_path):
    window, qtbot = road.window, road.qtbot
    supplier_id = road.add_supplier()
    design_id = new_design(road)
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    steps_before = window.undo.stack.count()  # adding the supplier and the design

    # 1. the hostile sheet, through File ▸ Import Quotes…
    picker.append(billion_laughs_sheet(downloads / "Chao Phraya quote.xlsx"))
    action = window.import_quotes_action
    assert action in window.file_menu.actions()
    action.trigger()
    dialog = window.import_dialog
    qtbot.waitExposed(dialog)
    assert dialog.file_label.text() == "Chao Phraya quote.xlsx"
    [reason] = report_lines(dialog)
    assert reason == ("Chao Phraya quote.xlsx declares XML entities, a way to hide an attack "
                      "in a file (a 'billion laughs' that fills the memory, or an entity that "
                      "reads other files of this computer): jewelbench does not read such "
                      "files. Excel and LibreOffice never write them: ask the sender for the "
                      "file again.")
    assert dialog.status.text() == "Nothing can be imported from this file: see the report."
    assert not dialog.import_button.isEnabled()
    assert dialog.preview.rowCount() == 0
    road.no_message_box()  # no crash dialog, no message box: the reason is in the report
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    qtbot.waitUntil(lambda: laid_out(dialog))  # the layout follows the texts set
    dialog.grab().save(str(ARTIFACTS / "billion-laughs-refused.png"))
    assert road.workspace.quotes.summaries() == []
    assert window.undo.stack.count() == steps_before

    # 2. the supplier sends it again as Unicode Text: chosen with the dialog's own button
    picker.append(unicode_text_quote(downloads / "Chao Phraya quote.txt"))
    click(qtbot, dialog.file_button)
    assert dialog.file_label.text() == "Chao Phraya quote.txt"
    assert dialog.mapping_box.isVisible() and dialog.mapping_box.isEnabled()
    assert dialog.source_note.text() == ("Read the CSV file: headings in row 1, 3 rows below "
                                         "them. Each row is a price tier: quantity → unit "
                                         "price.")
    assert dialog.supplier.currentText() == SUPPLIER
    choose(qtbot, dialog.design, DESIGN_CODE)
    assert dialog.currency.currentText() == "THB"  # the supplier's currency
    assert dialog.column_boxes["quantity"].currentText() == "A: Qty"  # guessed by heading
    assert dialog.column_boxes["unit_price"].currentText() == "B: Unit price"
    assert dialog.column_boxes["notes"].currentText() == "C: Notes"
    [row] = [[dialog.preview.item(0, c).text() for c in range(dialog.preview.columnCount())]]
    assert row[0] == DESIGN_CODE and row[3] == "THB" and row[-1] == SUPPLIER
    assert "50 → 420.00" in row[2] and "300 → 360.50" in row[2]
    assert report_lines(dialog) == ["Chao Phraya quote.txt is UTF-16 text (as Excel saves "
                                    "“Unicode Text”): read as such."]
    qtbot.waitUntil(lambda: laid_out(dialog))
    dialog.grab().save(str(ARTIFACTS / "utf16-preview.png"))
    assert dialog.import_button.text() == "&Import 1 Quote"
    click(qtbot, dialog.import_button)
    road.no_message_box()

    # what was stored: exactly the file's three tiers, in baht, for the design and supplier
    [summary] = road.workspace.quotes.summaries()
    quote = road.workspace.quotes.get(summary.id)
    assert (quote.supplier_id, quote.design_id, quote.currency) == (supplier_id, design_id,
                                                                    "THB")
    assert [(t.min_quantity, t.unit_price) for t in quote.tiers] == [
        (50, Decimal("420.00")), (100, Decimal("395.00")), (300, Decimal("360.50"))]
    assert quote.notes == "Øre-clip, 925 silver"
    assert window.undo.stack.count() == steps_before + 1  # one undoable step
    assert window.undo.stack.undoText().startswith("Import")
    dialog.close()
