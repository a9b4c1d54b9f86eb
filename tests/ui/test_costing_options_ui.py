"""The costing options through the widgets: what a quote leaves to the brand (the supplier's
metal loss, the parts we supply) saved with the quote as one undoable command and moving the
comparison's figures; a scenario's in-house options (equipment view, labour in the salaries,
the role added in capacity steps) each saved as one undoable command, a step role that is no
staff role refused with storage's message."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import close_if_alive, edit_cell

from jewelbench.domain.costing import prepare
from jewelbench.domain.costing_figures import Component
from jewelbench.domain.costing_inputs import CapexView, InHouseTerms
from jewelbench.domain.quotes import PricingBasis
from jewelbench.storage.costing import QuoteCostingTerms
from jewelbench.ui.costs.commands import SetInHouseTerms

TODAY = dt.date(2026, 11, 24)  # the demo's newest FX rates are of 2026-11-02
VOLUME = 300
DEFAULT_TERMS = QuoteCostingTerms()  # no loss, the brand packs
STONES_OF_RG014 = Decimal(420) + 18 * Decimal("6.50")  # USD a piece, from the demo's BOM
LEAN = "Lean bench (one setter)"  # demo scenario: steps of "Bench jeweller and setter"
STEP_ROLE = "Bench jeweller and setter"
ST_ROLE = 0  # the staff table's role column


def _type(qtbot, field, text: str) -> None:
    """Replace a line edit's (or number field's) text as a user types it."""
    edit = getattr(field, "edit", field)
    edit.setFocus()
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


# --- the quote editor ---------------------------------------------------------------------


@pytest.fixture
def quotes(window):
    window.show_view("quotes")
    return window.quotes


def _add_tier(qtbot, editor, price: str) -> None:
    editor.add_tier_button.click()
    page = editor.tier_page
    qtbot.keyClick(page.table.focusWidget(), Qt.Key.Key_Escape)  # the price cell it opened
    edit_cell(qtbot, page, page.model.rowCount() - 1, 1, price)


def _making_charge_quote(qtbot, quotes, workspace):
    """A new editor holding a making-charge EUR quote from Fonderia Berica for RG-014, whose
    BOM has a centre stone and a pavé halo."""
    editor = quotes.new_quote()
    qtbot.waitExposed(editor)
    assert editor.supplier.choose_key(next(
        s.id for s in workspace.suppliers.summaries() if s.name.startswith("Fonderia")))
    assert editor.design.choose_key(workspace.designs.id_for_code("RG-014"))
    _type(qtbot, editor.reference, "FB-2026-140")
    editor.basis.setCurrentIndex(editor.basis.findData(PricingBasis.MAKING_PLUS_METAL.value))
    _type(qtbot, editor.metal_basis, "62")
    _type(qtbot, editor.moq, "50")
    _add_tier(qtbot, editor, "145")
    assert editor.save_button.isEnabled(), editor.problem.text()
    return editor


def _route_cost(workspace, quote_id: int):
    """The comparison's figures for the route of this quote: RG-014 at VOLUME pieces a year,
    made in-house by the first scenario, as the Costs view computes them."""
    design_id = workspace.designs.id_for_code("RG-014")
    scenario_id = workspace.scenarios.names()[0][0]
    on = workspace.quotes.get(quote_id).quoted_on  # the editor's today: valid from then
    setup = workspace.costing.setup_for_design(design_id, scenario_id, on, VOLUME)
    name = next(route.name for route in setup.routes
                if route.quotes["RG-014"].id == quote_id)
    prepared = prepare(setup.plan, setup.scenario, setup.routes, setup.prices,
                       setup.in_house_terms, basis=setup.basis,
                       margin=setup.margin)
    return next(route for route in prepared.evaluate(VOLUME).routes if route.route == name)


def _value(cost, component: Component) -> Decimal:
    return cost.component(component).value


def test_a_quote_saved_with_metal_loss_and_consigned_stones_moves_the_comparison_and_undoes(
        qtbot, window, quotes):
    workspace = window.workspace
    editor = _making_charge_quote(qtbot, quotes, workspace)
    assert editor.metal_loss.edit.text() == "" and editor.metal_loss.isEnabled()
    assert [g for g, box in editor.consigned.items() if box.isChecked()] == ["packaging"], \
        "a new quote starts from storage's default: the brand packs"
    assert editor.save()
    quote_id = editor.saved_id
    assert workspace.costing.quote_terms(quote_id) == DEFAULT_TERMS
    before = _route_cost(workspace, quote_id)

    editor = quotes.edit_quote(quote_id)
    qtbot.waitExposed(editor)
    _type(qtbot, editor.metal_loss, "6")
    editor.consigned["stones"].click()
    assert editor.save_button.isEnabled(), editor.problem.text()
    depth = window.undo.stack.count()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert window.undo.stack.count() == depth + 1, "the quote and its terms: one command"
    terms = QuoteCostingTerms(Decimal(6), frozenset({"stones", "packaging"}))
    assert workspace.costing.quote_terms(quote_id) == terms

    after = _route_cost(workspace, quote_id)
    assert _value(after, Component.SUPPLIER_PRICE) == _value(before, Component.SUPPLIER_PRICE)
    metal_before = _value(before, Component.SUPPLIER_METAL)
    assert metal_before > 0, "a making-charge quote bills the metal at the day's price"
    assert abs(_value(after, Component.SUPPLIER_METAL) - metal_before * Decimal("1.06")) \
        < Decimal("1e-9"), "6 % more metal billed"
    assert _value(after, Component.BRAND_MATERIALS) - _value(before, Component.BRAND_MATERIALS) \
        == VOLUME * STONES_OF_RG014, "the consigned stones are now materials you supply"
    assert "stones you supply" in after.component(Component.BRAND_MATERIALS).formula
    assert after.total.value > before.total.value

    window.undo.stack.undo()
    assert workspace.costing.quote_terms(quote_id) == DEFAULT_TERMS
    assert _route_cost(workspace, quote_id).total.value == before.total.value
    window.undo.stack.redo()
    assert workspace.costing.quote_terms(quote_id) == terms
    assert _route_cost(workspace, quote_id).total.value == after.total.value

    # Undoing the new quote itself, then redoing it, brings it back with the terms it was
    # saved with (the defaults), under its own id.
    window.undo.stack.undo()
    window.undo.stack.undo()
    assert quote_id not in {s.id for s in workspace.quotes.summaries()}
    window.undo.stack.redo()
    assert workspace.costing.quote_terms(quote_id) == DEFAULT_TERMS


def test_a_new_quote_is_stored_with_the_terms_typed_in_the_same_command(qtbot, window,
                                                                        quotes):
    workspace = window.workspace
    editor = _making_charge_quote(qtbot, quotes, workspace)
    _type(qtbot, editor.metal_loss, "4.5")
    editor.consigned["findings"].click()
    editor.consigned["packaging"].click()  # the supplier packs
    depth = window.undo.stack.count()
    assert editor.save()
    assert window.undo.stack.count() == depth + 1
    assert workspace.costing.quote_terms(editor.saved_id) == QuoteCostingTerms(
        Decimal("4.5"), frozenset({"findings"}))
    window.undo.stack.undo()
    window.undo.stack.redo()
    assert workspace.costing.quote_terms(editor.saved_id) == QuoteCostingTerms(
        Decimal("4.5"), frozenset({"findings"})), "redo writes the terms again"


def test_the_editor_shows_a_quotes_stored_terms_and_an_all_in_price_has_no_loss(
        qtbot, window, quotes):
    workspace = window.workspace
    quote_id = next(s.id for s in workspace.quotes.summaries() if s.reference == "Q-2026-031")
    editor = quotes.edit_quote(quote_id)
    qtbot.waitExposed(editor)
    assert editor.metal_loss.edit.text() == "6"
    assert {g for g, box in editor.consigned.items() if box.isChecked()} == {"stones",
                                                                            "packaging"}
    depth = window.undo.stack.count()
    editor.basis.setCurrentIndex(editor.basis.findData(PricingBasis.ALL_IN.value))
    assert not editor.metal_loss.isEnabled(), "an all-in price includes the metal"
    assert editor.save()
    assert window.undo.stack.count() == depth + 1
    assert workspace.costing.quote_terms(quote_id) == QuoteCostingTerms(
        Decimal(0), frozenset({"stones", "packaging"}))
    window.undo.stack.undo()
    assert workspace.costing.quote_terms(quote_id).supplier_metal_loss_pct == Decimal(6)


@pytest.mark.parametrize(("typed", "message"), [
    ("-2", "-2 is too small"),
    ("100", "100 is too large"),
    ("250", "250 is too large"),
    ("6.125", "too many decimal places"),
    ("6..5", "is not a number"),
])
def test_a_bad_metal_loss_is_refused_beside_the_field_and_nothing_is_stored(
        qtbot, window, quotes, typed, message):
    workspace = window.workspace
    quote_id = next(s.id for s in workspace.quotes.summaries() if s.reference == "Q-2026-031")
    stored = workspace.costing.quote_terms(quote_id)
    quote = workspace.quotes.get(quote_id)
    editor = quotes.edit_quote(quote_id)
    qtbot.waitExposed(editor)
    _type(qtbot, editor.metal_loss, typed)
    editor.consigned["findings"].click()
    assert editor.metal_loss.error.isVisible()
    assert message in editor.metal_loss.error.text()
    assert "at most 99.99" in editor.metal_loss.error.text()
    assert "Supplier's metal loss" in editor.problem.text()
    assert not editor.save_button.isEnabled()
    depth = window.undo.stack.count()
    assert editor.save() is False, "refused even if asked"
    assert editor.isVisible()
    assert window.undo.stack.count() == depth
    assert workspace.costing.quote_terms(quote_id) == stored
    assert workspace.quotes.get(quote_id) == quote
    _type(qtbot, editor.metal_loss, "7")
    assert not editor.metal_loss.error.isVisible(), "corrected: the message goes"
    assert editor.save_button.isEnabled()


def test_letters_in_the_metal_loss_are_kept_and_refused(qtbot, window, quotes):
    editor = _making_charge_quote(qtbot, quotes, window.workspace)
    _type(qtbot, editor.metal_loss, "1e1")
    assert editor.metal_loss.edit.text() == "1e1", "not changed to 11"
    assert "“1e1” is not a number" in editor.metal_loss.error.text()
    assert not editor.save_button.isEnabled()
    _type(qtbot, editor.metal_loss, "6 %")
    assert editor.costing_terms().supplier_metal_loss_pct == Decimal(6), "its unit is fine"
    editor.reject()


def test_the_quote_editor_with_its_costing_group_fits_a_laptop_and_is_captured(
        qtbot, window, quotes, artifacts_dir):
    editor = _making_charge_quote(qtbot, quotes, window.workspace)
    _type(qtbot, editor.metal_loss, "6")
    editor.consigned["stones"].click()
    screen = QApplication.primaryScreen().availableGeometry()
    assert editor.frameGeometry().width() <= screen.width()
    assert editor.frameGeometry().height() <= screen.height()
    assert editor.minimumSizeHint().height() <= editor.height(), "nothing squeezed"
    for box in editor.consigned.values():
        assert box.visibleRegion().boundingRect().width() >= box.sizeHint().width(), \
            f"{box.text()} is shown whole"
    editor.grab().save(str(artifacts_dir / "quote-editor-costing.png"))
    editor.reject()


# --- the scenario editor ------------------------------------------------------------------


@pytest.fixture
def costs(window):
    window.show_view("costs")
    view = window.costs
    view.today = lambda: TODAY
    return view


@pytest.fixture
def scenario_editor(qtbot, window, costs):
    scenario_id = window.workspace.scenarios.id_for_name(LEAN)
    costs.select_scenario(scenario_id)
    costs.edit_button.click()
    editor = costs.editor
    qtbot.waitExposed(editor)
    assert editor.scenario_id == scenario_id
    yield editor
    close_if_alive(editor)


def _terms(window) -> InHouseTerms:
    return window.workspace.costing.in_house_terms(
        window.workspace.scenarios.id_for_name(LEAN))


def test_each_scenario_option_is_one_undoable_command_and_the_editor_follows_undo(
        qtbot, window, scenario_editor):
    editor = scenario_editor
    stack = window.undo.stack
    start = _terms(window)
    assert start == InHouseTerms(CapexView.DEPRECIATION, True, STEP_ROLE)
    assert editor.capex_buttons[CapexView.DEPRECIATION].isChecked()
    assert editor.labour_in_salaries.isChecked()
    assert editor.step_role.currentText() == STEP_ROLE
    assert [editor.step_role.itemText(i) for i in range(editor.step_role.count())][1:] == [
        "Owner-designer", STEP_ROLE], "the scenario's staff roles"

    depth = stack.count()
    editor.capex_buttons[CapexView.UP_FRONT].click()
    assert _terms(window).capex_view is CapexView.UP_FRONT
    editor.labour_in_salaries.click()
    assert _terms(window).labour_in_salaries is False
    editor.step_role.setFocus()
    qtbot.keyClick(editor.step_role, Qt.Key.Key_Up)  # chosen from the keyboard
    assert editor.step_role.currentText() == "Owner-designer"
    assert _terms(window) == InHouseTerms(CapexView.UP_FRONT, False, "Owner-designer")
    assert stack.count() == depth + 3, "one command each"
    assert editor.status.text() == "Saved."

    stack.undo()
    assert _terms(window).capacity_step_role == STEP_ROLE
    assert editor.step_role.currentText() == STEP_ROLE, "the editor shows what undo restored"
    stack.undo()
    assert editor.labour_in_salaries.isChecked()
    stack.undo()
    assert _terms(window) == start
    assert editor.capex_buttons[CapexView.DEPRECIATION].isChecked()
    stack.redo()
    stack.redo()
    stack.redo()
    assert _terms(window) == InHouseTerms(CapexView.UP_FRONT, False, "Owner-designer")
    assert editor.step_role.currentText() == "Owner-designer"
    assert not editor.labour_in_salaries.isChecked()

    qtbot.keyClick(editor.step_role, Qt.Key.Key_Home)
    assert _terms(window).capacity_step_role is None
    assert "cheapest hour" in editor.step_role.currentText()
    assert stack.count() == depth + 4


def test_the_step_role_cannot_leave_the_staff_but_follows_a_rename(qtbot, window,
                                                                   scenario_editor):
    editor = scenario_editor
    stored = window.workspace.scenarios.get(editor.scenario_id)
    depth = window.undo.stack.count()
    editor.tabs.setCurrentWidget(editor.staff)
    page = editor.staff.page
    row = next(r for r in range(page.model.rowCount())
               if page.model.row_object(r).item.role == STEP_ROLE)
    page.table.selectRow(row)
    editor.staff.remove_button.click()
    assert "is not a staff role of scenario" in editor.status.text(), "storage's message"
    assert "Add staff in steps of" in editor.status.text(), "and what to do about it"
    assert window.workspace.scenarios.get(editor.scenario_id) == stored, "nothing stored"
    assert _terms(window).capacity_step_role == STEP_ROLE
    assert window.undo.stack.count() == depth
    assert page.model.rowCount() == len(stored.staff)

    edit_cell(qtbot, page, row, ST_ROLE, "Setter")
    assert _terms(window).capacity_step_role == "Setter", "the renamed role is still the step"
    assert editor.step_role.currentText() == "Setter"
    assert window.undo.stack.count() == depth + 1
    window.undo.stack.undo()
    assert window.workspace.scenarios.get(editor.scenario_id) == stored
    assert _terms(window).capacity_step_role == STEP_ROLE
    window.undo.stack.redo()
    assert _terms(window).capacity_step_role == "Setter"


def test_a_step_role_that_is_no_staff_role_is_refused_by_storage(qtbot, window,
                                                                 scenario_editor):
    """The combo offers staff roles only; a command naming another role (a stale choice) is
    refused with storage's message and leaves nothing behind."""
    editor = scenario_editor
    before = _terms(window)
    depth = window.undo.stack.count()
    assert not editor.set_terms(InHouseTerms(capacity_step_role="Polisher"), "Steps of Polisher")
    assert "Capacity step role 'Polisher' is not a staff role" in editor.status.text()
    assert _terms(window) == before
    assert window.undo.stack.count() == depth
    assert editor.step_role.currentText() == STEP_ROLE, "the stored choice shown again"
    command = SetInHouseTerms(window.workspace, editor.scenario_id, before,
                              InHouseTerms(capacity_step_role="Polisher"), "Steps")
    assert "is not a staff role" in window.undo.run(command)


def test_a_read_only_workspace_offers_no_option_changes(qtbot, window, demo_path, settings):
    from jewelbench.storage import Workspace
    from jewelbench.ui.commands import UndoController
    from jewelbench.ui.costs.scenario_editor import ScenarioEditor

    with Workspace.open(demo_path, read_only=True) as workspace:
        scenario_id = workspace.scenarios.id_for_name(LEAN)
        editor = ScenarioEditor(workspace, scenario_id, UndoController(), settings,
                                today=TODAY)
        qtbot.addWidget(editor)
        assert not editor.labour_in_salaries.isEnabled()
        assert not editor.step_role.isEnabled()
        assert not any(b.isEnabled() for b in editor.capex_buttons.values())
        editor.close()


def test_the_scenario_editor_with_its_options_fits_a_laptop_and_is_captured(
        qtbot, window, scenario_editor, artifacts_dir):
    editor = scenario_editor
    screen = QApplication.primaryScreen().availableGeometry()
    assert editor.frameGeometry().width() <= screen.width()
    assert editor.frameGeometry().height() <= screen.height()
    assert editor.minimumSizeHint().height() <= editor.height(), "nothing squeezed"
    editor.tabs.setCurrentIndex(0)
    editor.grab().save(str(artifacts_dir / "scenario-editor-options.png"))
