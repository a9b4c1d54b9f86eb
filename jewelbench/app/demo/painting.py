"""The demo's drawing kit: the palettes of metal and stone, and the strokes every piece is
drawn with (polished metal, a brilliant face-up and in profile, a pearl, a chain, a shadow, a
glint), on an 800 × 800 canvas. The pieces themselves are drawn in illustrations.py."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QRadialGradient,
)

CANVAS = 800.0  # every drawing is laid out on an 800 × 800 canvas and scaled to the image


@dataclass(frozen=True)
class Palette:
    light: str
    mid: str
    dark: str
    edge: str


METAL_PALETTES: dict[str, Palette] = {
    "silver": Palette("#fdfdfe", "#c9cdd3", "#80868f", "#5b6169"),
    "white_gold": Palette("#fbfbfb", "#d0d2d5", "#8a8e95", "#62666d"),
    "yellow_gold": Palette("#fff5d2", "#e5bd60", "#a0761f", "#6c4d12"),
    "rich_gold": Palette("#fff0c0", "#dcab45", "#946816", "#60420e"),
    "rose_gold": Palette("#fde9e0", "#dca48c", "#9a6250", "#6b4135"),
    "platinum": Palette("#f5f8fc", "#bac5d3", "#778498", "#535e70"),
    "brass": Palette("#f5ebb4", "#c1a552", "#7d6b2c", "#55481c"),
}

STONE_PALETTES: dict[str, Palette] = {
    "diamond": Palette("#ffffff", "#e4edf4", "#a2b5c6", "#7e93a6"),
    "sapphire": Palette("#9bb2f2", "#2a4cad", "#0e1b52", "#0a1339"),
    "aqua": Palette("#e8f8f9", "#93d5dc", "#3e8a95", "#2b6870"),
    "ruby": Palette("#f7a3b0", "#b8213d", "#5c0c1c", "#400812"),
    "emerald": Palette("#a9eec8", "#1f9a5c", "#0b4a2a", "#08351e"),
    "pearl": Palette("#ffffff", "#f3ece1", "#c8baa5", "#a89880"),
}




def tinted(colour: str, alpha: int = 255) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def round_pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def metal_brush(pal: Palette, x1: float, y1: float, x2: float, y2: float) -> QBrush:
    """A polished-metal gradient: two soft highlights across the piece."""
    gradient = QLinearGradient(x1, y1, x2, y2)
    for stop, colour in ((0.0, pal.dark), (0.16, pal.mid), (0.36, pal.light), (0.46, pal.light),
                         (0.62, pal.mid), (0.82, pal.dark), (0.93, pal.mid), (1.0, pal.light)):
        gradient.setColorAt(stop, QColor(colour))
    return QBrush(gradient)


def soft_shadow(p: QPainter, cx: float, cy: float, rx: float, ry: float,
                 alpha: int = 60) -> None:
    p.save()
    p.translate(cx, cy)
    p.scale(1.0, ry / rx)
    gradient = QRadialGradient(QPointF(0, 0), rx)
    gradient.setColorAt(0.0, QColor(40, 36, 30, alpha))
    gradient.setColorAt(0.6, QColor(40, 36, 30, alpha // 3))
    gradient.setColorAt(1.0, QColor(40, 36, 30, 0))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    p.drawEllipse(QPointF(0, 0), rx, rx)
    p.restore()


def sparkle(p: QPainter, x: float, y: float, r: float, alpha: int = 230) -> None:
    """A four-pointed glint of light on a stone or a polished edge."""
    path = QPainterPath()
    path.moveTo(x, y - r)
    path.quadTo(x, y, x + r, y)
    path.quadTo(x, y, x, y + r)
    path.quadTo(x, y, x - r, y)
    path.quadTo(x, y, x, y - r)
    p.fillPath(path, QColor(255, 255, 255, alpha))


def gem_top(p: QPainter, x: float, y: float, r: float, sp: Palette,
             ry: float | None = None) -> None:
    """A round (or, with ry, oval) brilliant seen face-up: table, star facets, a glint."""
    p.save()
    p.translate(x, y)
    if ry is not None and ry != r:
        p.scale(1.0, ry / r)
    gradient = QRadialGradient(QPointF(-0.3 * r, -0.35 * r), 1.35 * r)
    gradient.setColorAt(0.0, QColor(sp.light))
    gradient.setColorAt(0.45, QColor(sp.mid))
    gradient.setColorAt(1.0, QColor(sp.dark))
    p.setPen(QPen(QColor(sp.edge), max(0.8, r * 0.05)))
    p.setBrush(gradient)
    p.drawEllipse(QPointF(0, 0), r, r)
    table = QPolygonF([QPointF(0.52 * r * math.cos(math.radians(22.5 + 45 * k)),
                               0.52 * r * math.sin(math.radians(22.5 + 45 * k)))
                       for k in range(8)])
    facet = QPen(QColor(255, 255, 255, 120), max(0.6, r * 0.03))
    p.setPen(facet)
    for k in range(8):
        a = math.radians(22.5 + 45 * k)
        corner = QPointF(0.52 * r * math.cos(a), 0.52 * r * math.sin(a))
        for da in (-22.5, 22.5):
            b = a + math.radians(da)
            p.drawLine(corner, QPointF(r * math.cos(b), r * math.sin(b)))
    p.setBrush(QColor(255, 255, 255, 45))
    p.drawPolygon(table)
    p.restore()
    if r >= 6:
        sparkle(p, x - 0.3 * r, y - 0.32 * (ry or r), r * 0.45)


def gem_profile(p: QPainter, x: float, girdle_y: float, w: float, sp: Palette) -> None:
    """A brilliant seen from the side: crown above the girdle, pavilion to a point below."""
    crown = QPainterPath()
    crown.moveTo(x - w / 2, girdle_y)
    crown.lineTo(x - 0.28 * w, girdle_y - 0.17 * w)
    crown.lineTo(x + 0.28 * w, girdle_y - 0.17 * w)
    crown.lineTo(x + w / 2, girdle_y)
    crown.closeSubpath()
    pavilion = QPainterPath()
    pavilion.moveTo(x - w / 2, girdle_y)
    pavilion.lineTo(x + w / 2, girdle_y)
    pavilion.lineTo(x, girdle_y + 0.43 * w)
    pavilion.closeSubpath()
    top = QLinearGradient(x - w / 2, girdle_y - 0.17 * w, x + w / 2, girdle_y)
    top.setColorAt(0.0, QColor(sp.light))
    top.setColorAt(0.5, QColor(sp.mid))
    top.setColorAt(1.0, QColor(sp.light))
    bottom = QLinearGradient(x - w / 2, girdle_y, x + w / 2, girdle_y + 0.43 * w)
    bottom.setColorAt(0.0, QColor(sp.mid))
    bottom.setColorAt(0.55, QColor(sp.dark))
    bottom.setColorAt(1.0, QColor(sp.mid))
    outline = QPen(QColor(sp.edge), max(1.0, w * 0.012))
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(outline)
    p.setBrush(bottom)
    p.drawPath(pavilion)
    p.setBrush(top)
    p.drawPath(crown)
    p.setPen(QPen(QColor(255, 255, 255, 130), max(0.8, w * 0.008)))
    for f in (-0.28, -0.1, 0.1, 0.28):
        p.drawLine(QPointF(x + f * w, girdle_y - 0.17 * w), QPointF(x + f * 1.6 * w, girdle_y))
        p.drawLine(QPointF(x + f * 1.6 * w, girdle_y), QPointF(x, girdle_y + 0.43 * w))
    sparkle(p, x - 0.12 * w, girdle_y - 0.1 * w, w * 0.16)


def pearl(p: QPainter, x: float, y: float, r: float, ry: float | None = None) -> None:
    sp = STONE_PALETTES["pearl"]
    p.save()
    p.translate(x, y)
    if ry is not None and ry != r:
        p.scale(1.0, ry / r)
    gradient = QRadialGradient(QPointF(-0.35 * r, -0.4 * r), 1.45 * r)
    gradient.setColorAt(0.0, QColor("#ffffff"))
    gradient.setColorAt(0.22, QColor(sp.light))
    gradient.setColorAt(0.6, QColor(sp.mid))
    gradient.setColorAt(1.0, QColor(sp.dark))
    p.setPen(QPen(QColor(sp.edge).lighter(115), max(0.6, r * 0.03)))
    p.setBrush(gradient)
    p.drawEllipse(QPointF(0, 0), r, r)
    overtone = QRadialGradient(QPointF(0.45 * r, 0.5 * r), 0.9 * r)
    overtone.setColorAt(0.0, QColor(240, 190, 200, 55))
    overtone.setColorAt(1.0, QColor(240, 190, 200, 0))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(overtone)
    p.drawEllipse(QPointF(0, 0), r, r)
    p.restore()


def metal_disc(p: QPainter, x: float, y: float, r: float, pal: Palette,
                ry: float | None = None) -> None:
    """A small polished bead or cup of metal (prong tips, bezels, balls)."""
    ry = ry or r
    gradient = QRadialGradient(QPointF(x - 0.35 * r, y - 0.4 * ry), 1.4 * max(r, ry))
    gradient.setColorAt(0.0, QColor(pal.light))
    gradient.setColorAt(0.5, QColor(pal.mid))
    gradient.setColorAt(1.0, QColor(pal.dark))
    p.setPen(QPen(QColor(pal.edge), max(0.6, r * 0.06)))
    p.setBrush(gradient)
    p.drawEllipse(QPointF(x, y), r, ry)


def metal_stroke(p: QPainter, path: QPainterPath, pal: Palette, width: float) -> None:
    """A wire of metal along a path: dark body, mid colour, a thin highlight."""
    for colour, w in ((pal.edge, width), (pal.mid, width * 0.72), (pal.light, width * 0.26)):
        pen = QPen(QColor(colour), w)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.strokePath(path, pen)


def chain(p: QPainter, path: QPainterPath, pal: Palette, link: float = 15.0) -> None:
    """A cable chain along a path: links alternately face-on and edge-on."""
    length = path.length()
    count = max(2, int(length / (link * 0.78)))
    for i in range(count + 1):
        t = path.percentAtLength(min(length, i * length / count))
        point = path.pointAtPercent(t)
        angle = path.angleAtPercent(t)
        p.save()
        p.translate(point)
        p.rotate(-angle)
        if i % 2 == 0:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(pal.edge), link * 0.26))
            p.drawEllipse(QPointF(0, 0), link * 0.55, link * 0.34)
            p.setPen(QPen(QColor(pal.mid), link * 0.16))
            p.drawEllipse(QPointF(0, 0), link * 0.55, link * 0.34)
            p.setPen(QPen(QColor(pal.light), link * 0.06))
            p.drawArc(QRectF(-link * 0.55, -link * 0.34, link * 1.1, link * 0.68), 30 * 16,
                      120 * 16)
        else:
            bar = QPainterPath()
            bar.moveTo(-link * 0.55, 0)
            bar.lineTo(link * 0.55, 0)
            metal_stroke(p, bar, pal, link * 0.3)
        p.restore()


def background(p: QPainter, photo: bool) -> None:
    if photo:  # a sample photographed on the QC bench: warm linen, lamp from the upper left
        gradient = QRadialGradient(QPointF(330, 300), 720)
        gradient.setColorAt(0.0, QColor("#faf6ef"))
        gradient.setColorAt(0.55, QColor("#ece4d6"))
        gradient.setColorAt(1.0, QColor("#cfc3b0"))
    else:  # a studio render: soft neutral grey
        gradient = QRadialGradient(QPointF(400, 360), 640)
        gradient.setColorAt(0.0, QColor("#fcfcfb"))
        gradient.setColorAt(0.6, QColor("#f0f0ee"))
        gradient.setColorAt(1.0, QColor("#dcdcd8"))
    p.fillRect(QRectF(0, 0, CANVAS, CANVAS), gradient)


def scale_bar(p: QPainter) -> None:
    """A millimetre rule in the corner of a sample photo (ticks only: no text)."""
    pen = QPen(QColor(110, 100, 86, 200), 2.2)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setPen(pen)
    x0, y0 = 56.0, 748.0
    p.drawLine(QPointF(x0, y0), QPointF(x0 + 200, y0))
    for k in range(21):
        h = 16.0 if k % 10 == 0 else 10.0 if k % 5 == 0 else 6.0
        p.drawLine(QPointF(x0 + k * 10, y0), QPointF(x0 + k * 10, y0 - h))


def ellipse_path(cx: float, cy: float, rx: float, ry: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), rx, ry)
    return path
