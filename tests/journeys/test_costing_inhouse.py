"""Issue 15, items 5, 6, 7 and 9 from an empty workspace, through the window: the scenario
editor's Recovery, Capital, Benches tab refuses a bad value beside its field (nothing stored)
and saves good ones as undoable changes; the comparison then shows the remakes with the metal
recovered and the capital charge, each route's present value and payback month, and a
capacity warning with the verdict — and `jewelbench compare --json` says the same."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from steps import (
    SCENARIO,
    Road,
    click,
    enter_prices_and_rates,
    read_verdict_and_check_cli,
    type_into,
)

from jewelbench.domain.costing import IN_HOUSE
from jewelbench.domain.costing_figures import Component

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),
              pytest.mark.integration]  # they start another program

D = Decimal


def open_scenario_editor(road: Road):
    """Costs ▸ Scenarios & Prices ▸ the scenario ▸ Edit…, then its Recovery, Capital, Benches
    tab (clicked on the tab bar)."""
    window, qtbot = road.window, road.qtbot
    window.view_actions[4].trigger()  # View ▸ Costs
    costs = window.costs
    tabs = costs.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton,
                     pos=tabs.tabRect(costs.indexOf(costs.inputs)).center())
    assert costs.scenarios.current_row().scenario.name == SCENARIO
    click(qtbot, costs.edit_button)
    editor = costs.editor
    qtbot.waitExposed(editor)
    bar = editor.tabs.tabBar()
    index = editor.tabs.indexOf(editor.model_tab)
    assert editor.tabs.tabText(index) == "Reco&very, Capital, Benches"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert editor.tabs.currentWidget() is editor.model_tab
    return editor


def stored_terms(road: Road):
    workspace = road.workspace
    return workspace.costing.in_house_terms(workspace.scenarios.id_for_name(SCENARIO))


def refuse_bad_values(road: Road, editor) -> None:
    """Each bad value: its reason beside the field, nothing stored, nothing on the undo
    stack."""
    qtbot, fields = road.qtbot, editor.model_tab.fields
    before, stack = stored_terms(road), road.window.undo.stack.count()
    for key, typed, reason in (
            ("capital_rate_pct", "-1", "Cost of capital % cannot be negative, not -1"),
            ("recoverable_pct", "120", "Recoverable share % must be at most 100, not 120"),
            ("refining_pct", "101", "Refining charge % must be at most 100, not 101"),
            ("bench_hours_year", "0", "Hours one bench gives a year must be above 0, not 0")):
        field = fields[key]
        type_into(qtbot, field, typed)
        assert field.error.isVisible(), key
        assert field.error.text().startswith(reason), field.error.text()
        assert stored_terms(road) == before, f"{key} {typed} was stored"
        assert road.window.undo.stack.count() == stack
        road.snap(f"refused-{key}", editor)
    road.no_message_box()


def set_good_values(road: Road, editor) -> None:
    """80 % recoverable, 6 % refining, a 3 % in-house FX buffer, 10 % cost of capital, one
    bench of 100 hours a year: each saved at once, one undo step each."""
    qtbot, fields = road.qtbot, editor.model_tab.fields
    stack = road.window.undo.stack.count()
    for key, typed in (("recoverable_pct", "80"), ("refining_pct", "6"),
                       ("fx_buffer_pct", "3"), ("capital_rate_pct", "10"),
                       ("bench_hours_year", "100"), ("benches", "1")):
        type_into(qtbot, fields[key], typed)
        assert not fields[key].error.isVisible(), fields[key].error.text()
    assert road.window.undo.stack.count() == stack + 6
    terms = stored_terms(road)
    assert (terms.recoverable_pct, terms.refining_pct, terms.fx_buffer_pct,
            terms.capital_rate_pct, terms.bench_hours_year, terms.benches) == (
        D(80), D(6), D(3), D(10), D(100), 1)
    road.snap("recovery-capital-benches", editor)
    # undo the last (Ctrl+Z in the editor) puts the benches back to one per person; redo
    road.window.undo.stack.undo()
    assert stored_terms(road).benches == 0
    assert fields["benches"].edit.text() == "0"
    road.window.undo.stack.redo()
    assert stored_terms(road).benches == 1
    editor.close()


def explained_rows(view) -> dict[str, str]:
    """The explanation tree's rows: label → value, every level."""
    rows: dict[str, str] = {}

    def walk(item: QTreeWidgetItem) -> None:
        rows[item.text(0)] = item.text(1)
        for i in range(item.childCount()):
            walk(item.child(i))

    tree = view.explanation.tree
    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i))
    return rows


def test_remakes_capital_npv_payback_and_capacity_through_the_window(road):
    road.set_brand_profile()
    road.create_design_with_bom()
    road.issue_tech_pack()
    road.add_supplier()
    road.enter_quote()
    road.create_scenario()
    editor = open_scenario_editor(road)
    refuse_bad_values(road, editor)
    set_good_values(road, editor)
    road.comparison_before_prices()
    enter_prices_and_rates(road)
    verdict = read_verdict_and_check_cli(road, volume=300)
    view = road.window.costs.comparison
    comparison = view.comparison
    # the capacity warning, first under the verdict: one bench of 100 hours is too few
    warning = comparison.capacity_warning
    assert warning is not None and "that 1 bench gives (100 hours a bench)" in warning
    assert view.warnings.isVisible()
    assert view.warnings.text().splitlines()[0] == f"⚠ {warning}"
    # the in-house row of the table explained: remakes with 80 % re-melted less 6 % refining,
    # and the capital charge at 10 % of the average capital in the equipment
    row = next(r for r in range(view.table.rowCount())
               if view.table.item(r, 0).data(Qt.ItemDataRole.UserRole)[1] == IN_HOUSE)
    view.table.setCurrentCell(row, 1)
    shown = explained_rows(view)
    capital = comparison.in_house.component(Component.CAPITAL_CHARGE)
    scenario = road.workspace.scenarios.get(road.workspace.scenarios.id_for_name(SCENARIO))
    # by hand: 10 % × Σ (cost + salvage) ÷ 2 of the seed's low equipment
    by_hand = D("0.10") * sum((e.cost + e.salvage_value for e in scenario.equipment), D(0)) / 2
    assert capital.value == by_hand
    assert shown["Capital charge (equipment)"] == capital.display().removesuffix(" per year")
    remakes = comparison.in_house.component(Component.REMAKES)
    assert shown["Remakes"] == remakes.display().removesuffix(" per year")
    assert "80 % of the failed piece's metal re-melted × (1 − 6 % refining)" in remakes.formula
    # present values at 10 % a year and the payback month, under the verdict
    cash = view.cash_summary
    assert cash.isVisible()
    text = cash.text()
    assert text.startswith("Cash over 36 months, present value at 10 % a year: ")
    for flow in comparison.cash:
        assert flow.present_value.display().removesuffix(" present value") in text
    for found in comparison.paybacks:
        assert found.describe() in text
    road.snap("comparison-cash-and-capacity", view)
    # the CLI on the same file: the same warning, present values and paybacks
    from steps import DESIGN_CODE, cli_compare

    answer = cli_compare(road.workspace.path, "--design", DESIGN_CODE, "--scenario", SCENARIO,
                         "--date", road.today.isoformat(), "--volume", "300")
    assert answer["capacity_warning"] == warning
    assert answer["cash"]["rate_pct"] == "10"
    assert [r["present_value"]["value"] for r in answer["cash"]["routes"]] == [
        format(flow.present_value.value.normalize(), "f") for flow in comparison.cash]
    assert [p["description"] for p in answer["cash"]["paybacks"]] == [
        p.describe() for p in comparison.paybacks]
    assert verdict.sentence == comparison.verdict()
    road.no_message_box()
