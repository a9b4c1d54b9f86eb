"""The comparison's charts in their tabs (ChartTabs): total against volume, cash over 36 months,
the per-piece breakdown and the sensitivity, with PNG… and SVG… in the tabs' corner.

Only the chart on screen is drawn on each move of a control; the others when their tab is
chosen (or when exported). The charts themselves are in the charts package (pyqtgraph is
imported when the tabs are first built); exporting is asked of the view (export_asked), which
knows where the user last exported and what is compared.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QToolButton, QWidget

from jewelbench.domain.costing import Comparison, PreparedComparison
from jewelbench.ui.style import named


class ChartTabs(QTabWidget):
    """The four charts, one a tab; a chart is drawn when it is shown."""

    figure_picked = Signal(object)  # a Figure clicked on a chart: explain it
    export_asked = Signal(object, str)  # a chart's key (None: the one shown), "png" or "svg"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from jewelbench.ui.costs.charts.breakdown import BreakdownChart
        from jewelbench.ui.costs.charts.cash import CashChart
        from jewelbench.ui.costs.charts.tornado import TornadoChart
        from jewelbench.ui.costs.charts.volume import VolumeChart

        self.setObjectName("chartTabs")
        self.setDocumentMode(True)
        self.volume_chart = VolumeChart()
        self.cash_chart = CashChart()
        self.breakdown_chart = BreakdownChart()
        self.tornado_chart = TornadoChart()
        self._shown: tuple[Comparison, PreparedComparison] | None = None
        self._drawn: set[str] = set()
        for chart, title in ((self.volume_chart, self.tr("&Total vs volume")),
                             (self.cash_chart, self.tr("Cash over 3&6 months")),
                             (self.breakdown_chart, self.tr("Per-piece &breakdown")),
                             (self.tornado_chart, self.tr("Sensitivit&y"))):
            self.addTab(chart, title)
            chart.figure_picked.connect(self.figure_picked)
            chart.export_png_action.triggered.connect(
                lambda _=False, c=chart: self.export_asked.emit(c.key, "png"))
            chart.export_svg_action.triggered.connect(
                lambda _=False, c=chart: self.export_asked.emit(c.key, "svg"))
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 0)
        corner_row.setSpacing(4)
        self.png_button = QToolButton()
        self.png_button.setText(self.tr("PNG…"))
        self.png_button.setToolTip(self.tr("Export the chart shown as a PNG image"))
        self.png_button.clicked.connect(lambda: self.export_asked.emit(None, "png"))
        self.svg_button = QToolButton()
        self.svg_button.setText(self.tr("SVG…"))
        self.svg_button.setToolTip(self.tr("Export the chart shown as an SVG drawing"))
        self.svg_button.clicked.connect(lambda: self.export_asked.emit(None, "svg"))
        export_label = QLabel(self.tr("Export"))
        named(export_label, "pageSubtitle")
        corner_row.addWidget(export_label)
        corner_row.addWidget(self.png_button)
        corner_row.addWidget(self.svg_button)
        self.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.currentChanged.connect(self._draw_shown)

    def all_charts(self) -> list[Any]:
        return [self.volume_chart, self.cash_chart, self.breakdown_chart, self.tornado_chart]

    def chart(self, key: str) -> Any:
        return next(c for c in self.all_charts() if c.key == key)

    def shown_chart(self) -> Any:
        """The chart on the tab shown, or None."""
        return next((c for c in self.all_charts() if c is self.currentWidget()), None)

    def show_comparison(self, comparison: Comparison, prepared: PreparedComparison) -> None:
        """What the charts are to draw: the chart shown now, the others when shown."""
        self._shown = (comparison, prepared)
        self._drawn = set()
        self._draw_shown()

    def clear_charts(self, message: str) -> None:
        """Nothing to draw: the message in each chart's place."""
        self._shown = None
        for chart in self.all_charts():
            chart.clear_chart(message)
        self._drawn = set()

    def _draw_shown(self) -> None:
        """Only the chart on screen is drawn on each move; the others when their tab is
        chosen."""
        chart = self.shown_chart()
        if chart is not None:
            self._draw(chart)

    def _draw(self, chart: Any, again: bool = False) -> None:
        if self._shown is not None and (again or chart.key not in self._drawn):
            chart.show_comparison(*self._shown)
            self._drawn.add(chart.key)

    def draw_all(self) -> None:
        for chart in self.all_charts():
            self._draw(chart)

    def show_for_export(self, chart: Any) -> None:
        """Show the chart to export (a hidden chart has not had its size yet), drawn."""
        self.setCurrentWidget(chart)
        if chart.is_cleared:
            self._draw(chart, again=True)
