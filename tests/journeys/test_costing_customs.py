"""Journey (issue 15, items 3 and 4): a brand in Oslo imports a silver band from Thailand and
pays duty on the value the law names. From an empty workspace, through the window only: the
design with its BOM, the supplier, its FOB quote with a 3,500 THB mould fee, the stones ticked
as supplied by the brand (consigned), the scenario and the prices; then Landed Costs: Norway
as the importing country (CIF, 25 % MVA), 2.5 % duty on the country's basis, the forwarder to
the border and the van inland apart. The comparison and `jewelbench compare --json` show the
duty on the customs value with the assists in it; fee life, VAT and a country with no known
basis are refused beside their fields when wrong, and nothing is stored.

Worked by hand (docs/costing.md, "Worked example: customs value with assists"), 300 pieces a
year, 1 THB = 0.0285 USD, one shipment a year:

    goods                     300 × 940 THB × 0.0285          =  8,037.00 USD
    supplier freight          2,800 THB × 0.0285               =     79.80
    freight to the border     79.80 + your forwarder 150.00    =    229.80  (in a CIF value)
    inland freight            40.00                                          (not dutiable)
    assists, fees             3,500 THB × 0.0285 ÷ 3 years     =     33.25  (the sample fee is
                                                                             refunded: none)
    assists, materials        300 × 3 stones × 2.50            =  2,250.00  (the gift box is
                                                                             packed after import)
    customs value (CIF)       8,037.00 + 33.25 + 2,250.00 + 229.80 = 10,550.05
    duty                      2.5 % × 10,550.05                =    263.75125 → 263.75
                              (without the assists: 2.5 % × 8,266.80 = 206.67)
    import VAT                25 % × (10,550.05 + 263.75125 + 40) = 2,713.4503125 → 2,713.45
                              reclaimed (VAT-registered): not in the year's cost
    materials you supply      300 × (7.50 stones + 1.80 box)   =  2,790.00
    development fees          99.75 ÷ 3                        =     33.25
    freight                   229.80 + 40.00                   =    269.80
    year                      8,037.00 + 2,790.00 + 33.25 + 269.80 + 263.75125 = 11,393.80125
                              → 11,393.80 USD, 37.98 a piece
    not VAT-registered        + 2,713.4503125 = 14,107.2515625 → 14,107.25 USD
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from steps import (
    DESIGN_CODE,
    SCENARIO,
    choose,
    cli_compare,
    click,
    enter_prices_and_rates,
    open_comparison,
    type_into,
)

from jewelbench.domain.costing_figures import Component

# They start another program (see the integration marker in pyproject.toml).
pytestmark = pytest.mark.integration

VOLUME = 300


def _tick_consigned_stones(road, quote_id: int) -> None:
    """Sourcing ▸ Quotes ▸ the quote ▸ Edit…: the stones are ours, handed to the setter."""
    window, qtbot = road.window, road.qtbot
    window.view_actions[2].trigger()  # View ▸ Quotes
    quotes = window.quotes
    assert quotes.select(quote_id)
    click(qtbot, quotes.edit_button)
    editor = quotes.editor
    qtbot.waitExposed(editor)
    editor.consigned["stones"].click()
    assert editor.consigned["stones"].isChecked() and editor.consigned["packaging"].isChecked()
    click(qtbot, editor.save_button)
    assert not editor.isVisible(), editor.problem.text()
    assert road.workspace.costing.quote_terms(quote_id).brand_supplied == {"stones",
                                                                           "packaging"}


def _set_volume(road, view, volume: int) -> None:
    qtbot = road.qtbot
    spin = view.controls.volume
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(volume))
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    view.wait()


def _supplier_cost(view):
    (route,) = view.comparison.routes
    return route


def test_duty_is_charged_on_the_customs_value_with_the_assists(road, monkeypatch):
    road.set_brand_profile()
    road.create_design_with_bom()
    road.issue_tech_pack()
    supplier_id = road.add_supplier()
    quote_id = road.enter_quote()
    _tick_consigned_stones(road, quote_id)
    road.create_scenario()
    open_comparison(road)
    enter_prices_and_rates(road)
    window, qtbot = road.window, road.qtbot
    view = window.costs.comparison
    _set_volume(road, view, VOLUME)
    assert view.problem == "", view.problem

    # Landed Costs…: the importing country first, then this supplier's terms.
    click(qtbot, view.terms_button)
    editor = view.dialog
    qtbot.waitExposed(editor)
    assert editor.supplier_id == supplier_id
    group = editor.customs_group
    # A country jewelbench has no basis for, while this supplier follows the country's rule:
    # refused beside the field, nothing stored.
    type_into(qtbot, group.country, "BR", enter=False)
    group.country.lineEdit().editingFinished.emit()
    assert group.country_error.isVisible()
    assert "does not know whether BR values imports CIF or FOB" in group.country_error.text()
    assert road.workspace.costing.customs_settings().country == ""
    choose(qtbot, group.country, "Norway")
    assert not group.country_error.isVisible()
    settings = road.workspace.costing.customs_settings()
    assert (settings.country, settings.effective_vat_pct, settings.vat_registered) == (
        "NO", Decimal(25), True)
    # A negative VAT rate: refused beside the field, the 25 % stays.
    type_into(qtbot, group.vat.edit, "-5", enter=False)
    group.vat.edit.editingFinished.emit()
    assert group.vat.error.isVisible() and "at least 0" in group.vat.error.text()
    assert road.workspace.costing.customs_settings().vat_pct is None
    group.vat.set_value(None)
    assert editor.customs.currentData() == "country"
    assert "CIF" in editor.customs.currentText() and "Norway" in editor.customs.currentText()
    for name, text in (("duty_pct", "2.5"), ("freight_per_shipment", "150"),
                       ("inland_freight_per_shipment", "40")):
        assert editor.set_field(name, text), editor.status.text()
    terms = road.workspace.costing.landed_terms(supplier_id)
    assert (terms.customs_basis.value, terms.basis_source, terms.duty_pct,
            terms.freight_per_shipment, terms.inland_freight_per_shipment) == (
        "cif", "Norway's rule", Decimal("2.5"), Decimal(150), Decimal(40))
    road.snap("landed-costs-customs", editor)
    editor.close()
    view.wait()

    # The comparison: duty on the customs value with the mould fee ÷ 3 and the stones.
    cost = _supplier_cost(view)
    assert cost.component(Component.DUTY).value == Decimal("263.75125")
    assert cost.component(Component.FEES).value == Decimal("33.25")
    assert cost.component(Component.FREIGHT).value == Decimal("269.80")
    assert cost.total.value == Decimal("11393.80125")
    assert Component.IMPORT_VAT not in cost.keys, "reclaimed: cash, not a cost"
    shown = view.customs.accessibleName()
    assert view.customs.isVisible()
    for words in ("CIF basis, Norway's rule", "customs value 10,550.05 USD",
                  "assists 2,283.25 USD", "÷ 3 years 33.25 USD",
                  "materials you supply 2,250.00 USD", "duty 263.75 USD",
                  "inland freight 40.00 USD not dutiable",
                  "= 2,713.45 USD a year, paid at import and reclaimed",
                  "WTO Customs Valuation Agreement Art. 8.1(b)"):
        assert words in shown, (words, shown)
    road.snap("comparison-customs")

    # The same from the command line, exact.
    answer = cli_compare(road.workspace.path, "--design", DESIGN_CODE, "--scenario",
                         SCENARIO, "--date", road.today.isoformat(), "--volume", str(VOLUME))
    route = next(r for r in answer["routes"] if r["kind"] == "outsourced")
    customs = route["customs"]
    assert (customs["basis"], customs["basis_source"]) == ("cif", "Norway's rule")
    assert "WTO Customs Valuation Agreement Art. 8.1(b)" in customs["rule"]
    assert "EU UCC Art. 72(a)" in customs["rule"]
    assert customs["customs_value"]["value"] == "10550.05"
    assert customs["assists"]["value"] == "2283.25"
    assert customs["duty"]["value"] == "263.75125"
    assert customs["duty"]["rounded"] == "263.75"
    assert customs["import_vat"]["value"] == "2713.4503125"
    assert customs["vat_reclaimed"] is True
    assert customs["fee_life_years"] == 3
    assert route["total"]["value"] == "11393.80125"
    assert "fee ÷ 3 years of the design's life; the break-evens use that yearly charge" \
        in answer["fees"]

    # Not VAT-registered: the import VAT becomes a cost of the route.
    click(qtbot, view.terms_button)
    editor = view.dialog
    qtbot.waitExposed(editor)
    editor.customs_group.registered.click()
    assert road.workspace.costing.customs_settings().vat_registered is False
    editor.close()
    view.wait()
    cost = _supplier_cost(view)
    assert cost.component(Component.IMPORT_VAT).value == Decimal("2713.4503125")
    assert cost.total.value == Decimal("14107.2515625")
    window.undo.stack.undo()  # Edit ▸ Undo: registered again
    view.wait()
    assert _supplier_cost(view).total.value == Decimal("11393.80125")

    # The design's fee life: 0 years is refused beside the field; 5 years is stored.
    fee_life = view.fee_life
    assert not fee_life.set_years("0")
    assert "must be at least 1 year" in fee_life.field.error.text()
    assert road.workspace.costing.fee_life("design", road.workspace.designs.id_for_code(
        DESIGN_CODE)) is None
    assert fee_life.set_years("5")
    view.wait()
    # 99.75 ÷ 5 = 19.95 a year, and the same share in the customs value:
    # 2.5 % × (8,037.00 + 19.95 + 2,250.00 + 229.80) = 2.5 % × 10,536.75 = 263.41875
    cost = _supplier_cost(view)
    assert cost.component(Component.FEES).value == Decimal("19.95")
    assert cost.component(Component.DUTY).value == Decimal("263.41875")
    road.no_message_box()
