"""Journey: a Norwegian designer's road, from File ▸ New to a verdict in kroner, through the
window's own menus, dialogs and typing only.

File ▸ New asks for the base currency: NOK. The rates come from the files they downloaded: the
ECB's history (30 currencies against the euro) and Norges Bank's (EUR, USD, SEK, THB, JPY against
NOK). Their London workshop quotes in pounds, which neither file gives against the krone: the
comparison derives GBP→NOK through the euro and says so. Then the base currency becomes EUR in
File ▸ Workspace Settings…, and Edit ▸ Undo brings the kroner back.

Figures by hand (the ECB's 2026-11-27 rates: 1 EUR = 11.684 NOK, 1 EUR = 0.85113 GBP):
  1 GBP = 11.684 ÷ 0.85113 NOK = 13.7276326766 NOK (to 10 places)
  300 pieces × 250 GBP = 75,000 GBP = 75,000 × 11.684 ÷ 0.85113 = 1,029,572.45 NOK a year,
  3,431.91 NOK a piece;
  in euros: 75,000 ÷ 0.85113 = 88,118.15 EUR a year, 293.73 EUR a piece."""

from __future__ import annotations

from pathlib import Path

import steps
from PySide6.QtCore import Qt
from steps import (
    DESIGN_CODE,
    SCENARIO,
    Road,
    _add_button,
    choose,
    click,
    click_ok,
    edit_cell,
    new_supplier,
    open_comparison,
    type_into,
)

FILES = Path(__file__).parent.parent / "reports" / "price_files"
WORKSHOP = "London Goldsmiths"


def new_workspace_in_kroner(road: Road, monkeypatch) -> None:
    from jewelbench.ui import dialogs

    window, qtbot = road.window, road.qtbot
    target = road.tmp_path / "Nordlys smykker.jewelbench"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, title, folder: target)
    window.new_action.trigger()  # File ▸ New Workspace…
    dialog = window.new_workspace_dialog
    qtbot.waitExposed(dialog)
    assert dialog.name.text() == "Nordlys smykker"
    type_into(qtbot, dialog.currency, "nok", enter=False)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: window.workspace.path == target)
    assert window.workspace.base_currency == "NOK"


def import_rates(road: Road, monkeypatch) -> None:
    """The ECB's file from the File menu, Norges Bank's from beside the price lists."""
    from jewelbench.ui.costs import price_import_dialog

    window, qtbot = road.window, road.qtbot
    chosen = [FILES / "eurofxref-hist.csv", FILES / "norges-bank-exr.csv"]
    monkeypatch.setattr(price_import_dialog, "ask_price_file",
                        lambda parent, title, folder: chosen.pop(0))
    window.import_prices_action.trigger()  # File ▸ Import Prices and Rates…
    dialog = window.price_import_dialog
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.import_button)
    assert dialog.summary.text().startswith("Stored 89,"), dialog.summary.text()
    dialog.close()
    window.prices_action.trigger()  # Costs ▸ Scenarios & Prices, its Import… button
    click(qtbot, window.costs.prices.import_button)
    dialog = window.price_import_dialog
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.import_button)
    assert dialog.summary.text().startswith("Stored 6, replaced 0, skipped 2"), \
        dialog.summary.text()
    dialog.close()


def gold_price_in_dollars(road: Road) -> None:
    """Costs ▸ Update Prices…: the rates into NOK from the files, and gold per gram in USD."""
    window, qtbot = road.window, road.qtbot
    window.update_prices_action.trigger()
    form = window.price_form
    qtbot.waitExposed(form)
    assert [row.code for row in form.rate_rows] == ["EUR", "JPY", "SEK", "THB", "USD", ""]
    assert form.rate_field("EUR").edit.text() == "11.6840"
    assert form.rate_field("USD").edit.text() == "10.7766"  # Norges Bank's
    gold = next(row for row in form.metal_rows if row.metal == "gold")
    choose(qtbot, gold.unit, "per gram")
    type_into(qtbot, gold.currency, "USD", enter=False)
    type_into(qtbot, gold.amount, "85.50", enter=False)
    before = window.undo.stack.count()
    click_ok(qtbot, form)
    qtbot.waitUntil(lambda: window.undo.stack.count() == before + 1)
    (price,) = window.workspace.prices.metal_prices()
    assert (price.metal, price.price_per_troy_oz.currency) == ("gold", "USD")


def design_in_14k_gold(road: Road) -> None:
    window, qtbot = road.window, road.qtbot
    catalog = steps.new_design(road, DESIGN_CODE, "Fjordring")
    click(qtbot, catalog.edit_button)
    editor = catalog.editor
    qtbot.waitExposed(editor)
    type_into(qtbot, editor.retail.edit, "4500")
    editor.tabs.setCurrentIndex(1)  # Bill of Materials
    metals = editor.sections[0]
    click(qtbot, _add_button(metals))
    edit_cell(qtbot, metals.page, 0, 0, "14k")  # the alloy by its karat
    edit_cell(qtbot, metals.page, 0, 1, "4.2")
    design = window.workspace.designs.get_by_code(DESIGN_CODE)
    assert [m.alloy_code for m in design.metals] == ["AU585Y"]
    assert str(design.target_retail_price) == "4,500.00 NOK"
    editor.close()


def workshop_quoting_in_pounds(road: Road) -> None:
    window, qtbot = road.window, road.qtbot
    new_supplier(road, WORKSHOP, "United Kingdom", "gbp").close()

    window.new_quote_action.trigger()  # Sourcing ▸ New Quote…
    editor = window.quotes.editor
    qtbot.waitExposed(editor)
    choose(qtbot, editor.supplier, WORKSHOP)
    choose(qtbot, editor.design, DESIGN_CODE)
    assert editor.currency.text() == "GBP"
    type_into(qtbot, editor.reference, "LG-7", enter=False)
    type_into(qtbot, editor.moq, "20", enter=False)
    road._add_tier(editor, None, "250")
    assert editor.fx_note.text() == (
        "Compared in NOK at 1 GBP = 13.7276326766 NOK (rate of 2026-11-27). The rate is "
        "derived from 1 EUR = 0.85113 GBP and 1 EUR = 11.684 NOK of 2026-11-27.")
    click(qtbot, editor.save_button)
    assert not editor.isVisible(), editor.problem.text()


def bench_in_kroner(road: Road) -> None:
    window, qtbot = road.window, road.qtbot
    window.view_actions[4].trigger()  # View ▸ Costs
    costs = window.costs
    costs.setCurrentWidget(costs.inputs)
    click(qtbot, costs.new_button)
    dialog = costs.dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, SCENARIO)
    assert dialog.currency.currentText() == "NOK", "the workspace's currency first"
    choose(qtbot, dialog.start, "Seed figures: low")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()


def supplier_price_explained(road: Road, view) -> str:
    """Click the workshop's year in the table, then Supplier price in How this number is
    made: its formula line says the rate."""
    qtbot = road.qtbot
    row = next(r for r in range(view.table.rowCount())
               if view.table.item(r, 0).text().startswith(WORKSHOP))
    cell = view.table.item(row, 1)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.table.visualItemRect(cell).center())
    tree = view.explanation.tree
    total = tree.topLevelItem(0)
    item = next(total.child(i) for i in range(total.childCount())
                if total.child(i).text(0) == "Supplier price")
    tree.setCurrentItem(item)
    return str(view.explanation.formula.text())


def workshop_row(view) -> tuple[str, str]:
    row = next(r for r in range(view.table.rowCount())
               if view.table.item(r, 0).text().startswith(WORKSHOP))
    return view.table.item(row, 1).text(), view.table.item(row, 2).text()


def test_a_norwegian_designer_compares_a_pound_quote_in_kroner_then_in_euros(
        road, monkeypatch):
    window = road.window
    new_workspace_in_kroner(road, monkeypatch)
    import_rates(road, monkeypatch)
    gold_price_in_dollars(road)
    design_in_14k_gold(road)
    workshop_quoting_in_pounds(road)
    bench_in_kroner(road)

    view = open_comparison(road)
    assert view.problem == "", view.problem
    assert workshop_row(view) == ("1,029,572.45 NOK", "3,431.91 NOK")
    assert "London Goldsmiths is" in view.verdict.accessibleName()
    assert "1,029,572.45 NOK per year" in view.verdict.accessibleName()
    formula = supplier_price_explained(road, view)
    assert "300 billed × 250.00 GBP (tier from 20), 1 GBP = 13.7276326766 NOK on 2026-11-27 " \
           "(derived from 1 EUR = 0.85113 GBP and 1 EUR = 11.684 NOK of 2026-11-27)" \
           in formula, formula

    # File ▸ Workspace Settings…: the base currency becomes EUR; nothing stored is re-based
    window.workspace_settings_action.trigger()
    dialog = window.workspace_settings_dialog
    road.qtbot.waitExposed(dialog)
    type_into(road.qtbot, dialog.currency, "EUR", enter=False)
    click_ok(road.qtbot, dialog)
    assert window.workspace.base_currency == "EUR"
    view = open_comparison(road)
    assert view.problem == "", view.problem
    assert workshop_row(view) == ("88,118.15 EUR", "293.73 EUR")
    formula = supplier_price_explained(road, view)
    assert "1 GBP = 1.1749086509 EUR on 2026-11-27 (the inverse of 1 EUR = 0.85113 GBP of " \
           "2026-11-27)" in formula, formula
    quote = window.workspace.quotes.get(window.quotes.editor.saved_id)
    assert (quote.currency, [str(t.unit_price) for t in quote.tiers]) == ("GBP", ["250"])

    # Edit ▸ Undo: back in kroner, the same figures as before
    assert window.undo.stack.undoText() == "Change the base currency to EUR"
    window.undo_action.trigger()
    assert window.workspace.base_currency == "NOK"
    view = open_comparison(road)
    assert workshop_row(view) == ("1,029,572.45 NOK", "3,431.91 NOK")
