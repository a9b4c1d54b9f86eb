"""The fields of issue 15's items 2 and 11 through the widgets: a design's own wholesale price
in the design editor, the workspace's wholesale factor beside the comparison's margin lines,
and a scenario's equipment marked as needed for one design — each saved as one undoable
command, each bad value refused beside its field with the reason and nothing stored."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from ui_helpers import close_if_alive, edit_cell

from jewelbench.domain.designs import Category
from jewelbench.domain.money import Money


def _type(qtbot, field, text: str) -> None:
    """Replace a number field's text as a user types it, and leave it with Enter."""
    edit = field.edit
    edit.setFocus()
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.fixture
def design_editor(qtbot, window):
    window.show_view("designs")
    catalog = window.designs
    dialog = catalog.new_design()
    dialog.code.setText("PD-100")
    dialog.name.setText("Comet Pendant")
    dialog.category.setCurrentIndex(list(Category).index(Category.PENDANT))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    catalog.edit_button.click()
    editor = catalog.editor
    qtbot.waitExposed(editor)
    yield editor
    close_if_alive(editor)


def _design(window):
    return window.workspace.designs.get_by_code("PD-100")


def test_a_designs_own_wholesale_price_is_saved_and_undone(qtbot, window, design_editor):
    _type(qtbot, design_editor.retail, "180")
    # empty: the placeholder says what is used instead, retail × 0.5
    assert design_editor.wholesale.edit.placeholderText() == "retail × 0.5 = 90.00"
    depth = window.undo.stack.count()
    _type(qtbot, design_editor.wholesale, "96.50")
    assert _design(window).wholesale_price == Money(Decimal("96.50"), "USD")
    assert window.undo.stack.count() == depth + 1
    window.undo.stack.undo()
    assert _design(window).wholesale_price is None
    assert design_editor.wholesale.edit.text() == ""


def test_a_negative_wholesale_price_is_refused_beside_the_field(qtbot, window, design_editor):
    before, depth = _design(window), window.undo.stack.count()
    _type(qtbot, design_editor.wholesale, "-5")
    error = design_editor.wholesale.error
    assert error.isVisible() and "at least 0" in error.text(), error.text()
    assert _design(window) == before
    assert window.undo.stack.count() == depth


@pytest.fixture
def comparison(window):
    window.show_view("costs")
    view = window.costs.comparison
    view.wait()
    code = "RG-014"
    assert view.choose("design", window.workspace.designs.id_for_code(code))
    view.wait()
    assert view.problem == "", view.problem
    return view


def test_the_wholesale_factor_beside_the_margin_is_one_undoable_step(qtbot, window, comparison):
    panel = comparison.basis_margin
    assert panel.factor.edit.text() == "0.5"
    depth = window.undo.stack.count()
    _type(qtbot, panel.factor, "0.4")
    comparison.wait()
    assert window.workspace.costing.wholesale_factor() == Decimal("0.4")
    assert window.undo.stack.count() == depth + 1
    assert window.undo.stack.undoText() == "Set the wholesale factor to 0.4"
    assert "(retail × 0.4)" in panel.margins.text(), panel.margins.text()
    window.undo.stack.undo()
    comparison.wait()
    assert window.workspace.costing.wholesale_factor() == Decimal("0.5")
    assert "(retail × 0.5)" in panel.margins.text()


@pytest.mark.parametrize("typed", ["0", "-0.5", "1.25"])
def test_a_wholesale_factor_out_of_range_is_refused_beside_the_field(qtbot, window, comparison,
                                                                      typed):
    panel = comparison.basis_margin
    depth = window.undo.stack.count()
    _type(qtbot, panel.factor, typed)
    error = panel.factor.error
    assert error.isVisible()
    assert error.text().startswith("The wholesale factor must be above 0 and at most 1"), \
        error.text()
    assert window.workspace.costing.wholesale_factor() == Decimal("0.5")
    assert window.undo.stack.count() == depth


def test_a_plan_has_no_basis_to_choose(window, comparison):
    panel = comparison.basis_margin
    plan_id = window.workspace.costing.plans()[0][0]
    assert comparison.choose("plan", plan_id)
    comparison.wait()
    assert not panel.choice.isEnabled()
    assert panel.note.text().startswith("Fixed costs: the plan carries the whole workshop")


EQ_NEEDED_FOR = 5  # the equipment table's last column


def test_equipment_marked_as_needed_for_a_design(qtbot, window):
    window.show_view("costs")
    costs = window.costs
    costs.setCurrentWidget(costs.inputs)
    costs.scenarios.table.selectRow(0)
    costs.edit_button.click()
    editor = costs.editor
    qtbot.waitExposed(editor)
    try:
        editor.tabs.setCurrentWidget(editor.equipment)
        page = editor.equipment.page
        scenario_id = editor.scenario.id
        assert page.proxy.index(0, EQ_NEEDED_FOR).data() == "All designs"
        edit_cell(qtbot, page, 0, EQ_NEEDED_FOR, "rg-014")
        stored = window.workspace.scenarios.get(scenario_id)
        assert stored.equipment[0].design_code == "RG-014"
        assert page.proxy.index(0, EQ_NEEDED_FOR).data() == "RG-014"
        before = stored
        edit_cell(qtbot, page, 1, EQ_NEEDED_FOR, "XX-999")
        assert "No design has the code “XX-999”" in editor.status.text()
        assert window.workspace.scenarios.get(scenario_id) == before
        qtbot.keyClick(page.table.focusWidget(), Qt.Key.Key_Escape)
        window.undo.stack.undo()
        assert window.workspace.scenarios.get(scenario_id).equipment[0].design_code is None
    finally:
        close_if_alive(editor)
