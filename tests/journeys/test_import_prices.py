"""Journey: a new user on an EMPTY workspace imports this week's prices and rates from the files
they downloaded (File ▸ Import Prices and Rates…), sees what is stored, skipped and refused, and
undoes an import; everything through the window's own action, dialog and buttons."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_helpers import laid_out

from jewelbench.app.main import apply_style
from jewelbench.storage import Workspace
from jewelbench.ui.main_window import MainWindow

FILES = Path(__file__).parent.parent / "reports" / "price_files"
ARTIFACTS = Path(__file__).parent.parent / "artifacts" / "price-import"


@pytest.fixture
def window(qtbot, qapp, settings, tmp_path):
    """The main window on a new, empty workspace, 1366 × 768."""
    apply_style(qapp)
    win = MainWindow(settings, Workspace.create(tmp_path / "mine.jewelbench"), tmp_path)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for widget in QApplication.topLevelWidgets():
        if widget is not win and widget.isVisible():
            widget.close()
    win.close()


@pytest.fixture
def picker(monkeypatch):
    """The file picker, answered as the user would: the next file in `chosen`."""
    chosen: list[Path] = []
    asked: list[Path] = []

    def ask(_parent, _title, directory):
        asked.append(directory)
        return chosen.pop(0) if chosen else None

    monkeypatch.setattr("jewelbench.ui.costs.price_import_dialog.ask_price_file", ask)
    return chosen, asked


def open_from_the_file_menu(window, qtbot, picker, path):
    chosen, _asked = picker
    chosen.append(path)
    action = window.import_prices_action
    assert action in window.file_menu.actions()
    assert action.text() == "Import Prices and Ra&tes…"
    action.trigger()
    dialog = window.price_import_dialog
    qtbot.waitExposed(dialog)
    return dialog


def preview_rows(dialog) -> list[tuple[str, ...]]:
    table = dialog.preview
    return [tuple(table.item(r, c).text() if table.item(r, c) else ""
                  for c in range(table.columnCount())) for r in range(table.rowCount())]


def test_a_new_user_imports_rates_and_prices_and_undoes_one(window, qtbot, picker, tmp_path):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    # 1. the ECB's history: every rate is new
    dialog = open_from_the_file_menu(window, qtbot, picker, FILES / "eurofxref-hist.csv")
    assert dialog.summary.text() == (
        "ECB euro reference rates: 89 rates read, 0 refused; 34 empty values (nothing quoted "
        "that day) left out.\nImport will store 89, replace 0, skip 0 already stored; "
        "0 refused.")
    rows = preview_rows(dialog)
    assert len(rows) == 89 and {r[0] for r in rows} == {"Will be stored"}
    assert ("Will be stored", "line 2", "EUR", "1 EUR = 1.0842 USD") == \
        (rows[0][0], rows[0][1], rows[0][3], rows[0][4])
    assert not dialog.metal.isEnabled()  # only an LBMA file asks for its metal
    qtbot.waitUntil(lambda: laid_out(dialog))  # the layout settles as it does on screen
    dialog.grab().save(str(ARTIFACTS / "ecb-preview.png"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == ("Stored 89, replaced 0, skipped 0 already stored, "
                                     "refused 0.")
    assert dialog.status.text() == "Imported. Edit ▸ Undo takes it out again."
    assert not dialog.import_button.isEnabled()
    assert window.undo.stack.undoText() == "Import prices and rates from eurofxref-hist.csv"
    dialog.close()

    # 2. Norges Bank: its two EUR→NOK rates are the ECB's, already stored
    dialog = open_from_the_file_menu(window, qtbot, picker, FILES / "norges-bank-exr.csv")
    assert "Import will store 6, replace 0, skip 2 already stored" in dialog.summary.text()
    skipped = [r for r in preview_rows(dialog) if r[0] == "Skipped"]
    assert [r[4] for r in skipped] == ["already stored, the same rate"] * 2
    assert {r[1] for r in skipped} == {"line 2, EUR", "line 3, EUR"}
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text().startswith("Stored 6, replaced 0, skipped 2")
    dialog.close()

    # 3. the LBMA gold series: the metal from the file name
    dialog = open_from_the_file_menu(window, qtbot, picker, FILES / "lbma-gold_pm.json")
    assert dialog.metal.isEnabled()
    assert dialog.metal.itemText(0) == "From the file name (gold)"
    assert "11 metal prices read" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.close()

    # 4. the plain CSV: a gram price, a troy-ounce price and two rates (gold and EUR→USD are
    # stored already: the LBMA's and the ECB's)
    dialog = open_from_the_file_menu(window, qtbot, picker, FILES / "plain-prices.csv")
    rows = preview_rows(dialog)
    assert ("Will be stored", "line 3", "silver", "31.3056493992 USD/ozt") == \
        (rows[2][0], rows[2][1], rows[2][3], rows[2][4])  # 1.0065 × 31.1034768
    assert ("Skipped", "line 2", "gold") == rows[0][:2] + (rows[0][3],)
    assert rows[0][4] == "already stored, the same price"  # the LBMA's 2670.25 USD
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == ("Stored 3, replaced 0, skipped 2 already stored, "
                                     "refused 0.")
    dialog.close()

    # what the user sees under Costs ▸ Scenarios & Prices
    window.show_view("costs")
    costs = window.costs
    assert costs.metal_prices.proxy.rowCount() == 11 + 2
    assert costs.fx_rates.proxy.rowCount() == 89 + 6 + 1  # THB→USD; EUR→USD was the ECB's

    # 5. Edit ▸ Undo takes out exactly the plain CSV's three rows
    window.show_view("designs")
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    window.show_view("costs")
    assert costs.metal_prices.proxy.rowCount() == 11
    assert costs.fx_rates.proxy.rowCount() == 89 + 6
    metals = {(p.metal, p.price_per_troy_oz.currency)
              for p in window.workspace.prices.metal_prices()}
    assert ("silver", "USD") not in metals and ("gold", "USD") in metals
    # Edit ▸ Redo puts them back
    window.redo_action.trigger()
    assert len(window.workspace.prices.metal_prices()) == 13


def test_a_bad_file_is_refused_with_its_reason_and_nothing_can_be_imported(
        window, qtbot, picker, tmp_path):
    garbage = tmp_path / "rates.csv"
    garbage.write_bytes(bytes(range(256)) * 40)
    dialog = open_from_the_file_menu(window, qtbot, picker, garbage)
    assert dialog.summary.text() == (
        "Nothing can be imported: rates.csv: is not a text file (binary content) and is not a "
        "price or rate file jewelbench reads: expected the ECB's eurofxref-hist.csv (or .zip), "
        "Norges Bank's exchange-rate CSV, an LBMA JSON series or a CSV with the header "
        "date,item,price,currency,unit.")
    assert not dialog.import_button.isEnabled() and dialog.preview.rowCount() == 0
    dialog.close()
    assert window.undo.stack.count() == 0


def test_refused_rows_are_listed_with_why_and_the_rest_imports(window, qtbot, picker, tmp_path):
    mixed = tmp_path / "week.csv"
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    mixed.write_text("date,item,price,currency,unit\n"
                     "2026-11-27,gold,2670.25,USD,ozt\n"
                     f"{future},gold,2680,USD,ozt\n"
                     "2026-11-27,silver,-1,USD,g\n"
                     "2026-11-27,gold,2671,USD,ozt\n"
                     "2026-11-27,EUR,1.08,EUO,\n")
    dialog = open_from_the_file_menu(window, qtbot, picker, mixed)
    refused = [(r[1], r[4]) for r in preview_rows(dialog) if r[0] == "Refused"]
    assert refused == [
        ("line 3", f"dated {future}, after today ({dt.date.today().isoformat()})"),
        ("line 4", "the price -1 is not above zero"),
        ("line 5", "the gold price in USD of 2026-11-27 is in the file twice (first at "
                   "line 2); this one is left out"),
        ("line 6", "'EUO' is not a currency jewelbench knows: use an ISO 4217 code such as "
                   "EUR, USD, THB or INR"),
    ]
    qtbot.waitUntil(lambda: laid_out(dialog))
    dialog.grab().save(str(ARTIFACTS / "refused-preview.png"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == ("Stored 1, replaced 0, skipped 0 already stored, "
                                     "refused 4.")
    assert len(window.workspace.prices.metal_prices()) == 1


def test_an_lbma_file_named_without_its_metal_asks_for_it_and_the_folder_is_remembered(
        window, qtbot, picker, tmp_path):
    folder = tmp_path / "downloads"
    folder.mkdir()
    series = folder / "series.json"
    series.write_bytes((FILES / "lbma-silver.json").read_bytes())
    dialog = open_from_the_file_menu(window, qtbot, picker, FILES / "plain-prices.csv")
    assert not dialog.metal.isEnabled()  # a plain CSV says its metals
    picker[0].append(series)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert dialog.file_label.text() == "series.json"
    assert "does not say which metal" in dialog.summary.text()
    assert dialog.metal.isEnabled()
    assert not dialog.import_button.isEnabled()
    dialog.metal.setCurrentIndex(dialog.metal.findData("silver"))
    assert "9 metal prices read" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert {p.metal for p in window.workspace.prices.metal_prices()} == {"silver"}
    dialog.close()
    _chosen, asked = picker
    open_from_the_file_menu(window, qtbot, picker, FILES / "lbma-silver.json").close()
    assert asked[-1] == folder


def test_the_dialog_has_an_alt_letter_per_control_and_fits_a_laptop(window, qtbot, picker):
    dialog = open_from_the_file_menu(window, qtbot, picker, FILES / "plain-prices.csv")
    letters = []
    from PySide6.QtWidgets import QAbstractButton, QLabel
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        text = widget.text().replace("&&", "")
        if widget.isVisibleTo(dialog) and "&" in text:
            letters.append(text[text.index("&") + 1].lower())
    assert len(letters) == len(set(letters)) >= 4, letters
    assert dialog.width() <= 1366 and dialog.height() <= 720
    qtbot.keyClick(dialog.replace, Qt.Key.Key_Space)  # the keyboard reaches the options
    assert dialog.replace.isChecked()
    assert "Import will store 5" in dialog.summary.text()


def test_import_is_found_in_the_costs_menu_and_beside_the_price_lists(window, qtbot, picker):
    chosen, _asked = picker
    assert window.import_prices_action in window.costs_menu.actions()
    window.prices_action.trigger()  # Costs ▸ Scenarios & Prices
    button = window.costs.prices.import_button
    assert button.isVisible() and button.isEnabled()
    chosen.append(FILES / "plain-prices.csv")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.price_import_dialog
    qtbot.waitExposed(dialog)
    assert dialog.path == FILES / "plain-prices.csv"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.workspace.prices.metal_prices(), "stored from the file"
    dialog.close()
