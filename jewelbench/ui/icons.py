"""Navigation and toolbar icons: SVGs in resources/icons, tinted with the palette's text colour
so they stay visible in light and dark themes, drawn at whatever size and pixel ratio asked."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from jewelbench.resources import resource_path

_INK = "#000000"  # the colour the SVG sources are drawn in; replaced when drawn


@lru_cache(maxsize=32)
def _source(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


@lru_cache(maxsize=256)
def _renderer(name: str, colour: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(_source(name).replace(_INK, colour).encode("utf-8")))


class _TintedIconEngine(QIconEngine):
    """Renders on demand, so nothing is drawn at start-up that is never shown, and the
    colours are read from the palette in force when drawn (a theme switch repaints right)."""

    def __init__(self, name: str, palette: QPalette | None) -> None:
        super().__init__()
        self._name = name
        self._palette = palette

    def _colour(self, mode: QIcon.Mode) -> str:
        palette = self._palette or QGuiApplication.palette()
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorRole.HighlightedText).name()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled,
                                 QPalette.ColorRole.WindowText).name()
        return palette.color(QPalette.ColorRole.WindowText).name()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        _renderer(self._name, self._colour(mode)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _TintedIconEngine(self._name, self._palette)


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The named icon, in the given palette's colours or, by default, the application's."""
    _source(name)  # a missing file fails here, not at first paint
    return QIcon(_TintedIconEngine(name, palette))
