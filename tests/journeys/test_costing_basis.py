"""Fixed-cost basis and margin from an empty workspace, through the window (issue 15, items 2
and 11): a design with its BOM and retail price, a supplier's quote, an in-house scenario from
the seed figures, the prices; then Make or Buy on the design: the view says the fixed costs
are allocated (its share of the workshop, by bench minutes over the active designs), switching
to stand-alone carries the whole workshop, and the margin line sets each route's cost per piece
against the wholesale price (retail 185 × 0.5 = 92.50 USD), flagging a loss."""

from __future__ import annotations

from steps import choose, enter_prices_and_rates, open_comparison

from jewelbench.domain.costing import IN_HOUSE


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
    assert "wholesale 92.50 USD (retail × 0.5)" in margins, margins
    assert "retail 185.00 USD" in margins

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
        assert "loses money" in panel.margins.text()
        assert any(text.startswith("⚠ RG-") or "loses money" in text for text in alone.losses)
    road.snap("comparison-basis-margin", view)
    road.no_message_box()
