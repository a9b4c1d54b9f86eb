"""The demo's pictures, drawn with QPainter on a QImage: the studio renders of its designs,
the sample photos on the QC bench, and the brand's mark.

No files to ship and no fonts needed (nothing draws text), and QImage painting works without a
QGuiApplication. `render_illustration(Art(...))` draws a piece with the strokes of painting.py;
`design_image` and `sample_photo` store a drawing the way a photo is stored
(jewelbench.ui.imaging.from_qimage).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
)

from jewelbench.app.demo.painting import (
    CANVAS,
    METAL_PALETTES,
    STONE_PALETTES,
    background,
    chain,
    ellipse_path,
    gem_profile,
    gem_top,
    metal_brush,
    metal_disc,
    metal_stroke,
    pearl,
    round_pen,
    scale_bar,
    soft_shadow,
    sparkle,
    tinted,
)
from jewelbench.domain.entities import DesignImage, SamplePhoto
from jewelbench.ui.imaging import StoredImage, from_qimage


@dataclass(frozen=True)
class Art:
    """What to draw for a design: the kind of piece, its metal look, its stone and options."""

    kind: str  # ring, pendant, earrings, bracelet, necklace, brooch
    metal: str = "silver"  # a key of METAL_PALETTES
    stone: str | None = None  # a key of STONE_PALETTES
    style: str = ""  # per kind: ring head, pendant drop, earring drop …
    accent: str | None = None  # a second stone colour (side stones, halo)



def _draw_ring(p: QPainter, art: Art) -> None:
    pal = METAL_PALETTES[art.metal]
    sp = STONE_PALETTES[art.stone] if art.stone else None
    style = art.style or ("solitaire" if sp else "plain")
    cx, cy, rx, ry = 400.0, 492.0, 215.0, 225.0
    band = {"wave": 48.0, "eternity": 36.0, "pave": 24.0, "plain": 38.0}.get(style, 28.0)
    depth = {"wave": 26.0, "eternity": 22.0}.get(style, 16.0)
    soft_shadow(p, cx, cy + ry + 8, rx * 1.08, 30)
    outer = ellipse_path(cx, cy, rx, ry)
    hole = ellipse_path(cx, cy - 4, rx - band, ry - band)
    # the far side of the band, seen over the top edge (the camera is a little above)
    back = outer.translated(0, -depth).subtracted(outer)
    p.fillPath(back, metal_brush(pal, cx + rx, cy - ry, cx - rx, cy + ry))
    p.fillPath(back, QColor(0, 0, 0, 50))
    front = outer.subtracted(hole)
    p.fillPath(front, metal_brush(pal, cx - rx, cy - ry, cx + rx, cy + ry))
    # the inside of the shank, seen through the hole
    inside = hole.subtracted(hole.translated(0, -depth))
    shade = QLinearGradient(0, cy + ry - band - depth, 0, cy + ry - band)
    shade.setColorAt(0.0, QColor(pal.dark))
    shade.setColorAt(0.7, QColor(pal.mid))
    shade.setColorAt(1.0, QColor(pal.light))
    p.fillPath(inside, shade)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(tinted(pal.edge, 170), 2.2))
    p.drawPath(outer)
    p.drawPath(hole)
    p.setPen(round_pen(QColor(255, 255, 255, 150), 5.0))
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
            p.strokePath(wave, QPen(tinted(pal.edge, alpha), 2.6))
    if sp and style in ("pave", "eternity"):
        span = (200, 340, 12) if style == "pave" else (0, 360, 15)
        r = band * (0.34 if style == "pave" else 0.32)
        for k in range(*span):
            a = math.radians(k)
            gem_top(p, cx + mid_rx * math.cos(a), cy - 2 + mid_ry * math.sin(a), r, sp)
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
        p.fillPath(basket, metal_brush(pal, cx - 40, girdle, cx + 40, top))
        p.strokePath(basket, QPen(tinted(pal.edge, 180), 1.6))
        if style == "trio":
            side_stones = STONE_PALETTES[art.accent or "diamond"]
            for dx in (-78.0, 78.0):
                metal_disc(p, cx + dx, top + 4, 20, pal)
                gem_top(p, cx + dx, top - 2, 16, side_stones)
        gem_profile(p, cx, girdle, w, sp)
        if style == "halo":  # a collar of melee round the girdle of the centre stone
            halo = STONE_PALETTES[art.accent or "diamond"]
            collar = QPainterPath()
            collar.addRoundedRect(QRectF(cx - w * 0.56, girdle + 2, w * 1.12, 20), 10, 10)
            p.fillPath(collar, metal_brush(pal, cx - w * 0.56, girdle, cx + w * 0.56,
                                            girdle + 22))
            p.strokePath(collar, QPen(tinted(pal.edge, 190), 1.6))
            for k in range(-4, 5):
                gem_top(p, cx + k * w * 0.118, girdle + 12, 7.0, halo)
        for side in (-1, 1):  # claws
            claw = QPainterPath()
            claw.moveTo(cx + side * 26, top + 6)
            claw.quadTo(cx + side * w * 0.52, girdle + 6, cx + side * w * 0.42, girdle - 16)
            metal_stroke(p, claw, pal, 10)
            metal_disc(p, cx + side * w * 0.42, girdle - 16, 6.5, pal)


def _draw_pendant(p: QPainter, art: Art) -> None:
    pal = METAL_PALETTES[art.metal]
    chain_pal = METAL_PALETTES[art.accent] if art.accent in METAL_PALETTES else pal
    sp = STONE_PALETTES[art.stone] if art.stone else None
    bail = QPointF(400, 392)
    for x0, c1 in ((120.0, 190.0), (680.0, 610.0)):
        path = QPainterPath(QPointF(x0, -20))
        path.cubicTo(QPointF(c1 * 0.9 + 40, 160), QPointF(c1 * 0.3 + 280, 330), bail)
        chain(p, path, chain_pal, 14)
    style = art.style or ("pearl" if art.stone == "pearl" else "disc")
    soft_shadow(p, 400, 700, 150, 22, 45)
    ring = QPainterPath()
    ring.addEllipse(QPointF(400, 408), 13, 20)
    metal_stroke(p, ring, pal, 8)
    if style == "disc":
        r = 128.0
        cy = 428 + r
        disc = ellipse_path(400, cy, r, r)
        p.fillPath(disc, metal_brush(pal, 400 - r, cy - r, 400 + r, cy + r))
        p.strokePath(disc, QPen(tinted(pal.edge, 200), 2.4))
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
            p.strokePath(wave, round_pen(tinted(pal.edge, alpha), 3.2))
        p.restore()
        p.setPen(round_pen(QColor(255, 255, 255, 160), 5))
        p.drawArc(QRectF(400 - r + 10, cy - r + 10, 2 * r - 20, 2 * r - 20), 110 * 16, 60 * 16)
        metal_disc(p, 400, 434, 11, pal)
        if sp:
            gem_top(p, 400 + r * 0.45, cy + r * 0.4, 12, sp)
    elif style == "pearl":
        metal_disc(p, 400, 440, 22, pal, 16)
        pearl(p, 400, 530, 74, 90)
        cap = QPainterPath()
        cap.moveTo(372, 446)
        cap.quadTo(400, 432, 428, 446)
        cap.quadTo(425, 462, 400, 466)
        cap.quadTo(375, 462, 372, 446)
        p.fillPath(cap, metal_brush(pal, 372, 440, 428, 466))
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
        p.fillPath(frame, metal_brush(pal, 280, cy - 160, 520, cy + 124))
        p.strokePath(frame, QPen(tinted(pal.edge, 200), 2))
        halo = STONE_PALETTES["diamond"]
        length = frame.length()
        for k in range(26):
            t = frame.percentAtLength(length * (k + 0.5) / 26)
            point = frame.pointAtPercent(t)
            inward = QPointF(400, cy) - point
            norm = math.hypot(inward.x(), inward.y()) or 1.0
            gem_top(p, point.x() + inward.x() / norm * 15, point.y() + inward.y() / norm * 15,
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
        sparkle(p, 378, cy - 40, 30)
        metal_disc(p, 400, cy - 168, 9, pal)


def _draw_earrings(p: QPainter, art: Art) -> None:
    pal = METAL_PALETTES[art.metal]
    sp = STONE_PALETTES[art.stone] if art.stone else None
    style = art.style or "bezel"
    for cx, tilt in ((262.0, -4.0), (538.0, 4.0)):
        soft_shadow(p, cx, 640, 105, 20, 40)
        p.save()
        p.translate(cx, 40)
        p.scale(1.08, 1.08)
        p.rotate(tilt)
        metal_disc(p, 0, 190, 20, pal)  # the stud face (posts point away from the camera)
        if sp and style == "petal":
            gem_top(p, 0, 190, 12, sp)
        link = QPainterPath()
        link.addEllipse(QPointF(0, 226), 10, 15)
        metal_stroke(p, link, pal, 6)
        if style == "bezel":
            rx, ry, cy = 82.0, 112.0, 372.0
            metal_disc(p, 0, cy, rx + 16, pal, ry + 16)
            if sp:
                gem_top(p, 0, cy, rx, sp, ry)
        elif style == "pearl":
            pearl(p, 0, 330, 58, 70)
        else:  # petal: a hammered teardrop of metal with a small bezel stone
            petal = QPainterPath()
            petal.moveTo(0, 240)
            petal.cubicTo(QPointF(110, 330), QPointF(100, 480), QPointF(0, 500))
            petal.cubicTo(QPointF(-100, 480), QPointF(-110, 330), QPointF(0, 240))
            p.fillPath(petal, metal_brush(pal, -90, 250, 90, 500))
            p.strokePath(petal, QPen(tinted(pal.edge, 200), 2.2))
            vein = QPainterPath(QPointF(0, 262))
            vein.quadTo(QPointF(-12, 370), QPointF(0, 470))
            p.strokePath(vein, round_pen(tinted(pal.edge, 140), 3))
            if sp:
                metal_disc(p, 0, 415, 24, pal)
                gem_top(p, 0, 415, 17, sp)
        p.restore()


def _draw_bracelet(p: QPainter, art: Art) -> None:
    pal = METAL_PALETTES[art.metal]
    sp = STONE_PALETTES[art.stone] if art.stone else None
    cx, cy, rx, ry = 400.0, 400.0, 285.0, 175.0
    soft_shadow(p, cx, cy + ry + 40, rx * 1.05, 40, 45)
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
            metal_disc(p, 0, 0, 19, pal)
            p.rotate(-tangent)
            gem_top(p, 0, 0, 14, sp)
        elif k % 2 == 0:
            link = ellipse_path(0, 0, 30, 17)
            metal_stroke(p, link, pal, 9)
        else:
            bar = QPainterPath(QPointF(-26, 0))
            bar.lineTo(26, 0)
            metal_stroke(p, bar, pal, 12)
        p.restore()
        if depth < 0 and sp:  # the far side of a line of stones sits in shadow
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(0, 0, 0, int(-depth * 40)))
            p.drawEllipse(QPointF(x, y), 19 * scale, 19 * scale)
    clasp = QPainterPath()
    clasp.addRoundedRect(QRectF(cx - 34, cy + ry - 16, 68, 32), 9, 9)
    p.fillPath(clasp, metal_brush(pal, cx - 34, cy + ry - 16, cx + 34, cy + ry + 16))
    p.strokePath(clasp, QPen(tinted(pal.edge, 220), 2))


def _draw_necklace(p: QPainter, art: Art) -> None:
    pal = METAL_PALETTES[art.metal]
    pearls = art.stone == "pearl"
    path = QPainterPath(QPointF(150, -30))
    path.cubicTo(QPointF(150, 600), QPointF(650, 600), QPointF(650, -30))
    p.strokePath(path, QPen(QColor(150, 140, 125, 160), 2.5))
    soft_shadow(p, 400, 620, 200, 26, 40)
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
            pearl(p, x, y, r)
        else:
            metal_disc(p, x, y, r * 0.86, pal)
            sparkle(p, x - r * 0.3, y - r * 0.35, r * 0.35, 200)
    if not pearls and art.stone:
        gem_top(p, 400, beads[len(beads) // 2][1] + 40, 22, STONE_PALETTES[art.stone])


def _draw_brooch(p: QPainter, art: Art) -> None:
    pal = METAL_PALETTES[art.metal]
    sp = STONE_PALETTES[art.stone] if art.stone else None
    cx, cy = 400.0, 380.0
    soft_shadow(p, cx + 20, cy + 300, 230, 30, 45)
    for side, angle in ((-1, 215.0), (1, 325.0)):  # two leaves and a stem
        p.save()
        p.translate(cx + side * 40, cy + 170)
        p.rotate(angle - 270 + side * 10)
        leaf = QPainterPath(QPointF(0, 0))
        leaf.cubicTo(QPointF(60, 60), QPointF(50, 170), QPointF(0, 210))
        leaf.cubicTo(QPointF(-50, 170), QPointF(-60, 60), QPointF(0, 0))
        p.fillPath(leaf, metal_brush(pal, -60, 0, 60, 210))
        p.strokePath(leaf, QPen(tinted(pal.edge, 200), 2))
        rib = QPainterPath(QPointF(0, 10))
        rib.lineTo(0, 195)
        p.strokePath(rib, QPen(tinted(pal.edge, 150), 2.5))
        p.restore()
    stem = QPainterPath(QPointF(cx, cy + 120))
    stem.quadTo(QPointF(cx + 30, cy + 260), QPointF(cx - 10, cy + 320))
    metal_stroke(p, stem, pal, 14)
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
            p.fillPath(petal, metal_brush(pal, -width, -length, width, 0))
            if layer == 0:
                p.fillPath(petal, QColor(0, 0, 0, 22))
            p.strokePath(petal, QPen(tinted(pal.edge, 190), 2))
            vein = QPainterPath(QPointF(0, -18))
            vein.lineTo(0, -length * 0.8)
            p.strokePath(vein, round_pen(tinted(pal.light, 170), 2.5))
            p.restore()
    metal_disc(p, cx, cy, 56, pal)
    if sp:
        gem_top(p, cx, cy, 44, sp)


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
        background(painter, photo)
        if photo:
            scale_bar(painter)
            painter.translate(400, 420)
            painter.rotate(-7)
            painter.scale(0.9, 0.9)
            painter.translate(-400, -400)
        _DRAWERS[art.kind](painter, art)
    finally:
        painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


@lru_cache(maxsize=1)
def brand_logo() -> bytes:
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


@cache
def stored_render(art: Art, size: int, photo: bool = False) -> StoredImage:
    """A drawing stored as a photo is: a JPEG and its thumbnail (a shaded render is a quarter
    of its PNG). The drawings are the same on every call, so each is drawn and encoded once a
    process: writing the demo again (Help ▸ Open Demo, --demo, the tests) reuses them."""
    return from_qimage(render_illustration(art, size, photo=photo), shaded=True)


def design_image(art: Art, caption: str, size: int = 800) -> DesignImage:
    return as_design_image(stored_render(art, size), caption)


def as_design_image(stored: StoredImage, caption: str) -> DesignImage:
    return DesignImage(image=stored.image, thumbnail=stored.thumbnail,
                       mime_type=stored.mime_type, width=stored.width, height=stored.height,
                       caption=caption, is_cover=True)


def sample_photo(art: Art, caption: str, golden: bool = False) -> SamplePhoto:
    stored = stored_render(art, 720, photo=True)
    return SamplePhoto(image=stored.image, thumbnail=stored.thumbnail,
                       mime_type=stored.mime_type, caption=caption, is_golden=golden)
