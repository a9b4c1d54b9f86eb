"""The comparison's four charts, drawn with pyqtgraph: total cost against volume, cumulative
cash over 36 months, the per-piece breakdown and the sensitivity (tornado).

pyqtgraph is imported here and nowhere else, so the app starts without it: this module is
imported only when the Costs section is first opened. Curves plot the engine's float sweep;
every number a person reads (hover text, labels, explanations) is the engine's exact figure.
Colours come from the palette in force (colours.py), so the charts read on light and dark.
Exports paint the view into a PNG image or Qt's SVG generator (see export_png, export_svg).

A chart is built once for what is compared (build(): its curves, bars, markers, key and
axes) and then updated in place on every move of a control (refresh(): new data into the
same items, markers and labels moved). It is built again only when what is compared changes
(another design, plan, scenario or date: another PreparedComparison), when the routes or the
components it shows change, or when the palette changes.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QCursor, QFont, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain import locale_forms
from jewelbench.domain.costing import IN_HOUSE, Comparison, PreparedComparison
from jewelbench.domain.costing_analysis import FACTOR_LABELS
from jewelbench.domain.costing_figures import COMPONENT_LABELS, Component, Figure, show, show_pct
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, fill
from jewelbench.ui.costs import colours
from jewelbench.ui.formatting import integer_text
from jewelbench.ui.i18n import say

pg.setConfigOptions(antialias=True)

HOVER_PIXELS = 28  # how near (on screen) the mouse must be to a curve to read it
NAME_CHARS = 34
READOUT_INDENT = 16  # px between the chart's readout and whatever stands to its left


def short_name(name: str, chars: int = NAME_CHARS) -> str:
    """A route's name short enough for a legend or an axis: the start and the end (where
    a quote's reference is) kept."""
    if len(name) <= chars:
        return name
    tail = name.rsplit(" ", 1)[-1] if name.endswith(")") and " (" in name else ""
    if tail and len(tail) <= chars // 2:
        return name[: chars - len(tail) - 2].rstrip(" ,.") + "… " + tail
    return name[: chars - 1].rstrip(" ,.") + "…"


def _locale_number(value: float, places: int) -> str:
    """1234567.5 → '1,234,567.50' grouped as the reader's locale groups (never 1.5e5), with a
    true minus sign."""
    text = locale_forms.format_decimal(Decimal(repr(float(value))), places)
    return "−" + text[1:] if text.startswith("-") else text


class NumberAxis(pg.AxisItem):
    """Ticks written as a person writes amounts: 150,000 (the locale's grouping), never
    1.5e5 or an SI prefix."""

    def __init__(self, orientation: str, **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: Sequence[float], scale: float,  # noqa: N802 (pyqtgraph)
                    spacing: float) -> list[str]:
        step = abs(spacing * scale) or 1.0
        places = 0 if step >= 1 else min(4, math.ceil(-math.log10(step)))
        return [_locale_number(v * scale, places) for v in values]


@dataclass
class Series:
    """One curve as plotted, kept for hovering and for tests (x, y: numpy arrays)."""

    route: str
    label: str
    x: Any
    y: Any
    item: Any
    colour: QColor


class Chart(QWidget):
    """A chart: the plot, a line under it that reads the value under the mouse, a message in
    its place when there is nothing to draw, and PNG / SVG export."""

    figure_picked = Signal(object)  # a Figure clicked on the chart: explain it
    hovered = Signal(str)

    key = "chart"
    hint_text: str = ""  # what the readout says when the mouse is on nothing (marked per chart)

    @property
    def hint(self) -> str:
        return QCoreApplication.translate(type(self).__name__, self.hint_text)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setObjectName(f"{self.key}Chart")
        self.view = pg.GraphicsLayoutWidget()
        self.view.setObjectName(f"{self.key}Plot")
        self.view.ci.setContentsMargins(6, 6, 10, 6)
        # Title, the key to the curves (in a row, not over them), then the plot.
        self.title_item = pg.LabelItem(justify="center")
        self.view.addItem(self.title_item, row=0, col=0)
        self.key_legend = pg.LegendItem(colCount=4, verSpacing=-6, horSpacing=18, frame=False)
        self.view.addItem(self.key_legend, row=1, col=0)
        self.view.ci.layout.setAlignment(self.key_legend, Qt.AlignmentFlag.AlignHCenter)
        self.plot = self.view.addPlot(row=2, col=0, axisItems={
            "left": NumberAxis("left"), "bottom": NumberAxis("bottom")})
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(x=True, y=True, alpha=0.18)
        self.view.scene().contextMenu = []  # pyqtgraph's own export dialog: ours instead
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)
        self.view.scene().sigMouseClicked.connect(self._mouse_clicked)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.readout = QLabel(self.hint)
        self.readout.setObjectName("chartReadout")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # wrapped within the chart (unwrapped, its width squeezed the panel beside it) and set
        # in from the edge, so it never reads on as the explanation's formula line
        self.readout.setWordWrap(True)
        self.readout.setContentsMargins(READOUT_INDENT, 0, 0, 0)
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.readout)
        self.export_png_action = QAction(self.tr("Export as PNG…"), self)
        self.export_svg_action = QAction(self.tr("Export as SVG…"), self)
        self.addActions([self.export_png_action, self.export_svg_action])
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.series: list[Series] = []
        self.marker = pg.ScatterPlotItem(size=10)
        self._drawn: tuple[Comparison, PreparedComparison] | None = None
        self._shape: tuple[Any, ...] | None = None  # what the built items stand for
        self.apply_palette()
        self.clear_chart(self.tr("Nothing to draw yet."))

    # --- look ----------------------------------------------------------------------------

    def apply_palette(self) -> None:
        palette = self.palette()
        fg, bg = colours.foreground(palette), colours.background(palette)
        self.view.setBackground(bg)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(colours.muted(palette)))
            axis.setTextPen(pg.mkPen(fg))
            axis.label.setDefaultTextColor(fg)
        self.key_legend.setLabelTextColor(fg)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()
            if self._drawn is not None:
                self.draw(*self._drawn)

    def axis_labels(self, bottom: str, left: str) -> None:
        fg = colours.foreground(self.palette()).name()
        style = {"color": fg, "font-size": "9pt"}
        self.plot.setLabel("bottom", bottom, **style)
        self.plot.setLabel("left", left, **style)

    def set_title(self, text: str) -> None:
        if self.title_item.text == text:
            return
        self.title_item.setText(text, color=colours.foreground(self.palette()).name(),
                                size="10pt", bold=True)

    def pen(self, colour: QColor, width: float = 2.2, style: Qt.PenStyle = Qt.PenStyle.SolidLine
            ) -> QPen:
        pen = pg.mkPen(colour, width=width)
        pen.setStyle(style)
        pen.setCosmetic(True)
        return pen

    def text_item(self, text: str, colour: QColor, anchor: tuple[float, float],
                  bold: bool = False) -> Any:
        item = pg.TextItem(text, color=colour, anchor=anchor)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        font.setBold(bold)
        item.setFont(font)
        return item

    # --- drawing -------------------------------------------------------------------------

    def show_comparison(self, comparison: Comparison, prepared: PreparedComparison) -> None:
        """Show this comparison: the items already drawn updated in place when they stand
        for the same things (same prepared comparison, same routes …), else built anew."""
        previous = self._drawn
        self._drawn = (comparison, prepared)
        self.sync(comparison)
        if previous is not None and previous[1] is prepared \
                and self._shape == self.shape_of(comparison):
            self.refresh(comparison, prepared)
        else:
            self.draw(comparison, prepared)
        if self.stack.currentWidget() is not self.view:
            self.stack.setCurrentWidget(self.view)
        if self.readout.text() != self.hint:
            self.readout.setText(self.hint)

    def draw(self, comparison: Comparison, prepared: PreparedComparison) -> None:
        """Everything drawn again from nothing: the items built, then filled."""
        self.sync(comparison)
        self.reset_plot()
        self.build(comparison, prepared)
        self._shape = self.shape_of(comparison)
        self.refresh(comparison, prepared)

    def sync(self, comparison: Comparison) -> None:
        """Bring the chart's own controls in line with the comparison (before drawing)."""

    def shape_of(self, comparison: Comparison) -> tuple[Any, ...]:
        """What the built items stand for: while it stays the same (and the prepared
        comparison too), a new comparison is drawn by refresh() into the same items."""
        return (comparison.currency, comparison.in_house.route,
                tuple(r.route for r in comparison.routes))

    def build(self, comparison: Comparison, prepared: PreparedComparison) -> None:
        """Make the chart's items (empty) for this comparison's routes."""
        raise NotImplementedError

    def refresh(self, comparison: Comparison, prepared: PreparedComparison) -> None:
        """Put this comparison's figures into the items build() made."""
        raise NotImplementedError

    def reset_plot(self) -> None:
        self._shape = None
        self.plot.clear()
        self.series = []
        self.key_legend.clear()
        self.title_item.setText("")
        palette = self.palette()
        self.marker = pg.ScatterPlotItem(size=11, brush=pg.mkBrush(colours.foreground(palette)),
                                         pen=pg.mkPen(colours.background(palette), width=2))
        self.marker.setZValue(50)
        self.plot.addItem(self.marker)

    def clear_chart(self, message: str) -> None:
        """Nothing drawn (bad input, or nothing chosen): the message in the chart's place."""
        self._drawn = None
        self.reset_plot()
        self.empty.setText(message)
        self.stack.setCurrentWidget(self.empty)
        self.readout.setText("")

    @property
    def is_cleared(self) -> bool:
        return self._drawn is None

    def add_key(self, item: Any, label: str) -> None:
        """One entry of the key above the plot."""
        self.key_legend.addItem(item, label)
        self.key_legend.setLabelTextColor(colours.foreground(self.palette()))

    # --- hovering and clicking -----------------------------------------------------------

    def _view_point(self, scene_pos: QPointF) -> QPointF | None:
        if not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return None
        return self.plot.vb.mapSceneToView(scene_pos)

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        if self._drawn is None:
            return
        point = self._view_point(scene_pos)
        found = self.pick(point, scene_pos) if point is not None else None
        if found is None:
            self.marker.setData([])
            self.readout.setText(self.hint)
            QToolTip.hideText()
            return
        text, _figure, where = found
        self.marker.setData([where.x()], [where.y()])
        self.readout.setText(text)
        self.hovered.emit(text)
        QToolTip.showText(QCursor.pos(), text, self.view)

    def _mouse_clicked(self, event: Any) -> None:
        if self._drawn is None or event.button() != Qt.MouseButton.LeftButton:
            return
        point = self._view_point(event.scenePos())
        found = self.pick(point, event.scenePos()) if point is not None else None
        if found is not None and found[1] is not None:
            self.figure_picked.emit(found[1])

    def pick(self, point: QPointF, scene_pos: QPointF
             ) -> tuple[str, Figure | None, QPointF] | None:
        """What is under the mouse: the text to read, the figure to explain and where to put
        the marker (view coordinates); None when nothing is near."""
        return None

    def hover_at(self, x: float, y: float) -> str:
        """Move the mouse to view point (x, y) as a person would: the readout's text."""
        scene_pos = self.plot.vb.mapViewToScene(QPointF(x, y))
        self._mouse_moved(scene_pos)
        return self.readout.text()

    def nearest_series(self, x: float, scene_pos: QPointF) -> Series | None:
        """The curve whose value at x is nearest the mouse on screen, within HOVER_PIXELS."""
        best, best_distance = None, float(HOVER_PIXELS)
        for series in self.series:
            if len(series.x) == 0 or x < series.x[0] or x > series.x[-1]:
                continue
            y = float(np.interp(x, series.x, series.y))
            at = self.plot.vb.mapViewToScene(QPointF(x, y))
            distance = abs(at.y() - scene_pos.y())
            if distance <= best_distance:
                best, best_distance = series, distance
        return best

    # --- export --------------------------------------------------------------------------

    @contextlib.contextmanager
    def _legends_scaled(self) -> Iterator[None]:
        """pyqtgraph draws a legend at one size whatever the zoom: while exporting at twice
        the size, the legends scale with the rest."""
        legends = [item for item in self.view.scene().items()
                   if isinstance(item, pg.LegendItem)]
        flag = QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
        for legend in legends:
            legend.setFlag(flag, False)
        try:
            yield
        finally:
            for legend in legends:
                legend.setFlag(flag, True)

    def export_png(self, path: Path | str) -> Path:
        """The chart as drawn, at twice its size on screen (crisp when printed). The scene is
        painted into the image, scaled whole, rather than through pyqtgraph's ImageExporter,
        which scales the plot but not the key's text."""
        path = Path(path)
        size = self.view.size()
        ratio = max(2.0, 1200 / max(1, size.width()))
        image = QImage(round(size.width() * ratio), round(size.height() * ratio),
                       QImage.Format.Format_ARGB32)
        image.fill(colours.background(self.palette()))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            with self._legends_scaled():
                self.view.scene().render(painter, QRectF(image.rect()),
                                         QRectF(self.view.viewport().rect()))
        finally:
            painter.end()
        # PySide's stub types the format as bytes, but at run time only a str is accepted
        if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
            raise OSError(f"Cannot write {path}")
        return path

    def export_svg(self, path: Path | str) -> Path:
        """The chart as vector graphics. pyqtgraph's SVGExporter cannot read the paths Qt 6
        writes (pyqtgraph issue #3485: "Z" tokens), so the view is painted into Qt's own SVG
        generator."""
        path = Path(path)
        size = self.view.size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(size.width(), size.height()))
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(self.title)
        generator.setDescription(self.tr("jewelbench cost comparison"))
        painter = QPainter(generator)
        try:
            self.view.render(painter)
        finally:
            painter.end()
        return path


# --- (a) total cost against volume ------------------------------------------------------


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


# --- (b) cumulative cash over 36 months -------------------------------------------------


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


# --- (c) per-piece breakdown, stacked --------------------------------------------------


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


# --- (d) sensitivity: the tornado ------------------------------------------------------


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
    text = _locale_number(float(value), 0)
    return text if text.startswith("−") else "+" + text


CHART_TYPES = (VolumeChart, CashChart, BreakdownChart, TornadoChart)
