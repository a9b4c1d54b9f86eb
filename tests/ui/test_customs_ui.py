"""Landed Costs' customs fields (issue 15, item 3) on the demo, which imports into the UK:
the importing country, import VAT and VAT registration on top, each supplier's basis following
the country or its own choice, inland freight apart. Each change is one undo step; each bad
value is refused beside its field with the reason, and nothing is stored."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

from jewelbench.domain.customs import CustomsSettings

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def _editor(window, qtbot):
    window.show_view("costs")
    view = window.costs.comparison
    view.wait()
    editor = view.edit_terms()
    qtbot.waitExposed(editor)
    return view, editor


def test_the_demo_imports_into_the_uk_and_each_supplier_follows_it(window, qtbot):
    workspace = window.workspace
    _view, editor = _editor(window, qtbot)
    group = editor.customs_group
    assert group.country.currentData() == "GB"
    assert group.vat.edit.text() == "" and "20 %" in group.vat.edit.placeholderText()
    assert group.registered.isChecked()
    assert editor.customs.currentData() == "country"
    assert "CIF (United Kingdom's rule)" in editor.customs.currentText()
    assert editor.fields["inland_freight_per_shipment"].edit.text() == "35"
    editor.grab().save(str(ARTIFACTS / "costs-landed-terms-customs.png"))
    # A supplier's own basis, then back to the country's: two undo steps.
    supplier = editor.supplier_id
    editor.customs.setCurrentIndex(editor.customs.findData("fob"))
    editor.customs.activated.emit(editor.customs.currentIndex())
    terms = workspace.costing.landed_terms(supplier)
    assert (terms.customs_basis.value, terms.basis_source) == ("fob",
                                                               "your choice for this supplier")
    assert "CIF (United Kingdom's rule)" in editor.customs.itemText(0), "the country's, still"
    window.undo.stack.undo()
    assert workspace.costing.landed_terms(supplier).basis_from_country
    assert editor.customs.currentData() == "country"
    editor.close()


def test_bad_customs_values_are_refused_beside_their_fields(window, qtbot):
    workspace = window.workspace
    view, editor = _editor(window, qtbot)
    group = editor.customs_group
    before = workspace.costing.customs_settings()
    # Every supplier follows the UK's rule: a country with no known basis is refused.
    group.country.setEditText("BR")
    group.country.lineEdit().editingFinished.emit()
    assert group.country_error.isVisible()
    assert "does not know whether BR values imports CIF or FOB" in group.country_error.text()
    assert "Not saved" in editor.status.text()
    assert workspace.costing.customs_settings() == before
    # Not a country at all.
    group.country.setEditText("Atlantis")
    group.country.lineEdit().editingFinished.emit()
    assert "“Atlantis” is not a country" in group.country_error.text()
    # VAT above 100 % or below 0: refused beside the field.
    for text, reason in (("101", "at most 100"), ("-1", "at least 0")):
        group.vat.edit.setText(text)
        group.vat.edit.editingFinished.emit()
        assert group.vat.error.isVisible() and reason in group.vat.error.text(), text
    assert workspace.costing.customs_settings() == before
    # Negative inland freight: refused by the field itself.
    supplier = editor.supplier_id
    assert not editor.set_field("inland_freight_per_piece", "-1")
    assert editor.fields["inland_freight_per_piece"].error.isVisible()
    assert workspace.costing.landed_terms(supplier).inland_freight_per_piece == Decimal(0)
    editor.close()


def test_a_supplier_cannot_follow_a_country_with_no_known_basis(window, qtbot):
    workspace = window.workspace
    costing = workspace.costing
    # Every supplier gets its own basis, so Brazil (whose basis jewelbench does not know) can be
    # the importing country: it only gives the VAT rate then.
    for supplier in workspace.suppliers.names():
        terms = costing.landed_terms(supplier)
        costing.set_landed_terms(supplier, dataclasses.replace(
            terms, basis_from_country=False, supplier_metal_loss_pct=Decimal(0),
            brand_supplied=frozenset({"packaging"})))
    _view, editor = _editor(window, qtbot)
    group = editor.customs_group
    group.country.setEditText("br")
    group.country.lineEdit().editingFinished.emit()
    assert not group.country_error.isVisible(), group.country_error.text()
    assert costing.customs_settings() == CustomsSettings("BR", None, True)
    supplier = editor.supplier_id
    stored = costing.landed_terms(supplier)
    editor.customs.setCurrentIndex(0)  # "Your importing country's rule"
    editor.customs.activated.emit(0)
    assert editor.customs_error.isVisible()
    assert "does not know whether BR" in editor.customs_error.text()
    assert costing.landed_terms(supplier) == stored  # nothing stored
    window.undo.stack.undo()  # the country back to the UK
    assert costing.customs_settings().country == "GB"
    assert group.country.currentData() == "GB"
    editor.close()


def test_a_plans_fee_life_is_saved_with_the_plan_and_0_years_is_refused(window, qtbot):
    workspace = window.workspace
    window.show_view("costs")
    view = window.costs.comparison
    view.wait()
    plans_before = workspace.costing.plans()
    editor = view.new_plan()
    qtbot.keyClicks(editor.name, "Capsule with moulds")
    code = sorted(workspace.designs.codes())[0]
    editor.picker.edit.setText(code)
    assert editor.add_typed(), editor.status.text()
    editor.fee_life.edit.setText("0")
    assert editor.save() is None
    assert editor.fee_life.error.isVisible()
    assert "must be at least 1 year" in editor.fee_life.error.text()
    assert "Not saved" in editor.status.text()
    assert workspace.costing.plans() == plans_before  # nothing stored
    editor.fee_life.edit.setText("4")
    plan_id = editor.save()
    assert plan_id is not None
    assert workspace.costing.fee_life("plan", plan_id) == 4
    view.wait()
    assert view.fee_life.field.edit.text() == "4", "the comparison shows the plan's life"
    (route, *_rest) = view.setup.routes or [None]
    if route is not None:
        assert route.terms.fee_life_years == 4
    editor = view.edit_plan()
    assert editor.fee_life.edit.text() == "4"
    editor.fee_life.edit.setText("")
    assert editor.save() == plan_id
    assert workspace.costing.fee_life("plan", plan_id) is None  # the default, 3
    window.undo.stack.undo()
    assert workspace.costing.fee_life("plan", plan_id) == 4


def test_a_designs_fee_life_is_set_in_its_editor_and_undone(window, qtbot):
    from jewelbench.ui.designs.editor import DesignEditor

    workspace = window.workspace
    design_id = workspace.designs.id_for_code(sorted(workspace.designs.codes())[0])
    editor = DesignEditor(workspace, design_id, window.undo, window.settings, window)
    qtbot.addWidget(editor)
    editor.show()
    editor.resize(900, 640)
    editor.grab().save(str(ARTIFACTS / "design-editor-fee-life.png"))
    field = editor.fee_life
    assert field.field.edit.text() == "" and field.field.edit.placeholderText() == "3"
    assert not field.set_years("0")
    assert "must be at least 1 year" in field.field.error.text()
    assert workspace.costing.fee_life("design", design_id) is None
    assert field.set_years("2")
    assert workspace.costing.fee_life("design", design_id) == 2
    window.undo.stack.undo()
    assert workspace.costing.fee_life("design", design_id) is None
    assert field.field.edit.text() == "", "the field follows the undo"
    editor.close()
