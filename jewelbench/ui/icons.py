"""Navigation and toolbar icons: SVGs in resources/icons, tinted with the palette's text colour
so they stay visible in light and dark themes alike."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from jewelbench.resources import resource_path

_INK = "#000000"  # the colour the SVG sources are drawn in; replaced at load time


@lru_cache(maxsize=64)
def _render(name: str, colour: str, size: int, ratio: float) -> QPixmap:
    svg = resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.replace(_INK, colour).encode("utf-8")))
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    palette = palette or QGuiApplication.palette()
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() \
        else 1.0
    result = QIcon()
    normal = palette.color(QPalette.ColorRole.WindowText).name()
    selected = palette.color(QPalette.ColorRole.HighlightedText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    for size in (16, 24, 32, 48):
        result.addPixmap(_render(name, normal, size, ratio), QIcon.Mode.Normal)
        result.addPixmap(_render(name, selected, size, ratio), QIcon.Mode.Selected)
        result.addPixmap(_render(name, disabled, size, ratio), QIcon.Mode.Disabled)
    return result
