"""The in-house scenario editor and the Costs view's scenario list: every change saved at once
and undoable; bad input refused with a message naming it, and nothing stored changes."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox
from ui_helpers import edit_cell, visible_message_boxes

from jewelbench.domain.scenarios import CostLevel, starter_scenario
from jewelbench.ui.widgets.table_model import ROW_ROLE

TODAY = dt.date(2026, 11, 24)  # the demo's newest FX rates are of 2026-11-02
NAME = "Atelier (seed mid)"
# Columns of the editor's tables.
EQ_NAME, EQ_COST, EQ_LIFE, EQ_SALVAGE = 0, 1, 2, 3
OH_COST = 1
ST_HEADCOUNT = 2
LAB_MINUTES, LAB_DESIGN = 1, 2


@pytest.fixture
def costs(window):
    window.show_view("costs")
    view = window.costs
    view.today = lambda: TODAY
    return view


def _create(qtbot, costs, name: str = NAME, currency: str = "USD", start: int = 2):
    """New Scenario… filled in as a user does: name, currency, starting point, Create."""
    costs.new_button.click()
    dialog = costs.dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, name)
    dialog.currency.setCurrentText(currency)
    dialog.start.setCurrentIndex(start)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    return dialog


@pytest.fixture
def editor(qtbot, window, costs):
    _create(qtbot, costs)
    assert costs.scenarios.current_row().scenario.name == NAME
    costs.edit_button.click()
    editor = costs.editor
    qtbot.waitExposed(editor)
    yield editor
    try:
        editor.close()
    except RuntimeError:
        pass  # closed and deleted already (its scenario was deleted)


def _stored(window, name: str = NAME):
    scenario_id = window.workspace.scenarios.id_for_name(name)
    return None if scenario_id is None else window.workspace.scenarios.get(scenario_id)


def _close_cell_editor(qtbot, section) -> None:
    """A refused cell opens again with the typing: the user gives up with Escape."""
    table = section.page.table
    qtbot.waitUntil(lambda: isinstance(table.focusWidget(), QLineEdit)
                    and table.state() == QAbstractItemView.State.EditingState)
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def _type(qtbot, field, text: str) -> None:
    """Type into a form field and leave it with Enter, as a user does."""
    line = field.edit if hasattr(field, "edit") else field
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


# --- creating ------------------------------------------------------------------------------


def test_a_scenario_is_created_from_the_seed_mid_template_and_undo_takes_it_back(
        qtbot, window, costs):
    before = {name for _, name in window.workspace.scenarios.names()}
    dialog = _create(qtbot, costs)
    assert "8 pieces of equipment (CapEx 92,700.00 USD)" in dialog.preview.text()
    stored = _stored(window)
    assert replace(stored, id=None) == starter_scenario(NAME, CostLevel.MID)
    assert costs.scenarios.current_row().scenario.name == NAME
    assert costs.scenarios.model.rowCount() == len(before) + 1

    window.undo.stack.undo()
    assert _stored(window) is None
    assert {name for _, name in window.workspace.scenarios.names()} == before
    assert costs.scenarios.model.rowCount() == len(before)
    window.undo.stack.redo()
    assert _stored(window) == stored, "back under the same id, every row with it"


def test_a_new_scenario_in_euros_is_converted_at_the_dated_rate(qtbot, window, costs):
    dialog = _create(qtbot, costs, "Atelier EUR", "EUR", start=1)
    assert not dialog.isVisible()
    stored = _stored(window, "Atelier EUR")
    assert stored.currency == "EUR"
    # Demo rate of 2026-11-02: 1 EUR = 1.1681 USD, so 5,000 USD = 4,280.46 → 4,280 EUR.
    assert stored.equipment[0].cost == Decimal(4280)
    assert "1 USD = 0.8561 EUR" in stored.notes and "2026-11-02" in stored.notes


def test_the_new_scenario_dialog_refuses_a_taken_name_or_a_currency_without_rate(
        qtbot, window, costs):
    before = window.workspace.scenarios.names()
    depth = window.undo.stack.count()
    dialog = _create(qtbot, costs, "small STUDIO workshop")
    assert dialog.isVisible()
    assert "A scenario named “small STUDIO workshop” already exists" in dialog.error.text()
    dialog.name.setText("Atelier GBP")
    dialog.currency.setCurrentText("GBP")
    assert "No exchange rate between USD and GBP" in dialog.preview.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "start in USD" in dialog.error.text()
    dialog.start.setCurrentIndex(0)  # empty: nothing to convert
    assert "An empty scenario" in dialog.preview.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    empty = _stored(window, "Atelier GBP")
    assert (empty.currency, empty.equipment, empty.staff) == ("GBP", [], [])
    assert window.workspace.scenarios.names() != before
    assert window.undo.stack.count() == depth + 1


# --- editing -------------------------------------------------------------------------------


def test_equipment_overheads_staff_and_labour_are_edited_in_place_and_saved(
        qtbot, window, editor, artifacts_dir):
    start = _stored(window)
    capex_before = editor.totals.values["capex"].text()
    assert capex_before == "92,700.00 USD"
    editor.tabs.setCurrentWidget(editor.equipment)
    edit_cell(qtbot, editor.equipment.page, 0, EQ_COST, "31,000")
    edit_cell(qtbot, editor.equipment.page, 0, EQ_LIFE, "7")
    printer = _stored(window).equipment[0]
    assert (printer.cost, printer.useful_life_years) == (Decimal(31000), 7)
    # 27,500 → 31,000: CapEx 92,700 + 3,500
    assert editor.totals.values["capex"].text() == "96,200.00 USD"
    assert editor.status.text() == "Saved."

    editor.tabs.setCurrentWidget(editor.overheads)
    edit_cell(qtbot, editor.overheads.page, 0, OH_COST, "3500")
    assert _stored(window).overheads[0].monthly_cost == Decimal(3500)
    editor.tabs.setCurrentWidget(editor.staff)
    edit_cell(qtbot, editor.staff.page, 3, ST_HEADCOUNT, "2")
    setter = _stored(window).staff[3]
    assert (setter.role, setter.headcount) == ("Stone setter", 2)
    # 5 × 160 h + 80 h + one more setter's 160 h
    assert editor.totals.values["capacity"].text() == "1,040 h / month"
    # 28,910 + 300 more rent + 4,800 for the second setter
    assert editor.totals.values["fixed"].text() == "34,010.00 USD / month"
    editor.tabs.setCurrentWidget(editor.labour)
    edit_cell(qtbot, editor.labour.page, 4, LAB_MINUTES, "12.5")
    edit_cell(qtbot, editor.labour.page, 4, LAB_DESIGN, "rg-014")
    setting = _stored(window).labour[4]
    assert (setting.operation, setting.minutes_per_piece, setting.design_code) == (
        "Stone setting", Decimal("12.5"), "RG-014")
    assert editor.labour.page.proxy.index(4, LAB_DESIGN).data() == "RG-014"
    assert editor.labour.page.proxy.index(0, LAB_DESIGN).data() == "All designs"

    # Each change was one step: undo walks them back, redo forward again.
    for _ in range(6):
        window.undo.stack.undo()
    assert _stored(window) == start
    assert editor.totals.values["capex"].text() == capex_before
    assert editor.equipment.page.proxy.index(0, EQ_COST).data() == "27,500.00 USD"
    for _ in range(6):
        window.undo.stack.redo()
    assert _stored(window).labour[4].design_code == "RG-014"
    assert _stored(window).equipment[0].cost == Decimal(31000)


def test_rates_and_the_name_are_saved_as_they_are_typed(qtbot, window, editor):
    editor.tabs.setCurrentIndex(0)
    _type(qtbot, editor.rate_fields["loaded_hourly_rate"], "41.50")
    _type(qtbot, editor.rate_fields["casting_loss_pct"], "7.5")
    _type(qtbot, editor.name, "Atelier renamed")
    stored = _stored(window, "Atelier renamed")
    assert (stored.loaded_hourly_rate, stored.casting_loss_pct) == (Decimal("41.50"),
                                                                    Decimal("7.5"))
    assert editor.windowTitle().startswith("Atelier renamed")
    assert editor.heading.text() == "Atelier renamed"
    # Enter finished each field and pressed no button: no row added, the editor still open.
    assert editor.isVisible()
    assert (len(stored.equipment), len(stored.staff), len(stored.labour)) == (8, 6, 7)
    window.undo.stack.undo()
    assert _stored(window).loaded_hourly_rate == Decimal("41.50")
    assert editor.name.text() == NAME


def test_rows_are_added_from_the_catalogue_and_removed(qtbot, window, editor):
    editor.tabs.setCurrentWidget(editor.equipment)
    editor.catalogue_menu.aboutToShow.emit()
    high = editor.catalogue_menu.findChild(QAction, "catalogue_laser_high")
    assert high.text().replace("&", "") == "High — 50,000.00 USD"
    high.trigger()
    added = _stored(window).equipment[-1]
    assert (added.name, added.cost, added.useful_life_years, added.salvage_value) == (
        "Laser welder", Decimal(50000), 8, Decimal(5000))
    own = editor.catalogue_menu.findChild(QAction, "catalogue_steam_own")
    own.trigger()  # your own cost: added at 0 with its cost cell open for typing
    table = editor.equipment.page.table
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    cell = table.focusWidget()
    qtbot.keyClicks(cell, "2150")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(window).equipment[-1].cost == Decimal(2150))
    assert len(_stored(window).equipment) == 10

    editor.equipment.page.table.selectRow(0)
    editor.equipment.remove_button.click()
    assert [e.name for e in _stored(window).equipment][:1] == [
        "Casting machine (vacuum or induction) with burnout kiln"]
    editor.tabs.setCurrentWidget(editor.staff)
    editor.staff.add_button.click()
    qtbot.waitUntil(lambda: editor.staff.page.table.state()
                    == QAbstractItemView.State.EditingState)
    cell = editor.staff.page.table.focusWidget()
    cell.selectAll()
    qtbot.keyClicks(cell, "Engraver")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(window).staff[-1].role == "Engraver")
    assert editor.tabs.tabText(editor.tabs.indexOf(editor.staff)) == "St&aff (7)"


# --- refused -------------------------------------------------------------------------------


@pytest.mark.parametrize(("section", "row", "column", "typed", "message"), [
    ("equipment", 0, EQ_LIFE, "0", "Useful life of “3D printer (SLA/DLP), castable resin” "
                                    "must be at least 1 year, not 0"),
    ("equipment", 4, EQ_COST, "-10", "Cost of “Laser welder” cannot be negative, not -10"),
    ("equipment", 4, EQ_SALVAGE, "40000", "“Laser welder”: salvage value is above the cost"),
    ("equipment", 0, EQ_COST, "1.2.3", "“1.2.3” is not a number"),
    ("overheads", 0, OH_COST, "-1", "Monthly cost of “Rent” cannot be negative"),
    ("staff", 0, ST_HEADCOUNT, "1.5", "has too many decimal places"),
    ("labour", 0, LAB_DESIGN, "XX-999", "No design has the code “XX-999”"),
])
def test_a_bad_cell_is_refused_with_its_message_and_nothing_stored_changes(
        qtbot, window, editor, section, row, column, typed, message):
    table = getattr(editor, section)
    editor.tabs.setCurrentWidget(table)
    before, depth = _stored(window), window.undo.stack.count()
    edit_cell(qtbot, table.page, row, column, typed)
    assert message in editor.status.text()
    assert _stored(window) == before
    assert window.undo.stack.count() == depth
    _close_cell_editor(qtbot, table)
    assert table.page.proxy.index(row, column).data() != typed


def test_a_number_cell_keeps_letters_as_typed_and_refuses_them(qtbot, editor):
    editor.tabs.setCurrentWidget(editor.equipment)
    page = editor.equipment.page
    before = page.proxy.index(0, EQ_COST).data()
    edit_cell(qtbot, page, 0, EQ_COST, "1e3")
    assert "“1e3” is not a number" in editor.status.text()
    assert page.proxy.index(0, EQ_COST).data() == before, "never read as 13"
    qtbot.waitUntil(lambda: isinstance(page.table.focusWidget(), QLineEdit))
    assert page.table.focusWidget().text() == "1e3", "given back as typed"
    qtbot.keyClick(page.table.focusWidget(), Qt.Key.Key_Escape)


@pytest.mark.parametrize(("typed", "message"), [
    ("100", "Error rate % must be below 100, not 100"),
    ("250", "Error rate % must be below 100"),
    ("1.2.3", "“1.2.3” is not a number"),
    ("-", "“-” is not a number"),
])
def test_a_bad_error_rate_is_refused_beside_the_field(qtbot, window, editor, typed, message):
    field = editor.rate_fields["error_rate_pct"]
    before, depth = _stored(window), window.undo.stack.count()
    _type(qtbot, field, typed)
    assert message in field.error.text()
    assert field.error.isVisible()
    assert message in editor.status.text()
    assert _stored(window) == before
    assert window.undo.stack.count() == depth
    assert field.edit.text() == typed, "the typing stays to be corrected"
    _type(qtbot, field, "4")
    assert not field.error.isVisible()
    assert _stored(window).error_rate_pct == Decimal(4)


def test_a_taken_name_is_refused_beside_the_name(qtbot, window, editor):
    before, depth = _stored(window), window.undo.stack.count()
    _type(qtbot, editor.name, "Small studio workshop")
    assert "A scenario named 'Small studio workshop' already exists" in \
        editor.name_error.text()
    assert editor.name_error.isVisible()
    assert "Not saved" in editor.status.text()
    assert _stored(window) == before
    assert window.undo.stack.count() == depth
    assert editor.name.text() == "Small studio workshop"


# --- the list: duplicate, delete -----------------------------------------------------------


def test_duplicate_copies_every_row_under_a_free_name(qtbot, window, costs):
    source = costs.scenarios.current_row().scenario
    costs.duplicate_button.click()
    copy = _stored(window, f"{source.name} (copy)")
    assert replace(copy, id=source.id, name=source.name) == source
    assert costs.scenarios.current_row().scenario.name == copy.name
    costs.duplicate_scenario(source.id)
    assert _stored(window, f"{source.name} (copy 2)") is not None
    window.undo.stack.undo()
    window.undo.stack.undo()
    assert _stored(window, f"{source.name} (copy)") is None
    assert window.workspace.scenarios.get(source.id) == source


def test_delete_asks_and_undo_brings_the_scenario_back_with_its_rows(qtbot, window, costs):
    costs.scenarios.table.selectRow(0)
    target = costs.scenarios.current_row().scenario
    count = costs.scenarios.model.rowCount()

    box = costs.delete_scenario()
    assert box.isVisible()
    assert f"Delete the scenario “{target.name}”?" == box.text()
    assert (f"Its {len(target.equipment)} pieces of equipment, {len(target.overheads)} "
            f"overheads, {len(target.staff)} staff roles and {len(target.labour)} labour "
            f"times go with it") in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.workspace.scenarios.get(target.id) == target, "Cancel deletes nothing"

    box = costs.delete_scenario()
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    delete.click()
    qtbot.waitUntil(lambda: costs.scenarios.model.rowCount() == count - 1)
    assert _stored(window, target.name) is None
    assert window.workspace.db.execute(
        "SELECT count(*) FROM scenario_equipment WHERE scenario_id = ?",
        [target.id]).fetchone()[0] == 0
    assert "Edit ▸ Undo brings it back" in window.statusBar().currentMessage()

    window.undo.stack.undo()
    assert window.workspace.scenarios.get(target.id) == target
    assert costs.scenarios.model.rowCount() == count
    window.undo.stack.redo()
    assert _stored(window, target.name) is None
    assert not visible_message_boxes()


def test_an_open_editor_closes_when_its_scenario_is_deleted(qtbot, window, costs, editor):
    costs.select_scenario(editor.scenario_id)
    box = costs.delete_scenario()
    next(b for b in box.buttons() if b.text() == "Delete").click()
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_double_click_opens_the_editor(qtbot, costs):
    index = costs.scenarios.proxy.index(0, 0)
    costs.scenarios.table.activated.emit(index)
    assert costs.editor.isVisible()
    assert costs.editor.scenario.id == index.data(ROW_ROLE).id
    costs.editor.close()


def test_a_read_only_workspace_offers_no_changes(qtbot, window, demo_path):
    from jewelbench.storage import Workspace

    window.switch_to(Workspace.open(demo_path, read_only=True))
    window.show_view("costs")
    costs = window.costs
    assert costs.scenarios.model.rowCount() == 2
    assert costs.edit_button.isEnabled()
    assert not any(b.isEnabled() for b in (costs.new_button, costs.duplicate_button,
                                           costs.delete_button))
    assert costs.new_scenario() is None and costs.delete_scenario() is None
    editor = costs.edit_scenario()
    assert editor.name.isReadOnly() and editor.rate_fields["error_rate_pct"].edit.isReadOnly()
    assert not editor.equipment.add_button.isEnabled()
    assert not editor.catalogue_button.isEnabled()
    assert "read-only" in editor.status.text()
    editor.close()


# --- how it looks --------------------------------------------------------------------------


def test_the_editor_fits_a_laptop_and_is_captured(qtbot, window, editor, artifacts_dir):
    screen = QApplication.primaryScreen().availableGeometry()
    assert (screen.width(), screen.height()) == (1366, 768)
    assert editor.size().width() == 980 and editor.size().height() == 640
    assert editor.frameGeometry().width() <= 1366 and editor.frameGeometry().height() <= 768
    assert editor.minimumSizeHint().width() <= 1366 and editor.minimumSizeHint().height() <= 768
    editor.tabs.setCurrentWidget(editor.equipment)
    editor.equipment.page.table.selectRow(4)
    editor.grab().save(str(artifacts_dir / "scenario-editor.png"))
    editor.tabs.setCurrentIndex(0)
    editor.grab().save(str(artifacts_dir / "scenario-editor-rates.png"))
    assert (artifacts_dir / "scenario-editor.png").stat().st_size > 10_000


def test_the_new_scenario_dialog_is_captured(qtbot, costs, artifacts_dir):
    costs.new_button.click()
    dialog = costs.dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Atelier Lyon")
    dialog.currency.setCurrentText("EUR")
    assert "Amounts converted from the seed's USD figures" in dialog.preview.text()
    dialog.grab().save(str(artifacts_dir / "new-scenario-dialog.png"))
    dialog.reject()


def test_the_scenarios_costing_options_survive_duplicate_and_undone_delete(qtbot, window,
                                                                          costs):
    from jewelbench.domain.costing_inputs import CapexView, InHouseTerms

    source = costs.scenarios.current_row().scenario
    role = source.staff[0].role
    options = InHouseTerms(capex_view=CapexView.UP_FRONT, labour_in_salaries=True,
                           capacity_step_role=role)
    window.workspace.costing.set_in_house_terms(source.id, options)

    copy_id = costs.duplicate_scenario(source.id)
    assert window.workspace.costing.in_house_terms(copy_id) == options

    costs.select_scenario(source.id)
    box = costs.delete_scenario()
    next(b for b in box.buttons() if b.text() == "Delete").click()
    window.undo.stack.undo()
    assert window.workspace.costing.in_house_terms(source.id) == options


def test_every_cell_of_every_list_is_typed_into_its_own_field(qtbot, window, editor):
    """Each editable column puts what is typed into its own field of the row (a typed Setter
    per column): a neighbour's field keeps its value; whole numbers are stored whole."""
    typed = {
        editor.equipment: {0: "Laser welder", 1: "18,500", 2: "6", 3: "1,500", 5: "rg-014"},
        editor.overheads: {0: "Alarm service", 1: "145.50"},
        editor.staff: {0: "Polisher", 1: "3,900", 2: "3", 3: "150.5"},
        editor.labour: {0: "Laser marking", 1: "3.25", 2: "rg-014"},
    }
    for table, cells in typed.items():
        editor.tabs.setCurrentWidget(table)
        for column, text in cells.items():
            edit_cell(qtbot, table.page, 0, column, text)
    stored = _stored(window)
    machine = stored.equipment[0]
    assert (machine.name, machine.cost, machine.useful_life_years, machine.salvage_value,
            machine.design_code) == ("Laser welder", Decimal(18500), 6, Decimal(1500),
                                     "RG-014")
    overhead = stored.overheads[0]
    assert (overhead.name, overhead.monthly_cost) == ("Alarm service", Decimal("145.50"))
    role = stored.staff[0]
    assert (role.role, role.monthly_salary, role.headcount, role.hours_per_month) == (
        "Polisher", Decimal(3900), 3, Decimal("150.5"))
    operation = stored.labour[0]
    assert (operation.operation, operation.minutes_per_piece, operation.design_code) == (
        "Laser marking", Decimal("3.25"), "RG-014")
    assert isinstance(machine.useful_life_years, int) and isinstance(role.headcount, int)
