"""Designs are picked by typing their code (issue 16): from an empty workspace through the
window. The quote editor, the comparison and the plan editor no longer list every design in a
combo box: the user types a code, the list offers the few designs that match (read from the
file per keystroke), Down goes into it and Enter chooses; a code that matches nothing is
refused beside the field with the reason, and nothing is saved with it.
"""

from __future__ import annotations

import pytest
import steps
from PySide6.QtCore import Qt
from steps import (
    DESIGN_CODE,
    DESIGN_NAME,
    SUPPLIER,
    Road,
    choose,
    click,
    focus,
    pick_typed,
    type_into,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

# Two more designs whose codes start alike: typing "RG-0" offers all three rings.
OTHERS = (("RG-002", "Fjord Twist"), ("RG-010", "Harbour Signet"), ("PD-001", "Tern Pendant"))


def new_design(road: Road, code: str, name: str) -> None:
    """Designs ▸ New Design…: a code and a name, the rest as offered."""
    steps.new_design(road, code, name, category=None)


def offered(picker) -> list[str]:
    return [picker.model.item(i).text() for i in range(picker.model.rowCount())]


def test_a_design_is_typed_and_chosen_in_the_quote_editor_and_the_comparison(road):
    window, qtbot = road.window, road.qtbot
    road.create_design_with_bom()  # RG-001 Fjord Band
    for code, name in OTHERS:
        new_design(road, code, name)
    road.add_supplier()

    # --- Sourcing ▸ New Quote…: the design field is empty, typing offers the matches ------
    window.new_quote_action.trigger()
    editor = window.quotes.editor
    qtbot.waitExposed(editor)
    choose(qtbot, editor.supplier, SUPPLIER)
    picker = editor.design
    assert picker.text() == "" and editor.design_id() is None
    assert not editor.save_button.isEnabled()
    assert "Choose the design this quote is for" in editor.problem.text()
    focus(qtbot, picker.edit)
    qtbot.keyClicks(picker.edit, "rg-0")  # any case
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert offered(picker) == [f"{DESIGN_CODE} · {DESIGN_NAME}", "RG-002 · Fjord Twist",
                               "RG-010 · Harbour Signet"], "the rings, by code; no pendant"
    road.snap("quote-editor-design-list", editor)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    # a word of the name finds it too
    type_into(qtbot, picker, "harb", enter=False)
    qtbot.waitUntil(popup.isVisible)
    assert offered(picker) == ["RG-010 · Harbour Signet"]
    qtbot.keyClick(popup, Qt.Key.Key_Escape)

    # --- a code that matches nothing is refused beside the field, and cannot be saved ------
    type_into(qtbot, picker, "ZZ-404")  # and Enter
    assert picker.error.isVisible()
    assert picker.error.text() == "No design matches “ZZ-404”."
    assert editor.design_id() is None and not editor.save_button.isEnabled()
    # one that matches several says so, and chooses none of them
    type_into(qtbot, picker, "RG-0")
    assert "matches more than one design" in picker.error.text()
    assert editor.design_id() is None

    # --- Down opens the list, Enter chooses; the revision follows the design ----------------
    type_into(qtbot, picker, "", enter=False)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
    qtbot.waitUntil(popup.isVisible)
    assert offered(picker)[0] == "PD-001 · Tern Pendant", "every design, by code"
    pick_typed(qtbot, picker, DESIGN_CODE)
    assert not picker.error.isVisible(), "the refusal goes once a design is chosen"
    assert editor.design_id() == road.workspace.designs.id_for_code(DESIGN_CODE)
    assert editor.revision.currentText() == "(no tech pack revision)"
    # the exact code and Enter chooses at once, without the list
    type_into(qtbot, picker, "rg-010")
    assert picker.text() == "RG-010 · Harbour Signet"
    assert editor.design_id() == road.workspace.designs.id_for_code("RG-010")
    pick_typed(qtbot, picker, DESIGN_CODE)
    type_into(qtbot, editor.reference, "CPS-Q-0901", enter=False)
    type_into(qtbot, editor.moq, "1", enter=False)
    road._add_tier(editor, None, "1200")
    assert editor.save_button.isEnabled(), editor.problem.text()
    click(qtbot, editor.save_button)
    assert not editor.isVisible(), editor.problem.text()
    quote = road.workspace.quotes.get(editor.saved_id)
    assert quote.design_id == road.workspace.designs.id_for_code(DESIGN_CODE)

    # --- Costs: the design with a quote is compared first; another is typed and chosen ------
    window.show_view("costs")
    view = window.costs.comparison
    view.wait()
    subject = view.subject
    assert subject.text() == f"{DESIGN_CODE} · {DESIGN_NAME}", "the design with the most quotes"
    assert subject.edit.toolTip() == "1 quote"
    type_into(qtbot, subject, "nothing-like-it")
    assert subject.error.text() == "No design or plan matches “nothing-like-it”."
    assert view.choice().id == road.workspace.designs.id_for_code(DESIGN_CODE), \
        "the comparison keeps what it showed"
    pick_typed(qtbot, subject, "PD-001")
    view.wait()
    assert view.choice().id == road.workspace.designs.id_for_code("PD-001")
    assert subject.edit.toolTip() == "No quotes yet: in-house only"
    assert not subject.error.isVisible()
    road.snap("comparison-design-picked", view)

    # --- Plans ▸ New Plan…: a design typed and Enter adds it; an unknown code is refused -----
    view.new_plan_action.trigger()
    plan = view.dialog
    qtbot.waitExposed(plan)
    qtbot.keyClicks(plan.name, "Coastline core")
    type_into(qtbot, plan.picker, "RG-002")  # and Enter: added
    assert plan.lines() == [(road.workspace.designs.id_for_code("RG-002"), 100)]
    assert plan.picker.text() == "", "ready for the next code"
    type_into(qtbot, plan.picker, "QQ-1")
    assert plan.lines() == [(road.workspace.designs.id_for_code("RG-002"), 100)]
    assert plan.picker.error.text() == "No design matches “QQ-1”."
    pick_typed(qtbot, plan.picker, DESIGN_CODE, kept=False)  # chosen from the list: added
    assert [line[0] for line in plan.lines()] == [road.workspace.designs.id_for_code("RG-002"),
                                                  road.workspace.designs.id_for_code(
                                                      DESIGN_CODE)]
    assert plan.total.text() == "2 designs, 200 pieces a year", plan.total.text()
    click(qtbot, plan.buttons.button(plan.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: not plan.isVisible())
    view.wait()
    assert subject.text() == "Plan · Coastline core"
    road.no_message_box()
