"""Following a navigation target (ui/navigation.py): from one record to those related to it.

`follow` is what the main window's `navigate` does with each kind of target: a section shown
for a design or supplier, a tech pack opened at a revision, a dialog opened (an RFQ, a quote,
a sample request, Update Prices…). It returns what it opened or showed, for tests to use.
"""

from __future__ import annotations

from typing import Any, assert_never

from jewelbench.ui.navigation import (
    CompareCosts,
    CompareQuotes,
    EnterPrices,
    ImportPrices,
    NewQuote,
    NewRfq,
    OpenRfqs,
    OpenTechPack,
    RequestSample,
    ShowQuotes,
    ShowSamples,
    ShowSuppliers,
    Target,
)
from jewelbench.ui.window.shell import Shell


def follow(window: Shell, target: Target) -> Any:
    match target:
        case OpenRfqs(design_id=design_id):
            from jewelbench.ui.rfqs import open_rfqs

            window.rfq_dialog = open_rfqs(window, window.workspace, window.undo, window.settings,
                                          design_id=design_id)
            return window.rfq_dialog
        case NewRfq(design_id=design_id):
            from jewelbench.ui.rfqs import new_rfq

            window.rfq_dialog = new_rfq(window, window.workspace, window.undo, window.settings,
                                        design_id=design_id)
            return window.rfq_dialog
        case EnterPrices(metal=metal, currency=currency, on=on):
            return window.show_price_form(metal, currency, on)
        case ImportPrices():
            return window.import_prices()
        case CompareCosts(design_id=design_id):
            window.show_view("costs")
            window.costs.setCurrentWidget(window.costs.comparison)
            if design_id is not None:
                window.costs.comparison.choose("design", design_id)
            return window.costs.comparison
        case RequestSample(design_id=design_id):
            window.show_view("samples")
            if design_id is not None:
                window.samples.show_only(design_id=design_id)
            return window.samples.request_sample()
        case NewQuote(design_id=design_id):
            _show_quotes_of(window, design_id)
            return window.quotes.new_quote()
        case CompareQuotes(design_id=design_id):
            _show_quotes_of(window, design_id)
            return window.quotes.compare(design_id=design_id)
        case ShowQuotes(design_id=design_id, supplier_id=supplier_id):
            return _show_only(window, "quotes", design_id, supplier_id)
        case ShowSamples(design_id=design_id, supplier_id=supplier_id):
            return _show_only(window, "samples", design_id, supplier_id)
        case ShowSuppliers(design_id=design_id, supplier_id=supplier_id):
            return _show_only(window, "suppliers", design_id, supplier_id)
        case OpenTechPack(design_id=design_id, revision_id=revision_id):
            return _open_tech_pack(window, design_id, revision_id)
        case _:
            assert_never(target)


def _show_only(window: Shell, key: str, design_id: int | None, supplier_id: int | None) -> Any:
    """The section shown, narrowed to a design's or a supplier's records."""
    window.show_view(key)
    view = window.view(key)
    view.show_only(design_id=design_id, supplier_id=supplier_id)
    return view


def _show_quotes_of(window: Shell, design_id: int | None) -> None:
    window.show_view("quotes")
    if design_id is not None:
        window.quotes.show_only(design_id=design_id)


def _open_tech_pack(window: Shell, design_id: int, revision_id: int | None) -> Any:
    """The design selected in its section and its tech pack opened, at the revision."""
    window.show_view("designs")
    window.designs.select(design_id)
    editor = window.designs.open_tech_pack(design_id)
    if editor is not None and revision_id is not None:
        label = next((r.revision for r in editor.revisions if r.id == revision_id), None)
        if label is not None:
            editor.reload(select=label)
    return editor
