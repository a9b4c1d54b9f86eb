"""Wherever the app says a price or rate is missing, Enter Prices… opens Update Prices… with
that metal or currency focused and that date set; what is typed there is used at once, and
deleting it again (undoable) brings the message back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from jewelbench.app.demo import DEMO_TODAY
from jewelbench.domain.quotes import Quote, QuoteTier

SHOTS = Path(__file__).parent.parent / "artifacts" / "prices"


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def click(qtbot, button) -> None:
    assert button.isVisible(), "the button is shown"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def the_form(qtbot, window):
    form = window.price_form
    assert form is not None and form.objectName() == "updatePricesDialog"
    qtbot.waitExposed(form)
    return form


def save(qtbot, form) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def type_into(qtbot, field, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)


def focused_on(qtbot, field) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field.edit)


def _comparison(window, design_id: int):
    window.show_view("costs")
    view = window.costs.comparison
    view.wait()
    assert view.choose("design", design_id)
    view.wait()
    return view


def test_the_comparison_offers_the_missing_rate_and_follows_it_in_and_out(qtbot, window):
    workspace = window.workspace
    on = dt.date.today()
    design_id = workspace.designs.id_for_code("RG-021")
    quote = workspace.quotes.for_design(design_id)[0]
    quote.id, quote.currency, quote.reference = None, "JPY", "Q-YEN"
    quote.quoted_on, quote.valid_until = on, None
    workspace.quotes.add(quote)
    view = _comparison(window, design_id)
    assert "no JPY→USD FX rate" in view.detail.text()
    assert "Enter Prices…" in view.detail.text()
    shot(window, "comparison-missing-rate")
    assert "(Costs ▸" not in view.detail.text().replace("Costs ▸ Update", "")
    click(qtbot, view.enter_prices)
    form = the_form(qtbot, window)
    assert form.date.date().toPython() == view.costing_date()
    focused_on(qtbot, form.rate_field("JPY"))
    type_into(qtbot, form.rate_field("JPY"), "0.0066")
    save(qtbot, form)
    view.wait()
    assert view.problem == "", view.problem
    assert not view.enter_prices.isVisible()

    # The rate the comparison used is deleted in Scenarios & Prices (Delete key): allowed,
    # and the comparison says what is missing again; undo brings it back.
    prices = window.show_prices()
    page = prices.fx_rates
    page.search.setText("JPY")
    window.activateWindow()  # the form was on top; the user is back in the window
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    page.table.selectRow(0)
    assert page.current_row().from_currency == "JPY"
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert not [r for r in workspace.prices.fx_rates() if r.from_currency == "JPY"]
    window.costs.setCurrentWidget(view)
    view.wait()
    assert "no JPY→USD FX rate" in view.detail.text()
    assert view.enter_prices.isVisible()
    window.undo_action.trigger()
    view.wait()
    assert view.problem == ""


def test_a_costing_date_before_every_price_fills_that_date_and_the_metal(qtbot, window):
    view = _comparison(window, window.workspace.designs.id_for_code("RG-021"))
    view.set_date(dt.date(2001, 1, 2))
    view.wait()
    assert view.enter_prices.isVisible()
    click(qtbot, view.enter_prices)
    form = the_form(qtbot, window)
    assert form.date.date().toPython() == dt.date(2001, 1, 2)
    metal = view.enter_prices.request.metal
    assert metal in ("silver", "gold", "platinum")
    focused_on(qtbot, form.metal_field(metal))
    assert form.metal_field(metal).edit.text() == ""  # no price that old to prefill
    form.close()


def test_the_design_editor_says_its_materials_total_is_incomplete(qtbot, window):
    workspace = window.workspace
    for price in workspace.prices.metal_prices():
        if price.metal == "silver":
            workspace.prices.delete_metal_price(price.id)
    design = next(d for d in (workspace.designs.get(s.id) for s in
                              workspace.designs.summaries()[:40])
                  if any(line.alloy_code == "AG925" for line in d.metals))
    window.show_view("designs")
    editor = window.designs.edit_design(design.id)
    qtbot.waitExposed(editor)
    text = editor.totals.text()
    assert "materials: incomplete — no silver price on or before" in text
    assert "materials 0" not in text and " USD" not in text.split("materials")[-1].split(
        "missing")[0]
    assert "lines priced come to" in editor.totals.toolTip()
    shot(editor, "design-editor-incomplete-total")
    click(qtbot, editor.enter_prices)
    form = the_form(qtbot, window)
    focused_on(qtbot, form.metal_field("silver"))
    form.metal_rows[0].unit.setCurrentIndex(form.metal_rows[0].unit.findData("g"))
    type_into(qtbot, form.metal_field("silver"), "1.05")
    save(qtbot, form)
    assert "materials: incomplete" not in editor.totals.text()
    assert "materials " in editor.totals.text()
    assert not editor.enter_prices.isVisible()
    window.undo_action.trigger()
    assert "materials: incomplete" in editor.totals.text()
    editor.close()


def test_the_quote_editor_offers_the_rate_of_its_currency_on_its_date(qtbot, window):
    window.show_view("quotes")
    view = window.quotes
    summary = view.model.rows()[0]
    editor = view.edit_quote(summary.id)
    qtbot.waitExposed(editor)
    editor.currency.selectAll()
    qtbot.keyClicks(editor.currency, "GBP")
    assert "No GBP→USD exchange rate" in editor.fx_note.text()
    assert "Costs ▸ exchange rates" not in editor.fx_note.text()
    shot(editor, "quote-editor-missing-rate")
    click(qtbot, editor.enter_prices)
    form = the_form(qtbot, window)
    focused_on(qtbot, form.rate_field("GBP"))
    assert form.date.date().toPython() == editor.quoted_on.date().toPython()
    type_into(qtbot, form.rate_field("GBP"), "1.27")
    save(qtbot, form)
    assert "Compared in USD at 1 GBP = 1.27 USD" in editor.fx_note.text()
    assert not editor.enter_prices.isVisible()
    editor.reject()


def test_the_quote_comparison_offers_the_rate_a_column_lacks(qtbot, window):
    workspace = window.workspace
    design_id = workspace.designs.id_for_code("RG-021")
    supplier_id = workspace.suppliers.summaries()[0].id
    workspace.quotes.add(Quote(supplier_id=supplier_id, design_id=design_id, currency="GBP",
                               quoted_on=dt.date(2026, 10, 1), reference="GB-1", moq=50,
                               tiers=[QuoteTier(50, Decimal("10"))]))
    window.show_view("quotes")
    dialog = window.quotes.compare(design_id)
    qtbot.waitExposed(dialog)
    shot(dialog, "quote-comparison-missing-rate")
    click(qtbot, dialog.enter_prices)
    form = the_form(qtbot, window)
    assert form.date.date().toPython() == dt.date(2026, 10, 1)
    focused_on(qtbot, form.rate_field("GBP"))
    type_into(qtbot, form.rate_field("GBP"), "1.3")
    save(qtbot, form)
    assert not dialog.enter_prices.isVisible()
    dialog.close()


def test_the_workbook_export_offers_what_it_could_not_cost(qtbot, window):
    dialog = window.export_workbook()
    qtbot.waitExposed(dialog)
    dialog.costing_date.setDate(QDate(2020, 1, 1))
    assert dialog.export() is None
    assert dialog.status.text().startswith("Not exported: Cannot compute the costs: no ")
    shot(dialog, "workbook-missing-price")
    click(qtbot, dialog.enter_prices)
    form = the_form(qtbot, window)
    assert form.date.date().toPython() == dt.date(2020, 1, 1)
    form.close()
    dialog.costing_date.setDate(QDate(DEMO_TODAY.year, DEMO_TODAY.month, DEMO_TODAY.day))
    dialog.close()
