"""Under the comparison's verdict: for each route, what duty is charged on and why — the basis
and where it comes from, the customs value with its assists, the duty, and the import VAT
(reclaimed, or a cost) — the same sentences `jewelbench compare` prints (reports'
customs_lines)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from jewelbench.domain.costing import Comparison
from jewelbench.reports.comparison_customs import customs_lines


def customs_label() -> QLabel:
    label = QLabel()
    label.setObjectName("customsSummary")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_customs(label: QLabel, comparison: Comparison) -> None:
    lines = [line.strip() for line in customs_lines(comparison) if line.strip()]
    if not lines:
        label.clear()
        label.hide()
        return
    head, *rest = lines
    label.setText(f"<b>{html.escape(head)}</b><br>" + "<br>".join(
        html.escape(line) for line in rest))
    label.setAccessibleName(" ".join(lines))
    label.setToolTip(label.tr("Customs value by WTO Customs Valuation Agreement Art. 1 and 8"))
    label.show()
