"""(b) Cumulative cash over 36 months: a line for in-house and each route, month by month."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import (
    QWidget,
)

from jewelbench.domain.costing import IN_HOUSE, Comparison, PreparedComparison
from jewelbench.domain.costing_figures import Figure, show
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, fill
from jewelbench.ui.costs import colours
from jewelbench.ui.costs.charts.base import Chart, Series, short_name
from jewelbench.ui.formatting import integer_text


class CashChart(Chart):
    key = "cash"

    hint_text = QT_TRANSLATE_NOOP(
        "CashChart", "Point at a line to read the cash paid by that month; click it to see the "
                     "payments.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cumulative cash over 36 months"), parent)

    def shape_of(self, comparison: Comparison) -> tuple[Any, ...]:
        return (*super().shape_of(comparison), tuple(f.route for f in comparison.cash),
                len(comparison.cash[0].cumulative))

    def build(self, comparison: Comparison, prepared: PreparedComparison) -> None:
        palette = self.palette()
        cur = comparison.currency
        self.axis_labels(self.tr("Month (0: before production starts)"),
                         fill(self.tr("Cash paid so far ({currency})"), currency=cur))
        months = len(comparison.cash[0].cumulative) - 1
        x = np.arange(months + 1, dtype=float)
        for index, flow in enumerate(comparison.cash):
            colour = colours.series_colour(palette, index)
            label = self.tr("In-house") if flow.route == IN_HOUSE else short_name(flow.route)
            item = self.plot.plot(pen=self.pen(colour, 3.0 if index == 0 else 2.2))
            self.add_key(item, label)
            self.series.append(Series(flow.route, label, x, np.zeros(0), item, colour))
        bottom = self.plot.getAxis("bottom")
        bottom.setTicks([[(m, str(m)) for m in range(0, months + 1, 6)],
                         [(m, "") for m in range(months + 1)]])
        for year_end in range(12, months + 1, 12):
            line = pg.InfiniteLine(pos=year_end, angle=90, pen=self.pen(
                colours.muted(palette), 1.0, Qt.PenStyle.DotLine))
            self.plot.addItem(line)
        self.plot.setXRange(0, months, padding=0.01)

    def refresh(self, comparison: Comparison, prepared: PreparedComparison) -> None:
        flows = {flow.route: flow for flow in comparison.cash}
        for series in self.series:
            series.y = np.array([float(v) for v in flows[series.route].cumulative])
            series.item.setData(series.x, series.y)
        top = max((float(np.max(s.y)) for s in self.series), default=1.0)
        low = min((float(np.min(s.y)) for s in self.series), default=0.0)
        self.plot.setYRange(min(0.0, low), top * 1.06 if top > 0 else 1.0, padding=0)
        self.set_title(fill(self.tr("Cash paid out, month by month, at {volume} pieces a year"),
                            volume=integer_text(comparison.volume)))

    def pick(self, point: QPointF, scene_pos: QPointF
             ) -> tuple[str, Figure | None, QPointF] | None:
        assert self._drawn is not None
        comparison, _prepared = self._drawn
        months = len(comparison.cash[0].cumulative) - 1
        month = max(0, min(months, round(point.x())))
        series = self.nearest_series(month, scene_pos)
        if series is None:
            return None
        return self.text_at(series.route, month)

    def text_at(self, route: str, month: int) -> tuple[str, Figure, QPointF]:
        assert self._drawn is not None
        comparison, _prepared = self._drawn
        flow = next(f for f in comparison.cash if f.route == route)
        figure = flow.at(month)
        name = self.tr("In-house") if route == IN_HOUSE else route
        text = fill(self.tr("{name}, month {month}: {figure} paid so far ({monthly} that month)"),
                    name=name, month=str(month), figure=show(
                     figure.value, comparison.currency),
                    monthly=show(flow.monthly[month], comparison.currency))
        return text, figure, QPointF(month, float(figure.value))
