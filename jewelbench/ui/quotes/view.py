"""Quotes: every supplier quote with its price tiers; expired ones are marked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from jewelbench.storage import Workspace
from jewelbench.storage.quotes import QuoteSummary
from jewelbench.ui.formatting import amount_text, date_text, decimal_text
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import Column


class QuotesView(ListPage):
    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        self._today = today or dt.date.today()
        columns: list[Column[QuoteSummary]] = [
            Column(self.tr("Design"), lambda q: q.design_code,
                   tooltip=lambda q: q.design_name),
            Column(self.tr("Supplier"), lambda q: q.supplier),
            Column(self.tr("Reference"), lambda q: q.reference),
            Column(self.tr("Quoted"), lambda q: date_text(q.quoted_on),
                   sort_key=lambda q: q.quoted_on),
            Column(self.tr("Valid until"), self._validity,
                   sort_key=lambda q: q.valid_until, emphasis=self._expired),
            Column(self.tr("MOQ"), lambda q: f"{q.moq:,}", sort_key=lambda q: q.moq,
                   numeric=True),
            Column(self.tr("Price tiers (qty: unit price)"), self._tiers,
                   sort_key=lambda q: q.tiers[0][1] if q.tiers else None,
                   tooltip=lambda q: "\n".join(
                       self.tr("from %1 pieces: %2").replace("%1", f"{qty:,}").replace(
                           "%2", amount_text(price, q.currency)) for qty, price in q.tiers)),
            Column(self.tr("Development"), lambda q: amount_text(q.development_cost, q.currency),
                   sort_key=lambda q: q.development_cost, numeric=True,
                   tooltip=lambda q: self.tr("CAD, mould, tooling and sample fees")),
            Column(self.tr("Incoterm"), lambda q: q.incoterm),
            Column(self.tr("Lead time"), lambda q: self.tr("%1 days").replace(
                "%1", str(q.production_lead_time_days))
                if q.production_lead_time_days is not None else "",
                sort_key=lambda q: q.production_lead_time_days, numeric=True),
        ]
        super().__init__("quotes", self.tr("Quotes"), columns,
                         self.tr("No quotes yet. Quotes from suppliers, with their price tiers "
                                 "and fees, appear here."), parent)

    def _expired(self, quote: QuoteSummary) -> bool:
        return quote.is_expired(self._today)

    def _validity(self, quote: QuoteSummary) -> str:
        text = date_text(quote.valid_until)
        return self.tr("%1 (expired)").replace("%1", text) if self._expired(quote) else text

    @staticmethod
    def _tiers(quote: QuoteSummary) -> str:
        return " · ".join(f"{qty:,}: {decimal_text(price, 2)}" for qty, price in quote.tiers) \
            + f"  {quote.currency}"

    def load(self, workspace: Workspace) -> None:
        rows = workspace.quotes.summaries()
        expired = sum(1 for q in rows if self._expired(q))
        designs = len({q.design_code for q in rows})
        self.set_rows(rows, self.tr("%1 quotes for %2 designs, %3 expired").replace(
            "%1", str(len(rows))).replace("%2", str(designs)).replace("%3", str(expired)))
