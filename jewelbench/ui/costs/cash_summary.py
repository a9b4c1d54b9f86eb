"""The comparison view's cash line (issue 15, item 7): the present value of each route's cash
over the cash view's months at the scenario's cost of capital, and the month in-house pays back
against each route (docs/costing.md, "Cost of capital")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from jewelbench.domain.costing import Comparison
from jewelbench.domain.costing_figures import show, show_pct
from jewelbench.domain.messages import fill
from jewelbench.ui.i18n import say


class CashSummary(QLabel):
    """Present values and paybacks, in a few words under the verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cashSummary")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(self.tr(
            "Present value: Σ the cash paid in month t ÷ (1 + cost of capital ÷ 12)^t, month 0 "
            "undiscounted. Payback: the month from which the cumulative cash that is lower at "
            "the last month stays lower. The cost of capital is the scenario's (Recovery, "
            "Capital, Benches)."))
        self.hide()

    def show_comparison(self, comparison: Comparison) -> None:
        flows = comparison.cash
        if not flows:
            self.hide()
            return
        last = len(flows[0].cumulative) - 1
        values = " · ".join(
            fill(self.tr("{route} {present_value}"), route=flow.route,
                 present_value=show(flow.present_value.value, flow.currency)) for flow in flows)
        lines = [fill(self.tr("Cash over {months} months, present value at {rate} a year: "
                              "{routes}"),
                      months=str(last), rate=show_pct(flows[0].rate_pct), routes=values)]
        lines += [say(found.describe_message()) + "." for found in comparison.paybacks]
        self.setText("\n".join(lines))
        self.show()
