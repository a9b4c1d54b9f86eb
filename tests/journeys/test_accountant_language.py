"""The accountant reads Norwegian (issue 17), from an empty workspace through the window.

A designer working in English builds a design, its quote, a scenario and the prices, then
File ▸ Export ▸ Workbook…: the dialog says the workbook is written in English (the language
jewelbench speaks); she chooses Norsk bokmål from the keyboard and exports again. The second
workbook has its cover in Bokmål ("Forside"), the status line says so, and its formulas are
the English workbook's, cell for cell: the same figures. Then, with jewelbench speaking
Bokmål, File ▸ Export ▸ CSV Tables… offers ';' and a decimal comma, and the files it writes
keep their English column names.

The real nb translation arrives at the end of issue 17: a tiny one is built here
(tests/tiny_translations.py) and found where jewelbench looks for its translations."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from steps import (
    DESIGN_CODE,
    SCENARIO,
    choose,
    click,
    enter_prices_and_rates,
    type_into,
)
from tiny_translations import tiny_translations

from jewelbench.ui import i18n

# They start another program (see the integration marker in pyproject.toml).
pytestmark = pytest.mark.integration

BOKMAL = {
    "workbook": {"Cover": "Forside", "Costing date": "Kalkulasjonsdato",
                 "Summary": "Sammendrag", "In-house": "Egenproduksjon"},
    "workbook_listings": {"Designs": "Design", "Code": "Kode"},
    "CsvExportDialog": {"Export CSV Tables": "Eksporter CSV-tabeller"},
}


@pytest.fixture
def bokmal(tmp_path, monkeypatch):
    """A Bokmål translation where jewelbench looks for its own; English again afterwards."""
    folder = tiny_translations(tmp_path / "translations", BOKMAL)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    yield folder
    i18n.install(i18n.ENGLISH)


def test_the_workbook_is_written_in_the_language_chosen(road, bokmal):
    road.set_brand_profile()
    road.create_design_with_bom()
    road.issue_tech_pack()
    road.add_supplier()
    road.send_rfq()
    road.enter_quote()
    road.create_scenario()
    road.comparison_before_prices()
    enter_prices_and_rates(road)
    window, qtbot = road.window, road.qtbot

    window.export_workbook_action.trigger()
    dialog = window.export_dialog
    qtbot.waitExposed(dialog)
    assert dialog.design.currentText().startswith(DESIGN_CODE)
    choose(qtbot, dialog.scenario, SCENARIO)
    assert dialog.language.currentText() == "English", "the language jewelbench speaks"
    english = road.tmp_path / "english.xlsx"
    type_into(qtbot, dialog.file, str(english), enter=False)
    click(qtbot, dialog.export_button)
    assert english.exists(), dialog.status.text()
    assert dialog.status.text().endswith("Its labels are in English."), dialog.status.text()

    choose(qtbot, dialog.language, "Norsk bokmål")
    norwegian = road.tmp_path / "norsk.xlsx"
    dialog.file.clear()
    type_into(qtbot, dialog.file, str(norwegian), enter=False)
    road.snap("workbook-language", dialog)
    click(qtbot, dialog.export_button)
    assert norwegian.exists(), dialog.status.text()
    assert dialog.status.text().endswith("Its labels are in Norsk bokmål."), \
        dialog.status.text()
    assert i18n.language() == i18n.ENGLISH, "the window still speaks English"

    en, nb = load_workbook(english), load_workbook(norwegian)
    assert en.sheetnames[0] == "Cover" and nb.sheetnames[0] == "Forside"
    cover = [c for row in nb["Forside"].iter_rows(values_only=True) for c in row if c]
    assert {"Kalkulasjonsdato", "Sammendrag", "Egenproduksjon"} <= set(cover)
    assert "Costing date" not in cover
    assert [c.value for c in next(nb["Design"].iter_rows(max_row=1))][0] == "Kode"
    for sheet in ("Inputs", "Cost comparison", "Volume model", "Break-even"):
        ours = [[c.value for c in row] for row in nb[sheet].iter_rows()]
        theirs = [[c.value for c in row] for row in en[sheet].iter_rows()]
        formulas = [(a, b) for r1, r2 in zip(ours, theirs) for a, b in zip(r1, r2)
                    if isinstance(b, str) and b.startswith("=")]
        assert formulas and all(a == b for a, b in formulas), sheet
    dialog.close()
    road.no_message_box()


def test_csv_tables_for_a_norwegian_reader(road, bokmal):
    road.create_design_with_bom()  # typed in English forms (3.8 g)
    assert i18n.install("nb") == "nb"
    window, qtbot = road.window, road.qtbot
    folder = road.tmp_path / "csv"
    folder.mkdir()

    window.export_csv_action.trigger()
    dialog = window.export_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Eksporter CSV-tabeller"
    assert dialog.delimiter.currentData() == ";"
    assert dialog.decimal.currentData() == ","
    type_into(qtbot, dialog.folder, str(folder), enter=False)
    road.snap("csv-norwegian", dialog)
    click(qtbot, dialog.export_button)
    assert (folder / "bom_lines.csv").exists(), dialog.status.text()
    designs = (folder / "designs.csv").read_text(encoding="utf-8-sig").splitlines()
    assert designs[0].startswith("Code;Name;Collection;"), designs[0]
    assert designs[1].startswith(f"{DESIGN_CODE};"), designs[1]
    lines = (folder / "bom_lines.csv").read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(";")
    weight = header.index("Weight (g)")
    grams = [row.split(";")[weight] for row in lines[1:] if row.split(";")[weight]]
    assert grams and all("," in g and "." not in g for g in grams), grams
    dialog.close()
    road.no_message_box()
