"""Deleting a quote and undoing it puts back what the quote leaves to the brand (its supplier's
metal loss and the parts the brand consigns), which is kept beside the quote (schema 4)."""

from __future__ import annotations

from decimal import Decimal

from jewelbench.storage import Workspace
from jewelbench.ui.commands import UndoController
from jewelbench.ui.quotes.commands import DeleteQuote


def test_undoing_a_quote_delete_brings_back_its_metal_loss_and_consigned_parts(qapp,
                                                                               demo_copy):
    with Workspace.open(demo_copy) as workspace:
        controller = UndoController()
        quote_id = next(s.id for s in workspace.quotes.summaries()
                        if s.reference == "Q-2026-031")  # 6 % loss, stones consigned
        terms = workspace.costing.quote_terms(quote_id)
        assert terms.supplier_metal_loss_pct == Decimal(6) and "stones" in terms.brand_supplied
        quote = workspace.quotes.get(quote_id)
        assert controller.run(DeleteQuote(workspace, quote, "Delete Q-2026-031")) is None
        assert quote_id not in {s.id for s in workspace.quotes.summaries()}
        controller.stack.undo()
        assert workspace.quotes.get(quote_id) == quote
        assert workspace.costing.quote_terms(quote_id) == terms
        controller.stack.redo()
        controller.stack.undo()
        assert workspace.costing.quote_terms(quote_id) == terms
