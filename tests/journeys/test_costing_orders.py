"""Orders a year, from an empty workspace through the window (issue 15, item 8): the new user's
design, supplier, quote, scenario and prices, then a collection plan made in Costs ▸ Plans ▸
New Plan… with its orders a year typed in the plan editor — 0 and more orders than pieces are
refused beside the field, nothing stored — and the comparison costing each order on its own:
the MOQ applies per order. `jewelbench compare --json` on the same file says the same.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from steps import (
    DESIGN_CODE,
    SCENARIO,
    SUPPLIER,
    Road,
    cli_compare,
    click,
    enter_prices_and_rates,
    focus,
)

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),
              pytest.mark.integration]  # they start another program

PLAN = "Coastline 2027"


def type_number(qtbot, box, text: str) -> None:
    """Select what a spin box holds and type a number, key by key; leave it with Tab."""
    focus(qtbot, box)
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, text)


def test_a_plan_bought_in_10_orders_a_year_pays_the_moq_on_every_order(road: Road):
    window, qtbot = road.window, road.qtbot
    road.set_brand_profile()
    road.create_design_with_bom()
    road.issue_tech_pack()
    road.add_supplier()
    road.enter_quote()  # MOQ 50; 1,150 THB from 50, 1,020 from 100, 940 from 300
    road.create_scenario()
    road.comparison_before_prices()
    enter_prices_and_rates(road)  # 1 THB = 0.0285 USD

    # Costs ▸ Plans ▸ New Plan…: the design at 300 pieces a year
    view = window.costs.comparison
    assert view.plan_button.isVisible() and view.new_plan_action.isEnabled()
    view.new_plan_action.trigger()
    editor = view.dialog
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.name, PLAN)
    focus(qtbot, editor.picker)
    qtbot.keyClicks(editor.picker.edit, DESIGN_CODE)
    qtbot.keyClick(editor.picker.edit, Qt.Key.Key_Return)  # added
    assert editor.table.rowCount() == 1, editor.status.text()
    type_number(qtbot, editor.table.cellWidget(0, 2), "300")
    assert editor.total.text() == "1 design, 300 pieces a year"

    # orders a year: 0 and 301 are refused beside the field, and Save stores nothing
    assert editor.orders.value() == 1, "one order a year unless the user says"
    before = window.undo.stack.count()
    for typed, said in (("0", "At least 1 order a year."),
                        ("301", "At most 300 orders a year: every order needs at least one "
                                "piece of the plan's 300 pieces a year.")):
        type_number(qtbot, editor.orders, typed)
        assert editor.orders_error.text() == said
        assert editor.orders_error.isVisible()
        click(qtbot, editor.buttons.button(editor.buttons.StandardButton.Save))
        assert editor.isVisible() and editor.status.text() == f"Not saved: {said}"
        assert window.workspace.costing.plans() == []
        assert window.undo.stack.count() == before
    type_number(qtbot, editor.orders, "10")
    assert editor.orders_error.text() == ""
    road.snap("plan-orders", editor)
    click(qtbot, editor.buttons.button(editor.buttons.StandardButton.Save))
    assert not editor.isVisible(), editor.status.text()
    assert window.undo.stack.count() == before + 1, "one undo step"
    ((plan_id, name),) = window.workspace.costing.plans()
    assert name == PLAN and window.workspace.costing.plan_record(plan_id).orders_per_year == 10

    # the comparison: 300 pieces in 10 orders of 30, each below the MOQ of 50, so each order
    # is billed 50: 500 pieces at the tier from 50, 1,150 THB × 0.0285 = 32.775 USD
    #   supplier price 500 × 32.775          = 16,387.50
    #   mould fee 3,500 THB × 0.0285 = 99.75 over the plan's default 3-year life (issue 15)
    #                                        =     33.25 a year (the sample fee is refunded)
    #   freight: an order is a shipment, 10 × 2,800 THB × 0.0285 = 10 × 79.80 = 798.00
    #   the gift box the brand supplies, 500 billed × 1.80 = 900.00
    #   total                                = 18,118.75 USD a year
    # (bought in 1 order the year reaches the tier from 300: 300 × 940 × 0.0285 = 8,037.00,
    # total 8,690.05)
    view.wait()
    assert view.choice().kind == "plan" and view.choice().id == plan_id
    assert view.problem == "", view.problem
    comparison = view.comparison
    supplier = next(r for r in comparison.routes if r.route == SUPPLIER)
    parts = {key.value: figure.value for key, figure in zip(supplier.keys,
                                                             supplier.components)}
    assert parts["supplier_price"] == Decimal("16387.50")
    assert parts["fees"] == Decimal("33.25")
    assert parts["freight"] == Decimal("798.00")
    assert parts["brand_materials"] == Decimal("900.00")
    assert supplier.total.value == Decimal("18118.75")
    moq_note = "500 pieces billed for 300 wanted (MOQ per order, 10 orders a year)"
    assert moq_note in supplier.notes
    assert f"{SUPPLIER}: {moq_note}" in view.warnings.toolTip()
    assert "bought in 10 orders a year: MOQ, tiers and minimum order value apply to each " \
        "order" in view.detail.text()
    price = supplier.component(supplier.keys[0]).formula
    assert "10 orders of 30 pieces: 50 billed" in price, price
    road.snap("comparison-10-orders")

    # the same from the command line, figure for figure
    answer = cli_compare(window.workspace.path, "--plan", PLAN, "--scenario", SCENARIO,
                         "--date", road.today.isoformat())
    assert answer["orders_per_year"] == 10
    assert answer["plan"] == [{"design": DESIGN_CODE, "planned_volume": 300, "pieces": 300}]
    assert answer["verdict"] == view.verdict.accessibleName()
    route = next(r for r in answer["routes"] if r["name"] == SUPPLIER)
    assert Decimal(route["total"]["value"]) == supplier.total.value == Decimal("18118.75")
    assert moq_note in route["notes"]
    price_row = next(b for b in route["breakdown"] if b["component"] == "supplier_price")
    assert Decimal(price_row["per_year"]["value"]) == Decimal("16387.50")
    road.no_message_box()
