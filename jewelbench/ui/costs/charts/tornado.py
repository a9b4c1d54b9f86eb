"""(d) Sensitivity of the decision (the tornado): in-house − a supplier a year with each factor
moved up and down by the swing."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QWidget,
)

from jewelbench.domain.costing import Comparison, PreparedComparison
from jewelbench.domain.costing_analysis import FACTOR_LABELS
from jewelbench.domain.costing_figures import Figure, show, show_pct
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, fill
from jewelbench.ui.costs import colours
from jewelbench.ui.costs.charts.base import Chart, locale_number, short_name
from jewelbench.ui.i18n import say


class TornadoChart(Chart):
    key = "tornado"
    BAR_HEIGHT = 0.55

    hint_text = QT_TRANSLATE_NOOP(
        "TornadoChart", "Each bar: in-house − supplier a year with one factor moved (above 0 the "
                        "supplier is cheaper). Point at a bar to read it; click it for how.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sensitivity of the decision"), parent)
        self.route_box = QComboBox()
        self.route_box.setObjectName("tornadoRoute")
        self.route_box.setAccessibleName(self.tr("Route the sensitivity is shown against"))
        self.route_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.route_box.setMaximumWidth(420)
        self.route_box.currentIndexChanged.connect(self._route_chosen)
        label = QLabel(self.tr("In-house a&gainst"))
        label.setBuddy(self.route_box)
        self.header.addWidget(label)
        self.header.addWidget(self.route_box)
        self.header.addStretch(1)
        self.rows: list[tuple[Figure, Figure, float]] = []  # low, high, y
        self.value_labels: list[Any] = []
        self.zero_shown = False

    def _route_chosen(self, _index: int) -> None:
        if self._drawn is not None:
            self.show_comparison(*self._drawn)

    def choose_route(self, route: str) -> None:
        index = self.route_box.findData(route)
        if index >= 0:
            self.route_box.setCurrentIndex(index)

    def sync(self, comparison: Comparison) -> None:
        """The route picker lists the comparison's routes (the one chosen kept, else the
        cheapest)."""
        routes = [s.route for s in comparison.sensitivity]
        if [self.route_box.itemData(i) for i in range(self.route_box.count())] == routes:
            return
        wanted = self.route_box.currentData()
        self.route_box.blockSignals(True)
        self.route_box.clear()
        for route in routes:
            self.route_box.addItem(short_name(route, 48), route)
            self.route_box.setItemData(self.route_box.count() - 1, route,
                                       Qt.ItemDataRole.ToolTipRole)
        best = min(comparison.routes, key=lambda r: r.total.value).route \
            if comparison.routes else None
        chosen = wanted if wanted in routes else best
        self.route_box.setCurrentIndex(max(0, routes.index(chosen)) if chosen else 0)
        self.route_box.blockSignals(False)

    def _data(self, comparison: Comparison) -> Any:
        return comparison.sensitivity[max(0, self.route_box.currentIndex())] \
            if comparison.sensitivity else None

    def shape_of(self, comparison: Comparison) -> tuple[Any, ...]:
        data = self._data(comparison)
        factors = (data.swing_pct, tuple(b.factor for b in data.bars)) if data else ()
        return (*super().shape_of(comparison),
                tuple(s.route for s in comparison.sensitivity), factors)

    def build(self, comparison: Comparison, prepared: PreparedComparison) -> None:
        self.rows = []
        self.value_labels = []
        data = self._data(comparison)
        if data is None:
            return
        palette = self.palette()
        fg, cur = colours.foreground(palette), comparison.currency
        self.axis_labels(fill(self.tr("In-house total − supplier total a year ({currency})"),
                              currency=cur), "")
        lowered, raised = colours.series_colour(palette, 1), colours.series_colour(palette, 0)
        swing = show_pct(data.swing_pct)
        count = len(data.bars)
        ys = np.array([count - 1 - i for i in range(count)], dtype=float)
        zeros = np.zeros(count)
        edge = pg.mkPen(colours.background(palette), width=1)
        self.down = pg.BarGraphItem(x0=zeros, x1=zeros, y=ys, height=self.BAR_HEIGHT,
                                    brush=pg.mkBrush(lowered), pen=edge,
                                    name=fill(self.tr("factor − {swing}"), swing=swing))
        self.up = pg.BarGraphItem(x0=zeros, x1=zeros, y=ys, height=self.BAR_HEIGHT,
                                  brush=pg.mkBrush(raised), pen=edge,
                                  name=fill(self.tr("factor + {swing}"), swing=swing))
        self.plot.addItem(self.down)
        self.plot.addItem(self.up)
        self.add_key(self.down, fill(self.tr("Factor − {swing}"), swing=swing))
        self.add_key(self.up, fill(self.tr("Factor + {swing}"), swing=swing))
        self.base_line = pg.InfiniteLine(pos=0.0, angle=90, pen=self.pen(fg, 1.6))
        self.plot.addItem(self.base_line)
        self.zero_line = pg.InfiniteLine(
            pos=0, angle=90, pen=self.pen(colours.muted(palette), 1.4, Qt.PenStyle.DashLine),
            label=self.tr("0: both cost the same").replace("{", "{{").replace("}", "}}"),
            labelOpts={"position": 0.04, "color": fg})
        self.zero_line.setVisible(False)
        self.plot.addItem(self.zero_line)
        self.plot.getAxis("left").setTicks([[(float(y), self.tr(FACTOR_LABELS[b.factor]) +
                                              f" ±{swing}") for b, y in zip(data.bars, ys)],
                                            []])
        self.plot.showGrid(x=True, y=False, alpha=0.18)
        self.plot.setYRange(-0.7, count - 0.3, padding=0)

    def refresh(self, comparison: Comparison, prepared: PreparedComparison) -> None:
        self.rows = []
        data = self._data(comparison)
        if data is None:
            return
        palette = self.palette()
        cur = comparison.currency
        lowered, raised = colours.series_colour(palette, 1), colours.series_colour(palette, 0)
        base = float(data.base.value)
        count = len(data.bars)
        ys = np.array([count - 1 - i for i in range(count)], dtype=float)
        lows = np.array([float(b.low.value) for b in data.bars])
        highs = np.array([float(b.high.value) for b in data.bars])
        swing = show_pct(data.swing_pct)
        self.down.setOpts(x0=np.minimum(lows, base), x1=np.maximum(lows, base))
        self.up.setOpts(x0=np.minimum(highs, base), x1=np.maximum(highs, base))
        self.base_line.setValue(base)
        shown = 0
        for bar, y in zip(data.bars, ys):
            self.rows.append((bar.low, bar.high, float(y)))
            for figure, colour in ((bar.low, lowered), (bar.high, raised)):
                moved = figure.value - data.base.value
                if moved == 0:
                    continue
                if shown == len(self.value_labels):
                    label = self.text_item("", colour, (0.0, 0.5))
                    self.plot.addItem(label)
                    self.value_labels.append(label)
                label = self.value_labels[shown]
                label.setText(_signed_amount(moved), colour)
                label.setAnchor((0.0, 0.5) if moved > 0 else (1.0, 0.5))
                label.setPos(float(figure.value), float(y))
                label.setVisible(True)
                shown += 1
        for label in self.value_labels[shown:]:
            label.setVisible(False)
        ends = [base, *lows.tolist(), *highs.tolist()]
        span = (max(ends) - min(ends)) or abs(base) or 1.0
        self.zero_shown = min(ends) - 1.5 * span <= 0 <= max(ends) + 1.5 * span
        self.zero_line.setVisible(self.zero_shown)
        if self.zero_shown:
            ends.append(0.0)
            span = max(ends) - min(ends)
        self.plot.setXRange(min(ends) - span * 0.22, max(ends) + span * 0.22, padding=0)
        route_name = short_name(data.route, 30)
        title = fill(self.tr("Today {route} is cheaper by {amount} a year"),
                     route=route_name if base > 0 else self.tr("in-house"),
                     amount=show(abs(data.base.value), cur))
        if not self.zero_shown:
            title += fill(self.tr("; no factor moved by ± {swing} turns that"), swing=swing)
        self.set_title(title)

    def pick(self, point: QPointF, scene_pos: QPointF
             ) -> tuple[str, Figure | None, QPointF] | None:
        assert self._drawn is not None
        comparison = self._drawn[0]
        base = float(comparison.sensitivity[max(0, self.route_box.currentIndex())].base.value)
        for low, high, y in self.rows:
            if abs(point.y() - y) > self.BAR_HEIGHT / 2:
                continue
            for figure in (low, high):
                end = float(figure.value)
                if min(base, end) <= point.x() <= max(base, end):
                    return self.text_for(figure), figure, QPointF(end, y)
        return None

    def text_for(self, figure: Figure) -> str:
        value = figure.value
        who = self.tr("the supplier is cheaper") if value > 0 else \
            self.tr("in-house is cheaper") if value < 0 else self.tr("both cost the same")
        return fill(self.tr("{factor}: in-house − supplier = {difference} ({who})"),
                    factor=say(figure.label), difference=figure.display(), who=who)


def _signed_amount(value: Decimal) -> str:
    text = locale_number(float(value), 0)
    return text if text.startswith("−") else "+" + text
