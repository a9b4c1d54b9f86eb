"""The plan editor's orders a year, on a copy of the demo: loaded with the plan, refused beside
the field when 0 or above the plan's pieces (nothing stored), saved as one undo step that the
comparison follows."""

from __future__ import annotations


def test_orders_a_year_are_edited_refused_and_undone(window, qtbot, artifacts_dir):
    workspace = window.workspace
    window.show_view("costs")
    view = window.costs.comparison
    view.wait()
    plan_id = workspace.costing.plan_id_for_name("Tidal 2027")
    assert view.choose("plan", plan_id)
    view.wait()
    before = workspace.costing.plan_record(plan_id)
    assert before.orders_per_year == 1
    total_before = view.comparison.routes[0].total.value
    editor = view.edit_plan()
    qtbot.waitExposed(editor)
    assert editor.orders.value() == 1
    editor.orders.setValue(0)
    assert editor.orders_error.text() == "At least 1 order a year."
    editor.orders.setValue(1151)
    assert editor.orders_error.text() == ("At most 1,150 orders a year: every order needs at "
                                          "least one piece of the plan's 1,150 pieces a year.")
    assert editor.grab().save(str(artifacts_dir / "costs-plan-orders-refused.png"))
    assert editor.save() is None
    assert editor.status.text().startswith("Not saved: At most 1,150 orders a year")
    assert workspace.costing.plan_record(plan_id) == before
    # fewer pieces make the same orders too many: said as the volumes change
    editor.orders.setValue(4)
    assert editor.orders_error.text() == "" and editor.status.text() == ""
    assert editor.save() == plan_id
    assert workspace.costing.plan_record(plan_id).orders_per_year == 4
    view.wait()
    assert "bought in 4 orders a year" in view.detail.text()
    assert view.comparison.routes[0].total.value >= total_before  # smaller orders, dearer
    window.undo.stack.undo()
    assert workspace.costing.plan_record(plan_id) == before
    window.undo.stack.redo()
    assert workspace.costing.plan_record(plan_id).orders_per_year == 4
