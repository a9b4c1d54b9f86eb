"""Suppliers through the widgets: a new supplier, its contacts, certifications and due
diligence, refusals that leave the file as it was, delete with its question and undo, the
scorecard beside the list, and the way to the supplier's quotes and samples."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid
from ui_helpers import edit_cell

from jewelbench.app.demo import DEMO_TODAY
from jewelbench.domain.suppliers import CertificationStatus
from jewelbench.ui.navigation import ShowQuotes, ShowSamples
from jewelbench.ui.widgets.table_model import ROW_ROLE

VICENZA = "Fonderia Berica S.r.l."
BANGKOK = "Siam Gem Setting Co., Ltd."


@pytest.fixture
def view(window):
    window.show_view("suppliers")
    suppliers = window.suppliers
    suppliers.today = lambda: DEMO_TODAY  # the demo's figures are as of its own day
    suppliers.load(window.workspace)
    return suppliers


def _select(view, name: str) -> int:
    for row in range(view.proxy.rowCount()):
        summary = view.proxy.index(row, 0).data(ROW_ROLE)
        if summary.name == name:
            view.table.selectRow(row)
            return summary.id
    raise AssertionError(f"{name} is not listed")


def _stored(window, supplier_id: int):
    return window.workspace.suppliers.get(supplier_id)


@pytest.fixture
def editor(qtbot, view, window):
    """The editor of a new supplier made through the New Supplier dialog."""
    dialog = view.new_supplier()
    qtbot.keyClicks(dialog.name, "Casa Oro Fusioni")
    dialog.country.setEditText("Italy")
    dialog.currency.setEditText("eur")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    editor = view.editor
    qtbot.waitExposed(editor)
    yield editor
    if isValid(editor):  # undoing the supplier's creation closes its editor
        editor.close()


def _say(editor) -> str:
    return editor.status.text()


# --- creating ------------------------------------------------------------------------------


def test_a_new_supplier_is_created_through_the_dialog_and_opens_in_its_editor(
        qtbot, editor, view, window):
    supplier_id = window.workspace.suppliers.id_for_name("Casa Oro Fusioni")
    stored = _stored(window, supplier_id)
    assert (stored.country, stored.currency) == ("IT", "EUR"), "'Italy' and 'eur' understood"
    assert len(stored.due_diligence) == 5 and stored.due_diligence_done == 0
    assert view.current_row().name == "Casa Oro Fusioni", "the list shows and selects it"
    assert editor.windowTitle() == "Casa Oro Fusioni — Supplier"
    assert editor.scorecard_headline.text() == "no history yet"
    window.undo.stack.undo()
    assert window.workspace.suppliers.id_for_name("Casa Oro Fusioni") is None
    assert not isValid(editor) or not editor.isVisible(), "its editor closes"
    window.undo.stack.redo()
    assert window.workspace.suppliers.id_for_name("Casa Oro Fusioni") == supplier_id, \
        "redo brings back the same supplier"


@pytest.mark.parametrize("name, country, currency, message", [
    (VICENZA.upper(), "IT", "EUR", f"A supplier named “{VICENZA.upper()}” already exists."),
    ("Casa Oro", "Italia", "EUR", "“Italia” is not a country jewelbench knows"),
    ("Casa Oro", "IT", "EUO", "'EUO' is not a currency jewelbench knows"),
    ("Casa Oro", "IT", "E1", "'E1' is not a currency code"),
    ("", "IT", "EUR", "Supplier name is required"),
])
def test_the_new_supplier_dialog_refuses_bad_entries_and_stores_nothing(
        qtbot, view, window, name, country, currency, message):
    before = window.workspace.suppliers.summaries()
    dialog = view.new_supplier()
    dialog.name.setText(name)
    dialog.country.setEditText(country)
    dialog.currency.setEditText(currency)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible(), "the dialog stays open for the correction"
    assert message in dialog.error.text()
    assert window.workspace.suppliers.summaries() == before
    dialog.reject()


# --- the editor ----------------------------------------------------------------------------


def test_contacts_are_added_edited_and_a_bad_email_is_refused(qtbot, editor, window):
    supplier_id = editor.supplier_id
    editor.tabs.setCurrentIndex(1)
    contacts = editor.contacts
    contacts.add_button.click()
    edit_cell(qtbot, contacts.page, 0, 0, "Giulia Conti")
    edit_cell(qtbot, contacts.page, 0, 1, "Sales")
    edit_cell(qtbot, contacts.page, 0, 2, "giulia@casaoro.example")
    edit_cell(qtbot, contacts.page, 0, 3, "+39 0444 100 200")
    [contact] = _stored(window, supplier_id).contacts
    assert (contact.name, contact.role, contact.email, contact.phone) == (
        "Giulia Conti", "Sales", "giulia@casaoro.example", "+39 0444 100 200")

    before = _stored(window, supplier_id)
    edit_cell(qtbot, contacts.page, 0, 2, "giulia at casaoro")
    assert "'giulia at casaoro' is not an e-mail address" in _say(editor)
    assert _stored(window, supplier_id) == before, "nothing stored changed"
    assert contacts.page.proxy.index(0, 2).data() == "giulia@casaoro.example"

    contacts.add_button.click()
    assert len(_stored(window, supplier_id).contacts) == 2
    contacts.page.table.selectRow(1)
    contacts.remove_button.click()
    assert [c.name for c in _stored(window, supplier_id).contacts] == ["Giulia Conti"]
    window.undo.stack.undo()
    assert len(_stored(window, supplier_id).contacts) == 2
    assert contacts.page.model.rowCount() == 2, "the editor follows the undo"


def test_certifications_with_expiry_dates_are_flagged(qtbot, editor, window):
    supplier_id = editor.supplier_id
    editor.today = DEMO_TODAY
    editor.tabs.setCurrentIndex(2)
    section = editor.certifications
    for name, expiry in (("RJC Code of Practices", "2027-09-30"), ("ISO 9001:2015",
                                                                    "2026-12-31"),
                         ("SA8000", "2026-10-01")):
        section.add_button.click()
        row = section.page.model.rowCount() - 1
        edit_cell(qtbot, section.page, row, 0, name)
        edit_cell(qtbot, section.page, row, 1, f"REF-{row}")
        edit_cell(qtbot, section.page, row, 2, expiry)
    stored = _stored(window, supplier_id).certifications
    assert [(c.name, c.reference, c.expires_on) for c in stored] == [
        ("RJC Code of Practices", "REF-0", dt.date(2027, 9, 30)),
        ("ISO 9001:2015", "REF-1", dt.date(2026, 12, 31)),
        ("SA8000", "REF-2", dt.date(2026, 10, 1))]
    assert [c.status_on(DEMO_TODAY) for c in stored] == [
        CertificationStatus.VALID, CertificationStatus.EXPIRING, CertificationStatus.EXPIRED]
    status = [section.page.proxy.index(r, 3).data() for r in range(3)]
    assert status == ["Valid until 2027-09-30", "Expires in 37 days", "Expired 54 days ago"]
    icons = [section.page.proxy.index(r, 3).data(Qt.ItemDataRole.DecorationRole)
             for r in range(3)]
    assert icons[0] is None and not icons[1].isNull() and not icons[2].isNull()

    before = _stored(window, supplier_id)
    edit_cell(qtbot, section.page, 0, 2, "31.02.2027x")
    assert "“31.02.2027x” is not a date" in _say(editor)
    assert _stored(window, supplier_id) == before


def test_due_diligence_is_ticked_dated_and_noted(qtbot, editor, window):
    supplier_id = editor.supplier_id
    editor.today = DEMO_TODAY
    editor.tabs.setCurrentIndex(3)
    done, day, notes = editor.checks["factory_visited"]
    done.click()
    item = next(d for d in _stored(window, supplier_id).due_diligence
                if d.item == "factory_visited")
    assert (item.done, item.done_on) == (True, DEMO_TODAY), "ticked today unless told"
    assert day.text() == DEMO_TODAY.isoformat()
    day.setText("2026-10-14")
    day.editingFinished.emit()
    notes.setText("Visited with the Vicenzaoro trip")
    notes.editingFinished.emit()
    item = next(d for d in _stored(window, supplier_id).due_diligence
                if d.item == "factory_visited")
    assert (item.done, item.done_on, item.notes) == (
        True, dt.date(2026, 10, 14), "Visited with the Vicenzaoro trip")
    assert "1 of 5 checks done" in editor.due_diligence_summary.text()

    before = _stored(window, supplier_id)
    day.setText("2027-01-01")
    day.editingFinished.emit()
    assert "is in the future" in _say(editor)
    day.setText("fourteenth")
    day.editingFinished.emit()
    assert "“fourteenth” is not a date" in _say(editor)
    assert _stored(window, supplier_id) == before

    ref_done, ref_day, _ = editor.checks["references_checked"]
    ref_day.setText("2026-09-01")
    ref_day.editingFinished.emit()
    assert ref_done.isChecked(), "a date means the check was done"
    done.click()  # untick
    item = next(d for d in _stored(window, supplier_id).due_diligence
                if d.item == "factory_visited")
    assert (item.done, item.done_on) == (False, None)
    window.undo.stack.undo()
    assert done.isChecked() and day.text() == "2026-10-14"


def test_capabilities_are_ticked_with_their_names(qtbot, editor, window):
    supplier_id = editor.supplier_id
    labels = [editor.capabilities.item(r).text() for r in range(editor.capabilities.count())]
    assert "Stone setting" in labels and "3D printing" in labels
    for row in (labels.index("Casting"), labels.index("Stone setting")):
        editor.capabilities.item(row).setCheckState(Qt.CheckState.Checked)
    assert _stored(window, supplier_id).capabilities == ["casting", "stone_setting"]


@pytest.mark.parametrize("field, typed, message", [
    ("name", VICENZA, f"A supplier named '{VICENZA}' already exists"),
    ("name", "", "Supplier name is required"),
    ("country", "Italia", "“Italia” is not a country jewelbench knows"),
    ("country", "ZZ", "“ZZ” is not a country jewelbench knows"),
    ("currency", "EUO", "'EUO' is not a currency jewelbench knows"),
    ("currency", "12", "'12' is not a currency code"),
])
def test_bad_input_in_the_editor_is_refused_with_its_reason(qtbot, editor, window, field,
                                                             typed, message):
    supplier_id = editor.supplier_id
    before = _stored(window, supplier_id)
    if field == "name":
        editor.name.setText(typed)
        editor.name.editingFinished.emit()
    else:
        box = getattr(editor, field)
        box.setEditText(typed)
        box.lineEdit().editingFinished.emit()
    assert message in _say(editor)
    assert _stored(window, supplier_id) == before, "nothing stored changed"


def test_the_editor_changes_country_currency_and_notes(qtbot, editor, window):
    supplier_id = editor.supplier_id
    index = editor.country.findData("TH")
    editor.country.setCurrentIndex(index)
    editor.country.activated.emit(index)
    editor.currency.setEditText("THB")
    editor.currency.lineEdit().editingFinished.emit()
    editor.tabs.setCurrentIndex(0)
    editor.notes.setFocus()
    editor.notes.setPlainText("Bangkok office")
    editor.name.setFocus()  # leaving the notes saves them
    stored = _stored(window, supplier_id)
    assert (stored.country, stored.currency, stored.notes) == ("TH", "THB", "Bangkok office")
    editor.currency.setEditText("MNT")
    editor.currency.lineEdit().editingFinished.emit()
    assert _stored(window, supplier_id).currency == "MNT"
    assert "There is no MNT→USD exchange rate yet" in _say(editor)


def test_the_supplier_editor_is_captured(qtbot, view, window, artifacts_dir):
    _select(view, BANGKOK)
    editor = view.edit_supplier()
    qtbot.waitExposed(editor)
    assert editor.width() <= 1366 and editor.height() <= 768
    editor.tabs.setCurrentIndex(2)
    certifications = [editor.certifications.page.proxy.index(r, 3).data() for r in range(2)]
    assert certifications == ["Expires in 37 days", "Expired 85 days ago"]
    editor.grab().save(str(artifacts_dir / "supplier-editor-certifications.png"))
    editor.tabs.setCurrentIndex(4)
    lines = editor.scorecard_text.lines()
    assert "First-pass approval: 1 of 2 designs approved on the first round → 50 %" in lines
    editor.grab().save(str(artifacts_dir / "supplier-editor.png"))
    editor.close()


# --- the list: score, panel, delete, navigation ------------------------------------------------


def test_the_score_column_and_the_panel_show_the_demo_suppliers_figures(
        qtbot, view, window, artifacts_dir):
    score_column = next(c for c in range(view.model.columnCount())
                        if view.model.headerData(c, Qt.Orientation.Horizontal) == "Score")
    supplier_id = _select(view, VICENZA)
    row = view.table.currentIndex().row()
    assert view.proxy.index(row, score_column).data() == \
        "100 % first pass · 1 round · 4.5 d late"
    tooltip = view.proxy.index(row, score_column).data(Qt.ItemDataRole.ToolTipRole)
    assert "First-pass approval: 2 of 2 designs approved on the first round → 100 %" in tooltip
    panel = view.panel
    assert panel.title.text() == VICENZA
    assert panel.supplier_id == supplier_id
    lines = panel.scorecard.lines()
    assert ("Sample lead time: promised 17.5 d, took 22 d on average over 2 rounds → 4.5 d "
            "late; 0 of 2 on time") in lines
    assert any(line.startswith("Price position: 3.16× the best other quote") for line in lines)
    assert "Price position" in panel.scorecard.text(), "the explanation is on screen"
    assert "RJC Code of Practices" in panel.facts.text()
    assert "Due diligence: 5 of 5" in panel.facts.text()
    _select(view, BANGKOK)
    assert "Expired 85 days ago" in panel.facts.text()
    assert "Show &Quotes (3)" == panel.quotes_button.text()
    window.grab().save(str(artifacts_dir / "suppliers-view.png"))


def test_delete_asks_says_what_goes_with_it_and_undo_brings_everything_back(
        qtbot, view, window):
    counts = window.workspace.counts()
    supplier_id = _select(view, BANGKOK)
    box = view.delete_supplier()
    assert box.text() == f"Delete “{BANGKOK}”?"
    assert "This also deletes its 3 quotes and 4 sample rounds." in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.workspace.suppliers.id_for_name(BANGKOK) == supplier_id, "cancel keeps it"

    _select(view, BANGKOK)
    box = view.delete_supplier()
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    delete.click()
    assert window.workspace.suppliers.id_for_name(BANGKOK) is None
    after = window.workspace.counts()
    assert (after["suppliers"], after["quotes"], after["sample_rounds"]) == (
        counts["suppliers"] - 1, counts["quotes"] - 3, counts["sample_rounds"] - 4)
    assert view.model.rowCount() == counts["suppliers"] - 1
    assert BANGKOK not in [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]

    window.undo.stack.undo()
    assert window.workspace.counts() == counts, "the quotes and samples are back too"
    assert window.workspace.suppliers.id_for_name(BANGKOK) == supplier_id
    assert view.model.rowCount() == counts["suppliers"]
    window.undo.stack.redo()
    assert window.workspace.suppliers.id_for_name(BANGKOK) is None
    window.undo.stack.undo()
    assert len(window.workspace.suppliers.get(supplier_id).certifications) == 2


def test_the_delete_key_asks_too(qtbot, view, window):
    _select(view, VICENZA)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    box = view.delete_box
    assert box.isVisible() and "2 quotes and 2 sample rounds" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()


def test_the_context_menu_and_panel_lead_to_the_suppliers_quotes_and_samples(qtbot, view):
    supplier_id = _select(view, VICENZA)
    menu = view.context_menu()
    actions = {a.text().replace("&", ""): a for a in menu.actions() if a.text()}
    with qtbot.waitSignal(view.navigate) as signal:
        actions["Show Quotes"].trigger()
    assert signal.args == [ShowQuotes(supplier_id=supplier_id)]
    with qtbot.waitSignal(view.navigate) as signal:
        actions["Show Sample Rounds"].trigger()
    assert signal.args == [ShowSamples(supplier_id=supplier_id)]
    with qtbot.waitSignal(view.navigate) as signal:
        view.panel.samples_button.click()
    assert signal.args == [ShowSamples(supplier_id=supplier_id)]


def test_show_only_filters_with_a_banner_and_show_all_undoes_it(qtbot, view, window):
    vicenza = window.workspace.suppliers.id_for_name(VICENZA)
    view.show_only(supplier_id=vicenza)
    assert view.proxy.rowCount() == 1 and view.current_row().id == vicenza
    assert view.banner.isVisible() and VICENZA in view.banner_text.text()
    er007 = window.workspace.designs.id_for_code("ER-007")
    view.show_only(design_id=er007)
    assert {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())} == {
        "Jaipur Silvercraft Pvt. Ltd.", "Panyu Jinhui Jewelry Manufacturing Co., Ltd."}
    assert "ER-007" in view.banner_text.text()
    view.show_all()
    assert view.proxy.rowCount() == view.model.rowCount() == 4
    assert not view.banner.isVisible()


def test_a_read_only_workspace_offers_no_changes(qtbot, window, tmp_path, demo_path):
    from jewelbench.storage import Workspace

    window.switch_to(Workspace.open(demo_path, read_only=True))
    window.show_view("suppliers")
    view = window.suppliers
    assert not view.new_button.isEnabled() and not view.delete_button.isEnabled()
    assert view.new_supplier() is None and view.delete_supplier() is None
    _select(view, VICENZA)
    editor = view.edit_supplier()
    assert not editor.tabs.widget(0).isEnabled()
    assert "read-only" in editor.status.text()
    editor.close()


def test_delete_also_says_which_requests_for_quotation_it_is_taken_off(qtbot, view, window):
    _select(view, "Jaipur Silvercraft Pvt. Ltd.")
    box = view.delete_supplier()
    assert "This also deletes its 5 quotes and 4 sample rounds." in box.informativeText()
    assert "It is taken off 2 requests for quotation." in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    _select(view, VICENZA)
    box = view.delete_supplier()
    assert "request for quotation" not in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()


def test_the_delete_key_removes_the_selected_contact_or_certification(qtbot, window, editor):
    supplier_id = editor.supplier.id
    for section in (editor.contacts, editor.certifications):
        editor.tabs.setCurrentWidget(section)
        section.add_button.click()
        section.add_button.click()
        assert len(section.field.of(_stored(window, supplier_id))) == 2
        section.page.table.selectRow(1)
        section.page.table.setFocus()
        qtbot.keyClick(section.page.table, Qt.Key.Key_Delete)
        assert len(section.field.of(_stored(window, supplier_id))) == 1, section.field.name
