"""What every chart of the comparison shares (Chart): the plot, the key above it, the line under
it that reads the value under the mouse, the message in its place when there is nothing to
draw, hovering and clicking, the number axes, and export (painted by export.py).

A chart is built once for what is compared (build(): its curves, bars, markers, key and
axes) and then updated in place on every move of a control (refresh(): new data into the
same items, markers and labels moved). It is built again only when what is compared changes
(another design, plan, scenario or date: another PreparedComparison), when the routes or the
components it shows change, or when the palette changes. Curves plot the engine's float
sweep; every number a person reads (hover text, labels, explanations) is the engine's exact
figure. Colours come from the palette in force (colours.py), so the charts read on light and
dark.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QCursor, QFont, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain import locale_forms
from jewelbench.domain.costing import Comparison, PreparedComparison
from jewelbench.domain.costing_figures import Figure
from jewelbench.ui.costs import colours
from jewelbench.ui.costs.charts.export import write_png, write_svg
from jewelbench.ui.style import named

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


def locale_number(value: float, places: int) -> str:
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
        return [locale_number(v * scale, places) for v in values]


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
        # no pyqtgraph menu (ours is the chart's own, below), so none is built: building its
        # view menu was a third of a chart's set-up
        self.plot = self.view.addPlot(row=2, col=0, enableMenu=False, axisItems={
            "left": NumberAxis("left"), "bottom": NumberAxis("bottom")})
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(x=True, y=True, alpha=0.18)
        self.view.scene().contextMenu = []  # pyqtgraph's own export dialog: ours instead
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)
        self.view.scene().sigMouseClicked.connect(self._mouse_clicked)
        self.empty = QLabel()
        named(self.empty, "emptyState")
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

    # --- export (export.py paints) ---------------------------------------------------------

    def export_png(self, path: Path | str) -> Path:
        """The chart as drawn, at twice its size on screen (crisp when printed)."""
        return write_png(self.view, colours.background(self.palette()), path)

    def export_svg(self, path: Path | str) -> Path:
        """The chart as vector graphics."""
        return write_svg(self.view, self.title, self.tr("jewelbench cost comparison"), path)
