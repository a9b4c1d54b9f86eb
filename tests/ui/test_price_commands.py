"""The one command behind every price change: added, changed and deleted rows in one step,
undone in one transaction and redone under the same ids."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate, MetalPrice
from jewelbench.ui.commands import UndoController
from jewelbench.ui.costs.price_commands import ChangePrices, delete_price, edit_price

DAY = dt.date(2026, 12, 4)


def _state(ws):
    return ([(p.id, p.metal, p.price_date, p.price_per_troy_oz) for p in ws.prices.metal_prices()],
            [(r.id, r.from_currency, r.rate_date, r.rate) for r in ws.prices.fx_rates()])


def test_a_mixed_change_is_one_step_that_undoes_and_redoes_whole(qapp, make_workspace):
    ws = make_workspace()
    gold_id = ws.prices.add_metal_price(MetalPrice("gold", DAY, Money.of("2950", "USD")))
    old_id = ws.prices.add_fx_rate(FxRate(DAY, "EUR", "USD", Decimal("1.08")))
    before = _state(ws)
    gold = ws.prices.metal_price(gold_id)
    controller = UndoController()
    command = ChangePrices(
        ws, "Update prices", added=[MetalPrice("silver", DAY, Money.of("31.5", "USD")),
                                    FxRate(DAY, "THB", "USD", Decimal("0.0285"))],
        changed=[(gold, MetalPrice("gold", DAY, Money.of("2960", "USD"), id=gold_id))],
        deleted=[ws.prices.fx_rate(old_id)])
    assert controller.run(command) is None
    after = _state(ws)
    assert controller.stack.count() == 1
    assert ws.prices.metal_price(gold_id).price_per_troy_oz.amount == Decimal("2960")
    assert [r.from_currency for r in ws.prices.fx_rates()] == ["THB"]
    assert command.affected() is None, "several rows: the views read them all again"
    controller.stack.undo()
    assert _state(ws) == before
    controller.stack.redo()
    assert _state(ws) == after, "redo puts every row back under the same id"


def test_a_refused_change_leaves_nothing_and_no_step(qapp, make_workspace):
    ws = make_workspace()
    ws.prices.add_metal_price(MetalPrice("gold", DAY, Money.of("2950", "USD")))
    other = ws.prices.metal_price(ws.prices.add_metal_price(
        MetalPrice("gold", dt.date(2026, 12, 3), Money.of("2940", "USD"))))
    before = _state(ws)
    controller = UndoController()
    reason = controller.run(ChangePrices(
        ws, "Update prices", added=[MetalPrice("silver", DAY, Money.of("31.5", "USD"))],
        changed=[(other, MetalPrice("gold", DAY, Money.of("1", "USD"), id=other.id))]))
    assert reason == "There is already a gold price in USD for 2026-12-04"
    assert _state(ws) == before, "the silver price added first is rolled back too"
    assert controller.stack.count() == 0


def test_edit_and_delete_of_one_row_name_it(qapp, make_workspace):
    ws = make_workspace()
    rate = ws.prices.fx_rate(ws.prices.add_fx_rate(FxRate(DAY, "EUR", "NOK",
                                                          Decimal("11.7"))))
    controller = UndoController()
    edit = edit_price(ws, rate, FxRate(DAY, "EUR", "NOK", Decimal("11.74")), "Edit rate")
    assert controller.run(edit) is None
    assert edit.affected() == FxRate(DAY, "EUR", "NOK", Decimal("11.74"))
    assert edit.affected().id == rate.id
    assert controller.run(delete_price(ws, ws.prices.fx_rate(rate.id), "Delete")) is None
    assert ws.prices.fx_rates() == []
    controller.stack.undo()
    assert ws.prices.fx_rate(rate.id).rate == Decimal("11.74")
    controller.stack.undo()
    assert ws.prices.fx_rate(rate.id).rate == Decimal("11.7")
