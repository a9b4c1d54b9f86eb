"""The demo workspace (`jewelbench --demo`) and a large generated one for the startup benchmark.

Everything is written through the repositories, inside one transaction, so a demo file is either
complete or absent. Money and weights are Decimals built from text; dates are fixed so the demo
reads the same on every machine (the story is told as of late November 2026).

The product images are drawn here with QPainter on a QImage: no files to ship, no fonts needed
(nothing draws text), and QImage painting works without a QGuiApplication.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QRadialGradient,
)

from jewelbench.domain.alloys import alloy_by_code
from jewelbench.domain.brand import Brand
from jewelbench.domain.costing_inputs import CustomsBasis, InHouseTerms, LandedCostTerms
from jewelbench.domain.customs import CustomsSettings
from jewelbench.domain.entities import (
    Category,
    Certification,
    Contact,
    Design,
    DesignImage,
    DueDiligenceItem,
    Equipment,
    FeeKind,
    FindingLine,
    FxRate,
    Incoterm,
    InHouseScenario,
    LabourOperation,
    LifecycleStatus,
    Measurement,
    MetalLine,
    MetalPrice,
    Overhead,
    PackagingLine,
    PlatingLine,
    PricingBasis,
    QcCheck,
    QcResult,
    QcStage,
    Quote,
    QuoteFee,
    QuoteTier,
    SampleDecision,
    SamplePhoto,
    SampleRound,
    StaffRole,
    StoneLine,
    StoneOrigin,
    Supplier,
)
from jewelbench.domain.money import Money
from jewelbench.domain.rfqs import Rfq, RfqRecipient
from jewelbench.domain.techpacks import Dimension, Finish, Hallmarks, TechPackDraft
from jewelbench.storage.costing import QuoteCostingTerms
from jewelbench.storage.workspace import Workspace
from jewelbench.ui.imaging import StoredImage, from_qimage

DEMO_NAME = "Demo — Aurelia Studio"
BASE_CURRENCY = "USD"
# The day the demo's story is told: quotes valid after it are current, one before it expired.
DEMO_TODAY = dt.date(2026, 11, 24)

# =========================================================================================
# Illustrations
# =========================================================================================

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

ALLOY_LOOKS: dict[str, str] = {
    "AG925": "silver", "AU585W": "white_gold", "AU750W": "white_gold",
    "AU375Y": "yellow_gold", "AU417Y": "yellow_gold", "AU585Y": "yellow_gold",
    "AU750Y": "rich_gold", "AU916Y": "rich_gold", "PT950": "platinum",
    "BRASS": "brass", "BRONZE": "brass",
}

STONE_PALETTES: dict[str, Palette] = {
    "diamond": Palette("#ffffff", "#e4edf4", "#a2b5c6", "#7e93a6"),
    "sapphire": Palette("#9bb2f2", "#2a4cad", "#0e1b52", "#0a1339"),
    "aqua": Palette("#e8f8f9", "#93d5dc", "#3e8a95", "#2b6870"),
    "ruby": Palette("#f7a3b0", "#b8213d", "#5c0c1c", "#400812"),
    "emerald": Palette("#a9eec8", "#1f9a5c", "#0b4a2a", "#08351e"),
    "pearl": Palette("#ffffff", "#f3ece1", "#c8baa5", "#a89880"),
}


@dataclass(frozen=True)
class Art:
    """What to draw for a design: the kind of piece, its metal look, its stone and options."""

    kind: str  # ring, pendant, earrings, bracelet, necklace, brooch
    metal: str = "silver"  # a key of METAL_PALETTES
    stone: str | None = None  # a key of STONE_PALETTES
    style: str = ""  # per kind: ring head, pendant drop, earring drop …
    accent: str | None = None  # a second stone colour (side stones, halo)


def _c(colour: str, alpha: int = 255) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def _round_pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _metal_brush(pal: Palette, x1: float, y1: float, x2: float, y2: float) -> QBrush:
    """A polished-metal gradient: two soft highlights across the piece."""
    gradient = QLinearGradient(x1, y1, x2, y2)
    for stop, colour in ((0.0, pal.dark), (0.16, pal.mid), (0.36, pal.light), (0.46, pal.light),
                         (0.62, pal.mid), (0.82, pal.dark), (0.93, pal.mid), (1.0, pal.light)):
        gradient.setColorAt(stop, QColor(colour))
    return QBrush(gradient)


def _soft_shadow(p: QPainter, cx: float, cy: float, rx: float, ry: float,
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


def _sparkle(p: QPainter, x: float, y: float, r: float, alpha: int = 230) -> None:
    """A four-pointed glint of light on a stone or a polished edge."""
    path = QPainterPath()
    path.moveTo(x, y - r)
    path.quadTo(x, y, x + r, y)
    path.quadTo(x, y, x, y + r)
    path.quadTo(x, y, x - r, y)
    path.quadTo(x, y, x, y - r)
    p.fillPath(path, QColor(255, 255, 255, alpha))


def _gem_top(p: QPainter, x: float, y: float, r: float, sp: Palette,
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
        _sparkle(p, x - 0.3 * r, y - 0.32 * (ry or r), r * 0.45)


def _gem_profile(p: QPainter, x: float, girdle_y: float, w: float, sp: Palette) -> None:
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
    _sparkle(p, x - 0.12 * w, girdle_y - 0.1 * w, w * 0.16)


def _pearl(p: QPainter, x: float, y: float, r: float, ry: float | None = None) -> None:
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


def _metal_disc(p: QPainter, x: float, y: float, r: float, pal: Palette,
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


def _metal_stroke(p: QPainter, path: QPainterPath, pal: Palette, width: float) -> None:
    """A wire of metal along a path: dark body, mid colour, a thin highlight."""
    for colour, w in ((pal.edge, width), (pal.mid, width * 0.72), (pal.light, width * 0.26)):
        pen = QPen(QColor(colour), w)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.strokePath(path, pen)


def _chain(p: QPainter, path: QPainterPath, pal: Palette, link: float = 15.0) -> None:
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
            _metal_stroke(p, bar, pal, link * 0.3)
        p.restore()


def _background(p: QPainter, photo: bool) -> None:
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


def _scale_bar(p: QPainter) -> None:
    """A millimetre rule in the corner of a sample photo (ticks only: no text)."""
    pen = QPen(QColor(110, 100, 86, 200), 2.2)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setPen(pen)
    x0, y0 = 56.0, 748.0
    p.drawLine(QPointF(x0, y0), QPointF(x0 + 200, y0))
    for k in range(21):
        h = 16.0 if k % 10 == 0 else 10.0 if k % 5 == 0 else 6.0
        p.drawLine(QPointF(x0 + k * 10, y0), QPointF(x0 + k * 10, y0 - h))


# --- the pieces -------------------------------------------------------------------------


def _ellipse_path(cx: float, cy: float, rx: float, ry: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), rx, ry)
    return path


def _draw_ring(p: QPainter, art: Art) -> None:
    pal = METAL_PALETTES[art.metal]
    sp = STONE_PALETTES[art.stone] if art.stone else None
    style = art.style or ("solitaire" if sp else "plain")
    cx, cy, rx, ry = 400.0, 492.0, 215.0, 225.0
    band = {"wave": 48.0, "eternity": 36.0, "pave": 24.0, "plain": 38.0}.get(style, 28.0)
    depth = {"wave": 26.0, "eternity": 22.0}.get(style, 16.0)
    _soft_shadow(p, cx, cy + ry + 8, rx * 1.08, 30)
    outer = _ellipse_path(cx, cy, rx, ry)
    hole = _ellipse_path(cx, cy - 4, rx - band, ry - band)
    # the far side of the band, seen over the top edge (the camera is a little above)
    back = outer.translated(0, -depth).subtracted(outer)
    p.fillPath(back, _metal_brush(pal, cx + rx, cy - ry, cx - rx, cy + ry))
    p.fillPath(back, QColor(0, 0, 0, 50))
    front = outer.subtracted(hole)
    p.fillPath(front, _metal_brush(pal, cx - rx, cy - ry, cx + rx, cy + ry))
    # the inside of the shank, seen through the hole
    inside = hole.subtracted(hole.translated(0, -depth))
    shade = QLinearGradient(0, cy + ry - band - depth, 0, cy + ry - band)
    shade.setColorAt(0.0, QColor(pal.dark))
    shade.setColorAt(0.7, QColor(pal.mid))
    shade.setColorAt(1.0, QColor(pal.light))
    p.fillPath(inside, shade)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(_c(pal.edge, 170), 2.2))
    p.drawPath(outer)
    p.drawPath(hole)
    p.setPen(_round_pen(QColor(255, 255, 255, 150), 5.0))
    p.drawArc(QRectF(cx - rx + 7, cy - ry + 7, 2 * rx - 14, 2 * ry - 14), 140 * 16, 50 * 16)

    mid_rx, mid_ry = rx - band / 2, ry - band / 2 - 2
    if style == "wave":  # engraved swell lines running round the band
        for phase, alpha in ((0.0, 150), (math.pi, 90)):
            wave = QPainterPath()
            for k in range(0, 361, 3):
                a = math.radians(k)
                offset = band * 0.22 * math.sin(6 * a + phase)
                point = QPointF(cx + (mid_rx + offset) * math.cos(a),
                                cy - 2 + (mid_ry + offset) * math.sin(a))
                if k == 0:
                    wave.moveTo(point)
                else:
                    wave.lineTo(point)
            p.strokePath(wave, QPen(_c(pal.edge, alpha), 2.6))
    if sp and style in ("pave", "eternity"):
        span = (200, 340, 12) if style == "pave" else (0, 360, 15)
        r = band * (0.34 if style == "pave" else 0.32)
        for k in range(*span):
            a = math.radians(k)
            _gem_top(p, cx + mid_rx * math.cos(a), cy - 2 + mid_ry * math.sin(a), r, sp)
        return
    if not sp:
        return
    top = cy - ry
    if style in ("solitaire", "halo", "trio"):
        w = 138.0 if style != "trio" else 112.0
        girdle = top - 70
        # basket under the stone
        basket = QPainterPath()
        basket.moveTo(cx - 30, top + 8)
        basket.lineTo(cx - w * 0.34, girdle + 10)
        basket.lineTo(cx + w * 0.34, girdle + 10)
        basket.lineTo(cx + 30, top + 8)
        basket.closeSubpath()
        p.fillPath(basket, _metal_brush(pal, cx - 40, girdle, cx + 40, top))
        p.strokePath(basket, QPen(_c(pal.edge, 180), 1.6))
        if style == "trio":
            side_stones = STONE_PALETTES[art.accent or "diamond"]
            for dx in (-78.0, 78.0):
                _metal_disc(p, cx + dx, top + 4, 20, pal)
                _gem_top(p, cx + dx, top - 2, 16, side_stones)
        _gem_profile(p, cx, girdle, w, sp)
        if style == "halo":  # a collar of melee round the girdle of the centre stone
            halo = STONE_PALETTES[art.accent or "diamond"]
            collar = QPainterPath()
            collar.addRoundedRect(QRectF(cx - w * 0.56, girdle + 2, w * 1.12, 20), 10, 10)
            p.fillPath(collar, _metal_brush(pal, cx - w * 0.56, girdle, cx + w * 0.56,
                                            girdle + 22))
            p.strokePath(collar, QPen(_c(pal.edge, 190), 1.6))
            for k in range(-4, 5):
                _gem_top(p, cx + k * w * 0.118, girdle + 12, 7.0, halo)
        for side in (-1, 1):  # claws
            claw = QPainterPath()
            claw.moveTo(cx + side * 26, top + 6)
            claw.quadTo(cx + side * w * 0.52, girdle + 6, cx + side * w * 0.42, girdle - 16)
            _metal_stroke(p, claw, pal, 10)
            _metal_disc(p, cx + side * w * 0.42, girdle - 16, 6.5, pal)


def _draw_pendant(p: QPainter, art: Art) -> None:
    pal = METAL_PALETTES[art.metal]
    chain_pal = METAL_PALETTES[art.accent] if art.accent in METAL_PALETTES else pal
    sp = STONE_PALETTES[art.stone] if art.stone else None
    bail = QPointF(400, 392)
    for x0, c1 in ((120.0, 190.0), (680.0, 610.0)):
        path = QPainterPath(QPointF(x0, -20))
        path.cubicTo(QPointF(c1 * 0.9 + 40, 160), QPointF(c1 * 0.3 + 280, 330), bail)
        _chain(p, path, chain_pal, 14)
    style = art.style or ("pearl" if art.stone == "pearl" else "disc")
    _soft_shadow(p, 400, 700, 150, 22, 45)
    ring = QPainterPath()
    ring.addEllipse(QPointF(400, 408), 13, 20)
    _metal_stroke(p, ring, pal, 8)
    if style == "disc":
        r = 128.0
        cy = 428 + r
        disc = _ellipse_path(400, cy, r, r)
        p.fillPath(disc, _metal_brush(pal, 400 - r, cy - r, 400 + r, cy + r))
        p.strokePath(disc, QPen(_c(pal.edge, 200), 2.4))
        p.save()
        p.setClipPath(disc)
        for k, alpha in ((0, 150), (1, 110), (2, 80)):
            wave = QPainterPath()
            y = cy - 36 + k * 34
            wave.moveTo(400 - r * 0.86, y)
            for j in range(4):
                x = 400 - r * 0.86 + (j + 0.5) * r * 0.43
                wave.quadTo(QPointF(x, y + (-20 if j % 2 == 0 else 20)),
                            QPointF(x + r * 0.215, y))
            p.strokePath(wave, _round_pen(_c(pal.edge, alpha), 3.2))
        p.restore()
        p.setPen(_round_pen(QColor(255, 255, 255, 160), 5))
        p.drawArc(QRectF(400 - r + 10, cy - r + 10, 2 * r - 20, 2 * r - 20), 110 * 16, 60 * 16)
        _metal_disc(p, 400, 434, 11, pal)
        if sp:
            _gem_top(p, 400 + r * 0.45, cy + r * 0.4, 12, sp)
    elif style == "pearl":
        _metal_disc(p, 400, 440, 22, pal, 16)
        _pearl(p, 400, 530, 74, 90)
        cap = QPainterPath()
        cap.moveTo(372, 446)
        cap.quadTo(400, 432, 428, 446)
        cap.quadTo(425, 462, 400, 466)
        cap.quadTo(375, 462, 372, 446)
        p.fillPath(cap, _metal_brush(pal, 372, 440, 428, 466))
    else:  # pear-shaped centre stone in a halo
        cy = 560.0
        pear = QPainterPath()
        pear.moveTo(400, cy - 130)
        pear.cubicTo(QPointF(470, cy - 40), QPointF(490, cy + 80), QPointF(400, cy + 92))
        pear.cubicTo(QPointF(310, cy + 80), QPointF(330, cy - 40), QPointF(400, cy - 130))
        frame = QPainterPath()
        frame.moveTo(400, cy - 162)
        frame.cubicTo(QPointF(505, cy - 50), QPointF(530, cy + 110), QPointF(400, cy + 124))
        frame.cubicTo(QPointF(270, cy + 110), QPointF(295, cy - 50), QPointF(400, cy - 162))
        p.fillPath(frame, _metal_brush(pal, 280, cy - 160, 520, cy + 124))
        p.strokePath(frame, QPen(_c(pal.edge, 200), 2))
        halo = STONE_PALETTES["diamond"]
        length = frame.length()
        for k in range(26):
            t = frame.percentAtLength(length * (k + 0.5) / 26)
            point = frame.pointAtPercent(t)
            inward = QPointF(400, cy) - point
            norm = math.hypot(inward.x(), inward.y()) or 1.0
            _gem_top(p, point.x() + inward.x() / norm * 15, point.y() + inward.y() / norm * 15,
                     8.5, halo)
        gradient = QRadialGradient(QPointF(380, cy - 40), 150)
        gradient.setColorAt(0.0, QColor(sp.light if sp else "#ffffff"))
        gradient.setColorAt(0.5, QColor(sp.mid if sp else "#e4edf4"))
        gradient.setColorAt(1.0, QColor(sp.dark if sp else "#a2b5c6"))
        p.fillPath(pear, gradient)
        p.strokePath(pear, QPen(QColor(sp.edge if sp else "#7e93a6"), 2))
        p.setPen(QPen(QColor(255, 255, 255, 120), 1.6))
        for k in range(10):
            t = pear.percentAtLength(pear.length() * k / 10)
            p.drawLine(QPointF(400, cy - 10), pear.pointAtPercent(t))
        _sparkle(p, 378, cy - 40, 30)
        _metal_disc(p, 400, cy - 168, 9, pal)


def _draw_earrings(p: QPainter, art: Art) -> None:
    pal = METAL_PALETTES[art.metal]
    sp = STONE_PALETTES[art.stone] if art.stone else None
    style = art.style or "bezel"
    for cx, tilt in ((262.0, -4.0), (538.0, 4.0)):
        _soft_shadow(p, cx, 640, 105, 20, 40)
        p.save()
        p.translate(cx, 40)
        p.scale(1.08, 1.08)
        p.rotate(tilt)
        _metal_disc(p, 0, 190, 20, pal)  # the stud face (posts point away from the camera)
        if sp and style == "petal":
            _gem_top(p, 0, 190, 12, sp)
        link = QPainterPath()
        link.addEllipse(QPointF(0, 226), 10, 15)
        _metal_stroke(p, link, pal, 6)
        if style == "bezel":
            rx, ry, cy = 82.0, 112.0, 372.0
            _metal_disc(p, 0, cy, rx + 16, pal, ry + 16)
            if sp:
                _gem_top(p, 0, cy, rx, sp, ry)
        elif style == "pearl":
            _pearl(p, 0, 330, 58, 70)
        else:  # petal: a hammered teardrop of metal with a small bezel stone
            petal = QPainterPath()
            petal.moveTo(0, 240)
            petal.cubicTo(QPointF(110, 330), QPointF(100, 480), QPointF(0, 500))
            petal.cubicTo(QPointF(-100, 480), QPointF(-110, 330), QPointF(0, 240))
            p.fillPath(petal, _metal_brush(pal, -90, 250, 90, 500))
            p.strokePath(petal, QPen(_c(pal.edge, 200), 2.2))
            vein = QPainterPath(QPointF(0, 262))
            vein.quadTo(QPointF(-12, 370), QPointF(0, 470))
            p.strokePath(vein, _round_pen(_c(pal.edge, 140), 3))
            if sp:
                _metal_disc(p, 0, 415, 24, pal)
                _gem_top(p, 0, 415, 17, sp)
        p.restore()


def _draw_bracelet(p: QPainter, art: Art) -> None:
    pal = METAL_PALETTES[art.metal]
    sp = STONE_PALETTES[art.stone] if art.stone else None
    cx, cy, rx, ry = 400.0, 400.0, 285.0, 175.0
    _soft_shadow(p, cx, cy + ry + 40, rx * 1.05, 40, 45)
    count = 46 if sp else 30
    items = []
    for k in range(count):
        a = 2 * math.pi * k / count
        items.append((math.sin(a), a, k))
    items.sort()
    for depth, a, k in items:  # back of the loop first, smaller and darker
        scale = 0.86 + 0.14 * (depth + 1) / 2
        x, y = cx + rx * math.cos(a), cy + ry * math.sin(a)
        tangent = math.degrees(math.atan2(ry * math.cos(a), -rx * math.sin(a)))
        p.save()
        p.translate(x, y)
        p.rotate(tangent)
        p.scale(scale, scale)
        if sp:
            _metal_disc(p, 0, 0, 19, pal)
            p.rotate(-tangent)
            _gem_top(p, 0, 0, 14, sp)
        elif k % 2 == 0:
            link = _ellipse_path(0, 0, 30, 17)
            _metal_stroke(p, link, pal, 9)
        else:
            bar = QPainterPath(QPointF(-26, 0))
            bar.lineTo(26, 0)
            _metal_stroke(p, bar, pal, 12)
        p.restore()
        if depth < 0 and sp:  # the far side of a line of stones sits in shadow
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(0, 0, 0, int(-depth * 40)))
            p.drawEllipse(QPointF(x, y), 19 * scale, 19 * scale)
    clasp = QPainterPath()
    clasp.addRoundedRect(QRectF(cx - 34, cy + ry - 16, 68, 32), 9, 9)
    p.fillPath(clasp, _metal_brush(pal, cx - 34, cy + ry - 16, cx + 34, cy + ry + 16))
    p.strokePath(clasp, QPen(_c(pal.edge, 220), 2))


def _draw_necklace(p: QPainter, art: Art) -> None:
    pal = METAL_PALETTES[art.metal]
    pearls = art.stone == "pearl"
    path = QPainterPath(QPointF(150, -30))
    path.cubicTo(QPointF(150, 600), QPointF(650, 600), QPointF(650, -30))
    p.strokePath(path, QPen(QColor(150, 140, 125, 160), 2.5))
    _soft_shadow(p, 400, 620, 200, 26, 40)
    length = path.length()
    beads: list[tuple[float, float, float]] = []
    s = 6.0
    while s < length:
        t = path.percentAtLength(s)
        r = 15.0 + 11.0 * math.cos((t - 0.5) * math.pi) ** 2
        t = path.percentAtLength(min(length, s + r))
        point = path.pointAtPercent(t)
        beads.append((point.x(), point.y(), r))
        s += 2 * r + (2.5 if pearls else 7.0)
    for x, y, r in beads:
        if pearls:
            _pearl(p, x, y, r)
        else:
            _metal_disc(p, x, y, r * 0.86, pal)
            _sparkle(p, x - r * 0.3, y - r * 0.35, r * 0.35, 200)
    if not pearls and art.stone:
        _gem_top(p, 400, beads[len(beads) // 2][1] + 40, 22, STONE_PALETTES[art.stone])


def _draw_brooch(p: QPainter, art: Art) -> None:
    pal = METAL_PALETTES[art.metal]
    sp = STONE_PALETTES[art.stone] if art.stone else None
    cx, cy = 400.0, 380.0
    _soft_shadow(p, cx + 20, cy + 300, 230, 30, 45)
    for side, angle in ((-1, 215.0), (1, 325.0)):  # two leaves and a stem
        p.save()
        p.translate(cx + side * 40, cy + 170)
        p.rotate(angle - 270 + side * 10)
        leaf = QPainterPath(QPointF(0, 0))
        leaf.cubicTo(QPointF(60, 60), QPointF(50, 170), QPointF(0, 210))
        leaf.cubicTo(QPointF(-50, 170), QPointF(-60, 60), QPointF(0, 0))
        p.fillPath(leaf, _metal_brush(pal, -60, 0, 60, 210))
        p.strokePath(leaf, QPen(_c(pal.edge, 200), 2))
        rib = QPainterPath(QPointF(0, 10))
        rib.lineTo(0, 195)
        p.strokePath(rib, QPen(_c(pal.edge, 150), 2.5))
        p.restore()
    stem = QPainterPath(QPointF(cx, cy + 120))
    stem.quadTo(QPointF(cx + 30, cy + 260), QPointF(cx - 10, cy + 320))
    _metal_stroke(p, stem, pal, 14)
    for layer, (count, length, width, turn) in enumerate(((6, 165.0, 74.0, 0.0),
                                                        (6, 110.0, 54.0, 30.0))):
        for k in range(count):
            p.save()
            p.translate(cx, cy)
            p.rotate(turn + k * 360 / count)
            petal = QPainterPath(QPointF(0, 0))
            petal.cubicTo(QPointF(width, -length * 0.3), QPointF(width * 0.9, -length),
                          QPointF(0, -length))
            petal.cubicTo(QPointF(-width * 0.9, -length), QPointF(-width, -length * 0.3),
                          QPointF(0, 0))
            p.fillPath(petal, _metal_brush(pal, -width, -length, width, 0))
            if layer == 0:
                p.fillPath(petal, QColor(0, 0, 0, 22))
            p.strokePath(petal, QPen(_c(pal.edge, 190), 2))
            vein = QPainterPath(QPointF(0, -18))
            vein.lineTo(0, -length * 0.8)
            p.strokePath(vein, _round_pen(_c(pal.light, 170), 2.5))
            p.restore()
    _metal_disc(p, cx, cy, 56, pal)
    if sp:
        _gem_top(p, cx, cy, 44, sp)


_DRAWERS: dict[str, Callable[[QPainter, Art], None]] = {
    "ring": _draw_ring, "pendant": _draw_pendant, "earrings": _draw_earrings,
    "bracelet": _draw_bracelet, "necklace": _draw_necklace, "brooch": _draw_brooch,
    "other": _draw_brooch,
}


def render_illustration(art: Art, size: int = 800, *, photo: bool = False) -> QImage:
    """Draw a piece of jewelry: a studio render, or (photo=True) a sample on the QC bench."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#f0f0ee"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(size / CANVAS, size / CANVAS)
        _background(painter, photo)
        if photo:
            _scale_bar(painter)
            painter.translate(400, 420)
            painter.rotate(-7)
            painter.scale(0.9, 0.9)
            painter.translate(-400, -400)
        _DRAWERS[art.kind](painter, art)
    finally:
        painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _brand_logo() -> bytes:
    """The demo brand's mark: a gold ring around a stylised 'A' of two strokes (no fonts)."""
    size = 256
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gold = QColor("#b8892b")
        painter.setPen(QPen(gold, 14))
        painter.drawEllipse(QRectF(16, 16, size - 32, size - 32))
        painter.setPen(QPen(QColor("#2f3e4e"), 18, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        path = QPainterPath(QPointF(78, 190))
        path.lineTo(QPointF(128, 64))
        path.lineTo(QPointF(178, 190))
        painter.drawPath(path)
        painter.drawLine(QPointF(100, 146), QPointF(156, 146))
    finally:
        painter.end()
    return from_qimage(image).image


def _design_image(art: Art, caption: str, size: int = 800) -> DesignImage:
    return _as_design_image(from_qimage(render_illustration(art, size)), caption)


def _as_design_image(stored: StoredImage, caption: str) -> DesignImage:
    return DesignImage(image=stored.image, thumbnail=stored.thumbnail,
                       mime_type=stored.mime_type, width=stored.width, height=stored.height,
                       caption=caption, is_cover=True)


def _sample_photo(art: Art, caption: str, golden: bool = False) -> SamplePhoto:
    stored = from_qimage(render_illustration(art, 720, photo=True))
    return SamplePhoto(image=stored.image, thumbnail=stored.thumbnail,
                       mime_type=stored.mime_type, caption=caption, is_golden=golden)


# =========================================================================================
# Demo content
# =========================================================================================


def _d(text: str) -> Decimal:
    return Decimal(text)


def _usd(text: str) -> Money:
    return Money(Decimal(text), BASE_CURRENCY)


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _packaging(*items: tuple[str, str]) -> list[PackagingLine]:
    return [PackagingLine(name, 1, _usd(cost)) for name, cost in items]


POUCH = ("Cotton pouch, embossed logo", "0.90")
CARD = ("Care card, recycled board", "0.35")
RING_BOX = ("Ring box, sage velvet", "6.80")
JEWEL_BOX = ("Jewelry box, sage velvet", "7.40")


@dataclass
class _DemoDesign:
    design: Design
    art: Art
    dims: list[tuple[str, str, str]]  # (dimension, nominal mm, ± tolerance mm)
    weight_tolerance_g: str
    hallmark_position: str
    dfm_notes: str = ""
    laser_serial: bool = False
    # tech pack plan: (revision, issued_on or None for a draft, change note)
    revisions: list[tuple[str, str | None, str]] = field(default_factory=list)


def _catalogue() -> list[_DemoDesign]:
    """Fifteen designs in three collections, spread over the lifecycle."""
    tidal, fine, botanica = "Tidal", "Aurelia Fine", "Botanica"
    s, ring, pd, er, br, nk, bc = (LifecycleStatus, Category.RING, Category.PENDANT,
                                   Category.EARRINGS, Category.BRACELET, Category.NECKLACE,
                                   Category.BROOCH)
    lab, nat, sim = StoneOrigin.LAB_GROWN, StoneOrigin.NATURAL, StoneOrigin.SIMULANT
    rhodium_wg = PlatingLine("rhodium", "white", _d("0.2"), _usd("4.50"))
    vermeil = PlatingLine("gold (14k)", "yellow", _d("2.5"), _usd("3.20"), area_cm2=_d("6.5"),
                          guaranteed=True)
    return [
        _DemoDesign(
            Design("RG-014", "Solitaire Halo Ring", ring, s.PRODUCTION, fine,
                   "A 1 ct round lab-grown diamond in four claws over a pavé halo; "
                   "the best-seller of the Aurelia Fine line.",
                   _usd("2450"),
                   metals=[MetalLine("AU585W", _d("3.8"))],
                   stones=[
                       StoneLine("diamond", "round brilliant", 1, _usd("420"), size_mm=_d("6.5"),
                                 carat=_d("1.00"), origin=lab, setting_style="4-claw prong",
                                 colour="F", clarity="VS1"),
                       StoneLine("diamond", "round brilliant", 18, _usd("6.50"),
                                 size_mm=_d("1.3"), carat=_d("0.01"), origin=lab,
                                 setting_style="pavé halo", colour="G", clarity="VS2")],
                   platings=[rhodium_wg],
                   packaging=_packaging(RING_BOX, CARD)),
            Art("ring", "white_gold", "diamond", "halo"),
            [("band width", "2.0", "0.1"), ("band thickness", "1.6", "0.1"),
             ("head height", "6.2", "0.2"), ("inner diameter (US 6.5)", "16.9", "0.1")],
            "0.25", "inside shank", "Claws 0.9 mm minimum in 14k white; open the halo gallery "
            "so ultrasonic cleaning reaches under the melee.", laser_serial=True,
            revisions=[("A", "2026-02-16", "First issue"),
                       ("B", "2026-05-11", "Claws thickened to 0.9 mm after round-1 sample; "
                                           "halo gallery opened for cleaning")]),
        _DemoDesign(
            Design("RG-021", "Tidal Band", ring, s.PRODUCTION, tidal,
                   "A wide sterling band with an engraved swell pattern.", _usd("95"),
                   metals=[MetalLine("AG925", _d("5.6"))],
                   packaging=_packaging(POUCH, CARD)),
            Art("ring", "silver", None, "wave"),
            [("band width", "5.0", "0.15"), ("band thickness", "1.8", "0.1"),
             ("inner diameter (US 7)", "17.3", "0.1")],
            "0.3", "inside shank", "Engraving depth 0.25 mm: cast it, do not cut it by hand.",
            revisions=[("A", "2026-01-20", "First issue")]),
        _DemoDesign(
            Design("RG-027", "Sapphire Trio Ring", ring, s.SAMPLING, fine,
                   "An oval Ceylon sapphire between two round diamonds, in 18k yellow gold.",
                   _usd("2900"),
                   metals=[MetalLine("AU750Y", _d("4.6"))],
                   stones=[
                       StoneLine("sapphire", "oval", 1, _usd("380"), size_mm=_d("5.0"),
                                 carat=_d("0.45"), origin=nat, setting_style="4-claw prong",
                                 colour="royal blue", clarity="eye clean"),
                       StoneLine("diamond", "round brilliant", 2, _usd("95"), size_mm=_d("2.5"),
                                 carat=_d("0.06"), origin=nat, setting_style="prong",
                                 colour="G", clarity="VS2")],
                   packaging=_packaging(RING_BOX, CARD)),
            Art("ring", "rich_gold", "sapphire", "trio", accent="diamond"),
            [("band width", "2.2", "0.1"), ("head height", "6.8", "0.2"),
             ("inner diameter (US 6.5)", "16.9", "0.1")],
            "0.3", "inside shank", "Sapphire is consigned by Aurelia: count stones in and out.",
            laser_serial=True,
            revisions=[("A", "2026-08-24", "First issue"),
                       ("B", None, "Raise the gallery 0.3 mm so the culet clears the finger; "
                                   "widen the shoulders to 2.4 mm")]),
        _DemoDesign(
            Design("RG-033", "Pavé Stacker", ring, s.DEVELOPMENT, fine,
                   "A slim stacking band, pavé across the top third.", _usd("690"),
                   metals=[MetalLine("AU585Y", _d("3.1"))],
                   stones=[StoneLine("diamond", "round brilliant", 11, _usd("7.80"),
                                     size_mm=_d("1.5"), carat=_d("0.015"), origin=lab,
                                     setting_style="pavé (bead set)", colour="G",
                                     clarity="VS2")],
                   packaging=_packaging(RING_BOX, CARD)),
            Art("ring", "yellow_gold", "diamond", "pave"),
            [("band width", "1.8", "0.1"), ("inner diameter (US 6)", "16.5", "0.1")],
            "0.2", "inside shank", "",
            revisions=[("A", None, "Draft for CAD review")]),
        _DemoDesign(
            Design("RG-040", "Platinum Eternity Band", ring, s.IDEA, fine,
                   "Full eternity in platinum, channel set; for the bridal capsule.",
                   _usd("4900"),
                   metals=[MetalLine("PT950", _d("6.2"))],
                   stones=[StoneLine("diamond", "round brilliant", 20, _usd("68"),
                                     size_mm=_d("2.2"), carat=_d("0.04"), origin=nat,
                                     setting_style="channel", colour="F", clarity="VS1")],
                   packaging=_packaging(RING_BOX, CARD)),
            Art("ring", "platinum", "diamond", "eternity"),
            [("band width", "2.5", "0.1")], "0.3", "inside shank"),
        _DemoDesign(
            Design("PD-003", "Wave Disc Pendant", pd, s.PRODUCTION, tidal,
                   "An engraved disc in gold vermeil on an 18-inch cable chain.", _usd("120"),
                   metals=[MetalLine("AG925", _d("3.4"))],
                   findings=[
                       FindingLine("chain", "Cable chain 1.2 mm, sterling", 1, _usd("3.10"),
                                   length_mm=_d("450")),
                       FindingLine("clasp", "Lobster clasp 9 mm, sterling", 1, _usd("0.55")),
                       FindingLine("jump ring", "Jump ring 4 mm closed, sterling", 2,
                                   _usd("0.08"))],
                   platings=[vermeil],
                   packaging=_packaging(POUCH, CARD)),
            Art("pendant", "yellow_gold", None, "disc"),
            [("disc diameter", "18.0", "0.2"), ("disc thickness", "1.2", "0.1"),
             ("bail inner diameter", "3.5", "0.2"), ("chain length", "450", "5")],
            "0.2", "back of the disc", "Vermeil: 2.5 µm minimum of 14k gold, XRF on every lot.",
            revisions=[("A", "2026-01-12", "First issue")]),
        _DemoDesign(
            Design("PD-009", "Pearl Drop Pendant", pd, s.APPROVED, tidal,
                   "A freshwater drop pearl under a small sterling cap.", _usd("140"),
                   metals=[MetalLine("AG925", _d("2.1"))],
                   stones=[StoneLine("freshwater cultured pearl", "drop", 1, _usd("6.50"),
                                     size_mm=_d("8.5"), origin=nat,
                                     setting_style="cap and peg, glued", colour="white",
                                     clarity="AA lustre")],
                   findings=[
                       FindingLine("chain", "Box chain 1.0 mm, sterling", 1, _usd("2.90"),
                                   length_mm=_d("420")),
                       FindingLine("clasp", "Lobster clasp 9 mm, sterling", 1, _usd("0.55"))],
                   platings=[PlatingLine("rhodium", "white", _d("0.1"), _usd("0.60"))],
                   packaging=_packaging(POUCH, CARD)),
            Art("pendant", "silver", "pearl", "pearl"),
            [("pearl length", "8.5", "0.3"), ("cap diameter", "4.0", "0.2"),
             ("chain length", "420", "5")],
            "0.15", "on the bail", "Drill the pearl 2/3 deep, centred; two-part epoxy only.",
            revisions=[("A", "2026-04-06", "First issue")]),
        _DemoDesign(
            Design("PD-012", "Halo Pear Pendant", pd, s.SAMPLING, fine,
                   "A pear lab-grown diamond in a halo, on a 14k white cable chain.",
                   _usd("1890"),
                   metals=[MetalLine("AU585W", _d("2.4"))],
                   stones=[
                       StoneLine("diamond", "pear", 1, _usd("310"), size_mm=_d("7.0"),
                                 carat=_d("0.75"), origin=lab, setting_style="3-claw + V tip",
                                 colour="F", clarity="VS1"),
                       StoneLine("diamond", "round brilliant", 16, _usd("5.90"),
                                 size_mm=_d("1.2"), carat=_d("0.01"), origin=lab,
                                 setting_style="pavé halo", colour="G", clarity="VS2")],
                   findings=[
                       FindingLine("chain", "Cable chain 1.0 mm, 14k white", 1, _usd("145"),
                                   length_mm=_d("450")),
                       FindingLine("clasp", "Lobster clasp 8 mm, 14k white", 1, _usd("38")),
                       FindingLine("jump ring", "Jump ring 3.5 mm, 14k white", 1,
                                   _usd("4.20"))],
                   platings=[rhodium_wg],
                   packaging=_packaging(JEWEL_BOX, CARD)),
            Art("pendant", "white_gold", "diamond", "pear"),
            [("pendant height", "14.0", "0.2"), ("pendant width", "8.5", "0.2"),
             ("bail inner diameter", "4.0", "0.2"), ("chain length", "450", "5")],
            "0.2", "on the bail", "Bail must pass the 1.0 mm chain with its clasp closed.",
            laser_serial=True,
            revisions=[("A", "2026-09-07", "First issue"),
                       ("B", None, "Bail enlarged to 4.0 mm inner so the chain passes")]),
        _DemoDesign(
            Design("ER-007", "Sea Glass Drops", er, s.PRODUCTION, tidal,
                   "Oval aqua CZ drops in bezels, on sterling posts.", _usd("85"),
                   metals=[MetalLine("AG925", _d("3.8"), "pair")],
                   stones=[StoneLine("cubic zirconia", "oval", 2, _usd("0.85"),
                                     size_mm=_d("8.0"), origin=sim, setting_style="bezel",
                                     colour="aquamarine blue", clarity="AAA")],
                   findings=[
                       FindingLine("ear post", "Ear post 0.8 × 10 mm, sterling", 2,
                                   _usd("0.60")),
                       FindingLine("butterfly", "Butterfly back, sterling", 2, _usd("0.25")),
                       FindingLine("jump ring", "Jump ring 4 mm closed, sterling", 2,
                                   _usd("0.08"))],
                   platings=[PlatingLine("rhodium", "white", _d("0.1"), _usd("0.90"))],
                   packaging=_packaging(POUCH, CARD)),
            Art("earrings", "silver", "aqua", "bezel"),
            [("drop length", "22.0", "0.3"), ("bezel width", "9.6", "0.2"),
             ("post length", "10.0", "0.5")],
            "0.2", "on the post pad", "Post soldered, not glued; pull test 2 kg.",
            revisions=[("A", "2026-02-02", "First issue")]),
        _DemoDesign(
            Design("ER-011", "Petal Drop Earrings", er, s.DEVELOPMENT, botanica,
                   "Hammered 14k petals with a small blue sapphire in each.", _usd("540"),
                   metals=[MetalLine("AU585Y", _d("2.6"), "pair")],
                   stones=[StoneLine("sapphire", "round", 2, _usd("45"), size_mm=_d("3.0"),
                                     carat=_d("0.12"), origin=nat, setting_style="bezel",
                                     colour="cornflower blue", clarity="eye clean")],
                   findings=[
                       FindingLine("ear post", "Ear post 0.8 × 10 mm, 14k yellow", 2,
                                   _usd("9.50")),
                       FindingLine("butterfly", "Butterfly back, 14k yellow", 2, _usd("6.20"))],
                   packaging=_packaging(JEWEL_BOX, CARD)),
            Art("earrings", "yellow_gold", "sapphire", "petal"),
            [("petal length", "18.0", "0.3"), ("petal width", "11.0", "0.3")],
            "0.15", "on the post pad", "",
            revisions=[("A", None, "Draft: waiting for the hammered texture sample")]),
        _DemoDesign(
            Design("BR-002", "Cable Link Bracelet", br, s.PRODUCTION, tidal,
                   "Open oval links in gold vermeil with a lobster clasp.", _usd("165"),
                   metals=[MetalLine("AG925", _d("11.5"))],
                   findings=[
                       FindingLine("clasp", "Lobster clasp 12 mm, sterling", 1, _usd("0.85")),
                       FindingLine("jump ring", "Jump ring 5 mm soldered, sterling", 2,
                                   _usd("0.10"))],
                   platings=[PlatingLine("gold (14k)", "yellow", _d("2.5"), _usd("5.80"),
                                         area_cm2=_d("14"), guaranteed=True)],
                   packaging=_packaging(POUCH, CARD)),
            Art("bracelet", "yellow_gold"),
            [("inner length", "180", "3"), ("link width", "6.0", "0.2"),
             ("wire gauge", "1.2", "0.05")],
            "0.5", "on the clasp tag", "Solder every link before plating; no open jump rings.",
            revisions=[("A", "2026-03-09", "First issue")]),
        _DemoDesign(
            Design("BR-005", "Tennis Bracelet", br, s.APPROVED, fine,
                   "Forty-eight 2.5 mm lab-grown diamonds in four-claw cups, box clasp with "
                   "a safety catch.", _usd("3900"),
                   metals=[MetalLine("AU585W", _d("9.8"))],
                   stones=[StoneLine("diamond", "round brilliant", 48, _usd("14.50"),
                                     size_mm=_d("2.5"), carat=_d("0.06"), origin=lab,
                                     setting_style="4-claw prong", colour="G", clarity="VS2")],
                   platings=[PlatingLine("rhodium", "white", _d("0.2"), _usd("8.50"))],
                   packaging=_packaging(JEWEL_BOX, CARD)),
            Art("bracelet", "white_gold", "diamond"),
            [("inner length", "175", "2"), ("cup diameter", "3.2", "0.1")],
            "0.4", "on the clasp tongue", "Box clasp with figure-eight safety; 5 kg pull test.",
            laser_serial=True,
            revisions=[("A", "2026-06-15", "First issue")]),
        _DemoDesign(
            Design("NK-004", "Pearl Strand Necklace", nk, s.SAMPLING, tidal,
                   "Graduated 6–8 mm freshwater pearls, hand knotted on silk, sterling clasp.",
                   _usd("260"),
                   metals=[MetalLine("AG925", _d("1.8"), "clasp")],
                   stones=[StoneLine("freshwater cultured pearl", "round", 55, _usd("1.10"),
                                     size_mm=_d("7.0"), origin=nat, setting_style="knotted",
                                     colour="white", clarity="AA lustre")],
                   findings=[
                       FindingLine("thread", "Silk thread, white, size F", 1, _usd("0.40"),
                                   length_mm=_d("460")),
                       FindingLine("clasp", "Fish-hook clasp, sterling", 1, _usd("1.60"))],
                   packaging=_packaging(JEWEL_BOX, CARD)),
            Art("necklace", "silver", "pearl"),
            [("length", "460", "5"), ("pearl diameter (centre)", "8.0", "0.3")],
            "1.0", "on the clasp", "Knot between every pearl.",
            revisions=[("A", "2026-10-05", "First issue")]),
        _DemoDesign(
            Design("NK-001", "Tidal Bead Necklace", nk, s.RETIRED, tidal,
                   "Graduated vermeil beads; retired at the end of 2025.", _usd("145"),
                   metals=[MetalLine("AG925", _d("6.8"))],
                   findings=[FindingLine("clasp", "Spring ring clasp, sterling", 1,
                                         _usd("0.45"))],
                   platings=[PlatingLine("gold (14k)", "yellow", _d("2.5"), _usd("4.10"),
                                         guaranteed=True)],
                   packaging=_packaging(POUCH, CARD)),
            Art("necklace", "yellow_gold"),
            [("length", "450", "5"), ("bead diameter (centre)", "6.0", "0.2")],
            "0.4", "on the clasp tag",
            revisions=[("A", "2025-03-10", "First issue")]),
        _DemoDesign(
            Design("BC-001", "Camellia Brooch", bc, s.DEVELOPMENT, botanica,
                   "A two-layer camellia in gold-plated brass with a CZ heart.", _usd("78"),
                   metals=[MetalLine("BRASS", _d("12.4"))],
                   stones=[StoneLine("cubic zirconia", "round brilliant", 1, _usd("0.40"),
                                     size_mm=_d("6.0"), origin=sim, setting_style="bezel",
                                     colour="white", clarity="AAA")],
                   findings=[FindingLine("pin back", "Pin back 38 mm with safety catch", 1,
                                         _usd("0.65"))],
                   platings=[PlatingLine("gold", "yellow", _d("0.5"), _usd("1.40"))],
                   packaging=_packaging(POUCH, CARD)),
            Art("brooch", "brass", "diamond"),
            [("flower diameter", "42.0", "0.5"), ("pin length", "38.0", "1.0")],
            "0.5", "on the pin plate", "Nickel-free brass (EU REACH): ask for the mill cert.",
            revisions=[("A", "2026-10-26", "Issued for quotation")]),
    ]


COMPLIANCE = [
    "EU REACH Annex XVII entry 27: nickel release ≤ 0.5 µg/cm²/week "
    "(≤ 0.2 for piercing posts)",
    "EU REACH entries 63 and 23: lead < 0.05 % and cadmium < 0.01 % by weight",
    "US FTC Jewelry Guides: quality mark only with the maker's registered trademark",
    "Not designed for children under 12 (CPSIA lead limits therefore not claimed)",
]


def _tech_pack_draft(item: _DemoDesign, revision_number: int) -> TechPackDraft:
    """The tech pack sections a designer would write for this piece (BOM, images and brand
    come from the design and the workspace when the revision is issued)."""
    d = item.design
    metals = {alloy_by_code(m.alloy_code).metal for m in d.metals}
    markets = ("UK", "EU") if metals & {"gold", "platinum"} else ("EU", "US")
    # Revision B of a piece records what its first sample round taught.
    notes = item.dfm_notes if revision_number else item.dfm_notes.split(";")[0]
    return TechPackDraft(
        dimensions=[Dimension(name.capitalize(), _d(nominal), _d(tol), critical=number == 0)
                    for number, (name, nominal, tol) in enumerate(item.dims)],
        weight_tolerance_g=_d(item.weight_tolerance_g),
        min_wall_mm=_d("0.9") if d.category is not Category.NECKLACE else None,
        min_prong_mm=(_d("0.9") if revision_number else _d("0.7")) if d.stones else None,
        maker_mark="AUR",
        finishes=[Finish("Outside surfaces", "high polish"),
                  Finish("Inside / back", "brushed" if d.category is Category.RING
                         else "high polish")],
        hallmarks=Hallmarks(markets=markets, logo="Aurelia 'A' mark, "
                            + item.hallmark_position,
                            laser_serial="AUR-{serial}, " + item.hallmark_position
                            if item.laser_serial else ""),
        labels="Care card in each box; barcode label (code, revision, metal) on the box base",
        compliance_notes=list(COMPLIANCE),
        dfm_notes=notes,
        acknowledgements={"hallmark_uk_gold": "Assayed and hallmarked by the Birmingham "
                          "Assay Office before UK sale"} if "UK" in markets else {},
    )


def _stamp(alloy_code: str) -> str:
    return alloy_by_code(alloy_code).stamp


# --- prices ------------------------------------------------------------------------------

PRICE_DATES = ("2026-01-05", "2026-03-02", "2026-05-04", "2026-07-01", "2026-09-01",
               "2026-11-02")
METAL_PRICES_USD = {  # per troy ounce of fine metal
    "gold": ("3920.50", "3985.20", "4061.80", "3994.40", "4110.75", "4182.30"),
    "silver": ("45.82", "47.15", "49.63", "48.27", "50.91", "51.68"),
    "platinum": ("1462.00", "1508.50", "1591.25", "1540.80", "1612.40", "1647.90"),
}
FX_TO_USD = {  # USD for 1 unit of the currency
    "EUR": ("1.1582", "1.1624", "1.1710", "1.1655", "1.1738", "1.1681"),
    "THB": ("0.02981", "0.03012", "0.03054", "0.03031", "0.03068", "0.03089"),
    "CNY": ("0.13921", "0.13978", "0.14052", "0.14013", "0.14090", "0.14118"),
    "INR": ("0.011382", "0.011418", "0.011309", "0.011271", "0.011352", "0.011391"),
}


def _write_prices(ws: Workspace) -> None:
    for metal, prices in METAL_PRICES_USD.items():
        for day, price in zip(PRICE_DATES, prices):
            ws.prices.add_metal_price(MetalPrice(metal, _day(day), _usd(price),
                                                 "LBMA PM price, entered by hand"))
    for currency, rates in FX_TO_USD.items():
        for day, rate in zip(PRICE_DATES, rates):
            ws.prices.add_fx_rate(FxRate(_day(day), currency, BASE_CURRENCY, _d(rate)))


# --- suppliers ---------------------------------------------------------------------------

VICENZA = "Fonderia Berica S.r.l."
BANGKOK = "Siam Gem Setting Co., Ltd."
PANYU = "Panyu Jinhui Jewelry Manufacturing Co., Ltd."
JAIPUR = "Jaipur Silvercraft Pvt. Ltd."


def _dd(item: str, done_on: str | None = None, notes: str = "") -> DueDiligenceItem:
    return DueDiligenceItem(item, done_on is not None, _day(done_on) if done_on else None, notes)


def _suppliers() -> list[Supplier]:
    return [
        Supplier(
            VICENZA, "IT", "EUR",
            ["cad_design", "3d_printing", "casting", "laser_welding", "plating", "engraving"],
            [Contact("Giulia Marchetti", "Sales", "giulia.marchetti@fonderiaberica.example",
                     "+39 0444 512 880"),
             Contact("Paolo Zanella", "Production manager",
                     "p.zanella@fonderiaberica.example", "+39 0444 512 883")],
            [Certification("RJC Code of Practices", _day("2027-09-30"), "RJC-M-11842"),
             Certification("ISO 9001:2015", _day("2027-03-15"), "IT-QMS-20418")],
            [_dd("references_checked", "2025-12-03", "Two Milan brands, both positive"),
             _dd("sample_portfolio_seen", "2025-12-03", "Fine casting, crisp engraving"),
             _dd("factory_visited", "2026-01-23", "Visited during Vicenzaoro January"),
             _dd("certifications_verified", "2026-01-26", "RJC member list checked"),
             _dd("track_record_similar_brands", "2026-01-26")],
            "Vicenza casting house, 3 generations. Strong in 18k and fine engraving; "
            "EXW Vicenza, courier on our account."),
        Supplier(
            BANGKOK, "TH", "THB",
            ["stone_setting", "casting", "3d_printing", "laser_welding", "plating"],
            [Contact("Nattapong Srisuk", "Account manager", "nattapong@siamgemsetting.example",
                     "+66 2 234 7710"),
             Contact("Kanya Wongsawat", "QC lead", "kanya.w@siamgemsetting.example")],
            [Certification("RJC Code of Practices", _day("2026-12-31"), "RJC-M-09377"),
             Certification("ISO 9001:2015", _day("2026-08-31"), "TH-QMS-55102")],
            [_dd("references_checked", "2026-01-15", "Reference from a Copenhagen brand"),
             _dd("sample_portfolio_seen", "2026-01-15", "Pavé and micro-pavé under 10×"),
             _dd("certifications_verified", "2026-02-02",
                 "ISO certificate lapses Aug 2026: ask for the renewal"),
             _dd("factory_visited", None, "Planned with the Bangkok Gems & Jewelry Fair"),
             _dd("track_record_similar_brands", None)],
            "Silom, Bangkok. Setting specialists; consigned centre stones accepted with a "
            "signed memo."),
        Supplier(
            PANYU, "CN", "CNY",
            ["casting", "stone_setting", "plating", "chain_making", "enamelling",
             "3d_printing"],
            [Contact("Chen Wei (Vivian)", "Sales", "vivian.chen@jinhuijewelry.example",
                     "+86 20 3482 5561"),
             Contact("Liang Hao", "Engineering", "lianghao@jinhuijewelry.example")],
            [Certification("ISO 9001:2015", _day("2028-01-20"), "CN-QMS-77310")],
            [_dd("references_checked", "2025-11-20"),
             _dd("sample_portfolio_seen", "2025-11-20", "Good silver and vermeil; plating "
                 "thickness reports with every lot"),
             _dd("factory_visited", None),
             _dd("certifications_verified", "2025-12-01"),
             _dd("track_record_similar_brands", None, "Mostly high-volume fashion brands")],
            "Panyu, Guangzhou. High-volume silver and vermeil; FOB Shenzhen."),
        Supplier(
            JAIPUR, "IN", "INR",
            ["casting", "stone_setting", "engraving", "enamelling", "plating",
             "chain_making"],
            [Contact("Rohan Mehta", "Director", "rohan@jaipursilvercraft.example",
                     "+91 141 270 4415"),
             Contact("Priya Sharma", "Export coordinator", "exports@jaipursilvercraft.example")],
            [Certification("RJC Code of Practices", _day("2027-06-30"), "RJC-M-13056")],
            [_dd("references_checked", "2026-01-08", "A London brand, 6 years of orders"),
             _dd("sample_portfolio_seen", None),
             _dd("factory_visited", None),
             _dd("certifications_verified", "2026-01-10"),
             _dd("track_record_similar_brands", "2026-01-10", "Makes for three EU brands")],
            "Sitapura, Jaipur. Sterling silver, bezel setting, hand engraving; CIF on "
            "request."),
    ]


# --- quotes ------------------------------------------------------------------------------


def _tiers(*pairs: tuple[int, str]) -> list[QuoteTier]:
    return [QuoteTier(quantity, _d(price)) for quantity, price in pairs]


def _fee(kind: FeeKind, amount: str, refundable: bool = False) -> QuoteFee:
    return QuoteFee(kind, _d(amount), refundable)


def _quotes(supplier: dict[str, int], design: dict[str, int],
            revision: dict[tuple[str, str], int]) -> list[Quote]:
    cad, mould, sample = FeeKind.CAD, FeeKind.MOULD, FeeKind.SAMPLE

    def q(ref: str, sup: str, code: str, rev: str | None, currency: str, quoted: str,
          valid: str, tiers: list[QuoteTier], **kwargs: object) -> Quote:
        return Quote(supplier_id=supplier[sup], design_id=design[code], currency=currency,
                     quoted_on=_day(quoted), valid_until=_day(valid), tiers=tiers,
                     tech_pack_revision_id=revision[(code, rev)] if rev else None,
                     reference=ref, **kwargs)  # type: ignore[arg-type]

    return [
        q("Q-2026-031", VICENZA, "RG-027", "A", "EUR", "2026-10-06", "2026-12-31",
          _tiers((50, "145.00"), (100, "128.00"), (300, "112.00")),
          moq=50, pricing_basis=PricingBasis.MAKING_PLUS_METAL,
          metal_price_basis_per_g=_d("112.50"),
          fees=[_fee(cad, "250"), _fee(mould, "150"), _fee(sample, "320", True)],
          sample_lead_time_days=21, production_lead_time_days=35, deposit_pct=_d("40"),
          incoterm=Incoterm.EXW, freight_per_shipment=_d("120"),
          notes="Making charge per piece; 18k metal invoiced at the fixing on the day of "
                "casting (basis 112.50 EUR per fine gram) plus 6 % casting loss. Sapphire "
                "and diamonds consigned by Aurelia."),
        q("Q-2026-024", VICENZA, "RG-021", "A", "EUR", "2026-09-15", "2026-12-15",
          _tiers((50, "36.50"), (100, "31.20"), (300, "26.90"), (1000, "23.60")),
          moq=50, fees=[_fee(mould, "120"), _fee(sample, "45", True)],
          sample_lead_time_days=14, production_lead_time_days=28, deposit_pct=_d("30"),
          incoterm=Incoterm.EXW, freight_per_shipment=_d("85"),
          notes="Silver at 1.48 EUR/g included; re-quoted if silver moves more than 10 %."),
        q("Q-2026-019", BANGKOK, "RG-014", "B", "THB", "2026-10-12", "2027-01-31",
          _tiers((50, "15900"), (100, "15200"), (300, "14600"), (1000, "14100")),
          moq=50, fees=[_fee(cad, "4500"), _fee(mould, "2800"), _fee(sample, "6500", True)],
          sample_lead_time_days=18, production_lead_time_days=30, deposit_pct=_d("50"),
          incoterm=Incoterm.FOB, freight_per_shipment=_d("3800"),
          notes="Centre stone and the 18 halo melee consigned by Aurelia (signed memo); "
                "price covers casting, setting and rhodium."),
        q("Q-2026-027", BANGKOK, "PD-012", "A", "THB", "2026-09-18", "2026-12-31",
          _tiers((50, "11200"), (100, "10650"), (300, "10200")),
          moq=50, fees=[_fee(cad, "4500"), _fee(mould, "2800"), _fee(sample, "6500", True)],
          sample_lead_time_days=18, production_lead_time_days=30, deposit_pct=_d("50"),
          incoterm=Incoterm.FOB, freight_per_shipment=_d("3800"),
          notes="Pear centre and halo melee consigned. Chain, clasp and jump ring not "
                "included (we supply the 14k findings)."),
        q("Q-2026-029", BANGKOK, "BR-005", "A", "THB", "2026-06-22", "2026-12-22",
          _tiers((25, "53500"), (50, "51900"), (100, "50400")),
          moq=25, min_order_value=_d("1250000"),
          fees=[_fee(mould, "3600"), _fee(sample, "12000", True)],
          sample_lead_time_days=21, production_lead_time_days=40, deposit_pct=_d("50"),
          incoterm=Incoterm.CIF, freight_per_shipment=_d("6500"),
          notes="CIF Los Angeles, insured. All 48 stones supplied by the factory."),
        q("Q-2026-033", PANYU, "PD-003", "A", "CNY", "2026-10-20", "2027-01-20",
          _tiers((100, "112.00"), (300, "98.00"), (1000, "86.00"), (3000, "79.00")),
          moq=100, fees=[_fee(mould, "350"), _fee(sample, "200", True)],
          sample_lead_time_days=12, production_lead_time_days=25, deposit_pct=_d("30"),
          incoterm=Incoterm.FOB, freight_per_piece=_d("2.50"),
          notes="Vermeil 2.5 µm with XRF report per lot; chain and packaging included."),
        q("Q-2026-035", PANYU, "PD-009", "A", "CNY", "2026-06-08", "2026-12-31",
          _tiers((50, "78.00"), (100, "69.00"), (300, "61.00"), (1000, "55.00")),
          moq=50, fees=[_fee(mould, "280"), _fee(sample, "150", True)],
          sample_lead_time_days=12, production_lead_time_days=25, deposit_pct=_d("30"),
          incoterm=Incoterm.FOB, freight_per_piece=_d("2.00"),
          notes="AA freshwater pearls matched for lustre; spare pearls 2 %. Packed at the "
                "factory in our pouches and care cards."),
        q("Q-2026-036", PANYU, "NK-004", "A", "CNY", "2026-10-09", "2027-02-28",
          _tiers((50, "520"), (100, "485"), (300, "450")),
          moq=50, fees=[_fee(sample, "400", True)],
          sample_lead_time_days=15, production_lead_time_days=30, deposit_pct=_d("30"),
          incoterm=Incoterm.DDP,
          notes="DDP to our studio: duty and freight included in the unit price."),
        q("Q-2026-014", JAIPUR, "ER-007", "A", "INR", "2026-04-02", "2026-06-30",
          _tiers((100, "1120"), (300, "980"), (1000, "890")),
          moq=100, fees=[_fee(mould, "2500"), _fee(sample, "1800", True)],
          sample_lead_time_days=14, production_lead_time_days=30, deposit_pct=_d("25"),
          incoterm=Incoterm.FOB, freight_per_shipment=_d("7500"),
          notes="Expired: superseded by Q-2026-034 after silver rose."),
        q("Q-2026-034", JAIPUR, "ER-007", "A", "INR", "2026-10-20", "2027-01-31",
          _tiers((100, "1190"), (300, "1040"), (1000, "945")),
          moq=100, fees=[_fee(sample, "1800", True)],
          sample_lead_time_days=14, production_lead_time_days=30, deposit_pct=_d("25"),
          incoterm=Incoterm.FOB, freight_per_shipment=_d("7500"),
          notes="Moulds already paid under Q-2026-014."),
        q("Q-2026-028", JAIPUR, "BR-002", "A", "INR", "2026-09-02", "2026-12-31",
          _tiers((50, "2900"), (100, "2650"), (300, "2480"), (1000, "2350")),
          moq=50, fees=[_fee(mould, "3500"), _fee(sample, "2500", True)],
          sample_lead_time_days=14, production_lead_time_days=35, deposit_pct=_d("30"),
          incoterm=Incoterm.CIF, freight_per_shipment=_d("9500"),
          notes="CIF New York; vermeil 2.5 µm guaranteed."),
        q("Q-2026-030", PANYU, "BR-002", "A", "CNY", "2026-09-05", "2026-12-31",
          _tiers((50, "235"), (100, "215"), (300, "198"), (1000, "186")),
          moq=50, fees=[_fee(mould, "450"), _fee(sample, "300", True)],
          sample_lead_time_days=12, production_lead_time_days=25, deposit_pct=_d("30"),
          incoterm=Incoterm.FOB, freight_per_piece=_d("3.00"),
          notes="Packed at the factory in our pouches and care cards."),
        q("Q-2026-032", JAIPUR, "RG-021", "A", "INR", "2026-09-22", "2026-12-31",
          _tiers((100, "1020"), (300, "940"), (1000, "870")),
          moq=100, fees=[_fee(mould, "2200"), _fee(sample, "1500", True)],
          sample_lead_time_days=14, production_lead_time_days=30, deposit_pct=_d("25"),
          incoterm=Incoterm.FOB, freight_per_shipment=_d("7500"),
          notes="Engraving cast in; hand finishing included."),
        q("Q-2026-037", JAIPUR, "BC-001", "A", "INR", "2026-11-04", "2027-02-04",
          _tiers((100, "640"), (300, "560"), (1000, "495")),
          moq=100, fees=[_fee(mould, "3200"), _fee(sample, "1200", True)],
          sample_lead_time_days=14, production_lead_time_days=30, deposit_pct=_d("30"),
          incoterm=Incoterm.EXW,
          notes="Nickel-free brass, 0.5 µm gold flash (commercial, not guaranteed)."),
    ]


# --- sample rounds -----------------------------------------------------------------------


def _qc(*results: str | None, notes: dict[int, str] | None = None) -> list[QcCheck]:
    """QC results for stages 1–6: 'p' pass, 'f' fail, None not done yet."""
    notes = notes or {}
    out = []
    for stage, result in zip(QcStage, results):
        value = {"p": QcResult.PASS, "f": QcResult.FAIL, None: None}[result]
        out.append(QcCheck(stage, value, notes.get(int(stage), "")))
    return out


ALL_PASS = ("p", "p", "p", "p", "p", "p")


def _m(dimension: str, nominal: str, tolerance: str, measured: str,
       unit: str = "mm") -> Measurement:
    return Measurement(dimension, _d(nominal), _d(tolerance), _d(measured), unit)


def _samples(supplier: dict[str, int], design: dict[str, int],
             revision: dict[tuple[str, str], int], arts: dict[str, Art]) -> list[SampleRound]:
    def r(code: str, sup: str, number: int, rev: str | None, requested: str,
          received: str | None = None, decision: SampleDecision | None = None,
          decided: str | None = None, **kwargs: object) -> SampleRound:
        return SampleRound(
            design_id=design[code], supplier_id=supplier[sup], round_number=number,
            tech_pack_revision_id=revision[(code, rev)] if rev else None,
            requested_on=_day(requested), received_on=_day(received) if received else None,
            decision=decision, decided_on=_day(decided) if decided else None,
            **kwargs)  # type: ignore[arg-type]

    def photo(code: str, caption: str, golden: bool = False) -> list[SamplePhoto]:
        return [_sample_photo(arts[code], caption, golden)]

    ok, reject, changes = (SampleDecision.APPROVED, SampleDecision.REJECTED,
                           SampleDecision.APPROVED_WITH_CHANGES)
    return [
        r("RG-014", BANGKOK, 1, "A", "2026-02-20", "2026-03-18", reject, "2026-03-20",
          measured_weight_g=_d("3.62"),
          measurements=[_m("band width", "2.0", "0.1", "2.05"),
                        _m("head height", "6.2", "0.2", "6.30"),
                        _m("inner diameter (US 6.5)", "16.9", "0.1", "17.05")],
          qc_checks=_qc("p", "p", "p", "p", "f", "f", notes={
              5: "Two halo melee loose; claws uneven, 0.6–0.8 mm",
              6: "Ring size a quarter large; weight 0.18 g light"}),
          photos=photo("RG-014", "Round 1 as received: loose melee at 4 and 7 o'clock"),
          dfm_feedback="Claws at 0.6 mm are too thin for 14k white: ask for 0.9 mm. Open the "
                       "halo gallery so ultrasonic cleaning reaches under the melee.",
          notes="Rejected: stone security."),
        r("RG-014", BANGKOK, 2, "B", "2026-05-12", "2026-06-05", ok, "2026-06-08",
          measured_weight_g=_d("3.79"),
          measurements=[_m("band width", "2.0", "0.1", "2.02"),
                        _m("head height", "6.2", "0.2", "6.25"),
                        _m("inner diameter (US 6.5)", "16.9", "0.1", "16.92")],
          qc_checks=_qc(*ALL_PASS),
          photos=photo("RG-014", "Round 2 — golden sample", golden=True),
          dfm_feedback="Claws now 0.9 mm; halo secure under 10× loupe."),
        r("RG-021", VICENZA, 1, "A", "2026-01-22", "2026-02-09", ok, "2026-02-11",
          measured_weight_g=_d("5.64"),
          measurements=[_m("band width", "5.0", "0.15", "5.04"),
                        _m("inner diameter (US 7)", "17.3", "0.1", "17.28")],
          qc_checks=_qc(*ALL_PASS, notes={5: "No stones: not applicable"}),
          photos=photo("RG-021", "Golden sample", golden=True)),
        r("RG-027", VICENZA, 1, "A", "2026-08-26", "2026-09-21", changes, "2026-09-24",
          measured_weight_g=_d("4.71"),
          measurements=[_m("band width", "2.2", "0.1", "2.18"),
                        _m("head height", "6.8", "0.2", "6.45"),
                        _m("inner diameter (US 6.5)", "16.9", "0.1", "16.95")],
          qc_checks=_qc(*ALL_PASS, notes={5: "Secure; culet 0.2 mm proud of the shank"}),
          photos=photo("RG-027", "Round 1: gallery too low"),
          dfm_feedback="Gallery sits 0.3 mm low, so the sapphire's culet touches the finger. "
                       "Raise it in revision B; casting and finish otherwise excellent."),
        r("PD-003", PANYU, 1, "A", "2026-01-14", "2026-02-03", ok, "2026-02-05",
          measured_weight_g=_d("3.38"),
          measurements=[_m("disc diameter", "18.0", "0.2", "18.05"),
                        _m("plating thickness (XRF)", "2.8", "0.3", "2.7", "µm"),
                        _m("chain length", "450", "5", "452")],
          qc_checks=_qc(*ALL_PASS),
          photos=photo("PD-003", "Golden sample", golden=True)),
        r("PD-009", PANYU, 1, "A", "2026-04-08", "2026-04-29", reject, "2026-05-02",
          measured_weight_g=_d("1.94"),
          measurements=[_m("pearl length", "8.5", "0.3", "8.1"),
                        _m("cap diameter", "4.0", "0.2", "4.4")],
          qc_checks=_qc("p", "p", "f", "p", "f", "f", notes={
              3: "Glue visible around the cap", 5: "Pearl drilled off-centre, hangs crooked",
              6: "Pearl below size; cap too wide"}),
          photos=photo("PD-009", "Round 1: off-centre drilling"),
          dfm_feedback="Use a cup cap 4.0 mm and drill on the pearl's axis; grade pearls "
                       "8.5 ± 0.3 mm before setting."),
        r("PD-009", PANYU, 2, "A", "2026-05-06", "2026-05-27", ok, "2026-05-29",
          measured_weight_g=_d("2.08"),
          measurements=[_m("pearl length", "8.5", "0.3", "8.6"),
                        _m("cap diameter", "4.0", "0.2", "4.05")],
          qc_checks=_qc(*ALL_PASS),
          photos=photo("PD-009", "Round 2 — golden sample", golden=True)),
        r("PD-012", BANGKOK, 1, "A", "2026-09-10", "2026-10-14",
          measured_weight_g=_d("2.46"),
          measurements=[_m("pendant height", "14.0", "0.2", "14.1"),
                        _m("bail inner diameter", "4.0", "0.2", "3.2")],
          qc_checks=_qc("p", "p", "p", "f", None, None, notes={
              4: "Polishing compound left under the halo"}),
          photos=photo("PD-012", "Round 1 as received"),
          dfm_feedback="Bail too small for the chain's clasp: revision B enlarges it.",
          notes="QC in progress: stone setting and final audit still to do."),
        r("ER-007", JAIPUR, 1, "A", "2026-02-04", "2026-02-26", ok, "2026-03-02",
          measured_weight_g=_d("3.85"),
          measurements=[_m("drop length", "22.0", "0.3", "22.1"),
                        _m("post length", "10.0", "0.5", "10.2")],
          qc_checks=_qc(*ALL_PASS),
          photos=photo("ER-007", "Golden sample", golden=True)),
        r("ER-007", PANYU, 1, "A", "2026-10-22", "2026-11-16",
          measured_weight_g=_d("3.71"),
          measurements=[_m("drop length", "22.0", "0.3", "22.4"),
                        _m("post length", "10.0", "0.5", "9.8")],
          qc_checks=_qc("p", "p", "p", None, None, None),
          notes="Second source for ER-007; post-polish checks next week."),
        r("BR-002", JAIPUR, 1, "A", "2026-03-11", "2026-04-03", ok, "2026-04-06",
          measured_weight_g=_d("11.62"),
          measurements=[_m("inner length", "180", "3", "181"),
                        _m("link width", "6.0", "0.2", "6.1")],
          qc_checks=_qc(*ALL_PASS),
          photos=photo("BR-002", "Golden sample", golden=True)),
        r("BR-005", BANGKOK, 1, "A", "2026-06-17", "2026-07-15", ok, "2026-07-17",
          measured_weight_g=_d("9.91"),
          measurements=[_m("inner length", "175", "2", "176"),
                        _m("cup diameter", "3.2", "0.1", "3.22")],
          qc_checks=_qc(*ALL_PASS),
          photos=photo("BR-005", "Golden sample", golden=True),
          dfm_feedback="Safety catch stiff at first; eased after 20 cycles."),
        r("NK-004", PANYU, 1, "A", "2026-10-08",
          notes="Requested with 8 mm centre pearls; due early December."),
        r("NK-001", JAIPUR, 1, "A", "2025-03-12", "2025-04-02", ok, "2025-04-04",
          measured_weight_g=_d("6.75"), qc_checks=_qc(*ALL_PASS)),
        r("BC-001", JAIPUR, 1, "A", "2026-11-06",
          notes="Sample requested in nickel-free brass with the gold flash."),
    ]


# --- requests for quotation --------------------------------------------------------------


def _rfqs(supplier: dict[str, int], design: dict[str, int],
          revision: dict[tuple[str, str], int]) -> list[Rfq]:
    """One RFQ every supplier answered, one with a supplier overdue: whether a supplier
    answered is read from its quotes, so these follow the quotes above."""

    def rfq(code: str, rev: str, sent: str, reply_by: str, quantities: list[int],
            suppliers: list[str], **kwargs: object) -> Rfq:
        return Rfq(design_id=design[code], tech_pack_revision_id=revision[(code, rev)],
                   quantities=quantities,
                   recipients=[RfqRecipient(supplier[name], _day(sent)) for name in suppliers],
                   created_on=_day(sent), reply_by=_day(reply_by),
                   **kwargs)  # type: ignore[arg-type]

    return [
        # answered by Q-2026-028 (2 Sep) and Q-2026-030 (5 Sep)
        rfq("BR-002", "A", "2026-08-25", "2026-09-08", [50, 100, 300, 1000], [JAIPUR, PANYU],
            notes="Vermeil: 2.5 µm of 14k over sterling, guaranteed; quote with an XRF report "
                  "per lot."),
        # Jaipur answered with Q-2026-037 (4 Nov); Panyu has not, past 10 Nov
        rfq("BC-001", "A", "2026-10-27", "2026-11-10", [100, 300, 1000], [JAIPUR, PANYU],
            currency="USD", incoterm=Incoterm.EXW,
            notes="Nickel-free brass only (EU REACH); state the gold flash thickness you "
                  "guarantee."),
    ]


# --- in-house scenarios ------------------------------------------------------------------


def _scenarios() -> list[InHouseScenario]:
    e, o, st, lab = Equipment, Overhead, StaffRole, LabourOperation
    studio = InHouseScenario(
        "Small studio workshop", BASE_CURRENCY,
        equipment=[
            e("3D printer (SLA/DLP), castable resin", _d("25000"), 5, _d("2500")),
            e("Vacuum casting machine and burnout kiln", _d("12000"), 10, _d("1500")),
            e("Electroforming unit", _d("6000"), 8, _d("500")),
            e("Rolling mill & draw bench", _d("9000"), 10, _d("1500")),
            e("Laser welder", _d("28000"), 8, _d("3000")),
            e("Polishing motor with dust extraction", _d("3500"), 8, _d("200")),
            e("Ultrasonic cleaner", _d("1800"), 6, _d("100")),
            e("Steam cleaner", _d("2400"), 6, _d("150")),
            e("Setting microscope and bench tools", _d("8500"), 7, _d("500"))],
        overheads=[
            o("Rent (80 m² studio)", _d("3200")), o("Utilities", _d("650")),
            o("Insurance (stock and liability)", _d("420")),
            o("Security and alarm monitoring", _d("180")),
            o("Software (CAD licences)", _d("310")), o("Equipment maintenance", _d("350"))],
        staff=[
            st("Designer", _d("5200")), st("3D modeller", _d("4600")),
            st("Caster", _d("3900")), st("Stone setter", _d("4800")),
            st("Polisher", _d("3600")), st("QC and packing", _d("1700"),
                                           hours_per_month=_d("80"))],
        labour=[
            lab("CAD", _d("3")), lab("3D printing", _d("4")), lab("Casting", _d("6")),
            lab("Clean-up (sprue, file, pre-polish)", _d("12")), lab("Stone setting", _d("10")),
            lab("Polishing", _d("15")), lab("QC", _d("4")),
            lab("Stone setting", _d("55"), "RG-014"), lab("Stone setting", _d("140"), "BR-005"),
            lab("Stone setting", _d("0"), "RG-021"), lab("Polishing", _d("25"), "BR-002")],
        loaded_hourly_rate=_d("38"), casting_loss_pct=_d("6"), buyer_premium_pct=_d("4"),
        stone_breakage_pct=_d("2"), error_rate_pct=_d("5"), consumables_per_piece=_d("2.80"),
        notes="Figures from the seed article's ranges: a minimal workshop of about "
              "96,000 USD of equipment and six people.")
    lean = InHouseScenario(
        "Lean bench (one setter)", BASE_CURRENCY,
        equipment=[
            e("Desktop resin printer", _d("6000"), 5, _d("300")),
            e("Small vacuum caster and kiln", _d("5500"), 8, _d("500")),
            e("Rolling mill", _d("3200"), 10, _d("600")),
            e("Polishing motor, ultrasonic and steam", _d("3900"), 7, _d("200")),
            e("Bench, flex shaft and setting tools", _d("4200"), 7, _d("300"))],
        overheads=[
            o("Shared studio bench", _d("950")), o("Utilities", _d("180")),
            o("Insurance", _d("160")), o("Software", _d("120")),
            o("Maintenance", _d("90"))],
        staff=[st("Owner-designer", _d("4500")), st("Bench jeweller and setter", _d("4200"))],
        labour=[
            lab("CAD", _d("5")), lab("3D printing", _d("5")), lab("Casting", _d("8")),
            lab("Clean-up (sprue, file, pre-polish)", _d("15")), lab("Stone setting", _d("14")),
            lab("Polishing", _d("18")), lab("QC", _d("5"))],
        loaded_hourly_rate=_d("32"), casting_loss_pct=_d("7"), buyer_premium_pct=_d("6"),
        stone_breakage_pct=_d("3"), error_rate_pct=_d("7"), consumables_per_piece=_d("3.20"),
        notes="Two people at one bench; casting in small flasks.")
    return [studio, lean]


# --- costing inputs: what each quote leaves to Aurelia, landing terms, plans -------------

# What each quote leaves to the brand, as its notes say: the metal loss a making-charge
# supplier invoices, and the BOM parts Aurelia buys and hands over (the engine takes whole
# parts of the BOM: stones, findings, plating, packaging). A quote not listed leaves the
# packaging to Aurelia, nothing else.
QUOTE_TERMS: dict[str, tuple[str, frozenset[str]]] = {
    "Q-2026-031": ("6", frozenset({"stones", "packaging"})),  # sapphire and diamonds consigned
    "Q-2026-019": ("0", frozenset({"stones", "packaging"})),  # centre stone and melee consigned
    "Q-2026-027": ("0", frozenset({"stones", "findings", "packaging"})),  # + the 14k findings
    "Q-2026-033": ("0", frozenset()),  # chain and packaging included
    "Q-2026-035": ("0", frozenset()),  # packed at the factory
    "Q-2026-030": ("0", frozenset()),  # packed at the factory
}

# Aurelia imports into the UK (Birmingham). UK customs values imports at the border, so duty
# is charged on the CIF value. Duty: the UK Global Tariff rate for jewellery of precious metal
# (HS 7113, 2 %) from Thailand, China and India; 0 % from Italy under the UK–EU Trade and
# Cooperation Agreement (EU preferential origin, stated on the invoice). Terms are per
# supplier: Jaipur's brass brooch (HS 7117) is costed at its silver rate. The workspace's
# importing country is the UK (CIF basis, 20 % import VAT, VAT-registered: reclaimed, so cash
# and not a cost); the moulds and the stones Aurelia consigns are assists in the customs value
# (issue 15). Each supplier's freight is the forwarder to the UK border; the van from the port
# to Birmingham is inland freight, invoiced apart and not dutiable. Amounts are the brand's
# own costs, in the base currency (USD).
LANDED_TERMS: dict[str, dict[str, str | int]] = {
    VICENZA: dict(duty_pct="0", insurance_pct="0.3", freight_per_shipment="60",
                  fx_buffer_pct="2", defect_allowance_pct="1", shipments_per_year=4,
                  inland_freight_per_shipment="35"),
    BANGKOK: dict(duty_pct="2", insurance_pct="0.4", freight_per_shipment="210",
                  inspection_per_shipment="180", fx_buffer_pct="3",
                  defect_allowance_pct="1.5", shipments_per_year=4,
                  inland_freight_per_shipment="35"),
    PANYU: dict(duty_pct="2", insurance_pct="0.4", freight_per_shipment="260",
                inspection_per_shipment="220", fx_buffer_pct="3", defect_allowance_pct="2",
                shipments_per_year=3, inland_freight_per_shipment="35"),
    JAIPUR: dict(duty_pct="2", insurance_pct="0.5", freight_per_shipment="180",
                 inspection_per_piece="0.35", fx_buffer_pct="4", defect_allowance_pct="2.5",
                 shipments_per_year=3, inland_freight_per_shipment="35"),
}

# Collection plans: pieces a year per design. Each has a supplier that quoted all of it.
PLANS: list[tuple[str, str, list[tuple[str, int]]]] = [
    ("Tidal 2027", "Tidal's silver pendants and the vermeil bracelet for 2027.",
     [("PD-003", 600), ("PD-009", 300), ("BR-002", 250)]),
    ("Aurelia Fine 2027", "The lab-grown diamond halo pieces of the fine line.",
     [("RG-014", 150), ("PD-012", 100)]),
]


def _landed_terms(values: dict[str, str | int]) -> LandedCostTerms:
    counts = {"shipments_per_year"}
    terms: dict[str, Any] = {
        key: (int(value) if key in counts else _d(str(value)))
        for key, value in values.items()}
    return LandedCostTerms(customs_basis=CustomsBasis.CIF, basis_from_country=True, **terms)


def _write_costing_inputs(ws: Workspace, suppliers: dict[str, int], designs: dict[str, int],
                          quotes: dict[str, int]) -> None:
    for reference, (loss, parts) in QUOTE_TERMS.items():
        ws.costing.set_quote_terms(quotes[reference], QuoteCostingTerms(_d(loss), parts))
    for name, values in LANDED_TERMS.items():
        ws.costing.set_landed_terms(suppliers[name], _landed_terms(values))
    ws.costing.set_customs_settings(CustomsSettings("GB", None, True))
    for name, notes, lines in PLANS:
        ws.costing.save_plan(name, [(designs[code], volume) for code, volume in lines],
                             notes=notes)
    # The lean bench's two people are the bench: their salaries pay the bench minutes, and
    # a second jeweller is who joins when the hours run out.
    lean = ws.scenarios.id_for_name("Lean bench (one setter)")
    assert lean is not None
    ws.costing.set_in_house_terms(lean, InHouseTerms(
        labour_in_salaries=True, capacity_step_role="Bench jeweller and setter"))
    # The studio's six people are its bench too: their minutes are paid by their salaries,
    # not a second time at the loaded rate; a setter joins when the hours run out.
    studio = ws.scenarios.id_for_name("Small studio workshop")
    assert studio is not None
    ws.costing.set_in_house_terms(studio, InHouseTerms(
        labour_in_salaries=True, capacity_step_role="Stone setter"))


# --- writing -----------------------------------------------------------------------------


def _write_suppliers(ws: Workspace) -> dict[str, int]:
    return {supplier.name: ws.suppliers.add(supplier) for supplier in _suppliers()}


def _write_scenarios(ws: Workspace) -> None:
    for scenario in _scenarios():
        ws.scenarios.add(scenario)


def write_demo(path: Path) -> None:
    """Write the demo workspace to path, which must not exist yet (WorkspaceError if it does).

    The whole demo is one transaction: a failure leaves no half-written workspace behind.
    """
    path = Path(path)
    ws = Workspace.create(path, base_currency=BASE_CURRENCY, name=DEMO_NAME)
    try:
        catalogue = _catalogue()
        for item in catalogue:  # draw first: the transaction then only writes
            item.design.images = [_design_image(item.art, f"{item.design.name} — render")]
        arts = {item.design.code: item.art for item in catalogue}
        with ws.transaction():
            ws.brand.set(Brand("Aurelia Studio", "Aurelia Studio · 14 Jewellery Quarter · "
                               "Birmingham B18 6HA · United Kingdom · studio@aurelia.example",
                               _brand_logo(), "image/png"))
            _write_prices(ws)
            suppliers = _write_suppliers(ws)
            designs: dict[str, int] = {}
            revisions: dict[tuple[str, str], int] = {}
            for item in catalogue:
                code = item.design.code
                designs[code] = ws.designs.add(item.design)
                for number, (label, issued_on, note) in enumerate(item.revisions):
                    # The way a user makes one: the open draft, its sections, then issue it.
                    draft = ws.tech_packs.draft_for(designs[code])
                    assert draft.id is not None and draft.revision == label
                    ws.tech_packs.save_draft(draft.id, _tech_pack_draft(item, number))
                    if issued_on:
                        ws.tech_packs.issue(draft.id, note, _day(issued_on))
                    revisions[(code, label)] = draft.id
            quotes = {quote.reference: ws.quotes.add(quote)
                      for quote in _quotes(suppliers, designs, revisions)}
            for sample in _samples(suppliers, designs, revisions, arts):
                ws.samples.add(sample)
            for rfq in _rfqs(suppliers, designs, revisions):
                ws.rfqs.add(rfq)
            _write_scenarios(ws)
            _write_costing_inputs(ws, suppliers, designs, quotes)
    except BaseException:
        ws.close()
        path.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        raise
    ws.close()


# =========================================================================================
# A large generated workspace (startup benchmark)
# =========================================================================================

_GEN_PREFIX = {Category.RING: "RG", Category.PENDANT: "PD", Category.EARRINGS: "ER",
               Category.BRACELET: "BR", Category.NECKLACE: "NK", Category.BROOCH: "BC"}
_GEN_CATEGORIES = (  # weighted as a real catalogue: rings and earrings first
    [Category.RING] * 5 + [Category.EARRINGS] * 4 + [Category.PENDANT] * 4
    + [Category.BRACELET] * 2 + [Category.NECKLACE] * 2 + [Category.BROOCH])
_GEN_NAMES = ("Luna", "Aria", "Coral", "Nova", "Iris", "Sol", "Marea", "Vela", "Fern",
              "Ember", "Opal", "Willow", "Orbit", "Tide", "Halo", "Sable", "Juniper", "Quill",
              "Dune", "Lyra", "Meridian", "Solstice", "Petra", "Cleo")
_GEN_FORMS = ("Twist", "Drop", "Knot", "Arc", "Bloom", "Wave", "Dot", "Bar", "Crescent",
              "Leaf", "Spiral", "Link", "Charm", "Pebble", "Signet", "Cluster")
_GEN_COLLECTIONS = ("Tidal", "Aurelia Fine", "Botanica", "Celestial", "Heritage", "Essentials",
                    "Bridal", "Summer Capsule", "Atelier", "Archive")
# (alloy, look, weight range in tenths of a gram for a ring-sized piece)
_GEN_ALLOYS = (("AG925", "silver"), ("AG925", "silver"), ("AG925", "yellow_gold"),
               ("AU585Y", "yellow_gold"), ("AU585W", "white_gold"), ("AU750Y", "rich_gold"),
               ("AU750W", "white_gold"), ("PT950", "platinum"), ("BRASS", "brass"))
_GEN_WEIGHT = {Category.RING: (25, 80), Category.PENDANT: (15, 60), Category.EARRINGS: (15, 50),
               Category.BRACELET: (60, 200), Category.NECKLACE: (40, 150),
               Category.BROOCH: (60, 160)}
_GEN_STONES = (
    ("diamond", "round brilliant", StoneOrigin.LAB_GROWN, "prong", ("1.3", "2.5"), "6.50"),
    ("diamond", "round brilliant", StoneOrigin.NATURAL, "pavé", ("1.1", "1.8"), "14.00"),
    ("sapphire", "oval", StoneOrigin.NATURAL, "bezel", ("3.0", "6.0"), "45.00"),
    ("cubic zirconia", "round brilliant", StoneOrigin.SIMULANT, "bezel", ("2.0", "8.0"), "0.40"),
    ("freshwater cultured pearl", "round", StoneOrigin.NATURAL, "peg", ("6.0", "9.0"), "1.80"),
    ("emerald", "emerald cut", StoneOrigin.NATURAL, "channel", ("3.0", "5.0"), "60.00"),
)
_GEN_FINDINGS = {
    Category.RING: None,
    Category.PENDANT: ("chain", "Cable chain 1.2 mm", "3.10", "450"),
    Category.EARRINGS: ("ear post", "Ear post 0.8 × 10 mm", "0.60", None),
    Category.BRACELET: ("clasp", "Lobster clasp 12 mm", "0.85", None),
    Category.NECKLACE: ("clasp", "Lobster clasp 9 mm", "0.55", None),
    Category.BROOCH: ("pin back", "Pin back 38 mm with safety catch", "0.65", None),
}
_GEN_STATUS = ([LifecycleStatus.IDEA] * 3 + [LifecycleStatus.DEVELOPMENT] * 3
               + [LifecycleStatus.SAMPLING] * 2 + [LifecycleStatus.APPROVED]
               + [LifecycleStatus.PRODUCTION] * 4 + [LifecycleStatus.RETIRED])
_GEN_IMAGE_EVERY = 10
_GEN_IMAGE_SIZE = 400


def _generated_art(category: Category, look: str, stone: str | None) -> Art:
    if category is Category.RING:
        style = "solitaire" if stone else "wave"
    elif category is Category.PENDANT:
        style = "pearl" if stone == "pearl" else "disc"
    elif category is Category.EARRINGS:
        style = "pearl" if stone == "pearl" else "bezel"
    else:
        style = ""
    return Art(category.value, look, stone, style)


def write_generated(path: Path, designs: int = 5000, seed: int = 7) -> None:
    """A large deterministic workspace for the startup benchmark (WorkspaceError if path exists).

    `designs` designs with varied BOMs, every tenth with a small image (a handful of drawings,
    re-used), the demo's suppliers, prices and scenarios, and a quote for about one design in
    twelve. One transaction, as the demo.
    """
    path = Path(path)
    rng = random.Random(seed)
    ws = Workspace.create(path, base_currency=BASE_CURRENCY,
                          name=f"Generated — {designs:,} designs")
    try:
        images: dict[tuple[Category, str, str | None], StoredImage] = {}
        width = max(4, len(str(designs)))
        with ws.transaction():
            ws.brand.set(Brand("Aurelia Studio", "Aurelia Studio · 14 Jewellery Quarter · "
                               "Birmingham B18 6HA · United Kingdom · studio@aurelia.example",
                               _brand_logo(), "image/png"))
            _write_prices(ws)
            suppliers = list(_write_suppliers(ws).items())
            currencies = {name: s.currency for s, name in
                          ((s, s.name) for s in _suppliers())}
            _write_scenarios(ws)
            for index in range(designs):
                category = rng.choice(_GEN_CATEGORIES)
                alloy, look = rng.choice(_GEN_ALLOYS)
                low, high = _GEN_WEIGHT[category]
                metals = [MetalLine(alloy, Decimal(rng.randint(low, high)).scaleb(-1))]
                if rng.random() < 0.15:
                    metals.append(MetalLine("AG925", Decimal(rng.randint(5, 30)).scaleb(-1),
                                            "findings and jump rings"))
                stones = []
                for _ in range(rng.choice((0, 0, 1, 1, 1, 2, 3))):
                    kind, shape, origin, setting, (smin, smax), cost = rng.choice(_GEN_STONES)
                    size = Decimal(rng.randint(int(Decimal(smin) * 10),
                                               int(Decimal(smax) * 10))).scaleb(-1)
                    stones.append(StoneLine(kind, shape, rng.choice((1, 1, 2, 6, 12, 24)),
                                            _usd(cost), size_mm=size, origin=origin,
                                            setting_style=setting))
                findings = []
                finding = _GEN_FINDINGS[category]
                if finding is not None:
                    kind, description, cost, length = finding
                    quantity = 2 if category is Category.EARRINGS else 1
                    findings.append(FindingLine(kind, description, quantity, _usd(cost),
                                                length_mm=_d(length) if length else None))
                platings = []
                if look in ("yellow_gold", "brass") and alloy in ("AG925", "BRASS"):
                    platings.append(PlatingLine("gold (14k)", "yellow", _d("2.5"),
                                                _usd("3.20"), guaranteed=alloy == "AG925"))
                elif look == "white_gold":
                    platings.append(PlatingLine("rhodium", "white", _d("0.2"), _usd("4.50")))
                design = Design(
                    f"{_GEN_PREFIX[category]}-{index + 1:0{width}d}",
                    f"{rng.choice(_GEN_NAMES)} {rng.choice(_GEN_FORMS)} "
                    f"{category.value.capitalize()}",
                    category, rng.choice(_GEN_STATUS), rng.choice(_GEN_COLLECTIONS),
                    target_retail_price=_usd(str(rng.randint(6, 400) * 5)),
                    metals=metals, stones=stones, findings=findings, platings=platings,
                    packaging=_packaging(POUCH if alloy in ("AG925", "BRASS") else JEWEL_BOX,
                                         CARD))
                if index % _GEN_IMAGE_EVERY == 0:
                    stone_look = None
                    if stones:
                        stone_look = ("pearl" if "pearl" in stones[0].stone_type else
                                      "sapphire" if stones[0].stone_type == "sapphire" else
                                      "diamond")
                    key = (category, look, stone_look)
                    if key not in images:
                        images[key] = from_qimage(render_illustration(
                            _generated_art(category, look, stone_look), _GEN_IMAGE_SIZE))
                    design.images = [_as_design_image(images[key], "Render")]
                design_id = ws.designs.add(design)
                if index % 12 == 5:
                    name, supplier_id = rng.choice(suppliers)
                    base = Decimal(rng.randint(800, 40000)).scaleb(-2)
                    ws.quotes.add(Quote(
                        supplier_id=supplier_id, design_id=design_id,
                        currency=currencies[name], quoted_on=_day("2026-10-01"),
                        valid_until=_day("2027-01-31"), reference=f"G-{index + 1:05d}",
                        moq=50, tiers=[QuoteTier(q, (base * f).quantize(Decimal("0.01")))
                                       for q, f in ((50, Decimal("1.00")),
                                                    (100, Decimal("0.92")),
                                                    (300, Decimal("0.85")))],
                        fees=[_fee(FeeKind.MOULD, "150"), _fee(FeeKind.SAMPLE, "80", True)],
                        production_lead_time_days=rng.choice((21, 28, 35, 45)),
                        deposit_pct=_d("30"), incoterm=rng.choice(list(Incoterm))))
    except BaseException:
        ws.close()
        path.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        raise
    ws.close()
