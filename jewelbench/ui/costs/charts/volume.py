"""(a) Total cost a year against volume: a curve for in-house and each route, diamonds where
the cheaper route changes, the volume looked at marked."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QWidget,
)

from jewelbench.domain.costing import IN_HOUSE, Comparison, PreparedComparison
from jewelbench.domain.costing_figures import Figure, show
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, fill
from jewelbench.ui.costs import colours
from jewelbench.ui.costs.charts.base import Chart, Series, short_name
from jewelbench.ui.formatting import integer_text
from jewelbench.ui.i18n import say


class VolumeChart(Chart):
    key = "volume"

    hint_text = QT_TRANSLATE_NOOP(
        "VolumeChart", "Point at a curve to read its exact total; click a curve or a diamond "
                       "(where the cheaper route changes) to see how it is made.")

    def __init__(self, parent: QWidget | None = None) -> None:
        self.break_even_points: list[tuple[str, int, float]] = []  # route, volume, total
        super().__init__(self.tr("Total cost a year against volume"), parent)

    def build(self, comparison: Comparison, prepared: PreparedComparison) -> None:
        palette = self.palette()
        fg, cur = colours.foreground(palette), comparison.currency
        self.axis_labels(self.tr("Pieces a year"),
                         fill(self.tr("Total cost a year ({currency})"), currency=cur))
        curves: list[tuple[str, str]] = [(IN_HOUSE, self.tr("In-house"))]
        curves += [(r.route, short_name(r.route)) for r in comparison.routes]
        empty = np.zeros(0)
        for index, (route, label) in enumerate(curves):
            colour = colours.series_colour(palette, index)
            width = 3.0 if route == IN_HOUSE else 2.2
            item = self.plot.plot(pen=self.pen(colour, width))
            self.add_key(item, label)
            self.series.append(Series(route, label, empty, empty, item, colour))
        # Where the cheaper route changes: diamonds on the in-house curve (one item, a
        # colour a diamond), each labelled with its volume; labels are kept and reused.
        self.diamonds = pg.ScatterPlotItem(symbol="d", size=13, pen=pg.mkPen(fg, width=1.2))
        self.diamonds.setZValue(20)
        self.plot.addItem(self.diamonds)
        self.diamond_labels: list[Any] = []
        # The volume looked at.
        self.volume_line = pg.InfiniteLine(
            pos=comparison.volume, angle=90,
            pen=self.pen(colours.muted(palette), 1.4, Qt.PenStyle.DashLine),
            label=self._volume_text(comparison.volume),
            labelOpts={"position": 0.96, "color": fg, "anchors": [(0, 0), (0, 0)],
                       "fill": pg.mkBrush(colours.background(palette))})
        self.plot.addItem(self.volume_line)

    def _volume_text(self, volume: int) -> str:
        # The label is a format string ({value} would be the line's position): braces doubled.
        return fill(self.tr("{volume} pcs"), volume=integer_text(volume)).replace(
            "{", "{{").replace("}", "}}")

    def refresh(self, comparison: Comparison, prepared: PreparedComparison) -> None:
        palette = self.palette()
        sweep = comparison.sweep
        x = np.asarray(sweep.volumes, dtype=float)
        curves = {IN_HOUSE: sweep.in_house, **sweep.routes}
        for series in self.series:
            series.x = x
            series.y = np.asarray(curves[series.route], dtype=float)
            series.item.setData(x, series.y)
        self.break_even_points = []
        brushes = []
        for index, found in enumerate(comparison.break_evens, start=1):
            brush = pg.mkBrush(colours.series_colour(palette, index))
            for crossing in found.crossings:
                if crossing.volume > x[-1]:
                    break  # searched further than the curves go: said in the verdict
                total = float(prepared.total_at(IN_HOUSE, crossing.volume,
                                                comparison.adjustments).value)
                self.break_even_points.append((found.route, crossing.volume, total))
                brushes.append(brush)
        self.diamonds.setData(x=[v for _r, v, _t in self.break_even_points],
                              y=[t for _r, _v, t in self.break_even_points], brush=brushes)
        for number, (_route, volume, total) in enumerate(self.break_even_points):
            if number == len(self.diamond_labels):
                label = self.text_item("", QColor(), (0.5, 1.35), bold=True)
                label.setZValue(21)
                self.plot.addItem(label)
                self.diamond_labels.append(label)
            label = self.diamond_labels[number]
            label.setText(integer_text(volume), brushes[number].color())
            label.setPos(volume, total)
            label.setVisible(True)
        for label in self.diamond_labels[len(self.break_even_points):]:
            label.setVisible(False)
        self.volume_line.setValue(comparison.volume)
        self.volume_line.label.setFormat(self._volume_text(comparison.volume))
        top = max((float(np.max(s.y)) for s in self.series if len(s.y)), default=1.0)
        self.plot.setXRange(0, float(x[-1]), padding=0.01)
        self.plot.setYRange(0, top * 1.06 if top > 0 else 1.0, padding=0)
        self.set_title(fill(self.tr("Total cost a year — {volume} pieces a year marked"),
                            volume=integer_text(comparison.volume)))

    def pick(self, point: QPointF, scene_pos: QPointF
             ) -> tuple[str, Figure | None, QPointF] | None:
        assert self._drawn is not None
        comparison, prepared = self._drawn
        # A break-even diamond first: it says where the answer changes.
        for route, volume, total in self.break_even_points:
            at = self.plot.vb.mapViewToScene(QPointF(volume, total))
            if abs(at.x() - scene_pos.x()) <= 9 and abs(at.y() - scene_pos.y()) <= 9:
                found = next(b for b in comparison.break_evens if b.route == route)
                text = fill(self.tr("{route} (break-even volume {volume})"),
                            route=say(found.describe_message()), volume=integer_text(volume))
                figure = prepared.total_at(IN_HOUSE, volume, comparison.adjustments)
                return text, figure, QPointF(volume, total)
        last = int(comparison.sweep.volumes[-1])
        volume = max(1, min(last, round(point.x())))
        series = self.nearest_series(volume, scene_pos)
        if series is None:
            return None
        return self.text_at(series.route, volume)

    def text_at(self, route: str, volume: int) -> tuple[str, Figure, QPointF]:
        """The exact total of a route at a volume, as the readout says it."""
        assert self._drawn is not None
        comparison, prepared = self._drawn
        figure = prepared.total_at(route, volume, comparison.adjustments)
        per_piece = show(figure.value / volume, comparison.currency)
        name = self.tr("In-house") if route == IN_HOUSE else route
        text = fill(self.tr("{name} at {volume} pieces a year: {figure} ({per_piece} a piece)"),
                    name=name, volume=integer_text(volume), figure=figure.display(),
                    per_piece=per_piece)
        return text, figure, QPointF(volume, float(figure.value))
