"""Fixed-cost basis and margin from an empty workspace, through the window (issue 15, items 2
and 11): a design with its BOM and retail price, a supplier's quote, an in-house scenario from
the seed figures, the prices; then Make or Buy on the design: the view says the fixed costs
are allocated (its share of the workshop, by bench minutes over the active designs), switching
to stand-alone carries the whole workshop, and the margin line sets each route's cost per piece
against the wholesale price (retail 185 × 0.5 = 92.50 USD), flagging a loss.

The second road puts a second design beside it in a plan made in the view (Plans ▸ New
Plan…): compared alone, the first design carries its share of the workshop by bench minutes
across the plan, and the cheap second design is flagged as losing money."""

from __future__ import annotations

from decimal import Decimal

import pytest
import steps
from PySide6.QtCore import Qt
from steps import (
    DESIGN_CODE,
    choose,
    click,
    edit_cell,
    enter_prices_and_rates,
    open_comparison,
    type_into,
)

from jewelbench.domain.costing import IN_HOUSE

# They start another program (see the integration marker in pyproject.toml).
pytestmark = pytest.mark.integration

SECOND = "RG-002"
PLAN = "Coast 2027"


def test_compare_one_design_switch_the_basis_and_read_the_margin(road):
    road.set_brand_profile()
    road.create_design_with_bom()  # retail 185 USD, typed in the design editor
    road.issue_tech_pack()
    road.add_supplier()
    road.send_rfq()
    road.enter_quote()
    road.create_scenario()
    road.comparison_before_prices()
    enter_prices_and_rates(road)
    view = open_comparison(road)
    panel = view.basis_margin
    assert panel.choice.currentText() == "Allocated", "allocated is the default"
    allocated = view.comparison
    note = panel.note.text()
    assert note.startswith("Fixed costs on the allocated basis: ")
    # the only active design carries all of the shared workshop: 100 %
    assert "carries 100 % of the workshop's equipment" in note, note
    assert "1 active design" in note, note
    margins = panel.margins.text()
    assert "RG-001: wholesale 92.50 USD (retail × 0.5), retail 185.00 USD" in margins, margins

    choose(road.qtbot, panel.choice, "Incremental")
    view.wait()
    incremental = view.comparison
    assert panel.note.text().startswith("Fixed costs on the incremental basis: the workshop "
                                        "exists")
    # no overheads or salaries on the incremental basis: in-house is cheaper than allocated
    assert incremental.in_house.total.value < allocated.in_house.total.value

    choose(road.qtbot, panel.choice, "Stand-alone")
    view.wait()
    alone = view.comparison
    assert panel.note.text().startswith("Fixed costs on the stand-alone basis")
    assert alone.in_house.total.value == allocated.in_house.total.value  # 100 % share
    in_house = next(m for m in alone.margins if m.route == IN_HOUSE)
    if in_house.loses_money:  # the seed's workshop for one ring: far above 92.50 a piece
        assert "In-house" in panel.margins.text() and "loses money" in panel.margins.text()
        assert any(text.startswith("⚠ RG-") or "loses money" in text for text in alone.losses)
    road.snap("comparison-basis-margin", view)
    road.no_message_box()
    _workbook_on_the_incremental_basis(road)


def _workbook_on_the_incremental_basis(road) -> None:
    """File ▸ Export ▸ Workbook…: the design on the incremental basis; the workbook says the
    basis on its Inputs sheet and lays out the margin on its cover."""
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    window, qtbot = road.window, road.qtbot
    window.export_workbook_action.trigger()
    dialog = window.export_dialog
    qtbot.waitExposed(dialog)
    assert dialog.design_choice.isChecked() and dialog.basis.isEnabled()
    choose(qtbot, dialog.scenario, "My bench")
    choose(qtbot, dialog.basis, "Incremental")
    target = road.tmp_path / "incremental.xlsx"
    type_into(qtbot, dialog.file, str(target), enter=False)
    click(qtbot, dialog.export_button)
    assert target.exists(), dialog.status.text()
    book = load_workbook(target)
    inputs = [c for row in book["Inputs"].iter_rows(values_only=True) for c in row if c]
    assert "incremental" in inputs
    cover = [c for row in book["Cover"].iter_rows(values_only=True) for c in row if c]
    assert "Margin at the volume costed" in cover
    assert any(str(c).startswith("Fixed costs on the incremental basis") for c in cover)
    dialog.close()
    road.no_message_box()


def _second_design(road) -> None:
    """Designs ▸ New: RG-002 Tide Ring, retail 40 USD, 2 g of sterling silver."""
    qtbot = road.qtbot
    catalog = steps.new_design(road, SECOND, "Tide Ring")
    click(qtbot, catalog.edit_button)
    editor = catalog.editor
    qtbot.waitExposed(editor)
    type_into(qtbot, editor.retail.edit, "40")
    type_into(qtbot, editor.wholesale.edit, "-3")  # a negative price: refused beside it
    assert editor.wholesale.error.isVisible(), "refused beside the field"
    assert road.workspace.designs.get_by_code(SECOND).wholesale_price is None
    editor.wholesale.edit.clear()
    qtbot.keyClick(editor.wholesale.edit, Qt.Key.Key_Return)
    editor.tabs.setCurrentIndex(1)  # Bill of Materials
    metals = editor.sections[0]
    click(qtbot, next(b for b in metals.findChildren(type(catalog.new_button))
                      if b.text() == "Add"))
    edit_cell(qtbot, metals.page, 0, 1, "2")
    design = road.workspace.designs.get_by_code(SECOND)
    assert design.target_retail_price.amount == Decimal(40)
    assert [m.finished_weight_g for m in design.metals] == [Decimal(2)]
    editor.close()


def _plan_in_the_view(road, view) -> None:
    """Plans ▸ New Plan…: RG-001 at 100 pieces and RG-002 at 300 a year, saved."""
    qtbot = road.qtbot
    view.new_plan_action.trigger()
    editor = view.dialog
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.name, PLAN)
    for code, pieces in ((DESIGN_CODE, 100), (SECOND, 300)):
        type_into(qtbot, editor.picker, code, enter=False)
        click(qtbot, editor.add_button)  # Add Design
        box = editor.table.cellWidget(editor.table.rowCount() - 1, 2)
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, str(pieces))
    assert editor.total.text() == "2 designs, 400 pieces a year", editor.total.text()
    click(qtbot, editor.buttons.button(editor.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: not editor.isVisible())
    view.wait()


def test_two_designs_in_a_plan_share_the_workshop_and_a_cheap_one_loses_money(road):
    road.set_brand_profile()
    road.create_design_with_bom()
    road.issue_tech_pack()
    road.add_supplier()
    road.send_rfq()
    road.enter_quote()
    road.create_scenario()
    road.comparison_before_prices()
    enter_prices_and_rates(road)
    _second_design(road)
    view = open_comparison(road)
    _plan_in_the_view(road, view)
    assert view.choice().kind == "plan"
    panel = view.basis_margin
    assert not panel.choice.isEnabled(), "a plan carries its own total"
    assert panel.note.text().startswith("Fixed costs: the plan carries the whole workshop")
    # RG-002 retail 40 × 0.5 = 20 wholesale: far below its share of the seed workshop
    assert any(text.startswith(f"⚠ {SECOND} loses money at 400 pieces")
               for text in view.comparison.losses), view.comparison.losses
    assert f"⚠ {SECOND} loses money" in panel.losses.text()
    assert panel.losses.isVisible()

    # one design compared alone: the same bench minutes a piece for both (the seed's labour
    # is for all designs), so RG-001 carries 100 ÷ (100 + 300) = 25 % of the workshop
    view = open_comparison(road)
    assert view.choice().kind == "design"
    note = panel.note.text()
    assert "carries 25 % of the workshop's equipment, overheads, salaried staff and " \
        "capacity" in note, note
    assert f"in plan '{PLAN}'" in note
    allocated = view.comparison.in_house.total.value
    choose(road.qtbot, panel.choice, "Stand-alone")
    view.wait()
    assert view.comparison.in_house.total.value > allocated
    assert "wholesale 92.50 USD (retail × 0.5)" in panel.margins.text()
    assert "loses money" in panel.margins.text()  # the stand-alone workshop: 929.72 a piece
    road.snap("comparison-plan-share", view)
    road.no_message_box()
