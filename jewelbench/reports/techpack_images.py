"""Images for print: decoded safely, sized for the page, callouts drawn on as numbered markers.

Sizing rule: an image is never printed larger than its pixels allow at MIN_PRINT_DPI (so a
small image is not blown up into a blur), is scaled down to fit the space it is given, and
keeps at most MAX_PRINT_DPI of its pixels (a 24-megapixel photo would only bloat the PDF).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPen,
)

from jewelbench.reports import image_decoding, print_fonts

MM_PER_INCH = 25.4
CSS_DPI = 96  # Qt's rich text sizes images in CSS pixels and scales them to the printer
MIN_PRINT_DPI = 150
MAX_PRINT_DPI = 300

MARKER_FILL = "#2f4358"  # the report's accent
MARKER_TEXT = "#ffffff"


@dataclass(frozen=True)
class Callout:
    x: float  # 0..1 across the image
    y: float  # 0..1 down the image


def decode(data: bytes) -> QImage | None:
    """The image in data, or None when it is not an image, is damaged or is too large."""
    try:
        return image_decoding.decode(data)[0]
    except image_decoding.ImageError:
        return None


def print_size_mm(width_px: int, height_px: int, max_width_mm: float,
                  max_height_mm: float) -> tuple[float, float]:
    """The printed size: at most the pixels at MIN_PRINT_DPI, scaled down to fit the box."""
    if width_px <= 0 or height_px <= 0:
        return 0.0, 0.0
    natural = MM_PER_INCH / MIN_PRINT_DPI
    scale = min(natural, max_width_mm / width_px, max_height_mm / height_px)
    return width_px * scale, height_px * scale


def css_px(mm: float) -> int:
    return max(1, round(mm / MM_PER_INCH * CSS_DPI))


def for_print(image: QImage, width_mm: float) -> QImage:
    """An opaque copy on white with at most MAX_PRINT_DPI pixels across width_mm."""
    most = max(1, round(width_mm / MM_PER_INCH * MAX_PRINT_DPI))
    if image.width() > most:
        image = image.scaledToWidth(most, Qt.TransformationMode.SmoothTransformation)
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def marker_font(pixel_size: int) -> QFont:
    """The callout numbers' font: the printed pages' own (reports.print_fonts), bold."""
    font = QFont()
    font.setFamilies(print_fonts.families())
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setBold(True)
    font.setPixelSize(max(1, pixel_size))
    return font


def draw_callouts(image: QImage, callouts: Sequence[Callout]) -> QImage:
    """Numbered markers (1, 2, 3 …) on a copy of image, each joined by a short leader line to
    the point it names, set off outward from the image's centre so the feature stays visible."""
    result = image.copy()
    if not callouts:
        return result
    width, height = result.width(), result.height()
    radius = max(9.0, min(width, height) * 0.028)
    centre = QPointF(width / 2, height / 2)
    fill, white = QColor(MARKER_FILL), QColor(MARKER_TEXT)
    painter = QPainter(result)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(marker_font(round(radius * 1.1)))
        for number, callout in enumerate(callouts, start=1):
            target = QPointF(min(max(callout.x, 0.0), 1.0) * width,
                             min(max(callout.y, 0.0), 1.0) * height)
            marker = marker_position(target, centre, radius, width, height)
            for pen_width, colour in ((radius * 0.42, white), (radius * 0.18, fill)):
                painter.setPen(QPen(colour, pen_width, Qt.PenStyle.SolidLine,
                                    Qt.PenCapStyle.RoundCap))
                painter.drawLine(target, marker)
            painter.setPen(QPen(white, radius * 0.16))
            painter.setBrush(fill)
            painter.drawEllipse(target, radius * 0.32, radius * 0.32)
            painter.setPen(QPen(white, radius * 0.2))
            painter.drawEllipse(marker, radius, radius)
            painter.setPen(white)
            painter.drawText(QRectF(marker.x() - radius, marker.y() - radius, 2 * radius,
                                    2 * radius), Qt.AlignmentFlag.AlignCenter, str(number))
    finally:
        painter.end()
    return result


def marker_position(target: QPointF, centre: QPointF, radius: float, width: int,
                     height: int) -> QPointF:
    dx, dy = target.x() - centre.x(), target.y() - centre.y()
    length = math.hypot(dx, dy)
    if length < 1e-6:
        dx, dy, length = 0.0, -1.0, 1.0
    offset = radius * 3.2
    x = target.x() + dx / length * offset
    y = target.y() + dy / length * offset
    inset = radius * 1.25
    return QPointF(min(max(x, inset), width - inset), min(max(y, inset), height - inset))
