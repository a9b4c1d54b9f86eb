"""Under the comparison's verdict: for each route, what duty is charged on and why — the basis
and where it comes from, the customs value with its assists, the duty, and the import VAT
(reclaimed, or a cost) — the same sentences `jewelbench compare` prints (reports'
customs_lines)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from jewelbench.domain.costing import Comparison
from jewelbench.domain.costing_figures import show
from jewelbench.domain.costing_outsourced import Customs
from jewelbench.domain.messages import fill
from jewelbench.reports.comparison_customs import customs_lines

translate = QCoreApplication.translate


def customs_label() -> QLabel:
    label = QLabel()
    label.setObjectName("customsSummary")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def short_line(customs: Customs) -> str:
    """One route's customs in one line; the whole text (with the rule) is the tooltip."""
    money = customs.currency
    if customs.ddp:
        return fill(translate("costs", "{route}: DDP, the supplier pays duty and import VAT"),
                    route=customs.route)
    vat = (translate("costs", "reclaimed") if customs.vat_registered
           else translate("costs", "a cost: not VAT-registered"))
    return fill(translate("costs", "{route}: {basis} basis ({source}) · customs value {value} "
                                   "incl. assists {assists} · duty {duty} · import VAT {vat}, "
                                   "{vat_is}"),
                route=customs.route, basis=customs.basis.value.upper(),
                source=customs.basis_source, value=show(customs.value, money),
                assists=show(customs.assists, money), duty=show(customs.duty, money),
                vat=show(customs.vat, money), vat_is=vat)


def show_customs(label: QLabel, comparison: Comparison) -> None:
    lines = [line.strip() for line in customs_lines(comparison) if line.strip()]
    if not lines:
        label.clear()
        label.hide()
        return
    lives = sorted({c.fee_life_years for c in comparison.customs})
    fees = (translate("costs", "One-time fees: fee ÷ 1 year, the charge the break-even uses; the "
                               "cash pays each fee once.") if lives == [1] else
            fill(translate("costs", "One-time fees: fee ÷ {years} years a year, the charge the "
                                    "break-even uses; the cash pays each fee once."),
                 years=" / ".join(map(str, lives))))
    label.setText(fill(translate("costs", "<b>Customs:</b> {lines}"),
                       lines="<br>".join(
             html.escape(short_line(c)) for c in comparison.customs)) + "<br>" + html.escape(fees))
    label.setAccessibleName(" ".join(lines))
    label.setToolTip("\n".join(lines))
    label.show()
