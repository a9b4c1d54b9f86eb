"""The picture of the Callouts tab with its callouts drawn as numbered markers.

A click on the picture asks for a callout there, a drag moves one, Delete removes the selected
one; the canvas only draws and asks (signals): the Callouts tab changes the draft. Markers are
placed as the printed tech pack places them (reports.techpack_images.marker_position), in the
palette's highlight colours so they read in light and dark mode.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from jewelbench.reports.techpack_images import marker_position  # placed as printed


@dataclass
class _Drag:
    marker: int
    pressed: QPointF
    start: tuple[float, float]
    now: tuple[float, float]
    moved: bool = False


class CalloutCanvas(QWidget):
    """The picture scaled to fit (aspect kept), with its callouts as numbered markers joined
    to their points by a leader line, set off outward as the printed tech pack sets them."""

    add_requested = Signal(float, float)  # a click on the picture: x, y as fractions
    move_requested = Signal(int, float, float)  # a marker dragged: its position, new x, y
    marker_selected = Signal(int)  # a marker clicked: its position among the shown ones
    remove_requested = Signal(int)  # Delete pressed on the selected marker

    MARGIN = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calloutCanvas")
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName(self.tr("Picture with callouts"))
        self._image: QImage | None = None
        self._scaled: QPixmap | None = None  # the image at the size it is shown
        self._message = ""
        self._points: list[tuple[float, float, str]] = []  # x, y (fractions), label
        self._selected = -1
        self._editable = False
        self._drag: _Drag | None = None
        self._press: QPointF | None = None  # a press on the picture that may become a click

    # --- what is shown ----------------------------------------------------------------------

    def set_image(self, image: QImage | None, message: str = "") -> None:
        self._image = image
        self._scaled = None
        self._message = message
        self._drag = None
        self.update()

    def set_callouts(self, points: list[tuple[float, float, str]]) -> None:
        self._points = list(points)
        if self._drag is not None and self._drag.marker >= len(self._points):
            self._drag = None
        if self._selected >= len(self._points):
            self._selected = -1
        self.update()

    def set_selected(self, position: int) -> None:
        if position != self._selected:
            self._selected = position
            self.update()

    def selected(self) -> int:
        return self._selected

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._drag = None
        self._press = None
        self.unsetCursor()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(520, 440)

    # --- geometry ---------------------------------------------------------------------------

    def image_rect(self) -> QRectF:
        """Where the picture is drawn: as large as fits, aspect kept, centred."""
        area = QRectF(self.rect()).adjusted(self.MARGIN, self.MARGIN, -self.MARGIN,
                                            -self.MARGIN)
        if self._image is None or self._image.isNull() or area.width() <= 0 \
                or area.height() <= 0:
            return QRectF()
        scale = min(area.width() / self._image.width(), area.height() / self._image.height())
        width, height = self._image.width() * scale, self._image.height() * scale
        return QRectF(area.center().x() - width / 2, area.center().y() - height / 2,
                      width, height)

    def radius(self) -> float:
        return max(10.0, self.fontMetrics().height() * 0.62)

    def point_at(self, x: float, y: float) -> QPointF:
        """The spot in the widget for a position on the picture (fractions)."""
        rect = self.image_rect()
        return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())

    def fractions_at(self, spot: QPointF) -> tuple[float, float]:
        rect = self.image_rect()
        return (min(max((spot.x() - rect.left()) / rect.width(), 0.0), 1.0),
                min(max((spot.y() - rect.top()) / rect.height(), 0.0), 1.0))

    def _shown_points(self) -> list[tuple[float, float, str]]:
        points = list(self._points)
        if self._drag is not None and self._drag.moved:
            x, y = self._drag.now
            points[self._drag.marker] = (x, y, points[self._drag.marker][2])
        return points

    def markers(self) -> list[tuple[QPointF, QPointF]]:
        """(the point named, the numbered marker) of each callout, in widget coordinates."""
        rect = self.image_rect()
        if rect.isEmpty():
            return []
        radius = self.radius()
        centre = QPointF(rect.width() / 2, rect.height() / 2)
        placed = []
        for x, y, _label in self._shown_points():
            target = QPointF(x * rect.width(), y * rect.height())
            marker = marker_position(target, centre, radius, round(rect.width()),
                                     round(rect.height()))
            placed.append((target + rect.topLeft(), marker + rect.topLeft()))
        return placed

    def marker_at(self, spot: QPointF) -> int:
        """The callout whose marker (or point) is under spot, the topmost first; -1 if none."""
        radius = self.radius()
        for position, (target, marker) in reversed(list(enumerate(self.markers()))):
            for centre, reach in ((marker, radius + 2), (target, radius * 0.7)):
                offset = spot - centre
                if offset.x() ** 2 + offset.y() ** 2 <= reach ** 2:
                    return position
        return -1

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            palette = self.palette()
            frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(frame, 6, 6)
            rect = self.image_rect()
            if rect.isEmpty():
                painter.setPen(palette.color(QPalette.ColorGroup.Disabled,
                                             QPalette.ColorRole.WindowText))
                painter.drawText(frame.adjusted(16, 16, -16, -16),
                                 Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                                 self._message)
                return
            painter.drawPixmap(rect.topLeft(), self._pixmap(rect))
            self._paint_markers(painter, palette)
        finally:
            painter.end()

    def _pixmap(self, rect: QRectF) -> QPixmap:
        assert self._image is not None
        ratio = self.devicePixelRatioF()
        size = QSize(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
        if self._scaled is None or self._scaled.size() != size:
            scaled = self._image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation)
            self._scaled = QPixmap.fromImage(scaled)
            self._scaled.setDevicePixelRatio(ratio)
        return self._scaled

    def _paint_markers(self, painter: QPainter, palette: QPalette) -> None:
        """The look of the printed markers (reports.techpack_images.draw_callouts), in the
        palette's highlight colours: they stand out on a picture in light and dark mode."""
        fill = palette.color(QPalette.ColorRole.Highlight)
        ink = palette.color(QPalette.ColorRole.HighlightedText)
        radius = self.radius()
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(1, round(radius * 1.05)))
        painter.setFont(font)
        for position, (target, marker) in enumerate(self.markers()):
            for width, colour in ((radius * 0.42, ink), (radius * 0.18, fill)):
                painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine,
                                    Qt.PenCapStyle.RoundCap))
                painter.drawLine(target, marker)
            painter.setPen(QPen(ink, max(1.5, radius * 0.16)))
            painter.setBrush(fill)
            painter.drawEllipse(target, radius * 0.34, radius * 0.34)
            if position == self._selected:
                ring = radius + 4.5
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(ink, 5))
                painter.drawEllipse(marker, ring, ring)
                painter.setPen(QPen(fill, 2.5))
                painter.drawEllipse(marker, ring, ring)
                painter.setBrush(fill)
            painter.setPen(QPen(ink, max(1.5, radius * 0.2)))
            painter.drawEllipse(marker, radius, radius)
            painter.setPen(ink)
            painter.drawText(QRectF(marker.x() - radius, marker.y() - radius, 2 * radius,
                                    2 * radius), Qt.AlignmentFlag.AlignCenter,
                             str(position + 1))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._scaled = None
        super().resizeEvent(event)

    # --- the mouse and keys -----------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() != Qt.MouseButton.LeftButton or self.image_rect().isEmpty():
            super().mousePressEvent(event)
            return
        spot = event.position()
        marker = self.marker_at(spot)
        if marker >= 0:
            self.set_selected(marker)
            self.marker_selected.emit(marker)
            if self._editable:
                x, y, _label = self._points[marker]
                self._drag = _Drag(marker, spot, (x, y), (x, y))
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        elif self._editable and self.image_rect().contains(spot):
            self._press = spot
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        spot = event.position()
        drag = self._drag
        if drag is not None:
            distance = (spot - drag.pressed).manhattanLength()
            if drag.moved or distance >= QApplication.startDragDistance():
                rect = self.image_rect()
                delta = spot - drag.pressed
                drag.now = (min(max(drag.start[0] + delta.x() / rect.width(), 0.0), 1.0),
                            min(max(drag.start[1] + delta.y() / rect.height(), 0.0), 1.0))
                drag.moved = True
                self.update()
            return
        if not self._editable:
            return
        if self.marker_at(spot) >= 0:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        elif self.image_rect().contains(spot):
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.unsetCursor()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        drag, press = self._drag, self._press
        self._drag, self._press = None, None
        spot = event.position()
        if drag is not None:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            if drag.moved and drag.now != drag.start:
                self.move_requested.emit(drag.marker, *drag.now)
            self.update()
        elif press is not None and self._editable and not self.image_rect().isEmpty() \
                and (spot - press).manhattanLength() < QApplication.startDragDistance():
            self.add_requested.emit(*self.fractions_at(spot))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._editable \
                and 0 <= self._selected < len(self._points):
            self.remove_requested.emit(self._selected)
            return
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.update()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            spot = event.pos()  # type: ignore[attr-defined]
            marker = self.marker_at(QPointF(spot))
            if marker >= 0:
                QToolTip.showText(event.globalPos(),  # type: ignore[attr-defined]
                                  f"{marker + 1}. {self._points[marker][2]}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
