"""The accountant's workbook lists what the decision needs (issue 16), from an empty workspace
through the window: a design with its BOM, a supplier's quote and a sample round, a scenario
and the prices; then a second design, never quoted. File ▸ Export ▸ Workbook… on the first
design says the size of its listings before writing and writes only the design compared —
its quote (one row, its tiers side by side) and its sample round; with All listings ticked
it says the whole workspace's size, and a large one is confirmed first: Cancel writes
nothing, Write All Listings writes both designs."""

from __future__ import annotations

import pytest
import steps
from openpyxl import load_workbook
from steps import (
    DESIGN_CODE,
    SCENARIO,
    SUPPLIER,
    choose,
    click,
    enter_prices_and_rates,
    message_boxes,
    type_into,
)

from jewelbench.ui.exports import workbook_dialog

# They start another program (see the integration marker in pyproject.toml).
pytestmark = pytest.mark.integration

SECOND = "RG-002"


def _second_design(road) -> None:
    """Designs ▸ New: RG-002 Tide Ring, no quote, no sample."""
    steps.new_design(road, SECOND, "Tide Ring")


def _column(book, sheet: str, header: str) -> list:
    rows = list(book[sheet].iter_rows(values_only=True))
    index = list(rows[0]).index(header)
    return [row[index] for row in rows[1:]]


def test_the_workbook_lists_the_design_compared_and_all_when_asked(road, monkeypatch):
    road.set_brand_profile()
    road.create_design_with_bom()
    road.issue_tech_pack()
    road.add_supplier()
    road.send_rfq()
    road.enter_quote()
    road.sample_round()
    road.create_scenario()
    road.comparison_before_prices()
    enter_prices_and_rates(road)
    _second_design(road)
    window, qtbot = road.window, road.qtbot
    quote = road.workspace.quotes.get(road.workspace.quotes.summaries()[0].id)
    tiers = sorted(quote.tiers, key=lambda t: t.min_quantity)

    window.export_workbook_action.trigger()
    dialog = window.export_dialog
    qtbot.waitExposed(dialog)
    assert dialog.design_choice.isChecked(), "no plan yet: one design"
    assert dialog.design.currentText().startswith(DESIGN_CODE)
    choose(qtbot, dialog.scenario, SCENARIO)
    assert not dialog.all_listings.isChecked(), "only the designs compared by default"
    said = dialog.listing_size.text()
    assert said.startswith("Listings: the design compared (1 quote): "), said
    target = road.tmp_path / "compared.xlsx"
    type_into(qtbot, dialog.file, str(target), enter=False)
    road.snap("workbook-compared", dialog)
    click(qtbot, dialog.export_button)
    assert target.exists(), dialog.status.text()
    book = load_workbook(target)
    assert _column(book, "Designs", "Code") == [DESIGN_CODE], "the second design is left out"
    assert _column(book, "Quotes and tiers", "Design code") == [DESIGN_CODE]  # one row a quote
    assert _column(book, "Quotes and tiers", "Tiers") == [len(tiers)]
    for k, tier in enumerate(tiers, start=1):
        assert _column(book, "Quotes and tiers", f"Tier {k} from") == [tier.min_quantity]
        assert _column(book, "Quotes and tiers", f"Tier {k} unit price") == [
            float(tier.unit_price)]
    assert _column(book, "Sample rounds", "Design code") == [DESIGN_CODE]
    assert _column(book, "Suppliers", "Name") == [SUPPLIER]

    # All listings: the workspace's size said before writing; a large one is asked first
    monkeypatch.setattr(workbook_dialog, "LARGE_LISTINGS", 10)  # cells: two designs are many
    click(qtbot, dialog.all_listings)
    assert dialog.all_listings.isChecked()
    said = dialog.listing_size.text()
    assert said.startswith("Listings: every design of the workspace (2 designs, 1 quote): "), \
        said
    assert "A large workbook" in said
    every = road.tmp_path / "every.xlsx"
    dialog.file.clear()
    type_into(qtbot, dialog.file, str(every), enter=False)
    click(qtbot, dialog.export_button)
    [ask] = [box for box in message_boxes() if box.objectName() == "workbookLargeConfirm"]
    assert "Write every listing of the workspace" in ask.text()
    road.snap("workbook-all-listings-asked", ask)
    qtbot.keyClick(ask, workbook_dialog.Qt.Key.Key_Escape)  # Cancel: nothing written
    qtbot.waitUntil(lambda: not ask.isVisible())
    assert not every.exists()
    click(qtbot, dialog.export_button)
    [ask] = [box for box in message_boxes() if box.objectName() == "workbookLargeConfirm"]
    [yes] = [b for b in ask.buttons() if b.text() == "Write All Listings"]
    click(qtbot, yes)
    qtbot.waitUntil(every.exists)
    assert dialog.status.text().startswith(f"Written to {every}"), dialog.status.text()
    book = load_workbook(every)
    assert _column(book, "Designs", "Code") == [DESIGN_CODE, SECOND]
    assert _column(book, "Quotes and tiers", "Design code") == [DESIGN_CODE]
    dialog.close()
    road.no_message_box()
