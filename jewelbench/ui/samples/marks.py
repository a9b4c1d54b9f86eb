"""Small state marks for sample rounds, QC results and tolerance checks.

Each mark is a shape (circle, dot, tick, cross, triangle), not a colour alone, and is always
shown beside its text. Strokes use the palette's text colour, so the marks read in light and
dark themes; a refusal (rejected, failed, out of tolerance) is drawn in the app's error red,
which error_colour() picks for the palette in force.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

from jewelbench.ui.widgets.fields import error_colour

# what each state of a round, QC result or check looks like
REQUESTED, RECEIVED, APPROVED, CHANGES, REJECTED = (
    "requested", "received", "approved", "approved_with_changes", "rejected")
PASS, FAIL, UNCHECKED, WARNING, OK, GOLDEN = (
    "pass", "fail", "unchecked", "warning", "ok", "golden")

_NEGATIVE = {REJECTED, FAIL, WARNING}


class _MarkEngine(QIconEngine):
    def __init__(self, kind: str) -> None:
        super().__init__()
        self._kind = kind

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Selected:
            ink = palette.color(QPalette.ColorRole.HighlightedText)
        elif mode == QIcon.Mode.Disabled:
            ink = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        elif self._kind in _NEGATIVE:
            ink = error_colour(palette)
        else:
            ink = palette.color(QPalette.ColorRole.WindowText)
        _draw(painter, QRectF(rect), self._kind, ink)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,  # noqa: N802
                     scale: float) -> QPixmap:
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _MarkEngine(self._kind)


def _draw(painter: QPainter, rect: QRectF, kind: str, ink: QColor) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    unit = side / 16
    pen = QPen(ink, max(1.2, unit * 1.6), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    circle = box.adjusted(unit * 1.5, unit * 1.5, -unit * 1.5, -unit * 1.5)

    def at(x: float, y: float) -> QPointF:
        return QPointF(box.left() + x * unit, box.top() + y * unit)

    def tick() -> None:
        path = QPainterPath(at(4.6, 8.4))
        path.lineTo(at(7.0, 10.8))
        path.lineTo(at(11.6, 5.6))
        painter.drawPath(path)

    def cross() -> None:
        painter.drawLine(at(5.5, 5.5), at(10.5, 10.5))
        painter.drawLine(at(10.5, 5.5), at(5.5, 10.5))

    if kind == REQUESTED:  # an empty circle with a clock hand: waiting
        painter.drawEllipse(circle)
        painter.drawLine(at(8, 8), at(8, 4.8))
        painter.drawLine(at(8, 8), at(10.4, 9.4))
    elif kind == RECEIVED:  # a circle with a filled centre: it is here
        painter.drawEllipse(circle)
        painter.setBrush(ink)
        painter.drawEllipse(at(8, 8), unit * 2.6, unit * 2.6)
    elif kind in (APPROVED, PASS, OK):
        if kind == APPROVED:
            painter.drawEllipse(circle)
        tick()
    elif kind == CHANGES:  # approved, with a note attached: tick and a small plus
        painter.drawEllipse(circle)
        path = QPainterPath(at(3.8, 8.6))
        path.lineTo(at(6.2, 11.0))
        path.lineTo(at(10.0, 6.6))
        painter.drawPath(path)
        painter.drawLine(at(12.2, 3.2), at(12.2, 7.4))
        painter.drawLine(at(10.1, 5.3), at(14.3, 5.3))
    elif kind in (REJECTED, FAIL):
        if kind == REJECTED:
            painter.drawEllipse(circle)
        cross()
    elif kind == UNCHECKED:  # a dash: nothing recorded yet
        painter.drawLine(at(5, 8), at(11, 8))
    elif kind == WARNING:  # a triangle with an exclamation mark
        path = QPainterPath(at(8, 1.8))
        path.lineTo(at(14.6, 13.8))
        path.lineTo(at(1.4, 13.8))
        path.closeSubpath()
        painter.drawPath(path)
        painter.drawLine(at(8, 6), at(8, 9.6))
        painter.setBrush(ink)
        painter.drawEllipse(at(8, 11.7), unit * 0.5, unit * 0.5)
    elif kind == GOLDEN:  # a star: the golden sample
        path = QPainterPath()
        for point in range(10):
            radius = 6.6 if point % 2 == 0 else 2.8
            angle = -math.pi / 2 + point * math.pi / 5
            spot = at(8 + radius * math.cos(angle), 8.6 + radius * math.sin(angle))
            if point == 0:
                path.moveTo(spot)
            else:
                path.lineTo(spot)
        path.closeSubpath()
        painter.setBrush(ink)
        painter.drawPath(path)
    painter.restore()


_ICONS: dict[str, QIcon] = {}


def mark(kind: str) -> QIcon:
    """The mark for a round state (requested … rejected), a QC result (pass, fail,
    unchecked), a check (ok, warning) or the golden sample."""
    icon = _ICONS.get(kind)
    if icon is None:
        icon = _ICONS[kind] = QIcon(_MarkEngine(kind))
    return icon
