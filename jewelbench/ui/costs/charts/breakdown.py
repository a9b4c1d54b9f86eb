"""(c) Cost per piece by component: a stacked bar for in-house and each route."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import (
    QWidget,
)

from jewelbench.domain.costing import IN_HOUSE, Comparison, PreparedComparison
from jewelbench.domain.costing_figures import COMPONENT_LABELS, Component, Figure, show
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, fill
from jewelbench.ui.costs import colours
from jewelbench.ui.costs.charts.base import Chart, short_name
from jewelbench.ui.formatting import integer_text


class BreakdownChart(Chart):
    key = "breakdown"
    BAR_WIDTH = 0.56

    hint_text = QT_TRANSLATE_NOOP(
        "BreakdownChart", "Point at a part of a bar to read it; click it to see how it is made.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cost per piece by component"), parent)
        self.side_legend = pg.LegendItem(offset=None, verSpacing=-6, frame=False)
        self.view.addItem(self.side_legend, row=2, col=1)
        self.view.ci.layout.setAlignment(self.side_legend, Qt.AlignmentFlag.AlignTop)
        self.stacks: list[list[tuple[Component, float, float, Figure]]] = []  # per bar
        self.routes: list[str] = []
        self.bars: list[Any] = []
        self.total_labels: list[Any] = []

    def reset_plot(self) -> None:
        super().reset_plot()
        legend = getattr(self, "side_legend", None)
        if legend is not None:
            legend.clear()

    @staticmethod
    def _order(comparison: Comparison) -> list[Component]:
        """The components in the bars, bottom up: those any route pays."""
        order: list[Component] = []
        for cost in (comparison.in_house, *comparison.routes):
            for key, figure in zip(cost.keys, cost.per_piece_components):
                if key not in order and figure.value != 0:
                    order.append(key)
        return order

    def shape_of(self, comparison: Comparison) -> tuple[Any, ...]:
        return (*super().shape_of(comparison), tuple(self._order(comparison)))

    def build(self, comparison: Comparison, prepared: PreparedComparison) -> None:
        palette = self.palette()
        fg, bg, cur = colours.foreground(palette), colours.background(palette), \
            comparison.currency
        self.axis_labels("", fill(self.tr("Cost per piece ({currency})"), currency=cur))
        costs = (comparison.in_house, *comparison.routes)
        self.routes = [c.route for c in costs]
        x = np.arange(len(costs), dtype=float)
        zeros = np.zeros(len(costs))
        edge = pg.mkPen(bg, width=1)
        self.bars = []
        legend = self.side_legend
        legend.setLabelTextColor(fg)
        for key in self._order(comparison):
            colour = colours.component_colour(palette, key)
            bar = pg.BarGraphItem(x=x, height=zeros, y0=zeros, width=self.BAR_WIDTH,
                                  brush=pg.mkBrush(colour), pen=edge,
                                  name=COMPONENT_LABELS.get(key, str(key)))
            self.plot.addItem(bar)
            self.bars.append((key, bar))
        for key, bar in reversed(self.bars):  # the legend reads top down, as the stacks do
            legend.addItem(bar, self.tr(COMPONENT_LABELS.get(key, str(key))))
        self.total_labels = []
        for index in range(len(costs)):
            label = self.text_item("", fg, (0.5, 1.1), bold=True)
            label.setPos(float(index), 0.0)
            self.plot.addItem(label)
            self.total_labels.append(label)
        names = [self.tr("In-house") if c.route == IN_HOUSE else short_name(c.route, 28)
                 for c in costs]
        bottom_axis = self.plot.getAxis("bottom")
        bottom_axis.setTicks([[(float(i), n) for i, n in enumerate(names)], []])
        self.plot.showGrid(x=False, y=True, alpha=0.18)
        self.plot.setXRange(-0.6, len(costs) - 0.4, padding=0)

    def refresh(self, comparison: Comparison, prepared: PreparedComparison) -> None:
        cur = comparison.currency
        costs = (comparison.in_house, *comparison.routes)
        self.stacks = [[] for _ in costs]
        bottoms = np.zeros(len(costs))
        for key, bar in self.bars:
            heights = np.zeros(len(costs))
            for index, cost in enumerate(costs):
                if key in cost.keys:
                    figure = cost.per_piece_components[cost.keys.index(key)]
                    value = float(figure.value)
                    heights[index] = value
                    if value:
                        self.stacks[index].append((key, float(bottoms[index]),
                                                   float(bottoms[index]) + value, figure))
            bar.setOpts(height=heights, y0=bottoms.copy())
            bottoms = bottoms + heights
        top = float(np.max(bottoms)) if len(bottoms) else 1.0
        for index, (cost, label) in enumerate(zip(costs, self.total_labels)):
            label.setText(show(cost.per_piece.value, cur))
            label.setPos(float(index), float(bottoms[index]))
        self.plot.setYRange(0, top * 1.12 if top > 0 else 1.0, padding=0)
        self.set_title(fill(self.tr("Cost per piece at {volume} pieces a year, by component"),
                            volume=integer_text(comparison.volume)))

    def pick(self, point: QPointF, scene_pos: QPointF
             ) -> tuple[str, Figure | None, QPointF] | None:
        index = round(point.x())
        if not 0 <= index < len(self.stacks) or abs(point.x() - index) > self.BAR_WIDTH / 2:
            return None
        for key, low, high, figure in self.stacks[index]:
            if low <= point.y() <= high:
                return self.text_for(index, key, figure), figure, QPointF(index, (low + high) / 2)
        return None

    def text_for(self, index: int, key: Component, figure: Figure) -> str:
        route = self.routes[index]
        name = self.tr("In-house") if route == IN_HOUSE else route
        return fill(self.tr("{name} — {component}: {figure}"), name=name,
                    component=self.tr(COMPONENT_LABELS.get(key, str(key))), figure=figure.display())

    def segment(self, route: str, key: Component) -> tuple[float, float, Figure] | None:
        """Where a component sits in a route's bar (for tests and hovering)."""
        for key_, low, high, figure in self.stacks[self.routes.index(route)]:
            if key_ == key:
                return low, high, figure
        return None
